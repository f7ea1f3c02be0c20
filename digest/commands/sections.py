"""``digest sections``: an article's title and its own sections, as an outline or JSON."""

from __future__ import annotations

import argparse
import textwrap

from digest.commands.common import add_paths_argument, run_per_article
from digest.core.model import Article
from digest.core.sanitize import shown


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``sections`` command."""
    parser = subparsers.add_parser(
        "sections",
        help="print an article's sections",
        description="Print each article's title and sections: a readable outline, or JSON with --json.",
    )
    add_paths_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON: {title, source, sections: [{title, text}]}")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest sections``."""
    return run_per_article(args, Article.to_dict, outline)


def outline(article: Article) -> str:
    """A readable outline: the title, then each section's heading with the start of its text."""
    lines = [article.title, "=" * min(len(article.title), 80), f"source: {shown(article.source)}", ""]
    for number, section in enumerate(article.sections, start=1):
        heading = section.title if section.title is not None else "(lead)"
        words = len(section.text.split())
        lines.append(f"{number}. {heading}  [{len(section.paragraphs)} paragraphs, {words} words]")
        preview = textwrap.shorten(section.text, width=100, placeholder=" ...")
        if preview:
            lines.append(f"   {preview}")
    return "\n".join(lines)
