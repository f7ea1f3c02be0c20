"""The :class:`Library`: one SQLite connection and the operations the commands and the app need.

A Library object is meant for one thread at a time; a background worker opens its own (cheap: WAL mode
lets readers and one writer work side by side, and ``busy_timeout`` makes writers wait their turn).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from digest.core.sanitize import shown, storable
from digest.core.store.paths import resolve_library_path
from digest.core.store.row_query import select_rows
from digest.core.store.schema import compact, compact_if_worth_it, connect

TYPE_CHECKING = False  # typing's own constant, without importing typing: 'digest list' does without it
if TYPE_CHECKING:  # imported when used, so that opening the library (and 'digest list') stays fast
    from typing import Any

    from digest.core.model import Article
    from digest.core.quotes import QuoteReport
    from digest.core.store import stories
    from digest.core.store.actors import ActorSummary, LibraryQuote
    from digest.core.store.articles import ArticleRow, SearchRow
    from digest.core.store.cache import Analysis
    from digest.core.store.feeds import Feed
    from digest.core.store.search import SearchHit
    from digest.core.store.story_rows import StoryRow
    from digest.core.stories.features import ArticleFeatures
    from digest.core.summarize import Summary


class Library:
    """A library of articles and feeds stored in one SQLite file."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        """Open (creating when needed) the library at ``path`` (see :func:`resolve_library_path`)."""
        self.path: Path = resolve_library_path(path)
        self.connection: sqlite3.Connection = connect(self.path)
        self._story_cache: stories.StoryCache | None = None

    @property
    def story_cache(self) -> stories.StoryCache:
        """Decoded stories kept while this library places articles (made on first use)."""
        from digest.core.store import stories

        if self._story_cache is None:
            self._story_cache = stories.StoryCache()
        return self._story_cache

    def forget_story_cache(self) -> None:
        """Drop the decoded stories (after a rollback: they may hold what it undid)."""
        self._story_cache = None

    def close(self) -> None:
        """Close the connection (after a checkpoint, so the WAL file stays small)."""
        self.connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Group writes: all of them are stored, or (on error, a failed commit or kill) none."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
            self.connection.execute("COMMIT")
        except BaseException:
            self.forget_story_cache()
            if self.connection.in_transaction:  # SQLite already rolled back on a full disk or I/O error
                self.connection.execute("ROLLBACK")
            raise

    # Articles -----------------------------------------------------------------------------------

    def count(self, *, unread: bool = False) -> int:
        """How many articles the library holds (only unread ones with ``unread``)."""
        where = " WHERE is_read = 0" if unread else ""
        return int(self.connection.execute(f"SELECT count(*) FROM articles{where}").fetchone()[0])

    def is_empty(self) -> bool:
        """Tell whether the library holds no article."""
        return self.connection.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def rows(
        self, *, unread: bool = False, starred: bool = False, feed_id: int | None = None, ids: list[int] | None = None
    ) -> list[ArticleRow]:
        """The article list (no bodies), newest first, optionally filtered."""
        from digest.core.store import articles

        return list(articles.iter_rows(self.connection, unread=unread, starred=starred, feed_id=feed_id, ids=ids))

    def iter_rows(
        self, *, unread: bool = False, starred: bool = False, feed_id: int | None = None
    ) -> Iterator[ArticleRow]:
        """:meth:`rows`, each row yielded as SQLite reads it (the first ones come before the rest are read)."""
        from digest.core.store import articles

        return articles.iter_rows(self.connection, unread=unread, starred=starred, feed_id=feed_id)

    def iter_row_values(
        self, *, unread: bool = False, starred: bool = False, feed_id: int | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """:meth:`iter_rows` as SQLite returns them: the values of :data:`~.row_query.ROW_COLUMNS` (titles not
        yet made displayable), for printing them at once (no row objects, nor the imports they need)."""
        return select_rows(self.connection, unread=unread, starred=starred, feed_id=feed_id)

    def article(self, article_id: int) -> Article | None:
        """The article with this id, with its sections, or None."""
        from digest.core.store import articles

        return articles.load_article(self.connection, article_id)

    def save(
        self,
        key: str,
        article: Article,
        analysis: Analysis,
        *,
        feed_id: int | None = None,
        published: str | None = None,
        features: ArticleFeatures | None = None,
        place: bool = True,
        search_queue: list[SearchRow] | None = None,
    ) -> tuple[int, str]:
        """Store an analysed article under ``key`` and place it in its story (call inside :meth:`transaction`).

        ``features`` are its story features when already read (by a refresh's worker); ``place=False``
        leaves it out of the stories for now (a teaser whose page is coming: see :meth:`place_stored`);
        ``search_queue``: the search entry waits there (see :func:`~.articles.flush_search`).
        """
        from digest.core.store import articles

        article_id, status = articles.save_article(
            self.connection, key, article, analysis, feed_id=feed_id, published=published, search_queue=search_queue
        )
        if status != "unchanged" and place:
            from digest.core.store import stories

            speakers = articles.speakers_of(analysis.quote_fields)
            stories.place_article(self.connection, article_id, article, speakers, published, self.story_cache, features)
        return article_id, status

    def analyse(self, article: Article) -> Analysis:
        """Summary and quotes of an article, from the cache when already computed."""
        from digest.core.store import cache

        return cache.analyse(article, self.connection)

    def mark_read(self, ids: list[int], read: bool = True) -> int:
        """Mark articles read (or unread); return how many changed."""
        from digest.core.store import articles

        with self.transaction():
            return articles.set_flags(self.connection, ids, read=read)

    def set_starred(self, ids: list[int], starred: bool = True) -> int:
        """Star (or unstar) articles; return how many changed."""
        from digest.core.store import articles

        with self.transaction():
            return articles.set_flags(self.connection, ids, starred=starred)

    def toggle_star(self, article_id: int) -> bool:
        """Flip an article's star; return the new state."""
        row = self.connection.execute("SELECT starred FROM articles WHERE id = ?", (article_id,)).fetchone()
        starred = not (row and row[0])
        self.set_starred([article_id], starred)
        return starred

    def remove(self, ids: list[int]) -> int:
        """Delete articles (with their quotes and search entries); return how many existed."""
        from digest.core.store import articles

        with self.transaction():
            return sum(articles.delete_article(self.connection, i) for i in ids)

    def id_of_source(self, source: str) -> int | None:
        """The id of the article stored from this file path or URL, or None."""
        key = storable(source)  # file articles: the key keeps the path, the source shows it (see load_article)
        row = self.connection.execute(
            "SELECT id FROM articles WHERE source = ? OR key = ? OR url = ? LIMIT 1",
            (shown(source), f"file:{key}", key),
        ).fetchone()
        return None if row is None else int(row[0])

    # Analysis -----------------------------------------------------------------------------------

    def summary(self, article_id: int, sentences: int | None = None, method: str = "default") -> Summary:
        """The stored article's summary, computed once and then served from the cache."""
        return self.summary_of(self._require(article_id), sentences, method)

    def quotes(self, article_id: int) -> QuoteReport:
        """The stored article's quotes and actors, computed once and then served from the cache."""
        return self.quotes_of(self._require(article_id))

    def summary_of(self, article: Article, sentences: int | None = None, method: str = "default") -> Summary:
        """Any article's summary: from the cache (by content hash) or computed and cached."""
        from digest.core.store import cache
        from digest.core.summarize import summarize

        sentences = cache.DEFAULT_SENTENCES if sentences is None else sentences
        found = self.cached_summary_of(article, sentences, method)
        if found is not None:
            return found
        result = summarize(article, sentences, method)
        digest, version = cache.content_hash(article), cache.summary_version(method, sentences)
        with self.transaction():
            cache.store(self.connection, digest, cache.SUMMARY, version, cache.encode_summary(result))
        return result

    def cached_summary_of(
        self, article: Article, sentences: int | None = None, method: str = "default"
    ) -> Summary | None:
        """The article's summary if the cache holds it (never computed here: fast), else None."""
        from digest.core.store import cache

        sentences = cache.DEFAULT_SENTENCES if sentences is None else sentences
        digest, version = cache.content_hash(article), cache.summary_version(method, sentences)
        data = cache.lookup(self.connection, digest, cache.SUMMARY, version)
        return cache.decode_summary(data) if data else None

    def quotes_of(self, article: Article) -> QuoteReport:
        """Any article's quote report: from the cache (by content hash) or computed and cached."""
        from digest.core.quotes import extract_quotes
        from digest.core.store import cache

        found = self.cached_quotes_of(article)
        if found is not None:
            return found
        result = extract_quotes(article)
        digest, version = cache.content_hash(article), cache.quotes_version()
        with self.transaction():
            cache.store(self.connection, digest, cache.QUOTES, version, cache.encode_quotes(result))
        return result

    def cached_quotes_of(self, article: Article) -> QuoteReport | None:
        """The article's quote report if the cache holds it (never computed here: fast), else None."""
        from digest.core.store import cache

        data = cache.lookup(self.connection, cache.content_hash(article), cache.QUOTES, cache.quotes_version())
        return cache.decode_quotes(data) if data else None

    def _require(self, article_id: int) -> Article:
        article = self.article(article_id)
        if article is None:
            raise KeyError(f"no article {article_id} in the library")
        return article

    # Search and actors --------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Articles matching ``text`` in their title, text or speakers, best first."""
        from digest.core.store import search

        return search.search(self.connection, text, limit=limit)

    def iter_search(self, text: str, *, limit: int = 50) -> Iterator[SearchHit]:
        """:meth:`search`, each hit yielded as soon as it is read."""
        from digest.core.store import search

        return search.iter_search(self.connection, text, limit=limit)

    def actors(self, *, limit: int | None = None) -> list[ActorSummary]:
        """Every quoted actor across the library, the most recently quoted first."""
        from digest.core.store.actors import list_actors

        return list_actors(self.connection, limit=limit)

    def actor_quotes(self, speaker: str, aliases: Sequence[str] = ()) -> list[LibraryQuote]:
        """Every quote of one actor (under any of its ``aliases`` too) across the library, newest first."""
        from digest.core.store.actors import actor_quotes

        return actor_quotes(self.connection, speaker, aliases)

    # Stories ----------------------------------------------------------------------------------

    def stories(self, *, since: str | None = None) -> list[StoryRow]:
        """Every story (or those with an article since the ISO date ``since``): largest, then newest first."""
        from digest.core.store.story_listing import list_stories

        return list_stories(self.connection, since=since)

    def place_unplaced(self, limit: int | None = None, cancelled: Callable[[], bool] | None = None) -> int:
        """Put articles stored before stories existed into stories, oldest first (at most ``limit``; stopping
        before the next article once ``cancelled()`` says so); return how many."""
        from digest.core.store import stories

        placed = 0
        for article_id in stories.unplaced(self.connection)[:limit]:
            if cancelled is not None and cancelled():
                break
            with self.transaction():
                self.place_stored(article_id)
            placed += 1
        return placed

    def place_stored(self, article_id: int) -> None:
        """Put a stored article that is in no story yet in its story, read back from the library (call inside
        :meth:`transaction`)."""
        from digest.core.store import stories

        if self.connection.execute("SELECT 1 FROM story_members WHERE article_id = ?", (article_id,)).fetchone():
            return
        article = self.article(article_id)
        row = self.connection.execute(
            "SELECT speakers, coalesce(published, added) FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if article is not None and row is not None:
            speakers = [n for n in row[0].split("\n") if n]
            stories.place_article(self.connection, article_id, article, speakers, row[1], self.story_cache)

    # Upkeep -------------------------------------------------------------------------------------

    def compact(self, *, only_if_worth_it: bool = False) -> bool:
        """Rewrite the file without its free pages (always, or only when a fifth of it is free).

        Tells whether it compacted.
        """
        if only_if_worth_it:
            return compact_if_worth_it(self.connection)
        compact(self.connection)
        return True

    def file_size(self) -> int:
        """Bytes the library takes on disk: its file and its write-ahead log."""
        wal = self.path.with_name(self.path.name + "-wal")
        return self.path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)

    # Feeds --------------------------------------------------------------------------------------

    def feeds(self) -> list[Feed]:
        """Every subscribed feed."""
        from digest.core.store import feeds

        return feeds.list_feeds(self.connection)

    def feed(self, url_or_id: str | int) -> Feed | None:
        """One feed by URL or id."""
        from digest.core.store import feeds

        return feeds.get_feed(self.connection, url_or_id)

    def add_feed(self, url: str, title: str | None = None, full_text: str | None = None) -> tuple[Feed, bool]:
        """Subscribe to a feed (setting its full-text mode when given); return it and whether it is new."""
        from digest.core.store import feeds

        with self.transaction():
            return feeds.add_feed(self.connection, url, title, full_text)

    def set_full_text(self, url_or_id: str | int, mode: str) -> bool:
        """Set a feed's full-text mode (auto, always, never); return whether the feed exists."""
        from digest.core.store import feeds

        with self.transaction():
            return feeds.set_full_text(self.connection, url_or_id, mode)

    def remove_feed(self, feed_id: int) -> int:
        """Unsubscribe from a feed and delete its articles; return how many articles went."""
        from digest.core.store import feeds

        with self.transaction():
            return feeds.remove_feed(self.connection, feed_id)
