"""A person's gender as an article's words give it away: an honorific ('Mr.', 'Ms.', 'Dame'), a gendered role or
kinship word ('spokeswoman', 'his wife'), or a first name clearly of one sex.

The first names come from ``first_names.txt`` beside this module: names clearly one-sided in the 1990 US Census
first-name frequency lists (public domain), built at development time by ``benchmarks/first_names.py`` (see
its header for the rules and the source), and from ``given_names.txt``: given names of one sex common outside the
US (Irish, Welsh, Scottish, English, Australian, New Zealand, South Asian, Arabic, West African, European), written
by hand, which also replaces the census tag of a few short forms written as much for longer names of the other
sex outside the US ('Jess', 'Mel'). They are read once, on first use; nothing is downloaded. A name in neither
(ambiguous, rare, or from elsewhere) is of unknown gender, ``"?"``: a pronoun may still refer to it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from digest.core.lexicon import KIN_MEN, KIN_WOMEN, PHRASE_LINKS, RELATIVE_PRONOUNS, word_set
from digest.core.speech_verbs import REPORT_VERBS, TELL_VERBS

UNKNOWN = "?"
_ORG_NAMES_KEPT = 4096
"""Names whose :func:`org_name` answer is remembered: the same few dozen people's names are asked about for every
sentence (salience's table of first names, pronouns' candidates), and the answer is a function of the name alone."""

_HONORIFICS = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "lady": "f",
    "dame": "f",
    "sheikh": "m",
    "sheikha": "f",
    "madam": "f",
    "madame": "f",
    "hajia": "f",
    "alhaji": "m",
}
"""Honorifics written before a name (with or without a full stop)."""

_GENDERED_WORDS = {
    "m": KIN_MEN
    | word_set(
        """man boy congressman councilman businessman king prince duke welshman englishman irishman frenchman
        dutchman"""
    ),
    "f": KIN_WOMEN
    | word_set(
        """woman girl spokeswoman congresswoman councilwoman businesswoman chairwoman queen princess duchess actress
        welshwoman englishwoman irishwoman frenchwoman dutchwoman"""
    ),
}
_WORD_GENDER = {word: gender for gender, words in _GENDERED_WORDS.items() for word in words}
"""Role, kinship and nationality words of one gender ('his wife' names a woman, 'the Welshman' a man). Words also
used for the other sex ('chairman', 'spokesman', 'actor') are not among them."""


_NOT_A_PERSON_END = word_set(
    """productions records studios entertainment media holdings partners group llc inc inc. corp corp. ltd company
    corporation foundation institute university bank agency network airlines association magazine channel
    academy college school gazette chronicle courier tribune advertiser observatory laboratory"""
)
"""Last words that make a name an organisation's even after a first name ('Ivo Brandt Productions')."""
_BODY_END = word_set(
    """team squad club crew society band choir orchestra quartet trio ensemble repository archive archives library
    museum gallery theatre trust festival charity council committee federation league union board commission
    service services herald beacon echo observer sentinel journal examiner mercury telegraph post"""
)
"""Last words of the names of groups and bodies ('Kelso Rescue Team', 'Seed Repository'), which are also surnames
('Gabrielle Union', 'Robert Service'): a body's name unless a first name alone stands before them."""
_COUNTRIES = word_set(
    """australia ireland england scotland wales britain canada zealand america africa india pakistan bangladesh
    kenya nigeria ghana uganda tanzania zimbabwe zambia ethiopia egypt morocco jamaica fiji samoa tonga japan china
    korea singapore malaysia indonesia philippines brazil argentina mexico chile colombia peru france germany italy
    spain portugal netherlands belgium sweden norway denmark finland iceland poland austria switzerland hungary
    croatia serbia romania greece turkey ukraine russia israel europe asia oceania"""
)
"""Countries, home nations and continents whose names end a national body's ('Rowing Ireland', 'Athletics New
Zealand', 'Hockey Europe'): a closed list of those common in English news and sport."""
_GROUP_WORDS = word_set(
    """democrat democrats democratic republican republicans independent independents labour tory tories
    conservative conservatives liberal liberals socialist socialists communist communists libertarian
    libertarians unionist unionists nationalist nationalists
    american americans african africans asian asians european europeans hispanic hispanics latino latinos latina
    latinas arab arabs indian indians chinese japanese vietnamese lebanese sudanese taiwanese burmese korean
    koreans pakistani pakistanis iranian iranians iraqi iraqis syrian syrians afghan afghans israeli israelis
    palestinian palestinians russian russians ukrainian ukrainians mexican mexicans canadian
    canadians australian australians italian italians brazilian brazilians nigerian nigerians kenyan kenyans
    somali somalis haitian haitians filipino filipinos egyptian egyptians saudi saudis turkish kurdish kurds
    british irish scottish spanish polish swedish danish finnish
    muslim muslims catholic catholics protestant protestants jewish jews hindu hindus sikh sikhs buddhist
    buddhists mormon mormons evangelical evangelicals"""
)
"""Words naming a party, a people or a faith ('Kelby Democrat', 'Coastal Latino', 'British Muslims',
'Northern Catholics'): a closed list of the common ones in English news, not the whole class. Suffixes
(-an, -ese, -ish, -ic) would be the general rule but end many surnames ('Sullivan', 'Parrish', 'Petrovic');
words that are also common surnames ('French', 'English', 'Welsh', 'German', 'Green', 'Christian') are left
out."""


@cache
def _first_names() -> dict[str, str]:
    """Lower-case first name → its tag in the shipped table, read on first use: ``m`` or ``f`` (clearly of that
    sex), ``M`` or ``F`` (of unknown gender, leaning to that sex), ``u`` (of unknown gender)."""
    table: dict[str, str] = {}
    replacing: dict[str, str] = {}
    for shipped in ("first_names.txt", "given_names.txt"):  # the census table first: it keeps its tags
        text = resources.files("digest.core.quotes").joinpath(shipped).read_text("utf-8")
        for line in text.splitlines():
            tag, _, names = line.partition(" ")
            if tag in ("m", "f", "M", "F", "u"):
                for name in names.split():
                    table.setdefault(name, tag)
            elif tag in ("u!", "F!"):  # a short form the census tag misreads outside the US
                replacing.update(dict.fromkeys(names.split(), tag[0]))
    return table | replacing


@lru_cache(maxsize=_ORG_NAMES_KEPT)
def org_name(name: str) -> bool:
    """The name ends in a word of organisations ('Ivo Brandt Productions', 'Ada Kell Media', 'Kelso Rescue Team'):
    no person's, unless an honorific or a doctor's title opens it ('Mr. Band', 'Dr Choir' are people), or, for a
    word that is also a surname, a first name alone stands before it ('Gabrielle Union'). So does a
    name ending in a country's after a first word that is no first name: a national body named by its sport, art or
    aim ('Rowing Ireland', 'Netball Scotland', 'Surf Life Saving Canada'; not 'Ada Ireland')."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0].lower() in _PREMISES_START:
        return True
    last = words[-1].lower()
    if last in _COUNTRIES:
        return first_name_lean(words[0].split("-")[0]) is None and not person_title(words[0])
    if person_title(words[0]):
        return False
    if last in _BODY_END:
        return len(words) > 2 or first_name_lean(words[0].split("-")[0]) is None
    return last in _NOT_A_PERSON_END


_PREMISES_START = word_set("casa café cafe chez hotel restaurant pizzeria trattoria taverna bistro")
"""First words of the names of eating places and inns ('Casa Lunares', 'Chez Odile', 'Hotel Quenby'): no person's."""


_PERSON_TITLES = frozenset(_HONORIFICS) | word_set("dr prof professor rev father sister brother")
"""Words before a surname that make the name a person's whatever its last word."""


def person_title(word: str) -> bool:
    """``word`` is an honorific or a title written before a person's name ('Mrs', 'Dr.', 'Rev'), no given name."""
    return word.lower().rstrip(".") in _PERSON_TITLES


_PLACE_END = word_set(
    """head point bay island isle cove harbour harbor beach quay pier street road avenue square bridge loch sound
    strait valley creek falls gorge canyon ridge peak cliffs reef estate airport station headland peninsula row lane
    terrace crescent mews wharf gardens park"""
)
"""Last words of the names of places of land, water and town ('Quenmore Head', 'Drum Bay', 'Cogg Street')."""


COUNTY_WORDS: frozenset[str] = frozenset({"co", "co.", "county"})
"""Words written before a county's name ('Co Wexford', 'County Mayo')."""


def place_name(name: str) -> bool:
    """A name of two words or more ending in a word of places (:data:`_PLACE_END`) after a first word that is no
    first name nor title: a place's, never 'he' or 'she' ('off Tarnby Point'; not 'Ana Bay', 'Mr Bridge')."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in COUNTY_WORDS:
        return True  # 'Co Wexford', 'County Mayo'
    if len(words) < 2 or words[-1].lower() not in _PLACE_END:
        return False
    first = words[0].split("-")[0]
    return first_name_lean(first) is None and not person_title(first)


def group_word(word: str) -> bool:
    """``word`` names a party, a people or a faith (:data:`_GROUP_WORDS`): as the last of two capitalised words
    it describes someone instead of naming them ('a Kelby Democrat', 'Hopeful Republican nominee', 'Coastal
    Latino voters')."""
    return word.lower() in _GROUP_WORDS


def thing_like(name: str) -> bool:
    """A name that may be a thing's when ', which' follows it: an organisation's name, or one whose first word is
    no first name ('Blue Harbour, which was sold'; not 'Tom Reyes, which surprised the staff', where 'which'
    comments on what happened to a person)."""
    return org_name(name) or first_name_lean(name.split()[0].split("-")[0]) is None


def _key(word: str) -> str:
    """A first name as the tables write it: lower case, without accents ('Seán' -> 'sean', 'Zoë' -> 'zoe')."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def first_name_gender(word: str) -> str:
    """``m`` or ``f`` when ``word`` is a first name clearly of that sex, else ``?`` ('Clara' f, 'Jordan' ?)."""
    tag = _first_names().get(_key(word), UNKNOWN)
    return tag if tag in ("m", "f") else UNKNOWN


def first_name_lean(word: str) -> str | None:
    """None when ``word`` is no known first name; else the sex it names or leans to (``m``, ``f``; 'Terry' m,
    'Kelly' f), or ``?`` ('Jordan')."""
    tag = _first_names().get(_key(word))
    if tag is None:
        return None
    return tag.lower() if tag != "u" else UNKNOWN


def honorific_gender(word: str) -> str:
    """``m`` or ``f`` for an honorific ('Mr.', 'Ms', 'Dame'), else ``?``; not for one written in capitals, an
    office's initials ('MS' of 'Harbour Party MS NAME', a Member of the Senedd, man or woman)."""
    bare = word.rstrip(".")
    return UNKNOWN if bare.isupper() and len(bare) > 1 else _HONORIFICS.get(bare.lower(), UNKNOWN)


def word_gender(word: str) -> str:
    """``m`` or ``f`` for a role or kinship word of one gender ('spokeswoman', 'husband'), else ``?``."""
    return _WORD_GENDER.get(word.lower(), UNKNOWN)


def name_gender(name: str, role: str | None = None) -> str:
    """The gender a person's name as written shows: an honorific before it ('Ms. Berg'), a gendered word in its
    role ('spokeswoman', 'his wife'), else its first word as a first name of two words or more ('Clara Voss';
    a surname alone says nothing). ``?`` when nothing tells, or when two clues disagree."""
    words = name.split()
    if not words:
        return UNKNOWN
    clues = {honorific_gender(words[0])}
    for part in (role or "").split(","):
        for word in part.split():
            if word.lower() in PHRASE_LINKS or word.lower() in RELATIVE_PRONOUNS:
                break  # 'a lawyer for his wife', 'a parent whose son' is no wife, no son
            clues.add(honorific_gender(word))
            clues.add(word_gender(word))
    clues.discard(UNKNOWN)
    if not clues and len(words) >= 2 and not org_name(name):
        clues.add(first_name_gender(_given_word(words).split("-")[0]))
        clues.discard(UNKNOWN)
    return clues.pop() if len(clues) == 1 else UNKNOWN


def _given_word(words: list[str]) -> str:
    """The word of a name that may be a first name: the first, or, when an office in capitals stands before the
    last two words ('Harbour Party MP Fiona Vantreck', 'Velmont CEO Tomas Quell'), the word after that office."""
    offices = [k for k, w in enumerate(words[:-2]) if _OFFICE.fullmatch(w)]
    return words[offices[-1] + 1] if offices and first_name_gender(words[0]) == UNKNOWN else words[0]


_OFFICE = re.compile(r"[A-Z]{2,4}\.?")
"""An office or a body in capitals standing before a person's name ('MP', 'MEP', 'MLA', 'TD', 'CEO')."""


def role_gender(role: str) -> str:
    """The gender a person known only by a role shows ('the spokeswoman', 'his widow'), else ``?``."""
    return name_gender("?", role)


_SAID_PRONOUN = re.compile(
    r"(?:,[^,.;:\"“”]{1,60},)?\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?"
    r"([a-z]+)\s+(?:([\w.]+)\s+)??(?:that\s+)?(he|his|she|her)\s"
)
"""A verb (a finite verb of reported speech, checked in code), an addressee after a verb of telling ('told
reporters'), then 'that' and a pronoun."""


def said_pronoun_gender(text: str, end: int, possessive: bool = True) -> str:
    """``m`` or ``f`` when a name ending at ``end`` of ``text`` is followed by a verb of saying and a pronoun
    opening what was said ('NAME said he would', 'NAME, the union's head, told reporters his members'): the article
    calls that person so; else ``?``. Without ``possessive``, only 'he' and 'she' count ('NAME said his death ...'
    may speak of someone named before)."""
    found = _SAID_PRONOUN.match(text, end)
    if found is None or found.group(1) not in REPORT_VERBS or (not possessive and found.group(3) in ("his", "her")):
        return UNKNOWN
    if found.group(2) is not None and found.group(1) not in TELL_VERBS:
        return UNKNOWN  # an addressee only after a verb of telling
    return "m" if found.group(3) in ("he", "his") else "f"
