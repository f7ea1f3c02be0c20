"""Feeds of teasers whose entries link to pages on the same local server (built by the tests)."""

from __future__ import annotations

import html

TEASER = "A short teaser about {title}, with more on the page."


def teaser_feed(title: str, entries: list[tuple[str, str, str]]) -> bytes:
    """An RSS document of (guid, title, link) teaser items: one sentence each, no paragraphs."""
    items = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link><guid>{g}</guid>"
        f"<description>{html.escape(TEASER.format(title=t))}</description></item>"
        for g, t, link in entries
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def article_page(title: str, paragraphs: int = 6, *, canonical: str | None = None) -> bytes:
    """A news page: navigation, a headline, sub-headed paragraphs with attributed quotes, a footer."""
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    body = "".join(
        (f"<h2>Part {n // 3 + 1} of {html.escape(title)}</h2>" if n % 3 == 0 and n else "")
        + f"<p>Paragraph {n} of {html.escape(title)}: the minister met the delegation on Tuesday and "
        f'the talks went on late. "We made real progress on point {n}," said Jane Doe, the spokeswoman '
        "for the ministry, adding that officials would meet again next week to settle what remains.</p>"
        for n in range(paragraphs)
    )
    return (
        f"<!doctype html><html><head><title>{html.escape(title)} | Site</title>{link}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>Copyright. All rights reserved.</footer></body></html>"
    ).encode()


def exit_worker(*_: object) -> None:
    """Stand-in for a refresh worker's task that kills its worker process (as an out-of-memory kill would)."""
    import os

    os._exit(3)
