"""Loading the articles for the app: each file that fails becomes a one-line message, the others load.

``digest read DIR`` loads only until the first article is ready (:func:`load_first`); the reader shows it
and loads the rest in a worker (:func:`load_paths`), the article list filling in as they come.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.ingest import article_paths, load_article
from digest.core.model import Article


@dataclass
class LoadResult:
    """The articles that loaded, a one-line message per input that did not, and the files not read yet."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pending: list[Path] = field(default_factory=list)


def article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """The article files named by ``paths`` (folders expanded), and a message per path that names none."""
    files: list[Path] = []
    errors: list[str] = []
    for given in paths:
        root = Path(given)
        if not root.exists():
            errors.append(f"{given}: no such file or folder")
            continue
        found = list(article_paths([root]))
        if not found:
            errors.append(f"{given}: no article files (.txt, .md, .html) in this folder")
        files.extend(found)
    return files, errors


def load_paths(files: Iterable[Path], *, max_bytes: int | None = None) -> Iterator[Article | str]:
    """Each file's article, or the one-line message saying why it did not load."""
    for path in files:
        try:
            yield load_article(path, max_bytes=max_bytes)
        except DigestError as error:
            yield " ".join(str(error).split())


def load_first(paths: Iterable[str | Path], *, max_bytes: int | None = None) -> LoadResult:
    """Load files until one article loads; the files after it are left ``pending``."""
    files, errors = article_files(paths)
    result = LoadResult(errors=errors)
    for position, loaded in enumerate(load_paths(files, max_bytes=max_bytes)):
        if isinstance(loaded, str):
            result.errors.append(loaded)
        else:
            result.articles.append(loaded)
            result.pending = files[position + 1 :]
            break
    return result


def load_for_app(paths: Iterable[str | Path], *, max_bytes: int | None = None) -> LoadResult:
    """Load every article named by ``paths`` (files or folders), collecting errors instead of printing them."""
    files, errors = article_files(paths)
    result = LoadResult(errors=errors)
    for loaded in load_paths(files, max_bytes=max_bytes):
        if isinstance(loaded, str):
            result.errors.append(loaded)
        else:
            result.articles.append(loaded)
    return result
