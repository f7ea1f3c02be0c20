"""Names used by habit, no one's words: a pet name in capitals someone gives a thing ('Yarrowby calls it "the Tin
Kettle"', "he calls Dunstane's shed "the Office""), a longer lower-case 'the' name ('calls the shed "the cold
store"', a house name) and a term a group uses ('what the crews call "the gap"', 'a trick anglers call "tickling"').
A judgement stays the speaker's: one opened by 'a' ('calls it "a farce"'), a superlative ('calls it "the worst"'), a
phrase with 'of', a name given to a person ('calls her "the Boss"'), a one-word lower-case 'the' phrase after an
object ('calls the quay "the heart"', a metaphor as often as a name: the sets' gold reads both ways), and a term
after a single speaker's 'what he calls' or 'what NAME called' or a vague 'what some call' (PolNeAR's annotators
count those as the speaker's words). A name given in the passive with no giver is no one's words ('has been called
"the quiet one"', 'is billed locally as a "X"', 'is described in print as "the X"'; :func:`_passive_name`)."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, BE_FORMS, KIN, PERSON_HEADS, PRONOUNS, WORK_NOUNS, word_set
from digest.core.quotes.group_nicknames import group_nickname
from digest.core.quotes.stated_names import stated_name
from digest.core.quotes.thing_names import proper_name
from digest.core.quotes.tokens import QUOTE, WORD, Tok, quoted_words

_CALL_NOW = word_set("call calls")
"""Verbs of calling in the present, a habit: 'calls it "the Tin Kettle"'."""
_CALL_ANY = _CALL_NOW | word_set("called")
_THING_OPENERS = word_set("it the this that these those its their his")
"""Words opening the object named ('it', 'the weir', 'his shed'); not 'him', 'her' or 'them' (people)."""
_OBJECT_REACH = 8
"""The most words of the object between the verb and the quotation ('the listeners who queue at the gate')."""
_TERM_WORDS = 4
"""The most words of a pet name or a term ('the Tin Kettle', 'the Back Office')."""
_JUDGING = word_set("best worst most least same only first last biggest greatest")
"""Words that make a 'the' phrase a judgement or a ranking ('the worst', 'the same old story'), no name."""
_GROUP_OPENERS = word_set("the one")
"""Words that may open a group's subject ('the crews', 'one team'); a bare plural needs none."""
_SUBJECT_WORDS = 3
_RELATIVES = word_set("what which that")


def nickname(tokens: list[Tok], qi: int) -> bool:
    """The quotation ``tokens[qi]`` is a pet name given to a thing, a group's term for it (module docstring), a name
    given as an example ('names like "A"'), a term glossed after it ('"A" -- the crews' term for B'), a
    group's nickname for a person (:func:`group_nickname`) or a name stated after 'his nickname was'
    (:func:`stated_name`)."""
    return (
        _pet_name(tokens, qi)
        or _group_term(tokens, qi)
        or _names_like(tokens, qi)
        or _term_for(tokens, qi)
        or group_nickname(tokens, qi)
        or stated_name(tokens, qi)
        or _passive_name(tokens, qi)
    )


_NAME_NOUNS = word_set("name names nickname nicknames title titles") | WORK_NOUNS | word_set("hits tracks singles")
"""Nouns of names and of named works ('names like "A"', 'hits including "A" and "B"')."""
_EXAMPLE_WORDS = word_set("like including")
_LIST_REACH = 6
"""The most quotations of a list of names ('names like "A", "B" and "C"')."""


def _names_like(tokens: list[Tok], qi: int) -> bool:
    """'pears with names like "Ruddy Meg" and "Owl's Ear"', 'nicknames such as "Doc"', 'hits including "A"':
    quotations after a noun of naming or of a work and 'like', 'such as' or 'including' are names given as
    examples, no one's words (each quotation of a list joined by commas, 'and' or 'or')."""
    k = qi - 1
    for _ in range(_LIST_REACH):
        if k >= 1 and tokens[k].norm in ("and", "or", ",") and tokens[k - 1].kind is QUOTE:
            k -= 2  # back over an earlier quotation of the list
        elif k >= 2 and tokens[k].norm in (",", "and", "or") and tokens[k - 1].text == ",":
            k -= 1
        else:
            break
    if k >= 2 and tokens[k].norm == "as" and tokens[k - 1].norm == "such":
        k -= 1
    elif k < 1 or tokens[k].norm not in _EXAMPLE_WORDS:
        return False
    return tokens[k - 1].kind is WORD and not tokens[k - 1].is_cap and tokens[k - 1].norm in _NAME_NOUNS


_TERM_NOUNS = word_set("term name nickname slang shorthand jargon code euphemism")
_NOT_TERM_OWNERS = word_set("his her their my our your")
"""Owners whose 'term for' makes the quotation a speaker's word ('"shambles", her word for it')."""
_GLOSS_REACH = 4
"""The most words between the quotation's comma or dash and the noun of a term ('the ambulance service's term')."""


def _term_for(tokens: list[Tok], qi: int) -> bool:
    """'a "amber nine" -- the drivers' term for a closed line', '"the Ditch", local slang for the old canal': after
    the quotation, a comma or a dash and a few words ending in a noun of a term before 'for' gloss it as a term, no
    one's words; not after a speaker's possessive ('"shambles", her word for it' stays hers)."""
    k = qi + 1
    if k < len(tokens) and tokens[k].text in (",", "—", "–", "--", "-"):
        k += 1
    elif not tokens[qi].text.rstrip("\"”’' ").endswith(","):
        return False
    for j in range(k, min(len(tokens) - 1, k + _GLOSS_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.norm in _NOT_TERM_OWNERS:
            return False
        if t.norm in _TERM_NOUNS and tokens[j + 1].norm == "for":
            return True
    return False


def _term(text: str, *, definite: bool) -> bool:
    """A short name: up to :data:`_TERM_WORDS` words, no sentence marks, no 'of', no ranking word; opened by 'the'
    when ``definite``; never opened by 'a' or 'an'."""
    words = quoted_words(text)
    if not words or len(words) > _TERM_WORDS or any(ch in w for w in words for ch in ",;:?!."):
        return False
    lower = [w.lower() for w in words]
    if lower[0] in ("a", "an") or "of" in lower or any(w in _JUDGING or w.endswith("est") for w in lower):
        return False
    return lower[0] == "the" or not definite


def _pet_name(tokens: list[Tok], qi: int) -> bool:
    """'calls it "the Tin Kettle"', "calls Dunstane's shed "the Office"", 'used to call the pear tree "Matilda"': a
    verb of calling in the present (or its base), a thing's object, then a proper name (:func:`_term`) opened by
    'the' or of one word (not 'call the scheme "Project Gloom"', a jeer as often) or a longer lower-case 'the' name
    (:func:`_compound`)."""
    text = tokens[qi].text
    bare = _term(text, definite=True) or len(quoted_words(text)) == 1  # 'Matilda'; not a jeer, 'Project Gloom'
    if not (proper_name(text) and bare and _term(text, definite=False)) and not (
        _term(text, definite=True) and _compound(text)
    ):
        return False
    for v in range(qi - 2, max(-1, qi - 2 - _OBJECT_REACH), -1):
        t = tokens[v]
        if t.kind is not WORD:
            return False
        if not t.is_cap and t.norm in _CALL_NOW:
            return _thing(tokens[v + 1 : qi])
    return False


def _compound(text: str) -> bool:
    """'the engine room', 'the computer thing': 'the' and two or three more plain lower-case words, a house name for
    a thing or a time as often as not; a one-word 'the' phrase ('the anchor') is a metaphor as often (the sets'
    gold reads those both ways)."""
    words = quoted_words(text)
    return len(words) >= 3 and all(w.isalpha() and w.islower() for w in words)


def _thing(words: list[Tok]) -> bool:
    """The object of a verb of calling is a thing: opened by 'it', an article or a thing's determiner, or by a
    possessive name ("Dunstane's shed"), its head no person's noun."""
    first, head = words[0], words[-1]
    possessive = first.is_cap and first.text.endswith(("'s", "’s"))
    if not possessive and first.norm not in _THING_OPENERS:
        return False
    return head.norm not in PERSON_HEADS and head.norm not in KIN and (len(words) == 1 or head.norm not in PRONOUNS)


def _group_term(tokens: list[Tok], qi: int) -> bool:
    """'what the crews call "the gap"', 'a trick anglers call "tickling"', 'which the older hands called "the
    drop"': right after a verb of calling whose subject is a group of common nouns (no pronoun, no name, no vague
    'some'), after a relative word or a noun, a term (:func:`_term`; after 'called' only a 'the' name)."""
    v = qi - 1
    if v >= 1 and tokens[v].norm == "the" and not tokens[v].is_cap:
        v -= 1
    if v < 2 or tokens[v].is_cap or tokens[v].norm not in _CALL_ANY:
        return False
    if not _term(tokens[qi].text, definite=tokens[v].norm == "called"):
        return False
    for j in range(v - 1, max(0, v - 2 - _SUBJECT_WORDS), -1):
        t = tokens[j]
        if t.norm in _RELATIVES and not t.is_cap:
            return _group(tokens[j + 1 : v])
        if not _group_word(t):
            break
    plural = tokens[v - 1]  # 'a trick anglers call': a bare plural after a noun
    return _group([plural]) and _noun(tokens[v - 2])


def _group(subject: list[Tok]) -> bool:
    """A group's subject: a few plain lower-case words opened by 'the' or 'one', or ending in a plural ('the crews',
    'engineers', 'the older hands'); not 'some' or 'many', whose words PolNeAR reads as the speaker's."""
    if not subject or not all(_group_word(t) for t in subject):
        return False
    last = subject[-1].norm
    return subject[0].norm in _GROUP_OPENERS or (last.endswith("s") and not last.endswith(("ss", "us")))


def _noun(t: Tok) -> bool:
    """A lower-case word that may end a noun phrase before a bare plural subject ('a trick anglers call')."""
    return _group_word(t) and t.norm not in _NOT_NOUNS


_NOT_NOUNS = word_set("the a an and or but of to in on at by for with from as that than if so what which")
"""Small words that never end a noun phrase."""


def _group_word(t: Tok) -> bool:
    """A lower-case plain word of a group's subject ('the', 'older', 'crews'), no relative word and no pronoun."""
    return t.kind is WORD and not t.is_cap and t.norm.isalpha() and t.norm not in _RELATIVES and t.norm not in PRONOUNS


_NAMING_PARTICIPLES = word_set("called dubbed nicknamed labelled labeled branded christened")
"""Past participles of naming: 'has been called "A"', 'is often dubbed "B"'."""
_PASSIVE_REACH = 2
"""The most words (adverbs: 'often', 'long', 'widely') between a form of 'be' and the participle."""


def _passive_name(tokens: list[Tok], qi: int) -> bool:
    """'NAME has been called "the quiet one" at every regatta', 'the ridge is nicknamed "the Saw"', 'he had been
    called a "blow-in"', 'the match has been billed locally as a "six-pointer"', 'she is often described in the
    press as "the first lady of X"': a name given in the passive with no one named as giving it is no one's words
    (an article may come before the quotation, and after a participle of naming or of describing, 'as' and up to
    :data:`_AS_REACH` words before it); 'was labelled "A" by the campaign' names its speaker and stays a quotation."""
    p = qi - 1
    article = p >= 0 and tokens[p].kind is WORD and tokens[p].norm in ARTICLES
    if article:
        p -= 1
    if p >= 1 and tokens[p].norm == "as":
        p = _participle_before_as(tokens, p)
    elif p < 1 or tokens[p].kind is not WORD or tokens[p].norm not in _NAMING_PARTICIPLES:
        return False
    if p < 1 or not _be_before(tokens, p):
        return False
    words = quoted_words(tokens[qi].text)
    if not words or not (article or words[0].lower() in ARTICLES or words[0][:1].isupper()):
        return False  # 'was branded "in homage to" a hacker': a fragment of someone's words, no name
    after = next((t for t in tokens[qi + 1 :] if t.kind is WORD or t.kind is QUOTE), None)
    return after is None or after.norm != "by"


_AS_REACH = 3
"""The most words between the participle and 'as' ('billed locally as', 'described in the press as')."""
_AS_PARTICIPLES = _NAMING_PARTICIPLES | word_set("described billed")
"""Participles a name follows after 'as' ('is billed as "A"', 'was described as "B"')."""


def _be_before(tokens: list[Tok], p: int) -> bool:
    """A form of 'be' (not 'being': 'celebrating being dubbed "A"') at most :data:`_PASSIVE_REACH` plain lower-case
    words before the participle at ``p`` ('has long been called'; not 'would be what NAME called')."""
    for k in range(p - 1, max(-1, p - 2 - _PASSIVE_REACH), -1):
        t = tokens[k]
        if t.kind is not WORD or t.is_cap or t.norm in _CLAUSE_OPENERS:
            return False
        if t.norm in BE_FORMS:
            return t.norm != "being"
    return False


_CLAUSE_OPENERS = word_set("what who which that whom")
"""Words that open another clause before the participle ('would be what NAME called'): no passive of naming."""


def _participle_before_as(tokens: list[Tok], as_at: int) -> int:
    """Where a participle of naming or describing stands a few words before 'as' at ``as_at`` (no 'by' between:
    'described by her rivals as' names who said it); -1 when none does."""
    for k in range(as_at - 1, max(-1, as_at - 2 - _AS_REACH), -1):
        t = tokens[k]
        if t.kind is not WORD or t.norm == "by":
            return -1
        if t.norm in _AS_PARTICIPLES:
            return k
    return -1
