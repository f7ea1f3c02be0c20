"""OptionLists that page safely while hidden, and keep their rendered options when shown again.

Textual's OptionList forgets every rendered option on each Resize event, and a widget gets a Resize event
each time it is shown again (a ContentSwitcher showing another article's contents or quote sidebar). The
rendered options only depend on the width, so they are kept when the width is unchanged: switching articles
then paints the lists once instead of twice.
"""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import OptionList


def page(option_list: OptionList, down: bool) -> None:
    """Move a list's highlight one page, if the list is on screen (a hidden list has no lines: Textual raises)."""
    if not option_list.region.area:
        return
    if down:
        OptionList.action_page_down(option_list)  # type: ignore[no-untyped-call]
    else:
        OptionList.action_page_up(option_list)  # type: ignore[no-untyped-call]


class PagingOptionList(OptionList):
    """An OptionList whose PageUp/PageDown do nothing while it is hidden."""

    def action_page_down(self) -> None:
        """One page down, when the list is on screen."""
        page(self, down=True)

    def action_page_up(self) -> None:
        """One page up, when the list is on screen."""
        page(self, down=False)


class KeptOptionList(PagingOptionList):
    """An OptionList whose option renders survive a Resize event that leaves the width unchanged."""

    rendered_width: int | None = None
    """The content width the options were last rendered for (None: not yet laid out)."""

    def on_resize(self, event: Resize) -> None:
        """Keep the rendered options if the content width is unchanged, else let OptionList clear them."""
        width = self.scrollable_content_region.width
        if width == self.rendered_width:
            event.prevent_default()
        self.rendered_width = width
