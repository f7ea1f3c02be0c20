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


def test_a_lone_first_name_is_shown_under_the_full_name_written_once() -> None:
    """A relative named in full once and quoted by the first name alone, whom no actor holds in full: the actor is
    shown under the full name, with the first name as an alias."""
    report = _report(
        "Araminta Skelbrooke turned a hundred on Sunday at the Pellowick home.\n\n"
        "Her niece, Griselda Quillacre, 52, had driven up from the coast for the day.\n\n"
        "“She taught me to darn socks,” Griselda said. “Badly, but she taught me.”"
    )
    assert {q.speaker for q in report.quotes} == {"Griselda Quillacre"}
    assert "Griselda" in report.actors[0].aliases


def test_a_first_name_inside_a_longer_name_is_left_alone() -> None:
    """A near case: 'the Griselda Quillacre Trust' writes the first name inside the name of a thing; the lone first
    name stays as it is."""
    report = _report("The Griselda Quillacre Trust paid for the new roof.\n\n“It leaked for years,” Griselda said.")
    assert {q.speaker for q in report.quotes} == {"Griselda"}
