"""Fitting a widget's height to its text without laying the screen out twice."""

from __future__ import annotations

from textual.css.scalar import Scalar
from textual.widget import Widget


def set_height_quietly(widget: Widget, rule: str, height: int) -> None:
    """Set a widget's ``height`` or ``min_height`` rule; without a new layout when it already is that tall.

    A fitted height usually equals the height the widget was first laid out with (``auto``): setting it
    through the style property would lay the screen out, and paint it, a second time for nothing.
    """
    if widget.outer_size.height == height:
        widget.styles.set_rule(rule, Scalar.from_number(height))
    else:
        setattr(widget.styles, rule, height)
