"""The user's keymap: ``keymap.toml`` in the config folder rebinds commands by id.

Each line is ``command-id = "keys"`` (Textual key names, comma-separated), e.g. ``next-section = "l"``;
the ids are the ones the help screen's commands are declared with (:mod:`digest.ui.keys`). A bad file or an
unknown id is reported by name and skipped; the rest of the keymap still applies.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

KEYMAP_FILE = "keymap.toml"
"""The keymap's file name in the config folder."""


@dataclass
class LoadedKeymap:
    """The keymap read from a file, and one-line messages about what was skipped."""

    keys: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def load_keymap(directory: Path | None, known_ids: Iterable[str]) -> LoadedKeymap:
    """Read ``keymap.toml`` from ``directory`` (no file: an empty keymap)."""
    loaded = LoadedKeymap()
    if directory is None:
        return loaded
    path = directory / KEYMAP_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return loaded
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        loaded.errors.append(f"{path}: not read ({error})")
        return loaded
    known = set(known_ids)
    for command_id, keys in data.items():
        if command_id not in known:
            loaded.errors.append(f"{path}: unknown command id {command_id!r} (the help screen lists the commands)")
        elif not isinstance(keys, str) or not keys.strip():
            loaded.errors.append(f'{path}: {command_id!r} needs a string of keys, e.g. "l" or "l,right"')
        else:
            loaded.keys[command_id] = ",".join(key.strip() for key in keys.split(","))
    return loaded
