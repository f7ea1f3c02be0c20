"""Sets of words read from a whole article's paragraphs, each made the first time a rule asks for it.

Each set is a search of every paragraph; most articles never need some of them (the words paired with another
capitalised word are read only when a lone first name opens a sentence, in about one article in six), so none is
made before it is asked for. Each is the same set whenever it is made: a function of the paragraphs alone."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from digest.core.quotes.common_plurals import capitalised_inside, team_plurals
from digest.core.quotes.first_name_subject import paired_words
from digest.core.quotes.org_heads import name_ends


class ArticleWords:
    """The article-wide word sets of one article's paragraphs (none for an empty article)."""

    def __init__(self, paras: Sequence[str] = ()) -> None:
        self._paras = list(paras)

    @cached_property
    def team_words(self) -> frozenset[str]:
        """Capitalised plurals the article writes after 'the' ('the Comets'): a name ending in one, opened by no first
        name, is a team's ('Castlegate Comets'), never 'he' or 'she' (see :func:`team_plurals`)."""
        return team_plurals(self._paras)

    def team_word(self, word: str) -> bool:
        """``word`` is one of :attr:`team_words`, each of which ends in 's' (for any other word the set is not made)."""
        return word.endswith("s") and word in self.team_words

    @cached_property
    def inside(self) -> frozenset[str]:
        """The capitalised words the article writes inside its sentences (see :func:`capitalised_inside`)."""
        return capitalised_inside(self._paras)

    @cached_property
    def name_ends(self) -> frozenset[str]:
        """The last words of the article's names of several capitalised words (see :func:`name_ends`)."""
        return name_ends(self._paras)

    @cached_property
    def paired(self) -> frozenset[str]:
        """The capitalised words the article writes beside another one (see :func:`paired_words`)."""
        return paired_words(self._paras)
