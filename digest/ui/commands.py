"""One way to declare a command: its keys, action, Footer label, help sentence, help group, palette entry and id.

Every screen of the app declares its commands as a tuple of :class:`Command` (see :mod:`digest.ui.keys`) and
derives its ``BINDINGS`` from them with :func:`bindings_of`; the help screen, the command palette and the
user's keymap (``keymap.toml`` in the config folder, command id = keys) all read the same declarations, so
they never drift apart. A screen's ``check_action`` hides what does not apply now (from the Footer, the
palette and the keys alike).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

GROUPS = ("Moving", "Sections", "Panes", "Summary", "Find", "Reading", "Articles", "Library", "App")
"""Help groups, in the order the help screen lists them."""


@dataclass(frozen=True)
class Command:
    """One command of a screen.

    Attributes:
        id: A stable id: the keymap file rebinds by it, tests find the command by it.
        keys: Comma-separated Textual key names (the first is the one shown).
        action: The action run (on the screen; ``app.``-prefixed actions run on the app).
        label: The short Footer label.
        help: What the command does, for the help screen and the palette.
        group: The help screen's group (one of :data:`GROUPS`).
        show: Whether the Footer shows it (declaration order is Footer order: most important first).
        display: How the help writes the keys (defaults to the keys themselves).
        palette: Whether the command palette offers it.
    """

    id: str
    keys: str
    action: str
    label: str
    help: str
    group: str
    show: bool = True
    display: str = ""
    palette: bool = True

    def __post_init__(self) -> None:
        """Refuse an unknown help group (a typo would hide the command from the help)."""
        if self.group not in GROUPS:
            raise ValueError(f"unknown help group {self.group!r} for command {self.id!r}")

    @property
    def per_key(self) -> bool:
        """Whether the action takes the key pressed (``jump_section({key})``): one binding per key."""
        return "{key}" in self.action

    def key_display(self, keymap: Mapping[str, str] | None = None) -> str:
        """The keys as the help writes them, after the user's keymap."""
        if keymap and self.id in keymap and not self.per_key:
            return " ".join(_pretty(key) for key in keymap[self.id].split(","))
        return self.display or " ".join(_pretty(key) for key in self.keys.split(","))

    def bindings(self) -> list[Binding]:
        """The Textual bindings of this command (the Footer, keys and keymap ids)."""
        if not self.per_key:
            return [Binding(self.keys, self.action, self.label, show=self.show, id=self.id, tooltip=self.help)]
        return [
            Binding(k, self.action.format(key=k), self.label, show=self.show, id=f"{self.id}-{k}", tooltip=self.help)
            for k in self.keys.split(",")
        ]

    @property
    def action_name(self) -> str:
        """The action's name without namespace or arguments (what ``check_action`` receives)."""
        return self.action.removeprefix("app.").split("(")[0]


KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "f1": "F1",
}
"""How the help writes Textual's key names."""


def _pretty(key: str) -> str:
    key = key.strip()
    return KEY_NAMES.get(key, key)


def bindings_of(commands: Iterable[Command]) -> list[BindingType]:
    """The ``BINDINGS`` of a screen that declares ``commands``."""
    return [binding for command in commands for binding in command.bindings()]


class DeclaresCommands:
    """Mixed into a screen: ``DECLARED`` lists its commands (the screen sets ``BINDINGS = bindings_of(...)``)."""

    DECLARED: ClassVar[tuple[Command, ...]] = ()
    """The screen's commands, Footer order."""


def declared_commands(screen: object) -> tuple[Command, ...]:
    """The commands a screen declares (none for a screen that declares none)."""
    return screen.DECLARED if isinstance(screen, DeclaresCommands) else ()


def available(screen: DOMNode, command: Command) -> bool:
    """Whether ``command`` applies now on ``screen`` (its ``check_action`` says neither False nor None)."""
    if command.action.startswith("app."):
        return True
    return bool(screen.check_action(command.action_name, ()))


def all_command_ids(groups: Iterable[tuple[Command, ...]]) -> set[str]:
    """Every id a keymap may name."""
    return {command.id for commands in groups for command in commands if not command.per_key}
