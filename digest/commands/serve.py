"""``digest serve``: the same reader in a web browser, through textual-serve (the optional ``serve`` extra)."""

from __future__ import annotations

import argparse
import shlex
import sys

from digest.commands.library_common import add_library_argument
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, report_error

DEFAULT_SESSIONS = 2
"""Apps that may run at once (each browser tab starts one process)."""


def _sessions(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= number <= 64:
        raise argparse.ArgumentTypeError(f"must be from 1 to 64: {value}")
    return number


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``serve`` command."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the reader to a web browser on localhost",
        description="Run the reader in a web browser with textual-serve (pip install 'digest-reader[serve]'): "
        "what 'digest' opens (the library, else the sample digest), or the given files. Only the served page "
        "may start an app (the websocket's Origin is checked), at most --max-sessions at once.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the library)")
    parser.add_argument("--host", default="localhost", help="host to listen on (default: localhost)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--theme", default=None, help="colour theme")
    parser.add_argument(
        "--max-sessions",
        type=_sessions,
        default=DEFAULT_SESSIONS,
        metavar="N",
        help=f"apps running at once, one per browser tab (default {DEFAULT_SESSIONS})",
    )
    add_library_argument(parser)
    parser.set_defaults(run=run)


def serve_command(args: argparse.Namespace) -> str:
    """The command line textual-serve runs for each browser session: ``digest`` on the same library or files."""
    from digest.core.store import resolve_library_path

    theme = ["--theme", args.theme] if args.theme else []
    library = ["--library", str(resolve_library_path(getattr(args, "library", None)))]
    parts = [sys.executable, "-m", "digest", *library, "read", *args.paths, *theme]  # no paths: library or sample
    return shlex.join(parts)


def run(args: argparse.Namespace) -> int:
    """Start the web server (blocks until interrupted)."""
    try:
        from digest.commands.serve_guard import GuardedServer
    except ImportError:
        report_error("digest serve needs the 'serve' extra: pip install 'digest-reader[serve]'")
        return EXIT_BAD_INPUT
    server = GuardedServer(serve_command(args), host=args.host, port=args.port, max_sessions=args.max_sessions)
    server.serve()
    return EXIT_OK
