"""Words for summarising, with no downloaded data: a word tokenizer, stop words and a stemmer.

- Words: nltk's ``NLTKWordTokenizer`` (a regular-expression tokenizer: no data files), keeping the tokens
  that look like words, exactly as sumy's own tokenizer does.
- Stop words: sumy's English list (read from the sumy package's data, without importing sumy's utils).
- Stemmer: the Snowball English (Porter2) stemmer of the ``snowballstemmer`` package (no data files), after
  folding curly apostrophes to straight ones. With PyStemmer installed (a dependency) ``snowballstemmer``
  hands out its C build of the same algorithm: the same stems (checked on 25,000 development words),
  twelve times faster.

Importing this module is cheap: ``import nltk`` alone costs about a second (it pulls in scipy.stats), so
nltk's tokenizer is imported only when sumy methods ask for words.

:class:`SumyTokenizer` hands sumy these words and our own sentence segmenter, so that no sumy method ever
asks NLTK for ``punkt``.
"""

from __future__ import annotations

import pkgutil
import re
from functools import lru_cache
from typing import Any

import snowballstemmer

from digest.core.summarize.sentences import split_text

_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
_FAST_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
""":data:`_FAST_WORD` for lower-case text whose only letters are a-z: a range test for each character
instead of Unicode category look-ups."""
_MAYBE_OTHER_LETTER = re.compile("[^\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]")
"""A character that is neither ASCII nor common news punctuation (no-break space, dashes, curly quotes,
ellipsis): it may be a letter :data:`_ASCII_WORD` does not know."""
_stemmer = snowballstemmer.stemmer("english")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'"})


def _sumy_stop_words() -> frozenset[str]:
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.strip() for w in data.decode("utf-8").splitlines() if w.strip())


STOP_WORDS: frozenset[str] = _sumy_stop_words()
"""English stop words (sumy's list)."""


@lru_cache(maxsize=1)
def _word_tokenizer() -> Any:
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


def to_words(sentence: str) -> tuple[str, ...]:
    """The words of a sentence (NLTK's rule-based tokenizer; punctuation and numbers left out)."""
    return tuple(w for w in _word_tokenizer().tokenize(sentence) if _WORD.match(w))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter2) stem of a lower-cased word."""
    return str(_stemmer.stemWord(word.lower().translate(_APOSTROPHES)))


_TERMS_KEPT = 65536
"""Words whose content term :class:`_Terms` remembers before it starts afresh."""


class _Terms(dict[str, str]):
    """Each lower-cased word's content term: its stem, or ``""`` for a stop word or a one-letter word (none
    stems to ``""``: Porter2 keeps a word's first syllable). The same words recur, so a sentence's words
    are looked up in C (``map(_TERMS.__getitem__, words)``), a new one decided once."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _TERMS_KEPT:
            self.clear()
        found = self[word] = "" if word in STOP_WORDS or len(word) < 2 else stem(word)
        return found


_TERMS = _Terms()


@lru_cache(maxsize=4096)
def content_terms(sentence: str) -> tuple[str, ...]:
    """The stemmed content words of a sentence (stop words left out), for similarity and weighting.

    Remembered for the last sentences: an article's sentences are ranked twice (whole, then by section).
    """
    lowered = sentence.lower()
    pattern = _FAST_WORD if _MAYBE_OTHER_LETTER.search(lowered) else _ASCII_WORD
    return tuple(filter(None, map(_TERMS.__getitem__, pattern.findall(lowered))))


class SumyTokenizer:
    """A sumy tokenizer (``to_sentences``, ``to_words``) that needs no NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split a paragraph into sentences with digest's own segmenter."""
        return tuple(split_text(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words."""
        return to_words(sentence)
