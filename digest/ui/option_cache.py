"""An OptionList that keeps its rendered options when it is shown again at the same width.

Textual's OptionList forgets every rendered option on each Resize event, and a widget gets a Resize event
each time it is shown again (a ContentSwitcher showing another article's contents or quote sidebar). The
rendered options only depend on the width, so they are kept when the width is unchanged: switching articles
then paints the lists once instead of twice.
"""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import OptionList


class KeptOptionList(OptionList):
    """An OptionList whose option renders survive a Resize event that leaves the width unchanged."""

    rendered_width: int | None = None
    """The content width the options were last rendered for (None: not yet laid out)."""

    def on_resize(self, event: Resize) -> None:
        """Keep the rendered options if the content width is unchanged, else let OptionList clear them."""
        width = self.scrollable_content_region.width
        if width == self.rendered_width:
            event.prevent_default()
        self.rendered_width = width
