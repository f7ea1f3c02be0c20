"""Helpers for the UI tests: an app factory with isolated settings, fakes for the slow core functions."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from digest.core.model import Article, Section
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.store import Library
from digest.core.store.cache import encode_quotes
from digest.core.summarize import SectionSummary, Summary
from digest.ui.app import DigestApp
from digest.ui.article_document import ArticleDocument
from digest.ui.loading import load_for_app
from digest.ui.main_screen import MainScreen
from digest.ui.settings import Settings
from tests.conftest import POLYGRAPH, SAMPLE


def seed_articles() -> list[Article]:
    """The two seed articles, the sample first."""
    return load_for_app([SAMPLE, POLYGRAPH]).articles


def first_sentences(article: Article, sentences: int, method: str) -> Summary:
    """A deterministic stand-in summarizer: the first sentence of the first ``sentences`` paragraphs."""
    picked = []
    for section in article.sections:
        for paragraph in section.paragraphs:
            match = re.match(r".+?[.!?](?=\s|$)", paragraph, flags=re.S)
            picked.append(match.group() if match else paragraph)
    return Summary(
        method=method, sentences=picked[:sentences], sections=[SectionSummary(s.title, []) for s in article.sections]
    )


def quoted_words(article: Article) -> QuoteReport:
    """A deterministic stand-in quote finder: every "double-quoted" span, said by a made-up actor per section.

    Offsets are real (``section.text[start:end] == quote.text``), so scrolling and highlighting are exercised.
    """
    quotes = []
    for index, section in enumerate(article.sections):
        speaker = f"Speaker {index + 1}"
        for match in re.finditer(r'"([^"\n]{3,})"', section.text):
            quotes.append(Quote(speaker, match.group(1), "direct", section.title, index, match.start(1), match.end(1)))
    counts: dict[str, int] = {}
    for quote in quotes:
        counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    actors = [Actor(name, f"role of {name}", [], n) for name, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return QuoteReport(actors=actors, quotes=quotes)


def make_app(
    config: Path | None = None,
    *,
    articles: list[Article] | None = None,
    theme: str | None = None,
    fake: bool = True,
) -> DigestApp:
    """The reader on the seeds, with settings in ``config`` (or none) and, by default, the fake analyses."""
    from digest.ui.analysis import Analyses

    analyses = Analyses(first_sentences, quoted_words) if fake else Analyses()
    return DigestApp(articles or seed_articles(), theme=theme, settings=Settings.load(config), analyses=analyses)


async def settle(pilot: Pilot[object]) -> None:
    """Wait for the workers and for the document on screen to be rendered."""
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        document = screen.document() if isinstance(screen, MainScreen) else None
        if document is None or document.ready:
            await pilot.pause()
            return
    raise AssertionError("the document was never rendered")


def main_screen(app: DigestApp) -> MainScreen:
    """The app's main screen (fails if another screen is on top)."""
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def document(app: DigestApp) -> ArticleDocument:
    """The document on screen."""
    shown = main_screen(app).document()
    assert shown is not None
    return shown


def library_article(n: int) -> Article:
    """A small made-up article for library tests."""
    body = f"Council story {n}: the mayor said the budget would pass. Residents of ward {n} disagreed."
    return Article(f"Story {n:02}", f"/tmp/story-{n}.txt", (Section(None, body), Section("Vote", f"Vote {n}.")))


def build_library(path: Path, count: int) -> str:
    """A library of ``count`` articles (one in three from a feed), dated so the last is the newest."""
    with Library(path) as library:
        feed, _ = library.add_feed("http://127.0.0.1:9/feed.xml", "Local feed")
        with library.transaction():
            for n in range(count):
                article = library_article(n)
                analysis = library.analyse(article)
                report = QuoteReport(
                    [Actor("Mike Pompeo")], [Quote("Mike Pompeo", f"statement {n}", "direct", None, 0, 0, 1)]
                )
                analysis.quotes = encode_quotes(report)
                library.save(
                    f"k{n}",
                    article,
                    analysis,
                    feed_id=feed.id if n % 3 == 0 else None,
                    published=f"2025-01-{n + 1:02}T00:00:00Z",
                )
    return str(path)


async def until(pilot: Pilot[object], condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait (up to ``timeout`` seconds) until ``condition()`` holds; fail otherwise."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause()
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


def notices(app: App[Any]) -> list[str]:
    """The messages ``app`` shows with ``notify`` from now on (each still shown), as a list that grows."""
    shown: list[str] = []
    original = app.notify

    def recording(message: str, **options: Any) -> None:
        shown.append(str(message))
        original(message, **options)

    app.notify = recording  # type: ignore[method-assign]
    return shown
