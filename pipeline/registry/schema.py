"""The registry's tables (SQLAlchemy Core, the same on SQLite and PostgreSQL) and their
versioned migrations: `schema_version` holds the number of the last one applied, and
`migrate` applies the ones after it, each in its own transaction."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, func, insert, select)
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

letters = Table(
    "letters", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("ref", Text, nullable=False),              # "Công văn 1234/UBND-KGVX"
    Column("number", Text), Column("symbol", Text), Column("issuer", Text),
    Column("date", Date), Column("doc_type", Text), Column("source_path", Text),
    Column("corrected", Boolean, nullable=False, default=False),   # from hand-corrected JSON
    Column("record", Text, nullable=False),            # the letter's JSON
    Column("ingested_at", DateTime, nullable=False, server_default=func.now()),
)

tasks = Table(
    "tasks", metadata,
    Column("id", String(40), primary_key=True),        # "141c8e3a-001": stable across runs
    Column("letter_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), nullable=False),
    Column("n", Integer, nullable=False),
    Column("section", Text), Column("text", Text, nullable=False),
    Column("deadline_kind", String(20)), Column("due", Date), Column("recurrence", String(20)),
    Column("deadline_text", Text),
    Column("record", Text, nullable=False),            # the task's JSON
)

task_agencies = Table(
    "task_agencies", metadata,
    Column("task_id", String(40), ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),        # lead | support | report_to
    Column("name", Text, nullable=False),              # as the letter prints it
    Column("key", Text, nullable=False),               # agency_key(name), for matching
    Index("ix_task_agencies_key", "key"),
)

citations = Table(
    "citations", metadata,
    Column("letter_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), nullable=False),
    Column("ref", Text, nullable=False), Column("key", Text, nullable=False),
    Column("date", Date),
    Index("ix_citations_key", "key"),
)

updates = Table(                                        # append-only progress history
    "updates", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("task_id", String(40), ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(20), nullable=False),      # in_progress | done
    Column("date", Date, nullable=False),
    Column("note", Text, nullable=False),
    Column("by", Text),
    Column("recorded_at", DateTime, nullable=False, server_default=func.now()),
    Index("ix_updates_task", "task_id"),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[letters, tasks, task_agencies, citations, updates])


# (version, what it does, how). Append new ones; never edit an applied one.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "letters, tasks, their agencies and citations, progress updates", _v1),
]


def current_version(conn: Connection) -> int:
    metadata.create_all(conn, tables=[schema_version])
    value = conn.execute(select(func.max(schema_version.c.version))).scalar()
    return value or 0


def migrate(engine: Engine) -> int:
    """Apply pending migrations; the version now in force."""
    with engine.begin() as conn:
        version = current_version(conn)
    for number, _, apply in MIGRATIONS:
        if number > version:
            with engine.begin() as conn:
                apply(conn)
                conn.execute(insert(schema_version).values(version=number))
            version = number
    return version
