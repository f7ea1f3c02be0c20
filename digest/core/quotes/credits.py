"""Credit lines: a short paragraph of a dash and a name under a quotation ('— Hal Brenner, Oslo') names its
speaker, as under a testimonial, an epigraph or a pull quote."""

from __future__ import annotations

import re
from dataclasses import replace

from digest.core.lexicon import MONTHS_DAYS
from digest.core.quotes.gender import first_name_lean, honorific_gender
from digest.core.quotes.mentions import Mention, make_mention
from digest.core.quotes.tokens import WORD, Tok, tokenize

_CREDIT = re.compile(r"\s*(?:[\u2013\u2014\u2015]|--?(?=\s))\s*(?=[A-Z])(?P<who>[^\"“”«»\n]{1,80})")
"""A dash, then a capitalised phrase with no quotation mark, to the paragraph's end."""
_MOST_CREDIT_WORDS = 8
_LONGEST_TITLE = 4
"""An abbreviated title before a name is this short ('Dr.', 'Prof.')."""
_SENTENCE_END = re.compile(r"[!?]|\w{3,}\.\s*$|\.\s+[a-z]")
"""A credit is no sentence: no '!' or '?', no full stop after a word (an initial's 'M.' may end it)."""


def credit_name(para: str) -> tuple[list[Tok], int, int] | None:
    """The tokens of a credit-line paragraph and the span of its name (before a comma: '— Greta Moll, Oslo');
    None when the paragraph is not a credit line."""
    match = _CREDIT.fullmatch(para.rstrip())
    if match is None:
        return None
    who = match.group("who")
    if len(who.split()) > _MOST_CREDIT_WORDS or _SENTENCE_END.search(who):
        return None
    tokens = tokenize(para, match.start("who"), len(para), [])
    end = next((k for k, t in enumerate(tokens) if t.text in ",;(/|"), len(tokens))
    if end == 0 or any(t.kind is not WORD or not t.is_cap for t in tokens[:end] if t.text not in ".*"):
        return None
    return (tokens, 0, end) if _a_persons_name(tokens[:end]) else None


def _a_persons_name(name: list[Tok]) -> bool:
    """A person's name as a credit gives it: a known first name first (after an honorific: 'Dr. Hal Brenner',
    'Ines Q.'), or a handle masked with asterisks ('Ali***'); not a day, a month, a place, a label or an agency
    ('— Monday', '— Oslo', '— Update', '— AP')."""
    words = [t for t in name if t.kind is WORD]
    if any(t.text == "*" for t in name):
        return True
    abbreviated = bool(words) and words[0].text.endswith(".") and len(words[0].text) <= _LONGEST_TITLE + 1
    if len(words) > 1 and (abbreviated or honorific_gender(words[0].text) != "?"):
        words = words[1:]  # 'Dr. Hal Brenner', 'Dame Ines Q.'
    return bool(words) and words[0].norm not in MONTHS_DAYS and first_name_lean(words[0].text) is not None


_LONGEST_CREDIT = 120
"""The longest paragraph read as a possible credit line under a quotation."""


def credit_after(text: str, spans: list[tuple[int, int]], at: int) -> str:
    """The paragraph after ``spans[at]`` when it may be a credit line under it: short, and not an item of a list of
    hyphen lines ('- Opening hours' followed by '- Prices'); or one of any length opening with 'That was the verdict
    of NAME' (:data:`_VERDICT`)."""
    if at + 1 >= len(spans):
        return ""
    line = text[spans[at + 1][0] : spans[at + 1][1]]
    if _VERDICT.match(line):
        return line
    if spans[at + 1][1] - spans[at + 1][0] >= _LONGEST_CREDIT:
        return ""
    after = text[spans[at + 2][0] : spans[at + 2][1]] if at + 2 < len(spans) else ""
    return "" if line.lstrip().startswith("-") and after.lstrip().startswith("-") else line


_VERDICT = re.compile(
    r"\s*(?:That|This) (?:was|is) (?:the|a) (?:\w+ )?(?:verdict|message|view|warning|assessment|reaction|response|"
    r"advice|plea|judgement|judgment|conclusion|prediction|reply|answer|complaint|promise) (?:of|from) (?=[A-Z])"
    r"|\s*(?:Those|These) (?:were|are) the (?:\w+ )?words of (?=[A-Z])"
)
"""A paragraph that names the speaker of the bare quotation above it: 'That was the verdict of NAME, ...', 'Those
were the words of NAME as ...' (a capitalised name right after 'of' or 'from')."""


def _verdict_name(para: str) -> tuple[list[Tok], int, int] | None:
    """The tokens of a 'That was the verdict of NAME' paragraph and the span of the name: its capitalised words
    (an honorific's full stop among them) up to the first other token."""
    match = _VERDICT.match(para)
    if match is None:
        return None
    tokens = tokenize(para, match.end(), min(len(para), match.end() + _LONGEST_CREDIT), [])
    end = next((k for k, t in enumerate(tokens) if t.kind is not WORD or not t.is_cap), len(tokens))
    return (tokens, 0, end) if end > 1 else None


def credit_mention(credit: str) -> tuple[Mention, int] | None:
    """The speaker a credit line names, as a mention, and where it stands in the line; None when it names none. A
    masked handle ('Ali***') keeps its name as the page shows it."""
    found = credit_name(credit) or _verdict_name(credit)
    if found is None:
        return None
    tokens, start, end = found
    m = make_mention(tokens, start, end, credit)
    if m is None:
        return None
    written = credit[tokens[start].start : tokens[end - 1].end]
    if "*" in written:
        m = replace(m, text=written, name=written)
    return m, tokens[start].start
