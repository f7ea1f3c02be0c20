"""A hostile world for the terminal tests: file names, article text, feeds, OPML and HTTP replies that
carry terminal escapes, C1 controls, bidi overrides, newlines and undecodable bytes.

Nothing hostile is committed as a file: the tests build it in a temporary folder (and serve feeds on
127.0.0.1 with :mod:`tests.feed_server`).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.feed_server import PARAGRAPH, Route

OSC_TITLE = "\x1b]0;PWNED\x07"
"""Sets the terminal's title."""
CSI_CLEAR = "\x1b[2J"
"""Clears the screen."""
C1_CSI = "\u009b31m"
"""An 8-bit CSI (turns text red on terminals that take C1 controls)."""
RLO = "\u202e"
"""Right-to-left override: the rest of the line displays reversed."""
FORGED = "\ndigest: forged line"
"""A newline that starts a fake error line."""
HOSTILE = f"{OSC_TITLE}{CSI_CLEAR}{C1_CSI}{RLO}"
"""All of them in one string."""
PAYLOADS = ("\x1b]0;PWNED", "\x1b[2J", "\x9b31m", "\u009b31m", RLO)
"""What must never reach the terminal raw, even from the app (which draws with escapes of its own)."""

FILE_NAMES: tuple[bytes, ...] = (
    f"osc{OSC_TITLE}.txt".encode(),
    f"csi{CSI_CLEAR}.md".encode(),
    f"c1{C1_CSI}.txt".encode(),
    f"rtl{RLO}txt.exe.txt".encode(),
    f"new{FORGED}.txt".encode(),
    b"bad-\xff\xfe-bytes.txt",
)
"""Article file names (bytes: one is not UTF-8)."""


def article_text(number: int) -> str:
    """An article whose title and text carry every hostile sequence."""
    return (
        f"Headline {number} {HOSTILE} evil\n\n"
        f'The mayor said {OSC_TITLE} on Monday that "the {CSI_CLEAR} bridge {C1_CSI} will open," adding {RLO} more.'
        f"\n\n{PARAGRAPH}\n"
    )


def write_hostile_files(folder: Path) -> list[Path]:
    """Write one hostile article under each hostile name into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, name in enumerate(FILE_NAMES):
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
        path.write_text(article_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def hostile_rss() -> bytes:
    """A feed whose title, item titles, links and text carry hostile sequences (raw C1 and bidi are legal XML)."""
    items = "".join(
        f"<item><title>Item {n} {C1_CSI} {RLO} &#x9b;2J</title>"
        f"<link>http://127.0.0.1/item-{n}?{C1_CSI}{RLO}</link><guid>g{n}</guid>"
        "<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{PARAGRAPH} {C1_CSI} {RLO} Item {n}.</p>]]></description></item>"
        for n in range(3)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {C1_CSI} {RLO} name</title>'
        f"<link>http://127.0.0.1/{RLO}</link><description>d</description>{items}</channel></rss>"
    ).encode()


def hostile_routes() -> dict[str, Route]:
    """Routes: a hostile feed, and an error reply whose reason phrase and headers carry escapes."""
    return {
        "/feed.xml": Route(hostile_rss(), headers={"X-Note": f"hello{CSI_CLEAR}{OSC_TITLE}"}),
        "/broken.xml": Route(
            b"nope", status=503, reason=f"Busy {OSC_TITLE}{CSI_CLEAR}\x9b2J now", headers={"Retry-After": CSI_CLEAR}
        ),
    }


def hostile_opml(base: str) -> bytes:
    """An OPML file whose URLs forge a line (a newline character reference) and carry C1 and bidi."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><head><title>t</title></head><body>'
        f'<outline type="rss" text="Forger {C1_CSI}" xmlUrl="{base}/a.xml&#10;digest: forged line"/>'
        f'<outline type="rss" text="Bidi {RLO}" xmlUrl="{base}/b.xml?{RLO}{C1_CSI}"/>'
        "</body></opml>"
    ).encode()
