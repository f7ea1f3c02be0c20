"""A list of bullets in one paragraph after 'X also said:' is X's reported speech, one quote per bullet, and words
quoted inside a bullet are X's direct quote; a list after anything else is no one's words. All sentences and names
are invented."""

from __future__ import annotations

from tests.quote_support import quotes_of

LIST = '- The ferry must run all winter\n- She is confident the bridge will be "finished" by May\n- Fares will stay low'


def test_each_bullet_after_a_speaker_s_colon_is_reported_speech() -> None:
    found = quotes_of(f"In an interview, Mayor Tova Brin also said:\n\n{LIST}")
    assert [q for q in found if q[0] == "indirect"] == [
        ("indirect", "Mayor Tova Brin", "The ferry must run all winter"),
        ("indirect", "Mayor Tova Brin", 'She is confident the bridge will be "finished" by May'),
        ("indirect", "Mayor Tova Brin", "Fares will stay low"),
    ]
    assert ("direct", "Mayor Tova Brin", "finished") in found


def test_a_list_after_a_plain_sentence_is_no_one_s_words() -> None:
    assert quotes_of(f"The harbour board published its plans for the year:\n\n{LIST}") == []


def test_a_paragraph_that_is_not_all_bullets_is_read_as_prose() -> None:
    text = "Mayor Tova Brin also said:\n\n- The ferry must run all winter\nThe council met on Friday."
    assert all(q[2] != "The ferry must run all winter" for q in quotes_of(text))
