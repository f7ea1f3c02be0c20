"""Attributions after a quotation: '"...," said X', '"...," X said', '"...," X, a role, said', '"...," he
surmised.', '"...," according to X' and a credit line ('"..." ― X')."""

from __future__ import annotations

from digest.core.lexicon import (
    BE_FORMS,
    CREDIT_DASHES,
    DESCRIPTION_OPENERS,
    DETERMINERS,
    FINITE_BE,
    LEAD_WORDS,
    MONTHS_DAYS,
    NAMING_WORDS,
    NP_ADJECTIVES,
    PERFECT_AUXILIARIES,
    PRONOUNS,
    ROLE_NOUNS,
    SUBORDINATORS,
    THIRD_PERSON_PRONOUNS,
    word_set,
)
from digest.core.quotes.clause_ends import comma_inside
from digest.core.quotes.cue import APPOSITIVE_MAX, Attribution, is_verb, noun_use, wish_to_know
from digest.core.quotes.description_after import description_after
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.speakers import np_left, np_right
from digest.core.quotes.tokens import QUOTE, WORD, Tok, bracket_after_name
from digest.core.quotes.verb_gaps import hearsay_at
from digest.core.speech_verbs import MANNER_VERBS, SPEECH_BASES, SPEECH_VERBS, SPOKEN_PAST, takes_turn

PHRASE_MAX = 11
"""The most words between a quotation and its speech verb taken as the speaker phrase."""


_PHRASE_MARKS = 2
"""The most commas or brackets in such a phrase (one appositive, or one parenthesis)."""


"""Dashes before a credit line or a transcript's name ('"..." ― Dana Pike', 'A HEADING - Dana Pike: "..."')."""


def credit_line(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """'"Maybe the tide will turn." ― Dana Pike': a quotation standing as a sentence of its own (no
    words of the writer before it, only an earlier credit), a dash, then a name (with an optional appositive)
    and nothing else up to the next quotation or the sentence's end: the name is the quote's credit line."""
    j = qi + 1
    if j + 1 >= hi or tokens[j].text not in CREDIT_DASHES or not tokens[j + 1].is_cap:
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


_INVERTED_VERBS = SPEECH_VERBS | MANNER_VERBS | word_set("smiled beamed grinned calls")
"""Verbs of saying and of the manner of saying that come before their speaker ('"...," beamed NAME after her win',
'"...," snapped the coach', '"Heels down!" calls NAME across the rink': 'calls' in the present, as features tell it)."""


def _participle_aside(comma: Tok, word: Tok) -> bool:
    """'X, quoting "A," told': a lower-case -ing word set off by a comma right before the quotation (not 'something
    "A," said X', 'by Monday morning "A," said X', 'in Beijing "A," said X', where the quotation is the speaker's)."""
    return comma.text == "," and word.kind is WORD and not word.is_cap and word.norm.endswith("ing")


def speaker_after(tokens: list[Tok], qi: int, lo: int, hi: int) -> Attribution | None:
    """'"...," said X', '"...," X said', '"...," Morrison, Vindman's superior, said'."""
    j = qi + 1
    if j < hi and tokens[j].text in (",", "?", "!", "-", "—", "–"):
        j += 1
    after_participle = qi - 2 >= lo and _participle_aside(tokens[qi - 2], tokens[qi - 1])
    if j < hi and is_verb(tokens[j], _INVERTED_VERBS) and not tokens[j].norm.endswith("ing") and not after_participle:
        # not '"...," telling Radio Kelby that': after a participle comes whom it addresses; not 'X, quoting "A,"
        # told the board B': the quotation is the participle's object, the verb after it the subject's
        found = np_right(tokens, j + 1, hi) or description_after(tokens, j + 1, hi)
        if found is not None and not _clause_after_verb(tokens, found, hi):
            return Attribution(found[0], _joined_role_name(tokens, found, hi), "said-X")
    inner = tokens[qi].text.rstrip("\"”’»' ")
    closed_by_punctuation = j > qi + 1 or inner.endswith((",", "?", "!", ".", "—", "-")) or qi == lo
    if j >= hi or tokens[j].kind is not WORD or not closed_by_punctuation:
        return None
    named = _according_after(tokens, j, hi) or _as_named(tokens, j, hi)  # 'as X dubbed it' names the speaker
    tail = (
        _phrase_then_verb(tokens, j, hi)
        or _appositive_speaker(tokens, j, hi)
        or (_tail_attribution(tokens, j, hi) if inner.endswith((",", "?", "!")) else None)
    )
    if tail is not None and answered_question(tokens, qi, hi):
        return None
    return named or (None if tail is not None and _main_clause_after(tokens, qi, lo, tail, hi) else tail)


_JOINED_ROLE_WORDS = 3
"""The most lower-case words of a second role joined by 'and' before a name ('and former workmate')."""


def _joined_role_name(tokens: list[Tok], found: tuple[int, int], hi: int) -> int:
    """'"...," said his friend and former workmate NAME, 88.': a role of lower-case words, then 'and' and a second
    role of a few lower-case words before a name of two capitalised words or more closing the sentence or set off by
    a comma, is one person's: the end of that name; else the end of the phrase ``found`` (read up to 'and' or into
    the second role)."""
    end = next((k for k in range(found[0] + 1, found[1]) if tokens[k].norm == "and"), found[1])
    if end >= hi or tokens[end].norm != "and" or tokens[end - 1].is_cap:
        return found[1]
    k = end + 1
    while k < hi and k - end <= _JOINED_ROLE_WORDS and tokens[k].kind is WORD and not tokens[k].is_cap:
        if tokens[k].norm in DETERMINERS or tokens[k].norm in _SUBJECT_PRONOUNS:
            return found[1]
        k += 1
    name = k
    while k < hi and tokens[k].kind is WORD and tokens[k].is_cap:
        k += 1
    closed = k >= hi or tokens[k].text in (",", ".", "!", "?")
    return k if name > end + 1 and k - name >= 2 and closed else found[1]


_CLAUSE_VERBS = BE_FORMS | PERFECT_AUXILIARIES | word_set("would will could should can may might must did does do")


def _clause_after_verb(tokens: list[Tok], found: tuple[int, int], hi: int) -> bool:
    """'... for what NAME described as "A", said he would appeal': a pronoun after the verb followed by a verb of
    its own is the subject of the clause the verb reports (said he would appeal), not an inverted speaker ('"A,"
    said he.')."""
    start, end = found
    pronoun = end == start + 1 and tokens[start].norm in _SUBJECT_PRONOUNS
    return pronoun and end < hi and (tokens[end].norm in _CLAUSE_VERBS or tokens[end].norm.endswith("ed"))


_SUBJECT_PRONOUNS = word_set("he she they we i")
_ANSWERING = word_set("answered answers replied replies responded responds")


def answered_question(tokens: list[Tok], qi: int, hi: int) -> bool:
    """'X was asked, "A?" He answered, "B"': a question right before a speaker and a verb of answering that
    introduces another quotation is no words of the one answering (the answer is the quotation after it), nor of
    anyone the text names: the asker is not written."""
    if not tokens[qi].text.rstrip("\"”’»' ").endswith("?"):
        return False
    found = np_right(tokens, qi + 1, hi)
    v = found[1] if found is not None and found[0] == qi + 1 else hi
    if v + 2 >= hi or tokens[v].norm not in _ANSWERING:
        return False
    return tokens[v + 1].text in (",", ":") and tokens[v + 2].kind is QUOTE


def answer_to_question(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'"A?" Brede answered, "B"': the quotation after a verb of answering that follows a question is the answer of
    the speaker between them."""
    q = next((k for k in range(qi - 1, lo - 1, -1) if tokens[k].kind is QUOTE), None)
    if q is None or qi - q > PHRASE_MAX + 3 or not answered_question(tokens, q, qi + 1):
        return None
    found = np_right(tokens, q + 1, qi)
    return Attribution(found[0], found[1], "answer") if found is not None else None


_FRAGMENT_REACH = 20
_FRAGMENT_OPENERS = SUBORDINATORS | {"as"}


def _main_clause_after(tokens: list[Tok], qi: int, lo: int, found: Attribution, hi: int) -> bool:
    """'As the mayor spoke of "a new dawn," the crowd cheered', 'as he went on about "A," Tom said yes': a quoted
    fragment inside a subordinate clause (a word right before it, no comma since the subordinator), and after it the
    main clause, not the fragment's attribution (its verb is no verb of speech, or one with an object: 'said yes');
    'If the vote is "rigged," Moss said, "we will sue"' still attributes."""
    if qi - 1 < lo or tokens[qi - 1].kind is not WORD:
        return False
    opener = None
    for k in range(qi - 1, max(lo - 1, qi - _FRAGMENT_REACH), -1):
        t = tokens[k]
        if t.text in (",", ";", ":"):
            break  # a quotation before is one more fragment of the clause ('went on about "A" and "B,"')
        if t.norm in _FRAGMENT_OPENERS and (k == lo or tokens[k - 1].text == "," or tokens[k - 1].norm == "and"):
            opener = k
            break
    if opener is None:
        return False
    verb = tokens[found.end] if found.end < hi else None
    if verb is None or verb.kind is not WORD or verb.norm not in SPEECH_VERBS:
        return True
    after = tokens[found.end + 1] if found.end + 1 < hi else None
    return after is not None and after.kind is WORD


def _according_after(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """'"...," according to a court filing.': ``according to`` and its source right after the quotation."""
    if j + 2 >= hi or tokens[j].norm != "according" or tokens[j + 1].norm != "to":
        return None
    found = np_right(tokens, j + 2, hi) or description_after(tokens, j + 2, hi)
    return Attribution(found[0], found[1], "according-after") if found is not None else None


_AS_NAMING = NAMING_WORDS | word_set("described termed labelled labeled branded nicknamed put puts said says calls")
"""Verbs of 'as X dubbed it' after a quotation: naming, describing or saying it (past or present)."""
_AS_OBJECT_MAX = 4
_AS_SAYING = word_set("put puts said says")
"""Of those, verbs whose only object in 'as X put it' is 'it' (or none: 'as X said')."""


def _as_named(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """'The "quiet revolution," as the mayor dubbed the reform, will close ...', '"...," as X put it.': 'as', a
    speaker, a verb of naming, describing or saying and at most a short object ('it', 'the reform') before a
    comma or the sentence's end: the speaker's word for the thing."""
    if tokens[j].norm != "as":
        return None
    found = np_right(tokens, j + 1, hi) or _description_before_naming(tokens, j + 1, hi)
    if found is None or found[0] != j + 1 or found[1] >= hi or not is_verb(tokens[found[1]], _AS_NAMING):
        return None
    end = found[1] + 1
    while end < hi and end - found[1] <= _AS_OBJECT_MAX and tokens[end].kind is WORD and not tokens[end].is_cap:
        end += 1
    said = [t.norm for t in tokens[found[1] + 1 : end]]
    if said[-1:] == ["on"] and end < hi and tokens[end].norm in MONTHS_DAYS:
        said, end = said[:-1], end + 1  # 'as the paper put it on Tuesday'
    if end < hi and tokens[end].text not in (",", ".", "!", "?", ";", "—", "–", ")"):
        return None
    if tokens[found[1]].norm in _AS_SAYING and said not in ([], ["it"]):
        return None  # 'as the ferry put out to sea', 'as she said goodbye': no 'as X put it'
    return Attribution(found[0], found[1], "as-named")


def closing_as_named(tokens: list[Tok]) -> tuple[int, Attribution] | None:
    """'Lobbyists are waging a "continuing assault" on the law, as the paper put it.': a sentence closing with ', as
    X put it' (or said, wrote, dubbed it, ...), nothing but punctuation after it; (the index of 'as', X)."""
    hi = len(tokens)
    for j in range(hi - 2, 0, -1):
        if tokens[j].kind is QUOTE:
            return None
        if tokens[j].norm == "as" and (tokens[j - 1].text == "," or comma_inside(tokens[j - 1])):
            found = _as_named(tokens, j, hi)
            if found is None:
                return None
            end = found.end + 1
            while end < hi and tokens[end].kind is WORD:
                end += 1
            return (j, found) if all(t.kind is not WORD and t.kind is not QUOTE for t in tokens[end:]) else None
    return None


def _description_before_naming(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """'as the ferry captain put it': a determiner and plain lower-case words up to a verb of naming."""
    if i >= hi or tokens[i].norm not in DETERMINERS:
        return None
    for k in range(i + 1, min(hi, i + _AS_OBJECT_MAX + 2)):
        t = tokens[k]
        if t.kind is not WORD or t.is_cap or t.norm in BE_FORMS:
            return None  # 'as the new route is called': a passive, no speaker
        if k > i + 1 and is_verb(t, _AS_NAMING):
            return i, k
    return None


_NOT_TAIL_VERBS = FINITE_BE | word_set("has had does did says")


_TAIL_PARTICLES = word_set("on back up out in")


_OBJECT_PRONOUNS = word_set("him her them me us")
"""Personal pronouns as objects: the one a verb after a quotation addresses ('"...," she reminded him.')."""


def _pronoun_object(tokens: list[Tok], k: int, hi: int) -> bool:
    """An object pronoun at ``k`` closing the sentence or clause: '"Not yet," his mother corrected him.'; not a
    possessive ('her son')."""
    return k < hi and tokens[k].norm in _OBJECT_PRONOUNS and (k + 1 >= hi or tokens[k + 1].text in (".", ",", "!", "?"))


_HABITS = word_set("liked likes loved loves used tended tends")


def _habit_of_saying(tokens: list[Tok], k: int, hi: int) -> bool:
    """'liked to say', 'used to joke', 'loves to tell' at ``k``: a habit of saying, not a refusal ('refused to
    say', 'declined to say': nothing was said)."""
    return (
        k + 2 < hi and tokens[k].norm in _HABITS and tokens[k + 1].norm == "to" and tokens[k + 2].norm in SPEECH_BASES
    )


_IRREGULAR_TAIL_VERBS = word_set("read went shot began sang spoke")


def _tail_verb(tok: Tok) -> bool:
    """A lower-case verb in the past or present tense ('surmised', 'answers'), not a verb of being."""
    n = tok.norm
    return (
        lower_word(tok)
        and (n.endswith(("ed", "s")) or n in _IRREGULAR_TAIL_VERBS)
        and n not in _NOT_TAIL_VERBS
        and n not in PRONOUNS
    )


def _tail_verb_at(tokens: list[Tok], k: int, hi: int) -> bool:
    """A verb at ``k`` after a speaker phrase: any tail verb, or one taking a turn with its particle ('hit back')."""
    return _tail_verb(tokens[k]) or (
        k + 1 < hi and lower_word(tokens[k]) and takes_turn(tokens[k].norm, tokens[k + 1].norm)
    )


def _before_turn(tokens: list[Tok], found: tuple[int, int] | None) -> tuple[int, int] | None:
    """'the leader of the council shot back': a phrase read past its verb of taking a turn and the particle that
    ends it, cut before the verb."""
    if found is None:
        return None
    for verb in (found[1] - 2, found[1] - 1):
        if verb - found[0] < 1 or verb + 1 >= len(tokens):
            continue
        if takes_turn(tokens[verb].norm, tokens[verb + 1].norm) and lower_word(tokens[verb]):
            return found[0], verb
    return found


def _tail_attribution(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """'"The nets are dry," he muttered.', '"Is it over?" Moss answered.', '"Great!" read one.': a
    quotation closed by a comma, '?' or '!' and then only a speaker and a verb, in either order, to the end
    of the sentence or clause. Any verb serves: the quotation's own punctuation marks the words after it as
    its attribution."""
    found = _before_turn(tokens, np_right(tokens, j, hi))
    if found is None and tokens[j].norm in DESCRIPTION_OPENERS and j + 2 < hi:
        found = (j, _description_end(tokens, j, hi))  # 'the email read', 'a welcome message on the site reads'
    if found is not None and found[0] == j and found[1] < hi and _tail_verb_at(tokens, found[1], hi):
        end = found[1] + 1
        if end < hi and tokens[end].norm in _TAIL_PARTICLES:
            end += 1
        elif _pronoun_object(tokens, end, hi):
            end += 1  # '"...," his mother corrected him.'
        elif _habit_of_saying(tokens, found[1], hi) or wish_to_know(tokens, found[1], hi):
            end += 2  # '"...," he liked to say', 'she used to joke', '"A?" she wanted to know'
        if end >= hi or tokens[end].text in (".", ",", "!", "?") or _named_past(tokens, found, end):
            return Attribution(found[0], found[1], "X-verb")
    if _tail_verb(tokens[j]) and not tokens[j].norm.endswith("s"):
        found = np_right(tokens, j + 1, hi) or description_after(tokens, j + 1, hi)
        ends = found is not None and (found[1] >= hi or tokens[found[1]].text in (".", ",", "!", "?"))
        if found is not None and (ends or tokens[found[1]].norm == "from"):  # 'read NAME from a statement'
            return Attribution(found[0], found[1], "verb-X")
    return None


_DESCRIPTION_WORDS = 8
"""The most words of a description of plain words before its verb after a quotation ('a sign on the door read')."""


_WRITING_VERBS = SPEECH_VERBS | SPOKEN_PAST | MANNER_VERBS | word_set("read reads")
"""Verbs of speaking or writing: the only verbs that close a description longer than two words after a quotation
('a sign on the harbour wall reads', not 'the lights in the old hall dimmed')."""


def _description_end(tokens: list[Tok], j: int, hi: int) -> int:
    """Where a description opened by a determiner at ``j`` ends before its verb: the first lower-case word that
    may be a verb and closes the sentence or clause ('a hand-painted sign on the harbour wall reads.'); past two words
    ('the email read') only a verb of speaking or writing; else ``j + 2``."""
    for k in range(j + 2, min(hi, j + _DESCRIPTION_WORDS + 1)):
        t = tokens[k]
        if t.kind is not WORD or t.is_cap:
            break
        closes = k + 1 >= hi or tokens[k + 1].text in (".", ",", "!", "?")
        if closes and _tail_verb(t) and (k == j + 2 or t.norm in _WRITING_VERBS):
            return k
    return j + 2


_TAIL_GOES_ON = word_set("and with via from as before after while to at on in over across through")


def _named_past(tokens: list[Tok], found: tuple[int, int], end: int) -> bool:
    """'"...," Dana Pike shouted and a ranger led him home', '"...," Lee Wong posted via Instagram', '"...," she
    called out from the aisle', '"...," he bellows at the children': a capitalised name or a personal pronoun and a
    past-tense verb of speaking, judging or the manner of speaking ('shouted', not 'watched'; 'called'), or one of
    speaking in the present ('bellows', 'mutters'), then a conjunction or preposition that carries the sentence
    on."""
    verb = tokens[found[1]].norm  # before a particle: '"...," Dana Pike shot back with a laugh'
    particle = end > found[1] + 1
    spoken = verb in SPOKEN_PAST or verb in _SPOKEN_PRESENT or verb in _CALLED
    spoken = spoken or (particle and verb in _IRREGULAR_TAIL_VERBS)
    speaker = tokens[found[0]].is_cap or tokens[found[0]].norm in THIRD_PERSON_PRONOUNS
    return speaker and spoken and tokens[end].norm in _TAIL_GOES_ON


_SPOKEN_PRESENT = frozenset(v for v in SPEECH_VERBS if v.endswith("s")) | word_set(
    """calls barks snaps growls sighs laughs chuckles murmurs mutters mumbles stammers gasps sobs hisses roars snarls
    groans giggles sneers bellows howls shrieks squeals"""
)
"""The present tense of verbs of speaking and of the manner of speaking, as features tell ('"...," he bellows at the
children', '"...," she mutters to nobody in particular')."""
_CALLED = word_set("called")
"""'"...," she called out from the aisle', '"...," he called over his shoulder': 'call' after a quotation and its
speaker, going on with a preposition, says the words aloud."""


def _phrase_then_verb(tokens: list[Tok], j: int, hi: int) -> Attribution | None:
    """The words from ``j`` up to the first speech verb name the speaker: 'X said', 'station meteorologist Rolf
    Berg said', 'one commenter wrote', 'the patient described in the report said'."""
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
        if not is_verb(tokens[v], SPEECH_VERBS) or noun_use(tokens, v, j) or hearsay_at(tokens, v, hi):
            continue
        found = np_left(tokens, v, j)
        if (
            found is not None
            and (found[0] == j or all(not x.is_cap and x.kind is WORD for x in tokens[j : found[0]]))
            and found[0] - j <= 3
        ):
            return Attribution(found[0], found[1], "X-said")
        if v - j - marks <= PHRASE_MAX and _noun_phrase_like(tokens[j:v]):
            return Attribution(j, found[1] if found is not None and found[0] > j else v, "phrase-said")
        return None
    return None


_PHRASE_OPENERS = DETERMINERS | NP_ADJECTIVES | ROLE_NOUNS | word_set("his her their its this")


_NOT_IN_PHRASE = FINITE_BE | PERFECT_AUXILIARIES | word_set("be been there here not")


def _noun_phrase_like(words: list[Tok]) -> bool:
    """A speaker phrase opens with a determiner, a capital or a role word, and holds no pronoun or verb of
    being ('one commenter', 'station meteorologist Rolf Berg'; not 'there and in', 'he was the only')."""
    first = words[0]
    opens = (first.is_cap and first.norm not in LEAD_WORDS) or first.norm in _PHRASE_OPENERS
    return opens and not any(w.norm in PRONOUNS or w.norm in _NOT_IN_PHRASE for w in words if not w.is_cap)


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
