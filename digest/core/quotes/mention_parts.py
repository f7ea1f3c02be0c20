"""One comma-separated part of a speaker phrase read as a person's name with the titles before it, an
organisation, a group or a role (split off ``mentions``, which reads the phrase whole)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.core.lexicon import (
    DETERMINERS,
    GROUP_NOUNS,
    MONTHS_DAYS,
    ORG_WORDS,
    PREPOSITIONS_IN_NP,
    ROLE_NOUNS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
)
from digest.core.quotes.demonyms import NATIONALITIES
from digest.core.quotes.gender import first_name_lean
from digest.core.quotes.serving import RELATIONS, serves
from digest.core.quotes.tokens import Tok

NAME_PARTICLES = frozenset(
    {"al", "al-", "bin", "de", "del", "van", "von", "der", "da", "la", "le", "abu", "ibn", "ap", "ab", "ferch"}
    | {"ní", "nic", "ó", "uí", "mhic"}
)
"""Particles inside names, compared in lower case ('Ursula von der Leyen'), and the capitalised ones of Irish
surnames, which the surname keeps when written alone ('Muireann Ní Dhuibhir' ... 'Ní Dhuibhir', 'Ó Súilleabháin'); not
'Mac', also a first name ('Mac Jones')."""


_TITLE_OR_ROLE_WORDS = TITLE_WORDS | ROLE_NOUNS


_POST_NOMINALS = frozenset(re.findall(r"\w+", "MP MS MSP MLA MEP MPP MHK TD AM QC KC SC OBE MBE CBE KBE DBE JP"))
"""Letters written after a member's or an honoured person's name, in capitals ('MS' is no 'Ms' there)."""


def _split_name(words: list[str]) -> tuple[str, str]:
    """Split "State Treasurer Dana Pike" into ("Dana Pike", "State Treasurer"); letters after a name ('Rhys Owen MS',
    'Ann Lee MP') are no part of it."""
    while len(words) > 2 and words[-1] in _POST_NOMINALS:
        words = words[:-1]
    k = len(words)
    while k > 0:
        w = words[k - 1]
        low = w.lower().rstrip(".")
        if (
            w[:1].isupper()
            and (low not in TITLE_WORDS or _surname_after_first_name(words, k))
            and low not in ORG_WORDS
            and low not in MONTHS_DAYS
            or low in NAME_PARTICLES
            and k < len(words)
        ):
            k -= 1
        else:
            break
    while 0 < k < len(words) and words[k].lower() in NAME_PARTICLES:
        k += 1
    if k == 0 and len(words) >= 3 and words[0].lower() in ROLE_NOUNS and not words[0].endswith("s"):
        k = 1  # 'Pensioner Dana Pike', 'Teacher Dana Pike': a job capitalised at a sentence's start, then the name
    return " ".join(words[k:]), " ".join(words[:k])


def _surname_after_first_name(words: list[str], k: int) -> bool:
    """The last word, a title, is a surname after a first name ('Maren Bishop', 'Nora King')."""
    return k == len(words) >= 2 and words[k - 2][:1].isupper() and first_name_lean(words[k - 2]) is not None


_AUTHOR_PREPOSITIONS = frozenset({"from", "by"})
_OTHER_PREPOSITIONS = frozenset({"into", "about", "over", "against", "after", "before", "during"})


AGE_MODIFIER = re.compile(r"(\d{1,3})-year-old")
"""An age written as one word, its number the group ('said 16-year-old NAME', 'the 29-year-old said')."""


def _title_before_name(words: list[str]) -> bool:
    """The last word before a name is a title, a job or an organisation: 'Rep.', 'meteorologist', 'Courier'; not
    a preposition ('members of Congress from Florida': a place), but 'from' or 'by' after a noun of a statement
    ('a post from NAME', 'a statement by NAME': its author)."""
    word = words[-1]
    low = word.lower().rstrip(".")
    plain = word.replace("-", "")
    if low in PREPOSITIONS_IN_NP or low in _OTHER_PREPOSITIONS:
        return low in _AUTHOR_PREPOSITIONS and len(words) > 1 and words[-2].lower() in STATEMENT_NOUNS
    lower_word = (plain.isalpha() and word[:1].islower()) or AGE_MODIFIER.fullmatch(low) is not None
    return low in TITLE_WORDS or low in ROLE_NOUNS or word[:1].isupper() or lower_word


@dataclass
class PartsRead:
    """What the parts of a speaker phrase said so far: a name, its kind, roles."""

    name: str = ""
    kind: str = ""
    roles: list[str] = field(default_factory=list)
    plain_group: bool = False
    """The name is a group described in plain words ('The union representing dock workers'): an organisation's name
    in apposition after it names it better."""


def _head(core: list[str]) -> int:
    """The head of a phrase: the last word before a preposition ('sources' in 'sources close to NAME')."""
    head = next((i - 1 for i, w in enumerate(core) if i > 0 and w.lower() in PREPOSITIONS_IN_NP), len(core) - 1)
    return head - 1 if head > 0 and core[head].lower() == "close" else head


_BARE_MODIFIERS = frozenset({"former", "acting", "interim", "outgoing", "incoming", "late"})
"""Words of a title that name no role alone ('a former', 'the acting'): what they modify was cut off."""


def read_part(part: list[Tok], found: PartsRead, several: bool) -> None:
    """One comma-separated part: a person's name with titles, an organisation, a group or a role."""
    words = [t.text for t in part]
    lead = 0
    while lead < len(words) and words[lead].lower() in DETERMINERS:
        lead += 1
    core = words[lead:]
    if not core or (len(core) == 1 and core[0].lower() in _BARE_MODIFIERS):
        return  # 'NAME, a former' (the phrase was cut before 'national-level wrestler'): no role of its own
    head_index = _head(core)
    head = core[head_index].lower().rstrip(".").removesuffix("'s").removesuffix("’s")
    if not found.name and _two_names(core):
        found.name, found.kind = " ".join(w for w in core if w.lower() not in _BOTH), "group"
        return
    if not found.name and _person(core, lead, head_index, head, several, found):
        return
    phrase = " ".join(core)
    if head in ORG_WORDS or (phrase.isupper() and len(phrase) <= 6):
        if not found.name or found.plain_group:
            found.name, found.kind, found.plain_group = phrase, "org", False
    elif head in GROUP_NOUNS and _one_of(words):
        found.roles.append(" ".join(words))  # 'One of the firm's lawyers, NAME,': one person of the group
    elif head in GROUP_NOUNS:
        if not found.name:
            found.name, found.kind = " ".join(words), "group"
            found.plain_group = not any(w[:1].isupper() for w in core[1:])
    elif head in ROLE_NOUNS or head in TITLE_WORDS or head in RELATIONS:
        found.roles.append(phrase)  # "NAME's family": a relation of the person named is a role
    elif (not found.name or found.plain_group) and _capitalised_name(core):
        found.name, found.kind, found.plain_group = phrase, "org", False  # 'The union for dock workers, Dock Alliance,'


_NAME_LINKS = frozenset({"&", "for"})
"""Lower-case words inside an organisation's name of capitalised words ('Lanterns for Greystone'; a name with 'of'
is read as an office or a role first: 'the Diocese of Kell')."""


def _capitalised_name(core: list[str]) -> bool:
    """Capitalised words, perhaps joined by '&' or 'for', the last one capitalised: a name."""
    return core[-1][:1].isupper() and all(w[:1].isupper() or w in _NAME_LINKS for w in core)


def _one_of(words: list[str]) -> bool:
    """'One of the firm's lawyers', 'one of its top executives': one person of a group named by a plural role."""
    return len(words) > 2 and words[0].lower() == "one" and words[1].lower() == "of"


_BOTH = frozenset({"both"})


def _two_names(core: list[str]) -> bool:
    """'Mr. Pike and Mr. Wong', 'Both Dana Pike and Lee Wong': capitalised names on both sides of ``and``,
    no organisation word (a pair of people, never one person named by the last word)."""
    if "and" not in core or any(w.lower() in ORG_WORDS for w in core):
        return False
    k = core.index("and")
    before, after = core[:k], core[k + 1 :]
    if not (before and after and before[-1][:1].isupper() and all(w[:1].isupper() for w in after)):
        return False
    return not _portfolios(before, after)


def _portfolios(before: list[str], after: list[str]) -> bool:
    """'Ports and Harbours Secretary NAME', 'Trade and Industry Minister NAME': the words joined by 'and' are the
    portfolios of one title written after them (none a first name or a title), then a name: one person."""
    title = next((i for i, w in enumerate(after) if w.lower().rstrip(".") in _TITLE_OR_ROLE_WORDS), None)
    if title is None or title == 0 or title >= len(after) - 1:
        return False
    plain = [*before, *after[:title]]
    return all(first_name_lean(w) is None and w.lower().rstrip(".") not in _TITLE_OR_ROLE_WORDS for w in plain)


def _person(core: list[str], lead: int, head_index: int, head: str, several: bool, found: PartsRead) -> bool:
    """A person's name, with the titles before it as a role: 'State Treasurer Dana Pike'."""
    named = core
    person_name, titles = _split_name(core)
    after_preposition = not person_name or _ends_in_preposition(titles, head_index)
    if head_index < len(core) - 1 and core[head_index][:1].isupper():
        # 'Rep. Elijah Cummings of Maryland', 'NAME of the New York delegation', 'NAME in a statement': the
        # name stands before the preposition; also before 'of the research firm ORG' when two words name it
        before_name, before_titles = _split_name(core[: head_index + 1])
        if after_preposition or len(before_name.split()) >= 2:
            named, person_name, titles = core[: head_index + 1], before_name, before_titles
    if not person_name or head in ORG_WORDS or serves(titles):
        return False
    titled = titles != "" and _title_before_name(titles.split()) and not _aged_description(titles, lead, person_name)
    if (lead and not titled) or (titles and not titled):
        return False
    if any(w.lower() in PREPOSITIONS_IN_NP for w in named[len(named) - len(person_name.split()) :]):
        return False
    has_role_word = any(w.lower().rstrip(".") in _TITLE_OR_ROLE_WORDS for w in core)
    if not (len(person_name.split()) >= 2 or titles or several or not has_role_word):
        return False
    found.name, found.kind = person_name, "person"
    if titles:
        found.roles.append(titles)
    return True


def _aged_description(titles: str, lead: int, name: str) -> bool:
    """An age before capitalised words that are a description, not a name: after a determiner ('the 23-year-old
    Scot', 'the 16-year-old Ajay Malik' is rare) or before a nationality ('23-year-old South African')."""
    if AGE_MODIFIER.fullmatch(titles.split()[-1].lower()) is None:
        return False
    return lead > 0 or name.split()[-1].lower() in NATIONALITIES


def _ends_in_preposition(words: str, head_index: int) -> bool:
    """'NAME of', 'NAME of the' ('Dana Pike of the Harbour Trust'): the words before a name end in a preposition,
    perhaps with an article after it when a full name stands before it (a lone surname before 'of the' keeps the
    organisation: 'Pike of the Harbour Trust', refused as a name, would give no speaker)."""
    low = words.lower().split()
    if low and low[-1] in ("the", "a", "an") and head_index >= 1:
        low = low[:-1]
    return bool(low) and low[-1] in PREPOSITIONS_IN_NP
