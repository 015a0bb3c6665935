"""The leader's picture: agencies ranked by how they carry out what they lead, for a
period (tasks of the letters dated in it; an undated letter counts from when it was
stored), and the tracking register (sổ theo dõi) in the column order of the paper one.

On time is measured against the letter's own deadline, not an extended one: a task
done by it counts as on time; the rate is on-time tasks over those that can be judged
(done, or still open past their deadline)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from pipeline.registry.gazetteer import Gazetteer
from pipeline.registry.schema import letters
from pipeline.registry.status import OPEN_LATE
from pipeline.registry.store import TaskView
from pipeline.render.rows import XML_INVALID, one_line


@dataclass
class Rank:
    agency: str
    tasks: int = 0
    done: int = 0
    on_time: int = 0
    overdue: int = 0

    @property
    def judged(self) -> int:
        return self.done + self.overdue

    @property
    def rate(self) -> float | None:
        return self.on_time / self.judged if self.judged else None


def letter_dates(engine: Engine) -> dict[str, date]:
    with engine.connect() as conn:
        return {r.sha256: r.date or r.ingested_at.date()
                for r in conn.execute(select(letters.c.sha256, letters.c.date, letters.c.ingested_at))}


def in_period(views: list[TaskView], dates: dict[str, date], start: date | None,
              end: date | None) -> list[TaskView]:
    return [v for v in views if (start is None or dates.get(v.letter_sha, start) >= start)
            and (end is None or dates.get(v.letter_sha, end) <= end)]


def rank(views: list[TaskView], gazetteer: Gazetteer) -> list[Rank]:
    """One row a lead agency (as the gazetteer names it), the best on-time rate first."""
    table: dict[str, Rank] = {}
    for v in views:
        for name in dict.fromkeys(gazetteer.display(n) for n in v.task.lead):
            r = table.setdefault(name, Rank(name))
            r.tasks += 1
            r.done += v.done_on is not None
            r.on_time += bool(v.on_time)
            r.overdue += v.judged.status == OPEN_LATE
    return sorted(table.values(), key=lambda r: (-(r.rate if r.rate is not None else -1),
                                                 -r.tasks, r.agency))


def _save(wb, out: Path) -> None:
    tmp = out.with_name(out.name + ".partial")
    wb.save(tmp)
    tmp.replace(out)


def write_ranking(ranks: list[Rank], title: str, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Xếp hạng"
    ws.append([title])
    ws["A1"].font = Font(bold=True)
    ws.append(["TT", "Cơ quan chủ trì", "Nhiệm vụ", "Đã hoàn thành", "Đúng hạn", "Tỷ lệ đúng hạn",
               "Quá hạn"])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for n, r in enumerate(ranks, 1):
        ws.append([n, XML_INVALID.sub("", r.agency), r.tasks, r.done, r.on_time, r.rate, r.overdue])
        ws.cell(ws.max_row, 6).number_format = "0%"
    for col, width in zip("ABCDEFG", (5, 48, 11, 14, 10, 15, 9)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A3"
    _save(wb, out)


REGISTER = ["STT", "Số, ký hiệu văn bản", "Ngày văn bản", "Cơ quan ban hành", "Nội dung nhiệm vụ",
            "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình hình thực hiện", "Kết quả",
            "Ghi chú"]


def write_register(views: list[TaskView], letter_rows: dict[str, tuple], out: Path) -> None:
    """Sổ theo dõi: one row a task in the paper register's columns. `letter_rows` maps a
    letter's sha to (reference, date, issuer)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ theo dõi"
    ws.append(REGISTER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    clean = lambda s: XML_INVALID.sub("", s or "")
    for n, v in enumerate(views, 1):
        ref, signed, issuer = letter_rows.get(v.letter_sha, (v.letter, None, None))
        due = v.judged.due
        deadline = due if due else clean(one_line(v.task.deadline.text)) if v.task.deadline else ""
        note = f"Gia hạn đến {v.judged.due:%d/%m/%Y}" if v.extended and v.judged.due else ""
        ws.append([n, clean(ref), signed, clean(issuer), clean(one_line(v.task.text)),
                   clean("; ".join(v.task.lead)), clean("; ".join(v.task.support)), deadline,
                   clean(v.last_note), v.judged.status, note])
        for col in (3, 8):
            if isinstance(ws.cell(ws.max_row, col).value, date):
                ws.cell(ws.max_row, col).number_format = "DD/MM/YYYY"
    for col, width in zip("ABCDEFGHIJK", (5, 20, 12, 24, 60, 26, 26, 12, 40, 22, 18)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    _save(wb, out)
