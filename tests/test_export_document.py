"""The Markdown digest's structure, read back with markdown-it-py, from hand-made articles and analyses."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from digest.core.export import ExportError, ExportOptions, render_analysed, render_digest
from digest.core.export.anchors import Slugger, slug
from digest.core.ingest import load_article
from tests.export_support import HTML_TOKENS, MARKUP_FROM_TEXT, analysed, make_article, outline

DATE = dt.date(2024, 5, 1)
PINNED = ExportOptions(date=DATE)


def two_articles() -> list:
    first = make_article(
        "Turkey and the council",
        (None, "Lead text here."),
        ("Dirty war", "War text."),
        ("European support", "Support text."),
        source="/some/folder/idlib.txt",
    )
    second = make_article(
        "Rukban camp",
        (None, "Camp lead."),
        ("The camp", "Camp text."),
        source="poly.html",
        url="https://example.org/a/fact (check).html",
    )
    return [
        analysed(
            first,
            ["First sentence.", "Second sentence."],
            [
                ("Mike Pompeo", "Secretary of State", "despicable and insolent.", "direct", 2),
                ("Kelly Craft", "US ambassador", "the Astana track is finished", "indirect", 0),
                ("Mike Pompeo", "Secretary of State", "We stand by our ally.", "direct", 0),
            ],
        ),
        analysed(second, ["Camp sentence."], [("Mike Pompeo", None, "Another line.", "direct", 1)]),
    ]


def test_headings_lists_and_blockquotes() -> None:
    items = two_articles()
    document = render_analysed(items, PINNED)
    read = outline(document)
    assert read.headings[0] == (1, "News digest — 2024-05-01")
    assert [text for level, text in read.headings if level == 2] == [
        "Turkey and the council",
        "Rukban camp",
        "Actors across this digest",
    ]
    assert [item for item in read.list_items if item.endswith("sentence.")] == [
        "First sentence.",
        "Second sentence.",
        "Camp sentence.",
    ]
    assert read.blockquotes == [
        "despicable and insolent.",
        "We stand by our ally.",
        "the Astana track is finished",
        "Another line.",
    ]
    assert (4, "Mike Pompeo, Secretary of State") in read.headings
    assert (4, "Kelly Craft, US ambassador") in read.headings
    assert not read.types & (HTML_TOKENS | MARKUP_FROM_TEXT)


def test_quotes_are_marked_direct_or_reported_with_their_section() -> None:
    document = render_analysed(two_articles(), PINNED)
    pompeo = document.index("#### Mike Pompeo")
    craft = document.index("#### Kelly Craft")
    assert "*Direct quote, in “European support”:*\n\n> despicable and insolent." in document[pompeo:craft]
    assert "*Direct quote, in the lead:*\n\n> We stand by our ally." in document[pompeo:craft]
    assert "*Reported speech, in the lead:*\n\n> the Astana track is finished" in document[craft:]


def test_outline_and_source() -> None:
    document = render_analysed(two_articles(), PINNED)
    read = outline(document)
    assert read.list_items[5:8] == ["(lead)", "Dirty war", "European support"]
    assert "**Source:** idlib.txt" in document  # the file name, not the folder
    assert ("https://example.org/a/fact (check).html", "https://example.org/a/fact%20%28check%29.html") in read.links


def test_contents_links_point_at_unique_heading_ids() -> None:
    same = [analysed(make_article("Same title", (None, f"Text {n}."))) for n in range(3)]
    same.append(analysed(make_article("Who said what", (None, "Tricky title."))))
    document = render_analysed(same, PINNED)
    read = outline(document)
    slugger = Slugger()
    ids = [slugger.slug(text) for _, text in read.headings]  # GitHub's ids for the headings as rendered
    assert len(set(ids)) == len(ids)
    targets = [href for text, href in read.links]
    assert targets == ["#same-title", "#same-title-1", "#same-title-2", "#who-said-what-3"]
    assert all(target[1:] in ids for target in targets)


def test_github_slugs() -> None:
    assert slug("Russia and Syria: U.S.-backed Forces") == "russia-and-syria-us-backed-forces"
    assert slug("“U.S.-controlled bandit formations”") == "us-controlled-bandit-formations"
    assert slug("Привет non-latin 你好") == "привет-non-latin-你好"
    assert slug("😄 emoji") == "-emoji"
    assert slug("snake_case & co") == "snake_case--co"
    slugger = Slugger()
    assert [slugger.slug(t) for t in ["foo", "foo", "foo-1", "foo"]] == ["foo", "foo-1", "foo-1-1", "foo-2"]


def test_shared_actor_table_only_when_several_articles_quote_them() -> None:
    items = two_articles()
    read = outline(render_analysed(items, PINNED))
    assert read.table_cells[:4] == ["Actor", "Role", "Articles", "Quotes"]
    assert read.table_cells[4:] == ["Mike Pompeo", "Secretary of State", "Turkey and the council; Rukban camp", "3"]
    assert "Actors across this digest" not in render_analysed(items[:1], PINNED)


def test_table_cells_escape_pipes() -> None:
    one = make_article("A | B", (None, "x"))
    two = make_article("C", (None, "y"))
    items = [
        analysed(one, [], [("Smith | Jones", "role | with pipe", "said this", "direct", 0)]),
        analysed(two, [], [("Smith | Jones", None, "and that", "direct", 0)]),
    ]
    read = outline(render_analysed(items, PINNED))
    assert read.table_cells[4:] == ["Smith | Jones", "role | with pipe", "A | B; C", "2"]


def test_front_matter_is_yaml() -> None:
    title = 'Digest: "quotes", #hash, - dash\\ and \u00e9'
    items = [analysed(make_article("T", (None, "x"), source='we"ird: path.txt'))]
    document = render_analysed(items, ExportOptions(date=DATE, title=title, front_matter=True))
    assert document.startswith("---\n")
    meta = yaml.safe_load(document.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert meta["title"] == title and meta["date"] == "2024-05-01"
    assert meta["generator"].startswith("digest ")
    assert meta["sources"] == ['we"ird: path.txt']
    read = outline(document)
    assert read.headings[0] == (1, f"{title} — 2024-05-01")
    assert "front_matter" in read.types


def test_full_text_only_when_asked() -> None:
    article = make_article(
        "T", (None, "Lead para one.\n\nLead para two."), ("Part", "# not a heading\n\n> nor a quote")
    )
    without = render_analysed([analysed(article)], PINNED)
    assert "Lead para two" not in without
    read = outline(render_analysed([analysed(article)], ExportOptions(date=DATE, full_text=True)))
    assert (3, "Full text") in read.headings and (4, "Part") in read.headings
    assert not any(text == "not a heading" for _, text in read.headings)
    assert read.blockquotes == []


def test_same_input_same_bytes_and_date_pinning(monkeypatch: pytest.MonkeyPatch) -> None:
    items = two_articles()
    assert render_analysed(items, PINNED) == render_analysed(two_articles(), PINNED)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert "— 2023-11-14" in render_analysed(items)
    assert "— 2024-05-01" in render_analysed(items, PINNED)  # --date wins over the environment
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ExportError, match="SOURCE_DATE_EPOCH"):
        render_analysed(items)


def test_render_digest_analyses_the_articles() -> None:
    article = make_article("Plain", (None, "One sentence here. Two sentences here. Three here. Four here."))
    read = outline(render_digest([article], ExportOptions(date=DATE, sentences=2)))
    assert [text for level, text in read.headings if level == 2] == ["Plain"]
    assert 1 <= len(read.list_items) - 1 <= 2  # the contents entry, then at most 2 summary sentences


def test_no_articles_still_renders() -> None:
    read = outline(render_analysed([], PINNED))
    assert read.headings == [(1, "News digest — 2024-05-01")]


def test_unnamed_sources_are_not_matched_across_articles() -> None:
    items = [
        analysed(make_article(f"Story {n}", (None, "x")), [], [("officials", None, f"line {n}", "indirect", 0)])
        for n in range(2)
    ]
    assert "Actors across this digest" not in render_analysed(items, PINNED)
    items = [
        analysed(make_article(f"Story {n}", (None, "x")), [], [("Анна Иванова", None, f"line {n}", "direct", 0)])
        for n in range(2)
    ]
    assert outline(render_analysed(items, PINNED)).table_cells[4] == "Анна Иванова"


def test_a_fragment_is_exported_within_its_reported_clause_only(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        'Harbour news\n\nMayor Ottilie Brandt said the pier would be "rebuilt stone by stone" before summer. '
        '"We owe the town that much," she said.\n',
        encoding="utf-8",
    )
    document = render_digest([load_article(path)], ExportOptions(date=DATE, all_quotes=True))
    who = document.split("### Who said what", 1)[1].split("### Sections", 1)[0]
    assert who.count("rebuilt stone by stone") == 1
    assert who.count("> ") == 2 and "We owe the town that much" in who
