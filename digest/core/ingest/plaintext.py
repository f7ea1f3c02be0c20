"""Plain-text articles: paragraphs, sub-headings, embed debris and a title.

Rules (general, not tuned to one article):

- Paragraphs are blocks separated by blank lines; lines inside a block are joined by a space, except two
  or more lines written as list items (``• Capacity``), which stay a list (see :mod:`digest.core.blocks`).
- A *sub-heading* is a short line (at most 10 words, 80 characters) that starts with a capital or a
  digit, does not end in sentence punctuation (ALL-CAPS lines may end in ``?`` or ``!``), is not a
  byline, and stands between paragraphs: body text before it and after it. It may be directly followed by
  its first paragraph on the next line ("Dirty war" then "For his part, ...").
- Embed debris is removed: lines made of a long number and UUIDs (a video player's ids), the lone
  ``video`` line after them, gallery captions (``1 of 18. ...``) and anything before an agency dateline
  (``JAKARTA (Reuters) -``) in the first blocks.
- Furniture lines are removed with the rules shared with HTML (:mod:`digest.core.ingest.boilerplate`):
  promo lines ("Loading Photo Gallery"), contributor credits ("(Additional reporting by ...)"), contact
  lines ("... may be reached at ... Follow him on Twitter"), bylines.
- A first line that reads like a headline (short, no final full stop, followed by body) is the title;
  otherwise a short title is derived from the lead.
"""

from __future__ import annotations

import re

from digest.core.blocks import bullet_item, bullet_lines
from digest.core.ingest.boilerplate import is_boilerplate_text
from digest.core.ingest.titles import title_from_lead
from digest.core.model import Article, Section
from digest.core.sanitize import clean_text

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_EMBED_IDS = re.compile(rf"^(?:\d{{6,}}|{_UUID})(?:\s+(?:\d{{6,}}|{_UUID}))*$")
_EMBED_LABEL = re.compile(r"^(?:video|watch|play video|photo|image|audio|advertisement)$", re.I)
_GALLERY_CAPTION = re.compile(r"^\d{1,3} of \d{1,3}\.\s")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]{1,60}?(?:\([A-Za-z .&-]{2,30}\))?\s+[-\u2013\u2014]{1,2}\s+\S")
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'/-]{1,40}(?:,\s[A-Za-z .'/-]{2,40})*\s*\([A-Za-z .&-]{2,30}\)\s*[-\u2013\u2014]"
)
_BYLINE = re.compile(r"^(?:by|posted by|written by|updated|published)\b", re.I)
_SENTENCE_END = tuple(".,;:!?\"'\u201d\u2019)]\u2026")


def parse_text(text: str, source: str) -> Article:
    """Parse a plain-text article into an :class:`Article`."""
    blocks = _blocks(clean_text(text))
    blocks = _drop_debris(blocks)
    title: str | None = None
    if len(blocks) > 1 and len(blocks[0]) == 1 and _reads_like_headline(blocks[0][0]):
        title = blocks.pop(0)[0].strip()
    sections = _sections(blocks)
    if not sections:
        sections = [Section(None, "")]
    return Article(
        title=title or title_from_lead(sections[0].text or " ".join(s.title or "" for s in sections)),
        source=source,
        sections=tuple(sections),
        format="text",
    )


def is_heading_line(line: str) -> bool:
    """Tell whether a line, on its own, looks like a sub-heading (see the module's rules)."""
    line = line.strip()
    words = line.split()
    if not 1 <= len(words) <= 10 or len(line) > 80:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or _BYLINE.match(line):
        return False
    if _EMBED_IDS.match(line) or _EMBED_LABEL.match(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    all_caps = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 3
    if all_caps:
        return not line.endswith(tuple(".,;:"))
    return not line.endswith(_SENTENCE_END)


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _drop_debris(blocks: list[list[str]]) -> list[list[str]]:
    kept: list[list[str]] = []
    after_embed = False
    for block in blocks:
        lines: list[str] = []
        for line in block:
            if _EMBED_IDS.match(line):
                after_embed = True
                continue
            if after_embed and _EMBED_LABEL.match(line):
                after_embed = False
                continue
            after_embed = False
            if _GALLERY_CAPTION.match(line) or is_boilerplate_text(line):
                continue
            lines.append(line)
        if lines:
            kept.append(lines)
    for index, block in enumerate(kept[:4]):
        if index and _AGENCY_DATELINE.match(block[0]):
            return kept[index:]
    return kept


def _reads_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200 or _BYLINE.match(line):
        return False
    return not line.rstrip().endswith((".", ",", ";", ":")) or line.rstrip().endswith("...")


def _paragraphs(block: list[str]) -> list[str]:
    """A block's paragraphs: its lines joined by spaces, except runs of two or more lines written as list
    items (``• Capacity`` then ``• 10,000 t``), which become a list paragraph; a line in lower case right
    after an item continues it."""
    paragraphs: list[str] = []
    run: list[str] = []
    for line in block:
        if run and bullet_item(run[-1]) is not None and bullet_item(line) is None and line[:1].islower():
            run[-1] += " " + line
        elif run and (bullet_item(run[-1]) is None) != (bullet_item(line) is None):
            paragraphs.append(bullet_lines(run) or " ".join(run))
            run = [line]
        else:
            run.append(line)
    if run:
        paragraphs.append(bullet_lines(run) or " ".join(run))
    return paragraphs if len(paragraphs) > 1 or "\n" in paragraphs[0] else [" ".join(block)]


def _sections(blocks: list[list[str]]) -> list[Section]:
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    for index, block in enumerate(blocks):
        head, rest = block[0], block[1:]
        has_body_before = bool(paragraphs) or bool(sections)
        has_body_after = bool(rest) or index + 1 < len(blocks)
        if has_body_before and has_body_after and is_heading_line(head) and bullet_item(head) is None:
            if paragraphs or title is not None:
                sections.append(Section(title, "\n\n".join(paragraphs)))
            title, paragraphs = head, []
            if rest:
                paragraphs.extend(_paragraphs(rest))
            continue
        paragraphs.extend(_paragraphs(block))
    if paragraphs or title is not None:
        sections.append(Section(title, "\n\n".join(paragraphs)))
    return sections
