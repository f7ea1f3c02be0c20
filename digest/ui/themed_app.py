"""What every digest app shares: themes, remembered settings, styles, the keymap, help and palette commands."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.markup import escape
from textual.notifications import SeverityLevel
from textual.screen import Screen

from digest.core.sanitize import shown, terminal_text
from digest.resources import themes_dir
from digest.ui.commands import all_command_ids, available, declared_commands
from digest.ui.keymap import load_keymap
from digest.ui.keys import EVERY_SCREEN
from digest.ui.settings import Settings, config_dir
from digest.ui.themes import DEFAULT_DARK, LoadedThemes, load_themes, theme_variable_defaults


def available_themes(settings: Settings) -> LoadedThemes:
    """digest's shipped themes plus the user's own (``themes/`` in the config folder)."""
    folders = [themes_dir()]
    if settings.directory is not None:
        folders.append(settings.directory / "themes")
    return load_themes(folders)


class ThemedApp(App[None]):
    """A Textual app with digest's themes registered, the user's theme choice remembered and keymap applied."""

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))
    TITLE = "digest"

    def __init__(self, *, theme: str | None = None, settings: Settings | None = None) -> None:
        """Register the themes and pick ``theme``, else the remembered one, else digest-dark; apply the keymap."""
        super().__init__()
        self.settings = settings if settings is not None else Settings.load(config_dir())
        themes = available_themes(self.settings)
        self.theme_errors: list[str] = list(themes.errors)
        """One-line messages about theme and keymap files that failed to load."""
        for loaded in themes.themes.values():
            self.register_theme(loaded)
        wanted = theme or self.settings.theme
        self.theme = wanted if wanted in self.available_themes else DEFAULT_DARK
        keymap = load_keymap(self.settings.directory, all_command_ids(EVERY_SCREEN))
        self.keymap: dict[str, str] = keymap.keys
        """The user's keys by command id (``keymap.toml``)."""
        self.theme_errors.extend(keymap.errors)
        self.set_keymap(self.keymap)

    def refresh_css(self, animate: bool = True) -> None:
        """Restyle everything for the current theme; before the first screen, only set the theme's variables.

        Nothing is styled before then (a theme is chosen as the app starts): Textual's restyling would parse the
        app's stylesheets once for nothing, then again (with these variables) to style the first screen.
        """
        if not self.screen_stack:
            self.stylesheet.set_variables(self.get_css_variables())
            return
        super().refresh_css(animate)

    def run_for_status(self, *, ok: int = 0, **options: Any) -> int:
        """Run the app; return ``ok``, or the app's own non-zero status when it crashed (Textual sets 1)."""
        self.run(**options)
        return self.return_code or ok

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notification; every one passes the output boundary (controls shown, never obeyed)."""
        super().notify(terminal_text(message), title=shown(title), severity=severity, timeout=timeout, markup=markup)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Defaults for digest's own theme variables (quote and actor colours...)."""
        return theme_variable_defaults(self.current_theme)

    def report_problems(self, messages: list[str]) -> None:
        """Show inputs or themes that failed as notifications (plain text, never markup)."""
        for message in messages:
            self.notify(message, title="Not loaded", severity="warning", timeout=8, markup=False)

    def remember_theme_changes(self) -> None:
        """From now on, save every theme the user picks."""
        self.theme_changed_signal.subscribe(self, self.remember_theme)

    def remember_theme(self, theme: object) -> None:
        """Save the theme the user picked, for next time."""
        self.settings.theme = self.theme
        self.settings.save()

    def action_help(self) -> None:
        """Show the keys of the screen on top (those that apply now)."""
        from digest.ui.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            screen = self.screen
            commands = tuple(command for command in declared_commands(screen) if available(screen, command))
            self.push_screen(HelpScreen(commands, self.keymap))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, plus every command of the screen that applies now (its keys shown as help)."""
        yield from super().get_system_commands(screen)
        for command in declared_commands(screen):
            if not command.palette or not available(screen, command):
                continue
            namespace = self if command.action.startswith("app.") else screen
            action = command.action.removeprefix("app.")
            help_text = escape(f"key: {command.key_display(self.keymap)}")
            yield SystemCommand(command.help, help_text, partial(namespace.run_action, action))
