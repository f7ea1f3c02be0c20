"""The ``digest`` command line: one sub-command per module in :mod:`digest.commands`."""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from types import SimpleNamespace

from digest import __version__

TYPE_CHECKING = False  # typing's own constant, without importing typing
if TYPE_CHECKING:
    import argparse

COMMAND_MODULES = (
    "read",
    "sections",
    "summary",
    "quotes",
    "stories",
    "export",
    "screenshots",
    "serve",
    "add",
    "library_list",
    "refresh",
    "feed",
    "search",
    "remove",
    "opml",
    "compact",
)
"""Sub-command modules under digest.commands, in the order ``--help`` lists them."""

COMMAND_NAMES = {"list": "library_list", "import-opml": "opml", "export-opml": "opml"}
"""Sub-commands whose module has another name (every other command's module is its name)."""


def command_module(arguments: Sequence[str]) -> str | None:
    """The module of the sub-command named in ``arguments`` (None when there is none, or it is unknown)."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--library":
            skip = True
        elif not argument.startswith("-"):
            module = COMMAND_NAMES.get(argument, argument)
            return module if module in COMMAND_MODULES else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser with every available sub-command (or only the one in module ``only``).

    Importing only the command that runs keeps quick commands (``digest search``) from loading the rest.
    """
    import argparse  # here: plain 'digest' opens the library without it

    parser = argparse.ArgumentParser(
        prog="digest",
        description="A terminal reader for news digests. With no command, opens the library (the sample digest "
        "when the library is empty).",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    parser.add_argument(
        "--library",
        default=None,
        metavar="PATH",
        help="the library file (default: $DIGEST_LIBRARY, else the user data folder)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(f"digest.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"digest.commands.{name}":
                continue
            raise
        module.add_parser(subparsers)
    return parser


_OUTPUT_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EPIPE}
"""Errors writing standard output or error (a full disk, a dead terminal): one line, never a traceback."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Everything printed goes through the output boundary (no terminal escape reaches the terminal); a
    closed pipe ends the command quietly; a full disk or a damaged library gives one line, not a traceback.
    """
    from digest.commands.output import output_boundary

    arguments = list(sys.argv[1:] if argv is None else argv)
    with output_boundary():
        try:
            status = _run(arguments)
            sys.stdout.flush()
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            _discard_stdout()
            return 0
        except OSError as error:
            if error.errno not in _OUTPUT_ERRORS:
                raise
            return _output_failed(error)
        except sqlite3.Error as error:
            return _library_failed(arguments, error)
    return status


def _run(arguments: list[str]) -> int:
    if command_module(arguments) is None and (opened := _open_library(arguments)) is not None:
        return opened
    if not arguments or arguments[0].startswith("--theme"):
        arguments = ["read", *arguments]
    parser = build_parser(command_module(arguments))
    args = parser.parse_args(arguments)
    if not hasattr(args, "run") and all(a.startswith("-") or a == args.library for a in arguments):
        args = parser.parse_args([*arguments, "read"])  # only global options: open the reader
    if not hasattr(args, "run"):
        parser.print_help()
        return 0
    status: int = args.run(args)
    return status


def _discard_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)


def _output_failed(error: OSError) -> int:
    from digest.commands.output import EXIT_CANNOT_WRITE, report_error

    _discard_stdout()
    with contextlib.suppress(OSError):
        report_error(f"cannot write the output ({error.strerror or error})")
    return EXIT_CANNOT_WRITE


def _library_failed(arguments: list[str], error: sqlite3.Error) -> int:
    from digest.commands.output import EXIT_BAD_INPUT, report_error
    from digest.core.store.errors import describe_library_error
    from digest.core.store.paths import resolve_library_path

    known, _ = _global_options(arguments)
    report_error(describe_library_error(resolve_library_path(known.library), error))
    return EXIT_BAD_INPUT


def _global_options(arguments: list[str]) -> tuple[argparse.Namespace | SimpleNamespace, list[str]]:
    """``--library`` and ``--theme`` (None when not given), and the other arguments."""
    if not arguments:  # plain 'digest': nothing to parse, nor argparse to import
        return SimpleNamespace(library=None, theme=None), []
    import argparse

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--library", default=None)
    options.add_argument("--theme", default=None)
    return options.parse_known_args(arguments)


def _open_library(arguments: list[str]) -> int | None:
    """``digest`` with no command (only --library/--theme): open the library when it has articles."""
    known, rest = _global_options(arguments)
    if rest:
        return None
    from digest.commands.library_read import open_library_if_any

    return open_library_if_any(known)


if __name__ == "__main__":
    raise SystemExit(main())
