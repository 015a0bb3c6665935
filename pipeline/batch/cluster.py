"""The same batch on a dask.distributed cluster: `--scheduler tcp://HOST:8786`, or
`--scheduler local` for a LocalCluster on this machine.

Workers need chidao installed and the files at the same paths (shared storage): an item
travels as its locator, the worker reads it. As many items are in flight as the
cluster has threads, so an item starts when it is sent and its time budget counts from
there; an item over budget is recorded as failed and the worker running it restarted.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator

from pipeline.batch.sources import Item, UsageError
from pipeline.batch.work import Result, convert


def run_on_dask(address: str, jobs: Iterable[tuple[Item, str | None, str | None]], workers: int,
                timeout: float) -> Iterator[Result]:
    try:
        from dask.distributed import Client, LocalCluster, wait
    except ImportError:
        raise UsageError("--scheduler needs dask.distributed: pip install 'dask[distributed]'") \
            from None
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout="15s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"--scheduler {address}: cannot connect ({exc})") from None
    try:
        yield from _run(client, wait, deque(jobs), timeout)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client, wait, pending: deque, timeout: float) -> Iterator[Result]:
    slots = max(1, sum(client.nthreads().values()))
    running: dict = {}                       # future -> (item, started)
    while pending or running:
        while pending and len(running) < slots:
            item, known, _ = pending.popleft()       # the JSON comes back to the client
            future = client.submit(convert, item, known, pure=False)
            running[future] = (item, time.monotonic())
        first = min(started for _, started in running.values())
        try:
            wait(list(running), timeout=max(0.05, first + timeout - time.monotonic()),
                 return_when="FIRST_COMPLETED")
        except TimeoutError:
            pass
        now = time.monotonic()
        for future, (item, started) in list(running.items()):
            if future.done():
                del running[future]
                try:
                    yield future.result()
                except Exception as exc:        # the worker died (KilledWorker) or the like
                    yield Result(item.key, "failed", reason=f"the worker failed on it ({type(exc).__name__})",
                                 seconds=now - started)
            elif now - started >= timeout:
                del running[future]
                busy = [addr for addr, keys in client.processing().items() if future.key in keys]
                future.cancel()
                if busy:
                    client.restart_workers(busy)
                yield Result(item.key, "failed", reason=f"took over {timeout:g} s (the time budget a file)",
                             seconds=now - started)
