"""Rendering analysed articles as one Markdown digest.

The document, in order: optional YAML front matter; ``# <title> — <date>``; a contents list linking
to each article; per article ``## <title>``, its source, the summary as a list, **Who said what**
(``####`` per actor with their quotes as blockquotes, each marked direct or reported with its
section), the section outline and, optionally, the full text; then an "Actors across this digest"
table when several articles quote the same actor.

All article text goes through :func:`digest.core.export.escape.inline`; every heading goes through
one :class:`~digest.core.export.anchors.Slugger` in document order, so links match GitHub's ids.
Nothing here depends on the clock, the environment or hash order: the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from digest import __version__
from digest.core.export.anchors import Slugger
from digest.core.export.escape import inline, link_destination, visible, yaml_string
from digest.core.export.options import ExportOptions, export_date
from digest.core.model import Article
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.summarize import Summary

GENERATOR = f"digest {__version__}"
"""The generator named in the front matter."""

SHARED_ACTORS_HEADING = "Actors across this digest"
_KIND_LABELS = {"direct": "Direct quote", "indirect": "Reported speech"}


@dataclass(frozen=True)
class AnalysedArticle:
    """An article with the analyses the export shows: its summary and who said what."""

    article: Article
    summary: Summary
    quotes: QuoteReport


@dataclass
class _SharedActor:
    name: str
    roles: list[str]
    articles: list[tuple[str, str]]  # (visible title, anchor)
    quotes: int


class _Writer:
    """Collects Markdown blocks and hands every heading its GitHub id."""

    def __init__(self, slugger: Slugger) -> None:
        self.blocks: list[str] = []
        self.slugger = slugger

    def heading(self, level: int, text: str) -> str:
        """Add a heading for untrusted ``text``; return its anchor."""
        shown = visible(text) or "Untitled"
        self.blocks.append(f"{'#' * level} {inline(shown)}")
        return self.slugger.slug(shown)

    def paragraph(self, markdown: str) -> None:
        """Add a block of already-safe Markdown."""
        self.blocks.append(markdown)


def _article_title(article: Article) -> str:
    return visible(article.title) or "Untitled article"


def _source_line(article: Article) -> str:
    destination = link_destination(article.url) or link_destination(article.source)
    if destination is not None:
        shown = article.url if link_destination(article.url) else article.source
        return f"**Source:** [{inline(shown or destination)}]({destination})"
    name = PurePath(article.source).name or article.source
    return f"**Source:** {inline(name) or 'unknown'}"


def _quote_label(quote: Quote, article: Article) -> str:
    kind = _KIND_LABELS.get(quote.kind, visible(quote.kind).capitalize() or "Quote")
    section = quote.section
    if section is None and 0 <= quote.section_index < len(article.sections):
        section = article.sections[quote.section_index].title
    where = f"in “{visible(section)}”" if section and visible(section) else "in the lead"
    return f"*{inline(f'{kind}, {where}')}:*"


def _speakers(report: QuoteReport) -> list[tuple[Actor, list[Quote]]]:
    """Each actor with their quotes (actors order), then speakers the report did not list as actors."""
    listed = {actor.name for actor in report.actors}
    groups = [(actor, report.quotes_of(actor.name)) for actor in report.actors]
    unlisted: dict[str, list[Quote]] = {}
    for quote in report.quotes:
        if quote.speaker not in listed:
            unlisted.setdefault(quote.speaker, []).append(quote)
    groups += [(Actor(name=name), quotes) for name, quotes in unlisted.items()]
    return [(actor, [q for q in quotes if visible(q.text)]) for actor, quotes in groups if visible(actor.name)]


def _actor_heading(actor: Actor) -> str:
    role = visible(actor.role or "")
    return f"{visible(actor.name)}, {role}" if role else visible(actor.name)


def _who_said_what(writer: _Writer, item: AnalysedArticle) -> None:
    writer.heading(3, "Who said what")
    groups = [(actor, quotes) for actor, quotes in _speakers(item.quotes) if quotes]
    if not groups:
        writer.paragraph("No quotes found.")
        return
    for actor, quotes in groups:
        writer.heading(4, _actor_heading(actor))
        for quote in quotes:
            writer.paragraph(_quote_label(quote, item.article))
            writer.paragraph(f"> {inline(quote.text)}")


def _outline(writer: _Writer, article: Article) -> None:
    writer.heading(3, "Sections")
    titles = [visible(s.title) for s in article.sections if s.title is not None and visible(s.title)]
    if not titles:
        writer.paragraph("No sub-headings: one continuous text.")
        return
    entries = (["(lead)"] if article.sections and article.sections[0].title is None else []) + titles
    writer.paragraph("\n".join(f"{number}. {inline(title)}" for number, title in enumerate(entries, start=1)))


def _full_text(writer: _Writer, article: Article) -> None:
    writer.heading(3, "Full text")
    for section in article.sections:
        if section.title is not None and visible(section.title):
            writer.heading(4, section.title)
        for paragraph in section.paragraphs:
            if visible(paragraph):
                writer.paragraph(inline(paragraph))


def _article(writer: _Writer, item: AnalysedArticle, options: ExportOptions) -> str:
    anchor = writer.heading(2, _article_title(item.article))
    writer.paragraph(_source_line(item.article))
    writer.heading(3, "Summary")
    sentences = [inline(s) for s in item.summary.sentences if visible(s)]
    writer.paragraph("\n".join(f"- {s}" for s in sentences) if sentences else "No summary: the article is too short.")
    if item.summary.note and visible(item.summary.note):
        writer.paragraph(f"Note: {inline(item.summary.note)}")
    _who_said_what(writer, item)
    _outline(writer, item.article)
    if options.full_text:
        _full_text(writer, item.article)
    return anchor


def _actor_key(name: str) -> str:
    return " ".join(visible(name).casefold().split())


def shared_actors(items: Sequence[AnalysedArticle], anchors: Sequence[str]) -> list[_SharedActor]:
    """Actors quoted in two or more of the articles, most articles first, then most quotes, then name."""
    found: dict[str, _SharedActor] = {}
    for item, anchor in zip(items, anchors, strict=True):
        for actor, quotes in _speakers(item.quotes):
            if not quotes:
                continue
            entry = found.setdefault(_actor_key(actor.name), _SharedActor(visible(actor.name), [], [], 0))
            role = visible(actor.role or "")
            if role and role not in entry.roles:
                entry.roles.append(role)
            entry.articles.append((_article_title(item.article), anchor))
            entry.quotes += len(quotes)
    shared = [entry for entry in found.values() if len({a for _, a in entry.articles}) > 1]
    return sorted(shared, key=lambda e: (-len(e.articles), -e.quotes, e.name.casefold(), e.name))


def _shared_table(writer: _Writer, shared: list[_SharedActor]) -> str:
    anchor = writer.heading(2, SHARED_ACTORS_HEADING)
    rows = ["| Actor | Role | Articles | Quotes |", "| --- | --- | --- | ---: |"]
    for entry in shared:
        articles = "; ".join(f"[{inline(title)}](#{anchor})" for title, anchor in entry.articles)
        roles = "; ".join(inline(role) for role in entry.roles)
        rows.append(f"| {inline(entry.name)} | {roles} | {articles} | {entry.quotes} |")
    writer.paragraph("\n".join(rows))
    return anchor


def front_matter(items: Sequence[AnalysedArticle], title: str, date: dt.date) -> str:
    """The YAML front matter block: title, date, generator and sources (URL, else the file as given)."""
    lines = ["---", f"title: {yaml_string(title)}", f"date: {yaml_string(date.isoformat())}"]
    lines.append(f"generator: {yaml_string(GENERATOR)}")
    sources = [yaml_string(item.article.url or item.article.source) for item in items]
    lines += ["sources:", *(f"  - {s}" for s in sources)] if sources else ["sources: []"]
    return "\n".join([*lines, "---"])


def render_analysed(items: Sequence[AnalysedArticle], options: ExportOptions | None = None) -> str:
    """Render already-analysed articles as a Markdown digest (the app and library pass cached analyses).

    Raises:
        ExportError: No date was given and SOURCE_DATE_EPOCH is malformed.
    """
    options = options or ExportOptions()
    date = export_date(options)
    title = visible(options.title) or "News digest"
    slugger = Slugger()
    head = _Writer(slugger)
    head.heading(1, f"{title} — {date.isoformat()}")
    count = len(items)
    head.paragraph(f"{count} article{'' if count == 1 else 's'}, summaries by the {inline(options.method)} method.")
    if options.contents and items:
        head.heading(2, "Contents")
    body = _Writer(slugger)
    anchors = [_article(body, item, options) for item in items]
    shared = shared_actors(items, anchors)
    links = [(_article_title(item.article), anchor) for item, anchor in zip(items, anchors, strict=True)]
    if shared:
        links.append((SHARED_ACTORS_HEADING, _shared_table(body, shared)))
    if options.contents and items:
        head.paragraph("\n".join(f"{n}. [{inline(text)}](#{a})" for n, (text, a) in enumerate(links, start=1)))
    blocks = ([front_matter(items, title, date)] if options.front_matter else []) + head.blocks + body.blocks
    return "\n\n".join(blocks) + "\n"
