"""Task tables of plans and appendices, as crawled text renders them (markdown rows):

    | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |

Each row becomes a task, its columns mapped by their header wording.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.agencies import find_agencies
from extractors.deadlines import DeadlineMatch, find_field_deadlines
from extractors.deliverables import find_deliverables
from extractors.patterns import fold
from extractors.report_to import find_report_to
from pipeline.tasks import TaskDraft

# Header wording (folded) -> field. First match wins, so "co quan phoi hop" is
# support even though it also says "co quan".
_COLUMNS = [
    ("support", r"phoi hop"),
    ("lead", r"chu tri|don vi thuc hien|co quan thuc hien|trach nhiem"),
    ("deadline", r"thoi gian|thoi han|tien do|hoan thanh"),
    ("product", r"san pham|ket qua"),
    ("index", r"^(?:s?tt|so tt|so thu tu)$"),
    ("text", r"noi dung|nhiem vu|cong viec|hoat dong|giai phap"),
]


_ROW = regex.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")


@dataclass
class Cell:
    start: int
    end: int
    text: str


@dataclass
class TableRow:
    cells: dict[str, Cell]
    start: int
    end: int


@dataclass
class TaskTable:
    start: int
    end: int
    columns: list[str | None]
    rows: list[TableRow] = field(default_factory=list)


def _cells(line: str, offset: int) -> list[Cell]:
    out = []
    for m in regex.finditer(r"(?<=\|)([^|]*)(?=\|)", line):
        raw = m.group(1)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        out.append(Cell(offset + m.start() + lead, offset + m.start() + lead + len(text), text))
    return out


def _column(header: str) -> str | None:
    h = fold(header).strip(" :.*")
    for name, pattern in _COLUMNS:
        if regex.search(pattern, h):
            return name
    return None


def find_task_tables(text: str, start: int = 0, end: int | None = None) -> list[TaskTable]:
    end = len(text) if end is None else end
    lines = [(m.start(), m.group()) for m in _ROW.finditer(text, start, end)]
    tables: list[TaskTable] = []
    i = 0
    while i < len(lines):
        pos, line = lines[i]
        columns = [_column(c.text) for c in _cells(line, pos)]
        if "text" in columns and "lead" in columns:
            table = TaskTable(pos, pos + len(line), columns)
            header = [c.text for c in _cells(line, pos)]
            j = i + 1
            while j < len(lines) and text[lines[j - 1][0] + len(lines[j - 1][1]):lines[j][0]].strip() == "":
                rpos, row = lines[j]
                cells = _cells(row, rpos)
                # rule rows, the header repeated on a new page, a row of column numbers "(1) (2)"
                if not (all(regex.fullmatch(r":?-{2,}:?", c.text) for c in cells)
                        or [c.text for c in cells] == header
                        or all(regex.fullmatch(r"\(?\d{1,2}\)?", c.text) for c in cells)):
                    mapped = {col: c for col, c in zip(columns, cells) if col and c.text}
                    if "text" in mapped and ("lead" in mapped or "deadline" in mapped):
                        table.rows.append(TableRow(mapped, rpos, rpos + len(row)))
                table.end = rpos + len(row)
                j += 1
            tables.append(table)
            i = j
        else:
            i += 1
    return tables


def _cell_deadlines(cell: Cell, year: int | None) -> list[DeadlineMatch]:
    return find_field_deadlines(cell.text, year)


def _cell_agencies(cell: Cell | None) -> list[tuple[str, int, int, bool]]:
    """A column of agencies: each one recognised, or the cell as written."""
    if cell is None:
        return []
    found = find_agencies(cell.text)
    if not found:
        return [(cell.text.strip(" ;,."), cell.start, cell.end, False)]
    return [(a.name, cell.start + a.start, cell.start + a.end, False) for a in found]


def table_tasks(tables: list[TaskTable], year: int | None,
                section_of) -> list[TaskDraft]:
    """One task per row of a task table, columns mapped to fields."""
    drafts = []
    for table in tables:
        for row in table.rows:
            c = row.cells
            text = c["text"]
            deadlines = []
            if "deadline" in c:
                d = c["deadline"]
                deadlines = [(m, d.start + m.start, d.start + m.end, d.text[m.start:m.end], False)
                             for m in _cell_deadlines(d, year)]
            products = [(c["product"].text, c["product"].start, c["product"].end)] if "product" in c else []
            drafts.append(TaskDraft(
                section=section_of(row.start), marker=c["index"].text if "index" in c else None,
                paras=[], text=text.text, lead=_cell_agencies(c.get("lead")),
                support=_cell_agencies(c.get("support")), deadlines=deadlines,
                report_to=[(a.name, text.start + a.start, text.start + a.end)
                           for a in find_report_to(text.text)],
                deliverables=products or [(d.text, text.start + d.start, text.start + d.end)
                                          for d in find_deliverables(text.text)],
                start=row.start, end=row.end, text_from=text.start))
    return drafts
