"""Quoted titles: the names of shows, books and slogans written in quotation marks are no quotations."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    BE_FORMS,
    FINITE_BE,
    LABEL_WORDS,
    NAMING_WORDS,
    POSSESSIVES,
    WORK_NOUNS,
    role_word,
    word_set,
)
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import DESCRIBE_VERBS, SPEECH_VERBS

_TITLE_AFTER = word_set("on in to told from of with for at")
_TITLE_SMALL_WORDS = word_set("a an the of and in on for to with at by from or vs via")
_TITLE_MAX_WORDS = 7
_TITLE_GIVERS = word_set("titled entitled headlined so-called self-described self-styled self-proclaimed self-declared")
"""Words after which a quotation is always a title or a name, in any case ('a video titled "restless"', 'so-called
"push payment" fraud')."""
_TITLING = word_set("titled entitled headlined headed")
_LONG_TITLE_WORDS = 20
"""How many words a quotation after 'titled' may hold and still be a title."""
_NAME_GIVERS = word_set("dubbed nicknamed christened")
_WORK_DETERMINERS = POSSESSIVES | ARTICLES | {"this", "that"}
_EVENT_NOUNS = word_set("event events forum summit tour site exhibit exhibition")
"""Nouns of an event or place: a quotation beside one is a title only after a naming word ('a forum called')."""
_DESCRIBE_REACH = 3


def _described(tokens: list[Tok], qi: int) -> bool:
    """A describing verb a few words before the quotation: 'called the event "A Total Disaster"' (words said)."""
    return any(t.kind is WORD and t.norm in DESCRIBE_VERBS for t in tokens[max(0, qi - _DESCRIBE_REACH) : qi])


def _name_given(tokens: list[Tok], qi: int) -> bool:
    """A name given in the passive: 'the fort, dubbed the "Stone Kettle" by soldiers', 'was nicknamed the
    "Iron Lady"', 'X, nicknamed "the Iron Gull" by colleagues,', 'whose boat is named "Sea Lark"' (not 'she dubbed
    it the "Worst Deal Ever"', where the subject's words are quoted)."""
    k = qi - 2 if qi >= 2 and tokens[qi - 1].norm == "the" else qi - 1
    if k < 0 or tokens[k].norm not in _NAME_GIVERS and not (k > 0 and tokens[k].norm in _BE_NAMED):
        return False
    before = tokens[k - 1] if k > 0 else None
    after = tokens[qi + 1] if qi + 1 < len(tokens) else None
    if before is not None and before.norm in BE_FORMS:
        return True  # 'was nicknamed the "Iron Lady"', 'is named "Sea Lark"'
    if tokens[k].norm not in _NAME_GIVERS:
        return False
    if after is not None and after.norm == "by":
        return True  # 'dubbed the "Stone Kettle" by soldiers'
    # ', dubbed the "Stone Kettle",' closes a reduced relative; not 'X, the mayor, dubbed the "A" her finest hour'
    return before is not None and before.text == "," and (after is None or after.kind is not WORD)


_BE_NAMED = word_set("named called")
"""Verbs that give a name after a form of 'be' ('is named "Sea Lark"', 'was called "The Fort"')."""


_KNOWN_REACH = 5
_GOING = word_set("goes go went going gone")
_NAME_HEADS = frozenset({"Operation", "Project"})
"""Capitalised heads of a named operation or project that a quoted name follows ('Operation "Quiet Harbour"')."""
_PERFORMING = word_set(
    "perform performs performed performing play plays played playing watch watches watched watching screened staged"
)
"""Verbs of performing or watching a work: a quotation in a title's capitals right after one is the work's title
('performed "Low Water Blues"'); not verbs of singing or chanting, whose quoted words are sung by the subject
('singing "Harbour Home"', whose words PolNeAR counts as the singer's)."""


def _goes_by(tokens: list[Tok], qi: int) -> bool:
    """'who goes by "Dorry"', 'went by "Skip" at school': the name a person is called by."""
    return qi > 1 and tokens[qi - 1].norm == "by" and tokens[qi - 2].norm in _GOING


def _known_as(tokens: list[Tok], qi: int) -> bool:
    """'known as "the Fort"', 'known as the "Three Friends"', 'known locally as "Bee"', 'better known to her friends
    as "Bee"': 'known' and a few words without punctuation before 'as' ('the' may follow it) give a name, in
    any case ('known as a "fixer"' describes: the words stay quoted)."""
    at = qi - 2 if qi >= 3 and tokens[qi - 1].norm == "the" else qi - 1
    if at < 1 or tokens[at].norm != "as":
        return False
    for k in range(at - 1, max(-1, at - 1 - _KNOWN_REACH), -1):
        if tokens[k].kind is not WORD:
            return False
        if tokens[k].norm == "known":
            return _apposed(tokens, k) or not _attributed_after(tokens, qi)
    return False


def _apposed(tokens: list[Tok], k: int) -> bool:
    """'Brenda Cole, known to her friends as "Bee," said', 'Kit Dorran, a fisherman known to all as "Skip," said':
    'known' at ``k`` opens an appositive set off by a comma, alone or after a phrase opened by 'a', 'an' or 'the'."""
    for j in range(k - 1, max(-1, k - 1 - _KNOWN_REACH), -1):
        t = tokens[j]
        if t.text == ",":
            return j == k - 1
        if t.kind is not WORD:
            return False
        if t.norm in ARTICLES:
            return j > 0 and tokens[j - 1].text == ","
    return False


def _attributed_after(tokens: list[Tok], qi: int) -> bool:
    """'... known as "a dead cat bounce," Dana Pike said': a quotation closed by a comma inside it, a speech verb in
    the few words after it (the term ends the words of a speaker)."""
    if not tokens[qi].text.rstrip("\"”’' ").endswith(","):
        return False
    return any(t.kind is WORD and t.norm in SPEECH_VERBS for t in tokens[qi + 1 : qi + 1 + _KNOWN_REACH])


def title_cased(inner: str) -> bool:
    """A name or title, not words said: every word capitalised ('Gang of Eight', '60 Minutes'), or a web address."""
    words = [w for w in inner.split() if w.lower() not in _TITLE_SMALL_WORDS]
    return "://" in inner or all(not w[:1].isalpha() or w[:1].isupper() for w in words)


def _names_a_work(tokens: list[Tok], qi: int) -> bool:
    """Beside a noun of a work: 'his book, "..."', 'a website called "..."', 'his "..." radio show' (up to two
    words before the noun), or right after ``titled``."""
    k = qi - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    before = tokens[k] if k >= 0 else None
    if before is not None and before.kind is WORD and not before.is_cap:
        if before.norm in _TITLE_GIVERS or before.norm in _WORKS_AND_CRAFT and before.norm not in _EVENT_NOUNS:
            return True
        if before.norm in NAMING_WORDS and k > 0 and tokens[k - 1].norm in _NAMED_THINGS:
            return True
    opened = qi > 0 and (
        _determined(tokens[qi - 1]) or (qi > 1 and _plain(tokens[qi - 1]) and _determined(tokens[qi - 2]))
    )
    after = tokens[qi + 1 : qi + 3]
    if opened and any(t.kind is WORD and not t.is_cap and t.norm in _NAMED_THINGS for t in after):
        return True
    return _work_in_apposition(tokens, qi)


_TERM_NOUNS = word_set(
    """term terms phrase label moniker nickname slogan pseudonym alias hashtag motto catchphrase epithet acronym
    banner tagline mantra watchword buzzword catchword name word expression headline headlines title"""
)
_NAME_NOUNS = word_set("name nickname pseudonym alias moniker")
"""Nouns of a name that a form of 'be' may join to it ('whose stage name is "X"'; 'the slogan is "X"' may be the
campaign's words, as PolNeAR's annotators read it)."""
USING = word_set("used uses using use uttered utters repeated repeats coined coins invoked invokes")
"""Verbs saying someone used a term or a phrase ('used the phrase "X"', 'coined the term "X"'): their words."""
_NOT_USING = word_set("never not n't rejects rejected disputes disputed dislikes disliked")
"""Words that deny the use ('never used the term "X"', 'disputed the label "X"'): the term is then only named."""


def _named_term(tokens: list[Tok], qi: int) -> bool:
    """'the charged term, "harbour tax"', 'under the pseudonym "Kit Blaze"', 'rated at the label "secret"', 'under
    the banner "X"', 'whose stage name is "X"': a noun that names a word or a name right before the quotation (a
    comma between allowed, or a form of 'be' after a noun of a name) makes it the word named, no one's words here,
    unless someone used it ('used the phrase "X"', 'coined the term "X"'; not 'never used the term "X"', 'the word
    "X" appears 41 times')."""
    k = qi - 1
    be = k >= 0 and (tokens[k].norm in FINITE_BE or tokens[k].text == ":")  # '(local name: "X")'
    if k >= 0 and (tokens[k].text == "," or be):
        k -= 1
    if k < 0 or tokens[k].norm not in (_NAME_NOUNS if be else _TERM_NOUNS):
        return False
    before = [t.norm for t in tokens[max(0, k - 4) : k]]
    return not any(w in USING for w in before) or any(w in _NOT_USING for w in before)


_SUBTITLE_WORDS = 16


def _subtitled(core: str) -> bool:
    """'Tidewater: A Life in Business', 'The Menders: Two Men and the Mill': a title, a colon and a subtitle, both in
    a title's capitals (two or more words after the colon, no sentence marks): nobody speaks like that."""
    head, colon, tail = core.partition(":")
    words, rest = head.split(), tail.split()
    if not colon or not words or len(rest) < 2 or len(words) + len(rest) > _SUBTITLE_WORDS:
        return False
    if any(ch in core for ch in ";?") or ":" in tail:
        return False
    return words[0][:1].isupper() and all(title_word(w) for w in [*words, *rest]) and rest[0][:1].isupper()


def title_word(word: str) -> bool:
    """A word of a title: capitalised, a number ('Save Studio 9') or a small word ('of', 'the')."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_SMALL_WORDS


def _determined(tok: Tok) -> bool:
    """A determiner or possessive before a name ('the', 'her', "the city's")."""
    return tok.norm in _WORK_DETERMINERS or tok.text.endswith(("'s", "’s"))


def _plain(tok: Tok) -> bool:
    """One plain lower-case word ('annual' in 'the annual "Lantern Night" parade')."""
    return tok.kind is WORD and not tok.is_cap and tok.norm.isalpha()


_APPOSITION_REACH = 4


def _work_in_apposition(tokens: list[Tok], qi: int) -> bool:
    """'"Gull Talk," the late-night show, ...': a quotation closed by a comma, then a description of a work or named
    thing ('the call-in show', 'a weekly column'): the quotation is its title."""
    if not tokens[qi].text.rstrip("\"”’' ").endswith(",") or qi + 2 >= len(tokens):
        return False
    if tokens[qi + 1].norm not in ("the", "a", "an", "her", "his", "their", "its"):
        return False
    for m in range(qi + 2, min(len(tokens), qi + 2 + _APPOSITION_REACH)):
        t = tokens[m]
        if t.kind is not WORD or t.text.endswith(("'s", "’s")):
            return False  # "the show's host told listeners": a person of the show speaks
        if t.norm in _NAMED_THINGS:
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            return after is None or after.kind is not WORD or not _person_or_verb(after)
    return False


def _person_or_verb(tok: Tok) -> bool:
    """'the festival director said', 'the campaign manager said': a person noun or a verb after the thing's noun."""
    n = tok.norm
    return role_word(n) or n in SPEECH_VERBS or n.endswith("al")  # 'parade marshal'


CRAFT_NOUNS = word_set(
    """ship vessel tanker freighter trawler ferry yacht boat liner cruiser submarine frigate destroyer barge tug
    schooner aircraft jet airliner helicopter rocket spacecraft satellite locomotive track single anthem ballad app
    chatbot robot mare colt filly stallion gelding racehorse"""
)
"""Nouns of a craft, a song or a made thing whose name a title-case quotation right after them is ('the tanker "Sea
Lark"', 'the track "Low Tide"', 'its chatbot "Pip"')."""
_PRINTED = word_set("leaflet leaflets pamphlet pamphlets brochure brochures booklet booklets handbook")
"""Printed things a title-case quotation right after names ('the board's booklet "Bin It Right"')."""
_WORKS_AND_CRAFT = WORK_NOUNS | CRAFT_NOUNS | _PRINTED
_NAMED_THINGS = WORK_NOUNS | word_set(
    """plan scheme campaign programme program initiative policy project strategy festival fair parade gala awards
    concert competition contest tournament race marathon conference fundraiser appeal petition list guide trail"""
)
"""Nouns a title-case quotation before them names ('her "Glass Houses" world tour', 'the "Safe Streets" plan')."""


def is_title(tokens: list[Tok], qi: int, inner: str) -> bool:
    """A quoted title, not words someone said: 'told "Good Morning America"', 'said on "Meet the Press."', 'his
    book, "The Long Road"', 'a video titled "Restless"' (a few capitalised words after a preposition, ``told``,
    a possessive, or beside a noun of a work)."""
    core = inner.strip().rstrip(".,")
    words = core.split()
    # 'the book "Tidewater: A Life in Business"': a title and its subtitle ('said: "..."' is speech); 'a report
    # titled "Loss of a Trawler off Skerry Point, 12 May"': a title of any length
    if _subtitled(core) and not (qi > 0 and tokens[qi - 1].text == ":") or _long_titled(tokens, qi, words):
        return True
    if not words or len(words) > _TITLE_MAX_WORDS or any(ch in core for ch in ",;?!:"):
        return False
    if qi > 0 and tokens[qi - 1].norm in _TITLE_GIVERS or _known_as(tokens, qi) or _named_term(tokens, qi):
        return True
    if not all(title_word(w) for w in words):
        return False
    if not words[0][:1].isupper():  # 'nicknamed "the Iron Gull" by colleagues': a name after a lower-case 'the'
        return words[0] == "the" and len(words) > 1 and words[1][:1].isupper() and _name_given(tokens, qi)
    if _name_given(tokens, qi) or _goes_by(tokens, qi):
        return True
    if qi > 0 and tokens[qi - 1].text in _NAME_HEADS:
        return True  # 'Operation "Quiet Harbour"', 'Project "Blue Gate"'
    if qi > 0 and tokens[qi - 1].kind is WORD and tokens[qi - 1].norm in _PERFORMING:
        return True  # 'performed "Low Water Blues"', 'watched "Harbour Nights"': a work performed or watched
    if _names_a_work(tokens, qi):
        return True
    if words[0] in ("The", "A", "An") and len(words) > 1 and not _described(tokens, qi):
        return True  # 'the podcast "The Axe Files"', not 'called the event "A Total Disaster"'
    before = tokens[qi - 1] if qi > 0 else None
    if before is None or before.kind is not WORD:
        return False
    return before.norm in _TITLE_AFTER or before.text.endswith(("'s", "’s", "'", "’"))


def _long_titled(tokens: list[Tok], qi: int, words: list[str]) -> bool:
    """Right after 'titled', 'entitled', 'headlined' or 'headed' ('a petition headed "Keep Our Pool"'): a title, up
    to :data:`_LONG_TITLE_WORDS` words of any case and punctuation (reports and papers have long ones)."""
    return qi > 0 and tokens[qi - 1].norm in _TITLING and 0 < len(words) <= _LONG_TITLE_WORDS


def quoted_heading(tokens: list[Tok], qi: int, para: str) -> bool:
    """ "'Every Road Leads Home.'" as a paragraph of its own: a heading that quotes a phrase, no one's words here: the
    paragraph is this one quotation, of two or more words all capitalised (a title's capitals), no question or
    exclamation ('"We Are Kelby."' after a quote in the same paragraph stays the speaker's); or a label's one word
    and its colon ('"Update:"')."""
    tok = tokens[qi]
    if para.strip() != tok.text.strip():
        return False
    words = tok.text.strip("\"“”'‘’«» ").rstrip(".").split()
    if len(words) == 1 and words[0].endswith(":") and words[0][:-1].lower() in LABEL_WORDS:
        return True  # '"Related:"', '"Update:"': a label's word and its colon, quoted as a paragraph of its own
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and all(title_word(w) for w in words)
        and not any(ch in tok.text for ch in ",;?!:")
    )
