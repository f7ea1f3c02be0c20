"""A speaker named before 'of the <plain words> of <Place>' ('NAME of the fishing community of Stone Lake said')."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, ROLE_NOUNS, TITLE_WORDS
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.right_phrases import verb_like
from digest.core.quotes.tokens import WORD, Tok

_PLAIN_WORDS = 3
"""The most plain words between 'of the' and the second 'of' ('the small fishing community of')."""


def owner_before_place(tokens: list[Tok], start: int, lo: int) -> int:
    """Where the speaker phrase starts when the words found before the verb are a place after 'of the <plain
    words> of' that a name or a role opening the clause owns ('NAME of the fishing community of Stone Lake said',
    'The mayor of the small town of Alder Bay said'): the start of that name or role (the place alone was taken for
    the speaker, since the plain words are no words of a speaker phrase); ``start`` otherwise."""
    k = start - 1
    if k - 3 < lo or tokens[k].norm != "of":
        return start
    plain = 0
    while plain < _PLAIN_WORDS and _plain(tokens[k - 1]):
        k -= 1
        plain += 1
    if plain == 0 or k - 3 < lo or tokens[k - 1].norm not in ARTICLES or tokens[k - 2].norm != "of":
        return start
    head = k - 3
    if tokens[head].norm in ROLE_NOUNS:
        opener = head - 1 if head - 1 >= lo and tokens[head - 1].norm in ARTICLES else head
        return opener if opener == lo else start
    first = head
    while first - 1 >= lo and tokens[first - 1].kind is WORD and tokens[first - 1].is_cap:
        first -= 1
    return first if first == lo and head > first and tokens[head].is_cap else start


def _plain(tok: Tok) -> bool:
    """A word of the phrase between 'of the' and 'of': a lower-case word, not an article or a verb, or a
    capitalised one ('the Cree community')."""
    if tok.kind is WORD and tok.is_cap:
        return True
    return lower_word(tok) and tok.norm not in ARTICLES and not verb_like(tok)


_HOME_PREPOSITIONS = frozenset({"of", "in", "from", "near"})
"""Words bringing in the town a person comes from ('NAME of Brannick', 'NAME from Brannick')."""
_STATE_WORDS = 2
"""The most words of a state or country after a town ('New Nebrida', 'South Corvale')."""
_NAME_WORDS = 2
"""The fewest words of the name before the town ('Jo Tressel of Brannick'; not 'Back in Nebrida')."""
_RELATION_WORDS = 3
"""The most words of a phrase a name is for or of, opening the clause ('A lawyer for', 'Friends of')."""


def owner_before_state(tokens: list[Tok], start: int, lo: int) -> int:
    """Where the speaker phrase starts when the words found before the verb are the state or country of a town
    that a name opening the clause comes from ('NAME of Brannick, Nebrida, who owns a car, said': not Nebrida):
    the start of that name; ``start`` otherwise."""
    k = start - 1
    if k - 2 < lo or tokens[k].text != ",":
        return start
    k -= 1
    while k >= lo and tokens[k].kind is WORD and tokens[k].is_cap:
        k -= 1
    if k < lo or k == start - 2 or tokens[k].norm not in _HOME_PREPOSITIONS:
        return start
    first = k
    while first - 1 >= lo and tokens[first - 1].kind is WORD and tokens[first - 1].is_cap:
        first -= 1
    titled = tokens[start].norm in TITLE_WORDS  # 'Back in Nebrida, Mr. Clarke said': a name after the comma
    opens = first == lo or _relation_before(tokens, first, lo)
    return lo if opens and k - first >= _NAME_WORDS and not titled else start


def _relation_before(tokens: list[Tok], first: int, lo: int) -> bool:
    """The name at ``first`` is what a short phrase opening the clause is for or of ('Lawyers for NAME of Brannick,
    Nebrida, said', 'Friends of NAME ...'): the phrase is the speaker's."""
    link = first - 1
    if link - lo not in range(1, _RELATION_WORDS + 1) or tokens[link].norm not in ("for", "of"):
        return False
    words = tokens[lo:link]
    return all(t.kind is WORD for t in words) and not any(t.is_cap for t in words[1:])


def state_after_town(tokens: list[Tok], span: tuple[int, int], lo: int) -> bool:
    """The capitalised words of ``span`` are the state or country of a town named just before ('NAME of Brannick,
    Nebrida,'), not a second name."""
    words = tokens[span[0] : span[1]]
    if not 0 < len(words) <= _STATE_WORDS or not all(t.kind is WORD and t.is_cap for t in words):
        return False
    return owner_before_state(tokens, span[0], lo) != span[0]
