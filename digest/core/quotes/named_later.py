"""A leader met first by the office alone and named later, as news leads write it: 'the head of the Harbour Reserve
said ...' in the first paragraph, 'Reserve chair Ada Lunn said ...' in the fourth. Once the article is read, the
office's actor is merged into the one person met after it whose role leads the same body."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.actor_state import ActorState

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
