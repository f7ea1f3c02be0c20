"""The Footer of every screen: Textual's, with its keys in the screen's first paint, repainted only when
the keys it shows change, and without a key cut in half at the right edge.

Textual's Footer starts empty and recomposes (new widgets, a new layout, a repaint) after each refresh that
follows a change of bindings, even when the keys shown stay the same (every focus change signals one):
opening an article drew its screen, then the Footer three more times.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Footer

KeySignature = tuple[tuple[str, str, str, bool], ...]
"""What the Footer shows: (key, label, action, enabled) of each shown binding, in order."""


class KeyFooter(Footer):
    """A Footer composed with its screen and recomposed only when its keys change."""

    def __init__(self) -> None:
        """A Footer; its keys are composed with it (the screen's bindings are known by then)."""
        super().__init__()
        self.shown_keys: KeySignature | None = None

    def key_signature(self) -> KeySignature:
        """The keys the Footer would show now."""
        return tuple(
            (binding.key, binding.description, binding.action, enabled)
            for _node, binding, enabled, _tooltip in self.screen.active_bindings.values()
            if binding.show
        )

    def compose(self) -> ComposeResult:
        """Textual's keys, noting which."""
        if self.shown_keys is None:  # Textual's Footer composes keys once told that the bindings are ready
            super().bindings_changed(self.screen)
        self.shown_keys = self.key_signature()
        for widget in super().compose():
            compact = getattr(type(widget), "compact", None)  # a key's style, bound to the Footer's
            if isinstance(compact, Reactive) and not widget.has_class("-command-palette"):
                # born in the Footer's style: no restyling of each key when the binding takes effect at mount
                widget.set_reactive(compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def keys(self) -> Iterator[Widget]:
        """The keys shown for the screen's bindings (every child but the command palette's key, docked right)."""
        return (key for key in self.children if not key.has_class("-command-palette"))

    async def recompose(self) -> None:
        """Recompose only when the keys shown would change (every change of focus asks)."""
        if self.is_attached and self.key_signature() == self.shown_keys:
            return
        await super().recompose()
        self.call_after_refresh(self.fit_keys)

    def on_resize(self) -> None:
        """At a new width, show every key again, then hide those that do not fit once laid out."""
        for key in self.keys():
            if not key.display:
                key.display = True
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self) -> None:
        """Hide the keys from the first one that would be cut (declaration order: the most important come first),
        so that the Footer never shows half a label."""
        docked = sum(key.outer_size.width for key in self.children if key.has_class("-command-palette"))
        limit = self.region.right - docked
        cut = False
        for key in self.keys():
            cut = cut or key.region.right > limit
            if cut and key.display:
                key.display = False
