"""Extraction speed over the corpus repeated to >= 5 MB, next to underthesea's
word_tokenize on the same text (issue: >= 1 MB/s per core, <= 0.5x word_tokenize).

    python bench/bench_extract.py [--mb 5] [--tokenize-mb 1]

Prints figures; asserts nothing. word_tokenize is timed on a slice (default
1 MB) and scaled, because it runs at a few hundred KB/s.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--tokenize-mb", type=float, default=1.0)
    args = parser.parse_args()

    from pipeline import extract

    letters = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus/letters").glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in letters)
    rounds = max(1, int(args.mb * 1e6 / size) + 1)
    extract(letters[0])    # compile patterns once, as a long-running batch would

    t0 = time.process_time()
    tasks = 0
    for _ in range(rounds):
        for text in letters:
            tasks += len(extract(text).tasks)
    cpu = time.process_time() - t0
    total_mb = rounds * size / 1e6
    print(f"extract: {total_mb:.2f} MB, {rounds * len(letters)} letters, {tasks} tasks, "
          f"{cpu:.2f} s CPU -> {total_mb / cpu:.2f} MB/s per core, "
          f"{rounds * len(letters) / cpu:.0f} letters/s")

    from underthesea import word_tokenize

    joined = "\n".join(letters)
    sample, budget = [], args.tokenize_mb * 1e6
    while budget > 0:
        sample.append(joined)
        budget -= len(joined.encode("utf-8"))
    sample_text = "\n".join(sample)
    sample_mb = len(sample_text.encode("utf-8")) / 1e6
    word_tokenize("khởi động")
    t0 = time.process_time()
    for line in sample_text.splitlines():
        if line.strip():
            word_tokenize(line)
    tok = time.process_time() - t0
    tok_rate = sample_mb / tok
    print(f"underthesea.word_tokenize: {sample_mb:.2f} MB, {tok:.2f} s CPU -> {tok_rate:.2f} MB/s")
    print(f"extract time / word_tokenize time on the same text: "
          f"{(total_mb / (total_mb / cpu)) / (total_mb / tok_rate):.3f}x")


if __name__ == "__main__":
    main()
