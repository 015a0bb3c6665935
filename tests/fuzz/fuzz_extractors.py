"""Fuzz every extractor with generated inputs; prints the count and every failure.

    python tests/fuzz/fuzz_extractors.py [--inputs 1000000] [--workers 2] [--seed 0]

Inputs are random Unicode, strings over the alphabet of letters (Vietnamese letters,
digits, the punctuation of symbols and dates), and pieces of the corpus letters with
characters flipped, inserted, deleted and diacritics stripped. Each goes through the
citation, date, deadline, agency, role, report-to, deliverable and named-reference
finders and the paragraph splitter; a failure is an exception or an offset outside the
input. Deterministic: input n is made from seed + n. CI runs a short version
(tests/fuzz/test_fuzz_short.py); the full million takes a few minutes on 2 cores.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
import unicodedata
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ALPHABET = ("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789 /-.,;:()\n|–§")
_LETTERS: list[str] = []


def make_input(n: int, seed: int) -> str:
    rng = random.Random(seed * 1_000_003 + n)
    kind = n % 3
    if kind == 0:
        size = rng.randint(0, 200)
        return "".join(chr(rng.choice([rng.randint(0, 0x2FF), rng.randint(0x300, 0x36F),
                                       rng.randint(0x1E00, 0x1EFF), rng.randint(0, 0x10FFFF)]))
                       for _ in range(size)).encode("utf-8", "replace").decode("utf-8", "replace")
    if kind == 1:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300)))
    if not _LETTERS:
        _LETTERS.extend(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus/letters").glob("*.txt")))
    letter = rng.choice(_LETTERS)
    start = rng.randrange(len(letter))
    piece = list(letter[start:start + rng.randint(20, 800)])
    for _ in range(rng.randint(0, 12)):
        if not piece:
            break
        i = rng.randrange(len(piece))
        op = rng.random()
        if op < 0.3:
            piece[i] = rng.choice(ALPHABET)
        elif op < 0.6:
            piece.insert(i, rng.choice(ALPHABET))
        elif op < 0.8:
            del piece[i]
        else:
            piece[i] = "".join(c for c in unicodedata.normalize("NFD", piece[i]) if not unicodedata.combining(c))
    return "".join(piece)


def check(text: str) -> None:
    from extractors import clear_caches
    from extractors.agencies import find_agencies
    from extractors.citations import find_citations
    from extractors.dates import find_dates
    from extractors.deadlines import find_deadlines
    from extractors.deliverables import find_deliverables
    from extractors.named_references import find_named_references
    from extractors.report_to import find_report_to
    from extractors.roles import find_roles
    from pipeline.layout import paragraphs

    clear_caches()
    n = len(text)
    for group in find_citations(text, set()):
        for m in group.mentions:
            assert 0 <= m.start <= m.end <= n, ("citation", m.start, m.end)
    for d in find_deadlines(text, 2025):
        assert 0 <= d.start <= d.end <= n, ("deadline", d.start, d.end)
    for d in find_dates(text):
        assert 0 <= d.start <= d.end <= n, ("date", d.start, d.end)
    mentions = find_agencies(text)
    for a in mentions:
        assert 0 <= a.start < a.end <= n, ("agency", a.start, a.end)
    find_roles(text, mentions)
    for a in find_report_to(text, mentions):
        assert 0 <= a.start <= a.end <= n, ("report_to", a.start, a.end)
    find_deliverables(text)
    for ref in find_named_references(text):
        for s, e in ref.spans:
            assert 0 <= s <= e <= n, ("named", s, e)
    for p in paragraphs(text):
        assert 0 <= p.start <= p.end <= n, ("paragraph", p.start, p.end)


def run_range(args: tuple[int, int, int]) -> list[tuple[int, str, str]]:
    first, last, seed = args
    failures = []
    for n in range(first, last):
        text = make_input(n, seed)
        try:
            check(text)
        except Exception:
            failures.append((n, text[:200], traceback.format_exc(limit=3).strip().splitlines()[-1]))
    return failures


def main(inputs: int = 1_000_000, workers: int = 2, seed: int = 0, quiet: bool = False) -> list:
    start = time.perf_counter()
    chunk = 5_000
    ranges = [(a, min(a + chunk, inputs), seed) for a in range(0, inputs, chunk)]
    failures: list = []
    if workers > 1:
        with get_context("spawn").Pool(workers) as pool:
            for found in pool.imap_unordered(run_range, ranges):
                failures += found
    else:
        for r in ranges:
            failures += run_range(r)
    seconds = time.perf_counter() - start
    if not quiet:
        print(f"{inputs} inputs through the extractors in {seconds:.0f} s "
              f"({inputs / seconds:.0f}/s): {len(failures)} failures")
        for n, text, error in sorted(failures)[:20]:
            print(f"  input {n} (seed {seed}): {error}\n    {text!r}")
    return failures


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    sys.exit(1 if main(a.inputs, a.workers, a.seed) else 0)
