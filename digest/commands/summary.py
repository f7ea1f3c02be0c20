"""``digest summary``: an extractive summary of each article, whole and per section, as text or JSON."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from digest.commands.common import add_paths_argument, run_per_article
from digest.commands.options import SENTENCES_ERROR, sentence_count
from digest.commands.output import EXIT_BAD_INPUT, report_error
from digest.core.model import Article
from digest.core.sanitize import shown
from digest.core.summarize import DEFAULT_SENTENCES, METHODS, Summary, summarize


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``summary`` command."""
    parser = subparsers.add_parser(
        "summary",
        help="print an article's extractive summary",
        description=(
            "Print each article's extractive summary: the whole article, then each section. "
            f"Methods: {', '.join(METHODS)}."
        ),
    )
    add_paths_argument(parser)
    parser.add_argument(
        "--sentences",
        default=str(DEFAULT_SENTENCES),
        metavar="N",
        help=f"sentences per summary (default {DEFAULT_SENTENCES})",
    )
    parser.add_argument(
        "--method", default="default", metavar="NAME", help=f"summary method: {', '.join(METHODS)} (default: default)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON: {title, method, summary: [...], sections: [{title, summary: [...]}], note}",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest summary``."""
    count = sentence_count(args.sentences)
    if count is None:
        report_error(SENTENCES_ERROR.format(args.sentences))
        return EXIT_BAD_INPUT
    if args.method not in METHODS:
        report_error(f"--method: unknown method {args.method!r} (choose from {', '.join(METHODS)})")
        return EXIT_BAD_INPUT

    def to_json(article: Article) -> dict[str, Any]:
        document = summarize(article, count, args.method).to_dict(article.title)
        document["source"] = article.source
        return document

    def to_text(article: Article) -> str:
        return render(article, summarize(article, count, args.method))

    return run_per_article(args, to_json, to_text)


def _bullets(sentences: list[str]) -> list[str]:
    """Sentences as wrapped bullet points."""
    return [textwrap.fill(s, width=100, initial_indent="  - ", subsequent_indent="    ") for s in sentences]


def render(article: Article, summary: Summary) -> str:
    """A readable summary: the title, the whole-article summary, then each section's."""
    lines = [
        article.title,
        "=" * min(len(article.title), 80),
        f"source: {shown(article.source)}  method: {summary.method}",
    ]
    if summary.note:
        lines.append(f"note: {summary.note}")
    lines += ["", "Summary:", *_bullets(summary.sentences)]
    if len(summary.sections) > 1:
        for section in summary.sections:
            lines += ["", f"{section.title or '(lead)'}:", *_bullets(section.sentences)]
    return "\n".join(lines)
