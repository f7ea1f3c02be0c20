"""``digest serve``: the same reader in a web browser, through textual-serve (the optional ``serve`` extra)."""

from __future__ import annotations

import argparse
import shlex
import sys

from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, report_error


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``serve`` command."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the reader to a web browser on localhost",
        description="Run the reader in a web browser with textual-serve (pip install 'digest-reader[serve]').",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the sample)")
    parser.add_argument("--host", default="localhost", help="host to listen on (default: localhost)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--theme", default=None, help="colour theme")
    parser.set_defaults(run=run)


def serve_command(args: argparse.Namespace) -> str:
    """The command line textual-serve runs for each browser session."""
    parts = [sys.executable, "-m", "digest", "read", *args.paths]
    if args.theme:
        parts += ["--theme", args.theme]
    return shlex.join(parts)


def run(args: argparse.Namespace) -> int:
    """Start the web server (blocks until interrupted)."""
    try:
        from textual_serve.server import Server
    except ImportError:
        report_error("digest serve needs the 'serve' extra: pip install 'digest-reader[serve]'")
        return EXIT_BAD_INPUT
    Server(serve_command(args), host=args.host, port=args.port, title="digest").serve()
    return EXIT_OK
