"""Candidate speakers of a quotation no rule attributed: the people mentioned up to ``WINDOW`` sentences back,
the names the article wrote, and the noun phrase opening the quotation's sentence (for ``ranker.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from digest.core.lexicon import CONTRAST_SUBORDINATORS, word_set
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.main_clause import asked_subject, clause_subject
from digest.core.quotes.mentions import Mention, make_mention
from digest.core.quotes.tokens import QUOTE, Tok
from digest.core.speech_verbs import CUE_VERBS

WINDOW = 12
"""How many sentences back a candidate's latest mention may lie."""
MOST_CANDIDATES = 8
"""The most candidates ranked for one quotation (the most recently mentioned)."""
OPENING_ADVERBIAL = 8
"""The most tokens of an opening adverbial before a sentence's subject ('In recent weeks, X ...')."""
KINDS = ("person", "role", "org", "group", "name", "subject")
"""The kinds of candidate: an actor's kind, a name only written ('name'), the sentence's opening phrase."""


_CLAUSE_BREAKS = CONTRAST_SUBORDINATORS | word_set("; but however because after before when")


@dataclass
class Candidate:
    """A possible speaker: an actor of the registry, or a person's name the article wrote (``actor`` None)."""

    actor: ActorState | None
    name: str
    kind: str
    sentence: int
    subject: bool
    before: bool
    after: bool
    opens: bool
    subject_here: bool = False
    gap: int = 0
    clean: bool = False
    cue_between: bool = False
    break_between: bool = False
    mention: Mention | None = None


def _latest(actor: ActorState, sentence: int) -> tuple[int, int, int] | None:
    seen = [entry for entry in actor.seen if entry[0] <= sentence]
    return max(seen) if seen else None


def _gap(tokens: list[Tok], at: int, qi: int) -> int:
    """How many tokens stand between a mention at character ``at`` and the quotation ``tokens[qi]``."""
    return sum(1 for t in tokens[:qi] if t.start > at)


def _clean_between(tokens: list[Tok], at: int, qi: int, name: str) -> bool:
    """No other quotation, clause break or capitalised word (another name) between a mention (its own words
    aside) and the quotation."""
    own = {w.lower() for w in name.split()} | {"the"}
    between = [t for t in tokens[:qi] if t.start > at and t.norm not in own]
    return not any(t.kind is QUOTE or t.text in (";", ":") or t.is_cap for t in between)


def _break_between(tokens: list[Tok], at: int, qi: int) -> bool:
    """A clause of another subject may begin between a mention and the quotation ('while', 'but', ';')."""
    return any(t.start > at and t.norm in _CLAUSE_BREAKS for t in tokens[:qi])


def _cue_between(tokens: list[Tok], at: int, qi: int) -> bool:
    """A verb of saying, describing or stance between a mention and the quotation."""
    return any(t.start > at and not t.is_cap and t.norm in CUE_VERBS for t in tokens[:qi])


def _subject(tokens: list[Tok], qi: int, para: str, sentence: int, known: set[str]) -> Candidate | None:
    """The noun phrase opening the quotation's sentence, when it names no candidate yet ('The county's lawyers
    asked the court to dismiss the "baseless" claim'): a person, a role, a group or an organisation."""
    who = clause_subject(tokens, 0, qi) if qi > 0 else None
    m = make_mention(tokens, who.start, who.end, para) if who is not None else None
    if who is None or m is None or m.kind == "pronoun" or not m.name.split() or m.name.split()[-1].lower() in known:
        return None
    at = tokens[who.start].start
    return Candidate(
        None,
        m.name,
        "subject",
        sentence,
        True,
        True,
        False,
        True,
        True,
        _gap(tokens, at, qi),
        _clean_between(tokens, at, qi, m.text),
        _cue_between(tokens, at, qi),
        _break_between(tokens, at, qi),
        mention=m,
    )


def _other_clause(candidate: Candidate, sentence: int) -> bool:
    """'X affirmed its support, while Y considered ... a "dirty war"': a candidate named last in the quotation's
    sentence, before a clause break that another name follows, is the subject of the other clause."""
    return candidate.sentence == sentence and candidate.before and candidate.break_between and not candidate.clean


def candidates(registry: Registry, sentence: int, tokens: list[Tok], qi: int, para: str) -> list[Candidate]:
    """The actors and written names mentioned in the last ``WINDOW`` sentences (this one included), latest first."""
    quote_at = tokens[qi].start
    first_at = {tokens[0].start} if tokens else set()
    comma = next((k for k in range(min(len(tokens), OPENING_ADVERBIAL)) if tokens[k].text == ","), None)
    if comma is not None and comma + 1 < len(tokens):
        first_at.add(tokens[comma + 1].start)  # 'In recent weeks, Reid has gone after ...'
    found: list[Candidate] = []
    surnames: set[str] = set()
    addressed = asked_subject(tokens, qi)  # 'X was asked, "..."': X heard them (0 when X opens the paragraph)
    for actor in registry.live():
        latest = _latest(actor, sentence)
        if latest is None or sentence - latest[0] > WINDOW or actor.kind == "writer" or actor.name in registry.places:
            continue
        here = [p for s, _, p in actor.seen if s == sentence]
        if addressed in here:
            continue
        before = [p for p in here if p < quote_at]
        found.append(
            Candidate(
                actor,
                actor.name,
                actor.kind if actor.kind in KINDS else "person",
                latest[0],
                bool(latest[1]),
                any(p < quote_at for p in here),
                any(p > quote_at for p in here),
                bool(first_at.intersection(here)),
                any(s == sentence and subject for s, subject, _ in actor.seen),
                _gap(tokens, max(before), qi) if before else 0,
                bool(before) and _clean_between(tokens, max(before), qi, actor.name),
                bool(before) and _cue_between(tokens, max(before), qi),
                bool(before) and _break_between(tokens, max(before), qi),
            )
        )
        surnames.update(x.split()[-1].lower() for x in (actor.name, *actor.aliases) if x.split())
    written = zip(registry.names_seen[-64:], registry.names_at[-64:], strict=True)
    for (seen_at, name), at in reversed(list(written)):
        if sentence - seen_at > WINDOW or seen_at > sentence or name.split()[-1].lower() in surnames:
            continue
        if (seen_at == sentence and at == addressed) or name in registry.places:
            continue
        surnames.add(name.split()[-1].lower())
        found.append(Candidate(None, name, "name", seen_at, False, seen_at == sentence, False, False))
    subject = _subject(tokens, qi, para, sentence, surnames)
    if subject is not None and addressed is None:
        found.append(subject)
    found = [c for c in found if not _other_clause(c, sentence)]
    found.sort(key=lambda c: c.sentence, reverse=True)
    return found[:MOST_CANDIDATES]
