"""The faster ways ingest reads, analyses and stores an article give what the plain ways gave."""

from __future__ import annotations

import dataclasses
import functools
import heapq
import itertools
import json
import operator
import pickle
import random
import re

import pytest

from digest.core.ingest import load_article
from digest.core.quotes import Actor, QuoteReport, extract_quotes
from digest.core.quotes.marks import _DOUBLED_APOSTROPHES, find_marks
from digest.core.quotes.mentions import make_mention
from digest.core.quotes.names import _NAME_RUN
from digest.core.quotes.tokens import tokenize
from digest.core.store.articles import speakers_of
from digest.core.store.cache import analyse, encode_quotes, entry_fields, plain
from digest.core.store.stories import CENTROID_FEATURES, WEIGHT_DIGITS, _trimmed
from digest.core.stories import features
from digest.core.stories.grouping import StoryState, sparse_dot
from digest.core.summarize import summarize
from tests.conftest import SEEDS

_LOOK_AHEAD = re.compile(r"^\(\?=\[[^\]]+\]\)|^\(\?=\\d\)")


def _without_look_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was written before its opening look-ahead was added."""
    return re.compile(_LOOK_AHEAD.sub("", pattern.pattern, count=1), pattern.flags)


SAMPLE = (
    "On Sept. 18, 2019, 2,000 people met in May 5 rallies; by 12 May and December 3 the count was 1.5m.\n"
    "A ''doubled'' mark, 'single' marks, it''s 7 o'clock; JANUARY 9 and 9 jan. Tuesday, May. Mr John Smith."
)


@pytest.mark.parametrize(
    "pattern",
    [features._MONTH_DAY, _DOUBLED_APOSTROPHES, _NAME_RUN],
)  # years, numbers and months now check behind their first character: tests/test_stories_features.py compares them
def test_a_look_ahead_at_the_first_character_changes_no_match(pattern: re.Pattern[str]) -> None:
    plain_pattern = _without_look_ahead(pattern)
    assert plain_pattern.pattern != pattern.pattern
    texts = [SAMPLE] + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.iterdir()) if path.suffix == ".txt"]
    for text in texts:
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain_pattern.finditer(text)]
    assert pattern.search(SAMPLE) is not None


def test_story_features_read_dates_numbers_and_names() -> None:
    found = features.article_features("Smith visits Paris", SAMPLE, ["John Smith"], None)
    assert {"n:2019", "n:2000", "n:sep 18", "n:may 5", "n:may 12", "n:dec 3", "n:jan 9"} <= set(found.counts)
    assert {"m:sep", "m:may", "m:dec"} <= set(found.counts) and "m:jan" not in found.counts  # capitalised only
    assert found.counts["e:john smith"] == 2 and found.counts["e:smith"] >= 4  # headline and lead count twice
    assert found.years == frozenset({"2019"})


def test_analysis_entries_hold_what_dataclasses_asdict_gave() -> None:
    for path in sorted(SEEDS.iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        article = load_article(path)
        summary, report = summarize(article, cache=False), extract_quotes(article)
        assert plain(summary) == dataclasses.asdict(summary)
        assert plain(report) == dataclasses.asdict(report)
        assert report.quotes, path


def test_a_fresh_analysis_holds_the_quote_fields_it_packed_and_sends_only_its_entries() -> None:
    for path in sorted(SEEDS.iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        analysis = analyse(load_article(path))
        assert analysis.read is not None and analysis.read[0] is analysis.quotes  # no decoding of what was packed
        assert analysis.quote_fields == entry_fields(analysis.quotes) and analysis.quote_fields["quotes"], path
        received = pickle.loads(pickle.dumps(analysis))  # what a worker process hands the writer
        assert received.read is None and received.quotes == analysis.quotes
        assert received.quote_fields == analysis.quote_fields
        analysis.quotes = encode_quotes(QuoteReport([Actor("Orla Vantreck")], []))  # an entry replaced
        assert speakers_of(analysis.quote_fields) == ["Orla Vantreck"]


def test_tokens_split_a_final_full_stop_but_keep_initials_and_abbreviations() -> None:
    text = "Mr. Smith of the U.S. said it. “Yes,” he added."
    tokens = tokenize(text, 0, len(text), [])
    words = [(t.text, t.kind.value, t.norm, t.is_cap) for t in tokens]
    assert ("Mr.", "w", "mr", True) in words
    assert ("U.S.", "w", "u.s.", True) in words
    assert ("it", "w", "it", False) in words and (".", "p", ".", False) in words


def test_tokens_keep_their_offsets_whatever_the_whitespace() -> None:
    text = "State Treasurer Dana  Pike\tsaid:\n\u201cIt works.\u201d\u00a0Lee Wong (D-Ore.) agreed,  too."
    tokens = tokenize(text, 0, len(text), find_marks(text))
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert "".join(t.text for t in tokens).replace(" ", "") == "".join(text.split())  # all but whitespace, in order
    moved = "Asked, " + text
    again = tokenize(moved, 7, len(moved), find_marks(moved))  # the same pieces elsewhere: shifted tokens
    assert [(t.text, t.start - 7, t.end - 7, t.kind, t.norm, t.is_cap) for t in again] == [
        (t.text, t.start, t.end, t.kind, t.norm, t.is_cap) for t in tokens
    ]


def test_a_speaker_phrase_reads_the_same_wherever_it_stands() -> None:
    first = "State Treasurer Dana Pike said the fund was sound."
    second = "On Monday, State Treasurer Dana Pike said so again."
    a, b = tokenize(first, 0, len(first), []), tokenize(second, 0, len(second), [])
    mention = make_mention(a, 0, 4, first)
    assert mention is not None and mention.kind == "person" and mention.name.endswith("Dana Pike")
    assert make_mention(b, 3, 7, second) == mention
    lower = "the treasurer said so."
    other = make_mention(tokenize(lower, 0, len(lower), []), 0, 2, lower)
    assert other is not None and other.text == "the treasurer" and other != mention


def _reference_trimmed(story: StoryState) -> str:
    kept = {
        ns: [
            (feature, round(weight, WEIGHT_DIGITS))
            for feature, weight in heapq.nlargest(CENTROID_FEATURES, v.items(), key=lambda item: abs(item[1]))
        ]
        for ns, v in story.centroid.items()
        if v
    }
    return json.dumps(kept, separators=(",", ":"))


@pytest.mark.parametrize("lowest", [0.0, -0.5])
def test_a_stored_centroid_keeps_the_heaviest_features_ties_in_order(lowest: float) -> None:
    story = StoryState(id=1)
    story.centroid["w"] = {f"w:{n}": round(0.001 * (n % 37), 3) for n in range(CENTROID_FEATURES + 90)}
    story.centroid["w"]["w:low"] = lowest
    story.centroid["e"] = {"e:a": 0.25, "e:b": 0.5, "e:c": 0.25}
    text = json.dumps(_trimmed(story), separators=(",", ":"))
    stored = json.loads(text)
    assert text == _reference_trimmed(story)
    assert len(stored["w"]) == CENTROID_FEATURES and "n" not in stored
    assert stored["e"] == [["e:b", 0.5], ["e:a", 0.25], ["e:c", 0.25]]


def _reference_dot(first: dict[str, float], second: dict[str, float]) -> float:
    """The dot product as it was summed before: every feature of the shorter vector, a missing one as 0.0, added
    left to right (as ``sum`` adds floats up to Python 3.11)."""
    if len(second) < len(first):
        first, second = second, first
    products = map(operator.mul, first.values(), map(second.get, first, itertools.repeat(0.0)))
    return float(functools.reduce(operator.add, products, 0.0))


def test_a_dot_product_over_the_shared_features_is_the_sum_over_every_feature_bit_for_bit() -> None:
    rng = random.Random(5)
    words = [f"w:{n}" for n in range(60)]
    for _ in range(2000):
        first = {w: rng.random() * rng.choice([1.0, 1e-8, 3.0]) for w in rng.sample(words, rng.randint(0, 40))}
        second = {w: rng.random() for w in rng.sample(words, rng.randint(0, 40))}
        assert repr(sparse_dot(first, second)) == repr(_reference_dot(first, second))
        assert repr(sparse_dot(second, first)) == repr(_reference_dot(second, first))
