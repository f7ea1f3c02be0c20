"""A person named in full once and then by the first name alone is one actor, not two."""

from digest.core.model import Article, Section
from digest.core.quotes import QuoteReport, extract_quotes


def _report(text: str) -> QuoteReport:
    return extract_quotes(Article("t", "t", (Section(None, text),)))


def test_a_lone_first_name_joins_the_full_name_it_opens() -> None:
    report = _report(
        "Tamsyn Pelleray has mended nets on the quay for forty years.\n\n"
        "“You learn the knots before you learn to read,” Tamsyn says.\n\n"
        "“My hands still remember them,” Tamsyn adds."
    )
    assert [a.name for a in report.actors] == ["Tamsyn Pelleray"]
    assert report.actors[0].quotes == 2
    assert "Tamsyn" in report.actors[0].aliases
    assert {q.speaker for q in report.quotes} == {"Tamsyn Pelleray"}


def test_two_people_of_one_first_name_keep_the_lone_name_apart() -> None:
    report = _report(
        "“The stall was our grandmother’s,” said Tamsyn Pelleray.\n\n"
        "“She sold eels here,” said her cousin, Tamsyn Hesketh-Vane.\n\n"
        "“We argue about prices every morning,” Tamsyn says."
    )
    assert [q.speaker for q in report.quotes] == ["Tamsyn Pelleray", "Tamsyn Hesketh-Vane", "Tamsyn"]
