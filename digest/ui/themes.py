"""Colour themes as data: TOML files in ``themes/`` (and the user's config folder) made into Textual themes.

Every colour is validated with :meth:`textual.color.Color.parse` when the file is loaded, so a broken
theme file is reported by name instead of failing later inside the CSS.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from digest.core.errors import DigestError
from digest.resources import themes_dir

DEFAULT_DARK = "digest-dark"
"""The theme used when nothing else is asked for."""
DEFAULT_LIGHT = "digest-light"
"""The light counterpart of the default theme."""

COLOUR_KEYS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
"""The Textual base colours a theme file may set (``primary`` is required)."""

APP_VARIABLE_BASES: dict[str, tuple[str, int]] = {
    "quote-highlight": ("accent", 30),
    "summary-highlight": ("primary", 15),
    "find-match": ("secondary", 40),
    "find-match-current": ("accent", 70),
    "actor": ("accent", 100),
    "role": ("foreground", 60),
    "unread": ("primary", 100),
    "muted": ("foreground", 60),
}
"""digest's own theme variables, each defaulting to a base colour of the theme at some opacity (%).

A theme file may set any of them in its ``[variables]`` table.
"""


def theme_variable_defaults(theme: Theme) -> dict[str, str]:
    """Values for digest's variables that suit ``theme`` (for ``App.get_theme_variable_defaults``)."""
    return app_variable_defaults(theme.to_color_system().generate())


def app_variable_defaults(base: dict[str, str]) -> dict[str, str]:
    """Values for digest's variables, from a theme's generated base colours (``$accent`` etc.)."""
    defaults = {}
    for name, (colour, alpha) in APP_VARIABLE_BASES.items():
        value = base.get(colour) or base.get("primary", "#888888")
        defaults[name] = value if alpha == 100 else f"{value} {alpha}%"
    return defaults


APP_VARIABLES: dict[str, str] = {
    "quote-highlight": "#D9A85B 30%",
    "summary-highlight": "#7AA2C8 15%",
    "find-match": "#9C8FC9 40%",
    "find-match-current": "#D9A85B 70%",
    "actor": "#D9A85B",
    "role": "#8B93A3",
    "unread": "#7AA2C8",
    "muted": "#8B93A3",
}
"""Fixed fallbacks for digest's variables (kept for compatibility; prefer :func:`theme_variable_defaults`)."""


class ThemeError(DigestError):
    """A theme file is missing, unreadable or invalid."""


@dataclass
class LoadedThemes:
    """The themes found, and a one-line message for each file that could not be used."""

    themes: dict[str, Theme] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def check_colour(value: object, where: str) -> str:
    """Return ``value`` if it is a colour (optionally followed by an alpha percentage), else raise ThemeError."""
    if not isinstance(value, str) or not value.strip():
        raise ThemeError(f"{where}: expected a colour string, got {value!r}")
    colour, _, alpha = value.strip().partition(" ")
    try:
        Color.parse(colour)
    except ColorParseError:
        raise ThemeError(f"{where}: {value!r} is not a colour") from None
    if alpha and not (alpha.endswith("%") and alpha[:-1].replace(".", "", 1).isdigit()):
        raise ThemeError(f"{where}: {value!r} has a bad alpha (expected e.g. '40%')")
    return value.strip()


def theme_from_data(data: dict[str, Any], source: str) -> Theme:
    """Validate the parsed content of a theme file and build the Textual Theme."""
    known = {"name", "dark", "variables", *COLOUR_KEYS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ThemeError(f"{source}: unknown key(s) {', '.join(unknown)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ThemeError(f"{source}: a theme needs a 'name'")
    if "primary" not in data:
        raise ThemeError(f"{source}: a theme needs a 'primary' colour")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError(f"{source}: 'dark' must be true or false")
    colours = {key: check_colour(data[key], f"{source}: {key}") for key in COLOUR_KEYS if key in data}
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeError(f"{source}: [variables] must be a table")
    checked = {str(key): check_colour(value, f"{source}: variables.{key}") for key, value in variables.items()}
    theme = Theme(name=name.strip(), primary=colours.pop("primary"), dark=dark, variables=checked)
    for key, value in colours.items():
        setattr(theme, key, value)
    return theme


def load_theme_file(path: Path) -> Theme:
    """Load and validate one theme file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ThemeError(f"{path}: cannot read ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ThemeError(f"{path}: not valid TOML ({error})") from None
    return theme_from_data(data, str(path))


def load_themes(directories: Iterable[Path] | None = None) -> LoadedThemes:
    """Load every ``*.toml`` theme in the given folders (the shipped themes folder by default).

    Later folders win when two themes share a name, so a user's theme can replace a shipped one.
    """
    loaded = LoadedThemes()
    for directory in directories if directories is not None else [themes_dir()]:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                theme = load_theme_file(path)
            except ThemeError as error:
                loaded.errors.append(str(error))
                continue
            loaded.themes[theme.name] = theme
    return loaded
