"""The library screen's and actors view's keys, declared once (bindings, Footer and help read them)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

LIBRARY_BINDINGS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("n", "next_unread", "Next unread", tooltip="Move to the next unread article"),
    Binding("p", "previous_unread", "Prev unread", tooltip="Move to the previous unread article"),
    Binding("f", "star", "Star", tooltip="Star or unstar the highlighted article"),
    Binding("x", "toggle_read", "Read/unread", show=False, tooltip="Mark the highlighted article read or unread"),
    Binding("v", "cycle_view", "View", tooltip="Show all, unread or starred articles"),
    Binding("g", "cycle_feed", "Feed", tooltip="Show one feed's articles (cycles through the feeds)"),
    Binding("slash", "search", "Search", tooltip="Search titles, text and speakers in the library"),
    Binding("escape", "clear", "Clear", show=False, tooltip="Clear the search and the filters"),
    Binding(
        "r",
        "refresh_feed",
        "Refresh",
        tooltip="Refresh the highlighted article's feed in the background (on a teaser: fetch its page again)",
    ),
    Binding("R", "refresh_all", "Refresh all", tooltip="Refresh every feed in the background"),
    Binding("a", "actors", "Actors", tooltip="Everyone quoted in the library, with their quotes, newest first"),
    Binding("q", "app.quit", "Quit"),
]
"""Keys of the library's article list."""

ACTORS_BINDINGS: list[BindingType] = [
    Binding("escape,a", "app.pop_screen", "Back"),
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("q", "app.quit", "Quit"),
]
"""Keys of the actors view."""
