"""Every word the quote rules know, at the very end of a paragraph (no full stop after it) and in other short
frames, never makes extraction fail: 'Coffee is good, study finds' as a headline-like paragraph once raised
IndexError and lost the whole article's quotes."""

from __future__ import annotations

from digest.core import lexicon, speech_verbs
from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from digest.core.quotes.clauses import EXPLAINING, NOUN_LIKE_VERBS, TELLING
from digest.core.quotes.findings import FINDING_VERBS

_FRAMES = (
    "Coffee is good, the study {v}",
    "Coffee is good, the study {v} in",
    "What the polls {v}",
    "The mayor {v}",
    '"Fine," the mayor {v}',
    "The mayor {v} the",
    "The mayor {v} that",
    "The mayor {v} in a",
    "The mayor {v},",
    "The mayor told reporters {v}",
    "The mayor, who {v}",
    "A, the mayor {v} on",
    'He said "it {v}',
    "{v}",
    "{V}:",
)


def _known_words() -> set[str]:
    words = set(FINDING_VERBS | TELLING | EXPLAINING | NOUN_LIKE_VERBS)
    for value in [*vars(lexicon).values(), *vars(speech_verbs).values()]:
        if isinstance(value, frozenset) and all(isinstance(w, str) for w in value):
            words |= {w for w in value if w.isalpha()}
    return words


def test_known_words_at_a_paragraph_s_end_never_raise() -> None:
    words = _known_words()
    assert len(words) > 500
    failures = []
    for word in sorted(words):
        for frame in _FRAMES:
            text = frame.format(v=word, V=word.capitalize())
            try:
                report = extract_quotes(Article("t", "x", (Section(None, text),)))
            except Exception as error:  # noqa: BLE001 - every failure is collected and reported
                failures.append(f"{text!r}: {type(error).__name__}")
                continue
            assert all(text[q.start : q.end] == q.text for q in report.quotes)
    assert failures == []


def test_a_headline_like_finding_without_a_stop_keeps_the_article_s_quotes() -> None:
    text = 'Coffee is good, study finds\n\n"We were surprised," said Dr. Lena Ortiz, who led the work.'
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    assert [(q.speaker, q.text) for q in report.quotes] == [("Dr. Lena Ortiz", "We were surprised")]
