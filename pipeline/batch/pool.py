"""Worker processes with a time budget a file: a file that takes too long is recorded
as failed and its worker killed and replaced, so no file stalls the batch; a worker
is also replaced after a number of files, so memory stays flat as the archive grows.

concurrent.futures cannot kill one running task, hence this small pool: each worker
owns a pipe, takes one item at a time and sends back a `Result`.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from pipeline.batch.sources import Item
from pipeline.batch.work import Result, convert

RECYCLE_AFTER = 500          # files a worker converts before it is replaced


def _serve(conn) -> None:
    """A worker's loop: items in, results out, until told to stop."""
    while True:
        try:
            job = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if job is None:
            return
        try:
            result = convert(*job)
        except Exception as exc:         # convert reports errors itself; this is a bug
            result = Result(job[0].key, "failed", reason=f"internal error: {type(exc).__name__}: {exc}")
        conn.send(result)


@dataclass
class _Worker:
    process: mp.Process
    conn: object
    done: int = 0
    job: tuple[Item, str | None, str | None] | None = None
    started: float = 0.0


class Pool:
    def __init__(self, workers: int, timeout: float, recycle_after: int = RECYCLE_AFTER):
        self.size = max(1, workers)
        self.timeout = timeout
        self.recycle_after = recycle_after
        # forkserver: workers fork from a clean server with chidao preloaded, not from
        # this process and its threads (the progress bar's among them)
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        self.ctx = mp.get_context(method)
        if method == "forkserver":
            self.ctx.set_forkserver_preload(["pipeline.batch.work", "pipeline.extract", "pipeline.batch.warm"])
        self.workers: list[_Worker] = []
        self.failed_starts = 0

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_serve, args=(child,), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _stop(self, w: _Worker, kill: bool = False) -> None:
        if kill:
            w.process.kill()
        else:
            try:
                w.conn.send(None)
            except (BrokenPipeError, OSError):
                w.process.kill()
        w.process.join(5)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
        w.conn.close()

    def run(self, jobs: Iterable[tuple[Item, str | None, str | None]]) -> Iterator[Result]:
        """Results of the jobs (item, known content hash, where to write its JSON), in
        completion order."""
        pending = deque(jobs)
        self.workers = [self._start() for _ in range(min(self.size, len(pending)) or 1)]
        try:
            while pending or any(w.job for w in self.workers):
                for w in self.workers:
                    if w.job is None and pending:
                        w.job, w.started = pending.popleft(), time.monotonic()
                        try:
                            w.conn.send(w.job)
                            self.failed_starts = 0
                        except OSError:               # the worker died before its first item
                            pending.appendleft(w.job)
                            self._replace(w, kill=True)
                            self.failed_starts += 1
                            if self.failed_starts > 5:
                                raise RuntimeError("worker processes die as they start") from None
                busy = [w for w in self.workers if w.job]
                deadline = min(w.started for w in busy) + self.timeout
                ready = wait([w.conn for w in busy], timeout=max(0.0, deadline - time.monotonic()))
                for w in busy:
                    if w.conn in ready:
                        yield self._receive(w)
                    elif time.monotonic() - w.started >= self.timeout:
                        yield Result(w.job[0].key, "failed",
                                     reason=f"took over {self.timeout:g} s (the time budget a file)",
                                     seconds=time.monotonic() - w.started)
                        self._replace(w, kill=True)
        finally:
            for w in self.workers:
                self._stop(w, kill=w.job is not None)

    def _receive(self, w: _Worker) -> Result:
        item = w.job[0]
        try:
            result = w.conn.recv()
        except (EOFError, OSError):
            w.process.join(1)
            result = Result(item.key, "failed", reason="the worker died reading it "
                                                       f"(exit code {w.process.exitcode})",
                            seconds=time.monotonic() - w.started)
            self._replace(w, kill=True)
            return result
        w.job, w.done = None, w.done + 1
        if w.done >= self.recycle_after:
            self._replace(w)
        return result

    def _replace(self, w: _Worker, kill: bool = False) -> None:
        self._stop(w, kill=kill)
        fresh = self._start()
        w.process, w.conn, w.done, w.job = fresh.process, fresh.conn, 0, None
