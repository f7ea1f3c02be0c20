"""``digest export --library``: a digest of the library's articles, chosen by the same filters as the app."""

from __future__ import annotations

import argparse

from digest.commands.library_common import ProgressBar, feed_filter, open_library
from digest.commands.output import EXIT_BAD_INPUT, EXIT_CANNOT_WRITE, EXIT_OK, report_error
from digest.core.errors import DigestError
from digest.core.export import AnalysedArticle, ExportOptions
from digest.core.store import Library
from digest.core.store.articles import ArticleRow
from digest.core.store.selection import Selection, parse_since, select_rows

FILTERS = ("unread", "starred", "feed", "since", "search", "mark_read", "by_story")
"""The options that only make sense with ``--library``."""


def add_library_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--library [PATH]`` and the filters that choose the library's articles."""
    group = parser.add_argument_group("from the library")
    group.add_argument(
        "--library",
        dest="from_library",
        nargs="?",
        const="",
        default=None,
        metavar="PATH",
        help="export the library's articles (PATH: another library file; default: $DIGEST_LIBRARY, else the "
        "user data folder), newest first",
    )
    group.add_argument("--unread", action="store_true", help="only unread articles")
    group.add_argument("--starred", action="store_true", help="only starred articles")
    group.add_argument("--feed", default=None, metavar="URL", help="only the articles of this feed (URL or id)")
    group.add_argument(
        "--since", default=None, metavar="WHEN", help="only articles from WHEN on: 12h, 1d, 2w or a date (2024-05-01)"
    )
    group.add_argument("--search", default=None, metavar="QUERY", help="only articles matching QUERY (best first)")
    group.add_argument("--mark-read", action="store_true", help="mark the exported articles read once written")
    group.add_argument(
        "--by-story",
        action="store_true",
        help="one story at a time: articles about one event together, with a summary and quotes across them",
    )


def library_filters_given(args: argparse.Namespace) -> bool:
    """Whether any library-only option was given."""
    return any(getattr(args, name) not in (None, False) for name in FILTERS)


def export_library(args: argparse.Namespace, options: ExportOptions) -> int:
    """Export the library's articles that the filters keep; 0, 2 on a bad filter or none kept, 1 unwritable."""
    from digest.commands.export import write_digest
    from digest.core.export.from_library import analysed_rows

    if args.unread and args.starred:
        report_error("choose --unread or --starred, not both")
        return EXIT_BAD_INPUT
    try:
        since = None if args.since is None else parse_since(args.since)
    except ValueError as error:
        report_error(f"--since: {error}")
        return EXIT_BAD_INPUT
    if args.from_library:
        args.library = args.from_library
    library = open_library(args)
    if library is None:
        return EXIT_BAD_INPUT
    with library:
        feed_id = feed_filter(library, args.feed)
        if feed_id is False:
            return EXIT_BAD_INPUT
        view = "unread" if args.unread else "starred" if args.starred else "all"
        rows = select_rows(library, Selection(view, feed_id, since, (args.search or "").strip()))
        if not rows:
            report_error("no articles in the library match")
            return EXIT_BAD_INPUT
        bar = ProgressBar("analysing", len(rows))
        try:
            analysed = analysed_rows(library, rows, options, progress=bar.update)
        except DigestError as error:
            bar.close()
            report_error(str(error))
            return EXIT_BAD_INPUT
        bar.close()
        if args.by_story:
            status = write_by_story(args.output, library, analysed, rows, options)
        else:
            status = write_digest(args.output, analysed, options)
        if status == EXIT_OK and args.mark_read:
            library.mark_read([row.id for row in rows])
    return status


def write_by_story(
    output: str | None,
    library: Library,
    analysed: list[AnalysedArticle],
    rows: list[ArticleRow],
    options: ExportOptions,
) -> int:
    """Group the exported articles by their library story and write the digest one story at a time."""
    from digest.commands.written import write_document
    from digest.core.export.by_story import render_by_story
    from digest.core.store.story_rows import outlet, timestamp
    from digest.core.stories import describe_story

    library.place_unplaced()
    row_of = {(row.source, row.title): row for row in rows}
    by_id = {}
    for item in analysed:
        row = row_of.get((item.article.source, item.article.title))
        if row is not None:
            by_id[row.id] = (row, item)
    groups = []
    for story in library.stories():
        members = [by_id[i] for i in story.article_ids if i in by_id]
        if not members:
            continue
        items = [item for _, item in members]
        times = [timestamp(row.date) for row, _ in members]
        sentences = min(8, options.sentences + 2 * (len(items) - 1))
        told = describe_story([i.article for i in items], times, sentences, [i.quotes for i in items])
        outlets = len({outlet(row.feed_title, row.url, row.source) for row, _ in members})
        groups.append((told, items, outlets))
    try:
        text = render_by_story(groups, options)
    except DigestError as error:
        report_error(str(error))
        return EXIT_CANNOT_WRITE
    return write_document(output, text)
