"""Who a pronoun or a titled surname stands for when the registry's plain reading would pick another: the piece
of writing an 'it' names, the article's main person in a feature's narration, the first subject of a sentence, and
the bearer of a surname written with a title. Functions of the :class:`~digest.core.quotes.actors.Registry`, kept
apart to keep that module small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.gender import UNKNOWN, honorific_gender, name_gender
from digest.core.quotes.main_person import main_person, narrated_before, narrates_one
from digest.core.quotes.named_antecedent import OTHER_GENDER
from digest.core.quotes.office_holders import office_holder
from digest.core.quotes.speakers import Mention
from digest.core.quotes.written_it import read_back, written_antecedent

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry

KNOWN_NAMES_READ = 200
"""The most recent names read when asking whether the article named someone (bounded: linear time)."""


def written_for(registry: Registry, sentence: int, pos: int) -> ActorState | None:
    """The piece of writing a sentence's 'it' at ``pos`` stands for when no actor can (see
    :func:`written_antecedent`)."""
    read = read_back(registry.para, registry.sentence_start, pos, registry.para_before)
    if read is None:
        return None
    known = {name.split()[-1].lower() for _, name in registry.names_seen[-KNOWN_NAMES_READ:]}
    noun = written_antecedent(*read, known | {k.lower() for k in registry.surnames()})
    return registry.resolve(Mention(f"the {noun}", noun, None, "role"), sentence) if noun else None


def main_person_instead(registry: Registry, chosen: ActorState, m: Mention) -> ActorState | None:
    """The article's main person, for a 'he' or 'she' of a paragraph narrating one person in a feature's shape
    (:func:`narrates_one`), or of a quotation after a paragraph that narrates one person so (:func:`narrated_before`),
    that would go to another person or a role, such as a source quoted in the paragraph before (:func:`main_person`);
    the paragraph's reading and the main person are kept while the paragraph is read."""
    pronoun = m.text.lower()
    if chosen.kind not in ("person", "role") or pronoun not in ("he", "she"):
        return None
    key = (registry.para, pronoun)
    if registry.narrated is None or registry.narrated[0] != key:
        names = {w for a in registry.people() for w in a.split()}
        narrated = narrates_one(registry.para, pronoun, names) or narrated_before(
            registry.para, registry.para_before, pronoun, names
        )
        registry.narrated = (key, main_person(registry.actors, m.gender) if narrated else None)
    best = registry.narrated[1]
    return best if best is not None and best is not chosen.root() else None


def led_sentence(registry: Registry, actor: ActorState, sentence: int) -> bool:
    """The actor was met as the first subject of ``sentence``: no other actor met as a subject before it there."""
    mine = [p for s, subject, p in actor.seen if s == sentence and subject]
    if not mine:
        return False
    first = min(mine)
    for other in registry.recency.within(sentence, 1):
        if other is not actor and any(s == sentence and subject and p <= first for s, subject, p in other.seen):
            return False
    return True


def titled_bearer(registry: Registry, m: Mention, sentence: int) -> ActorState | None:
    """'Cr Kell' of two Kells: the one written with a title of office (:func:`office_holder`). 'Mr Kell' when a
    woman bears that surname ('Ada Kell ... her grandfather, Ivo Kell, ... Mr Kell says'): a person of that
    surname whose sex fits, met or the latest full name showing that sex ('Ivo Kell'), else a new person; None
    when no person of the other sex bears it (the surname is read as before; 'Mrs Kell' likewise)."""
    if (held := office_holder(registry, m.name, m.role or "")) is not None:
        return registry._person(Mention(held, held, m.role, "person", m.gender), sentence)
    if (misfit := OTHER_GENDER.get(honorific_gender(m.role or ""))) is None:
        return None
    bearers = [a for a in registry.book.bearers(m.name) if a.kind == "person" and a.name.split()[-1] == m.name]
    sexes = [name_gender(a.name) if name_gender(a.name) != UNKNOWN else a.gender for a in bearers]
    if misfit not in sexes:
        return None
    fitting = next((a for a, sex in zip(bearers, sexes, strict=True) if sex != misfit), None)
    if fitting is not None:
        return fitting
    taken = {a.name for a in bearers}
    for _, name in reversed(registry.names_seen[-KNOWN_NAMES_READ:]):
        if name.split()[-1] == m.name and name not in taken and registry.gender_of(name) == OTHER_GENDER[misfit]:
            return registry._person(Mention(name, name, m.role, "person", OTHER_GENDER[misfit]), sentence)
    actor = registry._new(m, sentence)
    actor.gender = OTHER_GENDER[misfit]
    return actor
