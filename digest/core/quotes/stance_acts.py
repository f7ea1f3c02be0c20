"""The speaker's act of stance after a reported clause and 'and' or 'but' ('said the roof had held but played down
his own part', 'said the delays were regrettable and credited the crews with ...'): a judgement of what was said or
done, the speaker's next act whatever the clause's tense, so the clause ends before it."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.tokens import Tok

_STANCE_PAST = word_set("credited congratulated rejected downplayed attributed")
"""Past tenses of judging aloud that a narrated deed inside a clause hardly takes ('and credited the coach with',
'but rejected the claim', 'and attributed the rise to')."""
_STANCE_PHRASES = {"played": "down", "stopped": "short", "took": "responsibility"}
"""Past tenses that judge only with the word after them ('played down', 'stopped short of', 'took responsibility')."""


def stance_act(tokens: list[Tok], joint: int, hi: int, shared: bool) -> bool:
    """The words after 'and' or 'but' (``tokens[joint]``) open an act of stance: 'credited', 'rejected', 'played
    down', 'stopped short of', 'took responsibility for' (not 'played the organ', 'stopped at the gate', 'took
    the bus'). A single past tense is no act of its own when the clause has 'have' or 'be' before a participle
    (``shared``), which it may share ('lawmakers had considered and rejected such a bill')."""
    if joint + 1 >= hi:
        return False
    act = tokens[joint + 1]
    if act.is_cap:
        return False
    if act.norm in _STANCE_PAST:
        return not shared
    follow = _STANCE_PHRASES.get(act.norm)
    return follow is not None and joint + 2 < hi and tokens[joint + 2].norm == follow
