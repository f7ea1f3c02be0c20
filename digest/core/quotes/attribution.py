"""Who said a quotation: the speech verb and speaker next to it, before or after, or the sentence's subject."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    ARTICLES,
    CREDIT_DASHES,
    LEAD_WORDS,
    NEGATIONS,
    SENTENCE_OPENERS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    TOLD_OBJECTS,
    word_set,
)
from digest.core.quotes.after_quote import PHRASE_MAX, answer_to_question, credit_line, speaker_after
from digest.core.quotes.cue import Attribution as Attribution
from digest.core.quotes.cue import is_verb, noun_use, wish_to_know
from digest.core.quotes.description_after import description_after
from digest.core.quotes.fragment_scope import in_closed_relative, new_clause
from digest.core.quotes.habitual import habitual_speaker
from digest.core.quotes.interrupted import interrupted_speaker
from digest.core.quotes.main_clause import RELATIVE_CLAUSE_MAX, in_fronted_clause, subordinate_subject
from digest.core.quotes.main_clause import clause_subject as clause_subject
from digest.core.quotes.midsentence import ADDRESS_VERBS, before_relative, mid_attribution
from digest.core.quotes.own_words import own_words
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.quoted_lists import named_list
from digest.core.quotes.relatives import relative_antecedent
from digest.core.quotes.speakers import np_left, np_right
from digest.core.quotes.stance_as import stance_as
from digest.core.quotes.subject_forms import aged_subject, paid_tribute, went_on_head
from digest.core.quotes.subjects import participle_subject
from digest.core.quotes.tokens import QUOTE, WORD, Tok, past_short_form
from digest.core.speech_verbs import (
    ASKED_OR_TOLD,
    CUE_VERBS,
    DESCRIBE_VERBS,
    FINITE_SPEECH_VERBS,
    PARTICIPLE_REPORT,
    REPORT_VERBS,
    SPEECH_VERBS,
    takes_turn,
)

_MAIN_VERBS = REPORT_VERBS | DESCRIBE_VERBS | SPEECH_VERBS


def _skip_object(tokens: list[Tok], i: int, hi: int) -> int:
    """Skip the object of ``told`` ("told reporters", "told the BBC") and short adverbials."""
    k = i
    steps = 0
    while k < hi and tokens[k].kind is WORD and steps < 5 and tokens[k].norm != "that":
        if (
            tokens[k].norm in TOLD_OBJECTS
            or tokens[k].is_cap
            or tokens[k].norm in ("on", "in", "at", "a", "statement", "interview", "phone", "settler", "leaders")
        ):
            k += 1
            steps += 1
            continue
        break
    return k


def main_subject(tokens: list[Tok], lo: int, hi: int) -> Attribution | None:
    """The subject of the sentence's first speech or describing verb (for participles and fragments)."""
    for v in range(lo, hi):
        t = tokens[v]
        if t.kind is QUOTE:
            return None
        if is_verb(t, _MAIN_VERBS) and not t.norm.endswith("ing") and not _noun_use(tokens, v, lo):
            found = np_left(tokens, v, lo)
            if found is not None and _teller_aside(tokens, found[0], v, hi):
                continue  # 'as the neighbours tell it, he ... told the barn: "A"': the teller, not the speaker
            if found is not None:
                return Attribution(found[0], found[1], "subject")
            return None
    return None


def _teller_aside(tokens: list[Tok], start: int, v: int, hi: int) -> bool:
    """'..., as the neighbours tell it, he climbed onto a hay cart and told the barn:': the subject at ``start`` of
    the verb at ``v`` follows 'as' after a comma and the verb (and 'it') closes with a comma before ``hi`` (the verb
    whose subject is sought): an aside naming who tells the story."""
    if start < 2 or tokens[start - 1].norm != "as" or tokens[start - 2].text != ",":
        return False
    close = v + 2 if v + 1 < hi and tokens[v + 1].norm == "it" else v + 1
    return close + 1 < hi and tokens[close].text == ","


_LEAD_VERBS = word_set(
    "issued released put posted published sent condemned defended rejected denied welcomed praised criticized "
    "criticised responded reacted hit struck lashed pushed"
)


def lead_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """The subject of a sentence whose participle continues a statement or stance, not a speech verb.

    'X issued a statement, saying, "..."', 'X condemned the attack, saying in a statement that ...': the
    sentence (after a short opening adverbial ending in a comma) opens with a noun phrase followed by one of
    a few verbs of issuing or taking a stand, and nothing but that verb's object stands before the participle.
    """
    start = lo
    for k in range(lo, min(v, lo + 7)):
        if tokens[k].text == ",":
            start = k + 1
            break
    found = np_right(tokens, start, v)
    if found is None or found[0] != start:
        found = np_right(tokens, lo, v)
        if found is None or found[0] != lo:
            return None
    verb = past_short_form(tokens, found[1], v)  # 'the Harbour Board (HB) welcomed ..., saying'
    if verb + 1 < v and tokens[verb].text == "," and tokens[verb + 1].norm in ("which", "who"):
        # a relative clause between commas: 'the Electoral Commission, which regulates ..., issued'
        verb = next((k for k in range(verb + 2, min(v, verb + RELATIVE_CLAUSE_MAX)) if tokens[k].text == ","), v)
    if verb < v and tokens[verb].text == ",":
        verb += 1
    if verb >= v or not is_verb(tokens[verb], _LEAD_VERBS):
        return None
    if any(t.kind is not WORD and t.text not in (",", "-", "’", "'") for t in tokens[verb + 1 : v]) or v - verb > 12:
        return None
    return Attribution(found[0], found[1], "lead")


def attribute_quote(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """Find the speaker noun phrase for the quotation token ``tokens[qi]`` in the sentence ``tokens[lo:hi]``.

    The cue rules are tried in order: a verb of stance before ``as``, a speech verb after the quote, one before
    it, then the nearest cue of a fragment inside the sentence.
    """
    return (
        stance_as(tokens, qi, lo)
        or own_words(tokens, qi, lo)
        or _relayed(tokens, qi, lo)
        or speaker_after(tokens, qi, lo, hi)
        or answer_to_question(tokens, qi, lo)
        or _speaker_before(tokens, qi, lo)
        or credit_line(tokens, qi, lo, hi)
        or _fragment(tokens, qi, lo)
        or mid_attribution(tokens, qi, hi)
        or _after_colon(tokens, qi, lo, hi)
    )


def _after_colon(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """'Another user wrote of the chancellor: "..."', 'Reed gave the idea a whirl on the radio: "..."': a
    quotation after a colon, ending the sentence (or followed by a participle phrase of the subject's: 'the skipper
    was defiant: "...," banging the table'), is the words of the subject that opens it."""
    if qi - 1 <= lo or tokens[qi - 1].text != ":" or named_list(tokens, qi, hi):
        return None  # 'the routes they ran: "Quay via Mill Lane", "Depot"': names in a list, no one's words
    after = qi + 2 if qi + 2 < hi and tokens[qi + 1].text == "," else qi + 1
    participle = after < hi and lower_word(tokens[after]) and tokens[after].norm.endswith("ing")
    if not participle and any(t.kind is WORD for t in tokens[qi + 1 : hi]):
        return name_colon(tokens, qi - 1, lo)
    first = tokens[lo]
    # 'Asked about it, he said:' opens with a participle, no inverted attribution
    inverted = first.norm in FINITE_SPEECH_VERBS and first.norm not in ASKED_OR_TOLD
    if first.kind is WORD and first.is_cap and inverted and lo + 1 < qi - 1:
        found = np_right(tokens, lo + 1, qi - 1)  # 'Said one cyclist who spoke at the meeting: "..."'
        return Attribution(found[0], found[1], "said-X") if found is not None else None
    put = put_it_before(tokens, lo, qi - 1)
    return put or clause_subject(tokens, lo, qi - 1, quoted=True) or name_colon(tokens, qi - 1, lo)


_PUT_REACH = 8


def put_it_before(tokens: list[Tok], lo: int, colon: int) -> Attribution | None:
    """'A friend of the mayor put it this way: "A"', 'One aide, granted anonymity, put it bluntly: "A"': 'put it'
    and a few words of manner before the colon name the speaker, the phrase before 'put' ('put' in the present and
    the past alike was read as a noun of the phrase, or no verb at all)."""
    for p in range(colon - 2, max(lo, colon - _PUT_REACH) - 1, -1):
        if is_verb(tokens[p], _PUT_VERBS) and tokens[p + 1].norm == "it" and p > lo and not _put_away(tokens, p + 2):
            found = np_left(tokens, p, lo)
            return Attribution(found[0], found[1], "put-it") if found is not None else None
        if tokens[p].kind is not WORD:
            return None
    return None


_PUT_PARTICLES = word_set("down off on away back out up together aside forward through")


def _put_away(tokens: list[Tok], k: int) -> bool:
    """'put it down to luck', 'put it off', 'put it aside': 'put it' and a particle is no way of saying."""
    return k < len(tokens) and tokens[k].norm in _PUT_PARTICLES


_NOT_NAMES = SENTENCE_OPENERS | ADVERBS | word_set("afterwards next")


def name_colon(tokens: list[Tok], colon: int, lo: int) -> Attribution | None:
    """'Dana Pike: "..."', 'A HEADING - Dana Pike: "..."', 'From Dana Pike: "..."': a name alone before the
    colon, opening the sentence or after a dash or ``from`` (a transcript's credit); never a label ('Update:',
    'Breaking News:', 'Summary - Key Points:': see ``report_mention``)."""
    start = next((k + 1 for k in range(colon - 1, lo - 1, -1) if tokens[k].text in CREDIT_DASHES), lo)
    if start < colon and tokens[start].norm == "from":
        start += 1
    if start >= colon or not tokens[start].is_cap or not (tokens[colon - 1].is_cap or tokens[colon - 1].text == ")"):
        return None
    found = np_right(tokens, start, colon)
    if found is None or found[0] != start or (found[1] == start + 1 and tokens[start].norm in _NOT_NAMES):
        return None  # 'Then: "..."', 'Finally: "..."': an adverb before the colon names no one
    bracket = found[1] < colon and tokens[found[1]].text == "(" and tokens[colon - 1].text == ")"
    return Attribution(start, found[1], "name-colon") if found[1] == colon or bracket else None


def _relayed(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'X said "...", the prosecutor's office said': a speech verb right before the quotation names its
    speaker, whatever attribution follows (that one relays the whole)."""
    k = qi - 1
    if k >= lo and tokens[k].text in (",", ":"):
        k -= 1
    if k > lo and tokens[k].norm == "with":  # 'X answered the mayor with, "A"': the verb a few words before
        k = next((j for j in range(k - 1, max(lo - 1, k - _WITH_REACH), -1) if is_verb(tokens[j], SPEECH_VERBS)), k)
    if k - 1 > lo and takes_turn(tokens[k - 1].norm, tokens[k].norm) and not tokens[k - 1].is_cap:
        found = np_left(tokens, k - 1, lo)  # 'Asked about the fares, he hit back, "A"': a turn taken, its words
        return Attribution(found[0], found[1], "relayed") if found is not None else None
    if k < lo or not is_verb(tokens[k], SPEECH_VERBS) or tokens[k].norm in PARTICIPLE_REPORT:
        return None
    if noun_use(tokens, k, lo) or tokens[k].norm.endswith("ing"):
        return None
    found = np_left(tokens, k, lo) or _opening_clause_subject(tokens, lo, k)
    if found is not None and found[1] - found[0] > 1 and tokens[found[0]].norm in _INDEFINITES:
        return None  # 'Whatever the minister announced "comes too late," X warned': the predicate, X's words
    return Attribution(found[0], found[1], "relayed") if found is not None else None


_OPENING_SUBJECT_MAX = 6


def _opening_clause_subject(tokens: list[Tok], lo: int, k: int) -> tuple[int, int] | None:
    """'When one of the fans yelled, "A," X joked': the words between a subordinator opening the sentence and the
    verb of speech before the quotation are its subject, though no speaker phrase the rules read ('someone in
    the crowd'); the attribution after the quotation is the main clause's, not this one's. Not after 'If' ('If
    anyone asks, "A," the manager told staff': no one asked; the words are the instruction the main clause gives)."""
    words = tokens[lo + 1 : k]
    opener = tokens[lo]
    if not opener.is_cap or opener.norm not in _REAL_SUBORDINATORS or not words or len(words) > _OPENING_SUBJECT_MAX:
        return None
    return (lo + 1, k) if all(t.kind is WORD for t in words) else None


_REAL_SUBORDINATORS = SUBORDINATORS - {"if"}
"""Subordinators of a clause that happened (not 'if': a condition's speaker says nothing)."""

_WITH_REACH = 5
"""The most tokens from a verb of speech to the 'with' that brings in its words ('replied to the mayor with')."""

_INDEFINITES = word_set("nothing everything anything something all much little whatever")
"""Words a clause without 'that' describes ('Whatever the minister announced'): the phrase is what was said, no
speaker."""


def _speaker_before(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'X said, "..."', 'X told reporters: "..."', 'X said that "..."', '..., saying "..."', 'But, said X, "..."'."""
    k = qi - 1
    if k >= lo and tokens[k].text in (",", ":", "-", "—"):
        k -= 1
    inverted = _inverted_before(tokens, k, lo) or _put_it(tokens, k, lo) or _wanted_to_know(tokens, k, lo)
    if inverted is not None:
        return inverted
    if k >= lo and tokens[k].norm == "that":
        k -= 1
    for v in range(k, max(lo - 1, k - 4), -1):
        t = tokens[v]
        if is_verb(t, SPEECH_VERBS) and not noun_use(tokens, v, lo):
            if t.norm in PARTICIPLE_REPORT:
                relative = open_relative_subject(tokens, lo, v)
                if relative is not None:
                    return relative
                found = np_left(tokens, v, lo)
                if found is not None and _absolute(tokens, found[0], lo):
                    return Attribution(found[0], found[1], "fragment")  # ', with one skipper warning that "..."'
                return (
                    main_subject(tokens, lo, v)
                    or lead_subject(tokens, lo, v)
                    or clause_subject(tokens, lo, v, quoted=True)
                    or participle_subject(tokens, lo, v)
                )
            if _skip_object(tokens, v + 1, qi) >= k + 1 or v == k:
                head = went_on_head(tokens, v, lo)  # 'The email went on to say, "..."': the subject of 'went on'
                found = np_left(tokens, head, lo) or aged_subject(tokens, head, lo)
                if found is not None:
                    return Attribution(found[0], found[1], "X-said:")
            return None
        if t.kind is not WORD or not (t.norm in TOLD_OBJECTS or t.norm in ("on", "in", "at", "statement")):
            return None
    return None


def _wanted_to_know(tokens: list[Tok], k: int, lo: int) -> Attribution | None:
    """'NAME wanted to know, "A?"', 'NAME demanded to know: "A?"': the subject of a wish to know ending at ``k``
    puts the question."""
    if k - 2 < lo or not wish_to_know(tokens, k - 2, k + 1):
        return None
    found = np_left(tokens, k - 2, lo)
    return Attribution(found[0], found[1], "X-said:") if found is not None else None


def _inverted_before(tokens: list[Tok], k: int, lo: int) -> Attribution | None:
    """'But, said Tom Reed, "..."': a speech verb opening the sentence (after a connective and a comma), and
    its speaker right after it, up to the quotation."""
    for v in range(k - 1, max(lo - 1, k - PHRASE_MAX), -1):
        verb = tokens[v]
        opening = v == lo and verb.kind is WORD and verb.norm in FINITE_SPEECH_VERBS  # 'Said Dana Pike: "..."'
        if not (opening or is_verb(verb, FINITE_SPEECH_VERBS)) or verb.norm in ADDRESS_VERBS:
            continue
        opens = v == lo or (v == lo + 2 and tokens[v - 1].text == "," and tokens[lo].norm in LEAD_WORDS)
        if not opens:
            return None
        found = np_right(tokens, v + 1, k + 1)
        return Attribution(found[0], found[1], "said-X:") if found == (v + 1, k + 1) else None
    return None


def _put_it(tokens: list[Tok], k: int, lo: int) -> Attribution | None:
    """'As the paper put it, "..."', 'or, as X, a former mayor, put it: "..."': ``as X put it`` right before the
    quotation names its speaker."""
    if k - 1 <= lo or tokens[k].norm != "it" or not is_verb(tokens[k - 1], _PUT_VERBS):
        return None
    found = np_left(tokens, k - 1, lo)
    if found is None or found[0] - 1 < lo or tokens[found[0] - 1].norm != "as":
        return None
    return Attribution(found[0], found[1], "put-it")


_PUT_VERBS = word_set("put puts")


def _fragment(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """A quoted fragment inside a sentence: the nearest speech verb before it, in the same clause."""
    for v in range(qi - 1, max(lo - 1, qi - 25), -1):
        t = tokens[v]
        if t.kind is QUOTE or t.text in (";",) or new_clause(tokens, v, qi):
            return None
        if t.kind is WORD and t.norm in ("according",) and v + 1 < qi and tokens[v + 1].norm == "to":
            found = np_right(tokens, v + 2, qi) or description_after(tokens, v + 2, qi)
            if found is not None:
                return Attribution(found[0], found[1], "according")
        tribute = paid_tribute(tokens, v, lo)
        if tribute:
            v, t = v - 1, tokens[v - 1]  # 'she paid tribute to NAME as "A"': 'paid' is the cue
        if (tribute or is_verb(t, CUE_VERBS)) and not _noun_use(tokens, v, lo) and not bare_describe(tokens, v, qi):
            if in_closed_relative(tokens, lo, v, qi):
                continue  # 'the crews, whom the minister praised, had been "A"': not the minister's words
            if in_fronted_clause(tokens, lo, v, qi) or (qi - v <= WITHHELD_REACH and withheld(tokens, v, lo)):
                return None
            relative = relative_antecedent(tokens, v, lo, _close_object(tokens, v, qi), quoted=True)
            if relative is not None or (v - 1 >= lo and tokens[v - 1].norm in SUBJECT_RELATIVES):
                return relative
            if t.norm.endswith("ing"):
                return _participle_fragment(tokens, v, lo)
            speaker = interrupted_speaker(tokens, lo, qi) or habitual_speaker(tokens, v, lo) or _np_left(tokens, v, lo)
            if speaker is not None:
                return speaker
            return (
                before_relative(tokens, v, lo)
                or subordinate_subject(tokens, lo, v, qi)
                or main_subject(tokens, lo, v)
                or clause_subject(tokens, lo, v, quoted=True)
            )
    return None


def _np_left(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    found = np_left(tokens, v, lo)
    return Attribution(found[0], found[1], "fragment") if found is not None else None


def _participle_fragment(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """The speaker of a quoted fragment after a participle of speech or description (``tokens[v]``)."""
    relative = open_relative_subject(tokens, lo, v)
    if relative is not None:
        return relative
    if v - 1 >= lo and tokens[v - 1].kind is WORD:
        found = np_left(tokens, v, lo)
        if found is not None and (tokens[found[0]].is_cap or _absolute(tokens, found[0], lo)):
            return Attribution(found[0], found[1], "fragment")
        return lead_subject(tokens, lo, v) or _by_gerund(tokens, lo, v)  # 'X issued a statement calling it "..."'
    return (
        main_subject(tokens, lo, v)
        or lead_subject(tokens, lo, v)
        or clause_subject(tokens, lo, v, quoted=True)
        or participle_subject(tokens, lo, v)
    )


def _by_gerund(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'NAME, the holder, opened by telling the rival that he "A"', 'NAME replied by calling it "B"': after 'by', the
    subject opening the sentence (:func:`participle_subject`), when no bracket or subordinate clause stands between
    it and 'by' ('..., although NAME won by declaring ...' is left to the other readings)."""
    found = participle_subject(tokens, lo, v) if tokens[v - 1].norm == "by" else None
    if found is None or any(t.norm in SUBORDINATORS or t.text in ("(", ")") for t in tokens[found.end : v]):
        return None
    return found


_WITHHOLDING = NEGATIONS | word_set("declined declines decline refused refuses refuse")
WITHHELD_REACH = 4
"""The most tokens from a withheld verb of saying to its quotation ('refused to say the words "A"')."""


def withheld(tokens: list[Tok], v: int, lo: int) -> bool:
    """'refused to say the words "A"', 'would not say "sorry"', 'never said "A"': the quoted words are what the
    subject did not say (a negation or refusal right before the verb of saying, or before its 'to'; not 'did not
    hesitate to say')."""
    if not tokens[v].norm.startswith(("say", "said", "utter")):
        return False
    k = v - 1
    if k > lo and tokens[k].norm == "to":
        k -= 1
    if k < lo or tokens[k].kind is not WORD:
        return False
    return tokens[k].norm in _WITHHOLDING or tokens[k].norm.endswith(("n't", "n’t"))


def _absolute(tokens: list[Tok], start: int, lo: int) -> bool:
    """'..., with one skipper warning that "..."': the phrase after 'with' is the participle's own subject."""
    return start - 1 >= lo and tokens[start - 1].norm == "with"


_MODIFIED_NOUN_OPENERS = ARTICLES | word_set("of his her their its")


def _noun_use(tokens: list[Tok], v: int, lo: int) -> bool:
    """A speech verb's form used as a noun (:func:`noun_use`), also after a capitalised modifier ('posted a Twitter
    comment of her own', 'rated 40% of Liberal claims as "false"': no one named 'Twitter' or 'Liberal' spoke)."""
    if noun_use(tokens, v, lo):
        return True
    modified = v - 2 >= lo and tokens[v - 1].is_cap and tokens[v - 2].norm in _MODIFIED_NOUN_OPENERS
    return modified and v + 1 < len(tokens) and tokens[v + 1].norm in _NOUN_LINKS  # not 'The Herald reports that'


_NOUN_LINKS = word_set("of as by about")
"""Words after a noun of speech that no verb of speech takes before its clause ('a Twitter comment of her own')."""


def bare_describe(tokens: list[Tok], v: int, qi: int) -> bool:
    """The bare 'describe' with no 'as' before the quotation at ``qi``: no cue ('took to the radio to describe the
    bridge as a "costly mistake"' is one; in 'Few words describe the "Blue Line" tram' the words are no one's)."""
    return tokens[v].norm == "describe" and not any(x.norm == "as" for x in tokens[v + 1 : qi])


_CLOSE_OBJECT_MAX = 6


def _close_object(tokens: list[Tok], v: int, qi: int) -> bool:
    """The quotation ``tokens[qi]`` is the verb's own short object or complement ('called it "A"', 'described the
    crossing as "A"'), not the end of a longer clause ('suggested that some people ... that "A"')."""
    return qi - v <= _CLOSE_OBJECT_MAX and all(t.norm != "that" for t in tokens[v + 1 : qi])


def open_relative_subject(tokens: list[Tok], lo: int, v: int, person: bool = False) -> Attribution | None:
    """'X criticised the party, which tried to rally support by saying that ...': a participle inside a relative
    clause that no comma has closed yet speaks for the relative's antecedent, the noun phrase before ', which' or
    ', who' ('Moss, who spoke last, saying ...' is closed: the sentence's subject speaks). With ``person``, for a
    verb of speech coordinated inside the clause ('X, who endorsed her in May and said A'), only ', who' after a
    capitalised name or title."""
    relatives = frozenset({"who"} if person else {"who", "which"})
    for k in range(v - 1, max(lo, v - RELATIVE_CLAUSE_MAX) - 1, -1):
        t = tokens[k]
        if t.kind is QUOTE or t.text in (";", ":"):
            return None
        if t.text == ",":
            if tokens[k + 1].norm not in relatives:
                return None
            found = np_left(tokens, k, lo)
            if found is None or (person and not tokens[found[1] - 1].is_cap):
                return None
            return Attribution(found[0], found[1], "relative")
    return None
