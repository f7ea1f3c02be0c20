"""Who said each quotation of a sentence: the cue rules' speaker phrase resolved to an actor, a transcript's
turn, a fragment inside another speaker's reported clause, or a quotation that goes on from the one before."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    BE_FORMS,
    COORDINATORS,
    DEMONSTRATIVES,
    GROUP_NOUNS,
    ORG_WORDS,
    PERSON_HEADS,
    POSSESSIVES,
    PRONOUNS,
    QUESTION_WORDS,
    ROLE_NOUNS,
    STATEMENT_NOUNS,
    word_set,
)
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.after_quote import closing_as_named
from digest.core.quotes.attribution import Attribution, attribute_quote, withheld
from digest.core.quotes.beat_lead import beat_lead
from digest.core.quotes.continuation import continues, plain_tail, sexed, shares_speaker, transcript_label
from digest.core.quotes.cue import Report, is_verb
from digest.core.quotes.first_names_met import knows
from digest.core.quotes.fragment_scope import subject_of_apposed_relative
from digest.core.quotes.gender import name_gender
from digest.core.quotes.habitual import HABITUAL
from digest.core.quotes.interrupted import interrupted_subject
from digest.core.quotes.main_clause import asked_subject, subordinate_before
from digest.core.quotes.named_things import given_name, joined_to
from digest.core.quotes.noun_forms import CLAIM_HOWS
from digest.core.quotes.possessor import STATEMENT_HEADS, possessor
from digest.core.quotes.report_mentions import name_after_role
from digest.core.quotes.reported import ASIDE_RELATIVES, report_mention
from digest.core.quotes.self_named import names_anyone, not_theirs
from digest.core.quotes.speakers import Mention
from digest.core.quotes.subject_cue import subject_cue
from digest.core.quotes.titles import is_title, quoted_heading, title_cased
from digest.core.quotes.token_memo import per_tokens
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.quotes.which_it import document_it
from digest.core.speech_verbs import DESCRIBE_VERBS, FINITE_SPEECH_VERBS, SPEECH_OR_DESCRIBE

Owners = list[tuple[Report, ActorState]]
"""The reported clauses of a sentence with the actors who said them."""
_DETERMINING = ARTICLES | DEMONSTRATIVES | POSSESSIVES
"""Words after which a word is a noun, not a verb ('the note', 'her post')."""
_INNER_SPEECH = word_set("told said wrote tweeted posted warned")
_PERFECT = word_set("had has have")
"""Verbs of speech whose named subject, inside another's reported clause, is the quoted words' own speaker."""

_PEOPLE_DETERMINERS = POSSESSIVES | {"the", "some", "many", "most", "other"}
"""Words before the head of a subject ('her critics', 'the union', 'some residents')."""
_SUMMARY_REACH = 4
"""The most words of a noun phrase summing up a clause before a relative (:meth:`QuoteSpeakers._summary`)."""
_INNER_CUES = frozenset({"fragment", "subject", "clause-subject", "according", "lead", "relative", "stance-as"})
"""Cues found from a quoted fragment back to a verb or subject; inside a reported clause they yield to its speaker."""


_JOINED_MOST = 4
"""How many quotations back a list joined by 'and' or 'or' is followed ('"A", "B" and "C"' reads B and C's own
link only; a bound keeps a hostile chain of thousands linear)."""


@per_tokens
def quoted_title(tokens: list[Tok], qi: int) -> bool:
    """The quotation token ``tokens[qi]`` is a title ('the film "Night Harbour"') or a name given to a thing ('a
    choir called "The Night Larks"'), no one's words; so is one in a title's capitals joined to a title by 'and'
    or 'or' ('acted in "Low Tide" and "Grey Harbour"', up to :data:`_JOINED_MOST` quotations back)."""
    if _title_here(tokens, qi):
        return True
    at = qi
    for _ in range(_JOINED_MOST):
        before = joined_to(tokens, at)
        if before is None or not title_cased(tokens[at].text.strip("\"“”'‘’«» ").strip().rstrip(".,")):
            return False
        if _title_here(tokens, before):
            return True
        at = before
    return False


def _title_here(tokens: list[Tok], qi: int) -> bool:
    return is_title(tokens, qi, tokens[qi].text.strip("\"“”'‘’«» ")) or _unsaid(tokens, qi) or given_name(tokens, qi)


_UNSAID_REACH = 4


def _unsaid(tokens: list[Tok], qi: int) -> bool:
    """'refused to say the words "A"', 'would not say "sorry"': words the subject did not say are no one's quote."""
    for k in range(qi - 1, max(-1, qi - 1 - _UNSAID_REACH), -1):
        if tokens[k].kind is not WORD:
            return False
        if withheld(tokens, k, 0):
            # not inside another report ('X said she could not say "with certainty" that A'), nor a hedge before a
            # question ('could not say "at this stage" whether A'): both quote the subject
            after = tokens[qi + 1] if qi + 1 < len(tokens) else None
            asks = after is not None and (after.norm in QUESTION_WORDS or after.norm in ("whether", "if"))
            return not asks and not any(t.kind is WORD and t.norm in FINITE_SPEECH_VERBS for t in tokens[:k])
    return False


_SUBJECT_CUES = frozenset({"subject", "clause-subject"})
"""Cues that reach back to the sentence's subject for a fragment."""
_CLAIMED_CUES = _SUBJECT_CUES | {"fragment"}
"""Cues of a fragment that a named statement between the cue and the fragment outranks."""

_NARRATOR = frozenset({"i", "we"})
_NARRATOR_CUES = frozenset({"X-said", "X-said:", "X-verb", "relayed"})
"""Cues where the pronoun is the subject of a verb of speech beside the quotation ('"A," I said', 'I said, "A"'):
a fragment's or a clause's subject may be someone else the writer speaks of."""
_NARRATOR_REACH = 5
_NARRATOR_VERBS = SPEECH_OR_DESCRIBE
_NAMED_REACH = 3
WRITER = Mention("the writer", "the writer", None, "writer")
"""Who 'I' or 'we' outside quotation marks is in a narrated article: '"Keep going," I told myself.' Its own
kind: no pronoun refers to it and the ranker never offers it."""


_BEING_TOLD = frozenset({"told", "informed", "assured", "reminded"})


def _told(tokens: list[Tok], who: Attribution) -> bool:
    """'"A," I'm told', 'we were told, "A"': the narrator hears the words, someone else speaks them."""
    after = tokens[who.end : who.end + 2]
    return any(t.kind is WORD and t.norm in _BEING_TOLD for t in after) and (
        "'" in tokens[who.start].text or "’" in tokens[who.start].text or after[0].norm in _BE_TOLD_FORMS
    )


_BE_TOLD_FORMS = BE_FORMS | {"am", "have", "had"}


class QuoteSpeakers:
    """The speakers of the quotations of one sentence, read with the article's actors."""

    def __init__(self, registry: Registry, sentence: int, tokens: list[Tok], para: str, narrated: bool = True) -> None:
        self.registry = registry
        self.sentence = sentence
        self.tokens = tokens
        self.para = para
        self.narrated = narrated
        """The article is told by its writer, not a transcript of turns: 'I' or 'we' outside quotation marks is
        the writer."""

    def find(self, owners: Owners, previous: ActorState | None, nearest: ActorState | None) -> dict[int, ActorState]:
        """The speaker of each quotation token: ``previous`` spoke earlier in the paragraph, ``nearest`` is the
        last speaker or quoted actor (for a pronoun that goes on from them)."""
        tokens = self.tokens
        speakers: dict[int, ActorState] = {}
        quotes_here = [
            qi
            for qi, t in enumerate(tokens)
            if t.kind is QUOTE and not quoted_title(tokens, qi) and not quoted_heading(tokens, qi, self.para)
        ]
        for qi in quotes_here:
            actor = self._transcript_turn(tokens[qi]) if qi == 0 else None
            # 'The board dismissed his claim that A "B"': B is his words, not the board's
            actor = actor or _claim_of(self.tokens[qi], owners) or self._direct(qi, owners, nearest)
            if actor is not None:
                speakers[qi] = actor
        if quotes_here[:1] == [0] and 0 not in speakers and previous is not None and plain_tail(tokens):
            speakers[0] = previous  # '"A," X said. "B" to the end of the year.'
        last: int | None = None
        for qi in quotes_here:
            if qi not in speakers and last is not None and shares_speaker(tokens, last, qi):
                speakers[qi] = speakers[last]
            if qi in speakers:
                last = qi
        self._closing_speaker(quotes_here, speakers)
        # a sentence that is only a quote, after a quote (or reported speech) in this paragraph: '"A," X said. "B."'
        alone = len(quotes_here) == 1 and (not any(t.kind is WORD for t in tokens) or beat_lead(tokens, quotes_here[0]))
        if alone and quotes_here[0] not in speakers and previous is not None:
            speakers[quotes_here[0]] = previous
        return speakers

    def _closing_speaker(self, quotes_here: list[int], speakers: dict[int, ActorState]) -> None:
        """'A "B" on the law that "C", as the paper put it.': the speaker of a closing 'as X put it' said every
        quotation before it that no other cue attributed."""
        closing = closing_as_named(self.tokens)
        if closing is None or all(qi in speakers for qi in quotes_here if qi < closing[0]):
            return
        m = report_mention(self.tokens, closing[1], self.para)
        actor = self.registry.resolve(m, self.sentence, None, self.tokens[closing[1].start].start) if m else None
        if actor is None:
            return
        for qi in quotes_here:
            if qi < closing[0] and qi not in speakers:
                speakers[qi] = actor

    def _transcript_turn(self, tok: Tok) -> ActorState | None:
        """'"HARPER: Well, look, ...': a transcript's turn is the speaker its label names."""
        label = transcript_label(tok)
        if label is None:
            return None
        name, at = label
        return self.registry.resolve(Mention(name, name, None, "person"), self.sentence, pos=at)

    def _direct(self, qi: int, owners: Owners, previous: ActorState | None) -> ActorState | None:
        tokens = self.tokens
        who = attribute_quote(tokens, qi, 0, len(tokens))
        if who is None:
            # a quoted fragment inside reported speech is a direct quote of that speaker
            qstart = tokens[qi].start
            asked = asked_subject(tokens, qi)  # 'X was asked, "..."': not X's words
            inside = [
                (r.start, a) for r, a in owners if r.start <= qstart < r.end and tokens[r.who.start].start != asked
            ]
            owner_of = max(inside, key=lambda found: found[0])[1] if inside else None  # the innermost clause's speaker
            return owner_of if owner_of is not None else self._subject_speaker(qi)
        if who.how in _SUBJECT_CUES:
            who = subordinate_before(tokens, who.end, qi) or who  # 'X insists A after a nurse told him "B"'
            if who.start == who.end:
                return None
        claimed = self._claim_owner(qi, who)
        if claimed is not None:
            return claimed
        inner = (
            self._outer_owner(qi, who, owners)
            or self._clause_owner(qi, who, owners)
            or self._enclosing_owner(qi, who, owners)
        )
        if inner is not None:
            return inner
        document = document_it(tokens, who)  # 'The review praised X, which it described as "A"': the review
        who = document or who
        m = report_mention(tokens, who, self.para)
        if m is None:
            return None
        m = name_after_role(tokens, who, m, self.para)  # '"...," said the head of support, NAME.'
        if m.kind == "pronoun" and m.name in _NARRATOR:
            return self._narrator(qi, who)
        owner = None
        if m.kind == "pronoun" and continues(tokens, who.end, previous, m.gender) and not self._names(previous, qi):
            return sexed(previous, m.gender)  # '"A," NAME said. "B," he added': a man, no firm (org_reference)
        if m.kind == "pronoun":
            qstart = tokens[qi].start
            around = (a for r, a in owners if r.start <= qstart < r.end and r.who.how != "according")
            owner = next(around, None) if who.how != HABITUAL else None  # 'X said he used to call it "A"': not X
            same = next((a for r, a in owners if r.who.start == who.start), None)
            if same is not None:
                return same
        elif any(r.who.start == who.start for r, _ in owners):
            return next(a for r, a in owners if r.who.start == who.start)
        fronted = interrupted_subject(tokens, who) if m.kind == "pronoun" else None
        at = tokens[who.start if fronted is None else fronted].start  # 'NAME, he said, was "A"': not NAME
        return self._speaker(m, owner, at, tokens[qi].text)

    def _names(self, actor: ActorState | None, qi: int) -> bool:
        """The quotation ``qi`` names ``actor`` by the first name alone, or calls out to them so: not their words
        (:mod:`self_named`)."""
        return actor is not None and not_theirs(actor.root(), self.tokens[qi].text)

    def _speaker(self, m: Mention, owner: ActorState | None, at: int, quotation: str) -> ActorState | None:
        """The actor the speaker phrase ``m`` at ``at`` stands for; a pronoun ('he', 'she') passes over one the
        quotation names by the first name alone or calls out to ('"Tom's a crafty one," he said', '"Tom, listen,"
        he said': not Tom)."""
        if m.kind != "pronoun" or owner is not None or not names_anyone(quotation):
            return self.registry.resolve(m, self.sentence, owner, at)
        first = self.registry.pronoun_of(m, self.sentence, at)
        if first is None or not not_theirs(first.root(), quotation):
            return self.registry.resolve(m, self.sentence, None, at)
        first.gender = name_gender(first.name, first.role)  # the trial noted the pronoun's sex on one it is not
        self.registry.avoided = first.root()
        try:
            return self.registry.resolve(m, self.sentence, None, at)
        finally:
            self.registry.avoided = None

    def _narrator(self, qi: int, who: Attribution) -> ActorState | None:
        """'I' or 'we' speaking beside the quotation ('"A," I said', 'I told them, "A"') in a narrated article is
        the writer; not after other words ('"A," and I agree': someone else's words) nor in a transcript."""
        tokens = self.tokens
        if not self.narrated or any(t.kind is WORD for t in tokens[qi + 1 : who.start]):
            return None
        if any(t.text == ":" for t in tokens[: who.start]) or _told(tokens, who):
            return None  # 'X posted on Facebook: I told them, "A"' (X's words); '"A," I'm told' (someone else's)
        if who.how not in _NARRATOR_CUES and not self._narrator_speaks(qi, who):
            return None
        return self.registry.resolve(WRITER, self.sentence, pos=tokens[who.start].start)

    def _narrator_speaks(self, qi: int, who: Attribution) -> bool:
        """'I told the ferryman, "A"', 'We always tell our students: "A"': a verb of speech right after the
        pronoun (an adverb may come between), a comma or colon right before the quotation, a few words apart; or
        a describing verb and its object right before it ('we called it "A"')."""
        tokens = self.tokens
        verb = next((k for k in range(who.end, min(who.end + 2, qi)) if is_verb(tokens[k], _NARRATOR_VERBS)), None)
        if verb is None:
            return False
        if tokens[verb].norm in DESCRIBE_VERBS:
            return qi - verb <= _NAMED_REACH  # 'we called it "A"', 'I described them as "A"'
        return tokens[qi - 1].text in (",", ":") and qi - verb <= _NARRATOR_REACH

    def _outer_owner(self, qi: int, who: Attribution, owners: Owners) -> ActorState | None:
        """'Reed said he is certain Berg will continue to be "a champion"': a fragment whose nearest cue lies
        inside another speaker's reported clause, like the fragment itself, is that speaker's quote."""
        aside = who.how == "stance-as" and subject_of_apposed_relative(self.tokens, who.start)
        if who.how not in _INNER_CUES or aside or self._new_clause(who) or self._inner_speech(who):
            return None
        qstart, at = self.tokens[qi].start, self.tokens[who.start].start
        return next((a for r, a in owners if r.start <= qstart < r.end and r.start <= at < r.end), None)

    def _inner_speech(self, who: Attribution) -> bool:
        """The cue is a verb of speech (perhaps after 'had') right after a named subject or 'the' and a body's noun
        opening a clause, or after a statement 'from' it ('X said NAME told the warden the boat "was never
        seaworthy"', 'X said the last letter from the council had warned that taps may run "dry"'): the inner
        speaker said the quoted words, which the outer one relays (not a relative clause: 'X said the letter NAME
        wrote was "kind"' is X's description)."""
        tokens = self.tokens
        at = who.end + (who.end + 1 < len(tokens) and tokens[who.end].norm in _PERFECT)  # 'NAME had told'
        verb = tokens[at] if at < len(tokens) else None
        subject = tokens[who.start]
        owned = self._owned_role(who)
        first = who.start - (owned and who.end - who.start == 1)  # 'X said her coach told her': it opens at 'her'
        before = tokens[first - 1] if first > 0 else None
        speech = (
            before is not None and before.norm in FINITE_SPEECH_VERBS and not self._noun_after_determiner(first - 1)
        )
        issued = (
            before is not None
            and before.norm == "from"
            and who.start >= 2
            and tokens[who.start - 2].norm in STATEMENT_NOUNS
        )
        opens = before is None or before.text == "," or before.norm == "that" or speech or issued
        named = (subject.is_cap and subject.norm not in PRONOUNS) or self._body(who) or owned or self._role(who)
        return opens and named and verb is not None and verb.norm in _INNER_SPEECH

    def _role(self, who: Attribution) -> bool:
        """The cue's subject is an article and a role noun, perhaps with an 'of' phrase ('X said a member of the
        board had told her the plan was "A"', '... the warden told him "B"'): a person of the clause."""
        tokens = self.tokens
        words = [t.norm for t in tokens[who.start : who.end]]
        head = words[: words.index("of")] if "of" in words else words
        return len(head) >= 2 and words[0] in ARTICLES and head[-1] in ROLE_NOUNS

    def _body(self, who: Attribution) -> bool:
        """The cue's subject is 'the' and an organisation's noun ('the airline', 'the council'): a body that speaks
        for itself ('X said the council had warned that repairs would take "a year"': the council's words)."""
        tokens = self.tokens
        return who.end - who.start == 2 and tokens[who.start].norm == "the" and tokens[who.end - 1].norm in ORG_WORDS

    def _owned_role(self, who: Attribution) -> bool:
        """The cue's subject is a role or kin noun after a possessive ('X said her coach told her she was "A"', '...
        his lawyer had warned him the case was "B"'): a person of the clause who speaks for themself."""
        tokens = self.tokens
        owner = who.end - 2  # the possessive, inside the subject or right before it
        return (
            owner >= max(0, who.start - 1)
            and tokens[owner].norm in POSSESSIVES
            and tokens[owner + 1].norm in ROLE_NOUNS
        )

    def _noun_after_determiner(self, k: int) -> bool:
        """``tokens[k]`` follows an article or possessive: a noun ('the note'), not a verb ('said')."""
        return k > 0 and self.tokens[k - 1].norm in _DETERMINING

    def _new_clause(self, who: Attribution) -> bool:
        """The cue's subject opens a clause of its own after a comma and a coordinator ('Reed said the cap would
        fail, and Berg called it "A"', '..., but Berg described it as "A"') or a relative pronoun ('Reed said the
        board ignored the warning, which Berg said was "A"'): not inside the clause before."""
        k, head = who.start, self.tokens[who.end - 1].norm
        while k >= 3 and self.tokens[k - 1].norm in _PEOPLE_DETERMINERS and _people_word(head):
            k -= 1  # '..., and her critics called it "A"'; not '..., and her plan called for "A"'
        opener = self.tokens[k - 1].norm if k >= 2 else ""
        named = opener in ASIDE_RELATIVES and self.tokens[k].norm not in PRONOUNS  # 'which he called': his own
        return (opener in COORDINATORS or named) and (self.tokens[k - 2].text == "," or named and self._summary(k - 1))

    def _summary(self, relative: int) -> bool:
        """A noun phrase of a few lower-case words opened by 'a' or 'an' stands between a comma and the relative
        at ``relative``, summing up the clause before ('Reed said the pier would close, a decision which Berg
        called "A"', ', a step which residents called "A"'): the relative's clause is no part of Reed's."""
        for k in range(relative - 1, max(0, relative - _SUMMARY_REACH) - 1, -1):
            t = self.tokens[k]
            if t.kind is not WORD or not t.text.islower():
                return False
            if t.norm in ("a", "an"):
                return k > 0 and self.tokens[k - 1].text == "," and k < relative - 1
        return False

    def _claim_owner(self, qi: int, who: Attribution) -> ActorState | None:
        """'X mocked NAME's claim that the ferry "runs on time"': a fragment in the content of a statement a named
        possessive owns, after the cue's speaker, is the owner's words."""
        return self._owner_after(qi, self.tokens[who.end - 1].end) if who.how in _CLAIMED_CUES else None

    def _owner_after(self, qi: int, after: int) -> ActorState | None:
        """The owner of a statement named by a possessive after offset ``after`` whose content holds the fragment
        (:meth:`_claim_owner`)."""
        tokens = self.tokens
        found = possessor(tokens, qi, self.para, content=True)
        if found is None or found[1] < after:
            return None
        at = next(k for k, t in enumerate(tokens) if t.start >= found[1])
        if at == 0 or tokens[at - 1].kind is not WORD or tokens[at - 1].norm == "that":
            return None  # 'X said that NAME's claim that A is "B"': the statement opens a clause, "B" is X's
        return self.registry.resolve(found[0], self.sentence, None, found[1], subject=False)

    def _enclosing_owner(self, qi: int, who: Attribution, owners: Owners) -> ActorState | None:
        """'Reyes said the bridge was "a relic," and Ortiz said she agreed', 'After Reyes said the bridge was "a
        relic," Ortiz said: ...': a fragment inside another speaker's reported clause, after words of that clause,
        is that speaker's, whoever the attribution after it names."""
        tokens = self.tokens
        if who.how != "X-said" or (who.start > 0 and tokens[who.start - 1].norm == "as"):
            return None  # '"A," as X said': the writer names who said the words
        qstart = tokens[qi].start
        if qi == 0 or tokens[qi - 1].kind is not WORD:
            return None  # after a colon or a comma the quotation is no fragment set in the clause
        if qi > 1 and tokens[qi - 1].norm in COORDINATORS and tokens[qi - 2].text == ",":
            return None  # 'X said the plan was fine, but "A," Y said': a new clause, the attribution after it names Y
        for report, actor in owners:
            opened = report.who.end <= qi and report.start < qstart < report.end and report.who.start != who.start
            if opened and any(t.kind is WORD and t.start >= report.start for t in tokens[report.who.end : qi]):
                return actor
        return None

    def _clause_owner(self, qi: int, who: Attribution, owners: Owners) -> ActorState | None:
        """'A fisherman who saw it, NAME, 54, said the ship "did not slow down"': a fragment found only through its
        sentence's subject, inside a reported clause, is that clause's speaker's (read with the subject's
        apposition)."""
        if who.how != "clause-subject":
            return None
        qstart, tokens = self.tokens[qi].start, self.tokens
        for report, actor in owners:
            w = report.who
            # the owner read through an apposition after a plain word ('jetty, NAME,'), not a place ('Salem, Oregon,')
            apposed = w.how == "appositive-subject" and w.start >= 2 and not tokens[w.start - 2].is_cap
            if report.start <= qstart < report.end and apposed and actor.kind == "person":
                return actor
        return None

    def _subject_speaker(self, qi: int) -> ActorState | None:
        """A fragment's last resort: its sentence's subject (a one-word name only when the article named it), else
        the owner of a statement named by a possessive ('NAME's claim that "..."'); no one when the subject was
        asked the words right before them ('X was asked: "Will you stand again?"': the asker is not named)."""
        who = subject_cue(self.tokens, qi)
        if who is not None and self.tokens[who.start].start == asked_subject(self.tokens, qi):
            return None
        who = (who and subordinate_before(self.tokens, who.end, qi)) or who
        if who is not None and who.start == who.end:
            return None
        m = report_mention(self.tokens, who, self.para) if who is not None else None
        if who is None or m is None:
            return self._possessor(qi)
        owner = self._pledge_owner(qi, who)
        if owner is not None:
            return owner  # 'X refused, despite NAME's pledge to "A"'
        if self._unknown_word(m):
            return None  # 'Officials', 'Perhaps', 'Kelby': a capitalised opener is no speaker of its own
        return self.registry.resolve(m, self.sentence, None, self.tokens[who.start].start)

    def _pledge_owner(self, qi: int, who: Attribution) -> ActorState | None:
        """'The Treasury refused to rule it out, despite NAME's pledge to "keep fares down"': a statement a named
        possessive owns, after the subject, holds the fragment, unless a verb of saying or describing stands
        between ('X's remark describing NAME's statement as "A"': the describer's)."""
        between = [t for t in self.tokens[who.end : qi] if t.kind is WORD and t.norm not in STATEMENT_HEADS]
        if any(t.norm in DESCRIBE_VERBS or t.norm in FINITE_SPEECH_VERBS for t in between):
            return None
        return self._owner_after(qi, self.tokens[who.end - 1].end)

    def _possessor(self, qi: int) -> ActorState | None:
        found = possessor(self.tokens, qi, self.para)
        if found is None or (found[0].kind != "pronoun" and self._unknown_word(found[0])):
            return None
        return self.registry.resolve(found[0], self.sentence, None, found[1], subject=False)

    def _unknown_word(self, m: Mention) -> bool:
        """A one-word name the article has not named before ('Reluctantly', 'Fragile', 'Russians'): a speaker
        found only as a sentence's subject must be a pronoun, a phrase, or a name already met."""
        return m.kind != "pronoun" and len(m.name.split()) == 1 and not knows(self.registry, m.name)


def _people_word(word: str) -> bool:
    """A noun for people or a body of them ('critics', 'tenants', 'union'), which may speak."""
    return word in PERSON_HEADS or word in GROUP_NOUNS or word in ORG_WORDS or word[:-1] in PERSON_HEADS


def _claim_of(tok: Tok, owners: Owners) -> ActorState | None:
    """The owner of a claim ('his claim that A', :data:`noun_forms.CLAIM_HOWS`) whose clause holds the quotation
    ``tok``, if any."""
    return next((a for r, a in owners if r.who.how in CLAIM_HOWS and r.start <= tok.start < r.end), None)
