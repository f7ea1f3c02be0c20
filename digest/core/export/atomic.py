"""Writing a file atomically: a temporary file in the same folder, flushed to disk, then renamed.

A reader of the target path sees either the old file or the complete new one, never a half-written
file; if anything fails the temporary file is removed and the old file is left untouched.

Only regular files are written: a folder, a FIFO, a device or a socket is refused
(:class:`TargetRefused`), and so is a symbolic link that is dangling or points into another folder, so
nothing outside the file the user named is ever replaced. :func:`standard_stream` tells when a path
names the program's own standard output or error (``/dev/stdout``, its pipe or terminal), which the
commands then write as a stream.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.sanitize import shown


class ExportError(DigestError):
    """The digest could not be written (the message is one line naming the path)."""


class TargetRefused(ExportError):
    """The path names something that must not be replaced by a file (a device, a FIFO, a foreign link...)."""


NAME_MAX = 255
"""The longest file name (in bytes) most file systems take."""

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _reason(error: OSError) -> str:
    return " ".join(str(error.strerror or error).split()).lower()


def _target(path: Path) -> Path:
    """The file to replace: ``path`` itself, or a link's target in the link's own folder."""
    path = path.expanduser()
    if len(os.fsencode(path.name)) > NAME_MAX:
        raise TargetRefused(
            f"{shown(path)}: file name too long ({len(os.fsencode(path.name))} bytes; the limit is 255)"
        )
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.exists():
            raise TargetRefused(f"{shown(path)}: is a dangling symbolic link; give the path of a real file")
        if target.parent != Path(os.path.realpath(path.parent)):
            raise TargetRefused(f"{shown(path)}: is a symbolic link into another folder; give the real path")
        path = target  # a link to a file beside it: write that file, keeping the link
    try:
        mode = path.stat().st_mode
    except OSError:
        return path
    kind = next((name for test, name in _KINDS if test(mode)), None)
    if kind is not None:
        raise TargetRefused(f"{shown(path)}: is {kind}, not a regular file; give a file path, or '-' for stdout")
    return path


def standard_stream(path: Path) -> int | None:
    """1 or 2 when ``path`` is this process's standard output or error (``/dev/stdout``, its pipe or tty).

    A regular file is never a stream (it is written atomically even when stdout is redirected to it).
    """
    try:
        target = os.stat(path)
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(target.st_mode):
        return None
    for descriptor in (1, 2):
        with contextlib.suppress(OSError):
            if os.path.samestat(target, os.fstat(descriptor)):
                return descriptor
    return None


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system lets a folder be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_atomically(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` through a temporary file, then rename.

    A new file gets the usual permissions (0666 less the umask); an existing file keeps its mode.

    Returns:
        The path written.

    Raises:
        TargetRefused: The path is a folder, a FIFO, a device, a socket, a dangling link or a link into
            another folder, or its name is too long.
        ExportError: The folder does not exist, or writing failed (disk full, no permission...). The
            message is one line naming the path.
    """
    path = _target(Path(path))
    folder = path.parent
    if not folder.is_dir():
        problem = "not a folder" if folder.exists() else "no such folder"
        raise ExportError(f"{shown(path)}: cannot write ({problem}: {shown(folder)})")
    data = text.encode("utf-8")
    temporary = folder / f".digest-{secrets.token_hex(6)}.tmp"  # short: any name the target can have fits
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise ExportError(f"{shown(path)}: cannot write ({_reason(error)})") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise ExportError(f"{shown(path)}: cannot write ({_reason(error)})") from None
        raise
    _fsync_folder(folder)
    return path
