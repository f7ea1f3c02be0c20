"""Quotes listed for reading: a quoted fragment that its own reported clause holds is shown within the clause."""

from __future__ import annotations

from pathlib import Path

from digest.commands.quotes import listing
from digest.core.ingest import load_article
from digest.core.quotes import Quote, extract_quotes
from digest.core.quotes.listing import holds_quoted, listed


def _quote(speaker: str, text: str, kind: str) -> Quote:
    return Quote(speaker=speaker, text=text, kind=kind, section=None, section_index=0, start=0, end=0)


def test_a_fragment_inside_the_same_speakers_clause_is_not_listed_again() -> None:
    clause = _quote("Ada Vell", 'the toll would be "scrapped by spring"', "indirect")
    fragment = _quote("Ada Vell", "scrapped by spring", "direct")
    later = _quote("Ada Vell", "We have listened", "direct")
    assert listed([clause, fragment, later]) == [clause, later]


def test_the_same_words_from_another_speaker_or_outside_marks_stay_listed() -> None:
    clause = _quote("Ada Vell", 'the toll would be "scrapped by spring"', "indirect")
    other = _quote("Tom Brisk", "scrapped by spring", "direct")
    plain_clause = _quote("Tom Brisk", "the ferry would run until June", "indirect")
    unmarked = _quote("Tom Brisk", "run until June", "direct")  # the clause does not quote these words
    assert listed([clause, other, plain_clause, unmarked]) == [clause, other, plain_clause, unmarked]


def test_holds_quoted_needs_an_opening_mark_before_the_words() -> None:
    assert holds_quoted("the plan was “a relic” of the old board", "a relic")
    assert holds_quoted("it was 'not for sale'", "not for sale")
    assert not holds_quoted("the plan was a relic of the old board", "a relic")
    assert not holds_quoted("anything", "")


def test_the_readable_listing_shows_the_fragment_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        'Harbour news\n\nMayor Ottilie Brandt said the pier would be "rebuilt stone by stone" before summer. '
        '"We owe the town that much," she said.\n',
        encoding="utf-8",
    )
    article = load_article(path)
    report = extract_quotes(article)
    assert [q.kind for q in report.quotes].count("direct") == 2  # the fragment is still a direct quote
    text = listing(article)
    assert text.count("rebuilt stone by stone") == 1
    assert "2 quotes" in text and "We owe the town that much" in text


def test_a_quotation_printed_twice_is_listed_once_the_fuller_copy_kept() -> None:
    body = _quote("Orla Devane", "People here think we are hanging on, but we are just busy", "direct")
    pull = _quote("Orla Devane", "People here think we are hanging on", "direct")  # a pull quote
    again = _quote("Orla Devane", "People here think we are hanging on, but we are just busy", "direct")
    assert listed([pull, body, again]) == [body]


def test_the_same_words_from_two_speakers_are_each_listed() -> None:
    read_out = _quote("Joe Pike", "I have lived on this street for sixty years", "direct")  # reads out her letter
    her_own = _quote("Maura Kiely", "I have lived on this street for sixty years", "direct")
    assert listed([read_out, her_own]) == [read_out, her_own]


def test_short_phrases_and_reported_clauses_are_not_repeats() -> None:
    first = _quote("Ada Vell", "a total disgrace", "direct")
    second = _quote("Tom Brisk", "a total disgrace", "direct")
    clause = _quote("Ada Vell", "the deal was a total disgrace for the whole town", "indirect")
    echo = _quote("Tom Brisk", "the deal was a total disgrace for the whole town", "indirect")
    assert listed([first, second, clause, echo]) == [first, second, clause, echo]


def test_a_pull_quote_on_a_page_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Island</title></head><body><article><h1>The island</h1>"
        "<p>Orla Devane came to the island in 1994 to teach at its school and never left.</p>"
        "<p>\u201cPeople think we are hanging on by our fingernails,\u201d she says. \u201cWe are just busy.\u201d</p>"
        '<blockquote class="pull-quote"><p>\u201cPeople think we are hanging on by our fingernails.\u201d</p>'
        "</blockquote><p>The population has fallen from 212 in 1991 to 61 today, most of them over sixty.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert sum(s.text.count("fingernails") for s in article.sections) == 1
    assert [q.speaker for q in extract_quotes(article).listed] == ["Orla Devane", "Orla Devane"]
