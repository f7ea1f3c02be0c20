"""Words for summarising, with no downloaded data: a word tokenizer, stop words and a stemmer.

- Words: nltk's ``NLTKWordTokenizer`` (a regular-expression tokenizer: no data files), keeping the tokens
  that look like words, exactly as sumy's own tokenizer does.
- Stop words: sumy's English list (shipped inside the sumy package).
- Stemmer: nltk's Snowball English stemmer (pure code, no data files).

:class:`SumyTokenizer` hands sumy these words and our own sentence segmenter, so that no sumy method ever
asks NLTK for ``punkt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.snowball import EnglishStemmer
from nltk.tokenize import NLTKWordTokenizer
from sumy.utils import get_stop_words

from digest.core.summarize.sentences import split_text

_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
_FAST_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_word_tokenizer = NLTKWordTokenizer()
_stemmer = EnglishStemmer()

STOP_WORDS: frozenset[str] = frozenset(get_stop_words("english"))
"""English stop words (sumy's list)."""


def to_words(sentence: str) -> tuple[str, ...]:
    """The words of a sentence (NLTK's rule-based tokenizer; punctuation and numbers left out)."""
    return tuple(w for w in _word_tokenizer.tokenize(sentence) if _WORD.match(w))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word."""
    return str(_stemmer.stem(word.lower()))


def content_terms(sentence: str) -> list[str]:
    """The stemmed content words of a sentence (stop words left out), for similarity and weighting."""
    return [stem(w) for w in _FAST_WORD.findall(sentence.lower()) if w not in STOP_WORDS and len(w) > 1]


class SumyTokenizer:
    """A sumy tokenizer (``to_sentences``, ``to_words``) that needs no NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split a paragraph into sentences with digest's own segmenter."""
        return tuple(split_text(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words."""
        return to_words(sentence)
