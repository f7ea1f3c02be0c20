"""The issue's minor hostile cases: undecodable file names, far-future dates, a huge text node, absurd
numbers on the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.model import Article, Section
from digest.core.store import Library
from digest.core.store.articles import now_iso
from digest.core.store.cache import analyse

BODY = "The mayor said on Monday that the bridge would open next week, officials confirmed.\n"


def undecodable_folder(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "files"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9-\xff.txt")  # Latin-1 bytes: not UTF-8
    (folder / name).write_text("A Latin-1 named file\n\n" + BODY)
    (folder / "plain.txt").write_text("A plain file\n\n" + BODY)
    return folder, str(folder / name)


def test_undecodable_file_names_export_add_list_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, name = undecodable_folder(tmp_path)
    assert main(["export", str(folder), "--date", "2024-05-01", "-o", str(tmp_path / "d.md")]) == 0
    assert "A Latin-1 named file" in (tmp_path / "d.md").read_text()
    assert main(["sections", str(folder)]) == 0
    assert "caf\\xe9-\\xff.txt" in capsys.readouterr().out  # the bytes shown, the terminal gets only ASCII
    assert main(["add", str(folder)]) == 0
    assert main(["list", "--json"]) == 0
    assert "caf\\\\xe9-\\\\xff.txt" in capsys.readouterr().out
    assert main(["remove", name]) == 0
    assert main(["add", str(folder)]) == 0  # the other file is unchanged, the removed one comes back
    out = capsys.readouterr().out
    assert "removed article" in out and "1 new, 0 updated, 1 unchanged" in out


def test_a_far_future_date_is_stored_as_now() -> None:
    article = Article("Future", "feed", (Section(None, BODY),))
    with Library() as library, library.transaction():
        article_id, _ = library.save("feed:1:x", article, analyse(article), published="9999-12-31T00:00:00Z")
        row = library.rows(ids=[article_id])[0]
    assert row.published is not None and row.published <= now_iso()


def test_a_text_run_over_10_mb_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "huge-node.html"
    page.write_text("<html><body><p>" + "word " * 2_300_000 + "</p></body></html>")
    assert main(["sections", str(page)]) == 2
    err = capsys.readouterr().err
    assert "10 MB" in err and "no article text" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["1e20", "99999999999999999999", "0", "-5", "inf"])
def test_absurd_limits_are_one_clear_line(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search", "--limit", value, "anything"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--limit" in err and "Traceback" not in err


def test_a_hostile_reason_phrase_is_stored_and_shown_cleaned(capsys: pytest.CaptureFixture[str]) -> None:

    from tests.feed_server import serve_feeds
    from tests.hostile_world import hostile_routes

    with serve_feeds(hostile_routes()) as server:
        assert main(["add", "--timeout", "5", server.url("/broken.xml")]) == 2
    err = capsys.readouterr().err
    assert "503" in err and "\x1b" not in err and "\x9b" not in err
    with Library() as library:
        stored = library.connection.execute("SELECT error FROM feeds").fetchone()[0]
    assert "503" in stored and "\x1b" not in stored and "\x9b" not in stored
    assert main(["list", "--feeds"]) == 0
    out = capsys.readouterr().out
    assert "503" in out and "\x1b" not in out
