"""A leader met first by the office alone and named later, as news leads write it: 'the head of the Harbour Reserve
said ...' in the first paragraph, 'Reserve chair Ada Lunn said ...' in the fourth. Once the article is read, the
office's actor is merged into the one person met after it whose role leads the same body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.lexicon import ROLE_NOUNS, word_set
from digest.core.quotes.actor_state import ActorState

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry

_LEADERS = word_set(
    """head heads chief chair chairman chairwoman chairperson president director governor leader boss executive
    commissioner"""
)
"""Nouns of the one who leads a body ('the head of', 'the chief executive of', 'Reserve chair')."""
_NOT_THE_LEADER = word_set("deputy assistant vice former acting interim ex associate")
"""Words of a role that is not the body's leader himself ('deputy chief', 'former chair')."""
_VAGUE = word_set("the main top biggest largest leading national local state body group organisation")
"""Words of a body's description that tell no body apart ('the region's main farming body')."""
_REACH = 40
"""How many actors met after an office are looked at for its leader (a lead names its leader within a few
paragraphs; the bound keeps the pass linear in the article's length)."""
_STEM = 3
"""A shorter word matches a longer one it opens, from this length ('Met' for 'Metropolitan')."""


def link_named_later(actors: list[ActorState]) -> None:
    """Merge each office met alone ('the head of the Harbour Reserve') into the one person met after it (among the
    next ``_REACH`` actors) whose role leads a body sharing a word with it ('Reserve chair Ada Lunn'); none when two
    or none do."""
    for index, office in enumerate(actors):
        body = _led_body(office) if office.merged_into is None else None
        if not body:
            continue
        later = actors[index + 1 : index + 1 + _REACH]
        leaders = [a for a in later if a.merged_into is None and _leads(a, body)]
        if len(leaders) == 1:
            office.merged_into = leaders[0]


def _led_body(office: ActorState) -> set[str]:
    """The telling words of the body an office alone leads ('head of the Harbour Reserve' -> harbour, reserve)."""
    if office.kind != "role":
        return set()
    words = office.name.lower().split()
    at = next((i for i in range(1, len(words)) if words[i] == "of" and words[i - 1] in _LEADERS), None)
    if at is None or any(w in _NOT_THE_LEADER for w in words[:at]):
        return set()
    return {w for w in words[at + 1 :] if len(w) >= _STEM and w not in _VAGUE and not w.endswith(("'s", "’s"))}


def _leads(actor: ActorState, body: set[str]) -> bool:
    """A person named in full whose role leads (no deputy's) a body with a word of ``body`` (the role may stand in
    the name as read: 'Reserve Chair Ada Lunn')."""
    if actor.kind != "person" or " " not in actor.name:
        return False
    role = set(f"{actor.role or ''} {actor.name}".lower().replace(",", " ").split())  # 'Reserve Chair Ada Lunn'
    if not role & _LEADERS or role & _NOT_THE_LEADER:
        return False
    return any(_same_word(w, r) for w in body for r in role)


def _same_word(a: str, b: str) -> bool:
    """The same word, or one opening the other from ``_STEM`` letters ('met', 'metropolitan')."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= _STEM and long.startswith(short))


_SOURCES = word_set("friend source insider spokesman spokeswoman spokesperson representative aide official")
"""Roles news leaves unnamed on purpose: a source is not the person named after it."""
_LEDE_SENTENCES = 3
"""The sentences of a news lede (a headline, a dateline, the first paragraph) where a speaker met by a role alone
may be named in the sentence after."""
_ROLE_WORDS = 3
_LEDE_ACTORS = 4
"""The first actors of an article read for a role of the lede."""
_NAMES_READ = 40
"""The first names of the article read for one named in the lede's own sentence (bounded)."""


def link_lede_role(registry: Registry) -> None:
    """'A marine surveyor told the port board that the wall was "A", a tribunal has heard. / Dr NAME, who
    surveyed the wall, said ...': news names in the second paragraph the speaker its lede (or its headline) met
    by a job alone. A role met only in the article's first sentences, headed by a noun of a
    person's job (no unnamed source: 'a friend', 'a spokesman', 'an official'), in sentences naming no one, is
    merged into the next person met when that person is named in full opening the paragraph right after the
    role's last sentence (not 'A night nurse saw the truck of the defendant, NAME, ...': the lede named him), and
    so is a role of the same head noun met before it (the headline's 'Surveyor warned ...')."""
    actors = registry.actors
    for index, role in enumerate(actors[:_LEDE_ACTORS]):
        if role.kind != "role" or role.merged_into is not None or not role.seen:
            continue
        if min(s for s, _, _ in role.seen) > _LEDE_SENTENCES:
            return
        last = max(s for s, _, _ in role.seen)
        later = next((a for a in actors[index + 1 :] if a.merged_into is None and a.kind == "person"), None)
        named = any(s <= last for s, _ in registry.names_seen[:_NAMES_READ])  # the lede named someone
        if _job(role) and not named and later is not None and " " in later.name and min(later.seen) == (last + 1, 1, 0):
            head = role.name.lower().split()[-1]  # 'Engineer told council ...' in the headline: the same person
            for same in actors[: index + 1]:
                if same.kind == "role" and same.merged_into is None and same.name.lower().split()[-1] == head:
                    same.merged_into = later  # 'Dr NAME, who inspected the bridge, told the inquiry'


def _job(role: ActorState) -> bool:
    """A role of a few words headed by a noun of a person's job that is no unnamed source."""
    words = role.name.lower().split()
    return words[-1] in ROLE_NOUNS and words[-1] not in _SOURCES and len(words) <= _ROLE_WORDS
