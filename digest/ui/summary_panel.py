"""The summary panel above the article: the summary sentences, the method and the length."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets import Collapsible, Static

from digest.core.summarize import Summary
from digest.core.wording import plural
from digest.ui.fit import set_height_quietly

BULLET = "• "
"""What starts each summary sentence; its wrapped lines start under the text, past it."""


def hanging(content: Content, width: int) -> Content:
    """``content`` wrapped to ``width`` cells, each bulleted line's wrapped lines indented past its bullet."""
    if width <= len(BULLET):
        return content
    indent = Content(" " * len(BULLET))
    lines: list[Content] = []
    for line in content.split("\n"):
        if not line.plain.startswith(BULLET):
            lines.extend(line.wrap(width))
            continue
        first, *rest = line[len(BULLET) :].wrap(width - len(BULLET)) or [Content("")]
        lines.append(Content.assemble(line[: len(BULLET)], first))
        lines.extend(Content.assemble(indent, wrapped) for wrapped in rest)
    return Content("\n").join(lines)


def summary_content(summary: Summary | None) -> Content:
    """The panel's body: one bullet per sentence, the fallback note last (plain text, never markup)."""
    if summary is None:
        return Content.styled("Summarising…", ".muted")
    if not summary.sentences:
        return Content.styled("No summary for this article.", ".muted")
    lines = [
        Content.assemble(Content.styled(BULLET, ".bullet"), Content(" ".join(s.split()))) for s in summary.sentences
    ]
    if summary.note:
        lines.append(Content.styled(summary.note, ".muted"))
    return Content("\n").join(lines)


class SummaryBody(Static):
    """The summary sentences, as tall as the tallest summary shown so far at this width.

    So the panel fits its text (no blank lines under a short summary read first) and switching back and
    forth between articles never moves the text below once both have been seen.
    """

    COMPONENT_CLASSES = {"bullet", "muted"}
    """``bullet``: the sentence bullets; ``muted``: notes and placeholders."""

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        """Show ``content`` (plain text, never markup)."""
        super().__init__(content, id=id, markup=False)
        self.summary_text = content
        """The summary as given (unwrapped)."""
        self.shown_text = content
        """The summary as shown: wrapped at the current width, with hanging indents."""
        self.tallest: dict[int, int] = {}
        """The most lines a summary took so far, by width."""
        self.wrapped_at = 0
        """The width ``shown_text`` was wrapped to (0: not wrapped yet)."""

    def show(self, content: Content) -> None:
        """Show a new summary and make room for it."""
        self.summary_text = content
        self.wrap_and_fit()

    def on_resize(self) -> None:
        """Rewrap and refit at the new width."""
        self.wrap_and_fit()

    def wrap_and_fit(self) -> None:
        """Show the summary wrapped to the current width with hanging indents, and fit the height to it."""
        self._wrap(self.content_region.width)
        self.update(self.shown_text)
        self.fit()

    def _wrap(self, width: int) -> None:
        """Wrap the summary to ``width`` cells (left as given while the widget has no width yet)."""
        self.shown_text = hanging(self.summary_text, width) if width > 0 else self.summary_text
        self.wrapped_at = max(width, 0)

    def render(self) -> Content:
        """The summary wrapped to the width it is drawn at.

        A pane opened while the reader is still laying out can narrow this widget without a resize event
        reaching it; the text wrapped for the old width would then be wrapped again by the widget, its
        continuation lines losing their indent. Drawing checks the width and rewraps (then refits the height).
        """
        width = self.content_region.width
        if width > 0 and width != self.wrapped_at:
            self._wrap(width)
            self.call_after_refresh(self.fit)
        return self.shown_text

    def fit(self) -> None:
        """Grow (never shrink, at one width) to the summary's number of lines."""
        width = self.content_region.width
        if width <= 0:
            return
        styles = self.styles
        rules = RulesMap(text_wrap=styles.text_wrap, text_overflow=styles.text_overflow, line_pad=styles.line_pad)
        tallest = max(self.tallest.get(width, 0), self.shown_text.get_height(rules, width))
        self.tallest[width] = tallest
        if styles.min_height is None or styles.min_height.value != tallest:
            set_height_quietly(self, "min_height", tallest)


class SummaryPanel(Collapsible):
    """A collapsible panel with the article's extractive summary."""

    def __init__(self, *, id: str | None = None) -> None:
        """Start expanded, waiting for the first summary."""
        super().__init__(SummaryBody(summary_content(None), id="summary-body"), title="Summary", collapsed=False, id=id)

    def show_summary(self, summary: Summary | None, sentences: int, method: str) -> None:
        """Show a summary (None while it is being computed) and the settings that made it."""
        self.title = f"Summary · {plural(sentences, 'sentence')} · {method}"
        self.query_one(SummaryBody).show(summary_content(summary))
