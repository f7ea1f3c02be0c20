"""The quote engine's cheap tests that skip work (a sentence without a cue word, a quotation or a possible group
head, a phrase that cannot name a person) change no output: every quote and actor is the same with each test
switched off.

A rule added later that reads a cue the tests do not know (a new cue word in ``reported._cue``, a group head
that is no ``_people`` word) makes these fail, naming the test to widen."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.ingest import load_article
from digest.core.quotes import extract, extract_quotes, report_owners, reported, salience, subjects
from digest.core.quotes.marks import find_marks
from digest.core.quotes.tokens import Tok, tokenize
from tests.conftest import POLYGRAPH, SAMPLE, corpus_files


class _Everything(frozenset[str]):
    """A word set that holds every word: the cue pass reads every token."""

    def __contains__(self, word: object) -> bool:
        return True


_INVENTED = """Officials said on Monday that the bridge would reopen. "We are ready," said Mayor Ann Rowe.

Environmental groups sued the agency. They argue that the permit broke the law, according to court papers.

Saying that the vote was close, the chairman, Tom Vale, urged calm. Residents told reporters the plan was "a mess".

As the paper reported, the deal collapsed, with 30 percent of voters saying they were unsure. Experts are warning
that costs will rise. The minister was quoted as saying that talks would resume.

"It is over," he added. Analysts, however, disagree.
"""


def _articles(tmp_path: Path) -> list[Path]:
    invented = tmp_path / "invented.txt"
    invented.write_text("A bridge reopens\n\n" + _INVENTED, encoding="utf-8")
    return [SAMPLE, POLYGRAPH, invented, *corpus_files(".html", ".txt")]


def _everything_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reported, "_CUE_WORDS", _Everything())
    monkeypatch.setattr(subjects, "may_end_group", lambda tokens, lo: True)
    monkeypatch.setattr(extract, "opens_within", lambda marks, lo, hi: True)
    monkeypatch.setattr(salience, "may_name_person", lambda tokens, start, end: True)


def test_skipping_changes_no_quote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [load_article(path) for path in _articles(tmp_path)]
    fast = [extract_quotes(a).to_dict(a.title) for a in articles]
    assert any(report["quotes"] for report in fast)
    _everything_read(monkeypatch)
    slow = [extract_quotes(a).to_dict(a.title) for a in articles]
    for article, got, wanted in zip(articles, fast, slow, strict=True):
        assert got == wanted, article.source


def test_switching_a_test_off_reads_more(monkeypatch: pytest.MonkeyPatch) -> None:
    """The switches above reach the code: with every word a cue, the cue pass reads a word it skips otherwise."""
    read: list[int] = []
    real = reported._cue

    def counting(tokens: list[Tok], v: int, lo: int, hi: int, earlier: list[reported.Report]) -> object:
        read.append(v)
        return real(tokens, v, lo, hi, earlier)

    monkeypatch.setattr(reported, "_cue", counting)
    text = "The council met on Tuesday and the mayor said the plan would pass."
    tokens = tokenize(text, 0, len(text), find_marks(text))
    reported.find_reports(tokens, 0, len(tokens))
    skipped = len(read)
    read.clear()
    monkeypatch.setattr(reported, "_CUE_WORDS", _Everything())
    reported.find_reports(tokens, 0, len(tokens))
    assert skipped == 1 and len(read) > skipped


def test_people_by_surname_follow_the_registry() -> None:
    """The registry's people by surname (kept between sentences) follow a new actor and a fuller name."""
    from digest.core.quotes.actors import Registry
    from digest.core.quotes.speakers import Mention

    registry = Registry()
    assert registry.surnames() == {}
    vale = registry.resolve(Mention("VALE", "VALE", None, "person"), 1)
    assert vale is not None and registry.surnames() == {"VALE": vale}
    registry.resolve(Mention("Tom Vale", "Tom Vale", None, "person"), 2)
    assert vale.name == "Tom Vale" and registry.surnames() == {"Vale": vale}
    rowe = registry.resolve(Mention("Ann Rowe", "Ann Rowe", None, "person"), 3)
    registry.resolve(Mention("the council", "council", None, "org"), 3)
    assert registry.surnames() == {"Vale": vale, "Rowe": rowe}


def test_without_a_cue_word_no_report_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence with no cue word reads no reported clause: the reported-speech pass is not entered."""
    calls: list[int] = []
    real = report_owners.find_reports

    def counting(tokens: list[Tok], lo: int, hi: int, cues: list[int] | None = None) -> list[reported.Report]:
        calls.append(hi)
        return real(tokens, lo, hi, cues)

    monkeypatch.setattr(report_owners, "find_reports", counting)
    article_text = "The bridge reopened on Monday. Tom Vale said the work was done."
    extract.read_rules([article_text])
    assert len(calls) == 1
