"""A web app on a fresh SQLite registry, its accounts, and clients logged in as each."""
from __future__ import annotations

import gc
import os
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web.live import ACCOUNTS, PASSWORD, add_accounts

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Web:
    """The app under test and a logged-in client for each account."""

    def __init__(self, app, db: str):
        self.app, self.db = app, db
        self.clients: dict[str, TestClient] = {}

    def client(self, name: str | None) -> TestClient:
        if name is None:
            c = TestClient(self.app, raise_server_exceptions=False)
            self.clients[f"anon{len(self.clients)}"] = c
            return c
        if name not in self.clients:
            c = TestClient(self.app, raise_server_exceptions=False)
            r = c.post("/login", data={"username": name, "password": PASSWORD})
            assert r.status_code == 200, r.text
            c.csrf = CSRF.search(r.text).group(1)
            self.clients[name] = c
        return self.clients[name]

    def upload(self, files: list[tuple[str, bytes]], who: str = "vanthu", wait: float = 120) -> list[dict]:
        """Upload through the page, wait for the job; the items as the page lists them."""
        c = self.client(who)
        r = c.post("/upload", data={"csrf": c.csrf}, files=[("files", f) for f in files])
        assert r.status_code == 200 and "/jobs/" in str(r.url), r.text[:500]
        job_url = str(r.url)
        deadline = time.monotonic() + wait
        while True:
            page = c.get(job_url, headers={"HX-Request": "true"})
            assert page.status_code == 200
            if "hx-trigger" not in page.text or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        self.last_job = job_url.rsplit("/", 1)[-1]
        job = self.app.state.converter.job(self.last_job)
        return [vars(i) | {"page": page.text} for i in job.items]

    def seed(self) -> str:
        """The seed letter uploaded (once); its id."""
        items = self.upload([(SEED.name, SEED.read_bytes())])
        assert items[0]["state"] in ("done", "duplicate"), items[0]
        return items[0]["sha"]


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    from pipeline.web.app import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('web') / 'registry.sqlite'}"
    if os.environ.get("CHIDAO_WEB_TEST_PG"):       # the same tests on a PostgreSQL server
        from pipeline.registry.db import connect
        from pipeline.registry.schema import metadata
        db = os.environ["CHIDAO_WEB_TEST_PG"]
        engine = connect(db)
        with engine.begin() as conn:
            metadata.drop_all(conn)
        engine.dispose()
    add_accounts(db)
    app = create_app(db, workers=1)
    w = Web(app, db)
    with TestClient(app, raise_server_exceptions=False) as lifespan:
        w.lifespan = lifespan
        yield w
        for c in w.clients.values():
            c.close()
    gc.collect()


__all__ = ["ACCOUNTS", "PASSWORD", "SEED", "Web"]
