"""Load on the office web app, over loopback only: a real `chidao serve` on a fresh
SQLite registry, 20 concurrent API clients for a bounded time (reads of task lists,
tasks and letters; status updates), and one upload a second. Prints requests/s, p50 and
p95 latency and errors by kind, then checks that nothing was lost: every update that
was answered 200 is in the registry, every upload answered 201 is a letter there.

    .venv/bin/python bench/bench_web.py [--seconds 30] [--clients 20]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.live import Live, add_accounts  # noqa: E402

SEEDS = sorted((ROOT / "corpus" / "letters").glob("*.txt"))[:6]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--clients", type=int, default=20)
    args = ap.parse_args()
    import httpx
    from sqlalchemy import create_engine, func, select

    from pipeline.registry.accounts import new_token
    from pipeline.registry.db import connect
    from pipeline.registry.schema import letters, updates

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'registry.sqlite'}"
        add_accounts(db)
        engine = connect(db)
        clerk = {"Authorization": f"Bearer {new_token(engine, 'vanthu')}"}
        agency = {"Authorization": f"Bearer {new_token(engine, 'snv')}"}
        engine.dispose()
        with Live(db) as live:
            base = live.url
            with httpx.Client(base_url=base, headers=clerk, timeout=120) as c:
                ids = [c.post("/api/letters", files={"file": (p.name, p.read_bytes())}).json()["id"] for p in SEEDS]
                tasks = [t["id"] for t in c.get("/api/tasks").json()]
                agency_tasks = [t["id"] for t in c.get("/api/tasks", headers=agency).json()]
            print(f"server {base}: {len(ids)} letters, {len(tasks)} tasks preloaded; "
                  f"{args.clients} clients for {args.seconds:g} s, one upload a second")
            results: dict[str, list[tuple[float, int]]] = defaultdict(list)
            lock = threading.Lock()
            noted: list[str] = []
            uploaded: list[str] = []
            stop = time.monotonic() + args.seconds

            def record(kind, started, status):
                with lock:
                    results[kind].append((time.perf_counter() - started, status))

            def client(n: int):
                rng = random.Random(n)
                headers = agency if n % 2 else clerk
                mine = agency_tasks if n % 2 else tasks
                with httpx.Client(base_url=base, headers=headers, timeout=60) as c:
                    k = 0
                    while time.monotonic() < stop:
                        k += 1
                        started = time.perf_counter()
                        roll = rng.random()
                        try:
                            if roll < 0.35:
                                r = c.get("/api/tasks", params=rng.choice([{}, {"overdue": "true"}, {"q": "rà soát"}]))
                                record("list tasks", started, r.status_code)
                            elif roll < 0.6:
                                r = c.get(f"/api/tasks/{rng.choice(mine)}")
                                record("read task", started, r.status_code)
                            elif roll < 0.75 and n % 2 == 0:
                                r = c.get(f"/api/letters/{rng.choice(ids)}")
                                record("read letter", started, r.status_code)
                            else:
                                note = f"load {n}-{k}"
                                r = c.patch(f"/api/tasks/{rng.choice(mine)}",
                                            json={"status": "in_progress", "note": note})
                                record("update status", started, r.status_code)
                                if r.status_code == 200:
                                    with lock:
                                        noted.append(note)
                        except httpx.HTTPError as exc:
                            record(f"error {type(exc).__name__}", started, 0)

            def uploader():
                text = SEEDS[0].read_text(encoding="utf-8")
                with httpx.Client(base_url=base, headers=clerk, timeout=120) as c:
                    n = 0
                    while time.monotonic() < stop:
                        tick = time.monotonic()
                        n += 1
                        body = f"{text}\nBản sao số {n} ({time.time_ns()}).\n".encode("utf-8")
                        started = time.perf_counter()
                        try:
                            r = c.post("/api/letters", files={"file": (f"upload-{n}.txt", body)})
                            record("upload", started, r.status_code)
                            if r.status_code == 201:
                                with lock:
                                    uploaded.append(r.json()["id"])
                        except httpx.HTTPError as exc:
                            record(f"error {type(exc).__name__}", started, 0)
                        time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))

            threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
            threads.append(threading.Thread(target=uploader))
            began = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - began
        engine = create_engine(db)
        with engine.connect() as conn:
            stored_notes = set(conn.execute(select(updates.c.note).where(updates.c.note.like("load %"))).scalars())
            stored_letters = set(conn.execute(select(letters.c.sha256)).scalars())
            count = conn.execute(select(func.count()).select_from(letters)).scalar()
        engine.dispose()

    everything = [x for rows in results.values() for x in rows]
    latencies = [t for t, _ in everything]
    failed = [s for _, s in everything if not 200 <= s < 300]
    print(f"{len(everything)} requests in {elapsed:.1f} s: {len(everything) / elapsed:.1f} requests/s, "
          f"p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
          f"errors {len(failed)}")
    print(f"{'kind':16} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
    for kind, rows in sorted(results.items()):
        times = [t for t, _ in rows]
        print(f"{kind:16} {len(rows):6d} {percentile(times, .5) * 1000:8.0f} {percentile(times, .95) * 1000:8.0f} "
              f"{sum(1 for _, s in rows if not 200 <= s < 300):7d}")
    lost_notes = [n for n in noted if n not in stored_notes]
    lost_letters = [u for u in uploaded if u not in stored_letters]
    print(f"nothing lost: {len(noted)} updates answered 200, {len(noted) - len(lost_notes)} in the registry; "
          f"{len(uploaded)} uploads answered 201, {len(uploaded) - len(lost_letters)} letters in the registry "
          f"({count} letters in all)")
    if failed or lost_notes or lost_letters:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
