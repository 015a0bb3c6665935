"""Tasks as the rows of an assignment table: one row a task, the columns offices use."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

from schemas import Letter
from schemas.task import Task

COLUMNS = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn",
           "Báo cáo/thẩm quyền", "Căn cứ", "Chưa rõ (6 rõ)"]
# Characters XML 1.0 cannot hold (DOCX, XLSX, HTML): dropped, with a warning.
XML_INVALID = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Row:
    """One task, its values as text for every format, and its due date for XLSX."""

    tt: str
    text: str
    lead: str
    support: str
    product: str
    deadline: str
    due: date | None
    report_to: str
    basis: str
    gaps: str
    letter: str            # the letter's reference, for sheets and groups
    leads: list[str]
    supports: list[str]

    def values(self) -> list[str]:
        return [self.tt, self.text, self.lead, self.support, self.product, self.deadline,
                self.report_to, self.basis, self.gaps]


def letter_ref(letter: Letter) -> str:
    """"Công văn 1234/UBND-KGVX" or what the letter prints of it; else its file name."""
    d = letter.document
    code = f"{d.number}/{d.symbol}" if d.number and d.symbol else (f"…/{d.symbol}" if d.symbol else "")
    kind = (d.doc_type or "").capitalize()
    if code:
        return f"{kind} {code}".strip()
    from pathlib import Path
    return Path(letter.source.path).name if letter.source.path else "(văn bản)"


def vn_date(iso: str | None) -> str:
    """"2025-07-10" as "10/7/2025", the way letters print dates."""
    if not iso:
        return ""
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d:02d}/{m:02d}/{y}"


def one_line(text: str) -> str:
    return " ".join(text.split())


def deadline_text(task: Task) -> str:
    if task.deadline is None:
        return ""
    dl = task.deadline
    printed = one_line(dl.text)
    if dl.due and dl.kind == "date":
        return vn_date(dl.due)
    if dl.due:
        return f"{printed} ({vn_date(dl.due)})"
    return printed


def rows_of(letter: Letter) -> list[Row]:
    ref = letter_ref(letter)
    return [task_row(task, n, ref) for n, task in enumerate(letter.tasks, 1)]


def task_row(task: Task, n: int, ref: str) -> Row:
    section = f", mục {task.section}" if task.section else ""
    due = date.fromisoformat(task.deadline.due) if task.deadline and task.deadline.due else None
    return Row(tt=str(n), text=one_line(task.text), lead="; ".join(task.lead),
               support="; ".join(task.support), product="; ".join(task.deliverables),
               deadline=deadline_text(task), due=due, report_to="; ".join(task.report_to),
               basis=f"{ref}{section}", gaps=", ".join(task.gaps), letter=ref,
               leads=list(task.lead), supports=list(task.support))


def clean(value: str, dropped: list[str]) -> str:
    """`value` without XML-invalid characters; what was dropped is counted in `dropped`."""
    found = XML_INVALID.findall(value)
    if found:
        dropped.extend(found)
        return XML_INVALID.sub("", value)
    return value
