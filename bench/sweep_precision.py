"""How often a flag of `chidao sweep` points at a real difference from gold.

Runs the sweep's checks over a corpus that has gold (default `corpus/`) and, for each
flag, counts the occurrences the gold confirms: the record differs from gold where the
flag says it might. A flag meant for letters without gold is only worth reading if most
of what it raises here is real. Prints one line a flag and, with -v, the unconfirmed
occurrences.

    .venv/bin/python bench/sweep_precision.py [corpus/] [-v]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.evaluate import HARD, canonical_ref, match_tasks, same_agency_name, task_words
from pipeline.extract import extract_document
from pipeline.readers import read
from pipeline.sweep import CHECKS, check
from schemas.gold import GoldLetter


def _same_deadline(pred, gold) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return pred.kind == gold.kind and (pred.due == gold.due or gold.kind not in HARD)


def confirmed(hit, letter, gold: GoldLetter) -> bool:
    """Whether gold shows the miss the flag suggests."""
    tasks = [t.model_dump(mode="json") for t in letter.tasks]
    pairs = dict(match_tasks(tasks, gold.tasks))
    index = next((i for i, t in enumerate(letter.tasks) if t.id == hit.where), None)
    g = gold.tasks[pairs[index]] if index in pairs else None      # None: a task gold lacks
    if hit.code == "no_tasks":
        return bool(gold.tasks)
    if hit.code == "attach":
        return len(gold.tasks) > len(letter.tasks)
    if hit.code == "no_lead":
        return g is None or bool(g.lead)
    if hit.code == "issuer":
        return g is None or not any(same_agency_name(hit.note.split(" (")[0], x) for x in g.lead)
    if hit.code == "intro_dl":
        return g is None or not _same_deadline(letter.tasks[index].deadline, g.deadline)
    if hit.code == "closing":
        return g is None or hit.note not in g.text
    if hit.code == "folded":      # gold has a task that starts inside this one
        words = " ".join(task_words(letter.tasks[index].text)[1:])
        return g is None or any(" ".join(task_words(x.text)[:5]) in words for x in gold.tasks)
    if hit.code == "levels":
        if not hit.where.startswith("@"):
            return g is None or g.section != letter.tasks[index].section
        return [s.label for s in letter.sections] != [s.label for s in gold.sections]
    if hit.code == "unknown":     # no gold agency has exactly these words
        names = [n for t in gold.tasks for n in (*t.lead, *t.support, *t.report_to)]
        names += [n for s in gold.sections for n in s.agencies]
        return not any(task_words(n) == task_words(hit.excerpt) for n in names)
    if hit.code == "cite_date":
        dates = {canonical_ref(c.ref): c.date for c in gold.citations}
        return dates.get(canonical_ref(hit.note)) is not None
    raise ValueError(hit.code)


def main(corpus: Path, verbose: bool) -> None:
    counts = {code: [0, 0] for code in CHECKS}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        source = corpus / "letters" / f"{gold_path.stem}.txt"
        if not source.exists():
            continue
        gold = GoldLetter.model_validate(json.loads(gold_path.read_text(encoding="utf-8")))
        raw = read(source)
        letter = extract_document(raw)
        for hit in check(letter, raw.source):
            ok = confirmed(hit, letter, gold)
            counts[hit.code][0] += ok
            counts[hit.code][1] += 1
            if verbose and not ok:
                print(f"  unconfirmed {hit.code:9} {gold_path.stem:8} {hit.where:14} {hit.excerpt[:60]}")
    print(f"{'flag':<10} {'confirmed':>9} {'raised':>6}")
    for code, (ok, n) in counts.items():
        print(f"{code:<10} {ok:>9} {n:>6}" + (f"   {ok / n:.2f}" if n else ""))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(Path(args[0]) if args else Path("corpus"), "-v" in sys.argv)
