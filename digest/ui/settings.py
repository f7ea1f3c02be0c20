"""The reader's remembered settings (the last theme), kept in the user's config folder.

The folder is ``platformdirs.user_config_dir("digest")`` unless ``DIGEST_CONFIG_DIR`` names another one
(tests always set it, so they never touch the real user config).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

CONFIG_DIR_VARIABLE = "DIGEST_CONFIG_DIR"
"""Environment variable that overrides the config folder."""

SETTINGS_FILE = "settings.json"


def config_dir() -> Path:
    """The folder where digest keeps its settings and the user's own themes."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir("digest", appauthor=False))


@dataclass
class Settings:
    """Settings remembered between runs.

    Attributes:
        directory: The folder holding ``settings.json``; None keeps nothing (nothing read or written).
        theme: The last theme chosen, or None.
    """

    directory: Path | None = None
    theme: str | None = None

    @classmethod
    def load(cls, directory: Path | None) -> Settings:
        """Read the settings from ``directory`` (missing or broken files give the defaults)."""
        settings = cls(directory=directory)
        if directory is None:
            return settings
        try:
            data = json.loads((directory / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return settings
        if isinstance(data, dict) and isinstance(data.get("theme"), str):
            settings.theme = data["theme"]
        return settings

    def save(self) -> bool:
        """Write the settings; return False when the folder cannot be written (never raises)."""
        if self.directory is None:
            return False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self.directory / SETTINGS_FILE
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"theme": self.theme}, indent=2) + "\n", encoding="utf-8")
            tmp.replace(path)
        except OSError:
            return False
        return True
