"""'known as the "A"': an article between 'as' and the quotation still makes the quoted words a name, no one's
words, unless a speaker follows the term ('were known as the "harbour gang," NAME said'). All sentences and names
are invented."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_known_as_the_name_is_no_one_s_words() -> None:
    text = 'Ansel Kemp denied that he and his aides formed a channel, for which they were known as the "Three Friends."'
    assert all("Three Friends" not in quoted for kind, _, quoted in quotes_of(text) if kind == "direct")


def test_a_term_with_its_speaker_after_it_is_still_quoted() -> None:
    text = 'The three men were known as the "harbour gang," Tova Brin said.'
    assert ("direct", "Tova Brin", "harbour gang") in quotes_of(text)
