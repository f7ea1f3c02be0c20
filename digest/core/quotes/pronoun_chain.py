"""Whom a 'he' or 'she' does not stand for: a person met after the same pronoun that led the sentence (split off
``actors``)."""

from __future__ import annotations

from digest.core.quotes.actor_state import ActorState

CHAIN = 3
"""The most sentences back a chain of sentences opened by one pronoun reaches."""


def object_of(
    actor: ActorState, opened_by: dict[int, tuple[str, int]], sentence: int, pos: int | None, gender: str
) -> bool:
    """The actor was last met, not as the subject and after the subject, in this sentence or the one before,
    whose subject is this same pronoun (``opened_by``: each sentence's leading pronoun's gender and place): 'He
    called Drury about the nets. "...," he wrote' (he is not Drury; but 'As for Drury, he ...' is). Further back,
    up to :data:`CHAIN` sentences, when every sentence since opens with this pronoun too, even a speaker met there
    yields to the pronoun the sentences go on with: 'He came back because his surgeon told him it was "gentle".
    He grins at that now. "Gentle," he says'."""
    rank = actor.rank_before(sentence, pos)
    if rank is None or rank[0] < sentence - CHAIN or (rank[1] == 1 and rank[0] >= sentence - 1):
        return False
    if any(opened_by.get(s, ("",))[0] != gender for s in range(rank[0] + 1, sentence)):
        return False  # a sentence since was led by someone else
    lead = opened_by.get(rank[0])
    return lead is not None and lead[0] == gender and rank[2] > lead[1]  # 'As for NAME, he said': him
