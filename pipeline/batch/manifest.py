"""The batch's memory, an SQLite file inside the output folder: for each item its
content hash, the chidao version that converted it, done or failed (and why), and its
tasks as JSON lines, from which tasks.jsonl is rebuilt. A row is committed only after
the item's JSON is in place, so a killed run never records what it did not write."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipeline.batch.work import Result

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    key      TEXT PRIMARY KEY,
    sha256   TEXT NOT NULL,
    version  TEXT NOT NULL,
    status   TEXT NOT NULL,          -- done | failed
    reason   TEXT NOT NULL DEFAULT '',
    letter   TEXT NOT NULL DEFAULT '',
    tasks    TEXT NOT NULL DEFAULT '',
    seconds  REAL NOT NULL DEFAULT 0,
    updated  TEXT NOT NULL DEFAULT (datetime('now'))
);
"""


class Manifest:
    def __init__(self, path: Path, version: str):
        self.version = version
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def done_hashes(self) -> dict[str, str]:
        """key -> content hash of the items this version converted."""
        rows = self.db.execute("SELECT key, sha256 FROM files WHERE status='done' AND version=?",
                               (self.version,))
        return dict(rows.fetchall())

    def record(self, r: Result) -> None:
        with self.db:             # one transaction a file
            self.db.execute(
                "INSERT OR REPLACE INTO files (key, sha256, version, status, reason, letter, tasks,"
                " seconds, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
                (r.key, r.sha256, self.version, r.status, r.reason, r.letter_ref, r.tasks_jsonl,
                 r.seconds))

    # The outputs of a run cover the items of its inputs: an item of an earlier run into
    # the same folder keeps its JSON but leaves tasks.jsonl, errors.csv and the counts.

    def tasks(self, keys: set[str]) -> Iterator[str]:
        rows = self.db.execute("SELECT key, tasks FROM files WHERE status='done' AND tasks != ''"
                               " ORDER BY key")
        for key, text in rows:
            if key in keys:
                yield text

    def failures(self, keys: set[str]) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT key, reason FROM files WHERE status='failed' ORDER BY key")
        return [(k, r) for k, r in rows if k in keys]

    def counts(self, keys: set[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, status in self.db.execute("SELECT key, status FROM files"):
            if key in keys:
                out[status] = out.get(status, 0) + 1
        return out

    def close(self) -> None:
        self.db.close()
