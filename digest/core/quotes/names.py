"""Person names written in a sentence's own words: candidates for pronouns and misspelt surnames."""

from __future__ import annotations

import re
import unicodedata

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    ADVERBS,
    KIN_MEN,
    KIN_WOMEN,
    LEAD_WORDS,
    MONTHS_DAYS,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTY_MEMBERS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    word_set,
)
from digest.core.quotes.demonyms import COUNTRY_NOUNS, NATIONALITIES, NOUN_ONLY_NATIONALITIES
from digest.core.quotes.gender import first_name_lean
from digest.core.quotes.lone_first import BIRTH_ORDER, aged_first_names
from digest.core.quotes.tokens import QUOTE, Tok

_UP, _LOW = NAME_UPPER, NAME_LOWER
"""Letters of names in Latin script, accented ones too ('José María', 'Łukasz'; Latin Extended-A in both)."""
_NAME_WORD = (
    rf"(?:(?:Ma?c|D[aei]|L[ae]|Van|Von)[A-Z][a-z]+(?:-[{_UP}][{_LOW}]+)?|[{_UP}][{_LOW}]+(?:[-'][{_UP}]?[{_LOW}]+)?"
    rf"|O'[A-Z][a-z]+|(?:al|el)-[{_UP}][{_LOW}]+)"
)
"""A capitalised name word, also with a capital inside after a prefix ('MacAskill', 'McKenna', 'DeShawn', 'O'Neill'),
joined by a hyphen to another ('MacInnes-Baird', read whole: not a 'MacInnes' with a dangling word),
accented ('José'), or after an article joined by a hyphen ('al-Rashid')."""
PARTICLES = r"(?:\s+(?:van|von|der|den|de|da|das|dos|del|della|di|du|la|le|ter|ten|bin|bint|ibn|al|el|ap|ab|ferch|Ó))"
"""Lower-case particles inside a name ('Jan van der Berg', 'Luis de la Cruz', 'Omar bin Said', Welsh 'Rhys ap
Gwyn'), two at most, and the Irish 'Ó', a capital alone ('Seán Ó Riain'; 'Ní', 'Mac' are name words)."""
_NAME_RUN = re.compile(rf"(?=[{_UP}])\b({_NAME_WORD}){PARTICLES}{{0,2}}\s+({_NAME_WORD})\b")
_NAME_MORE = re.compile(rf"{PARTICLES}{{0,2}}\s+({_NAME_WORD})\b")
"""A further word of a name, particles before it ('Karim Al Nour', 'Ana Maria dos Santos', 'Omar bin Said Al Hamli')."""
_MORE_WORDS = 4


_NOT_NAME_ENDS = word_set(
    """agreement council nations states forces party court house affairs news times post street media group
    press agency ministry army union league kingdom republic emirates arabia east west north south road
    square airport station river sea ocean island islands city county district province region university
    school college hospital center centre museum bridge tower hall building office company bank"""
)
"""Last words of the names of bodies and places, never of a person's ('Harbour Council', 'Quay Street'); not 'park',
among the commonest surnames ('Min-seo Park'), while a park's name mostly follows 'the', 'in' or 'at'."""


_FUNCTION_WORDS = word_set(
    """the a an to of by into onto over than that who whom whose is are was were be been has have had do does did
    would could should might must not no yes my your our his her their its it he she they we you i"""
)
_NOT_NAME_STARTS = LEAD_WORDS | ADVERBS | SENTENCE_OPENERS | ADVERBIAL_OPENERS | NOT_NAME_WORDS | _FUNCTION_WORDS
"""Capitalised words that open a sentence or a phrase but never a person's name: 'What Reed said', 'In Salem'."""
_NOT_NAME_WORDS = TITLE_WORDS | ORG_WORDS | MONTHS_DAYS | PARTY_MEMBERS
_PLACE_STARTS = word_set("north south east west new san santa los las saint st fort port lake mount")


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_OPENING_OWNER = re.compile(rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?['’]s(?= [a-z])")
"""A lone capitalised word with a possessive opening a sentence ('Reed's campaign slogan was ...'): the owner of
the subject, a person when the article named her in full before."""
_SKIPPED_AFTER = re.compile(r"(?:\b(?:[Tt]he|[Oo]f|[Ii]n|[Aa]n?) |[\"“])$")
"""What makes a capitalised pair no person's name: 'the', 'of', 'in' or 'a' as a word before it ('the Harbour
Trust', 'in Salem Park', 'a Red Cross shelter') or an opening quotation mark; a word that only ends so ('captain
Ada Kell', 'his cousin Tom Reed') is no such word."""
_STOPPED_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof")
"""Honorifics and titles written with or without a full stop ('Mr. Reed', 'Mr Reed')."""
_BARE_TITLES = frozenset({*_STOPPED_TITLES, "Miss", "Professor"})
"""Honorifics and a doctor's or professor's titles as written without a full stop."""
_HONORIFIC_NAME = re.compile(rf"\b(?:(?:{'|'.join(_STOPPED_TITLES)})\.?|Miss|Professor) {_NAME_WORD}\b(?! [A-Z])")
"""'Mr. Reed', 'Ms Berg', 'Dr Haug', 'Professor Ide': an honorific or a doctor's title and a surname name a person as
surely as two capitalised words (British and Irish style writes them without a full stop)."""
_HONORIFIC_LETTERS = frozenset(title[0] for title in _BARE_TITLES)
HONORIFICS = tuple(f"{title}." for title in _STOPPED_TITLES) + tuple(f"{title} " for title in sorted(_BARE_TITLES))
"""How a name that is an honorific or a doctor's or professor's title and a surname starts: a person's."""


def bare_title_surname(name: str) -> str | None:
    """The name after an honorific or a doctor's or professor's title written without a full stop ('Ms Berg',
    'Professor Ide') or after a title of office, faith or rank ('Senator Vikse', 'Sen. Vikse', 'Sheikh Omar'), else
    None: such a name is the person a full name written before names, as a speaker's title is ('Ms. Berg' stays as
    written)."""
    title, _, surname = name.rpartition(" ")
    return surname if title in _BARE_TITLES or _TITLE_ALONE.fullmatch(title) else None


_RANKS = ("Lord", "Lady", "Sir", "Dame", "Prince", "Princess", "King", "Queen", "Sheikh", "Sheikha", "Emir", "Sultan")
_RANK_NAME = re.compile(rf"\b(?:{'|'.join(_RANKS)}) {_NAME_WORD}\b(?! [A-Z])(?!{PARTICLES} [A-Z])")
"""'Lord Reed', 'Princess Ana', 'Sheikh Omar': a title of rank before one name names a person as an honorific
does."""


_PERSON_TITLES = (
    "Senator|Sen\\.|Rep\\.|Governor|Gov\\.|Mayor|Judge|President|Chancellor|Premier|Councillor|Cllr\\.?|Alderman|Chief|"
    "Sheikh|Sheikha|Emir|Sultan|Tun|Tunku|Tengku|Datuk|Dato'?|Datin|Alhaji|Hajia|Mzee|Nana|Hon\\.|Engr\\.|Advocate|"
    "Rev\\.|Reverend|Bishop|Cardinal|Rabbi|Imam|Pastor|Ustaz|Ustazah|Gen\\.|Col\\.|Capt\\.|Sgt\\.|Lt\\.|Coach"
)
_TITLE_ALONE = re.compile(_PERSON_TITLES)
_TITLE_WORDS_WRITTEN = frozenset(
    t.replace("\\.", "").replace("'?", "").replace("?", "") for t in _PERSON_TITLES.split("|")
)
"""The titles' words without their full stops or apostrophes ('Sen', 'Dato'), as :data:`_CAPITAL_WORD` reads them."""
_CAPITAL_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]*")
"""A capitalised word's leading letters ('Mr' of 'Mr.', 'Dato' of "Dato'"): a sentence without a title's word among
them holds no title, so its title patterns are not searched. The word boundary is tested after the first capital
(the same matches as a word boundary before it), so that ``re`` skips to capitals."""
_TITLE_NAME = re.compile(rf"(?<![\w.])(?:{_PERSON_TITLES}) ({_NAME_WORD})\b(?! [A-Z])(?!\.\w)(?!{PARTICLES} [A-Z])")
"""'Senator Vikse', 'Sheikh Omar', 'Chief Obi', 'Ustaz Rahim': a title of office, faith or rank before one name is
the person named in full before ('Judge Vikse, asked about it, smiled. "..." she said' after 'Judge Ada Vikse'; see
:func:`titled_in_full`); not a title before a word of a body or a time ('Chief Executive', 'Mayor Monday')."""


def titled_in_full(name: str, seen: list[tuple[int, str]]) -> str | None:
    """What a title and one name that no full name written before ends with stands for: a full name written before
    that starts with that name, where the name after a title of office or faith is a given name ('Sheikh Omar'
    after 'Omar bin Said Al Hamli', 'Datuk Faizal' after 'Faizal Rosli Ismadi'); else None for such a title ('President
    Reed' alone adds no person: pronouns kept going to others once it did), and the name as written after an
    honorific or a rank ('Ms Berg', 'Sheikh Omar' with no full name before)."""
    title, _, given = name.rpartition(" ")
    if title in _BARE_TITLES:
        return name
    found = next((full for _, full in reversed(seen) if full.startswith(given + " ")), None)
    return found or (name if title in _RANKS else None)  # 'Sheikh Tamim' alone: a rank names a person


def _titled_names(sentence: str) -> list[str]:
    """The names of ``_TITLE_NAME`` in ``sentence`` whose name word is no word of a body, a time or a title."""
    return [
        m.group()
        for m in _TITLE_NAME.finditer(sentence)
        if (low := m.group(1).lower()) not in _NOT_NAME_WORDS
        and low not in _NOT_NAME_ENDS
        and low not in _NOT_NAME_STARTS
    ]


def _names_in(sentence: str) -> list[str]:
    """Capitalised runs that look like people's names (two words, or more past a particle or after a known first
    name: see :func:`_name_end`), an honorific or a rank before a surname ('Mr. Reed', 'Lord Reed') and a title of
    office or faith before one name (:func:`_titled_names`), outside quotation marks (a lead word such as 'As' or
    'Later' before a name is not part of it)."""
    capitals = set(_CAPITAL_WORD.findall(sentence))  # each title pattern below needs its word among these
    names = [m.group() for m in _HONORIFIC_NAME.finditer(sentence)] if not capitals.isdisjoint(_BARE_TITLES) else []
    if not capitals.isdisjoint(_RANKS):
        names.extend(m.group() for m in _RANK_NAME.finditer(sentence))
    if not capitals.isdisjoint(_TITLE_WORDS_WRITTEN):
        names.extend(n for n in _titled_names(sentence) if n not in names)  # 'Sheikh Omar': a rank's too
    pos = 0
    heading: bool | None = None  # read once, at the first name run that needs it
    while (m := _NAME_RUN.search(sentence, pos)) is not None:
        first, last = m.groups()
        pos = m.end()
        low, last_low = first.lower(), last.lower()
        if low in _PLACE_STARTS:
            continue  # 'South Carolina', 'New Hampshire', 'San Diego'
        if low in _NOT_NAME_STARTS or low in _NOT_NAME_WORDS:
            pos = m.start(2)  # 'Later John Smith', 'Secretary of State Hillary Clinton': the name starts later
            if low in _NOT_NAME_STARTS and not _CAPITAL_NEXT.match(sentence, m.end()):
                names.append(last)  # 'Both Reed and ...': a lone surname (kept if the article named it in full)
            continue
        if last_low in _NOT_NAME_WORDS or last_low in _NOT_NAME_ENDS or low.endswith(("'s", "’s")):
            # and a possessive first word: 'Prime Minister's Questions', 'Reed's Bakery' name no one, but a name
            # may follow a country's ('Sweden's Stig Vallqvist')
            pos = m.start(2) if _country_owner(sentence, low, last, m.end()) else pos
            continue
        if (low in ROLE_NOUNS or _demonym(low, last)) and _CAPITAL_NEXT.match(sentence, m.end()):
            pos = m.start(2)  # 'Candidate Idris Pell', 'Striker Jon Dale', 'Dutchman Ruud Kees': before a full name
            continue
        if (skipped := _SKIPPED_AFTER.search(sentence, max(0, m.start() - 5), m.start())) is not None and not (
            skipped.group().lower() == "of " and _person_after_of(sentence, (first, last), m.end())
        ):
            pos = _run_end(sentence, pos) if skipped.group().lower() == "the " else pos
            continue
        if heading is None:
            heading = _heading(sentence)
        pos = m.end() if heading else _name_end(sentence, (first, last), m.end())
        if not _firm_after(sentence, first, pos):
            names.append(sentence[m.start() : pos])
    return names


def _demonym(low: str, after: str) -> bool:
    """A nationality written before a full name ('the American Ana Reyes', 'Dutchman Ruud Kees'): a noun of one
    (ending in '-man' or '-woman', 'Swede', 'Pole'), or any before a known first name (not 'American Red Cross')."""
    if low not in NATIONALITIES:
        return False
    return low.endswith(("man", "woman")) or low in NOUN_ONLY_NATIONALITIES or first_name_lean(after) is not None


def _country_owner(sentence: str, low: str, second: str, end: int) -> bool:
    """``low`` is a country's possessive written before a full name of two words that ``second`` opens ('Sweden's
    Stig Vallqvist', 'Kenya's Ruth Wanjiru'; sport writes a player's country so): no word of the name, which the
    possessive had made read as no one's; not before a longer run ('Ireland's Six Nations Cup')."""
    if not low.endswith(("'s", "’s")) or low[:-2] not in COUNTRY_NOUNS or _no_name(second.lower()):
        return False
    last = _NAME_MORE.match(sentence, end)
    return last is not None and not _no_name(last.group(1).lower()) and _NAME_MORE.match(sentence, last.end()) is None


def _person_after_of(sentence: str, pair: tuple[str, str], end: int) -> bool:
    """A pair after 'of' ending at ``end`` is a person's name when its first word is a known first name ('the
    defeat of Gary Dunne'); not with a possessive after it ('his memory of Ann Reed's years': her years, and a
    full name met only so is no one spoken of)."""
    first, last = pair
    if last.endswith(("'s", "’s")) or sentence.startswith(("'s", "’s"), end):
        return False
    return first_name_lean(_unaccented(first.split("-")[0])) is not None


_APPOSED_AFTER_OWNER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?[A-Z]"
)
"""What follows a possessive that opens its sentence when the person it owns is named in apposition: a noun or two
and a comma, then the name, perhaps after a job ('NAME's husband, the set designer NAME2,')."""


def owner_of_apposed(para: str, end: int) -> bool:
    """The possessive ending at ``end`` owns a person named right after in apposition ('Reed's husband, the designer
    Tom Vale, confirmed it'): the sentence is about that person, not the owner."""
    return _APPOSED_AFTER_OWNER.match(para, end) is not None


_RUN_MORE = re.compile(rf"\s({_NAME_WORD})\b")
"""One further capitalised word of a run, after a single space."""


def _run_end(sentence: str, end: int) -> int:
    """Where a run of capitalised words whose first two end at ``end`` ends, when 'the' before it made it a thing's
    name: the whole run is that name ('the Skelwick Fen Peat Archive', 'the Oldcastle Hill Lifeboat Crew'), so its last
    two words ('Peat Archive') name no person either. A word with a possessive ends it ('the Harbour Trust's Ada
    Kell' names Ada Kell). After 'of' or 'in' a person may follow the name of a body in a title ('Head of Coastal
    Survey Ada Kell'), so those runs are read on as before."""
    at = end
    while not sentence.startswith(("'s", "’s"), at - 2) and (more := _RUN_MORE.match(sentence, at)) is not None:
        at = more.end()
    return at


_GIVEN_SHORT = frozenset({"Md", "Mohd", "Muhd"})
"""Written short forms of a given name ('Md Rafiq Islam', 'Mohd Azmi Rahman'): a first name, as written in full."""


_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")


def _heading(sentence: str) -> bool:
    """A heading's capitals ('Underdog Ada Kell Beats Party Machine in Vote'): every word of four letters or more
    is capitalised, so a run of capitals says nothing of where a name ends."""
    words = _LONG_WORD.findall(sentence)
    return len(words) > 2 and all(w[0].isupper() for w in words)


def _name_end(sentence: str, pair: tuple[str, str], end: int) -> int:
    """Where a name whose first two words (``pair``) end at ``end`` ends: further words after a particle
    ('Karim Al Nour', 'Ahmed bin Said Al Hamli'), further capitalised words after a known first name ('Ruth Ada
    Kell', 'Md Rafiq Islam'); a word that names no person ('Tom Reed Foundation', 'Ann Lee Monday')
    ends it, and a longer run of capitals ('Harbour Desk Editor Tom Reed') is read two words at a time, as before."""
    first, second = pair
    if _no_name(second.lower()):
        return end  # 'Clinton In Oklahoma': no name goes on past a word that names no one
    known = first in _GIVEN_SHORT or first_name_lean(_unaccented(first.split("-")[0])) is not None
    at = end
    for _ in range(_MORE_WORDS):
        more = _NAME_MORE.match(sentence, at)
        if more is None or _no_name(more.group(1).lower()):
            break
        if not known and not sentence[more.start() : more.start(1)].strip():
            break  # no particle before it and no known first name: 'Skipper Orrel' + 'Quenby' stay apart
        at = more.end()
    if at > end and _CAPITAL_NEXT.match(sentence, at):
        at = end  # 'Hillary Clinton Goes After ...': a heading's capitals, no longer name
    return at


_FIRM_WORDS = _NOT_NAME_ENDS | word_set("records inc ltd llc plc corp studios holdings partners label labs foundation")
"""Capitalised words that make the words before them a firm's or a body's name ('Hollow Pine Records')."""


def _firm_after(sentence: str, first: str, end: int) -> bool:
    """The capitalised pair ending at ``end`` opens a firm's name ('Cedar Hollow Records says'): the next word is a
    firm's, and the first is no known first name ('Tom Reed Foundation' still names Tom Reed)."""
    more = _NAME_MORE.match(sentence, end)
    if more is None or more.group(1).lower() not in _FIRM_WORDS:
        return False
    return first_name_lean(_unaccented(first.split("-")[0])) is None


def _unaccented(word: str) -> str:
    """The word without its accents ('José' -> 'Jose'), as the first-name lists write it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _no_name(low: str) -> bool:
    """A capitalised word that is no word of a person's name (a title, a body, a day, an opener)."""
    return low in _NOT_NAME_WORDS or low in _NOT_NAME_ENDS or low in _NOT_NAME_STARTS or low in _SUFFIXES


_SUFFIXES = frozenset({"jr", "sr"})
"""'Patrick Reed Jr.': a suffix is no word of the name a later surname matches ('Reed')."""


def names_outside_quotes(para: str, tokens: list[Tok], quoted: bool = True) -> list[str]:
    """Person names written in a sentence's own words (a name inside a quotation is not a candidate speaker);
    ``quoted`` False says the sentence holds no quotation token, which spares looking for one."""
    names: list[str] = []
    if tokens and (owner := _OPENING_OWNER.match(para, tokens[0].start)) is not None:
        names.append(owner.group())  # 'Reed's new sail drew looks': kept if the article named Reed in full
    first = 0  # the first token of the stretch of words before the next quotation
    for q in [k for k, t in enumerate(tokens) if t.kind is QUOTE] if quoted else ():
        if q > first:
            names.extend(_person_names(para[tokens[first].start : tokens[q].start]))
        first = q + 1
    if first < len(tokens):
        names.extend(_person_names(para[tokens[first].start : tokens[-1].end]))
    return names


_NICKNAME = re.compile(rf"([{_UP}](?<!\w[{_UP}])[{_LOW}]+) [\"“‘'][{_UP}][{_LOW}]+[\"”’'] (?=[{_UP}])")
"""A nickname in quotation marks inside a name ('Rosamund "Pip" Tarrock', 'Robert “Bobby” Kell'). The word boundary
is tested after the first capital (the same matches as a word boundary before it), so that ``re`` skips to capitals."""


_OPENING_MARK = re.compile(rf" [\"“‘'][{_UP}]")
"""A space, an opening quotation mark and a capital, which every match of :data:`_NICKNAME` holds (searched first:
a pattern that opens with a literal is found fast)."""


def _name_word_of(nicknamed: re.Match[str]) -> str:
    """The name word before a nickname and its space, as ``r"\\1 "`` gives (a function: a template would be parsed
    again at each call)."""
    return nicknamed.group(1) + " "


def _person_names(sentence: str) -> list[str]:
    """:func:`_names_in` of the sentence read without the nicknames inside names ('Rosamund "Pip" Tarrock's desk'
    names Rosamund Tarrock, whom a later lone 'Tarrock' and 'she' stand for), and the first names set off after a
    noun of kin (:func:`kin_named`)."""
    unnicknamed = _NICKNAME.sub(_name_word_of, sentence) if _OPENING_MARK.search(sentence) else sentence
    names = _names_in(unnicknamed)
    if _SET_OFF_WORD.search(sentence):  # else no match of _KIN_NAME: spares its slower search
        names.extend(m.group(2) for m in _KIN_NAME.finditer(sentence) if _kin_first_name(m.group(1), m.group(2)))
    if _SET_OFF_OWNER.search(sentence):  # the same for _NAME_KIN
        names.extend(m.group(1) for m in _NAME_KIN.finditer(sentence) if _kin_first_name(m.group(2), m.group(1)))
    if "-year-old " in sentence:  # else no lone first name with an age
        names.extend(n for n in aged_first_names(sentence) if n not in names)
    if " and " in sentence:
        names.extend(_couple_names(sentence, names))
    return names


_COUPLE = re.compile(rf"([{_UP}](?<!\w[{_UP}])[{_LOW}]+) (?:and|&) ([{_UP}][{_LOW}]+ [{_UP}][{_LOW}'’-]+)\b")
"""Two first names joined by 'and' before one surname ('Tomas and Elin Brackwater'); the word boundary tested after
the first capital, as in :data:`_NICKNAME`."""


def _couple_names(sentence: str, names: list[str]) -> list[str]:
    """'Tomas and Elin Brackwater, a couple from Cork,': the first name before 'and' shares the surname of the full name
    after it, so the sentence names 'Tomas Brackwater' too, a person a later 'he' may stand for (a first name the lists
    know, of a full name read in the sentence; not the surname ending a name before it: 'NAME Clinton and NAME
    Sanders')."""
    found = []
    for m in _COUPLE.finditer(sentence):
        first, full = m.group(1), m.group(2)
        before = sentence[: m.start()].split()
        if before and before[-1][:1].isupper():
            continue  # 'Hillary Clinton and Bernie Sanders': the word before 'and' ends a name of its own
        if full in names and first_name_lean(_unaccented(first)) is not None:
            found.append(f"{first} {full.split()[-1]}")
    return found


_KIN_NAME = re.compile(rf"\b([a-z]+), ([{_UP}][{_LOW}]+)(?=,)")
"""A lower-case word, a comma and one capitalised word set off by another comma ('Her husband, Ivo, 41,')."""
_NAME_KIN = re.compile(
    rf"(?<=[a-z] )([{_UP}][{_LOW}]+), (?:[Hh]is |[Hh]er |[{_UP}][\w-]*['’]s )(?:[a-z]+ )?([a-z]+)(?=[,.])"
)
"""One capitalised word after a lower-case word, then a possessive and a noun set off by commas ('is Dervla, Oswin's
daughter,', 'met Ivo, her husband.'): the first name of that relative."""
_SET_OFF_WORD = re.compile(rf", [{_UP}][{_LOW}]+,")
"""One capitalised word set off by commas, which every match of :data:`_KIN_NAME` holds: a pattern that opens with a
literal is found fast, so a sentence without one is not searched with the slower pattern."""
_SET_OFF_OWNER = re.compile(rf", (?:[Hh]is |[Hh]er |[{_UP}][\w-]*['’]s )")
"""A comma before a possessive, which every match of :data:`_NAME_KIN` holds (searched first, as
:data:`_SET_OFF_WORD`)."""
_ONE_KIN = KIN_MEN | KIN_WOMEN
_KIN_BEFORE = re.compile(r"\b([a-z]+), $")


def _kin_first_name(kin: str, name: str) -> bool:
    """``name``, set off after ``kin``, is a first name naming that relative ('Her husband, Ivo,', 'Mr Lowe's wife,
    Ada,'; not 'her home town, Bray,')."""
    if kin not in _ONE_KIN and kin not in BIRTH_ORDER:
        return False
    return first_name_lean(_unaccented(name)) is not None or _one_word_name(name)


def kin_named(para: str, at: int, name: str, called: dict[str, str]) -> str | None:
    """``name`` when it is a lone first name written at ``at`` of ``para`` set off after a noun of one relative
    ('Her husband, Ivo, 41, looked after the children') or before one ('Ivo, her husband,'): a person named so,
    whom a later 'he' or 'she' may stand
    for, though the article never writes the name in full (``called`` learns the sex the noun gives: 'husband',
    a man); else None."""
    before = _KIN_BEFORE.search(para, max(0, at - _KIN_REACH), at) if at >= 0 else None
    if before is None:  # 'Dervla, Oswin's daughter, ...': the noun of kin set off after the name
        before = _KIN_AFTER.match(para, at + len(name)) if at >= 0 else None
    if before is None or " " in name or not _kin_first_name(before.group(1), name):
        return None
    if before.group(1) in _ONE_KIN:  # 'Her eldest, NAME,': of either sex
        called.setdefault(name, "m" if before.group(1) in KIN_MEN else "f")
    return name


_KIN_AFTER = re.compile(r", (?:[Hh]is |[Hh]er |[A-Z][\w-]*['’]s )(?:[a-z]+ )?([a-z]+)[,.]")
"""A noun of kin set off after a lone first name, owned by a possessive ('NAME, Oswin's daughter,', 'NAME, her
youngest son.'), which names that relative as 'Her husband, NAME,' does."""


_KIN_REACH = 16
"""The most characters of the noun of kin and its comma before the name ('granddaughter, ')."""


def _one_word_name(word: str) -> bool:
    """A plain capitalised word of letters that may be a first name the lists do not know ('Tavish' set off after
    'her brother,'): at least three letters, the rest in lower case."""
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()
