"""Throughput and memory of `chidao batch` on a generated archive (prints, never asserts).

    python bench/bench_batch.py [--letters 5000] [--small 1000] [--dir DIR]

Generates an archive of variants of the corpus letters (each a distinct file: the
letter's number, dates and a line changed), 70% text, 20% DOCX, 10% PDF, plus a few
broken files; then runs `chidao batch` on it with 1 and 2 workers (letters/s, the
ratio: goal 2 workers >= 1.8x one) and measures the peak RSS of the whole process
tree (the batch and its workers) on the first `--small` letters and on all of them
(goal: at 5k within 10% of 1k).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTERS = sorted((ROOT / "corpus" / "letters").glob("*.txt"))
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _make_formats():
    spec = importlib.util.spec_from_file_location("make_formats", ROOT / "corpus/formats/make_formats.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _variant(text: str, n: int, rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return text.replace("năm 2025", f"năm {2020 + n % 6}", 1) + \
        f"\nCập nhật lần {n} ngày {day}/{month}/{2020 + n % 6}.\n"


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("dejavu", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def generate(folder: Path, count: int) -> None:
    rng = random.Random(57)
    make_formats = _make_formats()
    texts = [p.read_text(encoding="utf-8") for p in LETTERS]
    for n in range(count):
        text = _variant(texts[n % len(texts)], n, rng)
        sub = folder / f"{2020 + n % 6}" / f"{n // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        kind = n % 10
        if kind < 7:
            (sub / f"cv-{n:05d}.txt").write_text(text, encoding="utf-8")
        elif kind < 9:
            (sub / f"cv-{n:05d}.docx").write_bytes(make_formats.build_docx(text))
        else:
            (sub / f"cv-{n:05d}.pdf").write_bytes(_pdf(text))
    broken = folder / "broken"
    broken.mkdir(exist_ok=True)
    (broken / "empty.txt").write_bytes(b"")
    (broken / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (broken / "truncated.pdf").write_bytes(_pdf(texts[0])[:2000])
    (broken / "fake.docx").write_bytes(b"PK\x03\x04 not really a zip")


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run(inputs: list[str], workers: int, out: Path) -> tuple[float, int, dict]:
    """Seconds, peak RSS of the process tree (bytes), summary."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "pipeline", "batch", *inputs, "--out", str(out),
               "--workers", str(workers), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    proc.wait()
    sampler.join()
    seconds = time.perf_counter() - start
    return seconds, peak[0], json.loads((out / "summary.json").read_text(encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--letters", type=int, default=5000)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--dir", type=Path, help="keep the archive here (default: a temp dir)")
    args = ap.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="chidao-bench-"))
    archive = work / "archive"
    if not archive.exists():
        t = time.perf_counter()
        generate(archive, args.letters)
        print(f"generated {args.letters} letters + 4 broken files in {time.perf_counter() - t:.0f} s")
    files = sorted(str(p) for p in archive.rglob("*") if p.is_file())
    small = work / "small.txt"
    small.write_text("\n".join(files[:args.small]) + "\n", encoding="utf-8")

    results = {}
    for label, inputs, workers in [("all, 1 worker", [str(archive)], 1),
                                   ("all, 2 workers", [str(archive)], 2),
                                   (f"first {args.small}, 2 workers", [f"@{small}"], 2)]:
        seconds, rss, summary = run(inputs, workers, work / "out")
        results[label] = (seconds, rss, summary)
        print(f"{label:<24} {summary['files']:>6} files  {summary['failed']:>3} failed  "
              f"{summary['files'] / seconds:7.1f} letters/s  peak RSS {rss / 2**20:7.1f} MiB  "
              f"(converting {summary['seconds_converting']:.1f} s, tables "
              f"{summary['seconds_writing_tables']:.1f} s, start-up "
              f"{seconds - summary['seconds']:.1f} s)")
    one, two = results["all, 1 worker"], results["all, 2 workers"]
    print(f"2 workers / 1 worker: {one[0] / two[0]:.2f}x   (goal >= 1.8x); converting alone "
          f"{one[2]['seconds_converting'] / two[2]['seconds_converting']:.2f}x")
    big, little = results["all, 2 workers"][1], results[f"first {args.small}, 2 workers"][1]
    print(f"peak RSS at {len(files)} files / at {args.small}: {big / little:.2f}   (goal <= 1.10)")
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
