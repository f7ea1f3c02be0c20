"""The subject opening a sentence, for a cue whose own subject is implicit ('Carson took the stage and called the
system "rigged"'): past an opening adverbial or subordinate clause, a participle and a town's region; a subject asked
the words is none. Split off ``attribution``."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    ADVERBS,
    ADVERBS_OR_AUXILIARIES,
    ARTICLES,
    BE_FORMS,
    COMMON_IRREGULAR_PAST,
    DEMONSTRATIVES,
    DETERMINERS,
    GROUP_NOUNS,
    IRREGULAR_PAST,
    LEAD_WORDS,
    PERSON_PRONOUNS,
    PLACE_ADVERBS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    WH_RELATIVES,
    word_set,
)
from digest.core.quotes.cue import Attribution, is_verb
from digest.core.quotes.fronted_participle import fronted_participle
from digest.core.quotes.openers import bare_time_subject, opens_adverbial, past_lead_words
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.right_phrases import member_aside
from digest.core.quotes.speakers import np_right
from digest.core.quotes.token_memo import per_tokens
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import ASKED, ASKED_OR_TOLD, SPEECH_VERBS

_SUBJECT_WORDS = frozenset(PRONOUNS) | DETERMINERS | POSSESSIVES


def in_fronted_clause(tokens: list[Tok], lo: int, v: int, qi: int) -> bool:
    """'After Brand criticized the budget, Ruiz shot back, "..."': the cue lies in a subordinate clause opening the
    sentence and a comma before the quotation opens the main clause (a subject after it: a capitalised word, a
    pronoun or a determiner): the quotation is not in the cue's clause ('As X put it, A' is X's: no subordinate)."""
    if tokens[lo].norm not in SUBORDINATORS:
        return False
    for c in range(v + 1, qi - 1):
        after = tokens[c + 1]
        if tokens[c].text == "," and (after.is_cap or after.norm in _SUBJECT_WORDS):
            return _opens_main(after)
    return False


_RELATIVES = WH_RELATIVES | {"where"}


def _main_clause_start(tokens: list[Tok], lo: int, v: int) -> int:
    """'When X suggested A, Ruiz fired back: "..."', 'When X, her aide, was asked A, he laughed and said': after a
    subordinate clause opening the sentence, the main clause opens after the last comma before ``v`` that a subject
    word follows; ``lo`` when none does."""
    for c in range(v - 2, lo, -1):
        after = tokens[c + 1]
        if tokens[c].text == "," and (after.is_cap or after.norm in _SUBJECT_WORDS) and _opens_main(after):
            return c + 1
    return lo


def _opens_main(tok: Tok) -> bool:
    """A word after a comma that may open the main clause: a word that is no relative pronoun."""
    return tok.kind is WORD and tok.norm not in _RELATIVES


_OPENING_ADVERBIAL_MAX = 10
_PARTICIPLE_CLAUSE_MAX = 20
"""A participle clause opening a sentence ('Raised by an aunt and two uncles in a port town,') runs longer."""


def clause_subject(
    tokens: list[Tok], lo: int, v: int, across_quotes: bool = False, quoted: bool = False
) -> Attribution | None:
    """The subject opening the sentence, for a cue whose own subject is implicit: 'Carson took the stage and
    called the system "rigged"', 'He defended the remark, saying, "..."'.

    An opening adverbial ending in a comma ('In Iowa on Monday,') is skipped; the subject is a noun phrase
    followed by a lower-case word (its verb), and nothing but words and commas stand before the cue (and
    quotations, ``across_quotes``: 'X celebrated, calling it "a super day" and said B', where the cue is a verb
    coordinated with the one after the subject). For a quotation (``quoted``), a subordinate clause opening the
    sentence is passed ('When X suggested A, Ruiz fired back: "..."') and a subject asked the words is none.
    """
    found = _subject_and_verb(tokens, lo, v, quoted)
    if found is None:
        return None
    start, end, verb = found
    if quoted and _addressed(tokens, verb, v):
        return _asker(tokens, verb + 2)
    if any((t.kind is QUOTE and not across_quotes) or t.text in (";", ":") for t in tokens[verb:v]):
        return None
    return Attribution(start, end, "clause-subject")


@per_tokens
def _subject_and_verb(tokens: list[Tok], lo: int, v: int, quoted: bool) -> tuple[int, int, int] | None:
    """The noun phrase opening the sentence (its start and end) and where its lower-case verb stands, for
    :func:`clause_subject`: past an opening adverbial, a participle and a town's region (and, ``quoted``, a
    subordinate clause); None when no subject opens it."""
    start = lo
    if quoted and (tokens[lo].norm in SUBORDINATORS or tokens[lo].norm == "as"):  # 'As guards led him out, he said'
        start = _main_clause_start(tokens, lo, v)
    start = past_lead_words(tokens, start, v)
    if lo < start < v and tokens[start].text == "," and tokens[start - 1].norm in _COMMA_CONNECTIVES:
        start += 1  # 'However, NAME thanked the crowd and said A': a connective closed by its comma
    if (
        start + 2 < v
        and tokens[start + 1].text == ","
        and _sentence_adverb(tokens[start])
        and not _listed(tokens, start + 2, v)
    ):
        start += 2  # 'Recently, NAME stood at a rally to say'
    participle = _participle_opener(tokens, start)
    reach = _PARTICIPLE_CLAUSE_MAX if participle else _OPENING_ADVERBIAL_MAX
    comma = next((k for k in range(start, min(v, start + reach)) if tokens[k].text == ","), None)
    if comma is not None and (participle or opens_adverbial(tokens, lo, start, comma)):
        start = _past_region(tokens, comma + 1, v)  # 'In Iowa,', 'While celebrating the win on Tuesday,'
    else:
        start = bare_time_subject(tokens, start, v)  # 'Last season he was docked a point for calling it "A"'
    found = np_right(tokens, start, v)
    if found is None or found[0] != start or found[1] >= v or tokens[start].norm in ADVERBIAL_OPENERS:
        return None  # 'Despite NAME's claim that A, B': a sentence opening with a preposition has its subject later
    end = _plural_head_end(tokens, found[1], v)
    closing = (
        end + 1 < v
        and tokens[end].text == ","
        and tokens[end + 1].norm not in ("and", "or")  # 'The chairman, NAME, and the treasurer, NAME, urged'
        and _role_apposition(tokens, start, end)
    )
    verb = _past_relative(tokens, end + 1 if closing else _past_age_or_tag(tokens, end, v), v)  # 'NAME, 61, asked'
    after = tokens[verb]
    if after.kind is not WORD or after.is_cap:
        return None
    return start, end, verb


_REGION_WORDS = 2


def _participle_opener(tokens: list[Tok], start: int) -> bool:
    """'Alarmed by the floods, X said A', 'Pleased with the vote, X called it "A"': a past participle and a
    preposition open the sentence, a phrase about its subject, no subject itself."""
    opener = tokens[start] if start < len(tokens) else None
    asked = opener is not None and opener.is_cap and opener.norm in ASKED  # 'Asked whether he would stay,'
    return asked or fronted_participle(tokens[start : start + 2])


_COMMA_CONNECTIVES = word_set(
    "however meanwhile still later earlier instead moreover furthermore nonetheless nevertheless separately"
)
"""Connectives among the lead words that a comma closes before the subject ('However, NAME ...'); not 'Also,',
'And,' or 'So,', which may open a clause a later 'he said' reports."""


def _sentence_adverb(tok: Tok) -> bool:
    """'Recently', 'Earlier', 'Afterwards', 'Nearby': an adverb opening the sentence before its subject."""
    return tok.kind is WORD and (
        (tok.norm.endswith("ly") and len(tok.norm) > _ADVERB_STEM + 2)
        or tok.norm in ADVERBS
        or tok.norm in PLACE_ADVERBS
    )


_ADVERB_STEM = 4
"""An -ly word with a stem longer than this is an adverb ('Recently'; not 'Italy', 'Family', 'Emily')."""


def _listed(tokens: list[Tok], k: int, v: int) -> bool:
    """The words after the opening comma go on a list ('Italy, Spain and Greece used ...'): the first word was its
    first item, no adverb."""
    for t in tokens[k:v]:
        if t.kind is not WORD or (not t.is_cap and t.norm not in ("and", "or")):
            return False
        if t.norm in ("and", "or"):
            return True
    return False


def _role_apposition(tokens: list[Tok], start: int, end: int) -> bool:
    """The phrase is 'ROLE, NAME' ('The Presiding Officer, NAME', "the firm's chief executive, NAME"): a comma inside
    it after a determiner or a role word (not 'Recently, NAME', 'In Salem, NAME')."""
    comma = next((k for k in range(start, end) if tokens[k].text == ","), None)
    if comma is None or comma == start:
        return False
    first = tokens[start:comma]
    if first[0].norm in ADVERBIAL_OPENERS or first[0].norm in LEAD_WORDS:
        return False
    named = len(first) >= 2 and all(t.is_cap for t in first)  # 'NAME, president of the League,'
    return named or first[0].norm in DETERMINERS or any(t.norm in ROLE_NOUNS or t.norm in TITLE_WORDS for t in first)


def _past_region(tokens: list[Tok], start: int, v: int) -> int:
    """'Speaking in Brenton, Ohio, Kessler called it "A"': one or two capitalised words and a comma after a place
    that ends the opening phrase complete it (the region of a town), when a name and its lower-case verb follow."""
    if not tokens[start - 2].is_cap:
        return start
    comma = next((k for k in range(start + 1, min(v, start + _REGION_WORDS + 1)) if tokens[k].text == ","), None)
    if comma is None or not all(t.kind is WORD and t.is_cap for t in tokens[start:comma]):
        return start
    name = np_right(tokens, comma + 1, v)
    after = tokens[name[1]] if name is not None and name[1] < v else None
    plain = after is not None and after.kind is WORD and not after.is_cap
    return comma + 1 if plain and name is not None and tokens[name[0]].is_cap else start


def _addressed(tokens: list[Tok], verb: int, v: int) -> bool:
    """'Ruiz was asked, "..."', 'Ruiz was pressed on whether the plan would "..."': the subject is asked or told
    the words (a passive of asking), unless a verb of speech of its own follows ('was asked about it and said')."""
    if tokens[verb].norm in _HEARING:  # 'The court heard: "..."': someone else spoke to it
        between = tokens[verb + 1 : v + 1]
        pairs = zip(between, between[1:], strict=False)
        said = any(t.norm in ("and", "but") and is_verb(n, SPEECH_VERBS) for t, n in pairs)
        return not said and not _answers(between)  # not 'heard the appeal and said'
    if verb + 1 >= len(tokens) or tokens[verb].norm not in BE_FORMS or tokens[verb + 1].norm not in ASKED_OR_TOLD:
        return False
    between = tokens[verb + 2 : v + 1]
    return not any(is_verb(t, SPEECH_VERBS) for t in between) and not _answers(between)


_HEARING = word_set("heard hears")
"""Verbs of hearing: what a court, a jury or an inquiry heard was said to it by a witness or counsel ('The court
heard: "..."', 'Jurors heard the driver describe it as "..."'), never by the subject; like the passive of telling."""


def _answers(between: list[Tok]) -> bool:
    """After the passive of asking, the subject acts again before the quotation, which is then its answer: a new
    predicate after 'and'/'but' ('was asked about it and shrugged: "..."'), or a new subject after a comma ('When X
    was asked ..., he said: "..."'); a colon alone introduces the question ('was asked by the host: "..."')."""
    for k, t in enumerate(between):
        if t.norm in ("who", "which"):
            return False  # 'was asked by the host, who ... but has ...': the asker's relative clause
        nxt = between[k + 1] if k + 1 < len(between) else None
        if nxt is not None and nxt.kind is WORD and not nxt.is_cap:
            if t.norm in ("and", "but") and nxt.norm.endswith(("ed", "s")):
                return True
            if t.text == "," and nxt.norm in PERSON_PRONOUNS:
                return True
    return False


def asked_subject(tokens: list[Tok], qi: int) -> int | None:
    """Where the subject of the quotation's sentence stands (a character offset) when it is asked or told the
    words ('At the forum, Ostrow was asked, "..."', 'Ostrow was asked: "Will you stand again?"', 'Ostrow was
    pressed on whether the plan would "..."'): the asker, unnamed, said them; None otherwise: after another
    quotation or a semicolon ('X was asked, "A?" He answered, "B"'), or when the asking is a subordinate clause and
    the quotation in the main clause after it ('When X was asked about it, his reply was that "..."')."""
    found = _subject_and_verb(tokens, 0, qi, quoted=False) if qi > 0 else None
    if found is None or any(t.kind is QUOTE or t.text == ";" for t in tokens[found[2] : qi]):
        return None
    if in_fronted_clause(tokens, 0, found[2] + 1, qi):
        return None
    return tokens[found[0]].start if _addressed(tokens, found[2], qi) else None


def put_to_subject(tokens: list[Tok], qi: int) -> bool:
    """'..., X was asked, "..."': the quotation right after a passive of asking was put to the subject by someone
    the sentence does not name (an asker after 'by' is read by the rules; not 'According to A, they were told,
    "..."', where A told them)."""
    if qi < 3 or tokens[qi - 1].text not in (",", ":"):
        return False
    return tokens[qi - 2].norm in ASKED and tokens[qi - 3].norm in BE_FORMS


def _asker(tokens: list[Tok], k: int) -> Attribution | None:
    """'was asked by the host Tim Hale whether ...': the phrase after 'by' asked; None when no one is named."""
    if k >= len(tokens) or tokens[k].norm != "by":
        return None
    name = next((j for j in range(k + 1, min(len(tokens), k + _ASKER_REACH)) if tokens[j].is_cap), k + 1)
    found = np_right(tokens, k + 1, len(tokens)) or np_right(tokens, name, len(tokens))
    if found is None:
        return None
    end = found[1]
    if end + 2 < len(tokens) and _job_before_name(tokens, end):
        end += 1  # 'by Kelby Radio presenter Bo Tennant': the outlet, the job and the name
        while end < len(tokens) and tokens[end].kind is WORD and tokens[end].is_cap:
            end += 1
    return Attribution(found[0], end, "asker")


_ASKER_REACH = 5


def _job_before_name(tokens: list[Tok], k: int) -> bool:
    """A lower-case word of a job between an outlet and a name of two words or more ('Radio presenter Bo Tennant'): no
    preposition nor conjunction ('FM on Tuesday', 'FM and Nora Vale')."""
    t = tokens[k]
    plain = lower_word(t) and t.norm not in PREPOSITIONS_IN_NP and t.norm not in _NOT_JOBS
    return plain and tokens[k + 1].kind is WORD and tokens[k + 1].is_cap and tokens[k + 2].is_cap


_NOT_JOBS = ARTICLES | word_set("and or but whether if about that")


RELATIVE_CLAUSE_MAX = 16
_PEOPLE_SUFFIXES = ("ists", "ians")
_OBJECT_STARTS = PREPOSITIONS_IN_NP | POSSESSIVES | ARTICLES | DEMONSTRATIVES


def _plural_head_end(tokens: list[Tok], end: int, v: int) -> int:
    """Past a plural noun of people after a capitalised modifier ('Harbour lobbyists', 'Democratic senators', and
    past one plain modifier: 'Coastal safety experts'): the phrase's head, not its verb."""
    if end + 2 < v and lower_word(tokens[end]):
        head = _plural_head_end(tokens, end + 1, v)  # 'safety' is no verb when a plural of people follows it
        word = tokens[end].norm
        verb_like = word.endswith(("s", "ed")) or word in COMMON_IRREGULAR_PAST or word in ADVERBS_OR_AUXILIARIES
        if head == end + 2 and not verb_like and word not in SPEECH_VERBS:
            return head  # not 'Moss praised lawyers who ...', 'Moss told reporters'
    t = tokens[end] if end < v else None
    if t is None or t.kind is not WORD or t.is_cap or tokens[end + 1].kind is not WORD:
        return end
    if tokens[end + 1].norm in _OBJECT_STARTS:
        return end  # 'Pike judges the plan', 'Moss guards his harbour': the plural is the verb
    plural = t.norm.endswith("s") and (
        t.norm in ROLE_NOUNS or t.norm in GROUP_NOUNS or t.norm.endswith(_PEOPLE_SUFFIXES)
    )
    return end + 1 if plural else end


_TAG_MAX = 8


def _past_age_or_tag(tokens: list[Tok], k: int, v: int) -> int:
    """Past an age between commas ('NAME, 61, proposed', 'now 61') or a tag in brackets ('Sen. NAME (D-Ore.)
    proposed') after the subject: where its verb may stand; ``k`` when neither follows, or when 'and' or 'or' goes
    on to a second subject ('NAME (Ky.) and NAME (Fla.)', 'The chef, 58, and the baker, 61, said')."""
    after = k
    if k + 1 < v and tokens[k].text == "(" and tokens[k - 1].is_cap:
        close = next((c for c in range(k + 1, min(v, k + _TAG_MAX)) if tokens[c].text == ")"), None)
        if close is not None and all(t.is_cap or t.kind is not WORD for t in tokens[k + 1 : close]):
            after = close + 1
    age = k + 2 if k + 2 < v and tokens[k + 1].norm in AGE_WORDS else k + 1
    if age + 1 < v and tokens[k].text == "," and tokens[age].text.isdigit() and tokens[age + 1].text == ",":
        after = age + 2
    after = _past_role_apposition(tokens, k, v) or after
    return k if after < v and tokens[after].norm in ("and", "or") else after


AGE_WORDS = frozenset({"now", "aged"})
"""Words between a name's comma and its age ('NAME, now 61,', 'NAME, aged 40,')."""


_APPOSED_ROLE_WORDS = 5
"""The most words of a role set off after a name ('NAME, the retired conductor,', 'NAME, a former bus driver,')."""
_APPOSED_OPENERS = frozenset({"the", "a", "an"})


def _past_role_apposition(tokens: list[Tok], k: int, v: int) -> int | None:
    """'NAME, the wine merchant, was less keen and told her A': past a lower-case role in apposition between commas
    after a capitalised name, where the verb stands; None when no such role follows (a word of a clause inside it,
    a verb or a relative, makes it no role: 'NAME, the man who ran, ...' is read elsewhere)."""
    if not (k + 2 < v and tokens[k].text == "," and tokens[k - 1].is_cap and tokens[k + 1].norm in _APPOSED_OPENERS):
        return None
    for c in range(k + 2, min(v, k + _APPOSED_ROLE_WORDS + 3)):
        t = tokens[c]
        if t.text == ",":
            return c + 1 if c > k + 2 and c + 1 < v and not _verb_like(tokens[c - 1]) else None
        if t.kind is not WORD or t.is_cap or t.norm in _CLAUSE_WORDS:
            return None
    return None


def _verb_like(t: Tok) -> bool:
    """A last word that may be a verb in the present ('NAME, the family remembers, used to'), no role noun."""
    return t.norm.endswith("s") and not t.norm.endswith(("ss", "us"))


_CLAUSE_WORDS = WH_RELATIVES | BE_FORMS | frozenset({"that", "and", "or", "has", "had", "have", "said", "says"})
"""Words that make a phrase after a name's comma a clause or a list, no role in apposition."""


def _past_relative(tokens: list[Tok], k: int, v: int) -> int:
    """Past a relative clause or a phrase of where or how between commas after the subject ('X, who faces a hard
    race at home, withdrew ...', 'X, in a statement, thanked'): the verb after it; ``k`` when there is none."""
    aside = member_aside(tokens, k, v)
    if aside is not None:
        return aside + 1 if aside + 1 < v else k  # 'Residents of X, NAME among them, asked'
    if k + 2 >= v or tokens[k].text != "," or not (tokens[k + 1].norm in _ASIDE_OPENERS or _reached_by(tokens, k + 1)):
        return k
    close = next((c for c in range(k + 2, min(v, k + RELATIVE_CLAUSE_MAX)) if tokens[c].text == ","), None)
    return close + 1 if close is not None and close + 1 < v else k


_ASIDE_OPENERS = word_set("who which in on")
"""Words opening an aside between commas after a subject: a relative ('X, who faces a hard race, withdrew') or a
phrase of where or how it spoke ('The association, in a statement posted online, thanked A for what it called "B"',
'The club, on its website, said')."""


def _reached_by(tokens: list[Tok], k: int) -> bool:
    """'X, reached by phone, stood by it': a lower-case past participle and 'by' open a reduced relative aside."""
    t = tokens[k]
    return t.kind is WORD and not t.is_cap and t.norm.endswith("ed") and tokens[k + 1].norm == "by"


_SUBORDINATE_SUBJECT_MAX = 6
"""The most words of a subject read between a subordinator and its verb ('after the harbour master had said')."""
_SUBJECT_OPENERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | DETERMINERS
_NO_SUBJECT_WORDS = BE_FORMS | word_set("and or but nor that which who")
_CLAUSE_VERBS = IRREGULAR_PAST | SPEECH_VERBS


def subordinate_subject(tokens: list[Tok], lo: int, v: int, qi: int) -> Attribution | None:
    """'X lost the vote after the harbour master had said A "B"': the verb ``tokens[v]`` of a subordinate clause
    inside the sentence, which holds the quotation ``tokens[qi]`` (no comma between), has its own subject: the words
    between the subordinator and the verb (past auxiliaries and adverbs), opened by an article, a possessive or a
    capitalised word, with no verb nor conjunction among them; not the sentence's subject."""
    if any(t.text == "," for t in tokens[v:qi]):
        return None  # 'when the story broke, "A"': the quotation stands outside that clause
    k = v - 1
    while k > lo and tokens[k].kind is WORD and not tokens[k].is_cap and tokens[k].norm in ADVERBS_OR_AUXILIARIES:
        k -= 1
    for s in range(k, max(lo, k - _SUBORDINATE_SUBJECT_MAX) - 1, -1):
        t = tokens[s]
        if t.kind is not WORD or (not t.is_cap and _holds_no_subject(t)):
            return None
        if s < k and not t.is_cap and t.norm in SUBORDINATORS:
            first = tokens[s + 1]
            opened = first.is_cap or first.norm in _SUBJECT_OPENERS
            return Attribution(s + 1, k + 1, "subordinate-subject") if opened and first.norm not in PRONOUNS else None
    return None


def _holds_no_subject(tok: Tok) -> bool:
    """A lower-case word no subject holds: a past form, a conjunction or a finite word ('knocked', 'and', 'is')."""
    norm = tok.norm
    return norm.endswith("ed") or norm in COMMON_IRREGULAR_PAST or norm in _NO_SUBJECT_WORDS


_SUBORDINATE_REACH = 8
"""The most words from a subordinator to its verb ('because a skipper in Port Ardle, Mayo, wrote')."""


def subordinate_before(tokens: list[Tok], start: int, qi: int) -> Attribution | None:
    """'The minister apologised because a skipper in Port Ardle wrote that the quota was "A"': between the
    sentence's subject (ending at ``start``) and the quotation a subordinate clause opens with a subject of its own
    and a past or speech verb, not closed by a comma before the quotation: the fragment is that clause's. Its
    subject (the words before the verb, past auxiliaries and adverbs, when they are one noun phrase), or an empty
    span when that cannot be read (the fragment then has no speaker: the sentence's subject is surely not it)."""
    for s in range(start, qi - 2):
        t, first = tokens[s], tokens[s + 1]
        if t.kind is not WORD or t.is_cap or t.norm not in SUBORDINATORS:
            continue
        if not (first.is_cap or first.norm in _SUBJECT_OPENERS) or first.norm in PRONOUNS:
            continue
        for k in range(s + 2, min(qi, s + 2 + _SUBORDINATE_REACH)):
            w = tokens[k]
            if w.kind is WORD and not w.is_cap and (w.norm.endswith("ed") or w.norm in _CLAUSE_VERBS):
                if any(x.text == "," for x in tokens[k:qi]):
                    return None
                end = k
                while end > s + 2 and tokens[end - 1].norm in ADVERBS_OR_AUXILIARIES:
                    end -= 1
                plain = np_right(tokens, s + 1, end) == (s + 1, end)
                return Attribution(s + 1, end if plain else s + 1, "subordinate-subject")
    return None
