"""The speakers of a sentence's reported clauses, resolved to actors, and the issuer of a statement the sentence
names (split off ``extract``, which runs them once per sentence)."""

from __future__ import annotations

from digest.core.lexicon import SUBORDINATORS
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.claimed_things import claimed_thing
from digest.core.quotes.cue import Report
from digest.core.quotes.interrupted import interrupted_subject
from digest.core.quotes.issuers import issued_nouns, issuing_phrase
from digest.core.quotes.lay_groups import common_voice
from digest.core.quotes.openers import participle_opening
from digest.core.quotes.report_mentions import named_in_apposition, plural_name
from digest.core.quotes.reported import cue_words, find_reports, report_mention, subjects
from digest.core.quotes.speakers import make_mention, np_right
from digest.core.quotes.tokens import WORD, Tok


def report_owners(
    registry: Registry, sentence: int, tokens: list[Tok], para: str, lead_in: list[Tok]
) -> list[tuple[Report, ActorState]]:
    """Reported clauses of a sentence with their actors; speakers of non-clause speech become actors too."""
    cues = cue_words(tokens, 0, len(tokens))
    if not cues:
        return []  # no verb of speech nor other cue: no reported clause and no speaker to note
    reports = find_reports(tokens, 0, len(tokens), cues)
    reported_at = {r.who.start for r in reports}
    for who in subjects(tokens, 0, len(tokens), cues):
        if who.start in reported_at or participle_opening(tokens, who.start, who.end):
            continue  # 'Canvassing for the Tollan Vale state seat ...': no one's name
        m = report_mention(tokens, who, para)
        if m is not None and m.kind == "person":
            registry.resolve(m, sentence, pos=tokens[who.start].start)
    owners: list[tuple[Report, ActorState]] = []
    for report in reports:
        at = tokens[report.who.start].start
        owner = next((a for r, a in owners if r.start <= at < r.end), None)
        m = report_mention(tokens, report.who, para)
        if m is None or common_voice(tokens, report.who, report.verb) or claimed_thing(tokens, report):
            continue
        m = named_in_apposition(tokens, report, plural_name(tokens, report, m), para)  # 'His daughter, NAME, said'
        fronted = interrupted_subject(tokens, report.who) if m.kind == "pronoun" else None
        at_pos = at if fronted is None else tokens[fronted].start  # 'NAME, he said, was': not NAME
        if m.kind == "pronoun" and tokens[0].start <= report.start < at_pos and _closing(tokens, report):
            at_pos = report.start  # 'NAME will run a late sailing, she said.': 'she' is not the clause's own NAME
        if report.who.how == "owner":
            at_pos = tokens[0].start  # 'The board dismissed his claim': 'his' is no one this sentence names before it
        actor = registry.resolve(m, sentence, owner if m.kind == "pronoun" else None, at_pos)
        if actor is None and m.gender == "n" and m.kind == "pronoun":
            actor = _body_before(registry, sentence, lead_in, para)
        if actor is not None:
            owners.append((report, actor))
    return owners


def _closing(tokens: list[Tok], report: Report) -> bool:
    """The report's cue closes its sentence, no comma after its verb ('NAME will run a late sailing, she said.'; not an
    aside inside the clause: 'NAME did not leave, she said, but ...'), and its clause opens with its own subject,
    no subordinator ('Though NAME has lived there for years, A, she said': 'she' may be NAME)."""
    first = next((t for t in tokens if t.start >= report.start), None)
    if first is None or first.norm in SUBORDINATORS:
        return False
    return not any(t.text == "," for t in tokens[report.verb + 1 :])


def _body_before(registry: Registry, sentence: int, lead_in: list[Tok], para: str) -> ActorState | None:
    """'The council went further. In a note, it said A': an 'it' no actor stands for is the body the sentence
    before opened with as its subject ('The council', 'The company': 'the' and an organisation's noun)."""
    found = np_right(lead_in, 0, len(lead_in)) if lead_in else None
    if found is None or found[1] - found[0] != 2 or lead_in[found[0]].norm != "the" or found[1] >= len(lead_in):
        return None
    noun, after = lead_in[found[0] + 1], lead_in[found[1]]
    plain = not noun.is_cap and after.kind is WORD and not after.is_cap
    m = make_mention(lead_in, found[0], found[1], para) if plain else None
    return registry.resolve(m, sentence, pos=lead_in[found[0]].start) if m and m.kind == "org" else None


def note_issuer(registry: Registry, sentence: int, tokens: list[Tok], actors: list[ActorState], para: str) -> None:
    """'In a statement, the county said A': a statement the sentence introduces as the medium of its one
    speaker's words is that speaker's ('The campaign, in an email to supporters, asked for funds': its subject's
    when no one speaks); any other it introduces has no known issuer."""
    medium, other = issued_nouns(tokens)
    speakers = {a.root().name: a.root() for a in actors}
    issuer = next(iter(speakers.values())) if len(speakers) == 1 else None
    aside, gives = issuing_phrase(tokens, medium, other, bool(speakers))
    named = report_mention(tokens, aside, para) if aside is not None else None
    issuer = registry.resolve(named, sentence, pos=tokens[0].start) if named is not None else issuer
    medium, other = (medium | other, set()) if gives and named is not None else (medium, other)
    registry.issuers.note(other | (set() if issuer is None else medium), None, sentence)
    registry.issuers.note(medium, issuer, sentence)
