"""``digest quotes``: who said what in an article, as a readable listing or JSON."""

from __future__ import annotations

import argparse
import textwrap

from digest.commands.common import add_paths_argument, run_per_article
from digest.core.model import Article
from digest.core.quotes import extract_quotes
from digest.core.sanitize import shown
from digest.core.wording import role_beside


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``quotes`` command."""
    parser = subparsers.add_parser(
        "quotes",
        help="list who said what in an article",
        description="List each article's actors and their quotes (direct and reported): readable, or JSON with --json.",
    )
    add_paths_argument(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON: {title, actors: [{name, role, aliases, quotes}], quotes: [{speaker, text, kind, ...}]}",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest quotes``."""
    return run_per_article(args, to_json, listing)


def to_json(article: Article) -> dict[str, object]:
    """The JSON shape of one article's quotes."""
    return extract_quotes(article).to_dict(article.title)


def listing(article: Article) -> str:
    """A readable listing: the title, then each actor with its quotes in article order."""
    report = extract_quotes(article)
    lines = [article.title, "=" * min(len(article.title), 80), f"source: {shown(article.source)}", ""]
    if not report.quotes:
        lines.append("(no attributed quotes found)")
    for actor in report.actors:
        role = role_beside(actor.name, actor.role)
        heading = actor.name + (f" ({role})" if role else "")
        own = [quote for quote in report.listed if quote.speaker == actor.name]  # a fragment within its clause
        plural = "quote" if len(own) == 1 else "quotes"
        lines.append(f"{heading}: {len(own)} {plural}")
        for quote in own:
            text = f"“{quote.text}”" if quote.kind == "direct" else f"[reported] {quote.text}"
            lines.append(textwrap.fill(text, width=100, initial_indent="  - ", subsequent_indent="    "))
        lines.append("")
    return "\n".join(lines).rstrip()
