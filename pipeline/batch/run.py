"""`chidao batch` from inputs to outputs: find the items, skip what an earlier run did,
convert the rest in parallel, write each result as it comes (JSON, then the manifest
row), and at the end rebuild tasks.jsonl, errors.csv, summary.json and
assignments.xlsx from the manifest."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.batch.manifest import Manifest
from pipeline.batch.outputs import (json_path, remove_partials, write_assignments, write_atomic,
                                    write_errors, write_summary, write_tasks)
from pipeline.batch.sources import UsageError, discover
from pipeline.batch.work import Result

DEFAULT_TIMEOUT = 120.0


@dataclass
class Options:
    inputs: list[str]
    out: Path
    workers: int = max(1, os.cpu_count() or 1)
    scheduler: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    quiet: bool = False


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as v

    try:
        return v("chidao")
    except PackageNotFoundError:
        return "dev"


def run_batch(opts: Options) -> dict:
    """Convert everything; the summary back (failures are in it and in errors.csv)."""
    start = time.perf_counter()
    if opts.out.exists() and not opts.out.is_dir():
        raise UsageError(f"{opts.out}: not a directory")
    if opts.timeout <= 0 or opts.workers < 1:
        raise UsageError("--timeout and --workers must be positive")
    items, refused = discover(opts.inputs)
    opts.out.mkdir(parents=True, exist_ok=True)
    remove_partials(opts.out)
    manifest = Manifest(opts.out / "manifest.sqlite", version())
    try:
        keys = {i.key for i in items} | {r.key for r in refused}
        for r in refused:
            manifest.record(Result(r.key, "failed", reason=r.reason))
        done = manifest.done_hashes()
        # a done item is skipped only if its JSON is still there; local workers write
        # the JSON themselves (a Dask worker may not see this folder: it sends it back)
        jobs = [(item, done.get(item.key) if json_path(opts.out, item.key).exists() else None,
                 None if opts.scheduler else str(json_path(opts.out, item.key)))
                for item in items]
        counts = {"converted": 0, "skipped": 0, "failed": len(refused)}
        with _Progress(len(items), opts.quiet) as progress:
            for result in _results(opts, jobs):
                _write(opts.out, manifest, result)
                counts["converted" if result.status == "done" else result.status] += 1
                progress.advance(failed=result.status == "failed")
        converting = time.perf_counter() - start
        tasks = write_tasks(opts.out, manifest, keys)
        failures = manifest.failures(keys)
        write_errors(opts.out, failures)
        write_assignments(opts.out)
        seconds = time.perf_counter() - start
        summary = {
            "chidao_version": manifest.version, "files": len(keys),
            "converted": counts["converted"], "unchanged": counts["skipped"],
            "failed": len(failures), "failed_this_run": counts["failed"], "tasks": tasks,
            "seconds": round(seconds, 2), "seconds_converting": round(converting, 2),
            "seconds_writing_tables": round(seconds - converting, 2),
            "letters_per_second": round((counts["converted"] + counts["skipped"]) / seconds, 2)
            if seconds else 0.0,
            "workers": opts.workers, "scheduler": opts.scheduler or "processes",
            "timeout_seconds": opts.timeout,
        }
        write_summary(opts.out, summary)
        summary["failures"] = failures
        return summary
    finally:
        manifest.close()


def _results(opts: Options, jobs):
    if opts.scheduler:
        from pipeline.batch.cluster import run_on_dask
        return run_on_dask(opts.scheduler, jobs, opts.workers, opts.timeout)
    from pipeline.batch.pool import Pool
    return Pool(opts.workers, opts.timeout).run(jobs)


def _write(out: Path, manifest: Manifest, r: Result) -> None:
    """The item's JSON first, then its manifest row: a row always has its file."""
    target = json_path(out, r.key)
    if r.status == "done":
        if not r.written:
            write_atomic(target, r.letter_json.encode("utf-8"))
        manifest.record(r)
    elif r.status == "failed":
        target.unlink(missing_ok=True)           # an earlier version's JSON is stale now
        manifest.record(r)


class _Progress:
    """A rich progress bar (done/total, failed, letters/s, ETA) on stderr; silent when quiet."""

    def __init__(self, total: int, quiet: bool):
        self.total, self.quiet, self.failed = total, quiet, 0

    def __enter__(self):
        if self.quiet:
            return self
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeRemainingColumn)

        self.bar = Progress(TextColumn("chidao batch"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("failed {task.fields[failed]}"),
                            TextColumn("{task.fields[rate]} letters/s"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        self.bar.__enter__()
        self.task = self.bar.add_task("batch", total=self.total, failed=0, rate="-")
        self.started = time.perf_counter()
        return self

    def advance(self, failed: bool) -> None:
        self.failed += failed
        if self.quiet:
            return
        done = self.bar.tasks[0].completed + 1
        rate = done / max(1e-9, time.perf_counter() - self.started)
        self.bar.update(self.task, advance=1, failed=self.failed, rate=f"{rate:.1f}")

    def __exit__(self, *exc):
        if not self.quiet:
            self.bar.__exit__(*exc)
        return False
