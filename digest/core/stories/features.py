"""What tells one news event from another, read from an article's text with plain rules (no model).

An article becomes a bag of weighted features in four namespaces:

- ``w:`` stemmed content words (the summariser's words: Snowball stems, stop words left out);
- ``e:`` named things: runs of capitalised words that are not just a capitalised sentence opener
  (``Central Election Commission``, ``Ashgabat``), lower-cased; each multi-word name also counts its last
  word, so ``President Berdymukhamedov`` and ``Berdymukhamedov`` meet;
- ``n:`` numbers and dates: years, other numbers with their separators removed (``2,000`` = ``2000``), and
  month-day pairs (``december 15``);
- ``s:`` the names of the people quoted (given by the caller, from :mod:`digest.core.quotes`);
- ``m:`` the months named (``September``, ``Sept. 18``): an event happens in one month, and two events of
  one kind are usually months apart even when no year is given. ``May`` counts only beside a number.

Years are also kept apart (``years``): two stories of the same kind in different years are different
events, so a story whose years and an article's years never meet is a poor match.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from digest.core.summarize.words import STOP_WORDS, content_terms

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_MONTH_SET = frozenset(_MONTHS)
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")
_TOKEN = re.compile(r"\w[\w'’&-]*(?:\.\w[\w'’&-]*)*|[^\w\s]")
# The years and numbers open with the character class of their first character, then check behind it that a
# word starts there (``(?<!\w\d)``: no word character before the digit, which is what ``\b`` before a digit
# means): the regex engine skips to such a character in one fast loop (a pattern opening with a look-ahead or
# ``\b`` is tried at every position), and the matches are those of ``\b(1[89]\d\d|20\d\d)\b`` and
# ``\b\d[\d,.]*\d\b|\b\d\b`` (a test compares them). The month-day pattern opens with a look-ahead at the
# characters its matches can start with; it is tried only where a day's digits can be (:func:`_day_starts`).
_YEAR = re.compile(r"[12](?<!\w[12])(?:(?<=1)[89]|(?<=2)0)\d\d\b")
_NUMBER = re.compile(r"\d(?<!\w\d)(?:[\d,.]*\d)?\b")
_MONTH_NAME = (  # the names and short forms of _MONTHS as a tree: one branch tried per first letter
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_DAY = re.compile(
    r"(?=[jfmasond\d])\b(?:(" + _MONTH_NAME + r")\.?\s+(\d{1,2})\b|(\d{1,2})\s+(" + _MONTH_NAME + r")\b)",
    re.IGNORECASE,
)


def _after_first(words: list[str]) -> str:
    """An alternation of ``words`` (lower case) written after their capitalised first letter has been matched:
    each word's rest behind a look-back at its first letter (``(?<=J)(?:anuary|une|uly)``)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].upper(), []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in rests.items())


_MONTH_WORD = re.compile(
    r"[JFMASOND\d](?:(?<=[JFMASOND])(?<!\w.)(?:"
    r"(?:" + _after_first([m for m in _MONTHS[:12] if m != "may"]) + r")\b"
    r"|(?:" + _after_first(_MONTHS[12:]) + r")\.?\s+\d"
    r"|(?<=M)ay\s+\d)"
    r"|(?<=\d)\s+May\b)"
)
r"""A month's name (``September``), a short form before a number (``Sept. 18``), ``May`` before a number or a number
before ``May``. The pattern opens with the class of the first characters its matches can have, so that the
regex engine skips to those in C (a pattern opening with a look-ahead is tried at every position), then checks
behind that character that a word starts there (``(?<!\w.)``: ``\b`` before it) and which letter it was. The
matches are those of ``(?=[JFMASOND\d])(?:\b(NAMES)\b|\b(SHORT)\.?\s+\d|\bMay\s+\d|\d\s+May\b)`` (a test
compares them); at most one of the four can match where one starts."""
_NAME_JOINERS = frozenset({"of", "de", "du", "la", "van", "von", "der", "al", "bin", "da", "del", "for", "and"})
_GENERIC = frozenset(
    {"i", "mr", "mrs", "ms", "dr", "st", "the", "a", "an", "he", "she", "it", "we", "they", "but", "and", "in", "on"}
)

_CLOCK = frozenset(
    {"am", "pm", "a.m", "p.m", "gmt", "utc", "et", "pt", "ct", "mt", "bst", "cet"}
    | {f"{zone}{kind}t" for zone in "ecmpa" for kind in "sd"}
)
"""Times of day and time zones (``4 PM EDT``): a dateline's, not a name."""

LEAD_NAME_BOOST = 1
"""How many extra times a name in the headline or the first paragraph counts (the lead names the event's actors)."""


@dataclass
class ArticleFeatures:
    """The features of one article.

    Attributes:
        counts: Feature counts by namespaced feature (``w:stem``, ``e:name``, ``n:number``, ``s:speaker``).
        years: The years the article mentions.
        shingles: Hashes of its word 5-grams (for telling near-identical copies).
        published: Its publication time in seconds since the epoch, when known.
    """

    counts: Counter[str] = field(default_factory=Counter)
    years: frozenset[str] = frozenset()
    shingles: frozenset[int] = frozenset()
    published: float | None = None


_NAME_WORDS_KEPT = 65536
_SENTENCE_MARKS = frozenset({".", "!", "?", ":", '"', "“", "‘", "'"})


class _NameWords(dict[str, bool]):
    """Whether each token seen is a name word (capitalised, not a month or a weekday): the same words recur,
    so a line's tokens are looked up in C (``map(_NAME_WORDS.__getitem__, tokens)``), a new one decided once."""

    def __missing__(self, token: str) -> bool:
        if len(self) >= _NAME_WORDS_KEPT:
            self.clear()
        lowered = token.lower()
        found = self[token] = bool(_CAPITALISED.fullmatch(token)) and lowered not in _MONTH_SET and lowered not in _DAYS
        return found


_NAME_WORDS = _NameWords()


class _NameForms(dict[str, str]):
    """Each name word's form in a name (lower-cased, a full stop after it and a possessive ``'s`` dropped), made
    once per word."""

    def __missing__(self, token: str) -> str:
        if len(self) >= _NAME_WORDS_KEPT:
            self.clear()
        found = self[token] = token.lower().rstrip(".").replace("’", "'").removesuffix("'s")
        return found


_NAME_FORMS = _NameForms()


def named_things(text: str, lines: dict[str, list[str]] | None = None) -> list[str]:
    """Runs of capitalised words in ``text`` (lower-cased), leaving out lone capitalised sentence openers.

    ``lines``, when given, remembers each line's names (a caller reading overlapping texts reads each line once).
    """
    names: list[str] = []
    for line in text.split("\n"):
        if lines is None:
            names += _line_names(line)
            continue
        found = lines.get(line)
        if found is None:
            found = lines[line] = _line_names(line)
        names += found
    return names


def _line_names(line: str) -> list[str]:
    """The names of one line (see :func:`named_things`)."""
    names: list[str] = []
    tokens = _TOKEN.findall(line)
    is_name = list(map(_NAME_WORDS.__getitem__, tokens))
    count = len(tokens)
    index = 0
    sentence_start = True
    while True:
        try:
            start = is_name.index(True, index)  # the next name word (the words between are read backwards)
        except ValueError:
            break
        sentence_start = _opens_sentence(tokens, index, start, sentence_start)
        run = [tokens[start]]
        index = start + 1
        while index < count:
            if is_name[index]:
                run.append(tokens[index])
                index += 1
            elif tokens[index].lower() in _NAME_JOINERS and index + 1 < count and is_name[index + 1]:
                run += tokens[index : index + 2]
                index += 2
            else:
                break
        if sentence_start and run[0].lower() in STOP_WORDS:
            run = run[1:]
        sentence_start = False
        words = list(map(_NAME_FORMS.__getitem__, run))
        while words and words[0] in _GENERIC:
            words = words[1:]
        while words and words[-1] in _CLOCK:
            words = words[:-1]
        if words and not (len(words) == 1 and (words[0] in STOP_WORDS or len(words[0]) < 2)):
            names.append(" ".join(words))
    return names


def is_title_case(title: str) -> bool:
    """Whether a headline capitalises its words as a title does (``Star Checks Into Clinic``): then capitals
    do not tell its names apart. At least three words of four letters or more, three in four capitalised."""
    words = re.findall(r"[^\W\d_]{4,}", title)
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 3 and 4 * capitalised >= 3 * len(words)


def headline_names(title: str, body_names: list[str]) -> list[str]:
    """The names of a headline: its runs of capitalised words, or, when it is title-cased (where every word is
    capitalised and a run would be the whole headline), the body's names that it contains."""
    if not is_title_case(title):
        return named_things(title)
    words = " " + " ".join(_TOKEN.findall(title.lower().replace("’", "'"))) + " "
    return [name for name in dict.fromkeys(body_names) if f" {name} " in words]


def _opens_sentence(tokens: list[str], start: int, end: int, opening: bool) -> bool:
    """Whether a sentence is still opening after the tokens ``start:end`` (none a name word), when it was
    ``opening`` before them: a sentence mark opens one, a word closes it, other punctuation changes nothing.
    The last token that is a mark or a word decides."""
    for position in range(end - 1, start - 1, -1):
        token = tokens[position]
        if token in _SENTENCE_MARKS:
            return True
        if token[0].isalnum():
            return False
    return opening


_DAY = re.compile(r"\d\d?\b")
"""One or two digits that end a word: every day of ``_MONTH_DAY`` (a run of digits that does not start there is
found too, and passed over)."""


def _is_word(character: str) -> bool:
    """Whether a regular expression's ``\\w`` matches this character (in a ``str`` pattern)."""
    return character.isalnum() or character == "_"


def _day_starts(text: str) -> list[int]:
    """Where a match of ``_MONTH_DAY`` can start, in order: its day is a run of one or two digits ending a word, so
    at each such run, and at the word before the spaces (and a full stop) before one, when that word is short
    enough to be a month's name (nine letters at most). ``\\s``, ``\\w`` and ``\\d`` of a ``str`` pattern are
    ``str.isspace``, ``str.isalnum`` (or ``_``) and ``str.isdecimal``."""
    starts: list[int] = []
    for day in _DAY.finditer(text):
        start = before = day.start()
        if start and text[start - 1].isdecimal():  # inside a longer run of digits: no day
            continue
        while before and text[before - 1].isspace():
            before -= 1
        if before < start:
            if before and text[before - 1] == ".":
                before -= 1
            word = before
            while word > before - 10 and word and _is_word(text[word - 1]):
                word -= 1
            if word < before and not (word and _is_word(text[word - 1])):
                starts.append(word)
        starts.append(start)
    return sorted(set(starts))


def _matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, when every match starts at one of ``starts`` (in order): the pattern is tried only
    there (``finditer`` tries it at every position, and finds the first match from where the last one ended)."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match


def numbers(text: str) -> list[str]:
    """Years, other numbers (separators removed) and month-day dates mentioned in ``text``."""
    found = [number.replace(",", "").rstrip(".") for number in _NUMBER.findall(text)]  # the pattern has no group
    for match in _matches_from(_MONTH_DAY, text, _day_starts(text)):
        month = (match.group(1) or match.group(4)).lower()[:3]
        day = match.group(2) or match.group(3)
        found.append(f"{month} {int(day)}")
    return found


def months(text: str) -> list[str]:
    """The months named in ``text`` (three-letter, lower-cased): capitalised month names, abbreviations before a
    number, ``May`` only beside a number."""
    found = _MONTH_WORD.findall(text)  # the whole matches (the pattern has no group)
    return ["may" if match[0].isdecimal() else match[:3].lower() for match in found]


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """Stable hashes (CRC-32) of the word ``size``-grams of ``text`` (lower-cased words only)."""
    words = re.findall(r"\w+", text.lower())
    return frozenset(zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(max(len(words) - size + 1, 1)))


def article_features(
    title: str,
    text: str,
    speakers: list[str] | None = None,
    published: float | None = None,
    *,
    with_shingles: bool = True,
) -> ArticleFeatures:
    """Read the features of one article from its title and body text (``with_shingles=False``: without
    the shingles, which placing an article in a story does not read)."""
    whole = f"{title}\n{text}"
    counts: Counter[str] = Counter()
    counts.update(map("w:".__add__, content_terms(whole)))
    counts.update(map("w:".__add__, content_terms(title)))  # the headline says what the story is
    lead = text.strip().split("\n\n", 1)[0]
    lines: dict[str, list[str]] = {}  # the lead is read once, though counted twice
    body_names = named_things(text, lines)
    headline = headline_names(title, body_names)
    for name in body_names + headline + (headline + named_things(lead, lines)) * LEAD_NAME_BOOST:
        counts[f"e:{name}"] += 1
        if " " in name:
            counts[f"e:{name.rsplit(' ', 1)[1]}"] += 1
    counts.update(map("n:".__add__, numbers(whole)))
    counts.update(f"s:{s.lower()}" for s in speakers or [])
    counts.update(map("m:".__add__, months(whole)))
    return ArticleFeatures(
        counts=counts,
        years=frozenset(_YEAR.findall(whole)),
        shingles=shingles(text) if with_shingles else frozenset(),
        published=published,
    )
