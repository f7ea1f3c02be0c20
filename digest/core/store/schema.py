"""The library's SQLite schema and its migrations, versioned with ``PRAGMA user_version``.

Each migration is a list of statements run in one transaction together with the version bump, so a
library is always at exactly one schema version. New versions are appended to :data:`MIGRATIONS`;
existing entries are never edited.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.sanitize import shown
from digest.core.store.errors import describe_library_error

_STORY_ROW_COUNTS = """(articles, outlets) = (
    SELECT count(*), count(DISTINCT o.outlet) FROM story_members m JOIN article_outlets o ON o.article_id = m.article_id
    WHERE m.story_id = {story}), (newest, newest_id) = (
    SELECT coalesce(a.published, a.added), a.id FROM story_members m JOIN articles a ON a.id = m.article_id
    WHERE m.story_id = {story} ORDER BY 1 DESC, 2 DESC LIMIT 1)"""
"""A story row's counts and its newest article, read from its members (``{story}``: the story id's expression)."""

_STORY_ROW_JOINED = """articles = articles + 1, outlets = outlets + NOT EXISTS (
    SELECT 1 FROM story_members m JOIN article_outlets o ON o.article_id = m.article_id
    WHERE m.story_id = NEW.story_id AND m.article_id <> NEW.article_id
    AND o.outlet = (SELECT outlet FROM article_outlets WHERE article_id = NEW.article_id)), (newest, newest_id) = (
    SELECT CASE WHEN newer THEN date ELSE story_rows.newest END, CASE WHEN newer THEN NEW.article_id
        ELSE story_rows.newest_id END
    FROM (SELECT date, story_rows.newest_id IS NULL
        OR (date, NEW.article_id) > (story_rows.newest, story_rows.newest_id) AS newer
        FROM (SELECT coalesce(published, added) AS date FROM articles WHERE id = NEW.article_id)))"""
"""A story row's counts and newest article after the member ``NEW`` joined it, from the row as it was: one more
article, one more outlet when no other member shares the new one's, the newer of the two newest (what
``_STORY_ROW_COUNTS`` reads from every member, without reading them all)."""


MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: feeds, articles, the analysis cache, quotes for the actors view, and full-text search.
    (
        """CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            etag TEXT,
            last_modified TEXT,
            checked TEXT,
            error TEXT,
            added TEXT NOT NULL
        )""",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            feed_id INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            format TEXT NOT NULL,
            sections TEXT NOT NULL,
            speakers TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            is_read INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,
            published TEXT
        )""",
        "CREATE INDEX articles_feed ON articles(feed_id)",
        "CREATE INDEX articles_date ON articles(coalesce(published, added))",
        """CREATE TABLE analysis (
            content_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            version TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (content_hash, kind, version)
        ) WITHOUT ROWID""",
        """CREATE TABLE quotes (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID""",
        "CREATE INDEX quotes_speaker ON quotes(speaker)",
        "CREATE VIRTUAL TABLE article_search USING fts5(title, body, speakers, content='', tokenize='unicode61')",
    ),
    # 2: bodies move to their own table, so listing articles never reads them (10x faster lists).
    (
        """CREATE TABLE bodies (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            sections TEXT NOT NULL
        )""",
        "INSERT INTO bodies (article_id, sections) SELECT id, sections FROM articles",
        "ALTER TABLE articles DROP COLUMN sections",
    ),
    # 3: full text from the entry's page: the feed's mode, the page's canonical URL, why an entry stayed a
    # teaser, and the feed entries stored as another feed's copy of the same page.
    (
        "ALTER TABLE feeds ADD COLUMN full_text TEXT NOT NULL DEFAULT 'auto'",
        "ALTER TABLE articles ADD COLUMN canonical_url TEXT",
        "ALTER TABLE articles ADD COLUMN teaser_reason TEXT",
        "CREATE INDEX articles_canonical ON articles(canonical_url) WHERE canonical_url IS NOT NULL",
        """CREATE TABLE entry_aliases (
            key TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        ) WITHOUT ROWID""",
    ),
    # 4: stories (articles about one event), grouped incrementally as articles arrive: each story's
    # centroid, its members, an inverted index of telling features, and document frequencies.
    (
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            centroid TEXT NOT NULL,
            years TEXT NOT NULL,
            times TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE story_members (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE
        )""",
        "CREATE INDEX story_members_story ON story_members(story_id)",
        """CREATE TABLE story_postings (
            feature TEXT NOT NULL,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            PRIMARY KEY (feature, story_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX story_postings_story ON story_postings(story_id)",
        "CREATE TABLE story_terms (feature TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID",
    ),
    # 5: a compact library: each analysis entry keeps only its fields (not also its to_dict JSON), and
    # entries and bodies are compact JSON compressed with zlib (the functions are registered by migrate);
    # analysis becomes a rowid table, so entries fill its pages in the order they are written.
    (
        """CREATE TABLE analysis_packed (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            version TEXT NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (content_hash, kind, version)
        )""",
        "INSERT INTO analysis_packed (content_hash, kind, version, data)"
        " SELECT content_hash, kind, version, digest_repack_entry(data) FROM analysis",
        "DROP TABLE analysis",
        "ALTER TABLE analysis_packed RENAME TO analysis",
        "UPDATE bodies SET sections = digest_pack_json(sections) WHERE typeof(sections) = 'text'",
    ),
    # 6: a story arrival's document-frequency counts wait in a log (one row per arrival) and are added to
    # story_terms every few dozen arrivals: one row written per arrival instead of hundreds scattered
    # across story_terms' pages.
    ("CREATE TABLE story_term_log (id INTEGER PRIMARY KEY AUTOINCREMENT, features TEXT NOT NULL)",),
    # 7: each story member keeps its article's vector as placed, so that a story's neighbourhood can be
    # regrouped after an arrival without reading the members' text (members stored before keep NULL).
    ("ALTER TABLE story_members ADD COLUMN vector BLOB",),
    # 8: one row per story for the stories view (title, articles, outlets, newest), kept up to date by
    # triggers as articles join or leave stories (or change date, address or feed), ordered by an index;
    # article_outlets names each article's outlet as digest.core.store.story_rows.outlet does.
    (
        """CREATE VIEW article_outlets AS
        SELECT article_id, CASE
            WHEN feed <> '' THEN feed
            WHEN host IS NULL THEN 'file'
            WHEN substr(host, 1, 4) = 'www.' THEN substr(host, 5)
            ELSE host END AS outlet
        FROM (SELECT article_id, feed, lower(CASE WHEN instr(rest, '/') > 0
                THEN substr(rest, 1, instr(rest, '/') - 1) ELSE rest END) AS host
            FROM (SELECT article_id, feed, CASE WHEN instr(address, '://') > 0
                    THEN substr(address, instr(address, '://') + 3) END AS rest
                FROM (SELECT a.id AS article_id, coalesce(f.title, f.url) AS feed,
                        coalesce(nullif(a.url, ''), a.source) AS address
                    FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id)))""",
        """CREATE TABLE story_rows (
            story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            articles INTEGER NOT NULL DEFAULT 0,
            outlets INTEGER NOT NULL DEFAULT 0,
            newest TEXT,
            newest_id INTEGER
        )""",
        "CREATE INDEX story_rows_order ON story_rows(articles DESC, newest DESC, newest_id DESC)",
        "INSERT INTO story_rows (story_id, title) SELECT id, title FROM stories",
        f"UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story='story_rows.story_id')}",
        """CREATE TRIGGER story_rows_new AFTER INSERT ON stories BEGIN
            INSERT INTO story_rows (story_id, title) VALUES (NEW.id, NEW.title);
        END""",
        """CREATE TRIGGER story_rows_retitled AFTER UPDATE OF title ON stories BEGIN
            UPDATE story_rows SET title = NEW.title WHERE story_id = NEW.id;
        END""",
        f"""CREATE TRIGGER story_rows_joined AFTER INSERT ON story_members BEGIN
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="NEW.story_id")} WHERE story_id = NEW.story_id;
        END""",
        f"""CREATE TRIGGER story_rows_left AFTER DELETE ON story_members BEGIN
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="OLD.story_id")} WHERE story_id = OLD.story_id;
        END""",
        f"""CREATE TRIGGER story_rows_moved AFTER UPDATE OF story_id ON story_members
        WHEN OLD.story_id IS NOT NEW.story_id BEGIN
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="OLD.story_id")} WHERE story_id = OLD.story_id;
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="NEW.story_id")} WHERE story_id = NEW.story_id;
        END""",
        f"""CREATE TRIGGER story_rows_article_changed AFTER UPDATE OF published, added, url, source, feed_id ON articles
        WHEN OLD.published IS NOT NEW.published OR OLD.added IS NOT NEW.added OR OLD.url IS NOT NEW.url
            OR OLD.source IS NOT NEW.source OR OLD.feed_id IS NOT NEW.feed_id BEGIN
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="story_rows.story_id")}
            WHERE story_id = (SELECT story_id FROM story_members WHERE article_id = NEW.id);
        END""",
        f"""CREATE TRIGGER story_rows_feed_renamed AFTER UPDATE OF title, url ON feeds
        WHEN OLD.title IS NOT NEW.title OR OLD.url IS NOT NEW.url BEGIN
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="story_rows.story_id")}
            WHERE story_id IN (SELECT m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id
                WHERE a.feed_id = NEW.id);
        END""",
    ),
    # 9: an article joining a story (placed, or moved there by a revisit) updates the story's row by
    # difference instead of re-counting every member: one more article, the newer of two newest, and one more
    # outlet unless a member shares the new one's (read until the first that does).
    (
        "DROP TRIGGER story_rows_joined",
        f"""CREATE TRIGGER story_rows_joined AFTER INSERT ON story_members BEGIN
            UPDATE story_rows SET {_STORY_ROW_JOINED} WHERE story_id = NEW.story_id;
        END""",
        "DROP TRIGGER story_rows_moved",
        f"""CREATE TRIGGER story_rows_moved AFTER UPDATE OF story_id ON story_members
        WHEN OLD.story_id IS NOT NEW.story_id BEGIN
            UPDATE story_rows SET {_STORY_ROW_COUNTS.format(story="OLD.story_id")} WHERE story_id = OLD.story_id;
            UPDATE story_rows SET {_STORY_ROW_JOINED} WHERE story_id = NEW.story_id;
        END""",
    ),
    # 10: a quote's words are stored once, in its article's quote report (the analysis entry of the article's
    # content hash at articles.quotes_version), not again in quotes: each article gets the version of the
    # newest entry holding every one of its quotes (same position, speaker, kind and words), and its rows drop
    # their words; the rows of an article no entry matches keep theirs (see digest.core.store.quote_texts). Rows
    # whose article is gone (deleted with foreign keys off, outside digest) are left behind: no view showed them.
    (
        "ALTER TABLE articles ADD COLUMN quotes_version TEXT",
        """UPDATE articles SET quotes_version = (
            SELECT e.version FROM analysis e WHERE e.content_hash = articles.content_hash AND e.kind = 'quotes'
            AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = articles.id
                AND digest_quote_text(e.data, q.position, q.speaker, q.kind) IS NOT q.text)
            ORDER BY e.id DESC LIMIT 1)""",
        """CREATE TABLE quotes_lean (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT,
            kind TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID""",
        """INSERT INTO quotes_lean (article_id, position, speaker, text, kind)
            SELECT q.article_id, q.position, q.speaker, CASE WHEN a.quotes_version IS NULL THEN q.text END, q.kind
            FROM quotes q JOIN articles a ON a.id = q.article_id""",
        "DROP TABLE quotes",
        "ALTER TABLE quotes_lean RENAME TO quotes",
        "CREATE INDEX quotes_speaker ON quotes(speaker)",
    ),
)
"""Schema migrations: entry ``n`` brings a library from version ``n`` to ``n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this code writes."""


class LibraryError(DigestError):
    """The library file cannot be opened or is newer than this version of digest."""


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating and migrating when needed) the library at ``path``.

    The connection uses WAL journaling (readers never block the writer), a busy timeout, foreign keys,
    and autocommit mode: callers group writes with :func:`transaction`.

    Raises:
        LibraryError: The file cannot be opened or created, is damaged, is not a digest library, or
            was made by a newer digest. The message is one line naming the file and what to do.
    """
    path = Path(os.path.abspath(path))  # a relative path works too (the read-only URI needs it absolute)
    _check_sqlite(path)
    try:
        _check_target(path)
        if readonly:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=10)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    except sqlite3.Error as error:
        raise LibraryError(describe_library_error(path, error)) from None
    except OSError as error:
        parent_is_file = isinstance(error, FileExistsError | NotADirectoryError)
        reason = "a parent folder is a file" if parent_is_file else (error.strerror or str(error)).lower()
        raise LibraryError(f"{shown(path)}: cannot create the library ({reason}); give another path") from None
    try:
        connection.execute("PRAGMA busy_timeout = 10000")
        _check_version(connection, path)
        if not readonly:
            connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only takes effect on a new file
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            migrate(connection)
    except sqlite3.Error as error:
        connection.close()
        raise LibraryError(describe_library_error(path, error)) from None
    except LibraryError:
        connection.close()
        raise
    return connection


SQLITE_NEEDED = (3, 38)
"""The oldest SQLite the library runs on: ``RETURNING`` (3.35) and JSON functions built in (3.38, ``json_each``)."""


def _check_sqlite(path: Path) -> None:
    """Refuse, in one line, a Python whose SQLite is older than :data:`SQLITE_NEEDED` (rather than failing on the
    first story placed)."""
    version = sqlite3.sqlite_version_info
    if version[:2] < SQLITE_NEEDED:
        have, need = ".".join(map(str, version)), ".".join(map(str, SQLITE_NEEDED))
        raise LibraryError(f"{shown(path)}: this Python's SQLite is {have}; the library needs {need} or later")


def _check_target(path: Path) -> None:
    """Refuse a library path that is not a regular file (a folder, a FIFO, a device) before SQLite opens it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise LibraryError(f"{shown(path)}: cannot be the library ({kind}); give a file path with --library")


def _check_version(connection: sqlite3.Connection, path: Path | None = None) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    name = shown(path) if path is not None else "the library"
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{name}: made by a newer digest (schema version {version}, this one reads up to {SCHEMA_VERSION});"
            " upgrade digest, or give another file with --library"
        )
    if version == 0 and connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None:
        raise LibraryError(
            f"{name}: an SQLite file of another program, not a digest library; give another file with --library"
        )
    return version


COMPACT_SCHEMA = 5
"""The first version storing packed (compressed) entries: migrating to it from an older one frees space."""

LEAN_QUOTES_SCHEMA = 10
"""The first version storing a quote's words only in its article's quote report: migrating to it frees space."""

PAGE_SIZE = 16384
"""Bytes per database page: packed bodies and entries (1-4 kB each) fill 16 kB pages with little waste."""

WORTH_COMPACTING = 0.2
"""Share of free pages above which :func:`compact_if_worth_it` rewrites the file."""


def free_share(connection: sqlite3.Connection) -> float:
    """The share of the library file's pages that are free (left by deleted or shrunk rows)."""
    pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    free = int(connection.execute("PRAGMA freelist_count").fetchone()[0])
    return free / pages if pages else 0.0


def compact(connection: sqlite3.Connection) -> None:
    """Rewrite the library file without its free pages (``VACUUM``), then empty the write-ahead log.

    A library with smaller pages is given :data:`PAGE_SIZE` pages when no other connection has it open
    (changing the page size needs the rollback journal for the time of the rewrite).
    """
    if int(connection.execute("PRAGMA page_size").fetchone()[0]) != PAGE_SIZE:
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            connection.execute("VACUUM")
        finally:
            connection.execute("PRAGMA journal_mode = WAL")
        return
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def compact_if_worth_it(connection: sqlite3.Connection) -> bool:
    """Compact when at least :data:`WORTH_COMPACTING` of the file is free; tell whether it did."""
    if free_share(connection) < WORTH_COMPACTING:
        return False
    compact(connection)
    return True


def _register_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions migrations use to re-encode stored values."""
    from digest.core.store.cache import pack, repack, unpack  # only to migrate: opening stays cheap
    from digest.core.store.quote_texts import entry_quote_text

    connection.create_function("digest_repack_entry", 1, repack, deterministic=True)
    connection.create_function("digest_pack_json", 1, lambda text: pack(unpack(text)), deterministic=True)
    connection.create_function("digest_quote_text", 4, entry_quote_text, deterministic=True)


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply every pending migration (up to ``target``), each in its own transaction; return the version.

    A library brought to the compact encoding or to lean quote rows from an older one is compacted afterwards
    (when worth it, and not while another connection keeps it busy: ``digest compact`` does it later).
    """
    start = version = _check_version(connection)
    if version < target:
        _register_functions(connection)
    while version < target:
        connection.execute("BEGIN IMMEDIATE")
        try:
            current: int = connection.execute("PRAGMA user_version").fetchone()[0]
            if current != version:  # another process migrated meanwhile
                connection.execute("ROLLBACK")
                version = current
                continue
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        version += 1
    if 0 < start < COMPACT_SCHEMA <= version or 0 < start < LEAN_QUOTES_SCHEMA <= version:
        with contextlib.suppress(sqlite3.OperationalError):  # busy (another digest has it open): compact later
            compact_if_worth_it(connection)
    return version
