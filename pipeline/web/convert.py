"""Uploads converted off the request: each file goes to a worker process (read and
extract), then into the registry with its text and bytes, linked to the tracked letters
it cites. A page polls its job for progress; the API waits for its one file.

Zips are opened as `chidao batch` opens them (members with `../` or absolute paths
refused, zips in zips read); a letter already in the registry is recognised by its
content hash and not converted again."""
from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
import tempfile
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path, PurePosixPath

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from pipeline.readers.limits import limits
from pipeline.registry import reports
from pipeline.registry.schema import letters, sources
from pipeline.registry.store import ingest_in, record_audit
from pipeline.web.worker import convert_bytes, warm
from schemas import Letter

KINDS = (".txt", ".pdf", ".docx", ".doc", ".zip")
MAX_UPLOAD = 50 * 1024 * 1024        # bytes a file (CHIDAO_WEB_MAX_UPLOAD)
MAX_FILES = 200                      # files an upload, zip members included


def max_upload() -> int:
    try:
        return int(os.environ.get("CHIDAO_WEB_MAX_UPLOAD", MAX_UPLOAD))
    except ValueError:
        return MAX_UPLOAD


@dataclass
class Item:
    name: str
    state: str = "waiting"           # waiting | done | duplicate | failed
    reason: str = ""
    sha: str = ""
    ref: str = ""
    tasks: int = 0
    linked: list[str] = field(default_factory=list)


@dataclass
class Job:
    id: str
    owner: str
    items: list[Item]
    started: float = field(default_factory=time.monotonic)

    @property
    def finished(self) -> int:
        return sum(i.state != "waiting" for i in self.items)

    @property
    def done(self) -> bool:
        return self.finished == len(self.items)


def refusal(name: str, size: int) -> str | None:
    """Why an uploaded file is refused before it is read (type or size), else None."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in KINDS:
        return (f"loại tệp {suffix or '(không có phần mở rộng)'} không được nhận "
                f"(nhận {', '.join(KINDS)})")
    if size > max_upload():
        return f"{size:,} byte, quá giới hạn {max_upload():,} byte một tệp"
    return None


def expand(name: str, data: bytes) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """(files to convert, (name, reason) refused): a zip gives its members."""
    from pipeline.readers.sniff import sniff

    if sniff(data) != "zip":
        return [(name, data)], []
    from pipeline.batch.sources import discover, read_item

    with tempfile.TemporaryDirectory(prefix="chidao-upload-") as tmp:
        path = Path(tmp) / (PurePosixPath(name).name or "upload.zip")
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        path.write_bytes(data)
        items, refused = discover([str(path)])
        prefix = path.name
        files, errors = [], [(name + r.key[len(prefix):], r.reason) for r in refused]
        for item in items[:MAX_FILES]:
            shown = name + item.key[len(prefix):]
            try:
                files.append((shown, read_item(item)))
            except (ValueError, OSError) as exc:
                errors.append((shown, str(exc)))
        errors += [(name + i.key[len(prefix):], f"quá {MAX_FILES} tệp một lần tải lên")
                   for i in items[MAX_FILES:]]
    return files, errors


class Converter:
    def __init__(self, engine, gazetteer, workers: int = 1):
        self.engine, self.gazetteer = engine, gazetteer
        if workers > 0:
            self.pool: Executor = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
            self.pool.submit(warm)
        else:                         # in this process (tests of a small machine; no time budget)
            self.pool = ThreadPoolExecutor(1)
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)

    # -------------------------------------------------------------- pages: jobs polled
    def submit(self, uploads: list[tuple[str, bytes]], actor: str) -> Job:
        job = Job(secrets.token_urlsafe(12), actor, [])
        work = []
        for name, data in uploads:
            reason = refusal(name, len(data))
            if reason:
                job.items.append(Item(name, "failed", reason))
                continue
            files, refused = expand(name, data)
            job.items += [Item(n, "failed", r) for n, r in refused]
            for fname, fdata in files:
                item = Item(fname)
                job.items.append(item)
                work.append((item, fname, fdata))
        with self._lock:
            self._forget_old()
            self.jobs[job.id] = job
        for item, fname, fdata in work:
            if self._known(item, fdata):
                continue
            future = self.pool.submit(convert_bytes, fname, fdata, limits().timeout)
            future.add_done_callback(lambda f, i=item, n=fname, d=fdata: self._finish(i, n, d, f, actor))
        return job

    def job(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def _forget_old(self) -> None:
        cutoff = time.monotonic() - 24 * 3600
        for key in [k for k, j in self.jobs.items() if j.started < cutoff or len(self.jobs) > 500]:
            self.jobs.pop(key, None)

    def _known(self, item: Item, data: bytes) -> bool:
        sha = hashlib.sha256(data).hexdigest()
        with self.engine.connect() as conn:
            row = conn.execute(select(letters.c.ref).where(letters.c.sha256 == sha)).first()
        if row:
            item.state, item.sha, item.ref = "duplicate", sha, row.ref
        return row is not None

    def _finish(self, item: Item, name: str, data: bytes, future, actor: str) -> None:
        try:
            result = future.result()
        except Exception as exc:      # the worker died (killed, out of memory): that file's error
            result = ("error", f"internal error: {type(exc).__name__}: {exc}", "")
        try:
            self.store(item, name, data, result, actor)
        except Exception as exc:
            item.state, item.reason = "failed", f"internal error: {type(exc).__name__}: {exc}"

    # -------------------------------------------------------------- storing a result
    def store(self, item: Item, name: str, data: bytes, result: tuple[str, str, str], actor: str) -> None:
        status, payload, text = result
        if status != "ok":
            item.state, item.reason = "failed", payload
            return
        letter = Letter.model_validate_json(payload)
        sha = letter.source.sha256
        try:
            with self.engine.begin() as conn:
                outcome = ingest_in(conn, letter)
                if not conn.execute(select(sources.c.letter_sha).where(sources.c.letter_sha == sha)).first():
                    conn.execute(insert(sources).values(letter_sha=sha, name=name, text=text, data=data))
                made = reports.link(conn, letter, text, self.gazetteer)
                record_audit(conn, actor, "upload", letter_sha=sha, detail={"file": name, "outcome": outcome})
        except IntegrityError:        # the same letter stored by another upload meanwhile
            outcome, made = "unchanged", []
        from pipeline.render.rows import letter_ref

        item.sha, item.ref, item.tasks = sha, letter_ref(letter), len(letter.tasks)
        item.linked = [kind for _, kind in made]
        item.state = "done" if outcome == "added" else "duplicate"

    # -------------------------------------------------------------- the API: one file, awaited
    async def convert_one(self, name: str, data: bytes, actor: str) -> Item:
        item = Item(name)
        reason = refusal(name, len(data))
        if reason is None and PurePosixPath(name).suffix.lower() == ".zip":
            reason = "một yêu cầu một văn bản: tải tệp zip lên qua trang Tải lên"
        if reason:
            item.state, item.reason = "failed", reason
            return item
        known = await asyncio.to_thread(self._known, item, data)
        if known:
            return item
        future = self.pool.submit(convert_bytes, name, data, limits().timeout)
        result = await asyncio.wrap_future(future)
        await asyncio.to_thread(self.store, item, name, data, result, actor)
        return item


def read_upload_name(filename: str | None) -> str:
    """An uploaded file's name as shown: its last path part, never a path."""
    name = (filename or "").replace("\\", "/").split("/")[-1].strip()
    return name or "tep-tai-len"
