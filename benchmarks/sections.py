"""Sections benchmark: quality of titles/sections over a corpus, and HTML ingestion speed.

Usage (from the repository root)::

    python benchmarks/sections.py                          # ../shared/corpus, digest only
    python benchmarks/sections.py --compare                # also readability-lxml and trafilatura as-is
    python benchmarks/sections.py --gold annotations.json  # precision/recall against your annotations
    python benchmarks/sections.py --timing-only

Per file it prints the title, the section titles and every boilerplate-pattern hit in a section body
(embed ids, "Share this", "Read more", "Sign up", "Advertisement", "Image copyright", cookie notices ...).
With ``--gold FILE`` (a JSON object ``{"file name": {"title": str, "headings": [str, ...]}}`` kept
outside the repository) it also prints sub-heading precision/recall and title matches. The timing part
parses a synthetic 1 MB article page and the largest corpus page, reporting the time against plain lxml
parsing of the same page in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402

from digest.core.ingest import load_article, parse_article  # noqa: E402
from digest.core.ingest.decode import decode  # noqa: E402
from digest.core.ingest.markdown import parse_markdown  # noqa: E402
from digest.core.model import Article  # noqa: E402

BOILERPLATE_PATTERNS = {
    "embed id": r"\b\d{9,}\b|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "share": r"\bshare (?:this|on|via)\b|\bshare\b\s*$",
    "read more": r"\bread more\b|\[read:|\bcontinue reading\b",
    "related": r"^\s*related\b|\brelated (?:coverage|stories|articles|topics)\b|\bmore:\s*$",
    "sign up": r"\bsign up\b|\bsubscribe\b|\bnewsletter\b",
    "follow": r"\bfollow (?:us|him|her|ap)\b",
    "advertisement": r"^\s*advertisement\s*$|\badvertisement\b",
    "copyright": r"\bcopyright\b|\u00a9|all rights reserved",
    "caption": r"\bimage (?:caption|copyright)\b|\bmedia (?:caption|playback)\b|\bgetty images\b|\(reuters\)\s*$",
    "credit": r"^\s*credit\b|\bcontributed to this report\b|^\s*contributing:|\(additional reporting\b",
    "byline": r"^\s*by [A-Z][a-z]+ [A-Z]|\bassociated press\s*$",
    "cookie": r"\bcookies?\b",
    "gallery": r"\bfull screen\b|\bautoplay\b|\bskip ad\b|^\s*\d+ of \d+\b",
    "promo": r"\bclick here\b|\bloading\b|\bphoto gallery\b",
}
"""Text patterns that suggest page furniture leaked into a section body (checked per paragraph)."""


def boilerplate_hits(article: Article) -> list[tuple[str, str]]:
    """The (pattern name, paragraph excerpt) pairs of every boilerplate pattern found in the sections."""
    hits: list[tuple[str, str]] = []
    for section in article.sections:
        for paragraph in section.paragraphs:
            for name, pattern in BOILERPLATE_PATTERNS.items():
                if re.search(pattern, paragraph, re.I | re.M):
                    hits.append((name, paragraph[:100]))
    return hits


def _readability(text: str, source: str) -> Article:
    from markdownify import markdownify
    from readability import Document

    document = Document(text)
    markdown = markdownify(document.summary(html_partial=True), heading_style="ATX")
    return parse_markdown(markdown, source, title=document.short_title(), fmt="html")


def _trafilatura(text: str, source: str) -> Article:
    import trafilatura

    markdown = trafilatura.extract(text, output_format="markdown", include_comments=False) or ""
    metadata = trafilatura.extract_metadata(text)
    title = metadata.title if metadata is not None and metadata.title else None
    return parse_markdown(markdown, source, title=title, fmt="html")


def _digest(text: str, source: str) -> Article:
    return parse_article(text, source, "html")


EXTRACTORS: dict[str, Callable[[str, str], Article]] = {
    "digest": _digest,
    "readability": _readability,
    "trafilatura": _trafilatura,
}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def evaluate(name: str, files: list[Path], gold: dict[str, dict[str, object]], verbose: bool) -> None:
    """Print per-file results of one extractor and the totals."""
    extractor = EXTRACTORS[name]
    true_positive = found_total = expected_total = leaks = titles_ok = titled = 0
    print(f"\n## {name}")
    for path in files:
        if path.suffix == ".html" or name == "digest":
            if name == "digest":
                article = load_article(path)
            else:
                article = extractor(decode(path.read_bytes(), str(path)), path.name)
        else:
            continue
        found = article.section_titles
        hits = boilerplate_hits(article)
        leaks += len(hits)
        line = f"{path.name}: title={article.title!r}"
        entry = gold.get(path.name)
        if entry is not None:
            expected = [str(h) for h in entry.get("headings", [])]  # type: ignore[union-attr]
            matched = {_norm(h) for h in expected} & {_norm(h) for h in found}
            true_positive += len(matched)
            found_total += len(found)
            expected_total += len(expected)
            if entry.get("title"):
                titled += 1
                titles = [_norm(str(t)) for t in ([entry["title"]] + list(entry.get("alt_titles", [])))]  # type: ignore[operator]
                ok = _norm(article.title) in titles
                titles_ok += ok
                line += "" if ok else f"  TITLE MISMATCH (expected {entry['title']!r})"
            missing = [h for h in expected if _norm(h) not in matched]
            extra = [h for h in found if _norm(h) not in matched]
            if missing or extra:
                line += f"\n    missing={missing} extra={extra}"
        print(line)
        if verbose:
            print(f"    sections={found}")
        for pattern, excerpt in hits:
            print(f"    LEAK [{pattern}] {excerpt!r}")
    if expected_total or found_total:
        precision = true_positive / found_total if found_total else 1.0
        recall = true_positive / expected_total if expected_total else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"{name}: sub-headings precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
            f"({true_positive} of {found_total} found, {expected_total} expected); titles {titles_ok}/{titled}"
        )
    print(f"{name}: boilerplate-pattern hits in section bodies: {leaks}")


def synthetic_page(size: int = 1_000_000, *, article_share: float = 1.0) -> str:
    """A news-like page of about ``size`` bytes: navigation, an article with sub-headings, furniture.

    ``article_share`` is the part of the page that is article text; the rest is what real news pages
    carry (inline scripts and styles, menus, related-story lists, a comment thread). The corpus pages
    are 45-310 KB with 3-10 KB of article text, so a real 1 MB page is mostly furniture; 1.0 gives the
    worst case, a 1 MB article.
    """
    nav = "<nav><ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40)) + "</ul></nav>"
    paragraph = (
        "<p>The minister said on Tuesday that the talks, which began in the spring, had made "
        "&ldquo;real progress&rdquo; on trade and security, though several questions remained open.</p>"
    )
    related = '<div class="related"><h3>Related</h3><ul><li><a href="/r">Another story</a></li></ul></div>'
    article_size = int(size * article_share)
    parts: list[str] = []
    length = index = 0
    while length < article_size:
        index += 1
        part = f"<h2>Part {index} of the story</h2>" + paragraph * 12 + (related if index % 5 == 0 else "")
        parts.append(part)
        length += len(part)
    furniture: list[str] = []
    length = 0
    while length < size - article_size:
        block = (
            "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'event': 'view', 'id': 12345});"
            "</script><style>.promo{margin:0 auto;padding:4px}</style>"
            '<div class="comment"><p class="comment-author">reader123</p><p>I do not agree with this at all, '
            "the talks were a waste of time and everyone knows it.</p></div>"
            '<div class="most-read"><ul>' + '<li><a href="/m">A popular story headline</a></li>' * 5 + "</ul></div>"
        )
        furniture.append(block)
        length += len(block)
    return (
        "<!doctype html><html><head><title>A long story - Example News</title>"
        '<meta property="og:site_name" content="Example News"></head><body>'
        f"{nav}<article><h1>A long story</h1>{''.join(parts)}</article>"
        f"<section class='comments'>{''.join(furniture)}</section><footer>Copyright</footer></body></html>"
    )


def _best_time(function: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def timing(files: list[Path]) -> None:
    """Print the HTML ingestion time of a synthetic 1 MB page and of the largest corpus page."""
    pages: list[tuple[str, str]] = [
        ("synthetic 1 MB page, 10% article (like real pages)", synthetic_page(article_share=0.1)),
        ("synthetic 1 MB page, all article (worst case)", synthetic_page()),
    ]
    html_files = [p for p in files if p.suffix == ".html"]
    if html_files:
        largest = max(html_files, key=lambda p: p.stat().st_size)
        pages.append((f"largest corpus page ({largest.name})", decode(largest.read_bytes(), largest.name)))
    print("\n## timing (best of 5)")
    for label, text in pages:
        baseline = _best_time(lambda text=text: lxml.html.document_fromstring(text))  # type: ignore[misc]
        ours = _best_time(lambda text=text: parse_article(text, "bench.html", "html"))  # type: ignore[misc]
        print(
            f"{label}: {len(text.encode()) / 1e6:.2f} MB, digest {ours * 1000:.0f} ms, "
            f"lxml parse only {baseline * 1000:.0f} ms, ratio {ours / baseline:.1f}x"
        )
    deep = "<div>" * 100_000 + "text" + "</div>" * 100_000
    start = time.perf_counter()
    try:
        parse_article(deep, "deep.html", "html")
        outcome = "parsed"
    except RecursionError:
        outcome = "RecursionError (reported as an IngestError by load_article)"
    print(f"100,000-deep nesting: {outcome} in {(time.perf_counter() - start) * 1000:.0f} ms")
    script = "<html><body>" + "<script>var x = 1;</script>" * 40_000 + "</body></html>"
    start = time.perf_counter()
    article = parse_article(script, "script.html", "html")
    print(
        f"all-script page ({len(script) / 1e6:.1f} MB): {len(article.text)} characters of text "
        f"in {(time.perf_counter() - start) * 1000:.0f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--gold", type=Path, help="annotations JSON kept outside the repository")
    parser.add_argument("--compare", action="store_true", help="also run readability-lxml and trafilatura as-is")
    parser.add_argument("--timing-only", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every file's section titles")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("*") if p.suffix in {".html", ".txt"}) if args.corpus.is_dir() else []
    if not args.timing_only:
        if not files:
            print(f"no corpus at {args.corpus}")
        gold = json.loads(args.gold.read_text(encoding="utf-8")) if args.gold else {}
        names = list(EXTRACTORS) if args.compare else ["digest"]
        for name in names:
            evaluate(name, files, gold, args.verbose)
    timing(files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
