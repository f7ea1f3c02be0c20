"""The table of contents: one entry per section (the lead first); choosing one scrolls the reader there."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from digest.core.model import Article
from digest.ui.option_cache import KeptOptionList

LEAD_LABEL = "Lead"
"""How the contents name the part before the first sub-heading."""


def section_labels(article: Article) -> list[str]:
    """The contents' labels: the section titles, the lead called ``Lead``."""
    return [section.title or LEAD_LABEL for section in article.sections]


class TableOfContents(KeptOptionList):
    """The sections of the open article, numbered as the 1…9 keys jump."""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {"number"}
    """``number``: the section number."""

    @dataclass
    class SectionChosen(Message):
        """The user chose a section."""

        index: int

    def show_article(self, article: Article) -> None:
        """List the sections of ``article``."""
        self.set_options(
            Option(Content.assemble(Content.styled(f"{n:>2} ", ".number"), Content(label)), id=f"section-{n - 1}")
            for n, label in enumerate(section_labels(article), start=1)
        )

    def mark_current(self, index: int) -> None:
        """Highlight the section the reader is at."""
        if 0 <= index < self.option_count:
            self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Tell the screen which section to show."""
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))
