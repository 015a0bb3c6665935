"""The registry's tables (SQLAlchemy Core, the same on SQLite and PostgreSQL) and their
versioned migrations: `schema_version` holds the number of the last one applied, and
`migrate` applies the ones after it, each in its own transaction."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Table, Text, func, insert, inspect, select, text)
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
    # v2: the extraction as first stored, kept when a person corrects the letter
    Column("original_record", Text),
    Column("reviewed_by", Text), Column("reviewed_at", DateTime),   # accepted in review
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
    # v2: `due` is the letter's deadline (the original, never moved by an extension);
    # `current_due` the one in force after an approved extension (null: the original)
    Column("current_due", Date),
    Column("version", Integer, nullable=False, server_default="1"),   # optimistic concurrency
    Column("chases", String(40)),                      # a đôn đốc task: the tracked task it chases
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


# ---------------------------------------------------------------- v2: the office web app

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("role", String(10), nullable=False),        # admin | clerk | agency | leader
    Column("agency", Text),                            # an agency account's agency (gazetteer name)
    Column("full_name", Text),
    Column("password_hash", Text, nullable=False),     # Argon2id
    Column("token_hash", String(64), unique=True),     # sha256 of the personal API token
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime, nullable=False, server_default=func.now()),
)

sessions = Table(
    "sessions", metadata,
    Column("token_hash", String(64), primary_key=True),   # sha256 of the cookie's value
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

sources = Table(                                        # what was uploaded: the file and its text
    "sources", metadata,
    Column("letter_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), primary_key=True),
    Column("name", Text, nullable=False),
    Column("text", Text, nullable=False),              # the letter's text: spans point into it
    Column("data", LargeBinary, nullable=False),
)

corrections = Table(                                    # who changed what of a letter, and when
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("letter_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), nullable=False),
    Column("task_id", String(40)),
    Column("action", String(20), nullable=False),      # edit | split | merge | add | remove | accept
    Column("before", Text), Column("after", Text),     # the task's JSON (or the letter's)
    Column("by", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_corrections_letter", "letter_sha"),
)

audit = Table(                                          # every change, written with the change
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("task_id", String(40)), Column("letter_sha", String(64)),
    Column("detail", Text, nullable=False, server_default=""),
    Index("ix_audit_task", "task_id"),
)

extensions = Table(                                     # an agency asks for more time
    "extensions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("task_id", String(40), ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False),
    Column("requested_by", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("new_due", Date, nullable=False),
    Column("state", String(10), nullable=False),       # pending | approved | refused
    Column("decided_by", Text), Column("decided_at", DateTime), Column("decision_note", Text),
    Column("created_at", DateTime, nullable=False),
    # one pending request a task, enforced by the database itself
    Index("ux_extensions_pending", "task_id", unique=True,
          sqlite_where=text("state = 'pending'"), postgresql_where=text("state = 'pending'")),
)

links = Table(                                          # a report or đôn đốc letter about a tracked one
    "links", metadata,
    Column("letter_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), nullable=False),
    Column("target_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), nullable=False),
    Column("kind", String(10), nullable=False),        # report | followup | cites
    Index("ix_links_target", "target_sha"),
)

proposals = Table(                                      # progress a report letter seems to give
    "proposals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("letter_sha", String(64), ForeignKey("letters.sha256", ondelete="CASCADE"), nullable=False),
    Column("task_id", String(40), ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False),
    Column("agency", Text, nullable=False),
    Column("status", String(20), nullable=False),      # in_progress | done
    Column("note", Text, nullable=False),
    Column("state", String(10), nullable=False),       # pending | confirmed | rejected
    Column("decided_by", Text), Column("decided_at", DateTime),
)


def _add_column(conn: Connection, table: Table, name: str) -> None:
    """ALTER TABLE ADD COLUMN, unless the table was created with it (a new registry)."""
    if name in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return
    column = table.c[name]
    ddl = f"ALTER TABLE {table.name} ADD COLUMN {name} {column.type.compile(dialect=conn.dialect)}"
    if column.server_default is not None:
        ddl += f" DEFAULT {column.server_default.arg}"
    if not column.nullable:
        ddl += " NOT NULL"
    conn.execute(text(ddl))


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[letters, tasks, task_agencies, citations, updates])


def _v2(conn: Connection) -> None:
    for name in ("original_record", "reviewed_by", "reviewed_at"):
        _add_column(conn, letters, name)
    for name in ("current_due", "version", "chases"):
        _add_column(conn, tasks, name)
    metadata.create_all(conn, tables=[users, sessions, sources, corrections, audit, extensions,
                                      links, proposals])


# (version, what it does, how). Append new ones; never edit an applied one.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "letters, tasks, their agencies and citations, progress updates", _v1),
    (2, "web app: users, sessions, uploaded sources, corrections, audit log, deadline "
        "extensions, letter links and report proposals; task version and current deadline", _v2),
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
