"""The article-wide word sets (teams' plurals, capitalised words inside sentences, names' last words, words paired
with another capitalised word) are made when a rule first reads them, and are the same sets as made at once."""

from __future__ import annotations

import pytest

from digest.core.ingest import load_article
from digest.core.quotes import extract
from digest.core.quotes.article_words import ArticleWords
from digest.core.quotes.common_plurals import capitalised_inside, team_plurals
from digest.core.quotes.first_name_subject import paired_words
from digest.core.quotes.org_heads import name_ends
from digest.core.quotes.segment import paragraphs
from tests.conftest import POLYGRAPH, SAMPLE, corpus_files

_INVENTED = [
    "The Wrenfold Otters beat the Quarnby Larks on Sunday. Garvel Tisdane, their captain, said they were ready.",
    'Mirelle stood at the gate. "We waited all winter," she said. Near Oskerby Fen the Pelsworth Rowing Guild met.',
]


def _paras(texts: list[str]) -> list[str]:
    return [text[s:e] for text in texts for s, e in paragraphs(text)]


def test_each_set_is_the_set_made_at_once() -> None:
    articles = [load_article(path) for path in [SAMPLE, POLYGRAPH, *corpus_files(".html", ".txt")]]
    for texts in [_INVENTED, *([s.text for s in a.sections] for a in articles)]:
        paras = _paras(texts)
        words = ArticleWords(paras)
        assert words.team_words == team_plurals(paras)
        assert words.inside == capitalised_inside(paras)
        assert words.name_ends == name_ends(paras)
        assert words.paired == paired_words(paras)
        for word in {w for p in paras for w in p.split()}:
            assert words.team_word(word) == (word in words.team_words)


def test_a_set_no_rule_reads_is_not_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose sentences open with no lone first name never reads the words paired with another."""
    made: list[int] = []
    real = ArticleWords.__dict__["paired"].func

    def counting(self: ArticleWords) -> frozenset[str]:
        made.append(1)
        return real(self)

    monkeypatch.setattr(ArticleWords.__dict__["paired"], "func", counting)
    extract.read_rules(["The ferry left at noon. Garvel Tisdane said the crossing was calm."])
    assert made == []
    extract.read_rules(["Thaddeus Tisdane runs the ferry. Later Thaddeus checked the ropes and said it was calm."])
    assert made == [1]


def test_an_empty_article_has_empty_sets() -> None:
    words = ArticleWords()
    assert words.team_words == words.inside == words.name_ends == words.paired == frozenset()
