"""A real `chidao serve` on a free loopback port, with a fresh registry and accounts:
for the browser tests, the screenshots (docs/make_screenshots.py) and the load script
(bench/bench_web.py)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mat-khau-thu"
# name, role, agency, full name
ACCOUNTS = [
    ("admin", "admin", None, "Quản trị viên"),
    ("vanthu", "clerk", None, "Nguyễn Thị Văn Thư"),
    ("lanhdao", "leader", None, "Nguyễn Huy Ngọc"),
    ("skhcn", "agency", "Sở Khoa học và Công nghệ", None),
    ("snv", "agency", "Sở Nội vụ", None),
    ("syt", "agency", "Sở Y tế", None),
]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def add_accounts(db: str, accounts=ACCOUNTS) -> None:
    from pipeline.registry.accounts import add_user
    from pipeline.registry.db import connect

    engine = connect(db)
    try:
        for name, role, agency, full_name in accounts:
            add_user(engine, name, role, PASSWORD, agency, full_name)
    finally:
        engine.dispose()


class Live:
    """`chidao serve --db DB` in a child process until `stop()`."""

    def __init__(self, db: str, workers: int = 1):
        self.db, self.port = db, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "serve", "--db", db, "--port", str(self.port),
             "--workers", str(workers)], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chidao serve exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/login", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("chidao serve did not answer in 60 s")

    def stop(self) -> str:
        """Stop the server; what it wrote on stderr."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        err = self.proc.stderr.read().decode("utf-8", "replace")
        self.proc.stderr.close()
        return err

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def chromium_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("playwright") is not None and Path(CHROMIUM).exists()
