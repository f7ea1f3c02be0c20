"""Actors: one per entity, merging names, surnames, roles, pronouns and near-identical misspellings."""

from __future__ import annotations

import re

from digest.core.quotes.actor_index import NameBook, Recency
from digest.core.quotes.actor_state import ActorState as ActorState  # re-exported: the passes import it from here
from digest.core.quotes.actor_words import (
    another_bearer,
    edit_distance_at_most_one,
    head_class,
    opening_pronoun,
    opens_at,
    possessive_lead,
    pronoun_lead,
    role_words,
    same_bearer,
    undated,
)
from digest.core.quotes.article_words import ArticleWords
from digest.core.quotes.common_plurals import plural_group
from digest.core.quotes.descriptions import Descriptions, org_epithet, person_after
from digest.core.quotes.first_names_met import first_name_only, learn_mention, met_gender
from digest.core.quotes.gender import (
    UNKNOWN,
    first_name_gender,
    group_word,
    honorific_gender,
    name_gender,
    org_name,
    said_pronoun_gender,
    thing_like,
)
from digest.core.quotes.given_name import named_as
from digest.core.quotes.issuers import Issuers
from digest.core.quotes.kin_apposed import apposed_relative, note_apposed_kin
from digest.core.quotes.kin_inverse import file_surname, inverse_kin_person, named_kin, note_kin, surname_table
from digest.core.quotes.lone_first import aged_person
from digest.core.quotes.mention_parts import NAME_PARTICLES
from digest.core.quotes.named_antecedent import LEAD_CHARS, OTHER_GENDER, named_before, named_since, person_like
from digest.core.quotes.names import HONORIFICS, bare_title_surname, kin_named, owner_of_apposed, titled_in_full
from digest.core.quotes.org_heads import no_one
from digest.core.quotes.org_reference import described_body, described_org, thing_person
from digest.core.quotes.pronoun_chain import met_after_role, named_after_role, object_of, told_the_pronoun
from digest.core.quotes.pronoun_people import (
    KNOWN_NAMES_READ,
    led_sentence,
    main_person_instead,
    titled_bearer,
    written_for,
)
from digest.core.quotes.role_reference import PRONOUN_WINDOW as _PRONOUN_WINDOW
from digest.core.quotes.role_reference import named_before_role, role_holder
from digest.core.quotes.speakers import Mention
from digest.core.quotes.stressed import stressed_person
from digest.core.quotes.things import places_named, pronoun_role, thing_written, which_after
from digest.core.quotes.written_it import quoting_it

_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|because|when|since|until|before|although|though|once)\s+(?:(?:his|her|their|the|a|an)\s+)?"
    r"(?:[a-z]+\s+)?$"
)
"""A subordinator and a determiner right before an actor met ('because his surgeon', 'once the coach')."""
_SUBORDINATE_REACH = 60
"""The most characters before an actor read for its subordinator and determiner."""
_SUBJECT_LEADS = frozenset({"", "but", "and", "yet", "still", "so", "now", "meanwhile"})
"""What may stand before a name that opens its sentence as the subject ('But Tom Reyes owns ...')."""


class Registry:
    """The actors of one article, in order of first appearance."""

    def __init__(self) -> None:
        self.actors: list[ActorState] = []
        self.recency = Recency()
        """The actors met in each sentence (:meth:`Recency.within`)."""
        self.book = NameBook(self.recency)
        """The actors by their names and aliases (for :meth:`_find`)."""
        self.names_seen: list[tuple[int, str]] = []
        self.names_at: list[int] = []
        """Where each name of ``names_seen`` stands in its paragraph (-1 when not known)."""
        self.opened_by: dict[int, tuple[str, int]] = {}
        """The sentences whose subject is 'he' (``m``) or 'she' (``f``), with where that pronoun stands."""
        self.aged: set[str] = set()
        """Names the article gave an age after ('NAME, 41,'): people, whatever their first name."""
        self.things: set[str] = set()
        """Names the article wrote before ', which': organisations or things, never 'he' or 'she'."""
        self.openers: dict[int, str] = {}
        self.kin: dict[tuple[int, str], ActorState] = {}
        """A person's relatives named by a possessive ('Reed's daughter, Ana Lind'): (id of Ana, 'mother') -> Reed."""
        self.apposed_kin: dict[tuple[str, str], str] = {}
        """Relatives named in apposition ('Her mother, NAME,'): (a person's name, kin noun) -> the relative's name."""
        self.kin_roles: dict[str, str] = {}
        """The names written in apposition after a possessive and a noun of kin, with those words ('Her mother')."""
        self.places: set[str] = set()
        """Names the article wrote after a preposition of place, whose first word is no first name: no one."""
        self.avoided: ActorState | None = None
        """An actor a pronoun is not to stand for while one quotation is read (it names that actor: self_named)."""
        self.called: dict[str, str] = {}
        """The gender the article's own pronouns give a name ('NAME said he would'; see :meth:`_called`)."""
        self.described = Descriptions()
        """The ages and words the article wrote at each name ('Gregor Lind, 41,', 'striker Gregor Lind')."""
        self.owners: set[int] = set()
        """The indexes in ``names_seen`` of names written as possessives ('Arno Kell's death')."""
        self.apposed_owners: set[int] = set()
        """Indexes of ``names_seen`` written as a possessive whose person is named right after in apposition ('Reed's
        husband, the designer NAME2,'): the sentence is about that person, so no pronoun stands for the owner."""
        self.subjects: dict[int, str] = {}
        """The name opening each sentence as its subject ('Tom Reyes owns ...', 'But Tom Reyes ...')."""
        self.words = ArticleWords()
        """The article-wide word sets (teams' plurals, capitalised words inside sentences, names' last words, words
        paired with another capitalised word), each made when first read."""
        self.issuers = Issuers()  # 'In a statement, the county said': whose 'the statement' is
        self.sentence_start, self.para = 0, ""
        """Where the sentence being read starts in its paragraph, and that paragraph (:meth:`note_names`)."""
        self.para_before = ""
        """The paragraph read before the current one (for 'it' standing for a piece of writing named there)."""
        self._surnames: dict[str, ActorState] | None = None
        self._people: dict[str, ActorState] | None = None
        self.narrated: tuple[tuple[str, str], ActorState | None] | None = None
        """The paragraph and pronoun last read by :func:`main_person_instead`, with the main person it found."""

    def surnames(self) -> dict[str, ActorState]:
        """The live people by the last word of their names (a later actor wins a shared surname); kept until an
        actor is added or renamed, as every sentence reads it and few change it. Do not change the dict."""
        if self._surnames is None:
            self._surnames = surname_table(a for a in self.live() if a.kind == "person")
        return self._surnames

    def people(self) -> dict[str, ActorState]:
        """The live people by their full names; kept like :meth:`surnames`. Do not change the dict."""
        if self._people is None:
            self._people = {a.name: a for a in self.live() if a.kind == "person"}
        return self._people

    def live(self) -> list[ActorState]:
        """Actors not merged into another one."""
        return [a for a in self.actors if a.merged_into is None]

    def current_paragraph_before(self) -> str:
        """The current paragraph up to the sentence being read."""
        return self.para[: self.sentence_start]

    def note_names(self, sentence: int, names: list[str], para: str = "", start: int = 0) -> None:
        """Record person names written in a sentence (candidates for misspellings, nameless roles and pronouns);
        ``para`` and ``start``, the sentence's paragraph and where the sentence starts in it, place them."""
        if para != self.para:  # 'a farm outside Red Hollow': a place, never 'he', 'she' or 'they'
            self.places.update(name for name in places_named(para, self.surnames()) if thing_like(name))
            self.para_before = self.para
        self.sentence_start, self.para = start, para
        lead = pronoun_lead(para, start)
        if lead is not None:
            self.opened_by[sentence] = opening_pronoun(para, start, lead[:2])
            self._named_then_pronoun(sentence - 1, lead[0] if lead[2] else UNKNOWN)
        else:
            self._named_then_pronoun(sentence - 1, possessive_lead(para, start), anywhere=True)
        for written in names:
            name = written.removesuffix("'s").removesuffix("’s")
            if group_word(name.split()[-1]):
                continue
            surname = bare_title_surname(name)  # 'Ms Berg': the person named in full before, as a title joins
            particled = " " in name and all(w.lower() in NAME_PARTICLES for w in name.split()[:-1])  # 'Ní Fhloinn'
            full = (
                name
                if " " in name and not surname and not particled
                else self.named_in_full(surname or name, _title_misfit(name) if surname else UNKNOWN)
                or (name if particled else None)
                or (surname and titled_in_full(name, self.names_seen))
                or kin_named(para, para.find(written, start), name, self.called)  # 'Her husband, Ivo, 41, ...'
                or aged_person(para, para.find(written, start), name, self.names_seen)  # 'Ivo, 8, ...'
            )
            if full is not None:
                at = para.find(written, start) if para else -1
                if name != written:
                    self._note_owner(para, at + len(written) if at >= 0 else -1)
                note_apposed_kin(self, sentence, para, at, full)  # 'his granddaughter, NAME,'
                self.names_seen.append((sentence, full))
                self.names_at.append(at)
                opens = at >= 0 and opens_at(para, start, at, LEAD_CHARS)  # read once, by both below
                if at >= 0:
                    self.described.note(full, para, at, len(written), sentence, opens)
                if (
                    at >= 0
                    and (thing_written(para, at, len(written)) or self.words.team_word(full.split()[-1]))
                    and thing_like(full)
                    and not full.startswith(HONORIFICS)
                ):
                    self.things.add(full)  # 'Blue Harbour, which was sold', 'Blue Harbour have denied': no person
                elif at >= 0 and person_after(para, at + len(written)):
                    self.aged.add(full)  # 'Gregor Lind, 41, was arrested': a person
                if opens:  # 'his death' may be this name's
                    self.openers.setdefault(sentence, full)
                    if name == written and para[start:at].strip(" ,").lower() in _SUBJECT_LEADS:
                        self.subjects.setdefault(sentence, full)
                    seen = self.names_seen  # bounded: past a few dozen names there is always another person
                    first = len(seen) <= KNOWN_NAMES_READ and all(n == full or n in self.things for _, n in seen)
                    self._called(full, said_pronoun_gender(para, at + len(written), possessive=first))

    def _note_owner(self, para: str, end: int) -> None:
        """The name about to be noted was written as a possessive ending at ``end`` of ``para`` (-1: not found):
        an owner, and one of a person named in apposition ('Reed's husband, the designer NAME2,')."""
        self.owners.add(len(self.names_seen))
        if end >= 0 and owner_of_apposed(para, end):
            self.apposed_owners.add(len(self.names_seen))

    def _named_then_pronoun(self, before: int, gender: str, anywhere: bool = False) -> None:
        """'NAME spoke at the meeting. He said ...': a sentence opened by 'he' or 'she' right after one whose only
        name opens it calls that person so; one opened by 'His' or 'Her' (``anywhere``), after one naming one
        person wherever ('Most mornings, NAME mends nets on the quay. His hands ...')."""
        names = {n for s, n in self.names_seen[-KNOWN_NAMES_READ:] if s == before}
        if names and (names == {self.openers.get(before)} or anywhere and len(names) == 1):
            self._called(names.pop(), gender)

    def _called(self, name: str, gender: str) -> None:
        """'NAME said he would': the article calls that person 'he' (or 'she'), for a pronoun met later."""
        if gender != UNKNOWN and name_gender(name) == UNKNOWN:
            self.called.setdefault(name, gender)
            actor = self.people().get(name)
            if actor is not None and actor.gender == UNKNOWN:
                actor.gender = gender

    def named_in_full(self, surname: str, misfit: str = UNKNOWN) -> str | None:
        """The full name written earlier whose last word is this lone surname ('Reed' after 'Tom Reed'; 'Ní Fhloinn',
        a surname with its particle, after 'Róisín Ní Fhloinn'), or None. A name showing the sex ``misfit`` is
        passed over ('Mrs Reed' after 'Tom Reed' is not him: the 'Ana Reed' named before him, else no one)."""
        for _, name in reversed(self.names_seen[-KNOWN_NAMES_READ:]):
            if not name.endswith(f" {surname}") or name == surname:
                continue
            if misfit == UNKNOWN or self.gender_of(name) != misfit:
                return name
        return None

    def resolve(
        self,
        mention: Mention,
        sentence: int,
        owner: ActorState | None = None,
        pos: int | None = None,
        subject: bool = True,
    ) -> ActorState | None:
        """The actor a mention refers to, creating it when new; None when it cannot be resolved safely.

        ``pos`` is the mention's character offset in its paragraph: a pronoun never refers to a name written
        after it, and among the names of one sentence it prefers a ``subject`` (a speaker or the sentence's lead)."""
        mention = self.issuers.issuer_of(plural_group(undated(mention), self.words), sentence)
        if pos is not None and mention.kind == "role":  # 'the caller, who gave her name as Brenna': Brenna
            mention = named_as(self.para, pos + len(mention.text), mention) or mention
        actor = self._find(mention, sentence, owner, pos)
        if actor is None and mention.text.lower() == "it" and owner is None and pos is not None:
            return written_for(self, sentence, pos) if quoting_it(self.para, self.sentence_start, pos) else None
        if actor is None:
            return None
        actor = actor.root()
        if mention.kind == "person" and mention.role:
            note_kin(self, actor, mention.role)
        actor.last_seen = sentence
        self.recency.note(actor, sentence, pos if pos is not None else 0, subject)
        if mention.kind != "pronoun":
            actor.add_alias(mention.text.strip())
            self.book.aliased(actor, mention.text.strip())
        if mention.kind == "person" and pos is not None:  # 'Reed, who ..., said': a place of the person named
            opens = opens_at(self.para, self.sentence_start, pos, LEAD_CHARS)
            self.described.note_at(actor.name, mention.text.strip(), self.para, pos, sentence, opens)
            which_after(self.things, actor.name, self.para, pos + len(mention.text.strip()))
        return actor

    def _recent(self, sentence: int) -> list[ActorState]:
        near = (a for a in self.recency.within(sentence, _PRONOUN_WINDOW) if sentence - a.last_seen <= _PRONOUN_WINDOW)
        return sorted(near, key=lambda a: a.last_seen, reverse=True)

    def _find(self, m: Mention, sentence: int, owner: ActorState | None, pos: int | None) -> ActorState | None:
        if m.kind == "pronoun":
            return self._pronoun(m, sentence, owner, pos)
        if m.kind == "person":
            return self._person(m, sentence)
        described = (
            described_org(self, sentence, pos) if org_epithet(m.text) else described_body(self, m.text, sentence, pos)
        )
        if described is not None:
            return described  # 'Carrow Foods cut 300 jobs. The retailer said ...'
        if m.kind == "role":
            kin = (
                inverse_kin_person(self, m, sentence, self.para, self.sentence_start)
                or named_kin(self, m, sentence, pos)
                or apposed_relative(self, m, sentence, pos)
            )
            return stressed_person(self, m, sentence, pos) or kin or self._role(m, sentence, pos)
        key = m.name.lower()
        for a in self.book.called(key):
            if a.name.lower() == key or key in (x.lower() for x in a.aliases):
                return a
        if m.kind == "org" and len(m.name.split()) == 1:
            for a in sorted(self.book.orgs_holding(key), key=lambda x: x.last_seen, reverse=True):
                if a.kind == "org" and key in a.name.lower().split():
                    return a
        return self._new(m, sentence)

    def _new(self, m: Mention, sentence: int) -> ActorState:
        role = m.role or (self.kin_roles.get(m.name) if m.kind == "person" else None)  # 'Her mother, NAME,'
        actor = ActorState(m.name, m.kind, role, met_gender(self, m), last_seen=sentence)
        self.actors.append(actor)
        self.recency.met(actor, sentence)
        self.book.named(actor)
        if actor.kind == "person" and self._surnames is not None:  # the newest wins a surname, as a rebuild would
            file_surname(self._surnames, actor)
        if actor.kind == "person" and self._people is not None:
            self._people[actor.name] = actor
        return actor

    def _before(self, sentence: int, pos: int | None) -> list[ActorState]:
        """Actors mentioned before ``pos`` of ``sentence`` within the pronoun window, latest first."""
        ranked = []
        for a in self.recency.within(sentence, _PRONOUN_WINDOW):
            rank = a.rank_before(sentence, pos)
            if rank is not None and sentence - rank[0] <= _PRONOUN_WINDOW:
                ranked.append((rank, a))
        ranked.sort(key=lambda x: x[0], reverse=True)
        return [a for _, a in ranked]

    def _pronoun(self, m: Mention, sentence: int, owner: ActorState | None, pos: int | None) -> ActorState | None:
        wanted = {"m": ("person", "role"), "f": ("person", "role"), "n": ("org",), "p": ("group", "org")}
        kinds = wanted.get(m.gender)
        if kinds is None:
            return None
        candidates = [owner.root()] if owner is not None else self._before(sentence, pos)
        candidates = [a for a in candidates if a.name not in self.places and a.root() is not self.avoided]
        people_passed = False  # 'it' or 'they' reaches a thing written as a name only before any person
        chained: set[str] = set()  # surnames of those a pronoun chain passed over (pronoun_chain.object_of)
        opening_it = m.gender == "n" and pos is not None and pos <= self.sentence_start + 1  # 'NAME said A. It said'
        for a in candidates:
            thing = a.kind == "person" and (a.name in self.things or org_name(a.name))
            thing = thing or (opening_it and thing_person(self, a) and a.spoke_lately(sentence))
            if thing and m.gender in "np" and not people_passed:
                return a  # '"...," they said in a statement' after 'Blue Harbour, which ...'
            people_passed = people_passed or a.kind == "person"
            if a.kind == "role" and pronoun_role(a.name, m.gender, a is candidates[0]):
                return a  # 'The growers denied it. "...," they said'; 'The report found A. B, it said'
            if a.kind not in kinds or thing or (m.gender in "mf" and no_one(self, a)):
                continue  # 'The letter said A. "B," she said': not the letter; nor 'court officers', 'the society'
            if a.gender == UNKNOWN and a.kind == "person" and " " not in a.name and first_name_only(self, a.name):
                a.gender = first_name_gender(a.name)  # 'Theo', read as a first name since it was met
            if m.gender in "mf" and a.gender not in ("?", m.gender):
                continue
            if m.gender in "mf" and owner is None and self._passed_over(a, sentence, pos, m.gender, chained):
                continue
            if m.gender in "mf" and owner is None and named_since(self, a, sentence, m.gender, pos, chained):
                return named_before(self, sentence, m.gender, pos)
            if m.gender in "mf":
                a = (self._subject_before(a, sentence, pos, m.gender) if owner is None else None) or a
                a = (main_person_instead(self, a, m) if owner is None else None) or a
                a.gender = m.gender
            return a
        if owner is None and m.gender in "mf":
            return named_before(self, sentence, m.gender, pos)
        return None

    def _passed_over(self, a: ActorState, sentence: int, pos: int | None, gender: str, chained: set[str]) -> bool:
        """A candidate a 'he' or 'she' passes over: one met after the pronoun that led its sentence (:func:`object_of`;
        its surname joins ``chained``), or a role that told 'her' or 'him' (:func:`told_the_pronoun`)."""
        if object_of(a, self.opened_by, sentence, pos, gender, self.led):
            chained.add(a.name.split()[-1].lower())
            return True
        return told_the_pronoun(a, f"{self.para_before}\n\n{self.para[:pos]}", gender)

    def led(self, actor: ActorState, sentence: int) -> bool:
        """The actor was met as the first subject of ``sentence`` (:func:`led_sentence`)."""
        return led_sentence(self, actor, sentence)

    def pronoun_of(self, m: Mention, sentence: int, pos: int | None) -> ActorState | None:
        """The actor a pronoun at ``pos`` of ``sentence`` stands for (see :meth:`resolve`), without noting it."""
        return self._pronoun(m, sentence, None, pos)

    def _subject_before(self, actor: ActorState, sentence: int, pos: int | None, gender: str) -> ActorState | None:
        """'Tennant has chaired the board since Marsh left it. "A," she said': an actor last met in the
        sentence before, not as its subject, yields to the name opening that sentence as its subject, when that
        name may be of the pronoun's gender. A role of unknown sex yields to a person of that gender named after it
        in its sentence (:func:`named_after_role`). One met as the subject of a clause a subordinator opens ('NAME
        left because his surgeon told him A. He ...') yields to that sentence's subject (:meth:`_main_subject`)."""
        later = named_after_role(actor, self.names_seen, self.names_at, (sentence, pos), gender, self.gender_of)
        if later is not None:
            return self.bind_named(later, sentence, gender)
        met = met_after_role(actor, self._before(sentence, pos), (sentence, pos), gender)
        if met is not None:
            return met
        rank = actor.rank_before(sentence, pos)
        if rank is None or rank[0] != sentence - 1:
            return None
        if rank[1] == 1:
            return self._main_subject(actor, rank, (sentence, pos), gender) if self._subordinate(rank[2]) else None
        first = self.subjects.get(rank[0])
        if first is None or self.gender_of(first) == OTHER_GENDER[gender] or not person_like(self, first, gender):
            return None
        found = self.bind_named(first, sentence, gender)
        return found if found is not None and all(found.root() is not a for a in (actor.root(), self.avoided)) else None

    def _main_subject(
        self, actor: ActorState, rank: tuple[int, int, int], at: tuple[int, int | None], gender: str
    ) -> ActorState | None:
        """The person met as the subject earlier in the sentence where ``actor`` led a subordinate clause at
        ``rank``, unless known to be of the other sex than the pronoun's ``gender``."""
        for other in self._before(*at):
            seen = other.rank_before(*at) if other is not actor and other.kind == "person" else None
            if seen is None or seen[0] != rank[0] or seen[1] != 1 or seen[2] >= rank[2]:
                continue
            return other if OTHER_GENDER[gender] not in (other.gender, name_gender(other.name)) else None
        return None

    def _subordinate(self, at: int) -> bool:
        """The actor met at ``at`` in the sentence before, of this paragraph, leads a clause opened by a subordinator
        ('NAME left because his surgeon told him A'): no subject of that sentence, whose own subject goes on."""
        start = max(0, at - _SUBORDINATE_REACH)  # bounded: linear time in a long paragraph
        return self.sentence_start > 0 and _SUBORDINATE_BEFORE.search(self.para, start, at) is not None

    def gender_of(self, name: str) -> str:
        """The gender a name shows (:func:`name_gender`), or that of the person already met by that full name."""
        known = name_gender(name)
        if known == UNKNOWN:
            actor = self.people().get(name)
            return actor.gender if actor is not None else self.called.get(name, known)
        return known

    def bind_named(self, name: str, sentence: int, gender: str) -> ActorState | None:
        """The person a pronoun of ``gender`` refers to by a name written before it."""
        if name.startswith(HONORIFICS):
            name = name.split(" ", 1)[1]  # 'Mr. Reed' is the Tom Reed named before, by his surname
        actor = self._person(Mention(name, name, None, "person", gender), sentence)
        if actor.gender not in ("?", gender):
            return None
        actor.gender = gender
        return actor

    def _person(self, m: Mention, sentence: int) -> ActorState:
        full = m.name.lower()
        sur = m.surname.lower()
        single = all(w.lower() in NAME_PARTICLES for w in m.name.split()[:-1])  # 'Reed', 'Ní Fhloinn': a surname

        def kin(a: ActorState) -> bool:  # 'Ana Reyes ... Reyes ... her father, Tomas Reyes': not that 'Reyes'
            return not single and another_bearer(m.name, a.stood_for)

        titled = titled_bearer(self, m, sentence) if single and m.role else None
        if titled is not None:
            return titled
        for a in self.book.bearers(m.name):
            an = a.name.lower()
            if an == full or (same_bearer(an, full, sur, single) and not kin(a)):
                if len(m.name) > len(a.name):
                    a.add_alias(a.name)
                    a.name, self._surnames, self._people = m.name, None, None
                    self.book.named(a)
                learn_mention(self, a, m)
                return a
        if single and len(sur) >= 4:
            for a in self._recent(sentence):
                if a.kind == "person" and edit_distance_at_most_one(a.name.split()[-1].lower(), sur):
                    return a
            for seen_at, name in reversed(self.names_seen):
                if sentence - seen_at > _PRONOUN_WINDOW:
                    break
                if edit_distance_at_most_one(name.split()[-1].lower(), sur) and len(name.split()) > len(m.name.split()):
                    return self._person(Mention(name, name, m.role, "person", m.gender), sentence)
        actor = self._new(m, sentence)
        actor.stood_for = self.named_in_full(m.name) if single else None
        return actor

    def _role(self, m: Mention, sentence: int, pos: int | None = None) -> ActorState:
        if m.text == m.name and m.name in self.surnames() and m.name[:1].isupper() and " " not in m.name:
            return self.surnames()[m.name]  # 'Maren Bishop said A. Bishop added B': her surname, no bishop
        words = role_words(m.name)
        head = m.name.lower().split()[-1] if m.name else ""
        for token in m.name.lower().split():
            if token in ("of", "for", "to", "at", "in"):
                break
            head = token
        heads = head_class(head)
        indefinite = m.text.lower().startswith(("a ", "an ", "another "))
        if not indefinite:
            holder = role_holder(sorted(self.live(), key=lambda x: x.last_seen, reverse=True), m.name, words, heads)
            if holder is not None:
                return holder
            fresh = not self.current_paragraph_before().strip()  # the description's sentence opens its paragraph
            named = (
                None
                if not m.text.lower().startswith("the ")
                else self.described.person(
                    m.name, named_before_role(self, sentence, pos), sentence, self.gender_of, self._surely_person, fresh
                )
            )
            if named is not None:
                return self._person(Mention(named, named, None, "person"), sentence)
        return self._new(m, sentence)

    def _surely_person(self, name: str) -> bool:
        """A name surely a person's: a first name, an honorific, an age written after it, a person met."""
        return not thing_like(name) or name.startswith(HONORIFICS) or name in self.aged or name in self.people()


def _title_misfit(name: str) -> str:
    """The sex a person named by an honorific and a surname is not ('m' for 'Mrs Reed'), else ``?``."""
    return OTHER_GENDER.get(honorific_gender(name.rpartition(" ")[0]), UNKNOWN)
