"""The batch's files, each written whole or not at all (a temporary file, then a rename),
so that a run killed at any moment leaves no partial JSON. The files are not fsync'd:
a killed process loses nothing the kernel holds, and a power cut is what the manifest's
re-run is for (a file whose JSON is missing is converted again)."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from pipeline.batch.manifest import Manifest

PARTIAL = ".partial"          # suffix of files being written; left-overs are removed


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + PARTIAL)
    tmp.write_bytes(data)
    os.replace(tmp, path)


def json_path(out: Path, key: str) -> Path:
    """out/json/<key>.json: the input's relative path mirrored ("a/cv.pdf" -> "a/cv.pdf.json")."""
    return out / "json" / f"{key}.json"


def remove_partials(out: Path) -> None:
    for p in out.rglob(f"*{PARTIAL}"):
        p.unlink(missing_ok=True)


def write_tasks(out: Path, manifest: Manifest, keys: set[str]) -> int:
    """tasks.jsonl from the manifest: every task of every done item, once."""
    tmp = out / f"tasks.jsonl{PARTIAL}"
    n = 0
    with open(tmp, "w", encoding="utf-8") as f:
        for block in manifest.tasks(keys):
            f.write(block + "\n")
            n += block.count("\n") + 1
    os.replace(tmp, out / "tasks.jsonl")
    return n


def write_errors(out: Path, failures: list[tuple[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["file", "reason"])
    writer.writerows(failures)
    write_atomic(out / "errors.csv", buf.getvalue().encode("utf-8-sig"))


def write_summary(out: Path, summary: dict) -> None:
    write_atomic(out / "summary.json",
                 (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def write_assignments(out: Path) -> None:
    """assignments.xlsx: the assignment table of the whole archive, from tasks.jsonl,
    streamed (write-only workbook) so memory does not grow with the archive."""
    from pipeline.render.xlsx_stream import archive_table

    tmp = out / f"assignments.xlsx{PARTIAL}"
    archive_table(out / "tasks.jsonl", tmp)
    os.replace(tmp, out / "assignments.xlsx")
