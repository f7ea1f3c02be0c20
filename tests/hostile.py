"""Hostile and broken input files, made by the tests (nothing hostile is committed as a file)."""

from __future__ import annotations

import os
from pathlib import Path

ESC = "\x1b"
MARKUP_AND_ESCAPES = (
    "# Evil \x1b[31mred\x1b[0m title\n\n"
    "Text with \x1b]52;c;SGVsbG8=\x07 an OSC 52 clipboard write, [bold red]X[/] and [@click=app.quit]q[/],"
    ' a \u202ereversed\u202c part and \x1bP+q\x1b\\ a DCS query. She said "it is fine".\n'
)
BROKEN = {
    "empty.txt": b"",
    "blank.md": b"  \n\n\t\n",
    "binary.txt": bytes(range(256)) * 40,
    "png-named.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 500,
    "all-script.html": b"<html><head><script>" + b"var a=1;" * 50_000 + b"</script></head><body></body></html>",
}
"""Files that must give a one-line error each (exit status 2)."""


def write_hostile_folder(folder: Path, *, huge: bool = True) -> dict[str, bool]:
    """Write the hostile files into ``folder``; return file name -> whether it must be refused."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, bool] = {}
    for name, data in BROKEN.items():
        (folder / name).write_bytes(data)
        expected[name] = True
    if huge:
        with (folder / "huge.txt").open("wb") as handle:  # 1 GB, sparse: refused by size before reading
            handle.truncate(1024**3)
        expected["huge.txt"] = True
    good = {
        "escapes.md": MARKUP_AND_ESCAPES.encode(),
        "bad-utf8.txt": b"A title of sorts\n\nCaf\xe9 and \xff\xfe then ok text " + "caf\u00e9".encode() + b" mixed.\n",
        "latin1.html": (
            '<html><head><meta charset="iso-8859-1"><title>Le caf\u00e9</title></head>'
            "<body><article><p>Le gar\u00e7on a dit \u00ab bonjour \u00bb au caf\u00e9, puis il est parti.</p>"
            "</article></body></html>"
        ).encode("latin-1"),
        "deep.html": (
            "<html><body><p>A paragraph before the deep part, long enough to be an article.</p>"
            + "<div>" * 100_000
            + "<p>deep text</p>"
            + "</div>" * 100_000
            + "</body></html>"
        ).encode(),
        "unclosed.html": b"<html><body><h1>Unclosed</h1><p>Para one is here <b>bold <i>it<p>Para two <div><span>more",
        "headings.md": "".join(f"## Heading {i}\n\nText number {i} said here.\n\n" for i in range(10_000)).encode(),
        "unclosed-quote.txt": (
            'A title line\n\n"This quote never closes and ' + "goes on " * 3000 + "\n\nNext.\n"
        ).encode(),
        "crlf-bom.txt": b"\xef\xbb\xbfCRLF title here\r\n\r\nBody text, she said.\r\n",
        "utf16.txt": "UTF-16 title here\n\nBody text \u2014 with a dash.\n".encode("utf-16"),
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
        expected[name] = False
    return expected


def write_many(folder: Path, count: int, broken_every: int) -> int:
    """Write ``count`` small articles, every ``broken_every``-th one broken; return how many are broken."""
    folder.mkdir(parents=True, exist_ok=True)
    broken = 0
    for index in range(count):
        path = folder / f"article-{index:05d}.txt"
        if index % broken_every == 0:
            path.write_bytes(b"\x00\x01binary" * 10)
            broken += 1
        else:
            path.write_text(f"Headline number {index}\n\nThe mayor said {index} things happened today.\n")
    return broken


def file_size(path: Path) -> int:
    """The apparent size of a file (sparse files count in full)."""
    return os.stat(path).st_size
