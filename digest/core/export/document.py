"""Rendering analysed articles as one Markdown digest.

The document, in order: optional YAML front matter; ``# <title> — <date>``; a contents list linking
to each article (under a bold **Contents**, not a heading); per article ``## <title>``, its source,
the summary as a list, **Who said what** (``####`` for each of the most-quoted actors with their best
quotes as blockquotes, each marked direct or reported with its section; the other speakers named in one
line; every quote with ``all_quotes``), the section outline and, optionally, the full text; then an
"Actors across this digest" table when several articles quote the same named actor (generic groups such
as "Prosecutors" or "officials" are different people in different articles, never matched).

All article text goes through :func:`digest.core.export.escape.inline`; every heading goes through
one :class:`~digest.core.export.anchors.Slugger` in document order, so links match GitHub's ids.
Nothing here depends on the clock, the environment or hash order: the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from digest import __version__
from digest.core.blocks import render_structured
from digest.core.export.anchors import Slugger
from digest.core.export.escape import escape_clean, inline, link_destination, visible, yaml_string
from digest.core.export.options import ExportOptions, export_date
from digest.core.lexicon import GROUP_NOUNS, ROLE_NOUNS
from digest.core.model import Article
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.summarize import Summary
from digest.core.wording import plural, role_beside

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
        self.blocks.append(f"{'#' * level} {escape_clean(shown)}")
        return self.slugger.slug(shown)

    def paragraph(self, markdown: str) -> None:
        """Add a block of already-safe Markdown."""
        self.blocks.append(markdown)


@dataclass(frozen=True)
class _Speaker:
    """An actor as shown: visible name and role, and each quote as (label Markdown, visible text, quote)."""

    name: str
    role: str
    quotes: list[tuple[str, str, Quote]]

    def best(self, limit: int) -> list[tuple[str, str, Quote]]:
        """The ``limit`` best quotes in article order: direct before reported, then the fuller ones."""
        ranked = sorted(
            range(len(self.quotes)),
            key=lambda i: (self.quotes[i][2].kind != "direct", -min(len(self.quotes[i][1]), QUOTE_FULL_LENGTH), i),
        )
        return [self.quotes[i] for i in sorted(ranked[:limit])]


QUOTE_FULL_LENGTH = 240
"""Quotes are ranked by length up to this many characters (longer is not better)."""


def _shown(texts: Iterable[str]) -> list[str]:
    """The visible form of each text, the empty ones left out."""
    return [shown for shown in map(visible, texts) if shown]


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
    section = visible(section or "")
    where = f"in “{section}”" if section else "in the lead"
    return f"*{escape_clean(f'{kind}, {where}')}:*"


def _speakers(item: AnalysedArticle) -> list[_Speaker]:
    """Each actor with quotes (the report's actor order), then speakers it did not list as actors."""
    by_speaker: dict[str, list[Quote]] = {}
    for quote in item.quotes.listed:  # a fragment its reported clause holds is read within the clause
        by_speaker.setdefault(quote.speaker, []).append(quote)
    actor_names = {actor.name for actor in item.quotes.actors}
    actors = list(item.quotes.actors) + [Actor(name=name) for name in by_speaker if name not in actor_names]
    speakers = []
    for actor in actors:
        name = visible(actor.name)
        quotes = [(q, visible(q.text)) for q in by_speaker.get(actor.name, [])]
        shown = [(_quote_label(q, item.article), text, q) for q, text in quotes if text]
        if name and shown:
            speakers.append(_Speaker(name, visible(role_beside(actor.name, actor.role) or ""), shown))
    return sorted(speakers, key=lambda speaker: -len(speaker.quotes))


def _who_said_what(writer: _Writer, speakers: list[_Speaker], options: ExportOptions) -> None:
    writer.heading(3, "Who said what")
    if not speakers:
        writer.paragraph("No quotes found.")
        return
    shown = speakers if options.all_quotes else speakers[: options.top_actors]
    for speaker in shown:
        writer.heading(4, f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name)
        quotes = speaker.quotes if options.all_quotes else speaker.best(options.quotes_per_actor)
        for label, text, _ in quotes:
            writer.paragraph(label)
            writer.paragraph(f"> {escape_clean(text)}")
        if len(quotes) < len(speaker.quotes):
            writer.paragraph(f"*{plural(len(speaker.quotes), 'quote')} in all.*")
    others = speakers[len(shown) :]
    if others:
        names = ", ".join(f"{escape_clean(s.name)} ({len(s.quotes)})" for s in others)
        writer.paragraph(f"*Also quoted:* {names}.")


def _outline(writer: _Writer, article: Article) -> None:
    writer.heading(3, "Sections")
    titles = _shown(s.title for s in article.sections if s.title is not None)
    if not titles:
        writer.paragraph("No sub-headings: one continuous text.")
        return
    entries = (["(lead)"] if article.sections and article.sections[0].title is None else []) + titles
    writer.paragraph("\n".join(f"{number}. {escape_clean(title)}" for number, title in enumerate(entries, start=1)))


def _full_text(writer: _Writer, article: Article) -> None:
    writer.heading(3, "Full text")
    for section in article.sections:
        if section.title is not None and visible(section.title):
            writer.heading(4, section.title)
        for paragraph in section.paragraphs:
            structured = render_structured(paragraph, inline)  # a list or a table keeps its structure
            if structured is not None:
                writer.paragraph(structured)
            elif shown := visible(paragraph):
                writer.paragraph(escape_clean(shown))


def _article(writer: _Writer, item: AnalysedArticle, speakers: list[_Speaker], options: ExportOptions) -> str:
    anchor = writer.heading(2, _article_title(item.article))
    writer.paragraph(_source_line(item.article))
    writer.heading(3, "Summary")
    sentences = _shown(item.summary.sentences)
    summary = "\n".join(f"- {escape_clean(s)}" for s in sentences)
    writer.paragraph(summary or "No summary: the article is too short.")
    note = visible(item.summary.note or "")
    if note:
        writer.paragraph(f"Note: {escape_clean(note)}")
    _who_said_what(writer, speakers, options)
    _outline(writer, item.article)
    if options.full_text:
        _full_text(writer, item.article)
    return anchor


def _is_named(speaker: _Speaker) -> bool:
    """Whether the speaker has a name: a word starting with a capital (or a letter of a script without case).

    A role or a group is not a name: one word that is a role or group noun ("Prosecutors") or a phrase ending
    in one written in lower case ("U.S. officials", "a Pentagon spokesman"); "Martin Luther King" is a name.
    """
    words = speaker.name.split()
    if not words:
        return False
    head = words[-1].removesuffix("'s").removesuffix("’s")
    generic = head.casefold() in ROLE_NOUNS or head.casefold() in GROUP_NOUNS
    if generic and (len(words) == 1 or head[:1].islower()):
        return False
    return any(word[0].isalpha() and not word[0].islower() for word in words)


def _shared_actors(titles: Sequence[tuple[str, str]], speakers: Sequence[list[_Speaker]]) -> list[_SharedActor]:
    """Actors quoted in two or more articles, most articles first, then most quotes, then name.

    ``titles`` are (visible title, anchor) of each article, ``speakers`` its speakers; actors are matched
    by name, ignoring case. Unnamed sources described in lower case ("officials", "a source") are
    different people in different articles, so they are never matched.
    """
    found: dict[str, _SharedActor] = {}
    for title, article_speakers in zip(titles, speakers, strict=True):
        for speaker in filter(_is_named, article_speakers):
            entry = found.setdefault(speaker.name.casefold(), _SharedActor(speaker.name, [], [], 0))
            if speaker.role and speaker.role not in entry.roles:
                entry.roles.append(speaker.role)
            entry.articles.append(title)
            entry.quotes += len(speaker.quotes)
    shared = [entry for entry in found.values() if len({anchor for _, anchor in entry.articles}) > 1]
    return sorted(shared, key=lambda e: (-len(e.articles), -e.quotes, e.name.casefold(), e.name))


def _shared_table(writer: _Writer, shared: list[_SharedActor]) -> str:
    anchor = writer.heading(2, SHARED_ACTORS_HEADING)
    rows = ["| Actor | Role | Articles | Quotes |", "| --- | --- | --- | ---: |"]
    for entry in shared:
        articles = "; ".join(f"[{escape_clean(title)}](#{anchor})" for title, anchor in entry.articles)
        roles = "; ".join(escape_clean(role) for role in entry.roles)
        rows.append(f"| {escape_clean(entry.name)} | {roles} | {articles} | {entry.quotes} |")
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
    head.paragraph(f"{plural(count, 'article')}, summaries by the {inline(options.method)} method.")
    if options.contents and items:
        head.paragraph("**Contents**")  # not a heading: the document has one ``##`` per article (and the table)
    body = _Writer(slugger)
    speakers = [_speakers(item) for item in items]
    anchors = [_article(body, item, who, options) for item, who in zip(items, speakers, strict=True)]
    links = [(_article_title(item.article), anchor) for item, anchor in zip(items, anchors, strict=True)]
    shared = _shared_actors(links, speakers)
    if shared:
        links.append((SHARED_ACTORS_HEADING, _shared_table(body, shared)))
    if options.contents and items:
        head.paragraph("\n".join(f"{n}. [{escape_clean(text)}](#{a})" for n, (text, a) in enumerate(links, start=1)))
    blocks = ([front_matter(items, title, date)] if options.front_matter else []) + head.blocks + body.blocks
    return "\n\n".join(blocks) + "\n"
