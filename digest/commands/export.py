"""``digest export``: a Markdown digest of articles, to stdout or written atomically to a file."""

from __future__ import annotations

import argparse
import datetime as dt

from digest.commands.common import add_paths_argument, load_paths
from digest.commands.export_library import add_library_options, export_library, library_filters_given
from digest.commands.output import EXIT_BAD_INPUT, EXIT_CANNOT_WRITE, report_error
from digest.commands.written import write_document
from digest.core.errors import DigestError
from digest.core.export import AnalysedArticle, ExportOptions, analyse, render_analysed
from digest.core.summarize import METHODS


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return number


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser(
        "export",
        help="write a Markdown digest of articles",
        description=(
            "Write one Markdown document (CommonMark, renders on GitHub and in Pandoc) with each article's "
            "summary, who said what and section outline. Without -o it goes to stdout; with -o the file is "
            "written atomically. The same inputs and options give the same bytes (pin the date with --date "
            "or SOURCE_DATE_EPOCH)."
        ),
    )
    add_paths_argument(parser, nargs="*")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the digest to FILE ('-' for stdout)")
    parser.add_argument("--sentences", type=_positive, default=3, metavar="N", help="summary sentences (default 3)")
    parser.add_argument("--method", choices=METHODS, default=METHODS[0], help="summary method (default %(default)s)")
    parser.add_argument("--title", default="News digest", metavar="TEXT", help="the digest's title")
    parser.add_argument(
        "--date", type=_date, default=None, metavar="YYYY-MM-DD", help="the digest's date (default: today)"
    )
    parser.add_argument("--front-matter", action="store_true", help="start with YAML front matter")
    parser.add_argument("--full-text", action="store_true", help="include each article's full text")
    parser.add_argument(
        "--all-quotes",
        action="store_true",
        help=f"every quote of every speaker (default: the {ExportOptions.top_actors} most-quoted speakers of each "
        f"article with their {ExportOptions.quotes_per_actor} best quotes; the others named)",
    )
    add_library_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest export``: 0 when all went well, 2 when an input was bad, 1 when the file can't be written."""
    options = ExportOptions(
        sentences=args.sentences,
        method=args.method,
        title=args.title,
        date=args.date,
        front_matter=args.front_matter,
        full_text=args.full_text,
        all_quotes=args.all_quotes,
    )
    if args.from_library is not None:
        if args.paths:
            report_error("give article files or --library, not both")
            return EXIT_BAD_INPUT
        return export_library(args, options)
    if not args.paths:
        report_error("give article files or folders to export, or --library for the library's articles")
        return EXIT_BAD_INPUT
    if library_filters_given(args):
        report_error("--unread, --starred, --feed, --since, --search, --mark-read and --by-story need --library")
        return EXIT_BAD_INPUT
    loaded = load_paths(args.paths, max_bytes=args.max_bytes)
    failures = loaded.failures
    analysed: list[AnalysedArticle] = []
    for article in loaded.articles:
        try:
            analysed.append(analyse(article, options))
        except DigestError as error:
            report_error(f"{article.source}: {error}")
            failures += 1
    if not analysed:
        if not failures:
            report_error("no articles to export")
        return EXIT_BAD_INPUT
    status = write_digest(args.output, analysed, options)
    return status or (EXIT_BAD_INPUT if failures else 0)


def write_digest(output: str | None, analysed: list[AnalysedArticle], options: ExportOptions) -> int:
    """Render and write the digest to ``output`` (stdout for None or ``-``); the exit status."""
    try:
        text = render_analysed(analysed, options)
    except DigestError as error:
        report_error(str(error))
        return EXIT_CANNOT_WRITE
    return write_document(output, text)
