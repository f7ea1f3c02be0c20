"""'it' for a piece of writing just named: 'The email, sent late that evening, reached the deputy. ¶ "A," it
reads.', 'On her website, NAME has begun ... "B," it now says', 'The post showed a cartoon. It says: "C"'.

When no actor the article met can be an 'it' that introduces a quotation (:func:`quoting_it`), the pronoun
stands for the last noun of writing (a statement, a letter, a memo, a report, a website: :data:`WRITTEN_NOUNS`)
named with a determiner or an owner's possessive before the sentence of the pronoun, in its paragraph or, when that
sentence opens it, in the paragraph before; the words in quotation marks are not read. A capitalised word before
that noun in its sentence (other than a person's surname, the noun's owner, or a first word such as 'The' or 'On')
may name a body that wrote it, which 'it' would rather stand for: then there is no antecedent ('Harlow Water
published a report. "A," it said'); likewise such a word before the pronoun in its own sentence."""

from __future__ import annotations

import re

from digest.core.lexicon import ADVERBIAL_OPENERS, ARTICLES, DOCUMENT_NOUNS, POSSESSIVES, SENTENCE_OPENERS, word_set

WRITTEN_NOUNS = frozenset(n for n in DOCUMENT_NOUNS if not n.endswith("s") or n == "analysis") - word_set(
    "advisory sign"
) | word_set("website webpage affidavit memorandum cable")
"""Singular nouns of writing that say words ('the statement said', 'the website says'); not 'advisory', more often
a modifier ('the advisory panel'), nor a sign, whose words are a slogan more than anyone's quotation."""
_DETERMINERS = ARTICLES | word_set("this that") | POSSESSIVES - {"my"}
"""Determiners and owners' possessives before a noun of writing ('the memo', 'her letter'); not 'my'."""
_FIRST_WORDS = _DETERMINERS | ADVERBIAL_OPENERS | SENTENCE_OPENERS
"""Words opening a sentence in capitals that name no one ('The email ...', 'On his website, ...')."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''|‘[^’]*’(?!\w)")
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s+(?=[\"“‘']*[A-Z])")
_AFTER_QUOTE = re.compile(r"[,!?]?[\"”’']+\s*$")
_BEFORE_QUOTE = re.compile(r"it(?:\s+[a-z]+){1,2}\s*[:,]\s*[\"“‘']", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_READ_BACK = 2_000
"""Characters read back from an 'it' for its noun of writing (bounded: linear time on a long paragraph)."""


def quoting_it(para: str, start: int, pos: int) -> bool:
    """The 'it' at ``pos`` of the sentence at ``start`` introduces a quotation: it follows one ('"A," it reads')
    or its verb and a colon or comma open one ('It says: "A"'); not a clause of reported speech ('It said A')."""
    return bool(_AFTER_QUOTE.search(para[max(start, pos - _READ_BACK) : pos]) or _BEFORE_QUOTE.match(para, pos))


def read_back(para: str, start: int, pos: int, para_before: str) -> tuple[str, str] | None:
    """The text :func:`written_antecedent` reads for the 'it' at ``pos`` of the sentence at ``start``: the
    paragraph before the sentence (else ``para_before``), its last :data:`_READ_BACK` characters from a sentence's
    start, and the sentence's words before 'it'; None when those are longer than that (no sentence of prose)."""
    if pos - start > _READ_BACK:
        return None
    text, end = (para, start) if start else (para_before, len(para_before))
    before = text[max(0, end - _READ_BACK) : end]
    if end > _READ_BACK:
        cut = _SENTENCE_END.search(before)
        before = before[cut.end() :] if cut else ""
    return before, para[start:pos]


def written_antecedent(before: str, lead: str, surnames: set[str]) -> str | None:
    """The noun of writing a sentence's 'it' stands for, read from ``before``: the text before that sentence (the
    paragraph so far, else the paragraph before); None when there is none or a body's name may be meant, there or
    in ``lead``, the sentence's words before 'it' ('Papers from the Kelby Trust surfaced after it ...')."""
    opening = [w.group() for w in _WORD.finditer(_QUOTED.sub(" ", lead))]
    if any(_named(w, i, surnames) for i, w in enumerate(opening)):
        return None
    text = _QUOTED.sub(" ", before)
    words = list(_WORD.finditer(text))
    for k in range(len(words) - 1, 0, -1):
        noun = words[k].group().lower()
        if noun not in WRITTEN_NOUNS or not _determined(words, k):
            continue
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, words[k].start())), default=0)
        sentence = [w.group() for w in words[:k] if w.start() >= start]
        return noun if not any(_named(w, i, surnames) for i, w in enumerate(sentence)) else None
    return None


def _determined(words: list[re.Match[str]], k: int) -> bool:
    """A determiner or an owner's possessive stands before the noun at ``k``, past at most two modifiers."""
    for j in range(k - 1, max(-1, k - 4), -1):
        w = words[j].group()
        if w.lower() in _DETERMINERS or w.endswith(("'s", "’s")):
            return True
        if w[0].isupper():
            return False
    return False


def _named(word: str, i: int, surnames: set[str]) -> bool:
    """A capitalised word that may name a body: not a known surname, a possessive, or a sentence's first word that
    is a determiner or opens an adverbial or a sentence ('The', 'On', 'Still')."""
    if not word[0].isupper() or word.endswith(("'s", "’s")) or word.lower() in surnames:
        return False
    return i > 0 or word.lower() not in _FIRST_WORDS
