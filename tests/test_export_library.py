"""``digest export --library`` with its filters, and a digest that reads like one (best quotes, no false matches)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.export import ExportOptions, render_analysed
from digest.core.store import Library
from digest.core.store.selection import parse_since
from digest.core.wording import plural
from tests.export_support import analysed, make_article, outline
from tests.ui_support import build_library

PINNED = ExportOptions(date=dt.date(2024, 5, 1))
FEED = "http://127.0.0.1:9/feed.xml"


@pytest.fixture
def library(tmp_path: Path) -> str:
    """Twelve stories, published 2025-01-01 (Story 00) to 2025-01-12 (Story 11); one in three from a feed."""
    return build_library(tmp_path / "lib.db", 12)


def exported(library: str, tmp_path: Path, *options: str) -> tuple[int, list[str]]:
    """Run the export; return its status and the article titles of the digest (## headings)."""
    target = tmp_path / "digest.md"
    target.unlink(missing_ok=True)
    status = main(["export", "--library", library, "-o", str(target), *options])
    if not target.exists():
        return status, []
    headings = outline(target.read_text()).headings
    return status, [text for level, text in headings if level == 2 and text.startswith("Story")]


def test_filters_choose_the_articles(library: str, tmp_path: Path) -> None:
    status, titles = exported(library, tmp_path)
    assert status == 0 and titles == [f"Story {n:02}" for n in range(11, -1, -1)]  # newest first
    assert exported(library, tmp_path, "--feed", FEED)[1] == ["Story 09", "Story 06", "Story 03", "Story 00"]
    assert exported(library, tmp_path, "--since", "2025-01-10")[1] == ["Story 11", "Story 10", "Story 09"]
    assert exported(library, tmp_path, "--search", "ward 7")[1] == ["Story 07"]
    with Library(library) as opened:
        opened.set_starred([opened.rows()[1].id])
    assert exported(library, tmp_path, "--starred")[1] == ["Story 10"]


def test_unread_and_mark_read(library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, titles = exported(library, tmp_path, "--unread", "--since", "2025-01-11", "--mark-read")
    assert status == 0 and titles == ["Story 11", "Story 10"]
    assert exported(library, tmp_path, "--unread")[1][:2] == ["Story 09", "Story 08"]
    capsys.readouterr()
    assert exported(library, tmp_path, "--unread", "--since", "2025-01-11") == (2, [])
    assert "no articles in the library match" in capsys.readouterr().err


def test_bad_combinations_are_one_line_and_status_2(
    library: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--library", library, "--since", "yesterday"]) == 2
    assert "--since" in capsys.readouterr().err
    assert main(["export", "--library", library, "--feed", "http://nowhere.example/feed"]) == 2
    assert "no such feed" in capsys.readouterr().err
    assert main(["export", "--unread", str(tmp_path)]) == 2
    assert "need --library" in capsys.readouterr().err
    assert main(["export"]) == 2
    assert "--library" in capsys.readouterr().err


def test_since_understands_spans_and_dates() -> None:
    now = dt.datetime(2024, 5, 10, 12, 0, tzinfo=dt.UTC)
    assert parse_since("1d", now) == "2024-05-09T12:00:00"
    assert parse_since("12h", now) == "2024-05-10T00:00:00"
    assert parse_since("2w", now) == "2024-04-26T12:00:00"
    assert parse_since("2024-05-01", now) == "2024-05-01"
    with pytest.raises(ValueError, match="12h, 1d, 2w"):
        parse_since("soon", now)


def many_quotes() -> list:
    article = make_article("Council vote", (None, "Lead."), ("Debate", "Text."))
    quotes = [
        ("Ada Mayor", "mayor", f"Point {n} about the budget, said at length." * (n + 1), "direct", 1) for n in range(5)
    ]
    quotes += [("Ada Mayor", "mayor", "a reported line", "indirect", 0)]
    quotes += [(f"Speaker {n}", None, f"Words of speaker {n}.", "direct", 0) for n in range(4)]
    return [analysed(article, ["One."], quotes)]


def test_digest_shows_the_most_quoted_speakers_and_their_best_quotes() -> None:
    document = render_analysed(many_quotes(), PINNED)
    read = outline(document)
    speakers = [text for level, text in read.headings if level == 4]
    assert speakers == ["Ada Mayor, mayor", "Speaker 0", "Speaker 1"]  # the 3 most quoted, most first
    assert len(read.blockquotes) == 2 + 1 + 1
    assert read.blockquotes[0].startswith("Point 3") and read.blockquotes[1].startswith("Point 4")  # fullest, in order
    assert "6 quotes in all." in document
    assert re.search(r"Also quoted:\* Speaker 2 \(1\), Speaker 3 \(1\)\.", document)
    everything = outline(render_analysed(many_quotes(), ExportOptions(date=PINNED.date, all_quotes=True)))
    assert len(everything.blockquotes) == 10
    assert len([1 for level, _ in everything.headings if level == 4]) == 5


def test_generic_groups_are_never_matched_across_articles() -> None:
    def two(speaker: str) -> str:
        items = [
            analysed(make_article(f"Story {n}", (None, "x")), [], [(speaker, None, f"line {n}", "direct", 0)])
            for n in range(2)
        ]
        return render_analysed(items, PINNED)

    for generic in ("Prosecutors", "U.S. officials", "a Pentagon spokesman", "Officials"):
        assert "Actors across this digest" not in two(generic), generic
    for name in ("Martin Luther King", "Pentagon", "Kurt Volker"):
        assert "Actors across this digest" in two(name), name


def test_counts_are_worded_in_the_singular_for_one() -> None:
    assert [plural(n, "article") for n in (0, 1, 2, 1204)] == [
        "0 articles",
        "1 article",
        "2 articles",
        "1,204 articles",
    ]
    assert "1 article, summaries" in render_analysed(many_quotes(), PINNED)
