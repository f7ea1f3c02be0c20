"""A definite description as a speaker ('the 29-year-old said', 'the Scot said', 'the striker said'): the person
named just before whom the article described so, or the one person it can only mean; nobody when two may be
meant.

Two readings, from surest to weakest:

- the article said of one person named in the last sentences what the description says: an age set off after
  the name ('Ada Kell, 29,' for 'the 29-year-old'), a title or job written before it ('striker Ada Kell',
  'Sen. Ada Kell' for 'the senator'), or a noun in apposition ('Ada Kell, a striker,'); a capitalised word of
  the description (a place, a party: 'the Ohio senator') must be among what was said of her, and she opens the
  last sentence naming a person before it (not 'Sen. Ada Kell ... Tom Reed said ... the senator said');
- an age or an epithet that names no job (a nationality such as 'the Scot', a stage of life such as 'the
  teenager'): the one person named in the three sentences before, the subject of the sentence before or of
  the description's own, when nothing said of her contradicts it (another age, a name of the other sex); for a
  nationality or home region ('the Dane', 'the Northern Irishman', 'the Cornishman') the one person named in the
  three sentences before, who was the subject of a clause there ('..., and Dabrowa conceded ...');
- a job no one was given ('"...," the midfielder said' after 'Marsh, who was booked late on, said he was sorry'): the
  one person who opened the sentence before as the subject of a speech verb (a noun of kin never: 'the
  brother' is someone else, nor a job that deals with or speaks for the person in a story: 'the judge', 'the
  referee', 'the spokesman', 'the doctor', 'the manager' after 'Ivo Marsh, 34, said he was sorry').

Only 'the' opens such a description ('his brother' is someone else's). A person is known as one by a first
name, an honorific, an age or having been met as a person; other names ('Upper Fenby') are passed over.

A noun for an organisation ('the company', 'the retailer', 'the airline') is the one organisation met in the three
sentences before (``actors.Registry``); nobody when two were.

A job without such words after a sentence whose subject did not speak ('the officer said' after 'Ada Kell, 34, was
stabbed') is never guessed: it is usually someone else, unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from digest.core.lexicon import KIN, PREPOSITIONS_IN_NP, ROLE_NOUNS, word_set
from digest.core.quotes.demonyms import NATIONALITIES, nationality_nouns
from digest.core.quotes.gender import word_gender
from digest.core.quotes.mention_parts import AGE_MODIFIER
from digest.core.quotes.role_acronyms import ROLE_ACRONYMS
from digest.core.speech_verbs import REPORT_VERBS

AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
"""An age set off after a name ('Ada Kell, 29, was ...'); the actors read it too (a name with an age is a
person's)."""
_ROLE_APPOSED = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}([a-z]+)\s*,")
"""A person's noun in apposition after a name, with 'a' or 'an' ('Rahim Dar, a retired welder, said')."""


_WHO_AFTER = re.compile(r",\s+who\s")
"""A relative clause for a person after a name ('Ada Kell, who ...'); a thing takes 'which'."""


def person_after(para: str, end: int) -> bool:
    """What follows a name ending at ``end`` shows a person: an age ('Ada Kell, 29,'), a relative clause with 'who',
    or a noun of a person's role or job in apposition ('Rahim Dar, a retired teacher,'): the name is a person's
    whatever its first word."""
    if AGE_AFTER.match(para, end) or _WHO_AFTER.match(para, end):
        return True  # 'Ada Kell, 29,'; 'Ada Kell, who has run the club since 1988,'
    apposed = _ROLE_APPOSED.match(para, end)
    return apposed is not None and apposed.group(1) in ROLE_NOUNS


_APPOSITION = re.compile(r",\s+(?:a|an|the|[A-Za-z]+['’]s)\s+([\w -]{1,40}?)\s*[,.;]")
"""A noun phrase in apposition after a name ('Ada Kell, a striker,', 'Ada Kell, the club's captain,')."""
_BARE_APPOSITION = re.compile(r",\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|at|for)\s")
"""A job in apposition without an article, before what it is of ('Ada Kell, curator of the museum,', 'Ada Kell,
treasurer of the union,')."""
_CLAUSE_END = re.compile(r"[.!?;]")
_FIRST_KEPT = 4
_LATEST_KEPT = 8
"""How many of the first and of the latest places a name was written at are read for what was said of it."""
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_COORDINATED = re.compile(r"\b(?:and|but)\s+$")
"""A name opening a coordinated clause ('..., and Ada Kell admitted the mood was flat'): a subject too."""
_LINK_REACH = 6
_VERB_AFTER = re.compile(r"(?:,[^.!?;]{1,240}?,)??\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?([a-z]+)\b")
"""The verb after a name, past a clause set off by commas and an adverb ('Ada Kell, who was booked late on, said')."""
_KIN_OF = re.compile(r"(?:grand)?(?:mother|father|mum|dad)-of-\w+")
"""'the mother-of-two': a stage of life, said of a person named before."""
_COUNTERPARTS = word_set(
    """judge judges magistrate coroner sheriff prosecutor lawyer attorney solicitor barrister counsel advocate
    referee umpire official spokesman spokeswoman spokesperson representative doctor surgeon paramedic nurse
    officer detective inspector constable sergeant investigator police manager coach boss chairman chairwoman
    chair host presenter interviewer moderator neighbour neighbor witness"""
)
"""Jobs a story gives to someone who judges, treats, polices, manages or speaks for the person it is about: 'the
judge said' after 'Ivo Marsh, 34, said he was sorry' is someone else, unnamed."""
_POLICE = word_set("officer detective inspector constable sergeant police investigator pc dc ds di sgt det insp")
"""Police jobs and titles: 'the officer' after 'PC Ada Kell, who patrols the ring road, said' is she."""
_TITLE_REACH = 40
"""How many characters before a name are read for a title or job written before it ('striker Ada Kell')."""
NEAR = 3
"""How many sentences back the one person an epithet can only mean (or the one organisation) is looked for."""
_FAR = 12
"""How many sentences back a person described in the same words is looked for."""
_EPITHETS = NATIONALITIES | word_set("teenager teen youngster pensioner veteran")
"""Epithets news writes for a person just named, never a job: a nationality, a stage of life."""
_COMPETITORS = word_set(
    """champion runner-up winner finalist semi-finalist challenger titleholder debutant rookie qualifier underdog
    sprinter cyclist rider golfer swimmer skater gymnast boxer fighter racer marathoner bowler batsman batter
    spinner seamer all-rounder wicketkeeper keeper forward fly-half scrum-half full-back centre-back playmaker
    left-hander right-hander southpaw flanker hooker number-eight fullback halfback wingback wing-back linebacker
    shortstop goalie"""
)
"""Nouns sports writing uses for a competitor just written about, by result or by place in a team ('the runner-up',
'the new champion', 'the spinner'): read as an age is (the one person who opened the sentence before, else the one
who spoke just before), never someone else's counterpart as a judge or a coach may be."""
_LEGISLATORS = word_set(
    "lawmaker legislator senator sen congressman congresswoman representative rep mp assemblyman assemblywoman"
)
"""Words for a member of a legislature: 'the lawmaker' after 'Sen. Ada Kell'."""
_SAME_JOBS = (
    _LEGISLATORS,
    word_set("manager boss gaffer"),
    word_set("captain skipper"),
    word_set("goalkeeper keeper goalie"),
    word_set("spokesman spokeswoman spokesperson"),
)
"""Words news writes for one job, one after another for the same person: 'Kelby boss NAME' ... 'the Kelby manager',
'Sen. NAME' ... 'the lawmaker'."""
_NOT_TITLES = word_set(
    """the a an and or but of for to at in on with against about by from as than that who which his her their its
    our my your said says told asked"""
)
"""Words that end a title written before a name, going back from it ('of Mr. Reed', 'his brother Tom Reed')."""


@dataclass
class _Facts:
    """What the article wrote of one name: an age, and words before it or in apposition after it."""

    age: str | None = None
    led: set[int] = field(default_factory=set)
    """The sentences the name opens as the subject of a clause ('Ada Kell, 29, was pulled from the sea')."""
    spoke: set[int] = field(default_factory=set)
    """The sentences the name opens as the subject of a speech verb ('Ada Kell, who ..., said she ...')."""
    quoted: set[int] = field(default_factory=set)
    """The sentences where the name is the subject of a speech verb after a quotation ('"A," Ada Kell said')."""
    words: set[str] = field(default_factory=set)


@dataclass
class Descriptions:
    """Where each name was written, and the person a description stands for (what was written at a name is read
    only when a description asks: few do)."""

    written: dict[str, list[tuple[str, int, int, int, bool]]] = field(default_factory=dict)

    def note(self, name: str, para: str, at: int, written: int, sentence: int, opens: bool) -> None:
        """Remember that ``name`` was written at ``at`` of ``para`` in ``written`` characters, in ``sentence``,
        which it ``opens``."""
        places = self.written.setdefault(name, [])
        places.append((para, at, written, sentence, opens))
        if len(places) > _FIRST_KEPT + _LATEST_KEPT:
            del places[_FIRST_KEPT]  # the first places, where a title or an age is written, and the latest

    def note_at(self, name: str, written: str, para: str, at: int, sentence: int, opens: bool) -> None:
        """Remember a place where ``name`` was met as ``written`` at ``at`` of ``para`` (a lone surname that names
        no one by itself: 'Reed, who was booked late on, said ...'), unless it was noted there already."""
        places = self.written.get(name, [])
        if para.startswith(written, at) and not any(p[1] == at and p[0] == para for p in places):
            self.note(name, para, at, len(written), sentence, opens)

    def facts(self, name: str) -> _Facts:
        """What the article wrote at the first and latest places of ``name``."""
        facts = _Facts()
        for para, at, written, sentence, opens in self.written.get(name, ()):
            end = at + written
            leads = opens or _COORDINATED.search(para, max(0, at - _LINK_REACH), at) is not None
            if leads and len(_LOWER_WORD.findall(para, end, _clause_end(para, end))) >= 2:
                facts.led.add(sentence)  # not a credit line 'Ada Kell via Photo Desk.'
                if (verb := _VERB_AFTER.match(para, end)) is not None and verb.group(1) in REPORT_VERBS:
                    facts.spoke.add(sentence)
            elif _after_quotation(para, at, end):
                facts.quoted.add(sentence)  # '"A," Ada Kell told reporters.'
            after = AGE_AFTER.match(para, end)
            if after is not None:
                facts.age = after.group(1)
            apposed = _APPOSITION.match(para, end)
            if apposed is not None:
                facts.words.update(_words(" ".join(_head(apposed.group(1))[2])))
            elif (bare := _BARE_APPOSITION.match(para, end)) is not None:
                facts.words.update(_words(bare.group(1)))
            facts.words.update(_title_before(para[max(0, at - _TITLE_REACH) : at]))
            facts.words.update(_titled_jobs(para[max(0, at - _TITLE_REACH) : at], para[at:end]))
            facts.words.update(_lead_description(para, at))
        return facts

    def person(
        self,
        description: str,
        names: list[tuple[int, str]],
        sentence: int,
        gender_of: Callable[[str], str],
        person_like: Callable[[str], bool],
        fresh: bool = False,
    ) -> str | None:
        """The name a definite ``description`` ('29-year-old', 'veteran lawmaker') stands for, in the speaker's
        ``sentence``, among ``names`` (names written before it that are no place nor thing, with their
        sentences, latest first); None when no one or more than one fits. ``gender_of`` gives a name's gender
        (``m``, ``f`` or ``?``), ``person_like`` whether a name is surely a person's (a first name, an age);
        ``fresh`` when the description's sentence opens its paragraph."""
        head, modifiers, _ = _head(description)
        if not head or (head.endswith("s") and not head.endswith("ss")):
            return None  # 'the senators': more than one
        known: dict[str, _Facts] = {}
        plain = fresh and not any(m[:1].isupper() for m in modifiers) and not _POSSESSIVE.search(description)
        fitting = self._said_so(head, modifiers, names, sentence, known)
        people = [(s, n) for s, n in names if n in fitting or person_like(n)]
        if not people:
            return None
        latest = _distinct(n for s, n in people if s == people[0][0])
        if fitting:  # she must open the last sentence naming a person: 'Dana Pike said ... The president said'
            return fitting[0] if len(fitting) == 1 and fitting[0] == latest[-1] else None
        if not (AGE_MODIFIER.fullmatch(head) or head in _EPITHETS or head in _COMPETITORS or _KIN_OF.fullmatch(head)):
            job = head in ROLE_NOUNS or head in ROLE_ACRONYMS  # 'the midfielder', 'the new MP'
            return self._last_speaker(head, people, sentence, known, gender_of, plain) if job else None
        near = _distinct(n for s, n in people if sentence - s <= NEAR)
        if head in NATIONALITIES and len(near) == 1:  # the one person named in the last sentences, a subject there
            facts = self._facts_of(near[0], known)
            recent = facts.led and max(facts.led) >= sentence - NEAR
            return near[0] if recent and self._may_be(facts, head, near[0], gender_of) else None
        if not self._led_just_before(latest, near, people[0][0], sentence, known) and (
            len(latest) != 1 or near != latest or not self._facts_of(latest[0], known).led & {sentence, sentence - 1}
        ):
            # two named in the last sentences, or she is not the subject of the last or this one: still the one
            # who opened the sentence before by speaking ('Quellan, who scored, told the club A. / "B," the
            # 26-year-old said'), as for a job no one was given
            age = AGE_MODIFIER.fullmatch(head) or head in _COMPETITORS
            return self._last_speaker(head, people, sentence, known, gender_of, plain) if age else None
        if self._unnamed_person_after(latest[0], people[0][0]):
            return None  # 'Ms Ruiz met the teenager in 2019. / "...," the 17-year-old said': either may be meant
        return latest[0] if self._may_be(self._facts_of(latest[0], known), head, latest[0], gender_of) else None

    def _unnamed_person_after(self, name: str, seen_at: int) -> bool:
        """After ``name`` in its sentence ``seen_at``, someone unnamed is met by a noun of a person ('adopted a boy',
        'met the teenager', 'hired a young nurse'): an age or epithet after it may be that person as well as
        ``name``."""
        for para, at, written, sentence, _ in self.written.get(name, ()):
            if sentence != seen_at:
                continue
            end = _SENTENCE_END.search(para, at + written)
            stop = end.start() if end is not None else len(para)
            for found in _UNNAMED_PERSON.finditer(para, at + written, stop):
                if found.group(1) in _PERSON_NOUNS or found.group(2) in _PERSON_NOUNS:
                    return True
        return False

    def _led_just_before(
        self, latest: list[str], near: list[str], seen_at: int, sentence: int, known: dict[str, _Facts]
    ) -> bool:
        """The one person named in the sentence right before the description (or earlier in its own) opens that
        sentence as its subject, and no one else named in the last sentences was named in that paragraph
        ('Veteran goalkeeper NAME has ruled out ... The 39-year-old said', someone else named in the paragraph
        before): the epithet is that person (not after 'A reached the summit. B followed.': either may be meant)."""
        if len(latest) != 1 or seen_at < sentence - 1 or seen_at not in self._facts_of(latest[0], known).led:
            return False
        paras = {place[0] for place in self.written.get(latest[0], ()) if place[3] == seen_at}
        others = (place[0] for name in near if name != latest[0] for place in self.written.get(name, ()))
        return bool(paras) and not any(para in paras for para in others)

    def _last_speaker(
        self,
        head: str,
        people: list[tuple[int, str]],
        sentence: int,
        known: dict[str, _Facts],
        gender_of: Callable[[str], str],
        plain: bool,
    ) -> str | None:
        """A job no one was given ('the midfielder said' after 'Ivo Marsh, who was booked late on, said he was sorry'):
        the one person who opened the sentence before as the subject of a speech verb. A ``plain`` description
        opening a paragraph (no capitalised word to check, no possessive: 'the former winger', not 'the Ohio
        senator' nor 'the club's doctor', someone else's job) may also stand for one who spoke after a quotation,
        in the latest sentence naming anyone when only quotations came since: the writer varies the name of the
        one quoted in the paragraph before ('"A," Ivo Marsh told reporters. "B." / The former winger said ...'),
        at most :data:`_SPOKE_REACH` sentences back. Inside a paragraph ('"A," X said. "B," the candidate said')
        it is left as before."""
        last = sentence - 1
        if plain and people[0][0] < sentence and sentence - people[0][0] <= _SPOKE_REACH:
            last = people[0][0]

        def spoke(name: str) -> set[int]:
            facts = self._facts_of(name, known)
            return facts.spoke | facts.quoted if plain else facts.spoke

        speakers = _distinct(n for s, n in people if s == last and last in spoke(n))
        if len(speakers) != 1 or head in KIN:
            return None
        facts = self._facts_of(speakers[0], known)
        if head in _COUNTERPARTS and not (head in _POLICE and facts.words & _POLICE):
            return None  # 'the judge' after 'Ivo Marsh, 34, said': someone else, unless she is police herself
        return speakers[0] if self._may_be(facts, head, speakers[0], gender_of) else None

    def _facts_of(self, name: str, known: dict[str, _Facts]) -> _Facts:
        """:meth:`facts` of ``name``, read once for one description (``known`` keeps those read)."""
        found = known.get(name)
        if found is None:
            found = known[name] = self.facts(name)
        return found

    def _said_so(
        self, head: str, modifiers: list[str], names: list[tuple[int, str]], sentence: int, known: dict[str, _Facts]
    ) -> list[str]:
        """The people the article described in the description's own words: its age, or its head noun and every
        capitalised word of it."""
        found = []
        for name in _distinct(n for s, n in names if sentence - s <= _FAR):
            facts = self._facts_of(name, known)
            age = AGE_MODIFIER.fullmatch(head)
            if age is not None:
                if facts.age == age.group(1):
                    found.append(name)
                continue
            heads = next((same for same in _SAME_JOBS if head in same), {head})
            named = {m.lower() for m in modifiers if m[:1].isupper()}
            if heads & facts.words and named <= facts.words:
                found.append(name)
        return found

    @staticmethod
    def _may_be(facts: _Facts, head: str, name: str, gender_of: Callable[[str], str]) -> bool:
        """Nothing written of ``name`` (its ``facts``) contradicts an epithet or age ``head``: not another age, sex or
        nationality ('the Kenyan' is not the one written as 'Sweden's NAME'), nor, for a competitor's noun, a job
        of someone else's counterpart ('the batsman' is not the one written as 'bowling coach NAME')."""
        if head in NATIONALITIES and facts.words & NATIONALITIES and head not in facts.words:
            return False
        if head in _COMPETITORS and facts.words & _COUNTERPARTS:
            return False
        age = AGE_MODIFIER.fullmatch(head)
        if age is not None and facts.age not in (None, age.group(1)):
            return False
        gender, known = _gender(head), gender_of(name)
        return gender == "?" or known in ("?", gender)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_UNNAMED_PERSON = re.compile(r"\b(?:the|a|an)\s+([a-z-]+)(?:\s+([a-z]+))?")
"""A noun phrase with an article and at most one word before its noun ('the teenager', 'a young boy')."""
_PERSON_NOUNS = _EPITHETS | (
    ROLE_NOUNS
    - {w for w in ROLE_NOUNS if w.endswith("s")}
    - word_set("general head chief source executive chair pilot agent guard fellow member partner people deputy")
)
"""Nouns of one person: an epithet or a role in the singular ('teenager', 'girl', 'nurse'), not one that is often
a modifier or a thing ('a head injury', 'the general election', 'a pilot scheme')."""


_POSSESSIVE = re.compile(r"['’]s\b")
"""A possessive ending ('Ada Kell's'), straight or curly."""
_SPOKE_REACH = 2
"""How many sentences back the speaker a job stands for may have been named (quotations only between)."""
_QUOTE_BEFORE = re.compile(r"[,!?]\s*[\"”’']\s*$")
"""A quotation closing right before a name ('"A," Ada Kell said')."""
_SPEECH_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
"""The word after a name, past one adverb in -ly ('Ada Kell quietly said'): the verb to test for speech."""


def _after_quotation(para: str, at: int, end: int) -> bool:
    """The name at ``at``-``end`` of ``para`` is the subject of a speech verb right after a quotation ('"A," Ada
    Kell told reporters', '"B?" Ada Kell asked')."""
    verb = _SPEECH_AFTER.match(para, end)
    return bool(_QUOTE_BEFORE.search(para, max(0, at - 4), at)) and verb is not None and verb.group(1) in REPORT_VERBS


def _clause_end(para: str, start: int) -> int:
    found = _CLAUSE_END.search(para, start)
    return found.start() if found is not None else len(para)


_ORG_EPITHETS = word_set(
    """company firm retailer lender carmaker automaker airline carrier insurer grocer supermarket miner broadcaster
    publisher manufacturer utility conglomerate bank club charity organization organisation"""
)
"""Nouns news writes for an organisation just named ('Carrow Foods cut 300 jobs. The retailer said ...')."""


def org_epithet(text: str) -> bool:
    """'the company', 'The retailer': a definite noun that stands for an organisation named before."""
    words = text.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in _ORG_EPITHETS


def epithet(text: str) -> bool:
    """A definite epithet of capitalised words, read as an organisation's name ('the Scot', 'the Briton', 'the
    Northern Irishman': capitalised words before a nationality)."""
    words = text.split()
    return (
        2 <= len(words) <= _EPITHET_WORDS
        and words[0].lower() == "the"
        and words[-1].lower() in _EPITHETS
        and all(w[:1].isupper() for w in words[1:])
    )


_EPITHET_WORDS = 4
"""The most words of a definite epithet ('the Northern Irishman')."""


def _title_before(text: str) -> set[str]:
    """The words written right before a name that may be its title or job, read back to a comma or a function
    word ('striker', 'Ohio Sen.' and 'brother' of 'striker Ada Kell', 'Ohio Sen. Ada Kell', 'his brother Ada
    Kell'; nothing of 'a lawsuit against Ada Kell')."""
    found: set[str] = set()
    for word in reversed(text.split()[-3:]):
        if word.lower() in _NOT_TITLES or not word[-1:].isalpha() and word[-1:] != ".":
            break
        found.update(_words(word) | nationality_nouns(word))  # 'Sweden's Stig Vallqvist' is 'the Swede'
    return found


_TITLE_JOBS = {
    "fr": "priest",
    "father": "priest",
    "rev": "priest vicar minister pastor chaplain",
    "revd": "priest vicar minister pastor chaplain",
    "canon": "priest vicar",
    "dr": "doctor",
    "pc": "officer constable",
    "sgt": "officer sergeant",
    "insp": "officer inspector",
    "det": "officer detective",
    "cllr": "councillor",
    "cr": "councillor",
    "prof": "professor academic",
    "capt": "captain",
    "sr": "nun",
}
"""Titles written before a name and the jobs they name ('Fr NAME' ... 'the priest'; 'PC NAME' ... 'the officer')."""


def _titled_jobs(before: str, written: str) -> set[str]:
    """The jobs named by the capitalised titles written right before a name (``before`` ends where it starts) or
    opening it as ``written`` ('Fr' of 'Fr Ana Kell', 'Rev Dr' of 'Rev Dr Ana Kell'); not a noun of kin ('her father
    Ana Kell' is no priest), nor a title of someone named before ('Dr Kell and Ana Reyes': Ana is no doctor)."""
    titles = [w for w in written.split()[:-1] if _title_job(w)]
    for word in reversed(before.split()[-3:]):
        if not _title_job(word):
            break
        titles.append(word)
    return {job for title in titles for job in _TITLE_JOBS[title.rstrip(".").lower()].split()}


def _title_job(word: str) -> bool:
    """``word`` is a capitalised title of :data:`_TITLE_JOBS` ('Fr', 'Rev.'; not 'father')."""
    return word[:1].isupper() and word.rstrip(".").lower() in _TITLE_JOBS


_LEAD_DESCRIPTION = re.compile(r"(?:The|Its|Their|[A-Z][a-z]+['’]s) ([a-z][\w -]{0,40}?),\s*(?:[A-Z][\w']*\.? ){0,2}$")
"""A description opening the sentence and set off by a comma before the name, a title or two between ('The mayor
of Dunlow, Ada Kell,', 'The chief of Lowfield, Nana Kwaku Ampofo,')."""


def _lead_description(para: str, at: int) -> set[str]:
    """The words of a description that opens the sentence right before the name written at ``at``, set off by a
    comma ('chief' of 'The chief of Lowfield, Kwaku Ampofo, closed the market'); not one inside the sentence ('Asked
    by the judge, Ada Kell said': the judge is someone else)."""
    found = _LEAD_DESCRIPTION.search(para, max(0, at - _TITLE_REACH), at)
    if found is None or para[: found.start()].rstrip()[-1:] not in ("", ".", "!", "?"):
        return set()
    return _words(" ".join(_head(found.group(1))[2]))


def _words(text: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in text.split()} - {""}


def _head(description: str) -> tuple[str, list[str], list[str]]:
    """The head noun of a description, lower case, the words before it, and all its words up to a preposition
    ('veteran Ohio lawmaker for the coast' -> 'lawmaker', ['veteran', 'Ohio'], ['veteran', 'Ohio', 'lawmaker'])."""
    words: list[str] = []
    for word in description.split():
        if word.lower() in PREPOSITIONS_IN_NP:
            break
        words.append(word)
    if not words:
        return "", [], []
    return words[-1].lower(), words[:-1], words


def _distinct(names: Iterable[str]) -> list[str]:
    """Names in order, one per surname ('Ada Kell' and 'Ms. Kell' are one)."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.split()[-1], name)
    return list(seen.values())


def _gender(head: str) -> str:
    """The gender an epithet shows ('the Welshwoman', 'the mother-of-two': its first word), else ``?``."""
    return word_gender(head.split("-")[0])
