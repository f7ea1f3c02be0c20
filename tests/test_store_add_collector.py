"""Adding files holds the cyclic collector's older objects out of its passes, and leaves its settings as they were."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.core.store import Library
from digest.core.store.bulk import YOUNG_OBJECTS, add_files


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as a test found it, put back afterwards (whatever the test changed)."""
    enabled, thresholds, frozen = gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()
    yield
    gc.set_threshold(*thresholds)
    if not frozen:
        gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def _files(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"note-{number}.txt"
        path.write_text(f"Ferry timetable {number}\n\nThe ferry to the island leaves at {number} o'clock.\n")
        paths.append(path)
    return paths


def _watched(library: Library, paths: list[Path]) -> tuple[int, list[tuple[int, int]]]:
    """Add the files, noting the collector's freeze count and youngest threshold at each file."""
    seen: list[tuple[int, int]] = []
    report = add_files(
        library, paths, workers=1, on_progress=lambda *_: seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))
    )
    return report.new, seen


@pytest.mark.usefixtures("collector")
def test_an_add_freezes_what_was_made_before_it_and_restores_the_collector_after(tmp_path: Path) -> None:
    gc.unfreeze()
    gc.enable()
    gc.set_threshold(700, 10, 10)
    with Library(tmp_path / "lib.db") as library:
        new, seen = _watched(library, _files(tmp_path, 3))
    assert new == 3
    assert all(frozen > 0 and young == YOUNG_OBJECTS for frozen, young in seen)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_an_add_leaves_the_collector_alone_where_objects_are_frozen_already(tmp_path: Path) -> None:
    gc.enable()
    gc.set_threshold(700, 10, 10)
    gc.freeze()  # as the app does once its first screen is up
    frozen = gc.get_freeze_count()
    with Library(tmp_path / "lib.db") as library:
        new, seen = _watched(library, _files(tmp_path, 2))
    assert new == 2
    assert seen and all(count >= frozen and young == 700 for count, young in seen)
    assert gc.get_freeze_count() >= frozen  # nothing the app froze is unfrozen
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.usefixtures("collector")
def test_an_add_leaves_a_collector_held_off_alone(tmp_path: Path) -> None:
    gc.unfreeze()
    gc.disable()  # as the app holds it while it starts
    gc.set_threshold(700, 10, 10)
    with Library(tmp_path / "lib.db") as library:
        new, seen = _watched(library, _files(tmp_path, 2))
    assert new == 2
    assert all(count == 0 and young == 700 for count, young in seen)
    assert not gc.isenabled()
