"""Sentences that introduce the quotation after them: who speaks next when the quotation names no one.

'X issued the following statement:' and 'Dana Pike:' above quotation paragraphs, 'Reed continued his scathing
remarks.' before a paragraph of quotations, 'X also said:' before a list, 'Iowa State's Dana Pike agreed.' before
a sentence that is only a quotation. Each reader returns the actor introduced, or None.
"""

from __future__ import annotations

from digest.core.lexicon import POSSESSIVES, STANCE_VERBS
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.attribution import Attribution, clause_subject, name_colon
from digest.core.quotes.cue import is_verb
from digest.core.quotes.lead_ins import manner_sentence
from digest.core.quotes.reported import report_mention
from digest.core.quotes.scene import scene_speaker
from digest.core.quotes.speakers import make_mention, np_left, np_right
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import DESCRIBE_VERBS, FINITE_SPEECH_VERBS, SPEECH_OR_DESCRIBE, takes_turn

SHORT_INTRODUCTION = 12
"""The most tokens of a sentence 'X agreed.' that introduces the quotation after it."""
_INTRODUCING_VERBS = FINITE_SPEECH_VERBS | DESCRIBE_VERBS | STANCE_VERBS
_INTERRUPTING = frozenset(("interrupted", "interrupts"))


def _is_introducing(tok: Tok) -> bool:
    """A verb that can introduce quotation paragraphs: 'stated', 'issued', 'called', 'describes'."""
    return tok.kind is WORD and tok.norm in _INTRODUCING_VERBS


def _introduces(tokens: list[Tok]) -> bool:
    """The sentence holds a verb that can introduce quotation paragraphs, not counting the participle opening a
    fronted clause ('Told this, NAME laughs.': NAME's gesture, not a verb of speech, is the sentence's)."""
    fronted = bool(tokens) and tokens[0].is_cap and any(t.text == "," for t in tokens[1:_FRONTED_REACH])
    return any(_is_introducing(t) for t in tokens[1 if fronted else 0 :])


_FRONTED_REACH = 6
"""The most tokens of a fronted participle clause before its comma ('Told of the ruling by phone,')."""


def mentioned(registry: Registry, sentence: int, tokens: list[Tok], who: Attribution, para: str) -> ActorState | None:
    """The actor a speaker phrase of the sentence names."""
    m = report_mention(tokens, who, para)
    return registry.resolve(m, sentence, pos=tokens[who.start].start) if m is not None else None


def introducer(registry: Registry, sentence: int, para: str, tokens: list[Tok]) -> ActorState | None:
    """The speaker of quotation paragraphs introduced by a sentence ending in a colon: its subject ('X issued
    the following statement:', 'X called them on it:') or the name after an opening speech verb ('Stated X:')."""
    if len(tokens) >= 2 and tokens[-1].text == ":" and not _introduces(tokens):
        who = name_colon(tokens, len(tokens) - 1, 0)  # 'Dana Pike:' above a quotation paragraph
        m = report_mention(tokens, who, para) if who is not None else None
        return registry.resolve(m, sentence, pos=tokens[0].start) if m is not None else None
    manner = manner_sentence(tokens, lambda word: word in registry.surnames())
    if manner is not None:
        return mentioned(registry, sentence, tokens, manner, para)
    if len(tokens) < 3 or not _introduces(tokens):
        set_up = scene_speaker(tokens, para) if len(tokens) >= 3 else None  # 'She paused.', 'Her answer is blunt.'
        return registry.resolve(set_up, sentence, pos=tokens[0].start) if set_up is not None else None
    who = clause_subject(tokens, 0, len(tokens) - 1)
    if who is None and tokens[0].is_cap and tokens[0].norm in FINITE_SPEECH_VERBS:
        found = np_right(tokens, 1, len(tokens) - 1)
        who = Attribution(found[0], found[1], "said-X") if found is not None else None
    return mentioned(registry, sentence, tokens, who, para) if who is not None else None


def _turn_verb(tokens: list[Tok], end: int) -> int | None:
    """Where the verb of speech ('added', 'interrupted') or of taking a turn ('cut in', 'piped up') that ends the
    words before ``end`` stands; None when none does."""
    last = tokens[end - 1] if end >= 1 else None
    if last is not None and (is_verb(last, SPEECH_OR_DESCRIBE) or (last.kind is WORD and last.norm in _INTERRUPTING)):
        return end - 1
    verb = tokens[end - 2] if end >= 2 else None
    if verb is None or verb.kind is not WORD or verb.is_cap:
        return None
    return end - 2 if takes_turn(verb.norm, tokens[end - 1].norm) else None


def next_turn(registry: Registry, sentence: int, tokens: list[Tok], para: str) -> ActorState | None:
    """'"A," X said, and her brother cut in. "B"': a sentence holding a quotation that ends in ', and' or ', but',
    a new speaker and a verb of speech or of taking a turn, and nothing else, introduces the quotation after it
    (that speaker's words, not the first quotation's speaker's)."""
    if len(tokens) < 6 or tokens[-1].text not in (".", ":"):
        return None
    verb = _turn_verb(tokens, len(tokens) - 1)
    found = np_left(tokens, verb, 0) if verb is not None else None
    if found is None or found[1] != verb:
        return None
    start = found[0] - 1 if found[0] > 0 and tokens[found[0] - 1].norm in POSSESSIVES else found[0]
    if start < 3 or tokens[start - 1].norm not in ("and", "but") or tokens[start - 2].text != ",":
        return None
    if not any(t.kind is QUOTE for t in tokens[: start - 2]):
        return None
    m = make_mention(tokens, found[0], found[1], para)
    return registry.resolve(m, sentence, pos=tokens[found[0]].start) if m is not None else None


def final_verb_speaker(registry: Registry, sentence: int, tokens: list[Tok], para: str) -> ActorState | None:
    """The speaker of 'X also said:' ending a sentence (it introduces a list), or of a short sentence that is
    only a speaker and a verb of speech or of taking a turn ('Iowa State's Dana Pike agreed.', 'Her brother cut
    in.': it introduces the quotation after it)."""
    end = tokens[-1].text if tokens else ""
    verb = _turn_verb(tokens, len(tokens) - 1) if len(tokens) >= 3 and end in (":", ".") else None
    if verb is None or (end == ":" and verb != len(tokens) - 2):
        return None
    if end == "." and (len(tokens) > SHORT_INTRODUCTION or any(t.kind is QUOTE for t in tokens)):
        return None
    found = np_left(tokens, verb, 0)
    if found is None or (end == "." and found[0] != 0):
        return None
    m = make_mention(tokens, found[0], found[1], para)
    return registry.resolve(m, sentence, pos=tokens[found[0]].start) if m is not None else None
