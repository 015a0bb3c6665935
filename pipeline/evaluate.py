"""Scores chidao's output against gold files (../shared/ANNOTATION.md).

Counts are kept as true positives, predicted and gold totals so that letters
add up (micro-averages). Tasks are matched on their opening words; the
agency fields are compared after expanding the usual abbreviations.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from extractors.agency_names import agency_key, unify_tones
from extractors.citations import citation_key
from schemas.gold import GoldLetter

HARD = {"date", "month", "quarter", "half", "year"}
METRICS = ["citations", "citation_dates", "sections", "section_agencies", "tasks", "lead",
           "support", "report_to", "deadline", "header", "doc_number", "doc_symbol", "doc_date"]
HEADER_FIELDS = ["number", "symbol", "date", "issuer", "doc_type"]


def canonical_agency(name: str) -> str:
    return agency_key(name)


def agency_words(name: str) -> tuple[str, ...]:
    """The words of an agency's key: case, punctuation and spaces ignored (ANNOTATION.md)."""
    return tuple(regex.findall(r"[\p{L}\d]+", agency_key(name)))


def same_agency_name(a: str, b: str) -> bool:
    """Equal words, or one name the other's opening words, at least two of them
    ("Sở Y tế" ~ "Sở Y tế tỉnh Lâm Đồng"; "các Bộ" is not "Bộ Tài chính")."""
    wa, wb = agency_words(a), agency_words(b)
    if "".join(wa) == "".join(wb):
        return True       # spaces ignored: "Bộ Kế hoạchvà Đầu tư" is "Bộ Kế hoạch và Đầu tư"
    short, long_ = sorted((wa, wb), key=lambda w: len("".join(w)))
    if len(short) < 2:
        return False
    # the opening words of the longer name, spaces ignored
    joined, prefixes = "", set()
    for w in long_:
        joined += w
        prefixes.add(joined)
    return "".join(short) in prefixes


def match_agencies(pred: list[str], gold: list[str]) -> int:
    """How many predicted names pair with a gold name, each used once (exact pairs first)."""
    pred, gold = list(dict.fromkeys(pred or [])), list(dict.fromkeys(gold or []))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for same in (lambda x, y: agency_words(x) == agency_words(y), same_agency_name):
        for i, p in enumerate(pred):
            if i in used_p:
                continue
            j = next((j for j, g in enumerate(gold) if j not in used_g and same(p, g)), None)
            if j is not None:
                used_p.add(i)
                used_g.add(j)
    return len(used_p)


def canonical_ref(ref: str) -> str:
    return citation_key(unicodedata.normalize("NFC", ref))


def task_words(text: str) -> list[str]:
    text = unify_tones(unicodedata.normalize("NFC", text).casefold())
    text = regex.sub(r"^\s*(?:[-+•*_~]|[a-zđ]\)|\d+(?:\.\d+)*\.?)\s+", "", text)
    return regex.findall(r"[\p{L}\d]+", text)


@dataclass
class Metric:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class LetterScore:
    name: str
    metrics: dict[str, Metric] = field(default_factory=lambda: {m: Metric() for m in METRICS})
    missed_tasks: list[str] = field(default_factory=list)
    extra_tasks: list[str] = field(default_factory=list)
    failed: str | None = None


def match_tasks(pred: list[dict], gold: list) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index): same first 6 words, else first 4, in order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for n in (6, 4):
        for g, gt in enumerate(gold):
            if any(gi == g for _, gi in pairs):
                continue
            key = task_words(gt.text)[:n]
            for p, pt in enumerate(pred):
                if p not in used and task_words(pt["text"])[:n] == key:
                    pairs.append((p, g))
                    used.add(p)
                    break
    return sorted(pairs, key=lambda x: x[1])


def _agencies(names) -> list[str]:
    """Distinct names by their words."""
    return list({agency_words(n): n for n in names or []}.values())


def _deadline_ok(pred: dict | None, gold) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if pred["kind"] != gold.kind:
        return False
    return pred.get("due") == gold.due if gold.kind in HARD else True


def score_letter(pred: dict, gold: GoldLetter, name: str = "") -> LetterScore:
    s = LetterScore(name)
    m = s.metrics
    pc = {canonical_ref(c["ref"]): c.get("date") for c in pred.get("citations", [])}
    gc = {canonical_ref(c.ref): c.date for c in gold.citations}
    both = set(pc) & set(gc)
    m["citations"].add(len(both), len(pc), len(gc))
    m["citation_dates"].add(sum(pc[k] == gc[k] for k in both), len(both), len(both))
    ps = {str(x["label"]).casefold(): x for x in pred.get("sections", [])}
    gs = {x.label.casefold(): x for x in gold.sections}
    m["sections"].add(len(set(ps) & set(gs)), len(ps), len(gs))
    for k in set(ps) & set(gs):
        a, b = _agencies(ps[k]["agencies"]), _agencies(gs[k].agencies)
        m["section_agencies"].add(match_agencies(a, b), len(a), len(b))
    tasks = pred.get("tasks", [])
    pairs = match_tasks(tasks, gold.tasks)
    m["tasks"].add(len(pairs), len(tasks), len(gold.tasks))
    matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for fld in ("lead", "support", "report_to"):
        for p, g in pairs:
            a, b = _agencies(tasks[p].get(fld)), _agencies(getattr(gold.tasks[g], fld))
            m[fld].add(match_agencies(a, b), len(a), len(b))
        m[fld].add(0, sum(len(_agencies(t.get(fld))) for i, t in enumerate(tasks) if i not in matched_p),
                   sum(len(_agencies(getattr(t, fld))) for i, t in enumerate(gold.tasks) if i not in matched_g))
    ok = sum(_deadline_ok(tasks[p].get("deadline"), gold.tasks[g].deadline) for p, g in pairs)
    m["deadline"].add(ok, len(pairs), len(pairs))
    doc = pred.get("document", {})
    right = 0
    for f in HEADER_FIELDS:
        a, b = doc.get(f), getattr(gold.document, f)
        if f == "issuer":
            a, b = a and agency_words(a), b and agency_words(b)
        elif f == "symbol":
            a, b = a and canonical_ref(a), b and canonical_ref(b)
        elif f == "doc_type":
            a, b = a and a.casefold(), b and b.casefold()
        right += a == b
        if f in ("number", "symbol", "date"):
            m[f"doc_{f}"].add(int(a == b), 1, 1)
    m["header"].add(right, len(HEADER_FIELDS), len(HEADER_FIELDS))
    s.missed_tasks = [gold.tasks[i].text[:70] for i in range(len(gold.tasks)) if i not in matched_g]
    s.extra_tasks = [tasks[i]["text"][:70] for i in range(len(tasks)) if i not in matched_p]
    return s


@dataclass
class CorpusReport:
    letters: list[LetterScore]

    def total(self) -> dict[str, Metric]:
        out = {k: Metric() for k in METRICS}
        for s in self.letters:
            for k, v in s.metrics.items():
                out[k].add(v.tp, v.pred, v.gold)
        return out


def evaluate_corpus(corpus: Path, extract: Callable[[Path], dict],
                    letters: Path | None = None, only: set[str] | None = None,
                    exclude: set[str] | None = None) -> CorpusReport:
    """Score the letters of corpus/letters (or of `letters`, another rendering of the
    same letters: PDF, DOCX...) against corpus/gold, matching file stems; `only` and
    `exclude` pick letters by stem (a held-out part scored on its own)."""
    letters = letters or corpus / "letters"
    scores = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        if (only is not None and gold_path.stem not in only) or gold_path.stem in (exclude or ()):
            continue
        gold = GoldLetter.model_validate(json.loads(gold_path.read_text(encoding="utf-8")))
        letter = next((p for ext in (".txt", ".pdf", ".docx", ".doc")
                       if (p := letters / f"{gold_path.stem}{ext}").exists()), None)
        if letter is None:
            continue
        try:
            scores.append(score_letter(extract(letter), gold, gold_path.stem))
        except Exception as exc:   # a letter that fails still counts its gold
            failed = score_letter({}, gold, gold_path.stem)
            failed.failed = f"{type(exc).__name__}: {exc}"
            scores.append(failed)
    return CorpusReport(scores)


def _rows(metrics: dict[str, Metric]) -> list[str]:
    rows = [f"{'metric':<17}{'P':>7}{'R':>7}{'F1':>7}   tp/pred/gold"]
    for k, v in metrics.items():
        rows.append(f"{k:<17}{v.precision:7.3f}{v.recall:7.3f}{v.f1:7.3f}   {v.tp}/{v.pred}/{v.gold}")
    return rows


def format_report(report: CorpusReport, verbose: bool = False) -> str:
    out: list[str] = []
    if verbose:
        for s in report.letters:
            out += [f"== {s.name}", *_rows(s.metrics)]
            out += [f"  missed: {t}" for t in s.missed_tasks]
            out += [f"  extra:  {t}" for t in s.extra_tasks]
            out.append("")
    out += [f"== corpus ({len(report.letters)} letters)", *_rows(report.total())]
    failed = [s for s in report.letters if s.failed]
    out += [f"failed: {s.name}: {s.failed}" for s in failed]
    return "\n".join(out)
