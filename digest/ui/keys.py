"""Every key of the reader, declared once: bindings, the Footer, the help screen and the palette read this.

Each :class:`Key` names the action it runs (on the main screen unless prefixed with ``app.``), the keys that
run it, a short label for the Footer and a sentence for the help screen and the command palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True)
class Key:
    """One command of the reader.

    Attributes:
        keys: Comma-separated Textual key names (the first is shown).
        action: The action run (``app.``-prefixed actions run on the app).
        label: The short Footer label.
        help: What the command does, for the help screen and the palette.
        id: A stable id (for keymaps and tests).
        show: Whether the Footer shows it.
        display: How the help screen writes the keys (defaults to ``keys``).
        palette: Whether the command palette offers it.
    """

    keys: str
    action: str
    label: str
    help: str
    id: str
    show: bool = True
    display: str = ""
    palette: bool = True

    @property
    def key_display(self) -> str:
        """The keys as the help screen writes them."""
        return self.display or " ".join(k.strip() for k in self.keys.split(","))

    def bindings(self) -> list[Binding]:
        """The Textual bindings for this command.

        An action containing ``{key}`` gives one binding per key, the key passed to the action.
        """
        if "{key}" not in self.action:
            return [Binding(self.keys, self.action, self.label, show=self.show, id=self.id, tooltip=self.help)]
        return [
            Binding(k, self.action.format(key=k), self.label, show=self.show, id=f"{self.id}-{k}", tooltip=self.help)
            for k in self.keys.split(",")
        ]


NAVIGATION: tuple[Key, ...] = (
    Key(
        "j,down",
        "move_down",
        "Down",
        "Move down in the focused pane (scroll, or next item)",
        "move-down",
        show=False,
        display="j ↓",
    ),
    Key(
        "k,up",
        "move_up",
        "Up",
        "Move up in the focused pane (scroll, or previous item)",
        "move-up",
        show=False,
        display="k ↑",
    ),
    Key("enter", "open", "Open", "Open the highlighted article, section or quote", "open", show=False),
    Key("tab", "app.focus_next", "Next pane", "Focus the next pane", "next-pane", show=False),
    Key("shift+tab", "app.focus_previous", "Prev pane", "Focus the previous pane", "previous-pane", show=False),
)
"""Moving around: listed in the help screen, handled by the screen and the focused widget."""

READER: tuple[Key, ...] = (
    Key(
        "right_square_bracket",
        "next_section",
        "Next §",
        "Scroll the reader to the next section",
        "next-section",
        display="]",
    ),
    Key(
        "left_square_bracket",
        "previous_section",
        "Prev §",
        "Scroll the reader to the previous section",
        "previous-section",
        display="[",
    ),
    Key(
        "1,2,3,4,5,6,7,8,9",
        "jump_section({key})",
        "Section",
        "Jump to section N (1 is the lead)",
        "jump-section",
        show=False,
        display="1…9",
        palette=False,
    ),
    Key("t", "toggle_contents", "Contents", "Show or hide the articles and table of contents", "contents"),
    Key("s", "toggle_summary", "Summary", "Show or hide the summary panel", "summary"),
    Key("a", "toggle_quotes", "Quotes", "Show or hide the quote sidebar", "quotes"),
    Key(
        "plus,equals_sign",
        "longer_summary",
        "Longer",
        "One more summary sentence",
        "summary-longer",
        show=False,
        display="+",
    ),
    Key(
        "minus", "shorter_summary", "Shorter", "One summary sentence fewer", "summary-shorter", show=False, display="-"
    ),
    Key("m", "next_method", "Method", "Cycle the summary method", "summary-method"),
    Key("slash", "find", "Find", "Find in the article", "find", display="/"),
    Key("n", "next_match", "Next match", "Go to the next match of the search", "next-match", show=False),
    Key("N", "previous_match", "Prev match", "Go to the previous match of the search", "previous-match", show=False),
    Key("e", "export", "Export", "Export the digest as Markdown", "export"),
    Key("o", "open_source", "Open", "Open the article's source URL in the browser", "open-source", show=False),
    Key("question_mark,f1", "app.help", "Help", "Show every key", "help", display="? F1"),
    Key("q", "app.quit", "Quit", "Quit digest", "quit"),
)
"""The reader's own commands."""

ALL_KEYS: tuple[Key, ...] = NAVIGATION + READER
"""Every command, in the order the help screen lists them."""


def screen_bindings() -> list[BindingType]:
    """The bindings the main screen declares (every command; widgets add their own j/k handling)."""
    return [binding for key in ALL_KEYS for binding in key.bindings()]
