"""Snapshot tests of the main screen (dark and light, 160x45 and 80x24).

They use stand-in summaries and quotes (tests/ui_support.py), no user settings and no clock, and wait for
every worker and for the document to render, so the pictures only change when the UI does. Update them with
``pytest tests/test_ui_snapshots.py --snapshot-update`` after a deliberate UI change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from digest.ui.themes import DEFAULT_DARK, DEFAULT_LIGHT
from tests.ui_support import make_app, settle


@pytest.mark.parametrize("theme", [DEFAULT_DARK, DEFAULT_LIGHT])
@pytest.mark.parametrize("size", [(160, 45), (80, 24)], ids=["160x45", "80x24"])
def test_main_screen(snap_compare: Any, tmp_path: Path, theme: str, size: tuple[int, int]) -> None:
    app = make_app(None, theme=theme)

    async def ready(pilot: Pilot[object]) -> None:
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=ready)


def test_narrow_screen_unfolds_the_quotes(snap_compare: Any) -> None:
    app = make_app(None, theme=DEFAULT_DARK)

    async def ready(pilot: Pilot[object]) -> None:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
