"""A learned last resort for quotations the rules leave without a speaker: rank the candidate speakers, or abstain.

When no cue rule names a quotation's speaker, the reader keeps a snapshot of the quotation and of its candidate
speakers (``candidates.py``; :class:`Dropped`). After the article is read, each candidate gets a
probability from a logistic regression over general features (how many sentences back the candidate was
mentioned, whether it was a sentence's subject, whether it spoke the quotation before or after this one,
whether the sentence holds a verb of saying, the quotation's length and place ...: never a word or name of any
article). The best candidate is taken only when its probability reaches the model's threshold, chosen on
development data to keep precision first; otherwise the quotation stays unattributed, as before.

The weights (``ranker.json``, a few kB, shipped in the package; nothing is downloaded) are fitted at
development time by ``benchmarks/train_quote_ranker.py`` on PolNeAR's train split and the threshold chosen on
its dev split. Scoring is a dot product: deterministic and linear in the number of quotations.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from operator import mul
from typing import Protocol

from digest.core.lexicon import DEMONSTRATIVES, DETERMINERS, PREPOSITIONS_IN_NP, THIRD_PERSON_PRONOUNS, word_set
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.candidates import KINDS, OPENING_ADVERBIAL, Candidate, candidates
from digest.core.quotes.marks import MarkSpan
from digest.core.quotes.mentions import Mention
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import CUE_VERBS

MOST_DROPPED = 400
"""The most unattributed quotations of one article kept for the model (bounded: linear time on hostile text)."""
_RECENT_READ = 20
_TRIM = " \t\n,"
_FUNCTION_WORDS = DETERMINERS | PREPOSITIONS_IN_NP | DEMONSTRATIVES | word_set("as by so-called called its his her")
"""Words before a quotation that use its words as a term ('a "rant"', 'of being "duped"')."""

FEATURES = (
    "quote_words_log",
    "quote_alone",
    "paragraph_only_quotes",
    "quote_opens_paragraph",
    "quote_is_sentence",
    "quote_capitalised",
    "sentence_has_cue",
    "after_colon",
    "opening_sentence",
    "several_quotes",
    "unclosed",
    "quote_1_2_words",
    "quote_3_6_words",
    "after_function_word",
    "ends_sentence",
    "nested_in_paragraph_quote",
    "pronoun_subject",
    "distance_0",
    "distance_1",
    "distance_2",
    "distance_3_5",
    "distance_6_plus",
    "mention_was_subject",
    "same_sentence_before",
    "same_sentence_after",
    "same_paragraph",
    "spoke_last_quote",
    "spoke_last_direct",
    "last_speaker",
    "speaks_next_quote",
    "speaks_next_in_paragraph",
    "quotes_so_far_log",
    "recency_0",
    "recency_1",
    "recency_2_plus",
    *(f"kind_{k}" for k in KINDS),
    "several_words",
    "candidates_log",
    "opens_sentence",
    "subject_here",
    "gap_log",
    "others_here_log",
    "between_clean",
    "cue_between",
    "break_between",
    "opens_x_fragment",
    "opens_x_cue",
    "recent_x_pronoun",
    "before_not_clean",
    "before_x_break",
    "before_x_cue",
    "before_x_alone",
    "last_x_alone",
    "next_x_alone",
)
"""The names of the features, in the order of the model's weights."""


class FoundLike(Protocol):
    """What the ranker reads of a quote the rules found."""

    @property
    def actor(self) -> ActorState: ...

    @property
    def kind(self) -> str: ...

    @property
    def section_index(self) -> int: ...

    @property
    def start(self) -> int: ...


@dataclass
class Dropped:
    """A quotation left without a speaker, with what the reader knew when it met it."""

    para: str
    base: int
    section: int
    span: MarkSpan
    order: int
    span_features: dict[str, float]
    candidates: list[Candidate]
    paragraph_start: int
    sentence: int
    last_any: ActorState | None
    last_direct: ActorState | None
    last_speaker: ActorState | None
    counts: dict[int, int] = field(default_factory=dict)


def _span_features(
    tokens: list[Tok], qi: int, para: str, span: MarkSpan, only_quotes: bool, sentence: int
) -> dict[str, float]:
    s, e = span.inner(len(para))
    inner = para[s:e].strip(" \t\n,")
    words = [t for t in tokens if t.kind is WORD]
    return {
        "quote_words_log": math.log1p(len(inner.split())),
        "quote_alone": float(not words),
        "paragraph_only_quotes": float(only_quotes),
        "quote_opens_paragraph": float(span.open == 0),
        "quote_is_sentence": float(inner.endswith((".", "?", "!"))),
        "quote_capitalised": float(inner[:1].isupper()),
        "sentence_has_cue": float(any(not t.is_cap and t.norm in CUE_VERBS for t in words)),
        "after_colon": float(qi > 0 and tokens[qi - 1].text == ":"),
        "opening_sentence": float(sentence <= 1),
        "several_quotes": float(sum(1 for t in tokens if t.kind is QUOTE) > 1),
        "unclosed": float(span.close is None),
        "quote_1_2_words": float(len(inner.split()) <= 2),
        "quote_3_6_words": float(3 <= len(inner.split()) <= 6),
        "after_function_word": float(qi > 0 and tokens[qi - 1].norm in _FUNCTION_WORDS),
        "pronoun_subject": float(any(t.norm in THIRD_PERSON_PRONOUNS for t in tokens[: min(qi, OPENING_ADVERBIAL)])),
        "nested_in_paragraph_quote": float(para.count('"', 0, span.open) % 2 == 1),
        "ends_sentence": float(qi + 1 >= len(tokens) or tokens[qi + 1].text in (".", "?", "!")),
    }


class ReaderLike(Protocol):
    """What the ranker reads of the reader when it drops a quotation."""

    @property
    def registry(self) -> Registry: ...

    @property
    def sentence(self) -> int: ...

    @property
    def paragraph_start(self) -> int: ...

    @property
    def found(self) -> Sequence[FoundLike]: ...

    @property
    def last_speaker(self) -> ActorState | None: ...


class ParagraphLike(Protocol):
    """What the ranker reads of the paragraph being read."""

    @property
    def text(self) -> str: ...

    @property
    def base(self) -> int: ...

    @property
    def section(self) -> int: ...

    @property
    def marks(self) -> list[MarkSpan]: ...

    @property
    def only_quotes(self) -> bool: ...


def snapshot(reader: ReaderLike, paragraph: ParagraphLike, tokens: list[Tok], qi: int) -> Dropped:
    """What the reader knows when it leaves the quotation ``tokens[qi]`` of a sentence without a speaker (of
    the quotes found so far, only the last few are read: linear time)."""
    para, found, sentence = paragraph.text, reader.found, reader.sentence
    span = paragraph.marks[tokens[qi].quote]
    recent = found[-_RECENT_READ:]
    last_direct = next((f.actor for f in reversed(recent) if f.kind == "direct"), None)
    last_speaker = reader.last_speaker
    return Dropped(
        para,
        paragraph.base,
        paragraph.section,
        span,
        len(found),
        _span_features(tokens, qi, para, span, paragraph.only_quotes, sentence),
        candidates(reader.registry, sentence, tokens, qi, para),
        reader.paragraph_start,
        sentence,
        found[-1].actor.root() if found else None,
        last_direct.root() if last_direct is not None else None,
        last_speaker.root() if last_speaker is not None else None,
    )


def _same(candidate: Candidate, actor: ActorState | None) -> bool:
    if actor is None:
        return False
    if candidate.actor is not None:
        return candidate.actor.root() is actor.root()
    return actor.root().name.split()[-1].lower() == candidate.name.split()[-1].lower()


def features(
    dropped: Dropped, candidate: Candidate, rank: int, following: tuple[ActorState | None, bool]
) -> dict[str, float]:
    """The features of one candidate speaker of a dropped quotation; ``following`` is the actor of the next
    quote found after it and whether that quote is in the same paragraph."""
    distance = dropped.sentence - candidate.sentence
    out = dict(dropped.span_features)
    nxt, next_here = following
    out.update(
        {
            "distance_0": float(distance == 0),
            "distance_1": float(distance == 1),
            "distance_2": float(distance == 2),
            "distance_3_5": float(3 <= distance <= 5),
            "distance_6_plus": float(distance >= 6),
            "mention_was_subject": float(candidate.subject),
            "same_sentence_before": float(candidate.before),
            "same_sentence_after": float(candidate.after),
            "same_paragraph": float(candidate.sentence >= dropped.paragraph_start),
            "spoke_last_quote": float(_same(candidate, dropped.last_any)),
            "spoke_last_direct": float(_same(candidate, dropped.last_direct)),
            "last_speaker": float(_same(candidate, dropped.last_speaker)),
            "speaks_next_quote": float(_same(candidate, nxt)),
            "speaks_next_in_paragraph": float(next_here and _same(candidate, nxt)),
            "quotes_so_far_log": math.log1p(
                dropped.counts.get(id(candidate.actor.root()), 0) if candidate.actor is not None else 0
            ),
            "recency_0": float(rank == 0),
            "recency_1": float(rank == 1),
            "recency_2_plus": float(rank >= 2),
            **{f"kind_{k}": float(candidate.kind == k) for k in KINDS},
            "several_words": float(len(candidate.name.split()) >= 2),
            "candidates_log": math.log1p(len(dropped.candidates)),
            "opens_sentence": float(candidate.opens),
            "subject_here": float(candidate.subject_here),
            "gap_log": math.log1p(candidate.gap),
            "others_here_log": math.log1p(
                sum(1 for c in dropped.candidates if c is not candidate and c.sentence == dropped.sentence)
            ),
        }
    )
    alone = dropped.span_features["quote_alone"]
    fragment = 1.0 - alone
    out["between_clean"] = float(candidate.clean)
    out["cue_between"] = float(candidate.cue_between)
    out["break_between"] = float(candidate.break_between)
    out["opens_x_fragment"] = out["opens_sentence"] * fragment
    out["opens_x_cue"] = out["opens_sentence"] * dropped.span_features["sentence_has_cue"]
    out["recent_x_pronoun"] = out["recency_0"] * dropped.span_features["pronoun_subject"]
    out["before_not_clean"] = out["same_sentence_before"] * (1.0 - out["between_clean"])
    out["before_x_break"] = out["same_sentence_before"] * out["break_between"]
    out["before_x_cue"] = out["same_sentence_before"] * dropped.span_features["sentence_has_cue"]
    out["before_x_alone"] = out["same_sentence_before"] * alone
    out["last_x_alone"] = out["spoke_last_quote"] * alone
    out["next_x_alone"] = out["speaks_next_quote"] * alone
    return out


@dataclass(frozen=True)
class Model:
    """A logistic regression over :data:`FEATURES` and the probability a speaker must reach to be taken."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        """The model's probability that a candidate is the quotation's speaker."""
        if len(self.weights) != len(FEATURES):
            raise ValueError("the model's weights do not match its features")
        # the same products summed in the same order as a loop over the features, without a Python frame each
        z = self.bias + sum(map(mul, self.weights, map(values.get, FEATURES, repeat(0.0))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model() -> Model | None:
    """The shipped model (None when its file is missing or was fitted on other features)."""
    try:
        data = json.loads(resources.files("digest.core.quotes").joinpath("ranker.json").read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None
    return Model(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]))


def ranked(dropped: Dropped, following: tuple[ActorState | None, bool], model: Model) -> list[tuple[float, Candidate]]:
    """Every candidate of a dropped quotation with its probability, best first."""
    scored = [
        (model.probability(features(dropped, c, rank, following)), c) for rank, c in enumerate(dropped.candidates)
    ]
    scored.sort(key=lambda pair: -pair[0])
    return scored


def choose(dropped: Dropped, following: tuple[ActorState | None, bool], model: Model) -> Candidate | None:
    """The candidate the model takes for a dropped quotation, or None when no candidate is probable enough."""
    best = ranked(dropped, following, model)
    if not best or best[0][0] < model.threshold:
        return None
    return best[0][1]


def following(dropped: Dropped, found: Sequence[FoundLike]) -> tuple[ActorState | None, bool]:
    """The actor of the first quote found after a dropped quotation, and whether it lies in the same paragraph."""
    if dropped.order >= len(found):
        return None, False
    nxt = found[dropped.order]
    here = nxt.section_index == dropped.section and dropped.base <= nxt.start < dropped.base + len(dropped.para)
    return nxt.actor.root(), here


def with_counts(dropped: list[Dropped], found: Sequence[FoundLike]) -> None:
    """Fill each dropped quotation's count of quotes per actor found before it (one pass over the quotes)."""
    counts: dict[int, int] = {}
    done = 0
    for d in sorted(dropped, key=lambda x: x.order):
        while done < min(d.order, len(found)):
            key = id(found[done].actor.root())
            counts[key] = counts.get(key, 0) + 1
            done += 1
        d.counts = {id(c.actor.root()): counts.get(id(c.actor.root()), 0) for c in d.candidates if c.actor}


def inner_start(dropped: Dropped) -> int:
    """Where a dropped quotation's words start in its section (as the reader records a quote's start)."""
    s, e = dropped.span.inner(len(dropped.para))
    while s < e and dropped.para[s] in _TRIM:
        s += 1
    return dropped.base + s


def attribute_dropped(
    dropped: list[Dropped], found: Sequence[FoundLike], registry: Registry, model: Model
) -> list[tuple[Dropped, ActorState]]:
    """The dropped quotations the model attributes, each with its actor (quotations a later rule attributed,
    such as a paragraph of quotations given the last speaker, are left to that rule)."""
    with_counts(dropped, found)
    emitted = {(f.section_index, f.start) for f in found if f.kind == "direct"}
    out: list[tuple[Dropped, ActorState]] = []
    # a quotation a later rule attributed is not ranked at all; every choice is made before any actor is resolved
    left = [d for d in dropped if (d.section, inner_start(d)) not in emitted]
    for d, candidate in [(d, choose(d, following(d, found), model)) for d in left]:
        if candidate is None:
            continue
        actor = candidate.actor
        if actor is None:
            mention = candidate.mention or Mention(candidate.name, candidate.name, None, "person")
            actor = registry.resolve(mention, candidate.sentence, subject=False)
        if actor is not None:
            out.append((d, actor))
    return out
