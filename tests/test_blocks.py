"""Lists and tables keep their structure in the text, the reader and the export, and are never summary
sentences."""

from __future__ import annotations

import pytest

from digest.core.blocks import bullet_item, is_structured, list_items, render_structured, table_rows
from digest.core.export import ExportOptions, render_analysed
from digest.core.ingest import parse_article
from digest.core.summarize import summarize
from digest.ui.markdown_source import build_markdown, escape_markdown
from tests.export_support import analysed, make_article, outline
from tests.test_html import MORE_PROSE, PROSE, page

LEAD = (
    "The weather service issued a heat warning on Monday for the whole region, as temperatures are "
    "expected to climb above forty degrees for the rest of the week."
)
LATER = (
    "Officials said the water restrictions would stay in place until the end of the month, and that the "
    "new reservoir had kept the region supplied through two dry summers."
)


def test_html_lists_and_tables_keep_their_structure() -> None:
    html = page(
        f"<p>{LEAD}</p><ul><li>Drink <b>water</b></li><li>Avoid the midday sun<ul><li>Stay inside</li></ul></li>"
        f"</ul><ol><li>Close the shutters</li><li>Call a doctor</li></ol><p>{PROSE}</p>"
        "<table><tr><th>Facility</th><th>Capacity</th></tr><tr><td>Reservoir</td><td>10,000 t</td></tr>"
        f"<tr><td>Tank</td><td>500 t</td></tr></table><p>{MORE_PROSE}</p>"
    )
    paragraphs = parse_article(html, "p.html", "html").sections[0].paragraphs
    assert paragraphs == [
        LEAD,
        "- Drink water\n- Avoid the midday sun\n  - Stay inside",
        "1. Close the shutters\n2. Call a doctor",
        PROSE,
        "| Facility | Capacity |\n| --- | --- |\n| Reservoir | 10,000 t |\n| Tank | 500 t |",
        MORE_PROSE,
    ]


def test_a_layout_table_is_not_a_data_table() -> None:
    html = page(f"<table><tr><td><p>{PROSE}</p><p>{MORE_PROSE}</p></td></tr></table>")
    assert parse_article(html, "p.html", "html").text == f"{PROSE}\n\n{MORE_PROSE}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{LEAD}\n\n\u2022 Capacity\n\u2022 10,000 t\n", "- Capacity\n- 10,000 t"),
        (f"{LEAD}\n\n* Drink water\n* Avoid the midday\n  sun\n", "- Drink water\n- Avoid the midday sun"),
        (f"{LEAD}\n\n1) Close the shutters\n2) Call a doctor\n", "1. Close the shutters\n2. Call a doctor"),
    ],
)
def test_plain_text_bullets_become_a_list(text: str, expected: str) -> None:
    assert parse_article(text, "a.txt", "text").sections[0].paragraphs == [LEAD, expected]


def test_one_dash_line_in_plain_text_stays_text() -> None:
    text = f"{LEAD}\n\n- Yes, he said, and\nthen he left the room without a word.\n"
    assert parse_article(text, "a.txt", "text").sections[0].paragraphs[1].count("\n") == 0


def test_bullet_lines_inside_one_html_paragraph_become_a_list() -> None:
    html = page(f"<p>{LEAD}</p><p>\u2022 Drink water<br>\u2022 Avoid the midday sun</p>")
    assert parse_article(html, "p.html", "html").sections[0].paragraphs[1] == "- Drink water\n- Avoid the midday sun"


def test_lists_and_tables_are_never_summary_sentences() -> None:
    facts = "- Capacity of the reservoir: 10,000 t\n- Drink water and avoid the midday sun every day"
    table = "| Facility | Capacity |\n| --- | --- |\n| Reservoir | 10,000 t |"
    article = make_article("Heat", (None, f"{LEAD}\n\n{facts}\n\n{table}\n\n{LATER}"))
    for method in ("default", "lexrank"):
        summary = summarize(article, 5, method)
        assert summary.sentences == [LEAD, LATER]


def test_recognising_lists_and_tables() -> None:
    assert is_structured("- a\n- b") and is_structured("| a |\n| --- |\n| b |")
    assert not is_structured("-5 degrees were measured overnight.") and not is_structured("| not a table")
    assert list_items("- a\n  - b\n3. c") is not None
    assert table_rows("| a \\| b | c |\n| --- | --- |") == [["a | b", "c"]]
    assert bullet_item("\u2022 Capacity") == ("-", "Capacity")
    assert bullet_item("2) Call") == ("2.", "Call")
    assert bullet_item("-5 degrees") is None


def test_reader_markdown_renders_structure_and_escapes_the_words() -> None:
    article = make_article("T", (None, f"{LEAD}\n\n- *not emphasis*\n- [no](link)\n\n| a | <b> |\n| --- | --- |"))
    read = outline(build_markdown(article).text)
    assert read.list_items == ["*not emphasis*", "[no](link)"]
    assert render_structured("- *x*", escape_markdown) == "- \\*x\\*"


def test_export_full_text_renders_structure_and_escapes_the_words() -> None:
    article = make_article("T", (None, f"{LEAD}\n\n- *one*\n- two\n\n| a | b\\|c |\n| --- | --- |\n| 1 | 2 |"))
    read = outline(render_analysed([analysed(article)], ExportOptions(full_text=True)))
    assert "*one*" in read.list_items and "two" in read.list_items
    assert {"a", "b|c", "1", "2"} <= set(read.table_cells)


def test_a_data_table_keeps_rows_whatever_their_class_and_gets_its_first_row_as_header() -> None:
    rows = "".join(
        f"<tr class='row player-{n}'><td>{n}</td><td>Driver {n}</td><td>{5000 - n}</td></tr>" for n in (1, 2)
    )
    html = page(f"<p>{LEAD}</p><table><tr><td>Pos.</td><td>Driver</td><td>Points</td></tr>{rows}</table>")
    assert parse_article(html, "p.html", "html").sections[0].paragraphs[1] == (
        "| Pos. | Driver | Points |\n| --- | --- | --- |\n| 1 | Driver 1 | 4999 |\n| 2 | Driver 2 | 4998 |"
    )
