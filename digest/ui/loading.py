"""Loading the articles for the app: each file that fails becomes a one-line message, the others load."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.ingest import article_paths, load_article
from digest.core.model import Article


@dataclass
class LoadResult:
    """The articles that loaded and a one-line message per input that did not."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def load_for_app(paths: Iterable[str | Path], *, max_bytes: int | None = None) -> LoadResult:
    """Load every article named by ``paths`` (files or folders), collecting errors instead of printing them."""
    result = LoadResult()
    for given in paths:
        root = Path(given)
        if not root.exists():
            result.errors.append(f"{given}: no such file or folder")
            continue
        found = False
        for path in article_paths([root]):
            found = True
            try:
                result.articles.append(load_article(path, max_bytes=max_bytes))
            except DigestError as error:
                result.errors.append(" ".join(str(error).split()))
        if not found:
            result.errors.append(f"{given}: no article files (.txt, .md, .html) in this folder")
    return result
