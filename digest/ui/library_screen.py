"""The library screen: the article list of the whole library, filtered, searched and refreshed, or its stories.

The list is made at mount (titles and flags only, no bodies, read a page at a time as drawn); ``s`` shows the
library's stories in the same list, made the same way (a story's line is one row of ``story_rows``), and
``enter`` opens a story's page. Searching, switching, refreshing feeds, opening an article and the actors view
run in worker threads, each with its own library connection, so the UI never waits on the database or the
network.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from digest.core.model import Article
from digest.core.store import Library
from digest.core.store.articles import ArticleRow
from digest.core.store.feeds import Feed
from digest.core.store.listing import ListedRows
from digest.core.store.selection import Selection
from digest.core.store.story_listing import ListedStories, any_unplaced
from digest.core.store.story_rows import StoryRow
from digest.core.wording import plural
from digest.ui.collector import collector_held_off, release_collector
from digest.ui.commands import bindings_of
from digest.ui.footer import KeyFooter
from digest.ui.kept_readers import KeptReaders
from digest.ui.keys import LIBRARY
from digest.ui.library_list import LibraryList
from digest.ui.library_rows import ARTICLES_ONLY, STORIES_ONLY, VIEWS, Filter, load_rows, load_stories
from digest.ui.library_tasks import LibraryTasks
from digest.ui.story_trail import Opening

if TYPE_CHECKING:
    from digest.ui.library_reader import CachedAnalysis, LibraryReaderScreen
    from digest.ui.story_trail import StoryPlace


Kept = tuple[bool, int]
"""What stays highlighted when the list is made again: whether it is a story (else an article), and its id."""


class LibraryScreen(LibraryTasks):
    """Every article of the library in one virtualised list."""

    BINDINGS = bindings_of(LIBRARY)
    DECLARED = LIBRARY
    AUTO_FOCUS = "#library-list"
    """Focus the list from the start (not the hidden search box first: the Footer would be built twice)."""
    DEFAULT_CSS = """
    #library-status { height: 1; padding: 0 1; background: $panel; text-wrap: nowrap; text-overflow: ellipsis; }
    LibraryScreen #library-search { display: none; }
    LibraryScreen #library-search.-active { display: block; }
    LibraryScreen.-stories #library-search { display: none; }
    LibraryScreen LibraryList { height: 1fr; border: none; }
    """

    def __init__(self, library_path: str) -> None:
        """Show the library stored at ``library_path``."""
        super().__init__()
        self.library_path = library_path
        self.filter = Filter()
        self.feeds: list[Feed] = []
        self.opened: int | None = None
        self.readers: KeptReaders[LibraryReaderScreen] = KeptReaders()
        """The reader screens of the articles opened last (opening one again shows it at once)."""
        self.showing_stories = False
        """Whether the list shows the library's stories (``s``) instead of its articles."""
        self._place_when_shown = False
        """Whether to place the articles in no story yet once the stories are shown."""
        self._articles_shown: tuple[ListedRows, Kept | None] = (ListedRows(None, []), None)
        """The article list and its highlighted article, while the stories are shown."""
        self._library: Library | None = None
        """The connection the list reads its rows through (this screen's thread only)."""

    def compose(self) -> ComposeResult:
        """Status line, the list, the Footer (the search box is made when ``/`` first asks for it).

        The feeds are read first: the Footer's keys depend on them, so it is composed once, with the screen.
        """
        self._library = Library(self.library_path)
        self.feeds = self._library.feeds()
        with Vertical():
            yield Static("", id="library-status", markup=False)
            yield LibraryList(id="library-list")
        yield KeyFooter()

    @property
    def article_list(self) -> LibraryList:
        """The list widget."""
        return self.query_one(LibraryList)

    def on_mount(self) -> None:
        """Read the listed ids and show the first rows (the others are read when they are drawn)."""
        assert self._library is not None  # opened by compose
        with collector_held_off():
            self.show_rows(load_rows(self._library, self.filter))
        self.call_after_refresh(release_collector)  # held since start-up (see run_library_app)
        self.article_list.focus()

    def on_unmount(self) -> None:
        """Close the library connection the list reads its rows through."""
        if self._library is not None:
            self._library.close()
            self._library = None

    def current_selection(self) -> Selection:
        """What the list shows now."""
        return self.filter.selection()

    def listed_count(self) -> int:
        """How many articles the list shows now."""
        return len(self.article_list.rows)

    def reload_list(self) -> None:
        """Re-read the list, keeping the highlighted article (callable from a worker thread); articles may have
        changed, so no reader screen is kept."""

        def again() -> None:
            self.readers.forget_all(self.app)
            self.reload(self._keep())

        self.app.call_from_thread(again)

    def show_rows(self, rows: ListedRows | ListedStories, keep: Kept | None = None, status: str = "") -> None:
        """Fill the list (articles or stories; highlighting ``keep`` if it is one of them and still listed) and the
        status line (rows are read through this screen's connection)."""
        stories = isinstance(rows, ListedStories)
        if self._library is None or stories != self.showing_stories:
            return  # the screen is gone, or it switched between articles and stories meanwhile
        keep_id = keep[1] if keep is not None and keep[0] == stories else None  # an article id is no story id
        self.article_list.show(rows.reading_through(self._library.connection), keep_id)
        if self.showing_stories and self._place_when_shown:  # once the stories are painted: not competing
            self._place_when_shown = False
            if not self._placing():  # one placing at a time (every s would start one, each waited for at exit)
                self.call_after_refresh(self.place_unplaced)
        self.refresh_bindings()
        self.query_one("#library-status", Static).update(status or self.filter.describe(len(rows)))

    @work(thread=True, exclusive=True, group="library-rows")
    def reload(self, keep: Kept | None = None) -> None:
        """Re-read the rows for the current filter (or the stories) in the background, then show them."""
        rows: ListedRows | ListedStories
        with Library(self.library_path) as library:
            if self.showing_stories:
                rows, status = load_stories(library)
            else:
                rows = load_rows(library, self.filter)
                status = self.filter.describe(len(rows))
            self.feeds = library.feeds()
        self.app.call_from_thread(self.show_rows, rows, keep, status)

    def _keep(self) -> Kept | None:
        """What is highlighted now (call on the UI thread): whether it is a story, and its id."""
        row = self.article_list.current or self.article_list.current_story
        return (isinstance(row, StoryRow), row.id) if row else None

    def _reload_keeping(self) -> None:
        """Re-read the list, keeping what is highlighted now (on the UI thread: workers call it from theirs)."""
        self.reload(self._keep())

    # Moving -------------------------------------------------------------------------------------

    def action_move_down(self) -> None:
        """Move down in the list."""
        self.article_list.action_cursor_down()

    def action_move_up(self) -> None:
        """Move up in the list."""
        self.article_list.action_cursor_up()

    def action_page_down(self) -> None:
        """One page down in the list."""
        self.article_list.action_page_down()

    def action_page_up(self) -> None:
        """One page up in the list."""
        self.article_list.action_page_up()

    def action_open(self) -> None:
        """Open the highlighted article (or story)."""
        self.article_list.action_select()

    def action_open_story(self) -> None:
        """Open the highlighted story's page (the Footer's "Open" while the stories are shown)."""
        self.article_list.action_select()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the article commands while the stories are shown (and the way back and the story's "Open" while
        not), and the feed commands while the library has no feed."""
        if action in (ARTICLES_ONLY if self.showing_stories else STORIES_ONLY):
            return False
        if action in ("cycle_feed", "refresh_feed", "refresh_all"):
            return bool(self.feeds)
        return True

    def action_next_unread(self) -> None:
        """Highlight the next unread article."""
        self._go_unread(1)

    def action_previous_unread(self) -> None:
        """Highlight the previous unread article."""
        self._go_unread(-1)

    def _go_unread(self, step: int) -> None:
        index = self.article_list.find_unread(step)
        if index is None:
            self.notify("no more unread articles" if step > 0 else "no unread article above", timeout=2)
        else:
            self.article_list.highlighted = index

    # Filters and search -------------------------------------------------------------------------

    def action_cycle_view(self) -> None:
        """All, unread, starred."""
        view = VIEWS[(VIEWS.index(self.filter.view) + 1) % len(VIEWS)]
        self.filter = replace(self.filter, view=view)
        self.reload(self._keep())

    def action_cycle_feed(self) -> None:
        """All feeds, then each feed in turn."""
        if not self.feeds:
            self.notify("no feeds: subscribe with 'digest add URL'", timeout=3)
            return
        ids = [f.id for f in self.feeds]
        current = self.filter.feed
        position = ids.index(current.id) + 1 if current is not None and current.id in ids else 0
        self.filter = replace(self.filter, feed=self.feeds[position] if position < len(self.feeds) else None)
        self.reload(self._keep())

    async def action_search(self) -> None:
        """Show the search box (made the first time: the first screen does without it)."""
        box = self._search_box()
        if box is None:
            box = Input(placeholder="search titles, text and speakers", id="library-search")
            await self.query_one(Vertical).mount(box, before=self.article_list)
        box.add_class("-active")
        box.value = self.filter.query
        box.focus()

    def _search_box(self) -> Input | None:
        """The search box, once made."""
        boxes = self.query("#library-search").results(Input)
        return next(boxes, None)

    @on(Input.Submitted, "#library-search")
    def run_search(self, event: Input.Submitted) -> None:
        """Search the library (in the background)."""
        self.filter = replace(self.filter, query=event.value.strip())
        if not self.filter.query:
            event.input.remove_class("-active")
        self.article_list.focus()
        self.reload()

    def action_clear(self) -> None:
        """Close the search box, clear the search and the filters."""
        box = self._search_box()
        if box is not None:
            box.remove_class("-active")
            box.value = ""
        self.article_list.focus()
        if self.filter != Filter():
            self.filter = Filter()
            self.reload(self._keep())

    # Flags --------------------------------------------------------------------------------------

    def action_star(self) -> None:
        """Star or unstar the highlighted article."""
        row = self.article_list.current
        if row is not None:
            self._set_flags(row, starred=not row.starred)

    def action_toggle_read(self) -> None:
        """Mark the highlighted article read or unread."""
        row = self.article_list.current
        if row is not None:
            self._set_flags(row, read=not row.is_read)

    @work(thread=True, group="library-flags")
    def _set_flags(self, row: ArticleRow, *, read: bool | None = None, starred: bool | None = None) -> None:
        with Library(self.library_path) as library:
            if read is not None:
                library.mark_read([row.id], read)
            if starred is not None:
                library.set_starred([row.id], starred)
        changed = replace(
            row, is_read=row.is_read if read is None else read, starred=row.starred if starred is None else starred
        )
        self.app.call_from_thread(self._show_flags, changed)

    def _show_flags(self, row: ArticleRow) -> None:
        """Show an article's new flags in the list, and in the article list kept while the stories are shown (it is
        shown again as it was, at once, on the way back)."""
        self.article_list.update_row(row)
        if self.showing_stories:
            self._articles_shown[0].replace(row)

    # Opening ------------------------------------------------------------------------------------

    @on(LibraryList.Selected, "#library-list")
    def open_selected(self, event: LibraryList.Selected) -> None:
        """Open the chosen article (its body is read now, in the background) or story."""
        row = self.article_list.rows[event.index]
        if isinstance(row, StoryRow):
            from digest.ui.story_screen import StoryScreen

            self.app.push_screen(StoryScreen(self.library_path, row))
        else:
            self.open_article(row)

    def open_article(
        self,
        row: ArticleRow,
        place: StoryPlace | None = None,
        *,
        replace_reader: bool = False,
        asker: Screen[None] | None = None,
    ) -> None:
        """Show the article in the reader for the screen ``asker`` (this one if not given), opened from ``place`` in
        a story page if given, replacing ``asker`` if ``replace_reader``: its kept screen when it was opened lately,
        else one built for it. Nothing is shown if ``asker`` is no longer on top by then."""
        opening = Opening(row, place, replace_reader, asker or self)
        kept = self.readers.get(self.app, row.id)
        if kept is None:
            self.load_article(opening)
            return
        if not row.is_read:
            self._set_flags(row, read=True)
        self._show_reader(opening, kept)

    @work(thread=True, exclusive=True, group="library-open")
    def load_article(self, opening: Opening) -> None:
        """Load the article's sections, mark it read, and show it in the reader (unless opened again meanwhile)."""
        import digest.ui.library_reader  # noqa: F401 (the reader's first import happens here, off the UI)
        from digest.ui.library_reader import CachedAnalysis

        worker = get_current_worker()
        row = opening.row
        with Library(self.library_path) as library:
            article = library.article(row.id)
            if article is None:
                self.app.call_from_thread(self.notify, "this article is no longer in the library", severity="warning")
                return
            if not row.is_read:
                library.mark_read([row.id])
            cached = CachedAnalysis.of(library, article)  # the reader's first paint shows them: no placeholder
        opening = replace(opening, row=replace(row, is_read=True))
        if worker.is_cancelled:  # another article asked for meanwhile: that one is shown (this one is read anyway)
            self.app.call_from_thread(self._show_flags, opening.row)
            return
        self.app.call_from_thread(self._show_article, opening, article, cached)

    def _show_article(self, opening: Opening, article: Article, cached: CachedAnalysis) -> None:
        from digest.ui.library_reader import reader_screen

        self._show_flags(opening.row)
        screen = reader_screen(self.library_path, article, cached)
        self.readers.keep(self.app, opening.row.id, screen)
        self._show_reader(opening, screen)

    def _show_reader(self, opening: Opening, screen: LibraryReaderScreen) -> None:
        if self.app.screen is not opening.asker:  # the asking screen was closed meanwhile (esc while loading)
            return
        self.opened = opening.row.id
        if screen.place != opening.place:  # a kept reader may have been opened from elsewhere: its keys follow
            screen.place = opening.place
            screen.refresh_bindings()
        if screen is not opening.asker:
            if opening.replace_reader and opening.asker is not self:
                self.app.switch_screen(screen)
            else:
                self.app.push_screen(screen)
        if opening.row.teaser_reason is not None:
            note = f"only the feed's teaser ({opening.row.teaser_reason}); r on the list fetches the page again"
            self.notify(note, severity="warning", timeout=6, markup=False)

    def open_unread(self, step: int, *, replace_reader: bool = False, asker: Screen[None] | None = None) -> None:
        """Open the next (``step`` 1) or previous (-1) unread article for ``asker``, replacing it if asked."""
        index = self.article_list.find_unread(step)
        if index is None:
            message = "no more unread articles" if step > 0 else "no unread article above"
            self.app.notify("n and p follow the article list (esc s)" if self.showing_stories else message, timeout=3)
            return
        self.article_list.highlighted = index
        row = self.article_list.rows[index]
        self.open_article(row, replace_reader=replace_reader, asker=asker)  # type: ignore[arg-type]

    # Feeds and actors ---------------------------------------------------------------------------

    def action_refresh_feed(self) -> None:
        """Refresh the highlighted article's feed (or the filtered feed); on a teaser, fetch its page again."""
        row = self.article_list.current
        if row is not None and row.teaser_reason is not None:
            self.retry_page(row)
            return
        feed_id = self.filter.feed.id if self.filter.feed else (row.feed_id if row else None)
        feed = next((f for f in self.feeds if f.id == feed_id), None)
        if feed is None:
            self.notify("this article comes from a file, not a feed (R refreshes every feed)", timeout=3)
            return
        self.refresh_feeds([feed])

    def action_refresh_all(self) -> None:
        """Refresh every feed."""
        if not self.feeds:
            self.notify("no feeds: subscribe with 'digest add URL'", timeout=3)
            return
        self.refresh_feeds(self.feeds)

    @work(thread=True, exclusive=True, group="library-refresh")
    def refresh_feeds(self, feeds: list[Feed]) -> None:
        """Fetch feeds in the background; report what was new and reload the list."""
        from digest.core.feeds import refresh_feeds

        worker = get_current_worker()
        self.app.call_from_thread(self.notify, f"refreshing {plural(len(feeds), 'feed')}…", timeout=2)
        last_reload = time.monotonic()

        def page_stored(*_: object) -> None:  # the list follows the feeds and pages as they are stored
            nonlocal last_reload
            if time.monotonic() - last_reload > 1.0 and not worker.is_cancelled:
                last_reload = time.monotonic()
                self.app.call_from_thread(self._reload_keeping)

        with Library(self.library_path) as library:
            results = refresh_feeds(
                library,
                feeds,
                cancelled=lambda: worker.is_cancelled,
                on_result=page_stored,
                on_page=page_stored,
                processes=os.cpu_count() or 1,  # pages extracted in worker processes below this one's priority
                low_priority=True,
            )
        if worker.is_cancelled:  # the app is quitting: downloads stopped, nothing left to show
            return
        new = sum(len(r.new) for r in results)
        errors = [r.error for r in results if r.error]
        teasers = sum(len(r.teasers) for r in results)
        kept = f", {plural(teasers, 'teaser')} kept (r on one fetches its page again)" if teasers else ""
        self.app.call_from_thread(self.notify, f"{plural(new, 'new article')}{kept}", timeout=3)
        for error in errors:
            self.app.call_from_thread(self.notify, error, severity="warning", timeout=6, markup=False)
        self.reload_list()  # articles may have changed

    def action_actors(self) -> None:
        """Open the actors view."""
        from digest.ui.actors_screen import ActorsScreen

        self.app.push_screen(ActorsScreen(self.library_path))

    # Stories ------------------------------------------------------------------------------------

    def action_stories(self) -> None:
        """Show the library's stories in the list (largest, then newest first); ``enter`` opens a story's page."""
        if isinstance(self.article_list.rows, ListedRows):
            self._articles_shown = (self.article_list.rows, self._keep())
        self.showing_stories = True
        self.add_class("-stories")  # the search box (searching articles) is hidden meanwhile
        self.article_list.focus()
        self._place_when_shown = True
        self.reload()

    def action_articles(self) -> None:
        """Back from the stories to the articles: the list as it was at once (its rows read again as drawn), then
        made again in the background (articles may have come meanwhile)."""
        self.showing_stories = False
        self.remove_class("-stories")
        rows, keep = self._articles_shown
        self.show_rows(rows, keep)
        self.reload(keep)

    @work(thread=True, group="library-stories")
    def place_unplaced(self) -> None:
        """Place any article stored before stories existed (stopping when the app quits), then show the stories
        again."""
        worker = get_current_worker()
        with Library(self.library_path) as library:
            placed = any_unplaced(library.connection) and library.place_unplaced(cancelled=lambda: worker.is_cancelled)
        if placed and not worker.is_cancelled:
            self.app.call_from_thread(self._stories_changed)

    def _placing(self) -> bool:
        """Whether articles are being placed in stories now (or about to be)."""
        return any(w.group == "library-stories" and not w.is_finished for w in self.workers if w.node is self)

    def _stories_changed(self) -> None:
        if self.showing_stories:
            self.reload(self._keep())
