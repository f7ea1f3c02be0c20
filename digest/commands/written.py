"""Writing a command's document: to stdout (``-``, ``/dev/stdout``, its pipe or terminal) or atomically to a file."""

from __future__ import annotations

import sys
from pathlib import Path

from digest.commands.output import EXIT_BAD_INPUT, EXIT_CANNOT_WRITE, EXIT_OK, report_error
from digest.core.export.atomic import ExportError, TargetRefused, standard_stream, write_atomically


def write_document(given: str | None, text: str) -> int:
    """Write ``text`` where ``given`` says; return the exit status (one line on stderr when it fails).

    No path, ``-``, or a path that is this process's standard output or error: written as a stream.
    Otherwise the file is replaced atomically; a folder, FIFO, device, socket or a foreign symbolic link
    is refused (status 2), and a file that cannot be written (no folder, disk full...) gives status 1.
    """
    descriptor = 1 if given in (None, "-") else standard_stream(Path(given or ""))
    if descriptor is not None:
        stream = sys.stdout if descriptor == 1 else sys.stderr
        stream.flush()
        stream.buffer.write(text.encode("utf-8"))
        stream.flush()
        return EXIT_OK
    try:
        write_atomically(Path(given or ""), text)
    except TargetRefused as error:
        report_error(str(error))
        return EXIT_BAD_INPUT
    except ExportError as error:
        report_error(str(error))
        return EXIT_CANNOT_WRITE
    return EXIT_OK
