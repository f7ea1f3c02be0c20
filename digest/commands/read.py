"""``digest read`` (and ``digest`` alone): open articles in the reader."""

from __future__ import annotations

import argparse

from digest.commands.library_read import open_library_if_any
from digest.commands.options import byte_count
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, report_error
from digest.resources import seeds_dir


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``read`` command."""
    parser = subparsers.add_parser(
        "read",
        help="open articles in the reader",
        description="Open article files or folders in the reader (the sample digest when none are given).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument("--theme", default=None, help="colour theme (e.g. digest-dark, digest-light)")
    parser.add_argument(
        "--max-bytes", type=byte_count, default=None, metavar="N", help="refuse files larger than N bytes"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Open the reader on the given paths, or on the library, or (when it is empty) on the sample digest."""
    from digest.ui.settings import Settings, config_dir
    from digest.ui.themed_app import available_themes

    settings = Settings.load(config_dir())
    if args.theme is not None:
        names = sorted(available_themes(settings).themes)
        if args.theme not in names:
            report_error(f"unknown theme {args.theme!r} (digest themes: {', '.join(names)})")
            return EXIT_BAD_INPUT
    if not args.paths and (status := open_library_if_any(args)) is not None:
        return status
    from digest.ui.app import DigestApp
    from digest.ui.loading import load_first

    paths = list(args.paths) or [str(seeds_dir())]
    loaded = load_first(paths, max_bytes=args.max_bytes)  # the rest load in the reader, after its first screen
    if not loaded.articles:
        for message in loaded.errors or ["no articles to read"]:
            report_error(message)
        return EXIT_BAD_INPUT
    app = DigestApp(
        loaded.articles,
        theme=args.theme,
        settings=settings,
        load_errors=loaded.errors,
        pending=loaded.pending,
        max_bytes=args.max_bytes,
    )
    status = app.run_for_status(ok=EXIT_OK)  # files the reader's worker could not load count too
    return status or (EXIT_BAD_INPUT if app.load_errors else EXIT_OK)
