"""Speaker noun phrases: find them next to a speech verb and split names from titles and roles."""

from __future__ import annotations

from dataclasses import dataclass

from digest.core.lexicon import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    GROUP_NOUNS,
    JUNK_SPEAKER,
    LEAD_WORDS,
    MONTHS_DAYS,
    NP_ADJECTIVES,
    ORG_WORDS,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from digest.core.quotes.tokens import Tok, TokenKind

_TITLE_NOUNS = TITLE_WORDS - {"of", "the", "for", "to", "and", "under", "house", "senate", "state", "white", "first"}
_INSERTION_OPENERS = frozenset(
    {
        "who",
        "which",
        "whose",
        "however",
        "too",
        "though",
        "meanwhile",
        "also",
        "after",
        "at",
        "in",
        "on",
        "during",
        "with",
        "speaking",
        "writing",
        "for",
        "according",
    }
)
_NAME_PARTICLES = frozenset({"al", "al-", "bin", "de", "del", "van", "von", "der", "da", "la", "le", "abu", "ibn"})
_STOP_CAPS = frozenset(
    {
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "this",
        "that",
        "there",
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "if",
        "as",
        "after",
        "before",
        "when",
        "while",
        "since",
        "so",
        "asked",
        "according",
        "speaking",
        "writing",
        "last",
        "earlier",
        "later",
        "meanwhile",
        "however",
    }
)


@dataclass(frozen=True)
class Mention:
    """A speaker as written: its canonical name, role, kind and gender/number.

    ``kind`` is ``person``, ``org``, ``group``, ``role`` (a person known only by role) or ``pronoun``;
    ``gender`` is ``m``, ``f``, ``n`` (it), ``p`` (plural) or ``?``.
    """

    text: str
    name: str
    role: str | None
    kind: str
    gender: str = "?"

    @property
    def surname(self) -> str:
        """The last word of a person's name."""
        return self.name.split()[-1] if self.name else ""


def _np_word(tok: Tok) -> bool:
    if tok.kind is not TokenKind.WORD:
        return tok.text in ("(", ")")
    if tok.is_cap:
        return tok.norm not in _STOP_CAPS or tok.norm in PRONOUNS
    n = tok.norm
    return (
        n in ROLE_NOUNS
        or n in NP_ADJECTIVES
        or n in DETERMINERS
        or n in PREPOSITIONS_IN_NP
        or n in ORG_WORDS
        or n in ("and", "&")
        or n in _NAME_PARTICLES
        or (n in PRONOUNS and n != "it")
        or n == "it"
    )


def _head_ok(tok: Tok) -> bool:
    if tok.kind is not TokenKind.WORD:
        return tok.text == ")"
    n = tok.norm
    if n in PRONOUNS:
        return True
    if tok.is_cap:
        return n not in MONTHS_DAYS and n not in _STOP_CAPS
    return n in ROLE_NOUNS or n in ORG_WORDS


def _skip_insertion_left(tokens: list[Tok], j: int, lo: int) -> int:
    """From a ``,`` or dash at ``j``, skip back over an inserted clause (", who ...," / "- at ... -")."""
    mark = tokens[j].text
    pairs = {",": ",", "-": "-", "—": "—", "–": "–", "--": "--"}
    if mark not in pairs:
        return j
    k = j - 1
    while k >= lo and tokens[k].text != pairs[mark]:
        if tokens[k].kind is TokenKind.QUOTE:
            return j
        k -= 1
    if k < lo:
        return j
    first = tokens[k + 1] if k + 1 < j else None
    if first is None:
        return j
    if mark == "," and first.norm not in _INSERTION_OPENERS and not _appositive_after_name(tokens, k, lo):
        # two appositives: 'Omar Lamrani, an analyst at Stratfor, the Texas-based firm, told'
        outer = k - 1
        while outer >= lo and outer > k - 20 and tokens[outer].text != "," and tokens[outer].kind is TokenKind.WORD:
            outer -= 1
        if outer >= lo and tokens[outer].text == "," and _appositive_after_name(tokens, outer, lo):
            return outer - 1
        return j
    return k - 1


def _appositive_after_name(tokens: list[Tok], k: int, lo: int) -> bool:
    """'Eric Reeves, one of the leading voices on Sudan, said': a role between commas after a name.

    The role opens with a determiner or a role noun; the name before it is a run of capitalised words that
    opens the sentence (after an optional lead word such as 'But'), so 'In Washington, the senator said'
    never makes 'Washington' the speaker.
    """
    if k + 1 >= len(tokens) or k - 1 < lo:
        return False
    first = tokens[k + 1]
    if first.is_cap or not (first.norm in DETERMINERS or first.norm in ROLE_NOUNS):
        return False
    start = k - 1
    while start >= lo and tokens[start].kind is TokenKind.WORD and tokens[start].is_cap:
        start -= 1
    if start == k - 1:
        return False
    if start < lo:
        return True
    # after a lead word opening the sentence or a clause: 'But General Mark Milley, chairman of ..., told'
    # ('X, a role, and Y, a role, testified' has two subjects: a clause opening with 'and' is not taken)
    if start == lo:
        return tokens[start].norm in LEAD_WORDS
    return tokens[start].norm in _CLAUSE_LEADS and tokens[start - 1].text == ","


_CLAUSE_LEADS = frozenset({"but", "while", "whereas", "although", "though", "yet"})


_LY_NOUNS = frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "daily", "weekly", "anomaly"})


def _is_adverb(word: str) -> bool:
    """An adverb or auxiliary between a speaker and the verb: 'also', 'has', 'jokingly', 'angrily'."""
    return word in ADVERBS or word in AUXILIARIES or (word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS)


def np_left(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending just before ``tokens[verb]`` as (start, end) token indices, or None."""
    j = verb - 1
    while j >= lo and tokens[j].kind is TokenKind.WORD and not tokens[j].is_cap and _is_adverb(tokens[j].norm):
        j -= 1
    if (
        j >= lo + 1
        and tokens[j].kind is TokenKind.WORD
        and tokens[j].norm in MONTHS_DAYS
        and tokens[j - 1].norm == "on"
    ):
        j -= 2
    if j >= lo and tokens[j].text in (",", "-", "—", "–", "--"):
        k = _skip_insertion_left(tokens, j, lo)
        if k == j:
            return None
        j = k
    if j < lo or not _head_ok(tokens[j]):
        return None
    end = j + 1
    if tokens[j].text == ")":
        while j >= lo and tokens[j].text != "(":
            j -= 1
        j -= 1
        if j < lo or not _head_ok(tokens[j]):
            return None
    if tokens[j].norm in PRONOUNS:
        if (
            j > lo
            and tokens[j - 1].kind is TokenKind.WORD
            and tokens[j - 1].norm not in LEAD_WORDS
            and tokens[j - 1].is_cap
        ):
            return None
        return j, j + 1
    start = j
    k = j - 1
    while k >= lo and _np_word(tokens[k]) and tokens[k].norm not in PRONOUNS:
        start = k
        k -= 1
    while (
        start < j
        and tokens[start].kind is TokenKind.WORD
        and (
            tokens[start].norm in PREPOSITIONS_IN_NP
            or tokens[start].norm in ("and", "&")
            or (tokens[start].norm in _STOP_CAPS)
        )
    ):
        start += 1
    # "a city official": unknown modifiers between a determiner and a role noun
    if not tokens[start].is_cap and tokens[start].norm not in DETERMINERS and tokens[j].norm in ROLE_NOUNS:
        for back in (1, 2):
            d = start - back
            if d < lo or tokens[d].kind is not TokenKind.WORD or tokens[d].is_cap or tokens[d].norm in SPEECH_VERBS:
                break
            if tokens[d].norm in DETERMINERS:
                start = d
                break
    # appositive: "the Turkish delegate to the UN Security Council, Ferydun Senerlioglu said"
    if start - 2 >= lo and tokens[start - 1].text == ",":
        k = start - 2
        role_end = k + 1
        while k >= lo and _np_word(tokens[k]):
            k -= 1
        role_start = k + 1
        if (
            role_start < role_end
            and tokens[role_start].norm in DETERMINERS
            and (any(t.norm in ROLE_NOUNS for t in tokens[role_start:role_end]))
            and (k < lo or tokens[k].text == ",")
        ):
            start = role_start
    return start, end


def np_right(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The speaker noun phrase starting at ``tokens[i]`` (after ``said``), with an appositive role."""
    if i >= hi or tokens[i].kind is not TokenKind.WORD:
        return None
    first = tokens[i]
    if first.norm in PRONOUNS:
        return i, i + 1
    particle = first.norm in _NAME_PARTICLES and i + 1 < hi and tokens[i + 1].is_cap  # 'said van Sebille'
    if not (
        first.is_cap or particle or first.norm in DETERMINERS or first.norm in NP_ADJECTIVES or first.norm in ROLE_NOUNS
    ):
        return None
    k = i
    in_pp = 0
    while k < hi and tokens[k].kind is TokenKind.WORD:
        t = tokens[k]
        if t.norm in PREPOSITIONS_IN_NP and k > i:
            in_pp = 5
        elif not _np_word(t) and in_pp <= 0:
            break
        if t.norm in SPEECH_VERBS and not t.is_cap:
            break
        in_pp -= 1
        k += 1
    end = k
    while end > i and tokens[end - 1].norm in PREPOSITIONS_IN_NP | DETERMINERS | {"and"}:
        end -= 1
    if end <= i:
        return None
    if end < hi and tokens[end].text == "," and end + 1 < hi:
        second = np_right(tokens, end + 1, hi)
        if second is not None and second[1] - second[0] <= 12:
            return i, second[1]
    return i, end


def _split_name(words: list[str]) -> tuple[str, str]:
    """Split "US Secretary of State Mike Pompeo" into ("Mike Pompeo", "US Secretary of State")."""
    k = len(words)
    while k > 0:
        w = words[k - 1]
        low = w.lower().rstrip(".")
        if (
            w[:1].isupper()
            and low not in TITLE_WORDS
            and low not in ORG_WORDS
            and low not in MONTHS_DAYS
            or low in _NAME_PARTICLES
            and k < len(words)
        ):
            k -= 1
        else:
            break
    while 0 < k < len(words) and words[k].lower() in _NAME_PARTICLES:
        k += 1
    return " ".join(words[k:]), " ".join(words[:k])


def _title_before_name(word: str) -> bool:
    """The last word before a name is a title, a job or an organisation: 'Rep.', 'meteorologist', 'CNN'."""
    low = word.lower().rstrip(".")
    return low in TITLE_WORDS or low in ROLE_NOUNS or word[:1].isupper() or (word.isalpha() and word.islower())


def make_mention(tokens: list[Tok], start: int, end: int, text: str) -> Mention | None:
    """Turn a speaker noun phrase into a :class:`Mention` (None for junk)."""
    toks = [t for t in tokens[start:end] if t.kind is TokenKind.WORD]
    # drop a parenthetical like "(R-Warren)"
    raw = text[tokens[start].start : tokens[end - 1].end]
    cleaned: list[Tok] = []
    depth = 0
    for t in tokens[start:end]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cleaned.append(t)
    # appositive parts separated by commas
    parts: list[list[Tok]] = [[]]
    for t in cleaned:
        if t.text == ",":
            parts.append([])
        elif t.kind is TokenKind.WORD:
            parts[-1].append(t)
    parts = [p for p in parts if p]
    if not toks or not parts:
        return None
    if len(parts) == 1 and len(parts[0]) == 1 and parts[0][0].norm in PRONOUNS:
        kind, gender = PRONOUNS[parts[0][0].norm]
        return Mention(raw, parts[0][0].norm, None, "pronoun", gender)
    name = ""
    role_parts: list[str] = []
    kind = ""
    for part in parts:
        words = [t.text for t in part]
        lead = 0
        while lead < len(words) and words[lead].lower() in DETERMINERS:
            lead += 1
        core = words[lead:]
        if not core:
            continue
        # the head of the phrase: last word before a preposition
        head_index = len(core) - 1
        for idx, w in enumerate(core):
            if w.lower() in PREPOSITIONS_IN_NP and idx > 0:
                head_index = idx - 1
                break
        head = core[head_index].lower().rstrip(".")
        if head.endswith(("'s", "’s")):
            head = head[:-2]
        named = core
        person_name, titles = _split_name(core)
        if titles and titles.split()[-1].lower() in PREPOSITIONS_IN_NP and core[head_index][:1].isupper():
            # 'Rep. Elijah Cummings of Maryland', 'NAME at ORG': the name stands before the preposition
            named = core[: head_index + 1]
            person_name, titles = _split_name(named)
        has_role_word = any(w.lower().rstrip(".") in TITLE_WORDS | ROLE_NOUNS for w in core)
        if (
            not name
            and person_name
            and (lead == 0 or (titles != "" and _title_before_name(titles.split()[-1])))
            and head not in ORG_WORDS
            and not any(w.lower() in PREPOSITIONS_IN_NP for w in named[len(named) - len(person_name.split()) :])
            and (titles == "" or _title_before_name(titles.split()[-1]))
            and (len(person_name.split()) >= 2 or titles or len(parts) > 1 or not has_role_word)
        ):
            name = person_name
            if titles:
                role_parts.append(titles)
            kind = "person"
            continue
        phrase = " ".join(core)
        if head in ORG_WORDS or (phrase.isupper() and len(phrase) <= 6):
            if not name:
                name, kind = phrase, "org"
            continue
        if head in GROUP_NOUNS:
            if not name:
                name, kind = " ".join(words), "group"
            continue
        if head in ROLE_NOUNS or head in TITLE_WORDS:
            role_parts.append(phrase)
            continue
        if not name and all(w[:1].isupper() for w in core):
            name, kind = phrase, "org"
    role = ", ".join(role_parts) or None
    if not name and role:
        return Mention(raw, role_parts[0], None, "role")
    if not name:
        return _description(parts[0], raw)
    if JUNK_SPEAKER.match(name) or name.lower() in PRONOUNS:
        return None
    if kind == "person" and name.isupper() and len(name) <= 6:
        kind = "org"  # an acronym: 'NATO said'
    return Mention(raw, name, role, kind, "p" if kind == "group" else ("n" if kind == "org" else "?"))


_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "one", "another", "this", "that", "his", "her", "their", "its"})
_DESCRIPTION_MAX_WORDS = 8
_RELATIVES = frozenset({"that", "who", "which", "whose", "whom", "and", "or"})


def _description(words: list[Tok], raw: str) -> Mention | None:
    """A speaker described without a name or a known role word: 'one commenter', 'the report', 'a spokesperson
    for the highways department', 'the patient described in the report'.

    The phrase opens with a determiner and names a thing or a person by a common noun; it is kept as written
    (without the determiner) and treated like a role: later 'the commenter' is the same actor.
    """
    if len(words) < 2 or len(words) > _DESCRIPTION_MAX_WORDS or words[0].norm not in _DESCRIPTION_OPENERS:
        return None
    if any(t.norm in _RELATIVES for t in words):
        return None
    rest = [t.text for t in words[1:]]
    if not rest[0][:1].isalpha() or rest[0].lower() in PRONOUNS or rest[-1].lower() in PREPOSITIONS_IN_NP:
        return None
    name = " ".join(rest)
    if JUNK_SPEAKER.match(name):
        return None
    return Mention(raw, name, None, "role")
