"""``digest stories``: articles grouped into stories (one real event each), summarised together.

For files: ``digest stories PATH... [--sentences N] [--json]``. For the library: ``digest stories --library
[PATH] [--since 1d] [--json]`` (the library's stories, or only those with an article since then).
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from digest.commands.common import load_paths
from digest.commands.options import SENTENCES_ERROR, sentence_count
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, dump_json, report_error
from digest.core.model import Article
from digest.core.stories import DEFAULT_SENTENCES, Story, build_stories, describe_story, reindexed
from digest.core.wording import plural, role_beside


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``stories`` command."""
    parser = subparsers.add_parser(
        "stories",
        help="group articles about the same event into stories, with a summary and who said what",
        description=(
            "Group articles about the same real event into stories: a summary across them, the actors and "
            "their quotes across outlets. Give article files or folders, or --library for the library's."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders of them")
    parser.add_argument(
        "--library",
        dest="stories_library",
        nargs="?",
        const="",
        default=None,
        metavar="PATH",
        help="group the library's articles (optionally the library file PATH) instead of files",
    )
    parser.add_argument(
        "--since",
        default=None,
        metavar="WHEN",
        help="with --library: only stories with an article from WHEN on (12h, 1d, 2w or a date)",
    )
    parser.add_argument(
        "--sentences",
        default=str(DEFAULT_SENTENCES),
        metavar="N",
        help=f"summary sentences (default {DEFAULT_SENTENCES})",
    )
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N", help="refuse files larger than N bytes")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {"stories": [{id, title, articles: [{source, title, url}], summary: [...], actors, quotes}]}',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest stories``."""
    count = sentence_count(args.sentences)
    if count is None:
        report_error(SENTENCES_ERROR.format(args.sentences))
        return EXIT_BAD_INPUT
    if args.stories_library is not None:
        if args.paths:
            report_error("give either PATH arguments or --library, not both")
            return EXIT_BAD_INPUT
        return _run_library(args, count)
    if args.since is not None:
        report_error("--since works with --library only")
        return EXIT_BAD_INPUT
    if not args.paths:
        report_error("give article files or folders, or --library")
        return EXIT_BAD_INPUT
    loaded = load_paths(args.paths, max_bytes=args.max_bytes)
    stories = build_stories(loaded.articles, None, count)
    _print(stories, loaded.articles, [None] * len(loaded.articles), args.json)
    return loaded.exit_status


def _run_library(args: argparse.Namespace, count: int) -> int:
    """Group the library's articles (those since ``--since``)."""
    from digest.commands.library_common import open_library
    from digest.core.store.selection import parse_since

    try:
        cutoff = None if args.since is None else parse_since(args.since)
    except ValueError as error:
        report_error(f"--since: {error}")
        return EXIT_BAD_INPUT
    args.library = args.stories_library or getattr(args, "library", None)
    library = open_library(args)
    if library is None:
        return EXIT_BAD_INPUT
    with library:
        library.place_unplaced()
        articles: list[Article] = []
        times: list[float | None] = []
        stories: list[Story] = []
        for row in library.stories(since=cutoff):
            first = len(articles)
            reports = []
            for article_row in library.rows(ids=list(row.article_ids)):
                article = library.article(article_row.id)
                if article is not None:
                    articles.append(article)
                    times.append(_when(article_row.date).timestamp())
                    reports.append(library.quotes_of(article))
            if len(articles) > first:
                story = describe_story(articles[first:], times[first:], count, reports)
                stories.append(replace(reindexed(story, range(first, len(articles))), id=str(row.id)))
    _print(stories, articles, times, args.json)
    return EXIT_OK


def _when(date: str) -> datetime:
    """A library date (ISO 8601) as an aware datetime (the epoch when unreadable)."""
    try:
        parsed = datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def story_to_dict(story: Story, articles: Sequence[Article], times: Sequence[float | None]) -> dict[str, Any]:
    """The JSON shape of one story."""

    def source(index: int) -> str:
        return articles[index].source

    copies_of = {i: [source(j) for j in group if j != i] for group in story.copies for i in group}
    return {
        "id": story.id,
        "title": story.title,
        "articles": [
            {
                "source": source(i),
                "title": articles[i].title,
                "url": articles[i].url,
                "published": _iso(times[i]),
                "copies": copies_of.get(i, []),
            }
            for i in story.articles
        ],
        "summary": [s.text for s in story.summary],
        "summary_sources": [source(s.article) for s in story.summary],
        "actors": [
            {
                "name": a.name,
                "role": a.role,
                "quotes": a.quotes,
                "aliases": a.aliases,
                "sources": [source(i) for i in a.articles],
            }
            for a in story.actors
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "kind": q.kind,
                "source": source(q.sources[0]),
                "sources": [source(i) for i in q.sources],
            }
            for q in story.quotes
        ],
        "newest": _iso(story.newest),
    }


def _iso(when: float | None) -> str | None:
    return None if when is None else datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _print(stories: list[Story], articles: Sequence[Article], times: Sequence[float | None], as_json: bool) -> None:
    if as_json:
        dump_json({"stories": [story_to_dict(s, articles, times) for s in stories]})
        return
    print("\n\n".join(render(s, articles) for s in stories) if stories else "(no articles)")


def _wrap(text: str, bullet: str = "  - ") -> str:
    return textwrap.fill(text, width=100, initial_indent=bullet, subsequent_indent=" " * len(bullet))


def render(story: Story, articles: Sequence[Article]) -> str:
    """A readable story: its title, articles, summary (with each sentence's source) and who said what."""
    count = len(story.articles)
    lines = [story.title, "=" * min(len(story.title), 80), f"{plural(count, 'article')}:"]
    copied = {i: len(g) - 1 for g in story.copies for i in g}
    for i in story.articles:
        note = f"  (also on {copied[i]} other{'s' * (copied[i] != 1)})" if i in copied else ""
        lines.append(f"  [{i + 1}] {articles[i].title} ({articles[i].source}){note}")
    lines += ["", "Summary:"]
    lines += [_wrap(f"{s.text} [{s.article + 1}]") for s in story.summary]
    if story.quotes:
        lines += ["", "Who said what:"]
        for actor in story.actors:
            role = role_beside(actor.name, actor.role)
            lines.append(f"  {actor.name}" + (f" ({role})" if role else ""))
            for quote in (q for q in story.quotes if q.speaker == actor.name):
                shown = f"“{quote.text}”" if quote.kind == "direct" else f"[reported] {quote.text}"
                marks = ",".join(str(i + 1) for i in quote.sources)
                lines.append(_wrap(f"{shown} [{marks}]", "    - "))
    return "\n".join(lines)
