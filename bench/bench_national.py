"""Speed of the national gazetteer (prints, never asserts).

    python bench/bench_national.py [--names 20000]

Loads national.yaml and builds its index (cold, ms), then looks up a mix of invented
agency mentions: every known name and abbreviation, provincial bodies with a province,
lower-cased and old-tone spellings, and names that match nothing. "Uncached" clears
every cache first, so each name pays agency_key and the dict probes, as a letter's
first mention of a name does; "cached" repeats the same names.
"""
from __future__ import annotations

import argparse
import random
import time

from extractors import agency_names, national


def mentions(count: int) -> list[str]:
    rng = random.Random(13)
    known = list(national.known_names(with_codes=True))
    templated = list(national.known_names(with_provinces=True))
    misses = ["Bộ phận một cửa", "Phòng Kế toán", "Ban Chỉ đạo 389 tỉnh", "Trung tâm Phục vụ hành chính công",
              "Hội đồng thi", "Tổ công tác đặc biệt", "Sở Y", "các Bộ"]
    out = []
    for i in range(count):
        pick = rng.random()
        name = (rng.choice(known) if pick < 0.4 else rng.choice(templated) if pick < 0.8
                else rng.choice(misses) + f" {i % 50}" if pick < 0.9 else rng.choice(known).lower())
        out.append(name.replace("ủy", "uỷ") if i % 7 == 0 else name)
    return out


def clear() -> None:
    for f in (national.resolve, agency_names.agency_key, agency_names.expand_abbreviations):
        f.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=20000)
    args = parser.parse_args()

    start = time.perf_counter()
    national.gazetteer.cache_clear()
    national._index.cache_clear()
    national._index()
    print(f"load + index: {1000 * (time.perf_counter() - start):.0f} ms, "
          f"{len(national.gazetteer().entries)} entries, {len(national._index().by_key)} keys")

    names = mentions(args.names)
    clear()
    start = time.perf_counter()
    found = sum(national.is_known(n) for n in names)
    uncached = time.perf_counter() - start
    start = time.perf_counter()
    for n in names:
        national.is_known(n)
    cached = time.perf_counter() - start
    print(f"{len(names)} mentions, {found} known")
    print(f"uncached: {len(names) / uncached:,.0f} lookups/s")
    print(f"cached:   {len(names) / cached:,.0f} lookups/s")


if __name__ == "__main__":
    main()
