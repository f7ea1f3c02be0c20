"""What the story features read from a headline and a dateline (general classes of English, no one article)."""

from __future__ import annotations

from digest.core.stories.features import article_features, headline_names, is_title_case, named_things


def test_title_case_is_told_from_sentence_case() -> None:
    assert is_title_case("Singer Checks Into Clinic After Long Night")
    assert not is_title_case("Singer checks into clinic after long night")
    assert not is_title_case("NASA Probe")  # too few words to tell


def test_a_title_cased_headline_names_what_its_body_names() -> None:
    body = ["anna petrak", "petrak", "harbour clinic", "clinic", "reuters"]
    assert headline_names("Anna Petrak Checks Into Harbour Clinic", body) == [
        "anna petrak",
        "petrak",
        "harbour clinic",
        "clinic",
    ]


def test_a_sentence_cased_headline_keeps_its_capitalised_runs() -> None:
    assert headline_names("Anna Petrak checks into clinic in Oslo", []) == ["anna petrak", "oslo"]


def test_a_title_cased_headline_is_not_one_long_name() -> None:
    features = article_features("Anna Petrak Checks Into Harbour Clinic", "Anna Petrak went to the Harbour Clinic.")
    assert "e:anna petrak checks into harbour clinic" not in features.counts
    # the body, the headline, and both again as the lead (the headline and the first paragraph count twice)
    assert features.counts["e:anna petrak"] == 4


def test_times_of_day_and_zones_are_not_names() -> None:
    assert named_things("Posted at 4:10 PM EDT by Anna Petrak") == ["posted", "anna petrak"]
    assert named_things("It closed at 9 AM.") == []


def test_numbers_years_and_dates_are_found_as_the_plain_patterns_find_them() -> None:
    import random
    import re

    from digest.core.stories import features

    year = re.compile(r"(?=[12])\b(1[89]\d\d|20\d\d)\b")  # the patterns as first written: tried at every position
    number = re.compile(r"(?=\d)(?:\b\d[\d,.]*\d\b|\b\d\b)")

    def plain(text: str) -> tuple[list[str], list[str]]:
        found = [n.replace(",", "").rstrip(".") for n in number.findall(text)]
        for match in features._MONTH_DAY.finditer(text):
            found.append(f"{(match.group(1) or match.group(4)).lower()[:3]} {int(match.group(2) or match.group(3))}")
        return found, year.findall(text)

    pieces = ["May", "dec.", "Sept.", "September", "june", "12", "123", "05", "2019", "1899", "3,000", "1.5", " ", "\n"]
    pieces += [".", ",", "_", "a", "x1", "ſep", "١٢", "²", "\u00a0", "remember", "5th", "Nov.", "2005a", "of", "K"]
    rng = random.Random(8)
    texts = ["On Dec. 5, 2019, 3,000 people met; by March 12 and 14 May 1999 only 1.5% stayed."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(20000)]
    for text in texts:
        assert (features.numbers(text), features._YEAR.findall(text)) == plain(text), text


def test_months_are_found_as_the_plain_pattern_finds_them() -> None:
    import random
    import re

    from digest.core.stories import features

    names = "|".join(m.capitalize() for m in features._MONTHS[:12] if m != "may")
    short = "|".join(m.capitalize() for m in features._MONTHS[12:])
    plain = re.compile(  # the pattern as first written: tried at every position
        rf"(?=[JFMASOND\d])(?:\b({names})\b|\b({short})\.?\s+\d|\bMay\s+\d|\d\s+May\b)"
    )

    def months(text: str) -> tuple[list[str], list[tuple[int, int]]]:
        found = [(m.group(1) or m.group(2) or "may")[:3].lower() for m in plain.finditer(text)]
        return found, [m.span() for m in plain.finditer(text)]

    pieces = ["Jan", "January", "June", "Jul", "July", "May", "Mar", "March", "Sep", "Sept", "September", "Dec"]
    pieces += ["Decembers", "Augusta", "Apr", "Oct.", "Nov", "Feb", "M", "ay", "D", "O", " ", "  ", ".", "\n", "\t"]
    pieces += ["1", "12", "٣", "_", "x", "é", "a", "-", "’", "\u00a0", "May5", "5May"]
    rng = random.Random(9)
    texts = ["In Sept. 18 and 5 May, not May or Mayor; March, June 3 and Jan. 2 (Oct 1st) Augustine said."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in texts:
        spans = [m.span() for m in features._MONTH_WORD.finditer(text)]
        assert (features.months(text), spans) == months(text), text
