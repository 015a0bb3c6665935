"""One item converted: read, extract, and serialised for the writer. Runs in worker
processes (local pool or Dask), so it returns plain data and never raises."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.batch.sources import Item, read_item


@dataclass
class Result:
    key: str
    status: str                       # done | failed | skipped (unchanged since a done run)
    sha256: str = ""
    letter_json: str = ""             # the letter's JSON, unless the worker wrote it itself
    tasks_jsonl: str = ""             # one line a task: {"file", "letter", ...task}
    letter_ref: str = ""
    reason: str = ""
    seconds: float = 0.0
    written: bool = False             # the JSON is already in place (local workers write it)


def convert(item: Item, known_sha: str | None = None, json_to: str | None = None) -> Result:
    """Convert `item`; "skipped" when its content hash is `known_sha` (done before).
    With `json_to`, the worker writes the letter's JSON there itself (atomically), which
    spares the one writing process the bytes; else the JSON comes back in the result."""
    start = time.perf_counter()
    try:
        data = read_item(item)
    except Exception as exc:          # unreadable on disk or in its archive
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return Result(item.key, "failed", reason=f"cannot read: {reason}",
                      seconds=time.perf_counter() - start)
    sha = hashlib.sha256(data).hexdigest()
    if known_sha == sha:
        return Result(item.key, "skipped", sha, seconds=time.perf_counter() - start)
    from pipeline.errors import ChidaoError
    from pipeline.extract import extract_document
    from pipeline.readers import read_bytes
    from pipeline.render.rows import letter_ref

    try:
        letter = extract_document(read_bytes(data, item.key))
    except ChidaoError as exc:
        return Result(item.key, "failed", sha, reason=exc.reason if hasattr(exc, "reason") else str(exc),
                      seconds=time.perf_counter() - start)
    except Exception as exc:          # a bug: recorded with the file, the batch goes on
        return Result(item.key, "failed", sha, reason=f"internal error: {type(exc).__name__}: {exc}",
                      seconds=time.perf_counter() - start)
    ref = letter_ref(letter)
    lines = [json.dumps({"file": item.key, "letter": ref, **t.model_dump(mode="json")},
                        ensure_ascii=False) for t in letter.tasks]
    record = letter.model_dump_json()
    if json_to:
        from pipeline.batch.outputs import write_atomic

        write_atomic(Path(json_to), record.encode("utf-8"))
        record = ""
    return Result(item.key, "done", sha, record, "\n".join(lines), ref, written=bool(json_to),
                  seconds=time.perf_counter() - start)
