"""Helpers every sub-command shares: loading articles with one-line errors, printing JSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, dump_json, report_error
from digest.core.errors import DigestError
from digest.core.ingest import article_paths, load_article
from digest.core.model import Article


@dataclass
class Loaded:
    """The articles that loaded, and how many inputs failed (each already reported on stderr)."""

    articles: list[Article] = field(default_factory=list)
    failures: int = 0

    @property
    def exit_status(self) -> int:
        """0 when everything loaded, 2 when anything failed or nothing was found."""
        return EXIT_BAD_INPUT if self.failures or not self.articles else EXIT_OK


def article_files(given: str) -> list[Path]:
    """The article files a PATH argument names (a file, or a folder's article files).

    A missing path or a folder without article files is reported (one line) and gives an empty list.
    """
    root = Path(given)
    if not root.exists():
        report_error(f"{given}: no such file or folder")
        return []
    found = list(article_paths([root]))
    if not found:
        report_error(f"{given}: no article files (.txt, .md, .html) in this folder")
    return found


def load_paths(paths: Iterable[str], *, max_bytes: int | None = None) -> Loaded:
    """Load every article named by ``paths`` (files or folders), reporting failures one line each."""
    loaded = Loaded()
    for given in paths:
        files = article_files(given)
        loaded.failures += not files
        for path in files:
            try:
                loaded.articles.append(load_article(path, max_bytes=max_bytes))
            except DigestError as error:
                report_error(str(error))
                loaded.failures += 1
    return loaded


def add_paths_argument(parser: argparse.ArgumentParser, *, nargs: str = "+") -> None:
    """Add the positional PATH argument and the shared --max-bytes option."""
    parser.add_argument("paths", nargs=nargs, metavar="PATH", help="article files or folders of them")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="refuse files larger than N bytes (default 20 MB, or $DIGEST_MAX_BYTES)",
    )


def print_json(documents: list[dict[str, Any]], *, single: bool) -> None:
    """Print one JSON object (single input file) or a JSON array of them (several or a folder)."""
    dump_json(documents[0] if single and len(documents) == 1 else documents)


def is_single_file(paths: list[str]) -> bool:
    """Tell whether the command was given exactly one file (not a folder): its JSON is one object."""
    return len(paths) == 1 and Path(paths[0]).is_file()


def run_per_article(
    args: argparse.Namespace,
    to_json: Callable[[Article], dict[str, Any]],
    to_text: Callable[[Article], str],
) -> int:
    """Load the articles named in ``args.paths`` and print each as JSON or text; return the exit status."""
    loaded = load_paths(args.paths, max_bytes=args.max_bytes)
    if args.json:
        if loaded.articles:
            print_json([to_json(a) for a in loaded.articles], single=is_single_file(args.paths))
    else:
        print("\n\n".join(to_text(a) for a in loaded.articles))
    return loaded.exit_status
