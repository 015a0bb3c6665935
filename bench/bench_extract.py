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
    import pipeline.batch.warm  # noqa: F401  (warm and frozen, as a batch's workers start)

    # Timed in five slices: a shared machine's noise shows as the spread between them.
    tasks, rates, cpu = 0, [], 0.0
    slices = [rounds // 5 + (1 if i < rounds % 5 else 0) for i in range(5)]
    for n in slices:
        t0 = time.process_time()
        for _ in range(n):
            for text in letters:
                tasks += len(extract(text).tasks)
        spent = time.process_time() - t0
        cpu += spent
        if n:
            rates.append(n * size / 1e6 / spent)
    total_mb = rounds * size / 1e6
    rates.sort()
    print(f"extract: {total_mb:.2f} MB, {rounds * len(letters)} letters, {tasks} tasks, "
          f"{cpu:.2f} s CPU -> {total_mb / cpu:.2f} MB/s per core "
          f"(slices: median {rates[len(rates) // 2]:.2f}, best {rates[-1]:.2f}, worst {rates[0]:.2f}), "
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
