"""What every command prints the same way: one-line errors, exit statuses, JSON, and the output boundary.

:func:`output_boundary` wraps stdout and stderr for the time a command runs, so that nothing the program
prints can carry a terminal escape, a C1 control or a bidi override: each is shown as a visible escape
(``\\x1b``, ``\\u202e``) instead. One-line messages (:func:`report_error`, and rows built with
:func:`~digest.core.sanitize.shown`) also show newlines that way, so no value can forge a second line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from digest.core.sanitize import shown, terminal_text

TYPE_CHECKING = False  # typing's own constant, without importing typing: 'digest list' does without it
if TYPE_CHECKING:
    from typing import Any, TextIO

EXIT_OK = 0
"""Exit status when everything went well."""
EXIT_BAD_INPUT = 2
"""Exit status when any input, feed or library failed (the others are still processed)."""
EXIT_CANNOT_WRITE = 1
"""Exit status when the output (a file, or standard output) cannot be written."""

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029\ud800-\udfff]")


def report_error(message: str) -> None:
    """Print a one-line error to stderr, prefixed with the program name (controls and newlines shown)."""
    print(f"digest: {shown(message.strip())}", file=sys.stderr)


def json_text(payload: Any) -> str:
    """``payload`` as indented JSON, non-ASCII kept as is except what a terminal would obey (C1, bidi)."""
    import json  # here: commands printing no JSON ('digest list | head') do not pay for it

    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)


def dump_json(payload: Any) -> None:
    """Print ``payload`` as indented JSON (see :func:`json_text`) and a final newline."""
    sys.stdout.write(json_text(payload) + "\n")


class TerminalStream:
    """A text stream that writes through :func:`~digest.core.sanitize.terminal_text` to another one."""

    def __init__(self, stream: TextIO) -> None:
        """Wrap ``stream`` (its other attributes, ``buffer``, ``fileno``, ``isatty``, pass through)."""
        self.raw_stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with every control but newline and tab made visible."""
        self.raw_stream.write(terminal_text(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw_stream, name)


def unwrapped(stream: TextIO) -> TextIO:
    """The stream under a :class:`TerminalStream` (for a progress bar's own control characters)."""
    raw: TextIO = getattr(stream, "raw_stream", stream)
    return raw


@contextmanager
def output_boundary() -> Iterator[None]:
    """Pass stdout and stderr through :class:`TerminalStream` while the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalStream(saved[0])
    sys.stderr = TerminalStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def stream_json_array(items: Iterable[Any]) -> None:
    """Print the items as :func:`dump_json` prints a list of them, each as soon as it comes."""
    opened = False
    for item in items:
        text = json_text(item).replace("\n", "\n  ")
        sys.stdout.write(("," if opened else "[") + "\n  " + text)
        opened = True
    sys.stdout.write("\n]\n" if opened else "[]\n")
