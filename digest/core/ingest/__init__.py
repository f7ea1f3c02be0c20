"""Ingestion: files (plain text, Markdown, HTML) in, clean :class:`~digest.core.model.Article` out.

Each format has its own pure module; this one picks the format and expands folders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from digest.core.errors import IngestError
from digest.core.ingest.decode import decode_as_is, read_bytes
from digest.core.ingest.html import parse_html
from digest.core.ingest.markdown import parse_markdown
from digest.core.ingest.plaintext import parse_text
from digest.core.model import Article
from digest.core.sanitize import shown

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
"""The file suffixes digest reads, and the format each means."""

_NOT_ARTICLES = {
    ".pdf",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".zip",
    ".gz",
    ".tar",
    ".bz2",
    ".xz",
    ".7z",
    ".doc",
    ".docx",
    ".odt",
    ".xls",
    ".xlsx",
    ".exe",
    ".bin",
    ".so",
    ".dll",
    ".mp3",
    ".mp4",
    ".epub",
}
_NOT_ARTICLE_NAMES = re.compile(r"^(?:readme|license|licence|changelog|sources|copying)(?:\.|$)", re.I)
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)
_MARKDOWN_SNIFF = re.compile(r"^(?:#{1,6}\s+\S|[^\n]+\n(?:=+|-+)\s*$)", re.M)


def parse_article(text: str, source: str, fmt: str | None = None, *, encoded: bytes | None = None) -> Article:
    """Parse already-decoded text in the given format (sniffed when None) into an Article (``encoded``: the
    UTF-8 bytes ``text`` is exactly, when known; an HTML page is then parsed from them)."""
    fmt = fmt or sniff_format(text)
    if fmt == "html":
        return parse_html(text, source, encoded)
    if fmt == "markdown":
        return parse_markdown(text, source)
    return parse_text(text, source)


def sniff_format(text: str) -> str:
    """Guess the format of text whose file name says nothing: html, markdown or text."""
    head = text[:2048]
    if _HTML_SNIFF.match(head) or ("<p>" in head.lower() and "</p>" in head.lower()):
        return "html"
    if _MARKDOWN_SNIFF.search(text[:20000]):
        return "markdown"
    return "text"


def load_article(path: Path, *, max_bytes: int | None = None) -> Article:
    """Read and parse one article file.

    Raises:
        IngestError: The file is missing, empty, binary, too large, of an unsupported type or
            cannot be parsed. The message names the file.
    """
    suffix = path.suffix.lower()
    if suffix in _NOT_ARTICLES:
        raise IngestError(str(path), f"unsupported file type '{suffix}' (digest reads text, Markdown and HTML)")
    data = read_bytes(path, max_bytes)
    text, as_is = decode_as_is(data, str(path))
    try:
        source = shown(str(path))  # controls visible: \n, \x1b
        article = parse_article(text, source, FORMAT_BY_SUFFIX.get(suffix), encoded=data if as_is else None)
    except RecursionError:
        raise IngestError(str(path), "too deeply nested to parse") from None
    except (ValueError, TypeError) as error:
        raise IngestError(str(path), f"cannot parse ({error})") from None
    if not article.text.strip():
        raise IngestError(str(path), "no article text found")
    return article


def article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand the given paths: files as they are, folders into their article files (sorted, recursive).

    Inside folders only files with a known suffix are taken; hidden files and folders, and a folder's
    README, LICENSE, CHANGELOG and SOURCES files, are skipped.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative):
                    continue
                if _NOT_ARTICLE_NAMES.match(child.name):
                    continue
                if child.is_file() and child.suffix.lower() in FORMAT_BY_SUFFIX:
                    yield child
        else:
            yield path


__all__ = ["FORMAT_BY_SUFFIX", "IngestError", "article_paths", "load_article", "parse_article", "sniff_format"]
