"""Key-to-screen time when switching between two cached articles in the reader (target: under 50 ms).

Runs the app headless with Pilot at 160x45 on the two seed articles and opens both once (so documents,
summaries and quotes are cached). Then, with the article list focused and the other article highlighted,
it presses ``enter`` and times, from the moment the key is handed to the app:

- ``first paint``: the first screen update (compositor refresh) after the key;
- ``settled``: the last screen update caused by the key (the screen is final);
- the number of screen updates the key caused;
- ``pilot``: how long ``pilot.press`` itself took to return (Pilot waits for idle in ~20 ms steps, so this
  includes Pilot's own waiting).

Two baselines run in the same process, measured the same way:

- a no-op key (one bound to nothing) in the reader: Pilot's own cost and the cost of a key that changes nothing;
- a bare Textual app that swaps two prepared Markdown widgets (the seed articles' Markdown) in a
  ContentSwitcher: the floor of Textual itself for "show another document".

Screen updates are observed by wrapping the screen's compositor refresh (instrumentation for this benchmark
only; the app itself uses public Textual APIs). Headless Textual renders every update but does not write it to
a terminal, so the figures leave out the terminal's own drawing.

Run: python benchmarks/reader.py
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual.app import App, ComposeResult  # noqa: E402
from textual.binding import Binding  # noqa: E402
from textual.pilot import Pilot  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import ContentSwitcher, Markdown  # noqa: E402

from digest.ui.app import DigestApp  # noqa: E402
from digest.ui.article_list import ArticleList  # noqa: E402
from digest.ui.loading import load_for_app  # noqa: E402
from digest.ui.main_screen import MainScreen  # noqa: E402
from digest.ui.markdown_source import build_markdown  # noqa: E402
from digest.ui.settings import Settings  # noqa: E402

ROUNDS = 20
FRAME_ROUNDS = 6
TARGET_MS = 50.0
SIZE = (160, 45)


class PaintClock:
    """Records the time of every compositor refresh of a screen, and of every change of the state shown."""

    def __init__(self, screen: Screen[Any], *, frames: bool = False) -> None:
        """Start recording ``screen``'s updates (and, with ``frames``, the whole screen after each one)."""
        self.times: list[float] = []
        self.frames: list[str] = []
        self.changes: list[float] = []
        self.last_frames: list[str] = []
        self.last_paints: list[float] = []
        self.last_change: float | None = None
        refresh: Callable[[], None] = screen._compositor_refresh  # instrumentation only

        def timed_refresh() -> None:
            refresh()
            self.times.append(time.perf_counter())
            if frames:
                strips = screen._compositor.render_strips()  # the whole screen as drawn now
                self.frames.append("\n".join(repr(list(strip)) for strip in strips))

        screen._compositor_refresh = timed_refresh  # type: ignore[method-assign]

    def changed(self) -> None:
        """Note that the state shown has just changed (called by a reactive watcher)."""
        self.changes.append(time.perf_counter())

    async def time_key(self, pilot: Pilot[Any], key: str) -> tuple[float, float, int, float]:
        """Press ``key``; return (first paint after the change ms, settled ms, updates, pilot.press ms).

        The first figure is the first screen update after the watched state changed (0 when it did not).
        """
        await pilot.pause()
        gc.collect()
        self.times.clear()
        self.frames.clear()
        self.changes.clear()
        start = time.perf_counter()
        await pilot.press(key)
        pressed = time.perf_counter()
        await pilot.pause(0.05)
        await pilot.pause()
        self.last_paints = paints = [t for t in self.times if t > start]
        self.last_frames = self.frames[-len(paints) :] if paints else []
        self.last_change = self.changes[0] if self.changes else None
        after = [t for t in paints if self.last_change is not None and t > self.last_change]
        shown = (after[0] - start) * 1000 if after else 0.0
        settled = (paints[-1] - start) * 1000 if paints else 0.0
        return shown, settled, len(paints), (pressed - start) * 1000


class Figures:
    """Key timings of one kind."""

    def __init__(self, name: str) -> None:
        """An empty series called ``name``."""
        self.name = name
        self.runs: list[tuple[float, float, int, float]] = []

    def add(self, run: tuple[float, float, int, float]) -> None:
        """Add one timed key."""
        self.runs.append(run)

    def median(self, column: int) -> float:
        """The median of one column."""
        return statistics.median(run[column] for run in self.runs)

    def report(self) -> str:
        """One line: medians and p90 of the settled time."""
        settled = sorted(run[1] for run in self.runs)
        p90 = settled[min(len(settled) - 1, int(len(settled) * 0.9))]
        return (
            f"{self.name:<34} shown {self.median(0):6.1f}  settled {self.median(1):6.1f} "
            f"(p90 {p90:6.1f})  updates {self.median(2):3.0f}  pilot.press {self.median(3):6.1f} ms"
        )


def final_frame_at(clock: PaintClock) -> bool:
    """Whether the first update after the switch already drew the final screen."""
    if clock.last_change is None:
        return False
    after = [n for n, t in enumerate(clock.last_paints) if t > clock.last_change]
    return bool(after) and clock.last_frames[after[0]] == clock.last_frames[-1]


async def frame_check() -> tuple[int, int]:
    """Switch with a screenshot after every update: is the first update already the final screen?"""
    root = Path(__file__).resolve().parent.parent
    app = DigestApp(load_for_app([root / "seeds"]).articles, settings=Settings(None))
    final_first = 0
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        screen.query_one(ArticleList).focus()
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("up", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        clock = PaintClock(screen, frames=True)
        screen.watch(screen, "current", clock.changed, init=False)
        for round_ in range(FRAME_ROUNDS):
            await pilot.press("down" if round_ % 2 == 0 else "up")
            await clock.time_key(pilot, "enter")
            final_first += final_frame_at(clock)
    return final_first, FRAME_ROUNDS


async def reader_figures() -> tuple[Figures, Figures, float]:
    """Cached switches and no-op keys in the reader; and the first (uncached) switch's settled time."""
    root = Path(__file__).resolve().parent.parent
    articles = load_for_app([root / "seeds"]).articles
    app = DigestApp(articles, settings=Settings(None))
    switches, noops = Figures("reader: cached switch (enter)"), Figures("reader: no-op key (f12)")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        clock = PaintClock(screen)
        screen.watch(screen, "current", clock.changed, init=False)
        screen.query_one(ArticleList).focus()
        await pilot.press("down")
        first = await clock.time_key(pilot, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("up", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        for round_ in range(ROUNDS):
            await pilot.press("down" if round_ % 2 == 0 else "up")
            target = screen.current
            switches.add(await clock.time_key(pilot, "enter"))
            assert screen.current != target, "the switch did not happen"
            noops.add(await clock.time_key(pilot, "f12"))
    return switches, noops, first[1]


class BareSwitch(App[None]):
    """Two prepared Markdown documents in a ContentSwitcher; ``x`` swaps them."""

    BINDINGS = [Binding("x", "swap", "Swap")]

    def __init__(self, documents: list[str]) -> None:
        """Show ``documents`` (two Markdown texts)."""
        super().__init__()
        self.documents = documents

    def compose(self) -> ComposeResult:
        """The switcher with both documents."""
        with ContentSwitcher(initial="doc-0"):
            for number, text in enumerate(self.documents):
                yield Markdown(text, id=f"doc-{number}")

    def action_swap(self) -> None:
        """Show the other document."""
        switcher = self.query_one(ContentSwitcher)
        switcher.current = "doc-1" if switcher.current == "doc-0" else "doc-0"


async def bare_figures() -> Figures:
    """Swaps in the bare Textual app."""
    root = Path(__file__).resolve().parent.parent
    articles = load_for_app([root / "seeds"]).articles
    app = BareSwitch([build_markdown(article).text for article in articles[:2]])
    swaps = Figures("bare Textual: swap two Markdown")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.5)
        await pilot.press("x")
        await pilot.pause(0.5)
        await pilot.press("x")
        await pilot.pause(0.3)
        clock = PaintClock(app.screen)
        switcher = app.query_one(ContentSwitcher)
        switcher.watch(switcher, "current", clock.changed, init=False)
        for _ in range(ROUNDS):
            swaps.add(await clock.time_key(pilot, "x"))
    return swaps


async def measure() -> None:
    """Print the reader's switch figures next to the baselines."""
    switches, noops, first = await reader_figures()
    bare = await bare_figures()
    final_first, checked = await frame_check()
    print(f"Pilot, {SIZE[0]}x{SIZE[1]}, two seed articles, {ROUNDS} keys each; times from key dispatch, ms (median):")
    print(f"first (uncached) switch settled: {first:.1f} ms")
    for figures in (switches, noops, bare):
        print(figures.report())
    print(
        f"first update already the final screen (screenshot after each update) in {final_first} of "
        f"{checked} cached switches"
    )
    cached = switches.median(1)
    print(
        f"cached switch: shown {switches.median(0):.1f} ms, settled {cached:.1f} ms "
        f"(target < {TARGET_MS:.0f} ms, settled: "
        f"{'met' if cached < TARGET_MS else 'not met'}); "
        f"ratio to bare Textual swap {cached / max(bare.median(1), 0.1):.2f}, "
        f"ratio to first switch {cached / max(first, 0.1):.2f}"
    )


if __name__ == "__main__":
    asyncio.run(measure())
