"""The speaker phrase of a reported clause as a mention ('Six in 10 voters', 'Both men', a plain subject kept as
written), and the share of people polled that a noun phrase before the verb ends."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    BE_FORMS,
    COORDINATORS,
    LABEL_WORDS,
    PERFECT_AUXILIARIES,
    PERSON_HEADS,
    POSSESSIVES,
    POST_MODIFIER_STARTS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    word_set,
)
from digest.core.quotes.agreement import plural_speakers
from digest.core.quotes.cue import Attribution, Report
from digest.core.quotes.mentions import OBJECT_PRONOUNS
from digest.core.quotes.own_words import named_owner, owner_mention
from digest.core.quotes.speakers import Mention, make_mention, np_left
from digest.core.quotes.subjects import opening_subject, people, share_subject
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import SPEECH_BASES

_PLAIN_SUBJECTS = frozenset({"opening-subject", "according", "restrictive", "object-relative"})


def report_mention(tokens: list[Tok], who: Attribution, text: str) -> Mention | None:
    """The speaker phrase as a mention; a plain subject the name rules refuse ('Trump's opponents', 'The last
    man to mount a third-party race', 'Two in three') is kept as written, as a group (plural head) or a role."""
    if who.how in ("share", "plural") or (who.how == "reported" and _quantified_group(tokens, who)):
        return group_mention(tokens, who, text)  # 'Six in 10 voters', 'Both men', 'Crab fishers along the shore of'
    if who.end - who.start == 1 and tokens[who.start].norm in _STANDING_ALONE:
        word = text[tokens[who.start].start : tokens[who.start].end]  # 'Some said A; others said B', 'Another said'
        return (
            Mention(word, word, None, "role", "?")
            if tokens[who.start].norm in _ONE
            else Mention(word, word, None, "group", "p")
        )
    if who.how == "according" and who.end - who.start == 1 and tokens[who.start].norm in OBJECT_PRONOUNS:
        pronoun = OBJECT_PRONOUNS[tokens[who.start].norm]  # 'according to her': whom 'she' points to
        word = text[tokens[who.start].start : tokens[who.start].end]
        return Mention(word, pronoun, None, "pronoun", PRONOUNS[pronoun][1])
    if who.how in ("own-words", "owner"):
        return owner_mention(tokens[who.start])  # 'in her own words, "A"', 'his claim that A': whom 'he' points to
    if who.how == "words-of":
        return named_owner(tokens[who.start : who.end])  # 'In Tilda Marsh's words, "A"'
    found = make_mention(tokens, who.start, who.end, text)
    if who.how == "name-colon" and (found is None or found.kind != "person" or _labelled(tokens, who)):
        return None  # 'Update: "..."', "Editor's note:", 'Breaking News:': a label, no speaker
    head = _described_head(tokens, who)
    if found is not None or not (who.how in _PLAIN_SUBJECTS or _of_people(tokens, who) or head is not None):
        return found
    group = group_mention(tokens, who, text)
    last = head if head is not None else tokens[who.end - 1]
    if last.norm.endswith("s") and not last.is_cap:
        return group
    return Mention(group.text, group.name, None, "role", "?")


_STANDING_ALONE = (QUANTIFIERS - {"all", "both"}) | word_set("others another")
"""Quantifiers that stand alone for people as a subject ('Some said A; others said B', 'Another said A')."""
_ONE = word_set("another")
_BEFORE_ALONE = COORDINATORS - {"or"} | word_set("while whereas")


def _standing_alone(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'...; others said A', '..., while some say A': a quantifier standing alone for people right before the verb,
    opening its clause (after the sentence's start, a semicolon or a conjunction)."""
    k = v - 1
    if k < lo or tokens[k].norm not in _STANDING_ALONE:
        return None
    before = tokens[k - 1] if k > lo else None
    opens = before is None or before.text in (";", ",") or before.norm in _BEFORE_ALONE
    joined = before is not None and before.norm == "and" and not (k - 2 >= lo and tokens[k - 2].text == ",")
    return Attribution(k, v, "reported") if opens and not joined else None  # not 'NAME and others said'


_OF_PEOPLE = word_set("the them these those")
_PAIR_MAX = 5


def _quantified_group(tokens: list[Tok], who: Attribution) -> bool:
    """'Both men', 'Most of the candidates', 'Several of them': a quantifier, then a noun of people or 'of' and a
    plural (lower-case words only; 'All three captains' and 'Many voters' are taken as opening subjects); 'Her
    advisers and allies': a possessive and two plurals of people."""
    words = tokens[who.start : who.end]
    if len(words) < 2 or any(t.is_cap for t in words[1:]):
        return False
    if words[0].norm in POSSESSIVES and len(words) <= _PAIR_MAX:
        and_at = next((i for i, t in enumerate(words) if t.norm == "and"), 0)  # 'Her advisers and allies'
        return and_at > 1 and people(words[and_at - 1]) and people(words[-1])
    if words[0].norm not in QUANTIFIERS:
        return False
    head = words[-1]
    if words[1].norm == "of":
        return len(words) > 2 and words[2].norm in _OF_PEOPLE and (head.norm == "them" or people(head))
    return len(words) == 2 and (head.norm in ROLE_NOUNS or people(head))


def _of_people(tokens: list[Tok], who: Attribution) -> bool:
    """'Colleagues of the surgeon', 'Hundreds of commuters', 'The family of the victim': plain words, 'of' and a
    noun of people, kept as written like a plain subject (the name rules refuse a phrase ending in a role)."""
    words = tokens[who.start : who.end]
    at = next((i for i, t in enumerate(words) if t.norm == "of"), 0)
    head = words[-1]
    plain = all(t.kind is WORD and not t.is_cap and t.norm not in RELATIVE_PRONOUNS for t in words[1:])
    return at > 0 and plain and (head.norm in ROLE_NOUNS or people(head))


_HEAD_REACH = 3


def _described_head(tokens: list[Tok], who: Attribution) -> Tok | None:
    """The head of a trailing speaker described after its noun ('two people familiar with the talks', 'an official
    who was briefed on the plan'): a person or role noun among the first words of a phrase of lower-case words."""
    if who.how != "trailing" or any(t.is_cap for t in tokens[who.start + 1 : who.end]):
        return None
    for k in range(who.start, min(who.end - 1, who.start + _HEAD_REACH)):
        if tokens[k].norm in PERSON_HEADS:
            return tokens[k] if tokens[k + 1].norm in POST_MODIFIER_STARTS else None
    return None


def _labelled(tokens: list[Tok], who: Attribution) -> bool:
    return any(t.norm in LABEL_WORDS for t in tokens[who.start : who.end])


def group_mention(tokens: list[Tok], who: Attribution, text: str) -> Mention:
    """A plural subject of plain words as a group, named as written without its article ('the two senators')."""
    raw = text[tokens[who.start].start : tokens[who.end - 1].end]
    words = raw.split()
    name = " ".join(words[1:] if words[0].lower() in ARTICLES and len(words) > 1 else words)
    return Mention(raw, name, None, "group", "p")


def np_or_share(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """The noun phrase before the verb, or the share of people polled it ends ('Six in 10 Republicans say',
    'Nearly half of the workers say': not 'Republicans', 'the workers')."""
    found = np_left(tokens, v, lo)
    if found is None:
        return _standing_alone(tokens, v, lo)
    relative = _relative_before(tokens, found[0], lo)
    if relative is not None:  # 'the trust which runs the clinics said': the trust, or what opens the sentence
        outer = np_left(tokens, relative, lo)
        if outer is None:
            return opening_subject(tokens, lo, relative)
        return Attribution(outer[0], outer[1], "reported")
    plural = plural_speakers(tokens, v, lo, found)
    if plural is not None:
        return plural  # 'Crab fishers along the shore of NAME say'
    share = share_subject(tokens, lo, v)
    if share is None or share.start >= found[0] or not _plain_share(tokens[share.start : share.end]):
        return Attribution(found[0], found[1], "reported")
    return share


_OBJECT_WORDS = 3
"""The most plain words between a restrictive relative's verb and the noun phrase before 'said' ('which runs local
ferry services said')."""
_THAT_WHICH = word_set("which that who")


def _relative_before(tokens: list[Tok], start: int, lo: int) -> int | None:
    """'A statement from the board which runs local ferries said', 'the firm that owns the ferry said': the phrase
    before the verb of speech is the object inside a restrictive relative clause ('which' or 'that' and a verb in
    -s or -ed, a few plain words after it); the index of the relative pronoun, whose antecedent speaks, else None.
    Not after a comma ('the trust, which runs clinics, said' is read elsewhere) nor 'who' (a person's clause:
    'voters who backed the mayor said')."""
    k = start - 1
    while k > lo and start - k <= _OBJECT_WORDS and tokens[k].kind is WORD and not tokens[k].is_cap:
        verb = tokens[k]
        if tokens[k - 1].norm in _THAT_WHICH and verb.norm.endswith(("s", "ed")) and verb.norm not in BE_FORMS:
            return k - 1 if k - 2 >= lo and tokens[k - 2].kind is WORD else None
        k -= 1
    return None


_ORDINAL_SHARES = word_set("third thirds quarter quarters fifth fifths")
_NOT_IN_PLAIN_SHARE = BE_FORMS | PERFECT_AUXILIARIES | word_set("what who which")


def _plain_share(words: list[Tok]) -> bool:
    """A share phrase of plain words: no verb or question word ('the third time X said', 'half of what
    researchers say'), and a fraction followed by 'of' or nothing ('a third of voters', not 'a third source')."""
    for i, t in enumerate(words):
        if t.norm in _NOT_IN_PLAIN_SHARE:
            return False
        if t.norm in _ORDINAL_SHARES and i + 1 < len(words) and words[i + 1].norm != "of":
            return False
    return True


def plural_name(tokens: list[Tok], report: Report, found: Mention) -> Mention:
    """'Islanders recall that A', 'Republicans say A': one capitalised word in -s right before a verb of speech in
    the plural present is a group (later 'he' is not them; 'Wickens says A' stays a person's)."""
    one = report.who.end - report.who.start == 1 and report.who.end == report.verb
    word = tokens[report.who.start]
    if not (found.kind == "person" and one and word.norm.endswith("s") and tokens[report.verb].norm in SPEECH_BASES):
        return found
    return Mention(found.text, found.name, found.role, "group", "p")


_APPOSITION_REACH = 9


def named_in_apposition(tokens: list[Tok], report: Report, found: Mention, text: str) -> Mention:
    """'His daughter, NAME, 24, said A', 'A spokesman for the campaign, NAME, said A': a role before the verb
    with a name set off by commas after it names that person (the role is kept as the person's role)."""
    k, v = report.who.end, report.verb
    if found.kind != "role" or not (k < v <= k + _APPOSITION_REACH) or tokens[k].text != ",":
        return found
    if any(t.kind is not WORD and t.text != "," for t in tokens[k:v]) or not _two_name_words(tokens, k + 1, v):
        return found
    end = v - 1 if tokens[v - 1].text == "," else v
    named = make_mention(tokens, report.who.start, end, text)
    return named if named is not None and named.kind == "person" else found


_NAME_WORDS_MAX = 4


def name_after_role(tokens: list[Tok], who: Attribution, found: Mention, text: str) -> Mention:
    """'"...," said the charity's head of victim support, NAME.': a role after the verb followed by a name set off
    by a comma at the sentence's end names that person (the role is kept as the person's role)."""
    k = who.end
    if (
        found.kind != "role"
        or k + 1 >= len(tokens)
        or tokens[k].text != ","
        or not _two_name_words(tokens, k + 1, len(tokens))
    ):
        return found
    end = k + 1
    while end < len(tokens) and end - k <= _NAME_WORDS_MAX and tokens[end].kind is WORD and tokens[end].is_cap:
        end += 1
    if end < len(tokens) and tokens[end].text not in (".", "!", "?"):
        return found
    named = make_mention(tokens, who.start, end, text)
    return named if named is not None and named.kind == "person" else found


def _two_name_words(tokens: list[Tok], k: int, hi: int) -> bool:
    """A person's name opens at ``k``: two capitalised words ('Luke Orr'; not 'Northwind', a firm named in
    apposition: 'A spokesman for the firm, Northwind, said')."""
    return k + 1 < hi and tokens[k].is_cap and tokens[k + 1].is_cap and tokens[k + 1].kind is WORD
