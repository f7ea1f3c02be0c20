"""Key-to-screen time when switching between two cached articles in the reader (target: under 50 ms).

Runs the app headless with Pilot at 160x45 on the two seed articles, opens both once (so documents, summaries
and quotes are cached), then times "focus the article list, press down/up + enter" until the screen has been
updated (the reader's title shows the other article and a refresh has happened). As a baseline, the same
switch is timed when the article has to be rendered for the first time.

Run: python benchmarks/reader.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.ui.app import DigestApp  # noqa: E402
from digest.ui.article_list import ArticleList  # noqa: E402
from digest.ui.loading import load_for_app  # noqa: E402
from digest.ui.main_screen import MainScreen  # noqa: E402
from digest.ui.settings import Settings  # noqa: E402

ROUNDS = 20
TARGET_MS = 50.0


async def measure() -> None:
    """Print the first-render and the cached switch times."""
    root = Path(__file__).resolve().parent.parent
    articles = load_for_app([root / "seeds"]).articles
    app = DigestApp(articles, settings=Settings(None))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        article_list = screen.query_one(ArticleList)
        article_list.focus()

        async def switch(key: str) -> float:
            target = 1 if key == "down" else 0
            start = time.perf_counter()
            await pilot.press(key, "enter")
            while screen.current != target:
                await pilot.pause()
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()  # one more refresh: the new screen has been painted
            return (time.perf_counter() - start) * 1000

        first = await switch("down")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        back = await switch("up")
        await app.workers.wait_for_complete()
        cached = []
        for _ in range(ROUNDS):
            cached.append(await switch("down"))
            cached.append(await switch("up"))
    print(f"first switch (render + workers start): {first:7.1f} ms")
    print(f"switch back (cached):                  {back:7.1f} ms")
    print(f"cached switches over {len(cached)} runs: median {statistics.median(cached):.1f} ms, "
          f"p90 {sorted(cached)[int(len(cached) * 0.9)]:.1f} ms, max {max(cached):.1f} ms "
          f"(target < {TARGET_MS:.0f} ms; ratio to first switch {statistics.median(cached) / first:.2f})")


if __name__ == "__main__":
    asyncio.run(measure())
