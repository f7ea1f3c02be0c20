"""The subject of a speech verb after an appositive: 'NAME, APPOSITIVE, said' ('Roxana Leon, 63, an independent
voter raised in Chile, said'), a role then the name ('The Chief Minister, NAME, said'), a job and a name in apposition
('One donor, retired teacher NAME, said'). Split off ``subjects``."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    KIN,
    NAMING_WORDS,
    NEGATIONS,
    NP_ADJECTIVES,
    PARTY_MEMBERS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    ROLE_NOUNS,
    TITLE_WORDS,
    role_word,
    word_set,
)
from digest.core.quotes.clauses import skip_time
from digest.core.quotes.cue import APPOSITIVE_MAX, Attribution
from digest.core.quotes.demonyms import NATIONALITIES
from digest.core.quotes.insertions import party_label
from digest.core.quotes.mentions import office_of_body, plain_name
from digest.core.quotes.place_of import state_after_town
from digest.core.quotes.speakers import np_left
from digest.core.quotes.subjects import clause_opening, sentence_opener
from digest.core.quotes.tokens import QUOTE, WORD, Tok

_ROLE_MAX = 8
_NOT_PARTICIPLE = word_set("during including according regarding notwithstanding")


def appositive_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'NAME, APPOSITIVE, said': the name opening the clause, before an appositive that closes with a comma
    right before the verb (the appositive may hold commas: 'Jane Roe, 63, a teacher from Ohio, said'), or before a
    time after that comma ('The harbour master, Jane Roe, on Sunday said'), or before a party label ('The bill's
    sponsor, Sen. NAME, D-Ore., said'; when no appositive closes before the label, the label is read as one: 'A
    spokesman for Sen. NAME, D-N.M., said')."""
    v = _before_time(tokens, lo, _verb_group_start(tokens, lo, v))
    labelled = _before_party_label(tokens, lo, v)
    found = _appositive_before(tokens, lo, labelled) if labelled != v else None
    return found if found is not None else _appositive_before(tokens, lo, v)


def _appositive_before(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """The speaker of 'NAME, APPOSITIVE, said' when the appositive's closing comma is right before ``v``."""
    if v - 2 < lo or tokens[v - 1].text != ",":
        return None
    inner = np_left(tokens, v - 1, lo)
    named = _inner_speaker(tokens, inner, lo) if inner is not None else None
    if named is not None:
        return named
    for c in range(v - 2, max(lo, v - APPOSITIVE_MAX) - 1, -1):
        t = tokens[c]
        if (t.kind is QUOTE and not _title_named(tokens, c, lo)) or t.text in (";", ":", "(", ")"):
            return None
        if t.text != ",":
            continue
        found = np_left(tokens, c, lo)
        if found is not None and found[1] - found[0] == 1 and sentence_opener(tokens, found[0], lo):
            continue  # 'Still, NAME, a role, said': the opener is no speaker
        if found is not None and state_after_town(tokens, found, lo):
            continue  # 'NAME of Brannick, Nebrida, who owns a car, said'

        if (
            found is not None
            and tokens[found[0]].is_cap
            and _opens_subject(tokens, lo, _past_job(tokens, lo, found[0]))
        ):
            return Attribution(found[0], found[1], "appositive-subject")  # 'Norwegian kayaker NAME, paddling ..., said'
        if found is not None and tokens[found[0]].is_cap and _one_of_them(tokens, lo, found[0]):
            return Attribution(found[0], found[1], "appositive-subject")  # 'One of the drivers, Tamas, a ..., said'
        named = (_job_and_name(tokens, found, lo) or _name_after_role(tokens, found, lo)) if found is not None else None
        if named is not None:
            return named
    return None


_TITLING = NAMING_WORDS | word_set("slogan motto")
"""Words before a quoted title or slogan inside an appositive ('The yearbook, entitled "A", said'): a name, no one's
words."""


def _title_named(tokens: list[Tok], k: int, lo: int) -> bool:
    """The quotation at ``k`` names a title or a slogan ('titled "A"', 'the slogan "A"')."""
    return k - 1 >= lo and tokens[k - 1].kind is WORD and tokens[k - 1].norm in _TITLING


_ROLE_OPENERS = DETERMINERS | POSSESSIVES | word_set("this that these those last next")
"""Capitalised words that may open such a role ('The', 'Her', 'The ferry's'); no name ('Quarvex's nephew')."""


def _name_after_role(tokens: list[Tok], found: tuple[int, int], lo: int) -> Attribution | None:
    """'The ferry's new skipper, NAME, a former trawlerman, said': a full name between commas after a role opening the
    clause (plain words ending in a lower-case role noun, no name or kin among them), then another appositive: the name
    is the speaker."""
    start, end = found
    role = tokens[lo : start - 1]
    if not role or len(role) > _ROLE_MAX or tokens[start - 1].text != "," or end - start < 2:
        return None
    if not all(t.kind is WORD and t.is_cap for t in tokens[start:end]) or not all(t.kind is WORD for t in role):
        return None
    first, last = role[0], role[-1]
    if first.is_cap and first.norm not in _ROLE_OPENERS:
        return None  # 'Quarvex's nephew, NAME, 40, said': a relative of a person named, read as kin elsewhere
    if last.is_cap or not role_word(last.norm) or last.norm in KIN or any(t.is_cap for t in role[1:]):
        return None
    return Attribution(start, end, "appositive-subject") if _opens_subject(tokens, lo, lo) else None


def _inner_speaker(tokens: list[Tok], inner: tuple[int, int], lo: int) -> Attribution | None:
    """The speaker read from the phrase between the last two commas before the verb (and what it holds)."""
    if _role_then_name(tokens, inner):
        return Attribution(inner[0], inner[1], "appositive-subject")  # 'The Chief Minister, NAME, said'
    named = _name_after_office(tokens, inner)
    if named is not None:
        return named  # 'The owner of the Gull Inn, NAME, said'
    if _party_of_place(tokens[inner[0] : inner[1]]) or state_after_town(tokens, inner, lo):
        return None  # 'NAME, Democrat of California, said', 'NAME of Brannick, Nebrida, said': both describe NAME
    if (
        inner[0] - 1 > lo
        and tokens[inner[0] - 1].text == ","
        and tokens[lo].is_cap
        and (_capitalised_phrase(tokens, inner) or not _named(tokens[lo : inner[0] - 1]))
    ):  # not 'NAME, head of the ORG, said': a name, then its role
        # 'Another ally of the mayor, Transport Secretary Jane Roe, said': a role, then the name between commas
        role = tokens[lo : inner[0] - 1]
        if len(role) <= _ROLE_MAX + 2 and _role_words(role):
            return Attribution(inner[0], inner[1], "appositive-subject")
    return _job_and_name(tokens, inner, lo) or _fronted_role(tokens, inner, lo)  # 'One neighbour, nurse NAME, said'


def _fronted_role(tokens: list[Tok], inner: tuple[int, int], lo: int) -> Attribution | None:
    """'Speaking from her hospital bed, the older walker, NAME, said', 'Asked about the delays, the project's
    officer for the district, NAME, said': a role opening the clause after an opening participle or adverbial phrase
    (plain words from 'the' or a possessive, a role noun among them, no comma), then a full name between commas."""
    start, end = inner
    close = start - 1
    if end - start < 2 or close - 2 <= lo or tokens[close].text != ",":
        return None
    if not all(t.kind is WORD and t.is_cap for t in tokens[start:end]):
        return None
    comma = next((k for k in range(close - 1, lo, -1) if tokens[k].text == ","), None)
    role = tokens[comma + 1 : close] if comma is not None else []
    if not role or len(role) > _ROLE_MAX or not all(t.kind is WORD for t in role):
        return None
    if role[0].norm not in _ROLE_DETERMINERS or not any(not t.is_cap and role_word(t.norm) for t in role):
        return None
    return Attribution(start, end, "appositive-subject") if _opens_subject(tokens, lo, close - len(role)) else None


_ROLE_DETERMINERS = word_set("the its their his her")


def _role_words(role: list[Tok]) -> bool:
    """Words only, or the commas of a list of capitalised words in an office's name ('The Minister of Health,
    Science and Innovation, NAME, said')."""
    return all(
        t.kind is WORD or (t.text == "," and 0 < i < len(role) - 1 and role[i - 1].is_cap and role[i + 1].is_cap)
        for i, t in enumerate(role)
    )


_PARTY_PLACE_WORDS = 5


def _party_of_place(words: list[Tok]) -> bool:
    """'Democrat of California', 'Republican from Ohio', 'Independent of Maine': a member of a party and where
    from, the American way of describing a legislator (capitalised, but no name)."""
    return (
        2 < len(words) <= _PARTY_PLACE_WORDS
        and words[0].norm in PARTY_MEMBERS
        and words[1].norm in ("of", "from")
        and all(t.kind is WORD and t.is_cap for t in words[2:])
    )


_ONE_OF_WORDS = 9
"""Words of a phrase picking one of a group before a name ('One man queuing for the ferry at dawn, NAME,': seven)."""
_DESCRIBED_WORDS = 14


def _one_of_them(tokens: list[Tok], lo: int, start: int) -> bool:
    """'One of those men, NAME,', 'Another resident, NAME,', 'A fisherman who saw it, NAME,': a phrase picking
    one of a group (or an indefinite role with its relative clause) opens the sentence and a comma closes it before
    the name."""
    comma = start - 1
    if comma - lo < 2 or tokens[comma].text != "," or not all(t.kind is WORD for t in tokens[lo:comma]):
        return False
    if tokens[lo].norm in ("one", "another"):
        return comma - lo <= _ONE_OF_WORDS
    # 'A fisherman who saw the collision from the jetty, NAME, 54, said': an indefinite role and what it did
    return tokens[lo].norm in ("a", "an") and tokens[lo + 1].norm in ROLE_NOUNS and comma - lo <= _DESCRIBED_WORDS


def _named(words: list[Tok]) -> bool:
    """The phrase ends in a name and holds two capitalised words ('Ida Vorne', "Growers' leader Olek Marr",
    'Orme and Pask'; not 'One of them', 'Another ally of the mayor')."""
    capitals = sum(1 for t in words if t.kind is WORD and t.is_cap)
    return capitals >= 2 and words[-1].kind is WORD and words[-1].is_cap


def _capitalised_phrase(tokens: list[Tok], inner: tuple[int, int]) -> bool:
    """The phrase opens with a capital ('Transport Secretary NAME'), or is a name after 'the' ('the Civic Front'); not
    a plain role ('head of the ORG') or a description ('a Tarn Liberal', 'a Rooke supporter')."""
    k, end = inner
    if tokens[k].norm == "the" and k + 1 < end:
        return all(t.is_cap or t.text == "&" for t in tokens[k + 1 : end])
    return tokens[k].is_cap


def _job_and_name(tokens: list[Tok], found: tuple[int, int], lo: int) -> Attribution | None:
    """'One donor, retired teacher NAME, 74, said', 'Her husband, builder NAME, said': a lower-case job (one or two
    plain words) and a full name in apposition after a description opening the sentence: the name is the speaker
    (not 'NAME, chair of the Platform Committee, said': capitals after 'of the' name no person)."""
    start, end = found
    start = next((k + 1 for k in range(end - 1, start, -1) if tokens[k].text == ","), start)  # the last apposition
    name = next((k for k in range(start, end) if tokens[k].is_cap), end)
    if end - name < 2 or not all(t.kind is WORD and t.is_cap for t in tokens[name:end]):
        return None
    job = name
    while job > lo and name - job < _JOB_WORDS and tokens[job - 1].kind is WORD and not tokens[job - 1].is_cap:
        job -= 1  # 'retired teacher', 'builder' before the name
    words = tokens[job:name]
    if not words or job - 1 <= lo or tokens[job - 1].text != ",":
        return None
    if not _job_noun(words[-1]) or not all(_job_modifier(t) for t in words[:-1]):
        return None  # 'Crews, led by NAME,', 'The families, including farmer NAME,', 'The squad, minus striker NAME,'
    return Attribution(name, end, "appositive-subject")


_JOB_WORDS = 2


def _past_job(tokens: list[Tok], lo: int, name: int) -> int:
    """Where a job written before a name starts ('kayaker NAME', 'Retired welder NAME', 'Norwegian kayaker NAME': a
    job's noun, at most one modifier before it, and a word of nationality before those; capitalised only where the
    sentence opens, the nationality always), else ``name``."""
    k = name
    if k - 1 < lo or not _job_noun(tokens[k - 1]) or (tokens[k - 1].is_cap and k - 1 > lo):
        return name  # a capital only where the sentence opens ('Birdwatcher NAME')
    k -= 1
    if k - 1 >= lo and (not tokens[k - 1].is_cap or k - 1 == lo) and _job_modifier(tokens[k - 1]):
        k -= 1
    if k - 1 >= lo and tokens[k - 1].kind is WORD and tokens[k - 1].is_cap and tokens[k - 1].norm in NATIONALITIES:
        k -= 1
    return k


_NOT_JOB_WORDS = PREPOSITIONS_IN_NP | ADVERBIAL_OPENERS | DETERMINERS | word_set("and or but than like")


def _job_noun(tok: Tok) -> bool:
    """The noun of a job before a name ('teacher', 'nurse', 'builder', 'pensioner'): a role noun or a word with an
    agent's ending; no preposition or conjunction ('minus', 'via', 'except')."""
    n = tok.norm
    if not n.isalpha() or n in _NOT_JOB_WORDS:
        return False
    return role_word(n)


def _job_modifier(tok: Tok) -> bool:
    """A word before the job's noun: a participle or adjective of roles ('retired', 'former') or another role
    word ('union organiser'); not 'minus', 'plus', 'not', 'including'."""
    n = tok.norm
    return n.isalpha() and n not in _NOT_JOB_WORDS and (n.endswith("ed") or n in NP_ADJECTIVES or n in ROLE_NOUNS)


_TIME_REACH = 4


def _before_party_label(tokens: list[Tok], lo: int, v: int) -> int:
    """'The bill's sponsor, Sen. NAME, D-Ore., told': where a party-and-state label set off by commas right before
    the verb starts (the comma before it then closes the appositive), else ``v``."""
    k = v - 1
    if k - 1 <= lo or tokens[k].text != ",":
        return v
    k -= 1
    if tokens[k].text == ".":
        k -= 1
    if k - 1 <= lo or not party_label(tokens[k].text) or tokens[k - 1].text != ",":
        return v
    return k


def _role_then_name(tokens: list[Tok], inner: tuple[int, int]) -> bool:
    """The phrase before the comma is 'ROLE, NAME' ('The Chief Minister, NAME'): a determiner, capitalised words, a
    comma and capitalised words; its mention is the name."""
    words = tokens[inner[0] : inner[1]]
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 1 >= len(words) or words[0].norm not in ("the", "a"):
        return False
    return all(t.is_cap for t in words[1:comma]) and all(t.is_cap for t in words[comma + 1 :])


def _name_after_office(tokens: list[Tok], inner: tuple[int, int]) -> Attribution | None:
    """'The owner of the Gull Inn, NAME', 'The Minister for the Marine, Mrs NAME': a role of a place or body
    (a determiner, a role or title noun, 'of' or 'for'), a comma and a name of capitalised words: the name alone (the
    role's capitalised words name the body, not the speaker)."""
    words = tokens[inner[0] : inner[1]]
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma < 2 or len(words) - comma - 1 < 2 or words[0].norm not in DETERMINERS:
        return None
    name = comma + 1
    if words[name].norm == "the" and words[name + 1].norm.rstrip(".") in TITLE_WORDS and words[name + 1].is_cap:
        name += 1  # 'The vicar of St Ebba, the Rev NAME': a title the article writes after 'the'
    if not office_of_body(words[:comma]) or not plain_name(words[name:]):
        return None
    return Attribution(inner[0] + name, inner[1], "appositive-subject")


_VERB_GROUP_MAX = 3
_VERB_GROUP_WORDS = AUXILIARIES | NEGATIONS | ADVERBS


def _verb_group_start(tokens: list[Tok], lo: int, v: int) -> int:
    """Where the auxiliaries, negation and adverbs before the verb start (', has confirmed', ', has also said',
    ', will not say'), else ``v``."""
    k = v
    while (
        k - 1 > lo and v - k < _VERB_GROUP_MAX and not tokens[k - 1].is_cap and tokens[k - 1].norm in _VERB_GROUP_WORDS
    ):
        k -= 1
    return k


def _before_time(tokens: list[Tok], lo: int, v: int) -> int:
    """Where a time adverbial between a comma and the verb starts (', on Sunday said', ', last week said',
    ', yesterday said'), else ``v``."""
    for s in range(v - 1, max(lo + 1, v - _TIME_REACH) - 1, -1):  # the comma stands inside the sentence
        if tokens[s - 1].text == "," and skip_time(tokens, s, v) == v:
            return s
    return v


def _opens_subject(tokens: list[Tok], lo: int, start: int) -> bool:
    """A subject may open at ``start``: at the clause's opening, after ', and' or ', but' closing a clause of the
    writer's, or after an opening participle phrase ending in a comma ('Talking to farmers, NAME, 64,')."""
    if clause_opening(tokens, lo, start):
        return True
    before = tokens[start - 1]
    if start - 2 > lo and before.norm in ("and", "but") and tokens[start - 2].text == ",":
        return True
    first = tokens[lo]
    return before.text == "," and first.is_cap and first.norm.endswith("ing") and first.norm not in _NOT_PARTICIPLE
