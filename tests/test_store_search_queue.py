"""Search entries written together before a commit (``search_queue``) index exactly what one-by-one writes do."""

from __future__ import annotations

from pathlib import Path

from digest.core.model import Article, Section
from digest.core.store import Library
from digest.core.store.articles import SearchRow, flush_search
from digest.core.store.bulk import add_files


def _article(title: str, body: str) -> Article:
    return Article(title=title, source="mem", sections=(Section(None, body),))


def _index_is_sound(library: Library) -> bool:
    """FTS5's own check of the search index against itself."""
    library.connection.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 0)")
    return True


def test_files_added_in_one_batch_are_each_found(tmp_path: Path) -> None:
    words = ["harbour", "orchard", "glacier", "lantern", "meadow"]
    paths = []
    for word in words:
        path = tmp_path / f"{word}.txt"
        path.write_text(f"News of the {word}\n\nThe council spoke about the {word} on Monday.\n", encoding="utf-8")
        paths.append(path)
    with Library(tmp_path / "lib.db") as library:
        assert add_files(library, paths, workers=1).new == len(words)
        for word in words:
            hits = library.search(word)
            assert [hit.row.title for hit in hits] == [f"News of the {word}"]
        assert _index_is_sound(library)


def test_an_article_updated_while_its_entry_waits_is_indexed_as_updated(tmp_path: Path) -> None:
    queue: list[SearchRow] = []
    with Library(tmp_path / "lib.db") as library:
        first, second = _article("Old title", "The ferry sank."), _article("New title", "The bridge opened.")
        with library.transaction():
            library.save("k", first, library.analyse(first), search_queue=queue)
            assert len(queue) == 1 and not library.search("ferry")  # waiting, not written yet
            library.save("k", second, library.analyse(second), search_queue=queue)
            assert len(queue) == 1  # the first entry was written before its deletion, the second waits
            flush_search(library.connection, queue)
        assert not library.search("ferry")
        assert [hit.row.title for hit in library.search("bridge")] == ["New title"]
        assert _index_is_sound(library)
