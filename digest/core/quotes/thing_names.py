"""Names a thing is called by, whoever calls it: 'the bridge, which locals call the "Grey Mare"', 'a yew that
walkers called "the Old Man"', 'Campaigners have dubbed the new mast "Crag Needle"'. A proper name in a title's
capitals is no one's words even when a subject calls the thing so; a judgement opened by 'a' ('called the plan "A
Total Mess"') or in lower case ('called it "a mess"') stays the subject's, and so does a name given to a person
('called her "Madam Drizzle"', which PolNeAR's annotators count as the caller's words)."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, KIN, PRONOUNS, ROLE_NOUNS, word_set
from digest.core.quotes.tokens import QUOTATION_MARKS, QUOTE, WORD, Tok, quoted_words
from digest.core.speech_verbs import SPEECH_VERBS

_NAMING = word_set("dub dubs dubbed dubbing nickname nicknames nicknamed nicknaming")
"""Verbs that only name ('dubbed the mast "Crag Needle"'); after 'call' with an object the quotation may be a
judgement in capitals ('called the summit "Total Madness"'), a name only when a lower-case 'the' opens it ('calling
the flood "the Lodger"')."""
_CALLING = _NAMING | word_set("call calls called calling")
"""Verbs that give a thing the name after them."""
_THING_RELATIVES = word_set("which that what")
"""Relative words whose clause is about a thing ('which', 'that', 'what'); not 'who' or 'whom' (a person)."""
_SUBJECT_WORDS = 4
"""The most words of the subject between the relative and the verb ('which the older fishermen still call')."""
_OBJECT_OPENERS = ARTICLES | word_set("this that these those its their our")
"""Words opening the thing named ('the blaze', 'its new wing'); not 'her' or 'his', which may be a person."""
_OBJECT_WORDS = 4
"""The most words of the thing named between the verb and the quotation ('the proposed new cell')."""
SIGN_NOUNS = word_set(
    """sign signs banner banners placard placards poster posters billboard billboards plaque plaques sticker stickers
    badge badges button buttons t-shirt t-shirts shirt shirts sweatshirt sweatshirts jersey jerseys cap caps hat
    hats mug mugs flag flags inscription inscriptions headstone gravestone tattoo graffiti"""
)
"""Things that carry words no one speaks: a sign, a banner, a shirt, a plaque."""
_NAME_WORDS = 7
_SMALL = word_set("of the and for in on at to by de la")


def proper_name(text: str) -> bool:
    """The quotation's words are a proper name: up to :data:`_NAME_WORDS` words, each capitalised or small ('of',
    'the') or a number, the first capitalised or 'the' before a capital; not opened by 'A' or 'An' (a judgement:
    'A Total Mess'), no sentence marks inside."""
    words = quoted_words(text)
    if not words or len(words) > _NAME_WORDS or any(ch in w for w in words for ch in ",;:?!"):
        return False
    if words[0] in ("A", "An"):
        return False
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    return first[:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL for w in words)


def _verb(tok: Tok) -> bool:
    return tok.kind is WORD and not tok.is_cap and tok.norm in _CALLING


def _called_in_relative(tokens: list[Tok], k: int) -> bool:
    """The verb at ``k`` closes a relative clause on a thing ('which its sponsor calls', 'that neighbours called',
    'what the brochure called'): a subject of a few plain words between the relative word and the verb."""
    for j in range(k - 1, max(-1, k - 2 - _SUBJECT_WORDS), -1):
        t = tokens[j]
        if t.kind is not WORD:
            return False
        if t.norm in _THING_RELATIVES:
            return j < k - 1
    return False


def _thing_object(tokens: list[Tok], k: int, qi: int) -> bool:
    """The words between the verb at ``k`` and the quotation at ``qi`` are a thing: an opener ('the', 'its') and a
    few lower-case words, none a person's noun ('the blaze', 'the proposed new cell'; not 'the old skipper')."""
    words = tokens[k + 1 : qi]
    if not words or len(words) > _OBJECT_WORDS or words[0].norm not in _OBJECT_OPENERS:
        return False
    if any(t.kind is not WORD or t.is_cap or not t.norm.replace("-", "").isalpha() for t in words):
        return False
    head = words[-1].norm
    return len(words) > 1 and head not in ROLE_NOUNS and head not in KIN and head not in PRONOUNS


def called_thing(tokens: list[Tok], qi: int) -> bool:
    """'the ridge, which walkers call "the Spine"', 'a beech that pupils called "Old Grumpy"', 'which its makers
    call the "Night Owl"', 'Campaigners have dubbed the new mast "Crag Needle"', 'Locals took to calling the flood
    "the Lodger"': a proper name (:func:`proper_name`) after a verb of calling whose object is a thing, named
    between them (after 'call' only a name opened by a lower-case 'the': 'called the summit "Total Madness"' is a
    judgement) or by a relative word before the subject, is the thing's name, no one's words."""
    if not proper_name(tokens[qi].text):
        return False
    k = qi - 1
    if k >= 1 and tokens[k].norm == "the" and not tokens[k].is_cap:
        k -= 1  # 'calls the "Night Owl"'
    if k >= 1 and _verb(tokens[k]):
        return _called_in_relative(tokens, k)
    definite = tokens[qi].text.strip(QUOTATION_MARKS).startswith("the ")
    for v in range(qi - 2, max(0, qi - 2 - _OBJECT_WORDS), -1):
        if _verb(tokens[v]):  # 'called the summit "Total Madness"' may be a judgement: 'call' needs 'the Beast'
            return (definite or tokens[v].norm in _NAMING) and _thing_object(tokens, v, qi)
    return False


_SIGN_READS = word_set("read reads")
_SIGN_REACH = 4
"""The most words from 'read' to the sign's noun ('read one hand-painted sign')."""


def sign_after(tokens: list[Tok], qi: int) -> bool:
    """'"Slow: Ducks," read a sign by the gate', '"No Toll," reads one hand-painted banner': a quotation closed by a
    comma, then 'read' or 'reads' and a few words ending in a sign's noun (:data:`SIGN_NOUNS`), is the words the sign
    carries, no one's words here."""
    at = qi + 1
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    elif not tokens[qi].text.rstrip("\"”’' ").endswith(","):
        return False
    if at >= len(tokens) or tokens[at].norm not in _SIGN_READS:
        return False
    for j in range(at + 1, min(len(tokens), at + 1 + _SIGN_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.is_cap:
            return False
        if t.norm in SIGN_NOUNS:
            return True
    return False


_LABEL_WORDS = 4
"""The most words of a label before its noun ('"melt and pour" rule')."""
_CATEGORY_NOUNS = word_set(
    "level levels rating ratings status category categories setting settings mode button buttons tier tiers grade"
)
"""Nouns of a category or a setting: any quoted lower-case words before one name it ('the "good" rating', 'the
"confidential" level', 'a "subscribe" button')."""
_SCHEME_NOUNS = word_set(
    """option options system systems scheme schemes rule rules principle process notice notices tariff tariffs
    sticker stickers"""
)
"""Nouns of a scheme, a rule or a device: quoted plain nouns before one name it ('the "bread token" system', 'a
"pause" option'); an adjective there is a judgement ('a "reckless" scheme')."""
_JUDGING_ENDS = (
    "ed", "ing", "en", "ive", "ful", "ous", "ic", "able", "ible", "less", "ish", "al", "ent", "ant", "ly", "est",
    "ary", "ory", "ar", "ist",
)  # fmt: skip
"""Endings of adjectives, participles and adverbs ('"reckless"', '"rigged"', '"broken"', '"necessary"')."""
_PLAIN_ADJECTIVES = word_set(
    """good bad great poor fair high low top secret real free full new old big small huge tiny hard soft strong weak
    right wrong true false open closed clean safe fresh cheap rich deep fast slow hot cold warm dark long short whole
    sure fine grim mad sick corrupt unbound better worse bigger greater larger smaller higher lower stronger weaker"""
)
"""Adjectives without an adjective's ending ('a "good" job', '"top secret" messages')."""
_LINKS = word_set("and or of")
"""Small words a label may hold ('"melt and pour"', '"freedom of choice"')."""


def _label_word(word: str) -> bool:
    """A plain lower-case word of a label or one of its links ('and', 'of'): no hyphen, digit or mark."""
    return word.isalpha() and word.islower()


def _plain_noun(word: str) -> bool:
    """A word that is no adjective, participle or adverb by its ending, nor a plain adjective ('good')."""
    y_adjective = word.endswith("y") and not word.endswith(("ity", "cy", "ry", "gy", "ey", "ay", "oy"))
    return word not in _PLAIN_ADJECTIVES and not word.endswith(_JUDGING_ENDS) and not y_adjective


_SERVICE_NOUNS = _SCHEME_NOUNS | word_set("app apps hotline line alert alerts text texts service fund bond")
"""Nouns of a scheme or a service a body runs: a proper name before one is its name ('its "Drip Watch" app', 'the
"Ring First" line'); not nouns of a category ('the "Hidden" tier' is a grade someone gave, as PolNeAR reads it)."""


def _named_scheme(tokens: list[Tok], qi: int, words: list[str]) -> bool:
    """'issued the "storm drain notice"', 'under its "Safe Roofs Scheme"': a quotation of a few plain nouns or a
    proper name ending in a scheme's noun, after a determiner, is the scheme's name."""
    if len(words) < 2 or len(words) > _LABEL_WORDS or qi == 0 or not _determined(tokens[qi - 1]):
        return False
    inner = " ".join(words)
    return proper_name(inner) or all(_label_word(w) and (w in _LINKS or _plain_noun(w)) for w in words)


def _determined(tok: Tok) -> bool:
    """An article, a possessive determiner or a possessive noun before the quotation."""
    return tok.norm in ARTICLES or tok.norm in ("its", "their", "our") or tok.text.endswith(("'s", "’s"))


def label_before_noun(tokens: list[Tok], qi: int) -> bool:
    """'the "silver" grade', 'a "follow" button', 'the "bread token" system', 'a "stop and check" rule', 'leave
    "sorry" stickers': a quotation of a few plain lower-case words right before a lower-case noun of a category or a
    setting (any words), or of a scheme, a rule or a device (plain nouns only, 'and', 'or', 'of' between), names a
    kind of thing, no one's words, and so is a proper name before a noun of a service ('its "Drip Watch" app') or a
    scheme's name (:func:`_named_scheme`); an adjective, a participle or an adverb before a scheme's noun is a
    judgement and stays the speaker's ('a "reckless" scheme', 'a "rigged" process', '"joint duty" options')."""
    if qi + 1 >= len(tokens):
        return False
    inner = tokens[qi].text.strip(QUOTATION_MARKS)
    words = inner.split()
    if words and words[-1].lower() in _SCHEME_NOUNS and _named_scheme(tokens, qi, words):
        return True
    if tokens[qi + 1].norm in _SERVICE_NOUNS and proper_name(inner) and len(words) <= _LABEL_WORDS:
        return True
    if not words or len(words) > _LABEL_WORDS or not all(map(_label_word, words)):
        return False
    noun = tokens[qi + 1]
    if noun.kind is not WORD or noun.is_cap:
        return False
    if noun.norm in _CATEGORY_NOUNS:
        return True
    if noun.norm not in _SCHEME_NOUNS or words[0] in _LINKS or words[-1] in _LINKS:
        return False
    return all(w in _LINKS or _plain_noun(w) for w in words)


_INSCRIBING = word_set(
    """painted scrawled carved etched chalked stencilled stenciled daubed engraved inscribed embroidered tattooed
    sprayed"""
)
"""Verbs of putting words on a surface: what is painted or carved is no one's speech."""
_INSCRIBED_REACH = 12
"""The most tokens from the verb to the quotation ('painted two words on the wide stern of the old boat:')."""


def inscribed(tokens: list[Tok], qi: int) -> bool:
    """'A volunteer stencilled two words on the gate: "Mind Heads"', 'where someone has scrawled in
    chalk: "NETS OUT BY NINE"', 'carved "Keep Out" on the door': a quotation a few plain words after a verb of
    putting words on a surface (:data:`_INSCRIBING`), no verb of speech or other quotation between, is words on a
    thing, no one's speech; not 'carved out' (a career, a niche)."""
    for v in range(qi - 1, max(-1, qi - 1 - _INSCRIBED_REACH), -1):
        t = tokens[v]
        if t.kind is QUOTE or t.text in (".", ";", "!", "?") or t.norm in SPEECH_VERBS:
            return False
        if t.kind is WORD and not t.is_cap and t.norm in _INSCRIBING:
            return not (v + 1 < qi and tokens[v + 1].norm == "out")
    return False
