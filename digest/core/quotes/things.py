"""Names of things, never 'he' or 'she': a name the article writes as a firm's or a place's, and plural roles
('growers') that 'they' may refer to. Split off ``actors``."""

from __future__ import annotations

import re
from collections.abc import Container

from digest.core.lexicon import DOCUMENT_NOUNS, GROUP_NOUNS, KIN, PERSON_HEADS, role_word, word_set
from digest.core.quotes.descriptions import org_epithet
from digest.core.quotes.gender import thing_like

_NOT_HEAD = word_set("of to for at in on with from close near")
_COUNTS = word_set("hundreds thousands dozens scores millions tens")
"""Plural numbers that open a phrase of a count ('Hundreds of fans'): the noun after their 'of' is the head."""


def _head(name: str) -> str:
    """The head word of a name or role, lower case: the word before a preposition, else the last; after a count
    and 'of', the word after ('Dozens of neighbours' is 'neighbours')."""
    words = name.lower().split()
    if len(words) > 2 and words[0] in _COUNTS and words[1] == "of":
        words = words[2:]
    return next((words[k - 1] for k in range(1, len(words)) if words[k] in _NOT_HEAD), words[-1] if words else "")


def plural_role(name: str) -> bool:
    """A role written as a plural ('growers', 'harbour officials'; not 'person close to the mayors'): 'they' may
    refer to it."""
    head = _head(name)
    return head.endswith("s") and not head.endswith(("ss", "'s", "’s", "us", "is"))


def document_role(name: str) -> bool:
    """A role headed by a singular noun of a document ('report', 'annual review', 'statement'): 'it' may refer to
    it ('The report found A. B, it said')."""
    head = _head(name)
    return head in DOCUMENT_NOUNS and not plural_role(name)


def no_one_role(name: str) -> bool:
    """A role that 'he' or 'she' never stands for: a document ('the letter', 'the bulletin'), a plural ('court
    officers') or a thing (:func:`thing_headed`)."""
    return document_role(name) or plural_role(name) or thing_headed(name)


_PERSON_ENDINGS = (
    *("ee", "mate", "eon", "-in-law", "-old", "smith", "wright", "herd", "monger", "ess", "boy", "girl", "child"),
    *("eur", "ive", "ie"),
)
"""Endings of nouns of a person beyond the agent endings ('nominee', 'roommate', 'surgeon', 'daughter-in-law',
'the 34-year-old', 'blacksmith', 'playwright', 'shepherd', 'fishmonger', 'heiress', 'schoolboy', 'grandchild',
'chauffeur', 'fugitive', 'goalie'). Some things end so too ('address', 'archive', 'movie'): they are not judged, which
only leaves the pronoun as it was."""
_NOT_PERSON_ENDINGS = ("committee", "coffee", "jamboree", "degree", "decree", "fee", "tree", "knee")
"""Nouns of things with one of those endings."""
_MORE_PEOPLE = word_set(
    """abbot accused ace actuary adult advocate all ally alum alumna alumnus anyone archbishop auntie baby bard baron
    beggar billionaire bloke bodyguard boffin both bride buddy burglar bursar cadet cardinal casualty celebrity
    centre champion chap chaperone chieftain chum citizen clerk clown companion compere comrade conscript convict
    cook cop corporal counterpart couple czar darling deacon dean deejay diva dj doc doula duchess duke each earl
    eldest empress escort everyone exec expat fan fans favorite favourite few fiancé fiancée fly-half foe folk
    forward friar goalie graduate gran grandma grandpa granny groom guest guide guru guy heir hermit hero heroine
    host hostage idol individual justice kid kids knight lad lady lass legend liar local locals lock look-alike
    lookout maestro magistrate magnate maid mama many marshal matron medium millionaire mime model mogul mom monk
    most mp namesake nan nanny native nobody nomad novice nun one ones orphan pal papa patron pilgrim pope principal
    private pro professional prop provost psychic pupil recruit ref rep rival rookie runner-up safety sage saint
    sarge scholar scrum-half seed sentinel sentry sheikh sibling some somebody someone spouse spy squire star
    suspect sweetheart tackle teen thief tsar twin twins two tycoon underdog undergraduate veteran victim villain
    ward wing youngest youth"""
)
"""Nouns of a person without an agent's ending, beyond the role and kinship lists (a few also name things: 'lock',
'star'; they count as people), and the words of a count or a part that may head a description of people ('one of
the protesters', 'the eldest')."""


_PAST_HEAD = word_set("who whom whose that familiar behind by about over under against among between across like")
"""Words after which a description runs on past its head, beyond the prepositions of ``_head`` ('an adviser who
requested anonymity', 'a person familiar with the talks', 'the tycoon behind the bid'): the head is before them."""


def _person_word(word: str) -> bool:
    """A lower-case word naming a person (or people) by role, kinship, job or part ('nurse', 'aunt', 'builders')."""
    return word in PERSON_HEADS or word in KIN or word in _MORE_PEOPLE or role_word(word) or role_word(word.rstrip("s"))


def thing_headed(name: str) -> bool:
    """A role whose head is a lower-case word that names no person: a thing or a quality read as a speaker ('the
    tale' of 'a tale told to her nephew', 'typewritten' of 'A typewritten note pinned by the door - "A" -'). 'He' or
    'she' never stands for it. Heads written in capitals, figures or other scripts are not judged."""
    words = name.split()
    cut = next((k for k in range(1, len(words)) if words[k].lower() in _PAST_HEAD), len(words))
    head = _head(" ".join(words[:cut])).strip("'’").removesuffix("'s").removesuffix("’s")
    if not head.replace("-", "").isalpha() or head not in name:
        return False
    if _person_word(head) or _person_word(head.rsplit("-", 1)[-1]):
        return False
    return not head.endswith(_PERSON_ENDINGS) or head.endswith(_NOT_PERSON_ENDINGS)


def which_after(things: set[str], name: str, para: str, end: int) -> None:
    """'In a statement, NAME, which paid for the album, said A': a name read as a speaker's, written right before
    ', which' (ending at ``end`` of ``para``), joins ``things`` when it may be a thing's
    (:func:`~digest.core.quotes.gender.thing_like`): a body, never 'he' or 'she'. The names a sentence's own words
    hold are noted so when first read (:func:`thing_written`); this is for one met only as the subject of a verb of
    speech."""
    if para.startswith(", which ", end) and thing_like(name):
        things.add(name)


def people_named(name: str) -> bool:
    """A group named by a plural noun of people ('Executives for Northwind', 'Kelby growers'): people, never the
    organisation that 'the company' stands for."""
    head = _head(name)
    return head in GROUP_NOUNS or head in _FOLLOWERS


_FOLLOWERS = word_set("fans followers")
"""Plural nouns of people who follow a team or a star ('Hundreds of fans'): a crowd, never an organisation (not role
nouns: 'fans chanted "A", the Tribune reports' leaves the words with the reporter)."""


_PLURAL_VERB = re.compile(r" (?:have|are|were) ")
_SENTENCE_ENDS = frozenset('.!?:;"”')


def thing_written(para: str, at: int, length: int) -> bool:
    """The name written at ``para[at:at + length]`` is followed by ', which' or by a plural verb while standing
    alone ('Blue Harbour have denied', British usage for a firm or a band; 'Pike and Moss have' is two people), or
    is a body's name that a noun of a body introduces (:func:`body_named`)."""
    after = at + length
    if para.startswith(", which ", after):
        return True
    if " " in para[at:after] and body_named(para, at, after):
        return True
    return _PLURAL_VERB.match(para, after) is not None and _opens_sentence(para, at)


_BODY_NOUN = (
    r"(?:band|group|choir|orchestra|firm|company|charity|club|team|label|brand|trust|society|cooperative|"
    r"co-operative|collective|pub|restaurant|cafe|café|bakery|brewery|distillery|hotel|farm|station|observatory|"
    r"laboratory|magazine|newspaper|website|podcast|show|programme|program)"
)
_BODY_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?) (?:[a-z-]+ ){{0,2}}{_BODY_NOUN}(?:,)? $")
"""An article, at most two lower-case words and a noun of a body ('the shanty group ', 'A small ferry company, '),
right before a name."""


def body_named(para: str, at: int, after: int) -> bool:
    """The name at ``para[at:after]`` names the body a noun before it introduces: right after it ('a ballad by the
    shanty group Tarn Lantern'), or set off by commas after it ('A small ferry company, Kestle Lines, said'); a band's,
    a firm's or a place's name, never 'he' or 'she'."""
    before = para[max(0, at - 60) : at]
    found = _BODY_BEFORE.search(before)
    if found is None:
        return False
    return not found.group(0).endswith(", ") or para.startswith(",", after)


def _opens_sentence(para: str, at: int) -> bool:
    """The name at ``at`` opens its sentence (so a plural verb after it is its own): not 'Lawyers for NAME have',
    'would NAME have', 'nor NAME have', nor 'Pike and Moss have'."""
    before = para[:at].rstrip()
    return not before or before[-1] in _SENTENCE_ENDS


_PLACE = re.compile(
    r" (?=[A-Z])(?:(?<=\b[Ii]n )|(?<=\b[Ii]nto )|(?<=\b[Oo]utside )|(?<=\b[Aa]cross )|(?<=\b[Tt]hroughout ))"
    r"((?:[A-Z][a-z]+ )+[A-Z][a-z]+)\b(?![\'’]| [A-Z][a-z]+\b)"
)
"""A name of two or more capitalised words after a preposition of place ('a farm outside Red Hollow', 'In Stone
Ferry, the mill closed'); not before a possessive ('forty minutes into Ada Lind's film': her film; nor a shorter
run of such a name, which the pattern would give back a word at a time), nor after 'near' or 'around', where
people stand as often ('reporters waited near NAME', 'photographers crowded around NAME', whose first name may be
missing from the list of first names). The pattern opens with the space after the preposition, which it looks back
at from there, so that ``re`` skips to spaces before a capital (a pattern opening with a word boundary is tried at
every character; the same names, about four times faster)."""


_IN_ONE_WORD = re.compile(r"\b(?:a|an|the) [a-z]+ in ([A-Z][a-z]{2,})\b(?![\'’-]| [A-Z])")
"""One capitalised word after 'in' that follows an article and a noun ('a mechanic in Tresk', 'the plant in Carrowby'):
a place; not after a verb or a bare noun ('believes in Reed', 'confidence in Pike') nor before a possessive or
another capital."""
_IN_CAPITAL = re.compile(r" in [A-Z]")
"""'in' before a capital, which every match of :data:`_IN_ONE_WORD` holds: a pattern that opens with a literal is found
fast, so a paragraph without one is not searched with the slower pattern."""


_BEFORE_FACILITY = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+ (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) "
    r"(?:station|stations|airport|stadium|terminal|interchange|depot|junction|harbour|harbor|pier|quay|marina|bridge|"
    r"flyover|motorway|expressway|highway|reservoir|dam|estate|campus)\b"
)
"""A name of two or more capitalised words before a lower-case noun of a place or a facility ('at Quenby Vale station',
'the Tarn Moss reservoir'): the name of a place, used as a modifier. At most four words, so that a long run of
capitalised words costs linear time (only its last four words are read as the name). The word boundary is tested after
the first capital (the same matches as a word boundary before it), so that ``re`` skips to capitals."""


def places_named(para: str, people: Container[str] = ()) -> list[str]:
    """The names a paragraph writes after a preposition of place, or before a noun of a facility ('Quenby Vale
    station'): places, when their first word is no first name (the caller checks); 'confidence in Dana Pike' names a
    person, whose first name shows it. A lone word after 'in' that follows a noun is one too, unless it is the
    surname of one of ``people`` met ('a mechanic in Tresk')."""
    found = [m.group(1) for m in _PLACE.finditer(para)] + [m.group(1) for m in _BEFORE_FACILITY.finditer(para)]
    if not _IN_CAPITAL.search(para):
        return found
    return found + [m.group(1) for m in _IN_ONE_WORD.finditer(para) if m.group(1) not in people]


def pronoun_role(name: str, gender: str, latest: bool) -> bool:
    """A role that 'they' (a plural role is a group) or 'it' (a document or a noun for an organisation, the
    ``latest`` actor met: 'The club said A. "B," it said') stands for."""
    if gender == "p":
        return plural_role(name)
    return gender == "n" and latest and (document_role(name) or org_epithet("the " + name))
