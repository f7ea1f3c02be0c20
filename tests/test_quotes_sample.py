"""Quotes on the sample article: every quote of the main speakers, with the right speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.ingest import load_article
from digest.core.quotes import QuoteReport, extract_quotes
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def report() -> QuoteReport:
    return extract_quotes(load_article(SAMPLE))


def _speaker_of(report: QuoteReport, fragment: str) -> str:
    hits = [q.speaker for q in report.quotes if fragment in q.text]
    assert hits, f"no quote contains {fragment!r}"
    assert len(set(hits)) == 1, hits
    return hits[0]


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        # the machine-translated line 'The US ambassador ... called on Kelly Craft to cease ...' names two
        # people in ordinary English: the ambassador keeps the quote (no rule merges a role into a name
        # written in the same sentence)
        ("barbaric", "US ambassador to the Security Council"),
        ("what is going on in Idlib is a campaign", "Kelly Craft"),
        ("Turkey has the right to respond", "Kelly Craft"),
        ("the Astana track is completely finished", "US ambassador to the Security Council"),
        ("despicable and insolent", "Mike Pompeo"),
        ("the United States strongly condemns the attack", "Mike Pompeo"),
        ("The actions of the Assad regime", "Mike Pompeo"),
        ("the attack on Turkish forces in Idlib was intentional", "Ferydun Senerlioglu"),
        ("There is no doubt that the Syrian regime", "Ferydun Senerlioglu"),
        ("If they want to learn the hard way", "Ferydun Senerlioglu"),
        ("Turkey does not want war", "Ferydun Senerlioglu"),
        ("We confirm our full solidarity with Turkey", "Estonian Permanent Representative Sevin Trojenson"),
        ("These attacks clearly show", "Estonian Permanent Representative Sevin Trojenson"),
        ("We demand the Syrian regime", "Estonian Permanent Representative Sevin Trojenson"),
        ("We also demand that Russia", "Estonian Permanent Representative Sevin Trojenson"),
        ("Turkish soldiers were killed in the areas of terrorist operations", "Kremlin"),
        ("the meeting between Putin and Erdogan", "Kremlin"),
        ("there are open channels for the exchange", "senior State Department official"),
        ("the meeting took place at the request of Russia", "Informed sources"),
    ],
)
def test_sample_quote_has_the_right_speaker(report: QuoteReport, fragment: str, speaker: str) -> None:
    assert _speaker_of(report, fragment) == speaker


def test_trojenson_quotes_attributed_only_by_he(report: QuoteReport) -> None:
    quotes = report.quotes_of("Estonian Permanent Representative Sevin Trojenson")
    texts = [q.text for q in quotes if q.kind == "direct"]
    assert len(texts) == 4
    # three of the four are attributed only by "he added" / "He continued"
    assert sum(t.startswith(("These attacks", "We demand", "We also demand")) for t in texts) == 3


def test_misspelt_surname_and_repeated_role_merge(report: QuoteReport) -> None:
    actors = {a.name: a for a in report.actors}
    assert "Kraft" in actors["Kelly Craft"].aliases and "Kraft" not in actors
    assert actors["Kelly Craft"].quotes == len(report.quotes_of("Kelly Craft")) >= 2
    ambassador = actors["US ambassador to the Security Council"]
    assert "The US delegate" in ambassador.aliases
    assert not {"US delegate", "Kraft"} & set(actors)


def test_titles_split_from_names(report: QuoteReport) -> None:
    actors = {a.name: a for a in report.actors}
    assert actors["Mike Pompeo"].role == "US Secretary of State"
    assert actors["Estonian Permanent Representative Sevin Trojenson"].role == "Estonian Permanent Representative"
    assert "Turkish representative" in " ".join(actors["Ferydun Senerlioglu"].aliases)


def test_offsets_locate_every_quote(report: QuoteReport) -> None:
    article = load_article(SAMPLE)
    assert report.quotes
    for q in report.quotes:
        assert article.sections[q.section_index].text[q.start : q.end] == q.text
        assert q.section == article.sections[q.section_index].title
        assert q.kind in ("direct", "indirect")
        assert not q.text.startswith(('"', "“"))
    order = [(q.section_index, q.start) for q in report.quotes]
    assert order == sorted(order)


def test_no_junk_speakers(report: QuoteReport) -> None:
    for actor in report.actors:
        assert actor.name.lower() not in ("he", "she", "it", "they")
        assert not actor.name.isdigit()


def test_cli_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(SAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"title", "actors", "quotes"}
    assert isinstance(data["title"], str)
    for actor in data["actors"]:
        assert set(actor) >= {"name", "role", "aliases", "quotes"}
    for q in data["quotes"]:
        assert set(q) >= {"speaker", "text", "kind", "section", "start", "end"}
    assert sum(a["quotes"] for a in data["actors"]) == len(data["quotes"])


def test_cli_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Kelly Craft" in out and "barbaric" in out


def test_cli_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["quotes", str(empty), str(SAMPLE), "--json"]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 1
    assert "empty.txt" in captured.err
    assert json.loads(captured.out)[0]["title"]
