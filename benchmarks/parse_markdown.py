"""The body-to-Markdown step of HTML parsing: the lxml walk against markdownify, output and time.

Usage (from the repository root)::

    python benchmarks/parse_markdown.py                      # ../shared/extraction/html, ../shared/corpus, seeds
    python benchmarks/parse_markdown.py --stages DIR [DIR]   # also CPU ms per page of each parse stage

For every HTML page it parses the page as ``parse_html`` does, finds the body, and writes the body's
Markdown twice: with :func:`~digest.core.ingest.html_markdown_walk.walk_markdown` and with markdownify
(:func:`~digest.core.ingest.html_markdownify.markdownify_body`). It prints how many bodies the walk
wrote, how many it left to markdownify, and every body where the two differ (there should be none), with
the CPU time of each writer (least of 3 per page, summed). ``--stages`` adds the CPU milliseconds per page
(median and mean over the pages, least of 3 per page) of each stage of ``load_article`` on an HTML page:
reading and decoding, the markup check, lxml's parse, the headline and URL, the body finder, the Markdown,
the Markdown split and the section clean-up.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from lxml import etree  # noqa: E402

from digest.core.ingest import html as html_module  # noqa: E402
from digest.core.ingest.decode import decode, decode_as_is, read_bytes  # noqa: E402
from digest.core.ingest.html_content import article_body  # noqa: E402
from digest.core.ingest.html_markdown import body_markdown  # noqa: E402
from digest.core.ingest.html_markdown_walk import walk_markdown  # noqa: E402
from digest.core.ingest.html_markdownify import markdownify_body  # noqa: E402
from digest.core.ingest.html_meta import meta_and_links, page_title, page_url  # noqa: E402
from digest.core.ingest.markdown import parse_markdown  # noqa: E402
from digest.core.sanitize import markup_text  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "extraction" / "html", SHARED / "corpus", ROOT / "seeds"]
STAGES = ("read+decode", "markup", "lxml", "headline+url", "body", "markdown", "split", "clean")


def html_pages(folders: list[Path]) -> list[Path]:
    """The HTML files of the folders, sorted."""
    return sorted(path for folder in folders for path in folder.glob("*.htm*") if path.is_file())


def _document(page: str | bytes) -> lxml.html.HtmlElement:
    """The page parsed as ``parse_html`` parses it (from its UTF-8 bytes when given them)."""
    encoding = "utf-8" if isinstance(page, bytes) else None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, encoding=encoding)
    parser.set_element_class_lookup(html_module._ELEMENT_CLASSES)
    return lxml.html.document_fromstring(page, parser=parser)


def _body(path: Path) -> lxml.html.HtmlElement:
    text = html_module._XML_DECLARATION.sub("", markup_text(decode(read_bytes(path), str(path))), count=1)
    document = _document(text)
    return article_body(document, page_title(document, meta_and_links(document)))


def _least(writer: Callable[[lxml.html.HtmlElement], str | None], body: lxml.html.HtmlElement) -> tuple[float, object]:
    """The least CPU seconds of 3 runs of ``writer`` on a copy of ``body``, and its Markdown."""
    best, result = float("inf"), None
    for _ in range(3):
        start = time.process_time()
        result = writer(copy.deepcopy(body))
        best = min(best, time.process_time() - start)
    return best, result


def compare(pages: list[Path]) -> int:
    """Print the walk against markdownify on each page's body; the number of bodies that differ."""
    walked = left = differ = 0
    walk_time = markdownify_time = 0.0
    for path in pages:
        body = _body(path)
        seconds, ours = _least(walk_markdown, body)
        theirs_seconds, theirs = _least(markdownify_body, body)
        if ours is None:
            left += 1
            continue
        walked += 1
        walk_time += seconds
        markdownify_time += theirs_seconds
        if ours != theirs:
            differ += 1
            print(f"differs: {path}")
    print(
        f"{len(pages)} pages: {walked} bodies walked, {left} left to markdownify, {differ} walked bodies differ"
        f" from markdownify; CPU on the walked bodies (least of 3, deep copy included): walk"
        f" {1000 * walk_time:.1f} ms, markdownify {1000 * markdownify_time:.1f} ms"
    )
    return differ


def _stage_times(path: Path) -> dict[str, float]:
    """CPU seconds of each stage of one HTML page's parse."""
    clock = time.process_time
    times: dict[str, float] = {}
    start = clock()
    data = read_bytes(path)
    text, as_is = decode_as_is(data, str(path))
    times["read+decode"], start = clock() - start, clock()
    marked = html_module._XML_DECLARATION.sub("", markup_text(text), count=1)
    times["markup"], start = clock() - start, clock()
    document = _document(data if as_is and marked is text else marked)
    times["lxml"], start = clock() - start, clock()
    tags = meta_and_links(document)
    title, _url = page_title(document, tags), page_url(document, tags)
    times["headline+url"], start = clock() - start, clock()
    body = article_body(document, title)
    times["body"], start = clock() - start, clock()
    markdown = body_markdown(body)
    times["markdown"], start = clock() - start, clock()
    article = parse_markdown(markdown, str(path), title=title, fmt="html", simple=True)
    times["split"], start = clock() - start, clock()
    html_module._clean_sections(article.sections, article.title)
    times["clean"] = clock() - start
    return times


def stages(pages: list[Path]) -> None:
    """Print the CPU ms per page of each parse stage, median (mean), least of 3 per page."""
    for path in pages:
        _stage_times(path)  # warm up
    per_stage: dict[str, list[float]] = {name: [] for name in STAGES}
    for path in pages:
        runs = [_stage_times(path) for _ in range(3)]
        for name in STAGES:
            per_stage[name].append(1000 * min(run[name] for run in runs))
    totals = [sum(values) for values in zip(*per_stage.values(), strict=True)]
    print(f"{len(pages)} pages, CPU ms per page, median (mean), least of 3 per page:")
    for name, values in [*per_stage.items(), ("all", totals)]:
        print(f"  {name:13s} {statistics.median(values):6.3f} ({statistics.fmean(values):6.3f})")


def main() -> int:
    """Compare the two Markdown writers (and time the parse stages with ``--stages``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of HTML pages (default: the shared sets)")
    parser.add_argument("--stages", action="store_true", help="also the CPU ms of each parse stage")
    args = parser.parse_args()
    folders = args.folders or [folder for folder in FOLDERS if folder.is_dir()]
    pages = html_pages(folders)
    differ = compare(pages)
    if args.stages:
        stages(pages)
    etree.clear_error_log()
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
