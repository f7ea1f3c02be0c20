"""The output boundary, end to end: every command and both apps, run in a pseudo-terminal on hostile
file names, article text, feeds, OPML and HTTP replies, never send an escape, a C1 control or a bidi
override to the terminal, never forge a line, and never show a traceback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.feed_server import FeedServer, serve_feeds
from tests.hostile_world import FILE_NAMES, PAYLOADS, hostile_opml, hostile_routes, write_hostile_files
from tests.pty_run import Captured, run_in_pty


@dataclass
class World:
    """The hostile folder, OPML file, feed server and a library, for one module's tests."""

    folder: Path
    opml: Path
    server: FeedServer
    library: Path

    def run(
        self, *arguments: str, keys: tuple[tuple[float, bytes], ...] = (), timeout: float = 90, library: str = ""
    ) -> Captured:
        """Run ``digest ARGUMENTS`` on this world's library (or another one), with a browser that opens nothing."""
        path = self.library.with_name(library) if library else self.library
        env = {"DIGEST_LIBRARY": str(path), "BROWSER": "true", "DIGEST_CONFIG_DIR": str(path.parent)}
        return run_in_pty(arguments, env=env, cwd=self.folder.parent, keys=keys, timeout=timeout)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "files"
    write_hostile_files(folder)
    with serve_feeds(hostile_routes()) as server:
        opml = root / "evil.opml"
        opml.write_bytes(hostile_opml(server.base))
        yield World(folder, opml, server, root / "library" / "library.sqlite3")


def assert_clean(captured: Captured, *, app: bool = False) -> None:
    """No forbidden byte, no payload, no traceback, no forged line, and an ordinary exit status."""
    text = captured.text
    assert captured.forbidden(allow_escapes=app) == [], text[-3000:]
    assert not [payload for payload in PAYLOADS if payload in text], text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    assert not any(line.startswith("digest: forged") for line in text.splitlines()), text
    assert captured.status in (0, 2), (captured.status, text[-3000:])


def hostile_path(world: World, index: int) -> str:
    return os.fsdecode(os.path.join(os.fsencode(world.folder), FILE_NAMES[index]))


@pytest.mark.parametrize(
    "arguments",
    [
        ("sections", "files"),
        ("summary", "files"),
        ("quotes", "files"),
        ("export", "files"),
        ("sections", "--json", "files"),
        ("quotes", "--json", "files"),
        ("stories", "files"),
        ("stories", "--json", "files"),
    ],
)
def test_file_commands_show_hostile_names_and_text_safely(world: World, arguments: tuple[str, ...]) -> None:
    captured = world.run(*arguments)
    assert_clean(captured)
    assert captured.status == 0
    assert "Headline 4" in captured.text  # the file whose name holds a newline was read


def test_a_missing_hostile_path_is_one_visible_line(world: World) -> None:
    captured = world.run("sections", "missing\x1b]0;PWNED\x07\n\u202eevil.txt")
    assert_clean(captured)
    assert captured.status == 2
    lines = [line for line in captured.text.splitlines() if line.strip()]
    assert len(lines) == 1 and "\\x1b]0;PWNED\\x07\\n\\u202eevil.txt" in lines[0]


def test_library_commands_on_hostile_files_feeds_and_opml(world: World) -> None:
    feed, broken = world.server.url("/feed.xml"), world.server.url("/broken.xml")
    steps: list[tuple[str, ...]] = [
        ("add", "files"),
        ("add", feed, broken),
        ("list",),
        ("list", "--json"),
        ("list", "--feeds"),
        ("list", "--feeds", "--json"),
        ("refresh",),
        ("refresh", "--json"),
        ("search", "mayor"),
        ("search", "--json", "mayor"),
        ("feed", feed),
        ("feed", feed, "--json"),
        ("stories", "--library"),
        ("export", "--library", "-o", "-"),
        ("export", "--library", "--by-story"),
        ("import-opml", str(world.opml)),
        ("list", "--feeds"),
        ("export-opml",),
        ("remove", hostile_path(world, 5)),
        ("remove", hostile_path(world, 0)),
        ("remove", broken),
    ]
    statuses = []
    for arguments in steps:
        captured = world.run(*arguments)
        assert_clean(captured)
        statuses.append(captured.status)
    assert statuses[0] == 0 and statuses[-3:] == [0, 0, 0]
    assert statuses[1] == 2  # the broken feed is reported, the good one stored
    listing = world.run("list").text
    assert "Item 1" in listing and "Headline 3" in listing and "Headline 5" not in listing
    feeds = world.run("list", "--feeds").text
    assert (
        "\\u202e" in feeds or statuses[steps.index(("import-opml", str(world.opml)))] == 2
    )  # the OPML's URLs are shown escaped, or refused (one line each)


def test_both_apps_on_the_hostile_library_and_files(world: World) -> None:
    app_library = "app.sqlite3"
    world.run("add", "files", world.server.url("/feed.xml"), world.server.url("/broken.xml"), library=app_library)
    keys = ((4, b"R"), (3, b"j"), (0.5, b"\r"), (4, b"o"), (1, b"\x1b"), (1, b"G"), (0.5, b"\r"), (4, b"o"))
    library_app = world.run(keys=(*keys, (2, b"q"), (1, b"q")), timeout=60, library=app_library)
    assert_clean(library_app, app=True)
    assert library_app.status == 0
    stories = ((4, b"s"), (3, b"\r"), (5, b"\r"), (4, b"\x1b"), (1, b"\x1b"), (1, b"q"))  # a story page, its reader
    story_app = world.run(keys=stories, timeout=60, library=app_library)
    assert_clean(story_app, app=True)
    assert story_app.status == 0 and "Who said what" in story_app.text  # the story page was shown
    reader = world.run("read", "files", keys=((5, b"j"), (1, b"o"), (1, b"]"), (1, b"q")), timeout=60)
    assert_clean(reader, app=True)
