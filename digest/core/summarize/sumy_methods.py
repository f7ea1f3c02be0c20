"""The sumy methods, run on digest's own sentences with a size guard.

The sumy document is built from our sentences directly (paragraph by paragraph, the article and section
titles as sumy headings), so sumy never segments text itself and never needs NLTK data. Words come from
:class:`~digest.core.summarize.words.SumyTokenizer`, stems from the Snowball stemmer, stop words from
sumy's own list. sumy (which imports nltk, about a second) is imported only when a sumy method runs.

Most sumy methods are pure Python and quadratic (LexRank, TextRank, reduction) or worse (KL is cubic), so
each has a sentence budget (:data:`BUDGETS`), chosen so that a run stays well under a second here; above it
the caller falls back to the default method and says so.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from digest.core.summarize.words import STOP_WORDS, SumyTokenizer, stem

if TYPE_CHECKING:
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Sentence as SumySentence

SUMY_METHODS: tuple[str, ...] = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "sumbasic", "kl", "reduction")
"""The sumy methods digest offers, by their digest names."""

BUDGETS: dict[str, int] = {
    "lexrank": 150,
    "textrank": 250,
    "reduction": 200,
    "kl": 60,
    "lsa": 100,
    "luhn": 300,
    "edmundson": 750,
    "sumbasic": 400,
}
"""The most sentences each sumy method is given; above it digest uses the default method instead.

Measured with ``benchmarks/summaries.py``-style runs on a loaded 2-core machine: each method takes about
half a second at its budget (LexRank, TextRank and reduction grow with n², KL with n³, LSA with its SVD).
"""

EDMUNDSON_BONUS_WORDS: frozenset[str] = frozenset(
    ("announced", "announce", "confirmed", "confirm", "agreed", "decided", "approved", "rejected", "killed")
    + ("died", "arrested", "charged", "accused", "found", "reported", "according", "first", "new", "major")
    + ("significant", "important", "key", "main", "crucial", "result", "president", "government", "minister")
    + ("officials", "police", "court", "election", "vote", "war", "deal")
)
"""Cue words that raise a sentence for Edmundson: news facts, decisions, outcomes and actors."""

EDMUNDSON_STIGMA_WORDS: frozenset[str] = frozenset(
    ("photo", "photograph", "image", "picture", "video", "watch", "click", "subscribe", "newsletter")
    + ("advertisement", "copyright", "follow", "share", "comment", "read", "caption", "credit", "getty")
    + ("hardly", "perhaps", "maybe", "meanwhile", "also")
)
"""Cue words that lower a sentence for Edmundson: captions, calls to action and hedges."""

_tokenizer = SumyTokenizer()


def _configured(method: str) -> Callable[[ObjectDocumentModel, int], Sequence[SumySentence]]:
    """A sumy summariser for a digest method name, with stemmer and stop words (or cue words) set."""
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer: Any
    if method == "edmundson":
        edmundson = EdmundsonSummarizer(stem)
        edmundson.bonus_words = EDMUNDSON_BONUS_WORDS
        edmundson.stigma_words = EDMUNDSON_STIGMA_WORDS
        edmundson.null_words = STOP_WORDS
        return edmundson  # type: ignore[no-any-return]
    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }
    summarizer = classes[method](stem)
    summarizer.stop_words = STOP_WORDS
    return summarizer  # type: ignore[no-any-return]


def build_document(
    sentences: Sequence[str], paragraphs: Sequence[int], headings: dict[int, str] | None = None
) -> ObjectDocumentModel:
    """A sumy document of the given sentences, grouped by paragraph number.

    ``headings`` maps a paragraph number to heading text placed before it (sumy headings are never
    returned in a summary; Edmundson's title method uses their words).
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    headings = headings or {}
    groups: list[list[SumySentence]] = []
    last: int | None = None
    for text, paragraph in zip(sentences, paragraphs, strict=True):
        if paragraph != last:
            groups.append([])
            if paragraph in headings:
                groups[-1].append(SumySentence(headings[paragraph], _tokenizer, is_heading=True))
            last = paragraph
        groups[-1].append(SumySentence(text, _tokenizer))
    return ObjectDocumentModel([Paragraph(group) for group in groups])


def within_budget(method: str, sentence_count: int) -> bool:
    """Tell whether a sumy method may run on that many sentences without hanging the app."""
    return sentence_count <= BUDGETS[method]


def run_sumy(
    method: str,
    sentences: Sequence[str],
    paragraphs: Sequence[int],
    count: int,
    headings: dict[int, str] | None = None,
) -> list[int]:
    """Run a sumy method; return the indices of the picked sentences in article order."""
    if count <= 0 or not sentences:
        return []
    document = build_document(sentences, paragraphs, headings)
    index_by_id = {id(s): i for i, s in enumerate(document.sentences)}
    index_by_text: dict[str, int] = {}
    for i, text in enumerate(sentences):
        index_by_text.setdefault(text.strip(), i)
    picked: set[int] = set()
    import numpy as np

    with warnings.catch_warnings(), np.errstate(all="ignore"):  # sumy's LexRank divides by zero on tiny texts
        warnings.simplefilter("ignore", RuntimeWarning)
        chosen_sentences = _configured(method)(document, count)
    for chosen in chosen_sentences:
        index = index_by_id.get(id(chosen), index_by_text.get(str(chosen)))
        if index is not None:
            picked.add(index)
    return sorted(picked)
