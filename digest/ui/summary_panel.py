"""The summary panel above the article: the summary sentences, the method and the length."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Collapsible, Static

from digest.core.summarize import Summary
from digest.core.wording import plural


def summary_content(summary: Summary | None) -> Content:
    """The panel's body: one bullet per sentence, the fallback note last (plain text, never markup)."""
    if summary is None:
        return Content.styled("Summarising…", ".muted")
    if not summary.sentences:
        return Content.styled("No summary for this article.", ".muted")
    lines = [Content.assemble(Content.styled("• ", ".bullet"), Content(" ".join(s.split()))) for s in summary.sentences]
    if summary.note:
        lines.append(Content.styled(summary.note, ".muted"))
    return Content("\n").join(lines)


class SummaryBody(Static):
    """The summary sentences."""

    COMPONENT_CLASSES = {"bullet", "muted"}
    """``bullet``: the sentence bullets; ``muted``: notes and placeholders."""


class SummaryPanel(Collapsible):
    """A collapsible panel with the article's extractive summary."""

    def __init__(self, *, id: str | None = None) -> None:
        """Start expanded, waiting for the first summary."""
        super().__init__(SummaryBody(summary_content(None), id="summary-body"), title="Summary", collapsed=False, id=id)

    def show_summary(self, summary: Summary | None, sentences: int, method: str) -> None:
        """Show a summary (None while it is being computed) and the settings that made it."""
        self.title = f"Summary · {plural(sentences, 'sentence')} · {method}"
        self.query_one(SummaryBody).update(summary_content(summary))
