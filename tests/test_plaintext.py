"""Plain-text ingestion: sub-headings, embed debris, titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.ingest import load_article, parse_article
from digest.core.ingest.plaintext import is_heading_line, parse_text
from tests.conftest import SAMPLE


def test_sample_article_has_its_three_sub_headed_sections() -> None:
    article = load_article(SAMPLE)
    assert article.section_titles == ["Dirty war", "European support", "Bomb and kill me"]
    assert article.sections[0].title is None
    assert article.sections[1].text.startswith("For his part, the Turkish delegate")


def test_sample_article_has_no_embed_debris() -> None:
    article = load_article(SAMPLE)
    for section in article.sections:
        assert "6137063075001" not in section.text
        assert "7f68814b" not in section.text
        assert "video" not in section.paragraphs
        assert all(p.strip() != "video" for p in section.paragraphs)


def test_sample_title_is_derived_from_the_lead_and_short() -> None:
    article = load_article(SAMPLE)
    assert article.title
    assert len(article.title) <= 81
    assert article.title.startswith("The United States affirmed")


def test_headline_first_line_becomes_title() -> None:
    text = "Storm hits the coast\n\nThe storm arrived on Monday. It was big.\n\nMore rain is due.\n"
    article = parse_text(text, "x.txt")
    assert article.title == "Storm hits the coast"
    assert article.sections[0].text.startswith("The storm arrived")


@pytest.mark.parametrize(
    "publication_line",
    ["Article posted on 14. 03. 2019", "This story was updated on May 2, 2020", "21/06/2018", "2018-06-21"],
)
def test_publication_line_before_the_headline_is_neither_title_nor_body(publication_line: str) -> None:
    text = f"{publication_line}\n\nFerry service resumes after the gale\n\nThe ferry sailed again on Friday.\n"
    article = parse_text(text, "x.txt")
    assert article.title == "Ferry service resumes after the gale"
    assert publication_line not in article.text


def test_headline_that_mentions_publishing_stays_the_title() -> None:
    text = "Story published in a journal shows bees dance\n\nBees dance, a study says.\n\nMore text.\n"
    assert parse_text(text, "x.txt").title == "Story published in a journal shows bees dance"


def test_all_caps_heading_with_question_mark() -> None:
    text = "Lead paragraph here. It says things.\n\nCOULD PLANE HAVE STALLED?\n\nExperts said it could have.\n"
    article = parse_text(text, "x.txt")
    assert article.section_titles == ["COULD PLANE HAVE STALLED?"]


def test_short_sentence_paragraph_is_not_a_heading() -> None:
    text = "Lead paragraph here. It says things.\n\nSo far the focus is the sea.\n\nMore text follows here.\n"
    assert parse_text(text, "x.txt").section_titles == []


def test_heading_at_the_end_with_no_body_is_not_a_section() -> None:
    text = "Lead paragraph here. It says things.\n\nMore text follows here.\n\nRelated stories\n"
    assert "Related stories" not in parse_text(text, "x.txt").section_titles


def test_gallery_caption_and_text_before_agency_dateline_are_dropped() -> None:
    text = (
        "1 of 4. Officials monitor the search in Jakarta.\n\nThe best films of 2014.\n\n"
        "JAKARTA (Reuters) - Countries stepped up the search on Tuesday.\n\nMore text here.\n"
    )
    article = parse_text(text, "x.txt")
    assert article.sections[0].text.startswith("JAKARTA (Reuters)")
    assert "best films" not in article.text
    assert article.title.startswith("Countries stepped up the search")


def test_heading_rules() -> None:
    assert is_heading_line("European support")
    assert is_heading_line("NO FOUL PLAY SEEN")
    assert not is_heading_line("He said it was fine.")
    assert not is_heading_line("By John Smith")
    assert not is_heading_line("video")
    assert not is_heading_line("a lowercase start")


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = "A title line here\n\nThe first line of a paragraph\ncontinues on the next line.\n\nSecond one.\n"
    article = parse_article(text, "x.txt", "text")
    assert article.sections[0].paragraphs[0] == "The first line of a paragraph continues on the next line."


def test_crlf_and_bom_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle of it\r\n\r\nBody text, which is long enough.\r\n\r\nMore.\r\n")
    article = load_article(path)
    assert article.title == "Title of it"
    assert "\r" not in article.text


def test_a_lead_without_words_gives_a_placeholder_title() -> None:
    from digest.core.ingest.titles import UNTITLED, title_from_lead

    assert title_from_lead(".") == UNTITLED
    assert title_from_lead("...") == UNTITLED
    assert title_from_lead("") == UNTITLED
