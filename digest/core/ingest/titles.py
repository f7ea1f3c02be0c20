"""Titles: cleaning headlines and deriving a short title from a lead when an article has none."""

from __future__ import annotations

import re

from digest.core.lexicon import ABBREVIATIONS

_DATELINE_PREFIX = re.compile(r"^[A-Z][A-Za-z .,'/-]{1,60}?(?:\([A-Za-z .&-]{2,30}\))?\s+[-\u2013\u2014]{1,2}\s+")
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$")

_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z\"\u201c])")

UNTITLED = "Untitled article"
"""The title of an article whose lead has no words to make one from."""

MAX_DERIVED_TITLE = 80
"""The longest title derived from a lead, in characters."""


def title_from_lead(lead: str) -> str:
    """Derive a short title from an article's lead: its first sentence, cut at a word boundary."""
    text = " ".join(lead.split())
    text = _DATELINE_PREFIX.sub("", text, count=1) if _DATELINE_PREFIX.match(text[:80]) else text
    if not text:
        return UNTITLED
    # a first sentence longer than a title is cut anyway: reading further would only cost time
    sentence = _first_sentence(text[: MAX_DERIVED_TITLE * 4]).rstrip(".").strip()
    if not any(ch.isalnum() for ch in sentence):
        return UNTITLED
    if len(sentence) <= MAX_DERIVED_TITLE:
        return sentence
    cut = sentence[:MAX_DERIVED_TITLE].rsplit(" ", 1)[0].rstrip(",;:-\u2013\u2014 ")
    return f"{cut}\u2026"


def _first_sentence(text: str) -> str:
    """The text up to the first sentence end that is not an abbreviation ("Gov.", "U.S.", "J.")."""
    for match in _SENTENCE_BREAK.finditer(text):
        word = text[: match.start() + 1].rsplit(" ", 1)[-1]
        if word.lower().strip('("\u201c').removesuffix(".") in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)+", word):
            continue
        return text[: match.start() + 1]
    return text


def strip_site_name(title: str, site_names: list[str] | None = None) -> str:
    """Remove a site-name suffix such as ``" | BBC News"`` or ``" - The Washington Post"`` from a title."""
    title = " ".join(title.split())
    for name in site_names or []:
        for separator in (" | ", " - ", " \u2013 ", " \u2014 ", " : "):
            suffix = f"{separator}{name}"
            if name and title.endswith(suffix):
                return title[: -len(suffix)].strip()
    while True:
        match = _SITE_SUFFIX.search(title)
        if not match or len(title[: match.start()].split()) < 3:
            return title
        suffix = match.group(0).strip(" |\u2013\u2014-")
        if len(suffix.split()) > 4 or not (suffix[:1].isupper() or suffix[:1].isdigit()):
            return title
        title = title[: match.start()].rstrip()
