"""Writing a file atomically: a temporary file in the same folder, flushed to disk, then renamed.

A reader of the target path sees either the old file or the complete new one, never a half-written
file; if anything fails the temporary file is removed and the old file is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from digest.core.errors import DigestError


class ExportError(DigestError):
    """The digest could not be written (the message is one line naming the path)."""


def _reason(error: OSError) -> str:
    return " ".join(str(error.strerror or error).split()).lower()


def _target(path: Path) -> Path:
    path = path.expanduser()
    if path.is_symlink():  # write through a link to its target, keeping the link
        path = Path(os.path.realpath(path))
    return path


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
        ExportError: The folder does not exist, the path is a folder, or writing failed (disk full,
            no permission...). The message is one line naming the path.
    """
    path = _target(Path(path))
    if path.is_dir():
        raise ExportError(f"{path}: is a folder, not a file")
    folder = path.parent
    if not folder.is_dir():
        problem = "not a folder" if folder.exists() else "no such folder"
        raise ExportError(f"{path}: cannot write ({problem}: {folder})")
    data = text.encode("utf-8")
    temporary = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({_reason(error)})") from None
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
            raise ExportError(f"{path}: cannot write ({_reason(error)})") from None
        raise
    _fsync_folder(folder)
    return path
