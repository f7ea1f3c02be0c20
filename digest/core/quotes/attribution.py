"""Who said a quotation: the speech verb and speaker next to it, before or after, or the sentence's subject."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    AUXILIARIES,
    DESCRIBE_VERBS,
    DETERMINERS,
    FINITE_SPEECH_VERBS,
    LEAD_WORDS,
    NP_ADJECTIVES,
    PARTICIPLE_REPORT,
    PRONOUNS,
    REPORT_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPOKEN_PAST,
    STANCE_VERBS,
    TOLD_OBJECTS,
    word_set,
)
from digest.core.quotes.cue import APPOSITIVE_MAX, is_verb
from digest.core.quotes.cue import Attribution as Attribution
from digest.core.quotes.midsentence import ADDRESS_VERBS, before_relative, mid_attribution
from digest.core.quotes.openers import opens_adverbial
from digest.core.quotes.speakers import description_after, np_left, np_right
from digest.core.quotes.tokens import QUOTE, WORD, Tok, bracket_after_name

_ADVERBS_OR_AUXILIARIES = ADVERBS | AUXILIARIES
_MAIN_VERBS = REPORT_VERBS | DESCRIBE_VERBS | SPEECH_VERBS

_PHRASE_MAX = 11
"""The most words between a quotation and its speech verb taken as the speaker phrase."""
_PHRASE_MARKS = 2
"""The most commas or brackets in such a phrase (one appositive, or one parenthesis)."""


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
        if is_verb(t, _MAIN_VERBS) and not t.norm.endswith("ing"):
            found = np_left(tokens, v, lo)
            if found is not None:
                return Attribution(found[0], found[1], "subject")
            return None
    return None


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
    verb = found[1]
    if verb + 1 < v and tokens[verb].text == "," and tokens[verb + 1].norm in ("which", "who"):
        # a relative clause between commas: 'the Electoral Commission, which regulates ..., issued'
        verb = next((k for k in range(verb + 2, min(v, verb + 16)) if tokens[k].text == ","), v)
    if verb < v and tokens[verb].text == ",":
        verb += 1
    if verb >= v or not is_verb(tokens[verb], _LEAD_VERBS):
        return None
    if any(t.kind is not WORD and t.text not in (",", "-", "’", "'") for t in tokens[verb + 1 : v]) or v - verb > 12:
        return None
    return Attribution(found[0], found[1], "lead")


_STANCE_AS = word_set(
    "rejected rejects dismissed dismisses described describes branded brands denounced denounces "
    "characterized characterised labelled labeled condemned condemns hailed hails portrayed portrays"
)
_LIKEN_TO = word_set("likened likens compared compares")
_ARTICLES = word_set("a an the")


def _stance_as(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'X rejected the claims as "plainly wrong"', 'X hailed him as a "fighter"', 'X likened the toll to
    "draining the harbor"': a verb of stance, its object, ``as`` (or ``to`` after a verb of likening), the quote."""
    k = qi - 1
    if k > lo and tokens[k].norm in _ARTICLES:
        k -= 1
    if k < lo or tokens[k].norm not in ("as", "to"):
        return None
    verbs = _STANCE_AS if tokens[k].norm == "as" else _LIKEN_TO
    for v in range(k - 1, max(lo - 1, k - 9), -1):
        t = tokens[v]
        if t.kind is not WORD:
            return None
        if is_verb(t, verbs):
            found = np_left(tokens, v, lo)
            if found is None or (not tokens[found[0]].is_cap and tokens[found[0]].norm != "the"):
                return None
            return Attribution(found[0], found[1], "stance-as")
    return None


def attribute_quote(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """Find the speaker noun phrase for the quotation token ``tokens[qi]`` in the sentence ``tokens[lo:hi]``.

    The cue rules are tried in order: a verb of stance before ``as``, a speech verb after the quote, one before
    it, then the nearest cue of a fragment inside the sentence.
    """
    return (
        _stance_as(tokens, qi, lo)
        or _relayed(tokens, qi, lo)
        or _speaker_after(tokens, qi, lo, hi)
        or _speaker_before(tokens, qi, lo)
        or _credit_line(tokens, qi, lo, hi)
        or _fragment(tokens, qi, lo)
        or mid_attribution(tokens, qi, hi)
        or _after_colon(tokens, qi, lo, hi)
    )


_DASHES = frozenset({"―", "—", "–", "-", "--"})


def _credit_line(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """'"Maybe we can build a wall around him." ― Dana Pike': a quotation standing as a sentence of its own (no
    words of the writer before it, only an earlier credit), a dash, then a name (with an optional appositive)
    and nothing else up to the next quotation or the sentence's end: the name is the quote's credit line."""
    j = qi + 1
    if j + 1 >= hi or tokens[j].text not in _DASHES or not tokens[j + 1].is_cap:
        return None
    earlier = next((k for k in range(qi - 1, lo - 1, -1) if tokens[k].kind is QUOTE), lo - 1)
    if any(t.kind is WORD and not t.is_cap for t in tokens[earlier + 1 : qi]):
        return None  # 'he insisted his party was "still the first force."--Kim Doe' (a byline)
    found = np_right(tokens, j + 1, hi)
    if found is None or found[0] != j + 1:
        return None
    end = found[1]
    if end < hi and tokens[end].text == "." and tokens[end - 1].kind is WORD:
        end += 1
    if end < hi and tokens[end].kind is not QUOTE:
        return None
    return Attribution(found[0], found[1], "credit")


def _after_colon(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """'Another user wrote of the chancellor: "..."', 'Reed gave the idea a whirl on the radio: "..."': a
    quotation after a colon, ending the sentence, is the words of the subject that opens it."""
    if qi - 1 <= lo or tokens[qi - 1].text != ":":
        return None
    if any(t.kind is WORD for t in tokens[qi + 1 : hi]):
        return name_colon(tokens, qi - 1, lo)
    return clause_subject(tokens, lo, qi - 1) or name_colon(tokens, qi - 1, lo)


def name_colon(tokens: list[Tok], colon: int, lo: int) -> Attribution | None:
    """'Dana Pike: "..."', 'A HEADING - Dana Pike: "..."', 'From Dana Pike: "..."': a name alone before the
    colon, opening the sentence or after a dash or ``from`` (a transcript's credit); never a label ('Update:',
    'Breaking News:', 'Summary - Key Points:': see ``report_mention``)."""
    start = next((k + 1 for k in range(colon - 1, lo - 1, -1) if tokens[k].text in _DASHES), lo)
    if start < colon and tokens[start].norm == "from":
        start += 1
    if start >= colon or not tokens[start].is_cap or not (tokens[colon - 1].is_cap or tokens[colon - 1].text == ")"):
        return None
    found = np_right(tokens, start, colon)
    if found is None or found[0] != start:
        return None
    bracket = found[1] < colon and tokens[found[1]].text == "(" and tokens[colon - 1].text == ")"
    return Attribution(start, found[1], "name-colon") if found[1] == colon or bracket else None


def _relayed(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'X said "...", the prosecutor's office said': a speech verb right before the quotation names its
    speaker, whatever attribution follows (that one relays the whole)."""
    k = qi - 1
    if k >= lo and tokens[k].text in (",", ":"):
        k -= 1
    if k < lo or not is_verb(tokens[k], SPEECH_VERBS) or tokens[k].norm in PARTICIPLE_REPORT:
        return None
    if _noun_use(tokens, k, lo) or tokens[k].norm.endswith("ing"):
        return None
    found = np_left(tokens, k, lo)
    return Attribution(found[0], found[1], "relayed") if found is not None else None


def _speaker_after(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """'"...," said X', '"...," X said', '"...," Morrison, Vindman's superior, said'."""
    j = qi + 1
    if j < hi and tokens[j].text in (",", "?", "!", "-", "—", "–"):
        j += 1
    if j < hi and is_verb(tokens[j], SPEECH_VERBS):
        found = np_right(tokens, j + 1, hi) or description_after(tokens, j + 1, hi)
        if found is not None:
            return Attribution(found[0], found[1], "said-X")
    inner = tokens[qi].text.rstrip("\"”’»' ")
    closed_by_punctuation = j > qi + 1 or inner.endswith((",", "?", "!", ".", "—", "-")) or qi == lo
    if j >= hi or tokens[j].kind is not WORD or not closed_by_punctuation:
        return None
    return (
        _phrase_then_verb(tokens, j, hi)
        or _according_after(tokens, j, hi)
        or _appositive_speaker(tokens, j, hi)
        or (_tail_attribution(tokens, j, hi) if inner.endswith((",", "?", "!")) else None)
    )


def _according_after(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """'"...," according to a court filing.': ``according to`` and its source right after the quotation."""
    if j + 2 >= hi or tokens[j].norm != "according" or tokens[j + 1].norm != "to":
        return None
    found = np_right(tokens, j + 2, hi) or description_after(tokens, j + 2, hi)
    return Attribution(found[0], found[1], "according-after") if found is not None else None


_NOT_TAIL_VERBS = word_set("is was are were has had does did says")
_TAIL_PARTICLES = word_set("on back up out in")
_IRREGULAR_TAIL_VERBS = word_set("read went shot began sang spoke")


def _tail_verb(tok: Tok) -> bool:
    """A lower-case verb in the past or present tense ('surmised', 'answers'), not a verb of being."""
    n = tok.norm
    return (
        tok.kind is WORD
        and not tok.is_cap
        and n.isalpha()
        and (n.endswith(("ed", "s")) or n in _IRREGULAR_TAIL_VERBS)
        and n not in _NOT_TAIL_VERBS
        and n not in PRONOUNS
    )


def _tail_attribution(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """'"People are afraid," he surmised.', '"Is it over?" Trump answered.', '"Great!" read one.': a
    quotation closed by a comma, '?' or '!' and then only a speaker and a verb, in either order, to the end
    of the sentence or clause. Any verb serves: the quotation's own punctuation marks the words after it as
    its attribution."""
    found = np_right(tokens, j, hi)
    if found is None and tokens[j].norm in ("the", "a", "an", "one", "another") and j + 2 < hi:
        found = (j, j + 2)  # 'the email read', 'one sign read'
    if found is not None and found[0] == j and found[1] < hi and _tail_verb(tokens[found[1]]):
        end = found[1] + 1
        if end < hi and tokens[end].norm in _TAIL_PARTICLES:
            end += 1
        if end >= hi or tokens[end].text in (".", ",", "!", "?") or _named_past(tokens, found, end):
            return Attribution(found[0], found[1], "X-verb")
    if _tail_verb(tokens[j]) and not tokens[j].norm.endswith("s"):
        found = np_right(tokens, j + 1, hi) or description_after(tokens, j + 1, hi)
        if found is not None and (found[1] >= hi or tokens[found[1]].text in (".", ",", "!", "?")):
            return Attribution(found[0], found[1], "verb-X")
    return None


_TAIL_GOES_ON = word_set("and with via from as before after while to at on in")


def _named_past(tokens: list[Tok], found: tuple[int, int], end: int) -> bool:
    """'"...," Dana Pike shouted and a ranger led him home', '"...," Lee Wong posted via Instagram': a capitalised
    name and a past-tense verb of speaking, judging or the manner of speaking ('shouted', not 'watched'), then a
    conjunction or preposition that carries the sentence on."""
    return tokens[found[0]].is_cap and tokens[end - 1].norm in SPOKEN_PAST and tokens[end].norm in _TAIL_GOES_ON


def _phrase_then_verb(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """The words from ``j`` up to the first speech verb name the speaker: 'X said', 'CNN meteorologist Chad
    Myers said', 'one commenter wrote', 'the patient described in the report said'."""
    marks = 0
    for v in range(j + 1, min(hi, j + 16)):
        if tokens[v].kind is not WORD:
            # an appositive between commas, a parenthesis: 'the spokesman, NAME, said', 'Rep. NAME (D-Ore.) said',
            # both: 'Rep. NAME (D-Ore.), a panel member, said' (a bracket pair after a name counts once)
            inside = tokens[v].text == "." and tokens[v - 1].text != ")" and v + 1 < hi and tokens[v + 1].text == ")"
            marks += not ((tokens[v].text == ")" or inside) and bracket_after_name(tokens, v, j))
            if (tokens[v].text not in (",", "(", ")") and not inside) or marks > _PHRASE_MARKS + 1:
                return None
            continue
        if not is_verb(tokens[v], SPEECH_VERBS) or _noun_use(tokens, v, j):
            continue
        found = np_left(tokens, v, j)
        if (
            found is not None
            and (found[0] == j or all(not x.is_cap and x.kind is WORD for x in tokens[j : found[0]]))
            and found[0] - j <= 3
        ):
            return Attribution(found[0], found[1], "X-said")
        if v - j - marks <= _PHRASE_MAX and _noun_phrase_like(tokens[j:v]):
            return Attribution(j, found[1] if found is not None and found[0] > j else v, "phrase-said")
        return None
    return None


_PHRASE_OPENERS = DETERMINERS | NP_ADJECTIVES | ROLE_NOUNS | word_set("his her their its this")
_NOT_IN_PHRASE = word_set("is was are were be been has have had there here not")


def _noun_phrase_like(words: list[Tok]) -> bool:
    """A speaker phrase opens with a determiner, a capital or a role word, and holds no pronoun or verb of
    being ('one commenter', 'CNN meteorologist Chad Myers'; not 'there and in', 'he was the only')."""
    first = words[0]
    opens = (first.is_cap and first.norm not in LEAD_WORDS) or first.norm in _PHRASE_OPENERS
    return opens and not any(w.norm in PRONOUNS or w.norm in _NOT_IN_PHRASE for w in words if not w.is_cap)


def _speaker_before(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'X said, "..."', 'X told reporters: "..."', 'X said that "..."', '..., saying "..."', 'But, said X, "..."'."""
    k = qi - 1
    if k >= lo and tokens[k].text in (",", ":", "-", "—"):
        k -= 1
    inverted = _inverted_before(tokens, k, lo) or _put_it(tokens, k, lo)
    if inverted is not None:
        return inverted
    if k >= lo and tokens[k].norm == "that":
        k -= 1
    for v in range(k, max(lo - 1, k - 4), -1):
        t = tokens[v]
        if is_verb(t, SPEECH_VERBS) and not _noun_use(tokens, v, lo):
            if t.norm in PARTICIPLE_REPORT:
                return main_subject(tokens, lo, v) or lead_subject(tokens, lo, v) or clause_subject(tokens, lo, v)
            if _skip_object(tokens, v + 1, qi) >= k + 1 or v == k:
                found = np_left(tokens, v, lo)
                if found is not None:
                    return Attribution(found[0], found[1], "X-said:")
            return None
        if t.kind is not WORD or not (t.norm in TOLD_OBJECTS or t.norm in ("on", "in", "at", "statement")):
            return None
    return None


def _inverted_before(tokens: list[Tok], k: int, lo: int) -> Attribution | None:
    """'But, said Tom Reed, "..."': a speech verb opening the sentence (after a connective and a comma), and
    its speaker right after it, up to the quotation."""
    for v in range(k - 1, max(lo - 1, k - _PHRASE_MAX), -1):
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
_NOUN_OPENERS = word_set("the a an this that these those its his her their our my your")


def _noun_use(tokens: list[Tok], v: int, lo: int) -> bool:
    """A speech verb's form used as a noun: "the ministry's claim", "a warning", "their comments"."""
    if v - 1 < lo or tokens[v - 1].kind is not WORD:
        return False
    prev = tokens[v - 1]
    return prev.norm in _NOUN_OPENERS or prev.text.endswith(("'s", "’s", "s'", "s’"))


def _appositive_speaker(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """'"...," Morrison, Vindman's superior, said': a capitalised name, an appositive between commas, the verb."""
    if not tokens[j].is_cap or tokens[j].norm in PRONOUNS:
        return None
    k = j
    while k < hi and tokens[k].kind is WORD and (tokens[k].is_cap or tokens[k].text[:1] in "-'"):
        k += 1
    if k >= hi or tokens[k].text != "," or k - j > 5:
        return None
    for close in range(k + 2, min(hi - 1, k + APPOSITIVE_MAX)):
        t = tokens[close]
        if t.kind is QUOTE or t.text in (";", ":"):
            return None
        if t.text != ",":
            continue
        # the appositive may hold commas of its own: '"...," Mr. Reed, now 81 and retired in Salem,
        # Ore., said'
        verb = tokens[close + 1]
        if is_verb(verb, SPEECH_VERBS) and not verb.norm.endswith("ing"):
            return Attribution(j, close, "X-role-said")
    return None


"""The most tokens of an appositive between a speaker's name and the speech verb."""


_FRAGMENT_CUES = SPEECH_VERBS | DESCRIBE_VERBS | STANCE_VERBS


def _fragment(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """A quoted fragment inside a sentence: the nearest speech verb before it, in the same clause."""
    for v in range(qi - 1, max(lo - 1, qi - 25), -1):
        t = tokens[v]
        if t.kind is QUOTE or t.text in (";",):
            return None
        if t.kind is WORD and t.norm in ("according",) and v + 1 < qi and tokens[v + 1].norm == "to":
            found = np_right(tokens, v + 2, qi) or description_after(tokens, v + 2, qi)
            if found is not None:
                return Attribution(found[0], found[1], "according")
        if is_verb(t, _FRAGMENT_CUES) and not _noun_use(tokens, v, lo):
            relative = _relative_antecedent(tokens, v, lo)
            if relative is not None or (v - 1 >= lo and tokens[v - 1].norm in ("who", "which", "that")):
                return relative
            if t.norm.endswith("ing"):
                if v - 1 >= lo and tokens[v - 1].kind is WORD:
                    found = np_left(tokens, v, lo)
                    if found is not None and tokens[found[0]].is_cap:
                        return Attribution(found[0], found[1], "fragment")
                    return lead_subject(tokens, lo, v)  # 'X issued a statement calling it "..."'
                return main_subject(tokens, lo, v) or lead_subject(tokens, lo, v) or clause_subject(tokens, lo, v)
            found = np_left(tokens, v, lo)
            if found is not None:
                return Attribution(found[0], found[1], "fragment")
            return before_relative(tokens, v, lo) or main_subject(tokens, lo, v) or clause_subject(tokens, lo, v)
    return None


_OPENING_ADVERBIAL_MAX = 10


def clause_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """The subject opening the sentence, for a cue whose own subject is implicit: 'Carson took the stage and
    called the system "rigged"', 'He defended the remark, saying, "..."'.

    An opening adverbial ending in a comma ('In Iowa on Monday,') is skipped; the subject is a noun phrase
    followed by a lower-case word (its verb), and nothing but words and commas stand before the cue.
    """
    start = lo
    while start < v and tokens[start].kind is WORD and tokens[start].norm in LEAD_WORDS:
        start += 1
    comma = next((k for k in range(start, min(v, start + _OPENING_ADVERBIAL_MAX)) if tokens[k].text == ","), None)
    if comma is not None and opens_adverbial(tokens, lo, start, comma):
        start = comma + 1  # 'In Iowa,', 'While celebrating the win on Tuesday,'
    found = np_right(tokens, start, v)
    if found is None or found[0] != start or found[1] >= v:
        return None
    after = tokens[found[1]]
    if after.kind is not WORD or after.is_cap:
        return None
    if any(t.kind is QUOTE or t.text in (";", ":") for t in tokens[found[1] : v]):
        return None
    return Attribution(found[0], found[1], "clause-subject")


def _relative_antecedent(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'Trump, who has called the pact "insanity"': the speaker of a cue in a relative clause is the noun
    phrase before ', who'."""
    j = v - 1
    while j >= lo and tokens[j].kind is WORD and not tokens[j].is_cap and tokens[j].norm in _ADVERBS_OR_AUXILIARIES:
        j -= 1
    if j - 1 < lo or tokens[j].norm != "who" or tokens[j - 1].text != ",":
        return None
    found = np_left(tokens, j - 1, lo)
    if found is None or not (tokens[found[1] - 1].is_cap or tokens[found[1] - 1].norm in ROLE_NOUNS):
        return None
    return Attribution(found[0], found[1], "relative")
