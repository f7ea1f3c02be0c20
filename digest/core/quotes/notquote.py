"""Features of a quoted stretch that tell speech from a stretch in quotation marks that no one says.

Writers put marks around words that are not a quote: the titles of books, songs, shows and dishes, nicknames,
the text of a sign, a term used at arm's length, a word cited as a word ('the word "fine"'). Such a stretch is
short, often capitalised like a title, seldom ends in a sentence's mark inside the quotation marks, seldom holds
'I' or 'you' or a verb, and sits after a determiner or a naming word ('called', 'titled', 'known as') rather than
after a verb of speech or a colon. :func:`features` measures these GENERAL properties of a stretch and its
sentence (never a word or name of any article); a study script (``benchmarks/notquote_study.py``) weighs them
at development time.
"""

from __future__ import annotations

import math
import re

from digest.core.lexicon import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    DEMONSTRATIVES,
    NAMING_WORDS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    WORK_NOUNS,
    word_set,
)
from digest.core.quotes.notquote_model import BIAS, THRESHOLD, WEIGHTS
from digest.core.speech_verbs import CUE_VERBS

_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9])")
_FIRST_SECOND = word_set("i me my mine we us our ours you your yours i'm i've i'd i'll we're we've you're let's")
_VERB_SIGNS = AUXILIARIES | BE_FORMS | word_set("am can must shall 's 're 've 'll n't not get got go going")
_LABELLING = NAMING_WORDS | word_set(
    """known as nicknamed labelled labeled branded billed marked reading reads read word words term terms phrase
    phrases slogan slogans motto sign signs banner banners nickname nicknames label labels so-called
    dish menu brand tagline catchphrase"""
)
_SPEECH = CUE_VERBS
"""Verbs of speech (every form of say, tell, ask and add is already among them)."""
_STOP_CAPS = ARTICLES | PREPOSITIONS_IN_NP | word_set("and or but by as nor")
_LINKING = word_set("become became becomes seemed seems sounded sounds felt feels remain remained")
_FUNCTION = ARTICLES | PREPOSITIONS_IN_NP | word_set("and or but as by that which who when while because if so than")
_INTERJECTIONS = word_set("yes no yeah yep nope okay ok sure oh ah wow hey thanks please hello goodbye sorry well")
_MARKS = "\"“”‘’'«»"
_CONTEXT = 200


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in _WORD.findall(text)]


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence's text before the opening mark and after the closing mark (within one paragraph)."""
    left = text[max(0, start - _CONTEXT) : start]
    left = left[left.rfind("\n") + 1 :]
    cuts = list(_SENTENCE_END.finditer(left.rstrip(_MARKS + " ")))
    before = left[cuts[-1].end() :] if cuts else left
    right = text[end : end + _CONTEXT]
    right = right.split("\n", 1)[0]
    cut = _SENTENCE_END.search(right, 2)
    after = right[: cut.start() + 1] if cut else right
    return before, after


def _title_cased(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _STOP_CAPS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


_REPEAT_REACH = 100_000
"""How far on either side of a stretch another copy of it is looked for: the reader's whole budget
(``extract.LONGEST_ARTICLE``), so a section of up to that length is searched whole, and a longer one is not read
again in full for each of its quotes."""


def _repeated(text: str, start: int, end: int, stretch: str) -> bool:
    """``stretch`` (from ``start``) is written at least twice near it, not overlapping (counted as ``str.count``
    counts)."""
    return text.count(stretch, max(0, start - _REPEAT_REACH), end + _REPEAT_REACH) > 1


def _mark_before(text: str, start: int) -> str:
    """The character before ``start`` past blanks and commas ('' at the text's start)."""
    k = start
    while k > 0 and text[k - 1] in " \t\n,":
        k -= 1
    return text[k - 1 : k]


def features(text: str, start: int, end: int) -> dict[str, float]:
    """The features of the quoted stretch ``text[start:end]`` (the words inside the marks) in its sentence."""
    inner = text[start:end]
    raw = _WORD.findall(inner)
    words = _words(inner)
    n = len(words)
    before, after = _sentence_around(text, start, end)
    before_words = _words(before)
    after_words = _words(after)
    prev = before_words[-1] if before_words else ""
    prev2 = " ".join(before_words[-2:])
    nxt = after_words[0] if after_words else ""
    tail = text[end : end + 3]
    lead = before.rstrip(_MARKS + " ")
    rest = after.lstrip(_MARKS + " ")
    f: dict[str, float] = {
        "one_word": float(n == 1),
        "two_words": float(n == 2),
        "three_words": float(n == 3),
        "four_to_six": float(4 <= n <= 6),
        "seven_plus": float(n >= 7),
        "title_cased": float(n <= 8 and _title_cased(raw)),
        "lower_start": float(bool(inner) and inner[:1].islower()),
        "end_stop": float(inner.rstrip(_MARKS)[-1:] in (".", "!", "?")),
        "comma_inside": float(tail[:1] == "," or inner.rstrip(_MARKS)[-1:] == ","),
        "first_second": float(any(w in _FIRST_SECOND for w in words)),
        "verb_sign": float(any(w in _VERB_SIGNS or w.endswith("n't") for w in words)),
        "inner_comma": float("," in inner.rstrip(", ")),
        "digit": float(any(c.isdigit() for c in inner)),
        "prev_determiner": float(prev in ARTICLES or prev in DEMONSTRATIVES or prev in POSSESSIVES),
        "prev_possessive_s": float(before.rstrip().endswith(("'s", "’s"))),
        "prev_preposition": float(prev in PREPOSITIONS_IN_NP or prev in ("as", "like", "into")),
        "prev_labelling": float(prev in _LABELLING or prev2 in _LABELLING or "known as" in prev2),
        "prev_work_noun": float(any(w in WORK_NOUNS for w in before_words[-3:])),
        "prev_speech": float(prev in _SPEECH),
        "prev_colon": float(lead.endswith(":") and not any(w in _SPEECH for w in before_words)),
        "speech_colon": float(lead.endswith(":") and any(w in _SPEECH for w in before_words)),
        "prev_comma": float(lead.endswith(",")),
        "opens_sentence": float(not before_words),
        "closes_sentence": float(not after_words),
        "next_speech": float(nxt in _SPEECH or (len(after_words) > 1 and after_words[1] in _SPEECH)),
        "next_and_or": float(nxt in ("and", "or")),
        "speech_in_sentence": float(any(w in _SPEECH for w in before_words + after_words)),
        "speech_left": float(any(w in _SPEECH for w in before_words)),
        "single_marks": float(text[start - 1 : start] in ("'", "‘")),
        "starts_the": float(bool(words) and words[0] == "the"),
        "starts_a": float(bool(words) and words[0] in ("a", "an")),
        "repeated": float(len(inner) > 3 and _repeated(text, start, end, inner.rstrip(".,!?"))),
        "prev_copula": float(prev in BE_FORMS or prev in _LINKING),
        "speech_near": float(any(w in _SPEECH for w in before_words[-4:] + after_words[:3])),
        "next_lower_word": float(
            rest[:1].isalpha() and rest[:1].islower() and nxt not in _SPEECH and nxt not in _FUNCTION
        ),
        "cap_mid": float(bool(before_words) and inner[:1].isupper()),
        "pronoun_after": float(any(w in ("he", "she", "they", "i", "we") for w in after_words[:2])),
        "whole_sentence": float(not before_words and not after_words),
        "exclaim_ask": float(inner.rstrip(_MARKS)[-1:] in ("!", "?")),
        "interjection": float(bool(words) and words[0] in _INTERJECTIONS),
        "long_sentence": float(len(before_words) + len(after_words) > 15),
    }
    return f


def not_speech(text: str, start: int, end: int) -> bool:
    """The quoted stretch ``text[start:end]`` reads as a title, name, sign or term in quotation marks, not words
    someone said: the shipped logistic model (``notquote_model``) scores it at or above its threshold."""
    if _mark_before(text, start) not in _MARKS:
        return False  # a transcript's turn ('Q: ...'), not a stretch in quotation marks
    score = BIAS + sum(WEIGHTS.get(name, 0.0) * value for name, value in features(text, start, end).items() if value)
    return score >= math.log(THRESHOLD / (1 - THRESHOLD)) if 0 < THRESHOLD < 1 else False
