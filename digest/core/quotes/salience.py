"""People written about, not only speakers, become candidates for later pronouns: a sentence's subject, known
surnames, a plural subject for 'they'."""

from __future__ import annotations

from digest.core.lexicon import ADVERBIAL_OPENERS, word_set
from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.actors import Registry
from digest.core.quotes.first_name_subject import note_first_name_subject
from digest.core.quotes.first_names_met import first_name_only
from digest.core.quotes.gender import UNKNOWN, first_name_gender, honorific_gender, org_name
from digest.core.quotes.kin_apposed import relative_name
from digest.core.quotes.openers import participle_opening, subject_start
from digest.core.quotes.reported import group_mention
from digest.core.quotes.role_subject import note_role_subject
from digest.core.quotes.speakers import Mention, make_mention, may_name_person, np_right
from digest.core.quotes.subjects import plural_subject
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import ASKED

_ADVERBIAL_REACH = 16
"""The most tokens of an opening phrase before the comma ahead of a subject ('Sitting up in a hospital bed in the
valley town below the pass on Sunday,')."""
_PLACE_OPENERS = ADVERBIAL_OPENERS | word_set(
    "across beyond inside outside behind beside throughout through around along toward towards against within"
)
"""Words opening a phrase of time or place before a sentence's subject ('Across the Merrow Sound, NAME ...')."""
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the"})
_NAMES_READ = 20
"""The latest names read for those written in the sentence being read (bounded)."""


def note_salient(registry: Registry, sentence: int, tokens: list[Tok], para: str) -> None:
    """People written about become candidates for later pronouns: the sentence's subject, known surnames."""
    known = registry.surnames()
    found = np_right(tokens, 0, len(tokens))
    lead_end = found[1] if found is not None else 0
    asked = asked_clause_end(tokens)
    for index, t in enumerate(tokens) if known else ():
        if t.is_cap and t.text in known and index > asked and not _other_bearer(registry, sentence, tokens, index):
            # a known name leading the sentence is its subject: 'Quenwick declined ...'; not one that only
            # modifies the head after it ('Brannick spokeswoman Ada Pike said': the spokeswoman is)
            subject = index < lead_end and not _modifies(tokens, index, lead_end)
            person = _titled_other(registry, sentence, tokens, index, known[t.text]) or _titled_alias(
                registry, tokens, index, known[t.text]
            )
            registry.recency.note(person, sentence, t.start, subject)
    _first_names(registry, sentence, tokens, lead_end, asked, known)
    group = plural_subject(tokens)
    if group is not None:
        # people a later 'they' may refer to: 'Environmental groups sued ... They argue that'
        registry.resolve(group_mention(tokens, group, para), sentence, pos=tokens[group.start].start)
    _surname_subject(registry, sentence, tokens)
    note_first_name_subject(registry, sentence, tokens, para)
    note_role_subject(registry, sentence, tokens, para)
    if found is None or found[1] >= len(tokens):
        return
    after = tokens[found[1]]
    if participle_opening(tokens, found[0], found[1]) or tokens[found[0]].norm in _PLACE_OPENERS:
        return  # 'Across the Merrow Sound, Ida Brell is unconvinced': the sound is no one
    who = after.text == "," and found[1] + 1 < len(tokens) and tokens[found[1] + 1].norm == "who"  # 'NAME, who ...'
    if ((after.kind is WORD and not after.is_cap) or who) and may_name_person(tokens, found[0], found[1]):
        m = make_mention(tokens, found[0], found[1], para)
        if m is not None and m.kind == "person" and len(m.name.split()) >= 2:
            registry.resolve(m, sentence, pos=tokens[found[0]].start)


_ASKED_LEADS = word_set("when once after if")
_ASKED_REACH = 40
"""The most tokens a fronted clause of questioning is read for its comma."""


def asked_clause_end(tokens: list[Tok]) -> int:
    """The comma closing a fronted clause of questioning ('Asked about Mr Tolland, he shrugged', 'When pressed by
    Ms Quarrie on the rota, she said', 'Questioned whether Pardoe had known, he replied'): the people it names were
    asked about or did the asking, so none of them is the subject after the comma, nor a later pronoun's first
    candidate. -1 when the sentence opens with no such clause."""
    if not tokens or not tokens[0].is_cap:
        return -1
    k = 1 if tokens[0].norm in _ASKED_LEADS else 0
    if k >= len(tokens) or tokens[k].norm not in ASKED:
        return -1
    return next((i for i in range(k + 1, min(len(tokens), k + _ASKED_REACH)) if tokens[i].text == ","), -1)


def _surname_subject(registry: Registry, sentence: int, tokens: list[Tok]) -> None:
    """'On Thursday, Moss unloaded on the paper.': a lone surname opening the sentence (after lead words and an
    opening adverbial) before a lower-case verb or an appositive's comma ('Moss, a former coach, did not attend'),
    of a person the article named in full, is that person as the sentence's subject, a candidate for a later 'he'
    or 'she'."""
    start = subject_start(tokens, _ADVERBIAL_REACH)
    if start + 1 >= len(tokens) or tokens[start].kind is not WORD or not tokens[start].is_cap:
        return
    word, after = tokens[start].text, tokens[start + 1]
    verb_or_aside = (after.kind is WORD and not after.is_cap) or after.text == ","  # 'Moss, a former ..., did not'
    if verb_or_aside and registry.named_in_full(word) is not None:
        registry.resolve(Mention(word, word, None, "person"), sentence, pos=tokens[start].start)


def _honorific_before(tokens: list[Tok], index: int) -> int | None:
    """Where an honorific of known sex ('Mrs', 'Mr.') stands right before the surname at ``index``, or None."""
    k = index - 2 if index >= 2 and tokens[index - 1].text == "." else index - 1
    if k < 0 or tokens[k].kind is not WORD or honorific_gender(tokens[k].text) == UNKNOWN:
        return None
    return k


def _titled_other(
    registry: Registry, sentence: int, tokens: list[Tok], index: int, bearer: ActorState
) -> ActorState | None:
    """'Mrs Quenby smiled.' when the person filed under 'Quenby' is a man (his wife, read as 'said Mrs Quenby' is:
    the bearer of the honorific's sex, or a new person of it); None when no honorific of the other sex than that
    person's stands right before the surname at ``index``."""
    k = _honorific_before(tokens, index)
    sex = honorific_gender(tokens[k].text) if k is not None else UNKNOWN
    if k is None or bearer.gender in (UNKNOWN, sex) or index + 1 >= len(tokens):
        return None
    after = tokens[index + 1]
    if not ((after.kind is WORD and not after.is_cap) or after.text == ","):
        return None
    if k != subject_start(tokens, _ADVERBIAL_REACH):
        return None  # the titled surname opens the sentence's subject, before its verb: 'Mrs Quenby smiled.'
    name = tokens[index].text
    return registry.resolve(
        Mention(f"{tokens[k].text} {name}", name, tokens[k].text, "person"), sentence, pos=tokens[k].start
    )


def _titled_alias(registry: Registry, tokens: list[Tok], index: int, bearer: ActorState) -> ActorState:
    """'Mrs Quenby didn't argue.' when the article called one person 'Mrs Quenby' and the surname is filed under
    a relative named in full later ('Ada Quenby ... Lina Quenby, a cousin by marriage'): the one the article
    called by that honorific and surname, not the latest bearer, when the titled surname opens the sentence's
    subject; ``bearer`` when no other person, or more than one, was called so, or the name stands elsewhere."""
    k = _honorific_before(tokens, index)
    if k is None:
        return bearer
    if k != subject_start(tokens, _ADVERBIAL_REACH):
        return bearer  # the titled surname opens the sentence's subject, before its verb
    titled = {f"{tokens[k].text}{'.' if k == index - 2 else ''} {tokens[index].text}"}
    if titled & set(bearer.aliases) or bearer.name in titled:
        return bearer
    called = [a for a in registry.people().values() if titled & set(a.aliases)]
    return called[0] if len(called) == 1 else bearer


def _other_bearer(registry: Registry, sentence: int, tokens: list[Tok], index: int) -> bool:
    """The known surname at ``index`` closes a full name written in this sentence with another first name than the
    person filed under it ('Ivo Quillacre, now 90, still rings' after 'Dervla Quillacre' spoke): a relative of
    that surname, not the person known by it."""
    if index == 0 or tokens[index - 1].kind is not WORD or not tokens[index - 1].is_cap:
        return False
    name = f"{tokens[index - 1].text} {tokens[index].text}"
    if not relative_name(registry, name, registry.surnames()[tokens[index].text].name):
        return False
    return any(seen == name for at, seen in registry.names_seen[-_NAMES_READ:] if at == sentence)


def _modifies(tokens: list[Tok], index: int, lead_end: int) -> bool:
    """The capitalised word at ``index`` is no head of the leading phrase: it stands inside an appositive after the
    name ('Brian Reed, a spokesman for the Kelby campaign'), or before a lower-case noun and a name after it
    ('Brannick spokeswoman Ada Pike', 'Kelby council leader Tom Reed'), the role of the person named."""
    comma = next((k for k in range(index - 1, -1, -1) if tokens[k].text == ","), None)
    if comma is not None and tokens[comma + 1].norm in _APPOSITIVE_OPENERS:
        return True  # 'NAME, a spokesman for the Kelby campaign': inside the appositive the last comma opens
    if index + 1 >= lead_end or tokens[index + 1].kind is not WORD or tokens[index + 1].is_cap:
        return False
    return any(t.is_cap for t in tokens[index + 2 : lead_end])


def _first_names(
    registry: Registry, sentence: int, tokens: list[Tok], lead_end: int, asked: int, known: dict[str, ActorState]
) -> None:
    """'He nods at Brisen.', 'Later Brisen locks up.': a lone first name outside quotations, the first word of the
    one person named in full with it and never anyone's surname ('Brisen' after 'Brisen Pashby'), is a mention of
    that person (a subject when it leads the sentence), a candidate for a later 'he' or 'she', as a known surname
    is (features call people by their first names)."""
    firsts: dict[str, ActorState | None] | None = None
    for index, t in enumerate(tokens):
        if not t.is_cap or t.kind is not WORD or t.text in known or index <= asked or _in_longer_name(tokens, index):
            continue
        if firsts is None:
            firsts = {}
            for a in registry.people().values():
                words = a.name.split()
                if len(words) > 1 and a.name not in registry.things and not org_name(a.name):
                    firsts[words[0]] = None if words[0] in firsts else a
        person = firsts.get(t.text)
        if person is not None and first_name_only(registry, t.text) and _one_sex(person, t.text):
            subject = index < lead_end and not _modifies(tokens, index, lead_end)
            registry.recency.note(person, sentence, t.start, subject)


def _in_longer_name(tokens: list[Tok], index: int) -> bool:
    """The capitalised word at ``index`` stands beside another capitalised word ('Brisen Pashby', 'Dr Brisen'): part
    of a longer name, read as one by the passes over names."""
    before = index > 0 and tokens[index - 1].kind is WORD and tokens[index - 1].is_cap
    after = index + 1 < len(tokens) and tokens[index + 1].kind is WORD and tokens[index + 1].is_cap
    return before or after


def _one_sex(person: ActorState, word: str) -> bool:
    """The person is known as a man or a woman, or ``word`` is a first name of one sex: a person, not a club or a
    firm whose first word the article also writes alone ('Thrushcombe' of 'Thrushcombe Rovers Women')."""
    return person.gender in ("m", "f") or first_name_gender(word) in ("m", "f")
