"""Every key the README promises exists on the screen it names (declared in digest/ui/keys.py)."""

from __future__ import annotations

import re

from digest.ui.commands import KEY_NAMES, Command
from digest.ui.keys import LIBRARY, LIBRARY_READER, READER
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEXTUAL_KEYS = {"ctrl+p"}
"""Keys Textual itself provides (the command palette)."""


def key_names(commands: tuple[Command, ...]) -> set[str]:
    """Every key of the commands, as Textual names them and as the help writes them."""
    names: set[str] = set()
    for command in commands:
        for key in command.keys.split(","):
            names |= {key, KEY_NAMES.get(key, key)}
        names |= set(command.key_display().split())
    return names | {"1", "…", "9", "esc"} | TEXTUAL_KEYS


def test_the_reader_key_table() -> None:
    table = README[README.index("| key | what it does |") :]
    rows = table[: table.index("\n\n")].splitlines()[2:]
    assert len(rows) >= 15
    keys = {token for row in rows for token in re.findall(r"`([^`]+)`", row.split("|")[1])}
    tokens = {part for key in keys for part in key.split()}
    assert tokens - key_names(READER) == set()


def test_the_library_keys_paragraph() -> None:
    start = README.index("Keys on the list:")
    paragraph = README[start : README.index("In the reader opened from the library", start)]
    keys = {part for key in re.findall(r"`([^`]+)`", paragraph) for part in ([key] if key == "/" else key.split("/"))}
    assert {"n", "p", "f", "e", "+", "?", "F1", "q", "a"} <= keys
    assert keys - key_names(LIBRARY) == set()


def test_the_library_reader_keys() -> None:
    start = README.index("In the reader opened from the library")
    sentence = README[start : README.index("Summaries and quotes come from the library's cache.", start)]
    keys = set(re.findall(r"`([^`]+)`", sentence))
    assert keys == {"n", "p", "N", "escape"}
    assert keys <= key_names(LIBRARY_READER)
