"""A letter's text with every extracted value marked at its span: tasks, agencies by
role, deadlines, citations, warnings. The text is cut at every span boundary and each
piece is escaped and wrapped in a <span> whose classes say what covers it, so marks
may overlap (an agency inside a task) and letter text stays data."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from schemas import Letter

LABELS = {"task": "Nhiệm vụ", "lead": "Chủ trì", "support": "Phối hợp", "report_to": "Báo cáo",
          "deliverable": "Sản phẩm", "deadline": "Thời hạn", "citation": "Văn bản dẫn chiếu",
          "warning": "Cảnh báo"}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str                 # a key of LABELS
    task: str = ""            # the task it belongs to
    note: str = ""            # shown on hover


def marks(letter: Letter) -> list[Mark]:
    out = []
    for t in letter.tasks:
        out.append(Mark(t.span.start, t.span.end, "task", t.id))
        for e in t.evidence:
            out.append(Mark(e.span.start, e.span.end, e.field, t.id, e.value))
        for dl in filter(None, [t.deadline, *t.other_deadlines]):
            out.append(Mark(dl.span.start, dl.span.end, "deadline", t.id, dl.due or dl.kind))
    for c in letter.citations:
        for m in c.mentions:
            out.append(Mark(m.start, m.end, "citation", note=c.ref))
    for w in letter.warnings:
        if w.span:
            out.append(Mark(w.span.start, w.span.end, "warning", note=f"{w.code}: {w.message}"))
    return out


def highlighted(text: str, letter: Letter) -> Markup:
    """The text as HTML, marks as nested classes; an anchor where each task starts."""
    found = [m for m in marks(letter) if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    starts = {}
    for t in letter.tasks:
        if 0 <= t.span.start < len(text):
            starts.setdefault(t.span.start, []).append(t.id)
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        for tid in starts.get(a, []):
            parts.append(Markup('<span class="anchor" id="src-{}"></span>').format(tid))
        over = [m for m in found if m.start <= a and b <= m.end]
        piece = escape(text[a:b])
        if not over:
            parts.append(piece)
            continue
        kinds = sorted({m.kind for m in over})
        tasks = sorted({m.task for m in over if m.task})
        notes = "; ".join(dict.fromkeys(f"{LABELS[m.kind]}: {m.note}" for m in over if m.note))
        parts.append(Markup('<span class="{}" data-task="{}" title="{}">{}</span>').format(
            " ".join(f"hl-{k}" for k in kinds), " ".join(tasks), notes, piece))
    return Markup("").join(parts)
