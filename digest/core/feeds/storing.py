"""Writing refresh outcomes: a feed's entries (teasers that want their page kept as teasers until it
comes), then each page as it arrives. Every write is one transaction, so a killed refresh leaves each
entry either stored (perhaps as a teaser marked "page not fetched yet") or untouched; never lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.core.feeds.fetch import Response
from digest.core.feeds.pages import PENDING, Extracted, PageJob, wants_page
from digest.core.feeds.parse import ParsedFeed
from digest.core.store import pages
from digest.core.store.articles import delete_article
from digest.core.store.feeds import Feed, record_fetch
from digest.core.store.library import Library


@dataclass
class FeedResult:
    """What refreshing one feed did (its pages included)."""

    feed_id: int
    url: str
    title: str | None = None
    new: list[int] = field(default_factory=list)
    updated: int = 0
    not_modified: bool = False
    error: str | None = None
    entry_errors: list[str] = field(default_factory=list)
    full_text: int = 0
    teasers: list[tuple[int, str]] = field(default_factory=list)
    duplicates: int = 0

    def to_dict(self, library: Library | None = None) -> dict[str, object]:
        """The JSON shape of one feed in ``digest refresh --json``."""
        titles = {r.id: r.title for r in library.rows(ids=self.new)} if library and self.new else {}
        return {
            "feed": self.url,
            "title": self.title,
            "new": len(self.new),
            "updated": self.updated,
            "not_modified": self.not_modified,
            "error": self.error,
            "entry_errors": list(self.entry_errors),
            "articles": [{"id": i, "title": titles.get(i)} for i in self.new],
            "full_text": self.full_text,
            "teasers": [{"id": i, "reason": reason} for i, reason in self.teasers],
            "duplicates": self.duplicates,
        }


def store_result(
    library: Library, feed: Feed, response: Response | None, parsed: ParsedFeed | None, error: str | None
) -> tuple[FeedResult, list[PageJob]]:
    """Write one feed's download outcome in a single transaction; return the result and the pages wanted.

    A new entry that wants its page is stored now as a teaser marked :data:`PENDING` (or, when another
    feed's article already came from that link, recorded as that article); one already stored from its
    page, or kept as a teaser, is left alone (a page is fetched once unless asked).
    """
    result = FeedResult(feed.id, feed.url, feed.title, error=error)
    if error is not None or response is None:
        with library.transaction() as connection:
            record_fetch(connection, feed.id, error=error or "no response")
        return result, []
    if parsed is None:
        result.not_modified = True
        with library.transaction() as connection:
            record_fetch(connection, feed.id, etag=response.etag, last_modified=response.last_modified)
        return result, []
    result.title = parsed.title or feed.title
    result.entry_errors = list(parsed.errors)
    jobs: list[PageJob] = []
    keep = []
    with library.transaction() as connection:
        for entry in parsed.entries:
            key = f"feed:{feed.id}:{entry.guid}"
            state = pages.entry_state(connection, key)
            job = PageJob(key, entry.link, feed.id, entry.article, entry.published)
            if state is not None and (state.aliased or state.from_page or state.teaser_reason is not None):
                continue  # a page is fetched once (one still pending is queued by the refresh itself)
            pending = state is None and bool(entry.link) and wants_page(feed.full_text, entry.short)
            if pending:
                same = pages.article_with_page(connection, entry.link)
                if same is not None:
                    pages.add_alias(connection, key, same)
                    result.duplicates += 1
                    continue
                jobs.append(job)
            keep.append((key, entry, pending))
    analysed = [(key, entry, pending, library.analyse(entry.article)) for key, entry, pending in keep]
    with library.transaction() as connection:
        for key, entry, pending, analysis in analysed:
            article_id, status = library.save(
                key, entry.article, analysis, feed_id=feed.id, published=entry.published, place=not pending
            )  # a teaser whose page is coming joins its story as the page, or as a teaser if the page fails
            if pending:
                pages.mark_page(connection, article_id, canonical_url=None, teaser_reason=PENDING)
            if status == "new":
                result.new.append(article_id)
            elif status == "updated":
                result.updated += 1
        record_fetch(connection, feed.id, title=parsed.title, etag=response.etag, last_modified=response.last_modified)
    return result, jobs


def store_pages(library: Library, extracted: list[Extracted], results: dict[int, FeedResult]) -> list[str]:
    """Write pages' outcomes over their teasers in one transaction; return each one's outcome.

    Outcomes are "full", "teaser", "duplicate" or "gone" (see :func:`store_page`); ``results`` are the
    refresh's feed results by feed id, told what happened to their entries.
    """
    with library.transaction():
        return [store_page(library, page, results.get(page.job.feed_id or -1)) for page in extracted]


def store_page(library: Library, page: Extracted, result: FeedResult | None) -> str:
    """Write a page's outcome over its teaser (inside the caller's transaction); return "full", "teaser" or
    "duplicate" (or "gone").

    The teaser stays when the page failed, with the reason, and joins its story. When another article
    already came from the same canonical page (another feed, a tracking redirect), the teaser is replaced
    by a reference to it. The page's analysis and story features come from the worker; nothing is
    computed again here.
    """
    job, connection = page.job, library.connection
    state = pages.entry_state(connection, job.key)
    if state is None:
        return "gone"  # removed meanwhile
    if state.aliased:
        return "duplicate"
    found = page.result
    if found.article is None or found.analysis is None:
        reason = found.reason or "no page"
        pages.mark_page(connection, state.article_id, canonical_url=None, teaser_reason=reason)
        if reason != PENDING:  # kept as a teaser: it joins its story now (a pending one waits for its page)
            library.place_stored(state.article_id)
        if result is not None:
            result.teasers.append((state.article_id, reason))
        return "teaser"
    canonical = found.article.url or job.link
    same = pages.article_with_page(connection, canonical)
    if same is not None and same != state.article_id:
        delete_article(connection, state.article_id)
        pages.add_alias(connection, job.key, same)
        if result is not None:
            result.duplicates += 1
            if state.article_id in result.new:
                result.new.remove(state.article_id)
        return "duplicate"
    article_id, _ = library.save(
        job.key, found.article, found.analysis, feed_id=job.feed_id, published=job.published, features=found.features
    )
    pages.mark_page(connection, article_id, canonical_url=canonical, teaser_reason=None)
    if result is not None:
        result.full_text += 1
    return "full"
