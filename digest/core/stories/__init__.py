"""Stories: articles about one real event, across outlets, with one summary and who said what.

Public interface, relied on by the command line, the library and the app:

- ``build_stories(articles, published=None, sentences=8) -> list[Story]``: group a batch of articles and
  describe each story (sorted by number of articles, then newest publication time).
- ``Story`` with ``id`` (stable: a hash of its articles' sources), ``title``, ``articles`` (indices into
  the list given), ``summary`` (``StorySentence``: text, article index, position), ``actors``
  (``StoryActor``), ``quotes`` (``StoryQuote``, each with every article that reported it), ``copies``
  (groups of near-identical articles) and ``newest``.
- ``describe_story(articles, published, sentences)``: the same description for one known group.
- ``StoryIndex`` / ``Settings`` (:mod:`digest.core.stories.grouping`): incremental grouping for a library,
  ``article_features`` (:mod:`digest.core.stories.features`) to feed it.

Each name is imported from its module when first used (:func:`digest.core.lazy.lazy_names`): the library places an
article with :mod:`digest.core.stories.features` and :mod:`digest.core.stories.grouping` alone, and
importing this package must not import the quote engine, the summariser, numpy or scipy for them.
"""

from __future__ import annotations

from digest.core.lazy import lazy_names

TYPE_CHECKING = False
if TYPE_CHECKING:
    from digest.core.stories.actors import StoryActor, StoryQuote
    from digest.core.stories.features import ArticleFeatures, article_features
    from digest.core.stories.grouping import Settings, StoryIndex
    from digest.core.stories.story import (
        DEFAULT_SENTENCES,
        Story,
        build_stories,
        describe_story,
        reindexed,
        story_id,
    )
    from digest.core.stories.summary import StorySentence

_MODULES = {
    "DEFAULT_SENTENCES": "story",
    "ArticleFeatures": "features",
    "Settings": "grouping",
    "Story": "story",
    "StoryActor": "actors",
    "StoryIndex": "grouping",
    "StoryQuote": "actors",
    "StorySentence": "summary",
    "article_features": "features",
    "build_stories": "story",
    "describe_story": "story",
    "reindexed": "story",
    "story_id": "story",
}
"""The module of each public name."""


__getattr__ = lazy_names(__name__, _MODULES, globals())
"""A public name, imported from its module on first use."""


__all__ = [
    "DEFAULT_SENTENCES",
    "ArticleFeatures",
    "Settings",
    "Story",
    "StoryActor",
    "StoryIndex",
    "StoryQuote",
    "StorySentence",
    "article_features",
    "build_stories",
    "describe_story",
    "reindexed",
    "story_id",
]
