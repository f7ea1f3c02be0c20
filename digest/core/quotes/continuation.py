"""Quotations that continue the speaker who spoke last in the paragraph, though their sentence has words of its
own: '"A," X said. "B" to the end of the year.', '"C," which is why ...'."""

from __future__ import annotations

import re

from digest.core.lexicon import CONTRAST_SUBORDINATORS, DOCUMENT_NOUNS, word_set
from digest.core.quotes.actors import ActorState
from digest.core.quotes.cue import is_verb
from digest.core.quotes.gender import thing_like
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import CUE_VERBS, PARTICIPLE_REPORT, REPORT_VERBS, SPEECH_OR_DESCRIBE

_LINKS = word_set(
    """to and or but nor of for from in on with at by than because as which who that before after until if when
    while without into about over since so like through during across against toward towards under among amid
    between behind beyond within upon per via unless though although whereas yet"""
)
"""Words that go on from a quotation into the writer's words; a quoted term that is a subject is followed by a
verb instead ('"Top secret" is the highest level')."""
_TAIL_PUNCTUATION = frozenset({",", ".", "!", "?", ";", "—", "–", "-", "(", ")", "[", "]", ":"})


def plain_tail(tokens: list[Tok]) -> bool:
    """A sentence opening with a quotation whose words after it (up to the next quotation) run on in lower case
    with no name, pronoun subject or verb of saying: the quotation's words go on in the writer's ('"..." to the
    rest of the country.'), so the quotation is the speaker's who spoke just before."""
    if len(tokens) < 2 or tokens[0].kind is not QUOTE:
        return False
    words = 0
    for tok in tokens[1:]:
        if tok.kind is QUOTE:
            break
        if tok.kind is not WORD:
            if tok.text not in _TAIL_PUNCTUATION:
                return False
            continue
        if tok.is_cap or tok.norm in CUE_VERBS:
            return False
        words += 1
    first = tokens[2] if tokens[1].text == "," and len(tokens) > 2 else tokens[1]
    return words > 0 and first.norm in _LINKS


_CLAUSE_BREAKS = CONTRAST_SUBORDINATORS | word_set("; but however")


_CONTINUING_VERBS = word_set("added adds continued continues went")
"""'"...," he added': the pronoun of a verb that continues speech is the speaker who spoke last."""


def shares_speaker(tokens: list[Tok], before: int, qi: int) -> bool:
    """A quotation continuing an attributed one: after a split ('"A," he said, "B."') or a second fragment in the
    same clause ('it was "distressing" ... "even in the face of"')."""
    if qi > 0 and tokens[qi - 1].text in (",", ":", "."):
        return True
    between = range(before + 1, qi)
    if any(tokens[k].norm in _CLAUSE_BREAKS for k in between):
        return False
    last_cue = next((k for k in reversed(between) if is_verb(tokens[k], SPEECH_OR_DESCRIBE)), None)
    return last_cue is None or _continuing_participle(tokens, last_cue)


def _continuing_participle(tokens: list[Tok], k: int) -> bool:
    """'"...," she said, adding that "..."': a participle after a comma continues the same speaker's words, and
    so does a relative clause on the speaker ('"...," said X, who added that "..."')."""
    if tokens[k].norm in PARTICIPLE_REPORT and k > 0 and tokens[k - 1].text == ",":
        return True
    return k > 1 and tokens[k - 1].norm == "who" and tokens[k - 2].text == "," and tokens[k].norm in REPORT_VERBS


def continues(tokens: list[Tok], end: int, previous: ActorState | None, gender: str) -> bool:
    """'"...," he added' right after that person's quote: the pronoun is the previous speaker. And '"...," it said'
    right after a quote of a name that is no person's (no first name: 'Brackwater Marine said it was "sorry". /
    "A," it said'): the name, read as a person's, is a firm's."""
    if gender == "n" and previous is not None and _firm_named(previous):
        verb = tokens[end] if end < len(tokens) else None
        return verb is not None and verb.norm in REPORT_VERBS
    if previous is None or previous.kind not in ("person", "role") or gender not in "mf" or _document(previous):
        return False
    verb = tokens[end] if end < len(tokens) else None
    return verb is not None and verb.norm in _CONTINUING_VERBS and previous.root().gender in ("?", gender)


_DOCUMENT_HEADS = DOCUMENT_NOUNS | word_set("application plan proposal bill")
"""Heads of a role read from a document's name ('The plan states', 'the report says')."""


def _firm_named(actor: ActorState) -> bool:
    """A speaker read as a person whose name is no person's: no first name opens it, no sex is known."""
    root = actor.root()
    return root.kind == "person" and root.gender == "?" and " " in root.name and thing_like(root.name)


def _document(actor: ActorState) -> bool:
    """A role that is a document or a source of findings ('application', 'the plan', 'report'): never 'he' or 'she'
    ('The plan states "A". ... NAME has waited here since boyhood - "B," he adds': not the plan)."""
    words = actor.root().name.lower().split()
    return bool(words) and words[-1] in _DOCUMENT_HEADS


def sexed(actor: ActorState | None, gender: str) -> ActorState | None:
    """The previous speaker a continuing 'he' or 'she' stands for (:func:`continues`), its sex noted when unknown:
    a person so called is no firm ('"A," NAME said. "B," he added. The company said C': not NAME)."""
    if actor is not None and actor.root().kind == "person" and actor.root().gender == "?":
        actor.root().gender = gender
    return actor


_LABEL = re.compile(r"[\"“'‘«„]+\s*((?:[A-Z][A-Z.'’-]*\s){0,2}[A-Z][A-Z'’-]*[A-Z]):\s")
"""A transcript's turn label: one to three words in capitals and a colon at the start of a quotation."""
_NOT_SPEAKER_LABELS = word_set(
    """video audio clip crosstalk laughter applause begin end note update breaking watch read source photo
    transcript editor's editor’s unidentified unknown announcer commercial break"""
)


def transcript_label(tok: Tok) -> tuple[str, int] | None:
    """'"HARPER: Well, look, ...': a quotation opening with a name in capitals and a colon is a transcript's turn,
    that speaker's words (the name in title case, and its offset); None for labels that name no speaker
    ('VIDEO:', 'CROSSTALK:')."""
    if tok.kind is not QUOTE:
        return None
    m = _LABEL.match(tok.text)
    if m is None or any(word.lower() in _NOT_SPEAKER_LABELS for word in m.group(1).split()):
        return None
    return m.group(1).title(), tok.start + m.start(1)


_BARE_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]*\s){0,2}[A-Z][A-Z'’-]*[A-Z]):\s+(?=\S)")
"""A transcript's turn written without quotation marks: 'HARPER: Well, look, ...' opening a paragraph."""
_TURNS_MIN = 3
"""The fewest labelled paragraphs, with at least two labels, that make an article a transcript."""


def bare_turn(para: str) -> tuple[str, int] | None:
    """'HARPER: Well, look, ...': the speaker a paragraph's label names (title case) and where its words start."""
    m = _BARE_LABEL.match(para)
    if m is None or any(word.lower() in _NOT_SPEAKER_LABELS for word in m.group(1).split()):
        return None
    return m.group(1).title(), m.end()


_NOT_NAME_LABELS = word_set(
    """what what's why how who where when which it it's is are the a an of and to for in on at next now matters
    happened means know need sports sport business politics weather world news local national health science
    tech technology entertainment arts culture travel food opinion markets money economy education crime
    lifestyle style region nation metro community obituaries obituary traffic"""
)
"""Words of an explainer's or a roundup's headings ('WHY IT MATTERS:', 'SPORTS:'): labels that name no one."""


def _name_like(label: str) -> bool:
    return not any(word.lower().strip("'’") in _NOT_NAME_LABELS for word in label.split())


def is_transcript(paras: list[str]) -> bool:
    """Paragraphs of an interview printed as a transcript: at least three open with a label in capitals that may
    be a name, two labels differ and a surname comes back ('PIKE: ...', 'MOSS: ...', 'PIKE: ...'); one label alone
    is a headline's kicker ('UPDATE:', 'EXCLUSIVE:'), headings are no names ('WHY IT MATTERS:', 'SPORTS:')."""
    labels = [turn[0] for turn in map(bare_turn, paras) if turn is not None]
    names = [label.split()[-1] for label in labels if _name_like(label)]  # 'DANA PIKE:', then 'PIKE:'
    return len(names) == len(labels) >= _TURNS_MIN and 2 <= len(set(names)) < len(names)


def opens_with_label(para: str) -> bool:
    """A paragraph opening a quotation with a turn label ('"VIDEO: ...'): it does not go on with the words of
    the quotation before it."""
    return _LABEL.match(para) is not None


def unspoken_label(text: str) -> bool:
    """A quotation opening with a label that names no speaker ('"VIDEO: ...', '"CROSSTALK: ...'): no one's
    words to credit."""
    m = _LABEL.match(text)
    return m is not None and any(word.lower() in _NOT_SPEAKER_LABELS for word in m.group(1).split())
