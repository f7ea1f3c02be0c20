"""Speed of the Markdown export: 1,000 articles, analysis and rendering timed separately.

Goal (issue 6): exporting 1,000 articles takes under 10 s beyond the time to analyse them. The articles
are varied copies of the seeds and the corpus (each copy has its own title and source, and its
paragraphs rotated, so summaries, quotes and anchors differ); they are analysed first (summary and
quotes, as the app and library cache them), then rendered with ``render_analysed`` and written with
``write_atomically``. A baseline in the same process (joining the same articles' text into one string)
gives a ratio that does not depend on the machine.

Run: ``python benchmarks/export.py [COUNT]`` from the repository root (the corpus in ../shared/corpus
is optional; without it the seeds alone are copied).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.core.errors import DigestError  # noqa: E402
from digest.core.export import ExportOptions, analyse, render_analysed, write_atomically  # noqa: E402
from digest.core.ingest import article_paths, load_article  # noqa: E402
from digest.core.model import Article, Section  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
GOAL_SECONDS = 10.0


def base_articles() -> list[Article]:
    """The seeds and the corpus articles that load."""
    roots = [ROOT / "seeds"] + ([CORPUS] if CORPUS.is_dir() else [])
    articles = []
    for path in article_paths(roots):
        try:
            articles.append(load_article(path))
        except DigestError as error:
            print(f"skipped {error}")
    return articles


def rotated(section: Section, by: int) -> Section:
    """The section with its paragraphs rotated left by ``by``."""
    paragraphs = section.paragraphs
    if len(paragraphs) < 2:
        return section
    by %= len(paragraphs)
    return Section(section.title, "\n\n".join(paragraphs[by:] + paragraphs[:by]))


def copies(bases: list[Article], count: int) -> list[Article]:
    """``count`` varied copies of the base articles."""
    made = []
    for index in range(count):
        base = bases[index % len(bases)]
        shift = index // len(bases)
        made.append(
            Article(
                title=f"{base.title} (copy {index})",
                source=f"copy-{index}/{Path(base.source).name}",
                sections=tuple(rotated(s, shift) for s in base.sections),
                url=base.url,
                format=base.format,
            )
        )
    return made


def timed(label: str, seconds: float, count: int) -> None:
    """Print one figure."""
    print(f"{label:42s} {seconds:8.3f} s  ({seconds / count * 1000:.2f} ms per article)")


def main() -> int:
    """Print the figures; exit 1 when rendering misses the goal."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    bases = base_articles()
    articles = copies(bases, count)
    print(f"{count} articles, varied copies of {len(bases)} seed/corpus articles")

    start = time.perf_counter()
    joined = "\n\n".join(a.text for a in articles)
    baseline = time.perf_counter() - start

    options = ExportOptions(sentences=3)
    start = time.perf_counter()
    analysed = [analyse(article, options) for article in articles]
    analysis = time.perf_counter() - start
    timed("analysis (summary + quotes)", analysis, count)

    figures = {}
    for name, variant in [
        ("render", options),
        ("render --full-text --front-matter", ExportOptions(sentences=3, full_text=True, front_matter=True)),
    ]:
        start = time.perf_counter()
        document = render_analysed(analysed, variant)
        figures[name] = time.perf_counter() - start
        timed(name, figures[name], count)
        print(f"{'':42s} {len(document.encode()) / 1e6:8.2f} MB of Markdown")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        write_atomically(Path(folder) / "digest.md", document)
        writing = time.perf_counter() - start
    timed("atomic write (full text)", writing, count)
    timed("baseline: join the texts", baseline, count)

    export = max(figures.values()) + writing
    print(
        f"export beyond analysis: {export:.2f} s (goal < {GOAL_SECONDS:.0f} s); "
        f"{export / max(baseline, 1e-9):.0f}x the baseline; analysis {analysis:.2f} s; "
        f"text {len(joined) / 1e6:.1f} MB"
    )
    return 0 if export < GOAL_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
