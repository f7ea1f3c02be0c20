"""Every command of every screen, declared once (see :class:`digest.ui.commands.Command`).

Bindings, the Footer, the help screen, the command palette and the user's keymap all read these tuples.
Footer order is declaration order: the keys a reader needs most come first, so they still show at 80 columns.
"""

from __future__ import annotations

from digest.ui.commands import Command

HELP = Command("help", "question_mark,f1", "app.help", "Help", "Show every key of this screen", "App", display="? F1")
QUIT = Command("quit", "q", "app.quit", "Quit", "Quit digest", "App", palette=False)
NEXT_PANE = Command(
    "next-pane", "tab", "app.focus_next", "Next pane", "Focus the next pane", "Moving", show=False, palette=False
)
PREVIOUS_PANE = Command(
    "previous-pane",
    "shift+tab",
    "app.focus_previous",
    "Prev pane",
    "Focus the previous pane",
    "Moving",
    show=False,
    palette=False,
)


def moving(down: str, up: str) -> tuple[Command, ...]:
    """The down, up and page keys of a screen (``down``/``up``: what the line keys do there)."""
    return (
        Command("move-down", "j,down", "move_down", "Down", down, "Moving", show=False, display="j ↓", palette=False),
        Command("move-up", "k,up", "move_up", "Up", up, "Moving", show=False, display="k ↑", palette=False),
        Command("page-down", "pagedown", "page_down", "Page down", "One page down", "Moving", show=False),
        Command("page-up", "pageup", "page_up", "Page up", "One page up", "Moving", show=False),
    )


MOVING: tuple[Command, ...] = (
    *moving(
        "Move down in the focused pane (scroll, or next item)", "Move up in the focused pane (scroll, or previous item)"
    ),
    Command("open", "enter", "open", "Open", "Open the highlighted article, section or quote", "Moving", show=False),
    NEXT_PANE,
    PREVIOUS_PANE,
)
"""Moving around in the reader (the focused widget moves; the screen only routes)."""

EXPORT = Command("export", "e", "export", "Export", "Export the digest as Markdown", "App")
FIND = Command("find", "slash", "find", "Find", "Find in the article (escape clears the matches)", "Find", display="/")
CONTENTS = Command(
    "contents", "t", "toggle_contents", "Contents", "Show or hide the articles and table of contents", "Panes"
)
QUOTES = Command("quotes", "a", "toggle_quotes", "Quotes", "Show or hide the quote sidebar", "Panes")
SUMMARY = Command("summary", "s", "toggle_summary", "Summary", "Show or hide the summary panel", "Panes")

READING: tuple[Command, ...] = (
    Command(
        "next-section",
        "right_square_bracket",
        "next_section",
        "Next §",
        "Scroll the reader to the next section",
        "Sections",
        display="]",
    ),
    Command(
        "previous-section",
        "left_square_bracket",
        "previous_section",
        "Prev §",
        "Scroll the reader to the previous section",
        "Sections",
        display="[",
    ),
    Command(
        "jump-section",
        "1,2,3,4,5,6,7,8,9",
        "jump_section({key})",
        "Section",
        "Jump to section N (1 is the lead)",
        "Sections",
        show=False,
        display="1…9",
        palette=False,
    ),
    Command("summary-method", "m", "next_method", "Method", "Cycle the summary method", "Summary"),
    Command(
        "summary-longer",
        "plus,equals_sign",
        "longer_summary",
        "Longer",
        "One more summary sentence",
        "Summary",
        show=False,
        display="+",
    ),
    Command(
        "summary-shorter",
        "minus",
        "shorter_summary",
        "Shorter",
        "One summary sentence fewer",
        "Summary",
        show=False,
        display="-",
    ),
    Command(
        "open-source",
        "o",
        "open_source",
        "Source",
        "Open the article's source URL in the browser",
        "Reading",
        show=False,
    ),
)
"""The reader's commands that the Footer shows after the main ones (or not at all)."""

NEXT_MATCH = Command(
    "next-match", "n", "next_match", "Next match", "Go to the next match of the search", "Find", show=False
)
CLEAR_FIND = Command(
    "clear-find", "escape", "clear_find", "Clear find", "Drop the search highlights", "Find", display="esc"
)
PREVIOUS_MATCH = Command(
    "previous-match", "N", "previous_match", "Prev match", "Go to the previous match of the search", "Find", show=False
)

READER: tuple[Command, ...] = (
    CLEAR_FIND,
    EXPORT,
    FIND,
    CONTENTS,
    QUOTES,
    SUMMARY,
    HELP,
    QUIT,
    *READING,
    NEXT_MATCH,
    PREVIOUS_MATCH,
    *MOVING,
)
"""The file reader (``digest read``)."""

LIBRARY_READER: tuple[Command, ...] = (
    CLEAR_FIND,
    Command("back", "escape,backspace", "back", "Library", "Back to the library list", "Library", display="esc ⌫"),
    Command(
        "back-to-story",
        "escape,backspace",
        "back_to_story",
        "Story",
        "Back to the story page this article was opened from",
        "Library",
        display="esc ⌫",
    ),
    FIND,
    NEXT_MATCH,
    Command(
        "next-unread",
        "n",
        "next_unread",
        "Next unread",
        "Open the next unread article (n is next match while a search is highlighted)",
        "Library",
    ),
    Command("previous-unread", "p", "previous_unread", "Prev unread", "Open the previous unread article", "Library"),
    Command(
        "next-in-story",
        "n",
        "next_in_story",
        "Next",
        "Open the story's next article (n is next match while a search is highlighted)",
        "Library",
    ),
    Command("previous-in-story", "p", "previous_in_story", "Prev", "Open the story's previous article", "Library"),
    HELP,
    QUIT,
    CONTENTS,
    QUOTES,
    SUMMARY,
    *READING,
    PREVIOUS_MATCH,
    *MOVING,
)
"""The reader on one library article, over the library list or a story page (``check_action`` offers the
commands of the one it was opened from)."""

LIBRARY: tuple[Command, ...] = (
    Command("open-story", "enter", "open_story", "Open", "Open the highlighted story's page", "Moving"),
    Command("library-search", "slash", "search", "Search", "Search titles, text and speakers", "Library", display="/"),
    Command("library-view", "v", "cycle_view", "View", "Show all, unread or starred articles", "Library"),
    Command("star", "f", "star", "Star", "Star or unstar the highlighted article", "Articles"),
    Command("export", "e", "export", "Export", "Export the articles listed now as a Markdown digest", "App"),
    Command("add", "plus", "add", "Add", "Add a feed URL, or an article file or folder", "Library", display="+"),
    HELP,
    QUIT,
    Command("next-unread", "n", "next_unread", "Next unread", "Move to the next unread article", "Articles"),
    Command(
        "previous-unread", "p", "previous_unread", "Prev unread", "Move to the previous unread article", "Articles"
    ),
    Command("actors", "a", "actors", "Actors", "Everyone quoted in the library, newest quotes first", "Library"),
    Command(
        "articles",
        "escape,s",
        "articles",
        "Articles",
        "Back from the stories to the articles",
        "Library",
        display="esc s",
    ),
    Command("stories", "s", "stories", "Stories", "Show the stories: one event across outlets", "Library"),
    Command(
        "library-feed", "g", "cycle_feed", "Feed", "Show one feed's articles (cycles through the feeds)", "Library"
    ),
    Command(
        "toggle-read", "x", "toggle_read", "Read", "Mark the highlighted article read or unread", "Articles", show=False
    ),
    Command(
        "refresh-feed",
        "r",
        "refresh_feed",
        "Refresh",
        "Refresh the highlighted article's feed (on a teaser: fetch its page again)",
        "Library",
    ),
    Command("refresh-all", "R", "refresh_all", "Refresh all", "Refresh every feed in the background", "Library"),
    Command(
        "library-clear",
        "escape",
        "clear",
        "Clear",
        "Clear the search and the filters",
        "Library",
        show=False,
        display="esc",
    ),
    Command(
        "open", "enter", "open", "Open", "Open the highlighted article or story", "Moving", show=False, palette=False
    ),
    *moving("Next article or story", "Previous article or story"),
)
"""The library's list: its articles, or (``s``) its stories; ``check_action`` hides what does not apply."""

ACTORS: tuple[Command, ...] = (
    Command("back", "escape,a", "back", "Back", "Back to the library list", "Library", display="esc a"),
    HELP,
    QUIT,
    *moving("Next actor or quote", "Previous actor or quote"),
    NEXT_PANE,
    PREVIOUS_PANE,
)
"""The actors view."""

STORY: tuple[Command, ...] = (
    Command("back", "escape,backspace", "back", "Stories", "Back to the stories", "Library", display="esc ⌫"),
    Command("open", "enter", "open", "Open", "Open the highlighted article in the reader", "Moving"),
    HELP,
    QUIT,
    *moving("Scroll down, or next article", "Scroll up, or previous article"),
    NEXT_PANE,
    PREVIOUS_PANE,
)
"""A story's page: its summary, who said what across outlets, and its articles."""

EVERY_SCREEN: tuple[tuple[Command, ...], ...] = (READER, LIBRARY_READER, LIBRARY, ACTORS, STORY)
"""Each screen's commands (for the keymap's ids and the tests)."""
