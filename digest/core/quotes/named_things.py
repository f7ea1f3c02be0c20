"""Names given to things: 'a choir called "The Night Larks"', 'her group, "Kelby Mothers,"'. Such a quotation is
no one's words, though a speaker stands nearby; read with the quoted titles (``quote_speakers.quoted_title``)."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    KIN,
    ORG_WORDS,
    POSSESSIVES,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    WORK_NOUNS,
    word_set,
)
from digest.core.quotes.far_signs import far_sign
from digest.core.quotes.nicknames import nickname
from digest.core.quotes.thing_names import SIGN_NOUNS as _SIGN_NOUNS
from digest.core.quotes.thing_names import called_thing, inscribed, label_before_noun, sign_after
from digest.core.quotes.titles import CRAFT_NOUNS, title_word
from digest.core.quotes.tokens import QUOTE, WORD, Tok, quoted_words
from digest.core.speech_verbs import SPEECH_VERBS

_CALLING = word_set("called named dubbed nicknamed titled entitled christened")
_THING_REACH = 4
_SUBJECT_WORDS = frozenset(PRONOUNS) | word_set("you what")
_STOPS = RELATIVE_PRONOUNS | _SUBJECT_WORDS | (ARTICLES | POSSESSIVES) - {"a", "an"}
"""Words between 'a' and the verb that give the verb a subject of its own ('a law the mayor called "a mess"')."""


def _thing_called(tokens: list[Tok], qi: int) -> bool:
    """'sang with a choir called "The Night Larks"', 'posts from an account named "Gullwatch"': a thing brought in
    with 'a' or 'an' (a few words of its own after it) and named right after (no object between the verb and the
    quotation: 'called the "X"' is allowed); not when a clause's subject stands before the verb ('a law the
    mayor called "a mess"', 'the plan which a rival dubbed "X"')."""
    k = qi - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    if k < 1 or tokens[k].kind is not WORD or tokens[k].is_cap or tokens[k].norm not in _CALLING:
        return False
    for a in range(k - 1, max(-1, k - 1 - _THING_REACH), -1):
        t = tokens[a]
        if t.norm in ("a", "an"):
            return a < k - 1 and not _subject_of_relative(tokens, a)
        if t.kind is not WORD or t.norm in _STOPS:
            return False  # 'a law the mayor called "a mess"': the verb has a subject of its own
    return False


_NAMERS = word_set("he she they we i")
_GIVEN_REACH = 4


def _named_by_subject(tokens: list[Tok], qi: int) -> bool:
    """'a dry cider she called "Second Press"', 'a slow, smoky waltz he named "Lantern"': a thing brought in with
    'a' or 'an' and a few plain words, then a pronoun and a verb of naming right before a quotation in a title's
    capitals, is the name its maker gave it (a reduced relative: the thing is the verb's object), no one's words;
    not a lower-case judgement ('a bid she called "daylight robbery"': her words) nor a person named ('a neighbour
    she called "Uncle Ned"')."""
    k = qi - 1
    if k < 3 or tokens[k].kind is not WORD or tokens[k].is_cap or tokens[k].norm not in _CALLING:
        return False
    if tokens[k - 1].norm not in _NAMERS or not _title_words(tokens[qi].text):
        return False
    noun = tokens[k - 2]
    if noun.kind is not WORD or noun.is_cap or noun.norm in ROLE_NOUNS or noun.norm in KIN:
        return False
    for a in range(k - 3, max(-1, k - 3 - _GIVEN_REACH), -1):
        t = tokens[a]
        if t.norm in ("a", "an"):
            return True
        if t.kind is not WORD and t.text != "," or t.is_cap or t.norm in _STOPS:
            return False
    return False


def _title_words(text: str) -> bool:
    """A quotation's words are a name in a title's capitals: a few title words, the first capitalised."""
    words = quoted_words(text)
    return bool(words) and len(words) <= _NAME_WORDS and all(_name_word(w) for w in words) and words[0][:1].isupper()


def _subject_of_relative(tokens: list[Tok], a: int) -> bool:
    """'the plan which a rival dubbed "X"', 'the plan a rival dubbed "X"': the phrase opened by 'a' at ``a`` is the
    subject of a relative clause (a relative word before it, or a noun after a determiner)."""
    before = tokens[a - 1] if a > 0 else None
    if before is None or before.kind is not WORD:
        return False
    if before.norm in RELATIVE_PRONOUNS or before.norm == "what":
        return True
    return a > 1 and not before.is_cap and (tokens[a - 2].norm in ARTICLES | POSSESSIVES)


_THING_WORDS = word_set(
    """group band choir club team crew charity society trust class course ship boat vessel ferry yacht plan scheme
    programme program project initiative policy strategy festival fair parade concert competition contest award
    prize trophy race fund newsletter brand label slogan motto operation exercise referendum ballot measure
    proposition restaurant cafe café pub bar bakery shop store hotel inn bistro diner salon gallery venue studio farm
    brewery winery business shelter number hit sitcom musical sketch sequel prequel"""
)
_THING_NOUNS = ORG_WORDS | WORK_NOUNS | _THING_WORDS | CRAFT_NOUNS
"""Nouns of a named thing (an organisation, a work, a group, a vessel, a scheme; a show's 'number' or 'hit'): a name
in apposition follows ('the second act's big number, "Lamps Out",')."""


def _apposed_name(tokens: list[Tok], qi: int) -> bool:
    """'Her group, "Kelby Mothers," has 400 members', 'the ship, the "Northern Gull," ran aground', 'the trust's
    referendum — "Keep the Ferry Public" —', 'we sailed on her yacht, the "Blue Wren."': a quotation in a title's
    capitals set off by commas or dashes (or a comma, closing the sentence) right
    after a noun of a named thing (opened by a determiner or a possessive a few words before) is its name; not after
    a verb of speech or 'to' ('told the crew, "Bring Her Home,"': words said to them)."""
    k = qi - 2 if qi >= 2 and tokens[qi - 1].norm == "the" else qi - 1
    if k < 1 or not (
        _ends_sentence(tokens, qi) and tokens[k].text == "," or qi + 1 < len(tokens) and _set_off(tokens, k, qi)
    ):
        return False
    words = quoted_words(tokens[qi].text)
    if not words or len(words) > _NAME_WORDS or not all(_name_word(w) for w in words) or not words[0][:1].isupper():
        return False
    noun = tokens[k - 1]
    if noun.kind is not WORD or noun.is_cap or noun.norm not in _THING_NOUNS:
        return False
    for d in range(k - 2, max(-1, k - 2 - _NP_REACH), -1):
        t = tokens[d]
        if t.norm in ARTICLES | POSSESSIVES or t.text.endswith(("'s", "’s")):
            before = tokens[d - 1] if d > 0 else None  # 'told the crew, "Bring Her Home,"': words said to them
            if before is None or before.norm in _SAYING:
                return True  # 'said her café, "Salt Kitchen," would close': a clause's subject, no one told
            return not (before.norm in SPEECH_VERBS or before.norm in ("to", "at"))
    return False


_NAME_WORDS = 7
_SAYING = word_set("say says said saying added adds")
"""Verbs of speech that take no one told as their object: a noun after one opens the reported clause."""
_DASHES = frozenset({"—", "–", "--"})


def _ends_sentence(tokens: list[Tok], qi: int) -> bool:
    """The quotation closes the sentence ('we sailed on her yacht, the "Blue Wren."'): nothing but a full stop after."""
    return all(t.text == "." for t in tokens[qi + 1 :])


def _set_off(tokens: list[Tok], k: int, qi: int) -> bool:
    """The quotation is set off by the mark at ``k`` and a like one after it: commas ('group, "X,"') or dashes
    ('a referendum — "X" —')."""
    if tokens[k].text == ",":
        return _comma_after(tokens, qi)
    return tokens[k].text in _DASHES and tokens[qi + 1].text in _DASHES


_NP_REACH = 3


def _name_word(word: str) -> bool:
    """A word of a thing's name: a title's word (``titles.title_word``) or '&' ('"Gull & Anchor"')."""
    return word == "&" or title_word(word)


_AS_KNOWN = word_set("known called nicknamed dubbed")
_AS_REACH = 5
_BECOME = BE_FORMS | word_set("become became becomes becoming")


def _as_known(tokens: list[Tok], qi: int) -> bool:
    """'"The Kelby Five," as the protesters became known, were freed', '"stop and search," as the policy is called':
    a quotation closed by a comma and followed by 'as' and a few words ending in 'is known', 'became known', 'is
    called' is a name (not 'as NAME dubbed the merger': that person's coinage)."""
    if qi + 2 >= len(tokens) or not _comma_after(tokens, qi) or tokens[qi + 1 + _after_mark(tokens, qi)].norm != "as":
        return False
    start = qi + 2 + _after_mark(tokens, qi)
    for j in range(start, min(len(tokens), start + _AS_REACH)):
        t = tokens[j]
        if t.kind is not WORD:
            return False
        if t.norm in _AS_KNOWN:
            return j > start and tokens[j - 1].norm in _BECOME  # not 'as NAME dubbed it': that person's coinage
    return False


def _comma_after(tokens: list[Tok], qi: int) -> bool:
    """The quotation closes with a comma, inside its marks or right after them (``qi + 1`` must exist)."""
    return tokens[qi].text.rstrip("\"”’' ").endswith(",") or tokens[qi + 1].text == ","


def _after_mark(tokens: list[Tok], qi: int) -> int:
    """1 when a comma token follows the quotation (its comma outside the marks), else 0."""
    return 1 if tokens[qi + 1].text == "," else 0


_SIGN_VERBS = word_set("read reads reading said says saying bore bears bearing carried carries carrying")
_NOTE_NOUNS = word_set("note notes card cards leaflet leaflets flyer flyers label labels")
_READING = word_set("read reads reading")
"""A note or a card whose words are read ('a card by the till reading "X"'): its writer is no one the text names (a
note that 'said' may be its writer's words)."""
_SIGN_WORDS = word_set("words message legend")
_EMBLAZONED = word_set("emblazoned printed inscribed stamped")
_SIGN_REACH = 4
"""How far back from the verb the sign's noun may stand ('a sign at the gate read'), over plain words only."""
_PLACE_WORDS = word_set("at on in outside inside near by above over under behind across along beside from of")
"""Prepositions of a phrase that may stand between a sign's noun and its verb ('a sign at the gate read')."""


def _owned_place(tokens: list[Tok], j: int) -> bool:
    """'under her door', 'in their hall': the possessive at ``j`` opens a place phrase, no subject."""
    return tokens[j].norm in POSSESSIVES and j > 0 and tokens[j - 1].norm in _PLACE_WORDS


def _sign_text(tokens: list[Tok], qi: int) -> bool:
    """'The sign read "Slow: Ducks"', 'a banner reading "Welcome Home"', 'placards that said: "No Toll"', 'a cap
    bearing the words "Gull Country"', 'a shirt emblazoned with "Team Dorry"', 'a card in their hall reading "Wipe
    Your Feet"': the words a sign, a garment or a note carries are no one's words here; its noun must be the verb's
    subject, before it or before 'that' or 'which', a few plain words between at most ('the sign, she said, "is a
    lie"' is hers)."""
    k = qi - 1
    if k >= 0 and tokens[k].text in (",", ":"):
        k -= 1
    if k >= 1 and tokens[k].norm in _SIGN_WORDS and tokens[k - 1].norm == "the":
        k -= 2
    if k >= 1 and tokens[k].norm == "with" and tokens[k - 1].norm in _EMBLAZONED:
        k -= 1
    elif k < 0 or tokens[k].norm not in _SIGN_VERBS:
        return False
    nouns = _SIGN_NOUNS | _NOTE_NOUNS if tokens[k].norm in _READING else _SIGN_NOUNS
    k -= 1
    if k >= 0 and tokens[k].norm in ("that", "which"):
        k -= 1
    for j in range(k, max(-1, k - _SIGN_REACH), -1):  # 'a sign at the gate read "X"'
        t = tokens[j]
        if t.kind is not WORD or t.is_cap and j < k or t.norm in _SUBJECT_WORDS and not _owned_place(tokens, j):
            return False
        if t.norm in nouns:  # not 'read the banner aloud and said, "X"'
            return (j == k or tokens[j + 1].norm in _PLACE_WORDS) and not _as_said(tokens, qi)
    return False


_LABELLING = word_set("marked stamped labelled labeled tagged")
_LABELLED_THINGS = _SIGN_NOUNS | word_set(
    """box boxes door doors file files folder folders envelope envelopes crate crates bag bags bottle bottles jar
    jars packet packets package packages parcel parcels container containers bin bins gate gates tin tins can cans
    drum drums sack sacks carton cartons tray trays drawer drawers cabinet cabinets key keys switch switches"""
)
"""Things a label is put on: the words after 'marked' or 'stamped' are the label's ('a door marked "Private"')."""


def _sign_shown(tokens: list[Tok], qi: int) -> bool:
    """'Tam Ostrow pointed at the plaque: "Founded 1881 by the Coopers."': a quotation after a noun of a sign and a
    colon is what the sign says; not when a verb of speech follows it ('the banner: "A lie," she said')."""
    if qi < 2 or tokens[qi - 1].text != ":" or tokens[qi - 2].norm not in _SIGN_NOUNS or tokens[qi - 2].is_cap:
        return False
    return not any(t.norm in SPEECH_VERBS for t in tokens[qi + 1 : qi + 1 + _KNOWN_AFTER])


_KNOWN_AFTER = 4
"""How many words after a quotation may hold the verb of speech that claims it ('"A lie," she said')."""


def _labelled_thing(tokens: list[Tok], qi: int) -> bool:
    """'a door marked "Crew Only"', 'crates stamped "Fragile"', 'the bins were labelled "Glass"': the words of a label
    on a thing, no one's words here; the thing's noun right before the verb or before a form of 'be' ('Orla Benn
    labelled the plan "a sham"' is her judgement: a person is no thing)."""
    k = qi - 1
    if k < 1 or tokens[k].norm not in _LABELLING:
        return False
    k -= 1
    if k >= 1 and tokens[k].norm in BE_FORMS:
        k -= 1
    return tokens[k].kind is WORD and tokens[k].norm in _LABELLED_THINGS and not _as_said(tokens, qi)


_AS_SAID_REACH = 10


def _as_said(tokens: list[Tok], qi: int) -> bool:
    """'shirts printed with "Not One More," as NAME, kneeling by the river, said': the writer gives the words on the
    sign to a speaker ('as' and a verb of speech a few words on)."""
    if qi + 2 >= len(tokens) or not _comma_after(tokens, qi) or tokens[qi + 1 + _after_mark(tokens, qi)].norm != "as":
        return False
    return any(t.norm in SPEECH_VERBS for t in tokens[qi + 2 : qi + 2 + _AS_SAID_REACH])


_NAMING = word_set("named renamed names rename christened christens nickname nicknames nicknamed")
"""Verbs that give a name whoever their subject ('which forecasters named "Hurricane Ada"', 'the crew nicknamed one
crater "the Saucer"': a nickname is a name, not words said)."""
_CALLING_NOW = word_set("call calls called dub dubs dubbed nickname nicknames nicknamed")
_FOLK = word_set(
    """locals residents villagers islanders townsfolk townspeople neighbours neighbors regulars fishermen sailors
    commuters drivers walkers children kids pupils students staff workers fans everyone everybody people many
    most some others generations"""
)
"""People of a place or a group who give a place or a thing its name ('Locals call the bend "X"'); not 'critics' or
'opponents', whose quoted words may be a jeer they say."""
_GIVEN_OBJECTS = word_set("it him her them this that")
_BETWEEN = word_set("have has had long still now often always fondly affectionately simply all here locally just")
_OBJECT_REACH = 3


def _group_names(tokens: list[Tok], qi: int) -> bool:
    """'Locals call the bend "Gull Elbow"', 'Residents have long called the estate "the Maze"', 'which forecasters
    named "Hurricane Ada"', 'she renamed the boat "Sea Lark"': a quotation in a title's capitals after a verb of
    naming and its object is a name given, no one's words; 'call', 'dub' and 'nickname' only with people of a place
    or a group as the subject ('Orla Benn called the plan "A Total Disaster"' is her judgement)."""
    words = quoted_words(tokens[qi].text)
    if not words or len(words) > _NAME_WORDS or not all(_name_word(w) for w in words):
        return False
    if not (words[0][:1].isupper() or words[0] == "the" and len(words) > 1 and words[1][:1].isupper()):
        return False
    if _referred_as(tokens, qi) or _habitual_call(tokens, qi):
        return True
    known = qi > 1 and tokens[qi - 1].norm == "as"  # 'Locals know the cove as "X"'
    bare = qi > 1 and tokens[qi - 1].norm == "the"  # 'would be renamed the "X"': the article is the name's
    k = _before_object(tokens, qi - 2 if known or bare else qi - 1)
    if k < 0 or tokens[k].kind is not WORD or tokens[k].is_cap:
        return False
    if tokens[k].norm in _NAMING and not known or _self_called(tokens, qi - 2 if bare else qi - 1):
        return True
    if tokens[k].norm not in (_KNOWING if known else _CALLING_NOW):
        return False
    return _folk_subject(tokens, k)


_REFLEXIVES = word_set("themselves itself himself herself ourselves myself yourself yourselves")
"""Reflexive pronouns: the object of a verb of calling when the bearers name themselves."""
_SELF_CALLING = word_set("call calls called calling style styles styled styling dub dubs dubbed dubbing")
"""Verbs of calling before a reflexive and a name ('calling themselves "the X"', 'styles herself "Y"')."""


def _self_called(tokens: list[Tok], k: int) -> bool:
    """'fans calling themselves "the Kelby Loyal"', 'a duo who style themselves "Tin Owl"': a name in a title's
    capitals that its bearers give themselves (a verb of calling, then a reflexive at ``k``, right before it),
    whoever they are."""
    return k >= 1 and tokens[k].norm in _REFLEXIVES and tokens[k - 1].norm in _SELF_CALLING


_KNOWING = word_set("know knows knew")
_REFERRING = word_set("referred refer refers referring known")
_PRESENT_CALL = word_set("call calls")


def _referred_as(tokens: list[Tok], qi: int) -> bool:
    """'a target often referred to simply as "Net Forty"', 'the cove, known locally as "the Kettle"': a name in a
    title's capitals after 'referred to as' or 'known as' (adverbs such as 'simply', 'often' between)."""
    k = qi - 1
    if k < 1 or tokens[k].norm != "as":
        return False
    k -= 1
    while k >= 0 and tokens[k].kind is WORD and tokens[k].norm in _BETWEEN | _MANNER:
        k -= 1
    if k >= 1 and tokens[k].norm == "to":
        k -= 1
        return tokens[k].norm in _REFERRING - {"known"}
    return k >= 0 and tokens[k].norm == "known"


_MANNER = word_set("widely commonly usually sometimes informally officially popularly jokingly")


def _habitual_call(tokens: list[Tok], qi: int) -> bool:
    """'a helper the firm calls "Moss"', 'a dish they call "Thunder Pie"': 'call' in the present right before a name
    in a title's capitals, its object the thing before the subject, is the name the thing goes by, no one's words."""
    return qi > 1 and tokens[qi - 1].kind is WORD and tokens[qi - 1].norm in _PRESENT_CALL


def _folk_subject(tokens: list[Tok], k: int) -> bool:
    """People of a place or a group are the subject of the verb at ``k``, a few words of 'have', 'long', 'still'
    between at most ('residents have long called')."""
    for j in range(k - 1, max(-1, k - 1 - _OBJECT_REACH), -1):
        t = tokens[j]
        if t.norm in _FOLK:
            return True
        if t.kind is not WORD or t.norm not in _BETWEEN:
            return False
    return False


def _before_object(tokens: list[Tok], k: int) -> int:
    """The index of the word before the object that ends at ``k`` ('it', 'the bend', 'the old estate', 'their
    street'), or ``k`` when there is none."""
    if k >= 0 and tokens[k].norm in _GIVEN_OBJECTS:
        return k - 1
    for d in range(k, max(-1, k - _OBJECT_REACH), -1):
        t = tokens[d]
        if t.kind is not WORD or t.is_cap:
            return k
        if t.norm in ARTICLES | POSSESSIVES | _OBJECT_DETERMINERS:
            return d - 1 if d < k else k
    return k


_OBJECT_DETERMINERS = word_set("one this that these those another")
"""Words other than articles that open an object ('nicknamed one crater "X"')."""
_MODIFIER_WORDS = 3
_SAID_NOUNS = word_set(
    """chant chants cry cries refrain line lines message messages remark remarks comment comments promise pledge vow
    warning quote quotes catchphrase reply answer retort speech claim claims"""
)
"""Nouns of something said: a quotation before one is words someone says ('the "Lock the Gates" chant')."""
_NOT_NOUNS = (
    BE_FORMS
    | AUXILIARIES
    | RELATIVE_PRONOUNS
    | word_set(
        """that to and or but as by in on at for with from of into over after before during since about against
        among through under than while when where if because so then too also again"""
    )
)


def _name_modifier(tokens: list[Tok], qi: int) -> bool:
    """'a "Coats for Kids" drive', 'the annual "Paint the Pier Blue" weekend', 'a "Keep Out" sign': a quotation of
    three or more words (any number before a noun of a sign) in a title's capitals between 'a', 'an' or 'the' (one
    plain word may stand between) and a lower-case noun is the name of what the noun names; not before a noun of
    something said ('the "Lock the Gates" chant') or a verb."""
    words = tokens[qi].text.strip("\"“”'‘’«» ").strip().split()
    if not words or len(words) > _NAME_WORDS or not all(_name_word(w) for w in words):
        return False
    if not words[0][:1].isupper() or qi + 1 >= len(tokens) or any(ch in tokens[qi].text for ch in ",.;:?!"):
        return False
    if len(words) < _MODIFIER_WORDS and tokens[qi + 1].norm not in _SIGN_NOUNS:
        return False  # 'a "Keep Out" sign' (any length before a sign's noun); 'the "Super Tuesday" primary' stays
    k = qi - 1
    if k >= 1 and tokens[k].kind is WORD and not tokens[k].is_cap and tokens[k].norm.isalpha():
        k -= 1 if tokens[k].norm not in ARTICLES else 0
    if k < 0 or tokens[k].norm not in ARTICLES:
        return False
    noun = tokens[qi + 1]
    if noun.kind is not WORD or noun.is_cap or not noun.norm.isalpha():
        return False
    return noun.norm not in _SAID_NOUNS | _NOT_NOUNS and noun.norm not in SPEECH_VERBS


_REDUCED_NAMING = word_set("branded named called dubbed billed codenamed nicknamed christened")
"""Participles of naming that open a reduced relative after a thing's noun ('the scheme, branded "X",')."""


def _named_in_passing(tokens: list[Tok], qi: int) -> bool:
    """'its new lounge, branded "The Quiet Room", opens in May', 'the fund, billed "Homes First, Jobs Next," was
    launched': a participle of naming right after a comma and a lower-case noun opened by a determiner or a
    possessive a few words before gives the thing a name, in a title's capitals (commas inside allowed); not when
    'by' follows, which says whose words they are ('the plan, branded "Dead in the Water" by critics')."""
    if qi < 3 or tokens[qi - 2].text != ",":
        return False
    verb, noun = tokens[qi - 1], tokens[qi - 3]
    if verb.kind is not WORD or verb.is_cap or verb.norm not in _REDUCED_NAMING:
        return False
    if noun.kind is not WORD or noun.is_cap or not noun.norm.isalpha() or noun.norm in SPEECH_VERBS:
        return False
    words = tokens[qi].text.strip("\"“”'‘’«» ").strip().rstrip(".,").replace(",", " ").split()
    if not words or len(words) > _NAME_WORDS or not all(_name_word(w) for w in words) or not words[0][:1].isupper():
        return False
    after = tokens[qi + 1 + _after_mark(tokens, qi)] if qi + 2 < len(tokens) else None
    if after is not None and after.norm == "by":
        return False
    return any(_determiner(t) for t in tokens[max(0, qi - 3 - _NP_REACH) : qi - 3])


def _determiner(tok: Tok) -> bool:
    """An article, a possessive determiner or a possessive noun ('the', 'its', "the airline's")."""
    return tok.norm in ARTICLES | POSSESSIVES or tok.text.endswith(("'s", "’s"))


def given_name(tokens: list[Tok], qi: int) -> bool:
    """The quotation ``tokens[qi]`` is a name given to a thing ('a choir called "The Night Larks"', 'her group,
    "Kelby Mothers,"') or the words a sign carries ('a banner reading "Welcome Home"')."""
    return (
        _thing_called(tokens, qi)
        or _named_by_subject(tokens, qi)
        or _apposed_name(tokens, qi)
        or _as_known(tokens, qi)
        or _sign_text(tokens, qi)
        or far_sign(tokens, qi)
        or _labelled_thing(tokens, qi)
        or _sign_shown(tokens, qi)
        or _group_names(tokens, qi)
        or _name_modifier(tokens, qi)
        or _named_in_passing(tokens, qi)
        or called_thing(tokens, qi)
        or nickname(tokens, qi)
        or sign_after(tokens, qi)
        or inscribed(tokens, qi)
        or label_before_noun(tokens, qi)
    )


def joined_to(tokens: list[Tok], qi: int) -> int | None:
    """'has acted in "Low Tide" and "Grey Harbour"', 'tick "Yes" or "No"': the quotation before ``tokens[qi]`` that
    'and' or 'or' joins it to (a comma may stand before the conjunction), if any."""
    k = qi - 1
    if k < 1 or tokens[k].norm not in ("and", "or"):
        return None
    k -= 1
    if tokens[k].text == "," and k > 0:
        k -= 1
    return k if tokens[k].kind is QUOTE else None
