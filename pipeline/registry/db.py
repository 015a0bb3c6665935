"""Where the registry lives: `--db URL`, else $CHIDAO_DB, else an SQLite file in the
user's data folder. Any SQLAlchemy URL works; SQLite and PostgreSQL are tested.
SQLite runs in WAL mode with a busy timeout, so two processes can write at once."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from pipeline.registry.schema import migrate


def default_url() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("chidao", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'registry.sqlite'}"


def url_of(db: str | None) -> str:
    url = db or os.environ.get("CHIDAO_DB") or default_url()
    if "://" not in url:                     # a plain path: an SQLite file
        url = f"sqlite:///{Path(url).resolve()}"
    if url.startswith("postgresql://"):      # the driver installed with chidao
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def connect(db: str | None = None) -> Engine:
    """An engine on the registry, its schema migrated to the current version."""
    url = url_of(db)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    migrate(engine)
    return engine
