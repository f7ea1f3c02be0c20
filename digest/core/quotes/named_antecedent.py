"""The person a 'he' or 'she' stands for by a name written before it, when no actor met as a speaker is
clearly meant: the names of the sentences before, and whether another person was named since (split off
``actors``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.actor_words import FRONTED_OPENERS, titled_lead, verb_goes_on
from digest.core.quotes.gender import UNKNOWN, first_name_lean, org_name, place_name
from digest.core.quotes.kin_apposed import relative_name
from digest.core.quotes.org_heads import org_named
from digest.core.quotes.role_reference import PRONOUN_WINDOW
from digest.core.quotes.self_named import passed_over
from digest.core.quotes.sure_person import sure_person_first
from digest.core.speech_verbs import ASKED

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry

LEAD_CHARS = 4
"""How far into its sentence a name may start and still open it ('But Dana Pike ...')."""
OTHER_GENDER = {"m": "f", "f": "m"}
"""The other sex of a pronoun: 'he' passes over a name known to be a woman's."""


def named_before(registry: Registry, sentence: int, gender: str, pos: int | None = None) -> ActorState | None:
    """'he' whose speaker is unclear: the person named first in the latest sentence naming anyone before the
    pronoun (at ``pos`` of ``sentence``; a sentence's subject comes first: 'Anna Berg, 75, ... supported Gov.
    Tom Reed'), if of that gender.

    A name of the other gender (an honorific, a first name, an actor's known gender: 'Ms. Berg', 'Clara
    Voss') is passed over. After one passed over, and in the pronoun's own sentence, the name must show that
    it is a person who may be of that gender (a fitting gender, a first name, a person met before); if the
    latest sentence naming someone not of the other gender names no such person, nobody is taken (two
    capitalised words are often no one: 'Silver Star', 'Harbour Law')."""
    other = OTHER_GENDER[gender]
    passed = False
    for seen_at, names in _naming_sentences(registry, sentence, pos, gender):
        fitting = [n for n in names if registry.gender_of(n) != other and n not in registry.things | registry.places]
        fitting = [n for n in fitting if not org_name(n) and not place_name(n) and not org_named(registry, n)]
        if not fitting:
            passed = True  # 'Ms. Berg ... he said': not her
            continue
        if passed or seen_at == sentence or fitting[0] != names[0]:
            fitting = [name for name in fitting if person_like(registry, name, gender)]
        fitting = sure_person_first(fitting, gender, lambda n: n in registry.people() or n in registry.aged)
        return registry.bind_named(fitting[0], sentence, gender) if fitting else None
    return None


def person_like(registry: Registry, name: str, gender: str) -> bool:
    """A name surely a person's, who may be of ``gender``: its gender fits, it names a person already met, or
    it opens with a first name that does not lean to the other sex ('Jordan', 'Kelly' for 'she'; not
    'Terry', nor 'Purple')."""
    words = name.split()
    lean = first_name_lean(words[0].split("-")[0])
    known = registry.gender_of(name)
    return (
        known == gender
        or (known == UNKNOWN and name in registry.aged)
        or words[-1] in registry.surnames()
        or lean in (UNKNOWN, gender)
    )


def _naming_sentences(registry: Registry, sentence: int, pos: int | None, gender: str) -> list[tuple[int, list[str]]]:
    """The names of each sentence naming anyone up to ``sentence`` within the pronoun window, latest sentence
    first, each sentence's names in the order written; of the pronoun's own sentence, only a name opening it
    before ``pos`` (its subject: 'NAME, 41, was arrested for a call in which he said'; a name inside what
    'he said' reports is not him). A possessive counts only when known to be of ``gender`` ('She ... talk
    about Arno Kell's death. "...," she said': not him)."""
    found: list[tuple[int, list[str]]] = []
    for index in range(len(registry.names_seen) - 1, -1, -1):
        seen_at, name = registry.names_seen[index]
        if sentence - seen_at > PRONOUN_WINDOW:
            break
        if seen_at > sentence or (seen_at == sentence and not _opens_sentence(registry, index, pos)):
            continue
        lead = registry.opened_by.get(seen_at) if seen_at == sentence - 1 else None
        if lead is not None and lead[0] == gender and registry.names_at[index] > lead[1]:
            continue  # 'She wrote down a phone number for NAME. "...," she said': not NAME
        if (index in registry.owners and registry.gender_of(name) != gender) or passed_over(registry.avoided, name):
            continue
        if index in registry.apposed_owners and _apposed_may_be(registry, index, gender):
            continue  # 'Reed's husband, the designer NAME2, ...': the sentence is about NAME2
        if not found or found[-1][0] != seen_at:
            found.append((seen_at, []))
        found[-1][1].insert(0, name)
    return found


def _apposed_may_be(registry: Registry, index: int, gender: str) -> bool:
    """The person named in apposition after the possessive ``names_seen[index]`` may be of the pronoun's
    ``gender`` ('NAME's father, Paolo, ...' then 'she laughed': not him, so the owner stays a candidate)."""
    after = index + 1
    if after >= len(registry.names_seen) or registry.names_seen[after][0] != registry.names_seen[index][0]:
        return False
    return registry.gender_of(registry.names_seen[after][1]) != OTHER_GENDER[gender]


_ASKED_CLAUSE = re.compile(
    rf"(?:(?:When|Once|After|If)\s+)?(?:{'|'.join(sorted(w.capitalize() for w in ASKED))})\s+by\b"
)
"""A fronted clause of questioning naming its asker ('Asked by counsel ...', 'When pressed by ...')."""
_APPOSED_ASKER = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3},\s+(?:whether|if|why|what|how|when|where|about)\b")
"""A name set off by commas after the asker's role, then the question ('NAME, whether she had ...')."""


def _in_asked_clause(para: str, lead: str, at: int) -> bool:
    """The name at ``at`` of ``para``, after ``lead`` in its sentence, stands in a fronted clause naming the asker:
    right after 'Asked by' with no comma between ('Asked by Ms NAME whether'), or set off by commas after the
    asker's role and before the question ('Asked by counsel to the inquiry, NAME, whether'): the asker, never
    the subject of the clause after it."""
    if _ASKED_CLAUSE.match(lead) is None:
        return False
    commas = lead.count(",")
    return commas == 0 or (commas == 1 and lead.rstrip().endswith(",") and _APPOSED_ASKER.match(para, at) is not None)


def _opens_sentence(registry: Registry, index: int, pos: int | None) -> bool:
    """The name ``names_seen[index]``, of the pronoun's own sentence, stands before the pronoun at ``pos`` and
    may be what it stands for: it opens the sentence (a word such as 'But' may come first), or the pronoun's
    verb goes on with what was said ('In an interview NAME gave, he said the bridge ...'; not '... the
    appeals of NAME, he said.': a name inside what he reports is not him)."""
    at = registry.names_at[index]
    if pos is None or not 0 <= at < pos:
        return False
    lead = registry.para[registry.sentence_start : at]
    if _in_asked_clause(registry.para, lead, at):
        return False  # 'Asked by the coroner, NAME, whether ..., she said': the asker
    if at - registry.sentence_start <= LEAD_CHARS or titled_lead(lead) or lead.strip().lower() in FRONTED_OPENERS:
        return True  # 'As soon as NAME had locked the shed, his mood was ...': the fronted clause's subject
    return verb_goes_on(registry.para, pos)


def named_since(
    registry: Registry, actor: ActorState, sentence: int, gender: str, pos: int | None, passed: set[str]
) -> bool:
    """Another person who may be of ``gender`` was named after this actor last spoke (or opens the pronoun's
    own sentence, before the pronoun at ``pos``): a pronoun would be ambiguous ('Clara Voss' named since
    does not make a 'he' ambiguous). A possessive opening the pronoun's own sentence does not, after a
    sentence this actor led (:meth:`ActorState.led_in_full`): 'Pell is wary of the hype. Ruud's harvests are
    small, she said' is Pell's. Nor do the surnames ``passed``, of those a chain of sentences the pronoun led
    passed over (:func:`object_of`: 'He thanked NAME, who called it "A". He said ... "B," he said')."""
    own = {actor.name.split()[-1].lower(), *(x.split()[-1].lower() for x in actor.aliases if x), *passed}
    other = OTHER_GENDER[gender]
    for index in range(len(registry.names_seen) - 1, -1, -1):
        seen_at, name = registry.names_seen[index]
        if seen_at <= actor.last_seen:
            break
        if registry.gender_of(name) == other or place_name(name):
            continue
        if name.split()[-1].lower() in own and not relative_name(registry, name, actor.name):
            continue
        if (index in registry.owners and registry.gender_of(name) != gender) or passed_over(registry.avoided, name):
            continue
        if seen_at < sentence:
            return True
        if seen_at == sentence and _opens_sentence(registry, index, pos) and person_like(registry, name, gender):
            return not (index in registry.owners and actor.led_in_full(sentence - 1, other))
    return False
