"""Functions of a sentence's tokens that keep their answers per token list (token_memo.per_tokens) answer as the
function itself does, for every sentence of the sample, polygraph and corpus articles."""

from __future__ import annotations

from digest.core.ingest import load_article
from digest.core.quotes.main_clause import _subject_and_verb
from digest.core.quotes.marks import find_marks
from digest.core.quotes.quote_speakers import quoted_title
from digest.core.quotes.segment import paragraphs, sentences
from digest.core.quotes.speakers import np_left
from digest.core.quotes.token_memo import per_tokens
from digest.core.quotes.tokens import QUOTE, Tok, tokenize
from tests.conftest import POLYGRAPH, SAMPLE, corpus_files


def _sentences() -> list[list[Tok]]:
    found = []
    for path in [SAMPLE, POLYGRAPH, *corpus_files(".html", ".txt")]:
        for section in load_article(path).sections:
            for start, end in paragraphs(section.text):
                para = section.text[start:end]
                marks = find_marks(para)
                found.extend(tokenize(para, lo, hi, marks) for lo, hi in sentences(para, marks))
    return found


def test_kept_answers_are_the_functions_answers() -> None:
    checked = 0
    for tokens in _sentences():
        for k in range(len(tokens)):
            for lo in (0, max(0, k - 3)):
                assert np_left(tokens, k, lo) == np_left.__wrapped__(tokens, k, lo)  # type: ignore[attr-defined]
            for quoted in (False, True):
                found = _subject_and_verb(tokens, 0, k, quoted)
                assert found == _subject_and_verb.__wrapped__(tokens, 0, k, quoted)  # type: ignore[attr-defined]
            if tokens[k].kind is QUOTE:
                assert quoted_title(tokens, k) == quoted_title.__wrapped__(tokens, k)  # type: ignore[attr-defined]
            checked += 1
    assert checked > 10_000


def test_answers_are_kept_per_list_and_per_arguments() -> None:
    calls: list[tuple[int, int]] = []

    @per_tokens
    def first_after(tokens: list[Tok], at: int, step: int = 1) -> int:
        calls.append((id(tokens), at))
        return at + step

    one = [Tok("a", 0, 1, QUOTE)]
    same = [Tok("a", 0, 1, QUOTE)]  # equal, but another list: its own answers
    assert first_after(one, 1) == first_after(one, 1) == 2
    assert first_after(one, 1, step=2) == 3  # other arguments: asked again
    assert first_after(same, 1) == 2
    assert calls == [(id(one), 1), (id(one), 1), (id(same), 1)]
    for _ in range(10):  # more lists than are kept: the first one's answers are dropped, then made again
        first_after([], 0)
    first_after(one, 1)
    assert calls[-1] == (id(one), 1)
