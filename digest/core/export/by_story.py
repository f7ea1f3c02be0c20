"""A digest one story at a time: each story's summary across its articles, who said what, its articles.

The document: ``# <title> — <date>``; a contents list of the stories; per story ``## <story title>``, how
many articles and outlets, ``### Summary`` (each sentence with the number of its article), ``### Who said
what`` (the most-quoted actors across the story, each quote once with the numbers of the articles that
carried it; every quote with ``all_quotes``) and ``### Articles`` (numbered, with source links and how many
near-identical copies each has). All text goes through the export's escaping, like the per-article digest.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from digest.core.export.anchors import Slugger
from digest.core.export.document import AnalysedArticle, _article_title, _Writer
from digest.core.export.escape import escape_clean, inline, link_destination, visible
from digest.core.export.options import ExportOptions, export_date
from digest.core.quotes.listing import listed
from digest.core.stories import Story
from digest.core.wording import plural, role_beside


def _article_line(number: int, item: AnalysedArticle, copies: int) -> str:
    article = item.article
    title = escape_clean(_article_title(article))
    destination = link_destination(article.url) or link_destination(article.source)
    if destination:
        where = f" — [{inline(article.url or article.source)}]({destination})"
    else:
        where = f" — {inline(PurePath(article.source).name or article.source)}"
    also = f" (also on {plural(copies, 'other site')})" if copies else ""
    return f"{number}. {title}{where}{also}"


def _numbers(indices: Sequence[int]) -> str:
    return "[" + ", ".join(str(i + 1) for i in indices) + "]"


def _story(
    writer: _Writer, story: Story, items: Sequence[AnalysedArticle], outlets: int, options: ExportOptions
) -> str:
    anchor = writer.heading(2, story.title)
    writer.paragraph(f"{plural(len(items), 'article')} from {plural(outlets, 'outlet')}.")
    writer.heading(3, "Summary")
    lines = [f"- {escape_clean(visible(s.text))} {_numbers([s.article])}" for s in story.summary if visible(s.text)]
    writer.paragraph("\n".join(lines) or "No summary: the articles are too short.")
    actors = story.actors if options.all_quotes else story.actors[: options.top_actors]
    if actors:
        writer.heading(3, "Who said what")
    for actor in actors:
        beside = visible(role_beside(actor.name, actor.role) or "")
        role = f" ({escape_clean(beside)})" if beside else ""
        quotes = [q for q in listed(story.quotes) if q.speaker == actor.name]
        shown = quotes if options.all_quotes else quotes[: options.quotes_per_actor]
        lines = [f"**{escape_clean(visible(actor.name))}**{role}"]
        for quote in shown:
            text = escape_clean(visible(quote.text))
            marked = f"“{text}”" if quote.kind == "direct" else f"(reported) {text}"
            lines.append(f"- {marked} {_numbers(quote.sources)}")
        writer.paragraph("\n".join(lines))
    writer.heading(3, "Articles")
    copies = {i: len(group) - 1 for group in story.copies for i in group}
    writer.paragraph("\n".join(_article_line(n + 1, item, copies.get(n, 0)) for n, item in enumerate(items)))
    return anchor


def render_by_story(
    stories: Sequence[tuple[Story, Sequence[AnalysedArticle], int]], options: ExportOptions | None = None
) -> str:
    """Render stories (each: the story, its analysed articles in story order, its number of outlets) as Markdown.

    Raises:
        ExportError: No date was given and SOURCE_DATE_EPOCH is malformed.
    """
    options = options or ExportOptions()
    date = export_date(options)
    title = visible(options.title) or "News digest"
    slugger = Slugger()
    head, body = _Writer(slugger), _Writer(slugger)
    head.heading(1, f"{title} — {date.isoformat()}")
    articles = sum(len(items) for _, items, _ in stories)
    head.paragraph(f"{plural(len(stories), 'story', 'stories')} from {plural(articles, 'article')}, largest first.")
    links = [(story.title, _story(body, story, items, outlets, options)) for story, items, outlets in stories]
    if options.contents and links:
        head.paragraph("**Contents**")
        head.paragraph("\n".join(f"{n}. [{escape_clean(visible(t))}](#{a})" for n, (t, a) in enumerate(links, 1)))
    return "\n\n".join(head.blocks + body.blocks) + "\n"
