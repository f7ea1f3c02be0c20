"""``digest screenshots [DIR]``: SVG screenshots of the reader, made with Textual's test harness.

The shots use the sample digest, no user settings and a fixed size, so they only change when the app does.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, report_error
from digest.core.export.atomic import ExportError, write_atomically
from digest.core.sanitize import shown

SIZE = (140, 40)
"""Terminal size of the screenshots."""
SCREENSHOT_EPOCH = "1735689600"
"""2025-01-01, the date the export dialog suggests in the screenshots (unless SOURCE_DATE_EPOCH is set)."""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``screenshots`` command."""
    parser = subparsers.add_parser(
        "screenshots",
        help="write SVG screenshots of the reader",
        description="Write SVG screenshots of the reader on the sample digest (main screen dark and light, "
        "quote sidebar filtered to one actor, help screen, export dialog).",
    )
    parser.add_argument(
        "directory",
        nargs="?",
        default="screenshots",
        metavar="DIR",
        help="where to write the SVG files (default: screenshots/)",
    )
    parser.set_defaults(run=run)


async def take_screenshots(directory: Path) -> list[Path]:
    """Run the app headless and save each screenshot; return the files written."""
    from digest.resources import seeds_dir
    from digest.ui.app import DigestApp
    from digest.ui.loading import load_for_app
    from digest.ui.main_screen import MainScreen
    from digest.ui.settings import Settings
    from digest.ui.themes import DEFAULT_DARK, DEFAULT_LIGHT

    os.environ.setdefault("SOURCE_DATE_EPOCH", SCREENSHOT_EPOCH)  # a fixed date in the export dialog
    articles = load_for_app([seeds_dir()]).articles
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    async def shot(theme: str, name: str, steps: list[str]) -> None:
        app = DigestApp(articles, theme=theme, settings=Settings(None))
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
            screen = app.screen
            for step in steps:
                if step == "filter-actor" and isinstance(screen, MainScreen):
                    report = screen.analyses.cached_quotes(screen.current)
                    if report is not None and report.actors:
                        screen.actor = report.actors[0].name
                else:
                    await pilot.press(step)
                await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
            path = directory / f"{name}.svg"
            write_atomically(path, app.export_screenshot(title=f"digest — {name.replace('-', ' ')}"))
            written.append(path)

    await shot(DEFAULT_DARK, "main-dark", [])
    await shot(DEFAULT_LIGHT, "main-light", [])
    await shot(DEFAULT_DARK, "quotes-by-actor", ["filter-actor"])
    await shot(DEFAULT_DARK, "help", ["question_mark"])
    await shot(DEFAULT_LIGHT, "export", ["e"])
    return written


def run(args: argparse.Namespace) -> int:
    """Write the screenshots and list them (a file that cannot be written: one line, exit status 2)."""
    try:
        written = asyncio.run(take_screenshots(Path(args.directory)))
    except ExportError as error:
        report_error(str(error))
        return EXIT_BAD_INPUT
    for path in written:
        print(shown(path))
    return EXIT_OK
