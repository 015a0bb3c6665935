"""Task tables of plans and appendices, as crawled text renders them (markdown rows):

    | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |

or one cell a line between lone "|" lines. Each row becomes a task, its columns mapped by
their header wording.
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
    ("index", r"^(?:s?tt|so tt|(?:so )?thu tu)$"),
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


def _markdown_rows(text: str, start: int, end: int) -> list[list]:
    """Runs of markdown rows ("| a | b |" a line), each run a list of (start, end, cells)."""
    runs: list[list] = []
    for m in _ROW.finditer(text, start, end):
        row = (m.start(), m.end(), _cells(m.group(), m.start()))
        if runs and not text[runs[-1][-1][1]:m.start()].strip():
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


# A table a crawl wrote one cell a line: each cell's lines between two lone "|" lines, a row
# ended by an empty cell ("|" / "|"), and a cell left empty printed the same way:
#     | / **TT** / | / **Nội dung** / | / **Cơ quan chủ trì** / | / | / 1 / | / Rà soát ... / |
# so the rows are read by the header's width, not by the empty cells.
_LONE_BAR = regex.compile(r"(?m)^[ \t]*\|[ \t]*$")


def _cell_rows(text: str, start: int, end: int) -> list[list]:
    """Runs of rows of a one-cell-a-line table, as _markdown_rows gives them."""
    bars = list(_LONE_BAR.finditer(text, start, end))
    blocks: list[list[Cell]] = [[]]
    for a, b in zip(bars, bars[1:]):
        chunk = text[a.end():b.start()]
        if chunk.count("\n") > 12 or "\n\n\n" in chunk:
            blocks.append([])     # (no cell runs that long: the text between is no table's)
            continue
        lead = len(chunk) - len(chunk.lstrip())
        blocks[-1].append(Cell(a.end() + lead, a.end() + len(chunk.rstrip()), " ".join(chunk.split())))
    return [rows for block in blocks if (rows := _rows_by_width(block))]


def _rows_by_width(cells: list[Cell]) -> list:
    """The header (the first run of filled cells that names a task's text and its lead, from
    its first column name on: a signature block or a title may run into it) and the rows
    after it, each as many cells as the header has and then the empty cell that ends it."""
    i = j = 0
    while True:
        i = j
        while i < len(cells) and not cells[i].text:
            i += 1
        j = i
        while j < len(cells) and cells[j].text:
            j += 1
        if i >= len(cells):
            return []
        # (a column's name is short: a signature block or a title that runs into the header,
        # "PHỤ LỤC / DANH MỤC NHIỆM VỤ ... (Kèm theo Kế hoạch ...)", is no header cell, and the
        # header starts after it; a short first column keeps its place, named or not)
        columns = [_column(c.text) if len(c.text) <= 60 else None for c in cells[i:j]]
        if "text" in columns and "lead" in columns:
            while len(cells[i].text) > 60 or (columns[0] is None and len(cells[i].text.split()) > 6):
                i += 1
                columns.pop(0)
            break
    width = j - i
    if width < 2:
        return []
    rows = [(cells[i].start, cells[j - 1].end, cells[i:j])]
    k = j + 1
    while k + width <= len(cells):
        if (group := _group_row(cells, k, width)) is not None:
            k = group        # a group's title across the row ("I" / "KIỆN TOÀN ..."), then its rows
            continue
        row = cells[k:k + width]
        if not any(c.text for c in row):
            break
        rows.append((row[0].start, row[-1].end, row))
        k += width
        if k < len(cells) and cells[k].text:
            break             # no empty cell where the row should end: the table is over
        k += 1
    return rows


_GROUP_LABEL = regex.compile(r"[*_ ]*(?:[IVXL]{1,5}|[A-ZĐ])[.)]?[*_ ]*")
# a group's title: in capitals or in bold ("**KIỆN TOÀN BỘ MÁY**", "**Nhiệm vụ chung**")
_GROUP_TITLE = regex.compile(r"\*\*.*\*\*|[^\p{Ll}]*\p{Lu}[^\p{Ll}]*", regex.S)


def _group_row(cells: list[Cell], k: int, width: int) -> int | None:
    """Where the rows go on after a group row at `k`: a roman numeral or a capital letter
    and the group's title, fewer cells than the header's, then the empty cell that ends a
    row (the title spans the row); None if `k` opens no group row."""
    if not _GROUP_LABEL.fullmatch(cells[k].text) or (
            k + 1 < len(cells) and cells[k + 1].text and not _GROUP_TITLE.fullmatch(cells[k + 1].text)):
        return None       # (a data row labelled "A" has its task in plain words: "Rà soát hồ sơ")
    n = 1
    while n < width and k + n < len(cells) and cells[k + n].text:
        n += 1
    if n >= width or n > 2 or k + n >= len(cells):
        return None
    return k + n + 1


# A table copied out of a document one cell a line with nothing between them (a Word
# table pasted as text):
#     STT / Nội dung nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời hạn / 1 / Rà soát ...
# The header is a run of short lines naming the columns, the row number's first; each row
# starts at the next number, so the lines up to it are the row's cells.
_LINE = regex.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")
# the row number's column, named in a word or two ("STT", "Số TT", "Thứ tự")
_INDEX_LINE = regex.compile(r"(?m)^[ \t]*(?:S?TT|Số[ \t]+TT|(?:Số[ \t]+)?[Tt]hứ[ \t]+tự)[ \t]*$")
_ROW_NUMBER = regex.compile(r"(\d{1,3})\.?")
_COLUMN_NUMBER = regex.compile(r"\(\d{1,2}\)")


def _line_rows(text: str, start: int, end: int) -> list[list]:
    """Runs of rows of a one-cell-a-line table with no markup, as _markdown_rows gives them."""
    first = _INDEX_LINE.search(text, start, end)
    if first is None:
        return []         # (most letters: no line names a row number's column)
    lines = [Cell(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text, first.start(), end)]
    runs = []
    i = 0
    while i < len(lines):
        if len(lines[i].text) > 12 or _column(lines[i].text) != "index":
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i < 9 and len(lines[j].text) <= 60 \
                and _column(lines[j].text) not in (None, "index"):
            j += 1
        columns = [_column(c.text) for c in lines[i:j]]
        if not ("text" in columns and "lead" in columns):
            i += 1
            continue
        run = [(lines[i].start, lines[j - 1].end, lines[i:j])]
        i = _numbered_rows(lines, j, columns, run)
        runs.append(run)
    return runs


def _numbered_rows(lines: list[Cell], k: int, columns: list[str | None], run: list) -> int:
    """Read the rows from line `k` into `run`; where the table ends."""
    width = len(columns)
    while k < len(lines) and _COLUMN_NUMBER.fullmatch(lines[k].text):
        k += 1        # the columns' numbers under the header: "(1)" / "(2)" ...
    number = 1
    while k < len(lines):
        if k + 2 < len(lines) and _GROUP_LABEL.fullmatch(lines[k].text) \
                and _GROUP_TITLE.fullmatch(lines[k + 1].text) and _ROW_NUMBER.fullmatch(lines[k + 2].text):
            k += 2    # a group's title across the rows ("II" / "TỔ CHỨC HỘI NGHỊ")
            number = int(_ROW_NUMBER.fullmatch(lines[k].text)[1])
        m = _ROW_NUMBER.fullmatch(lines[k].text)
        if m is None or int(m[1]) != number:
            break
        nxt = next((n for n in range(k + 1, min(len(lines), k + 3 * width))
                    if _opens_row(lines, n, number + 1)), None)
        body = lines[k + 1:nxt] if nxt is not None else lines[k + 1:k + width]
        if nxt is not None and len(body) >= 2 and _GROUP_LABEL.fullmatch(body[-2].text) \
                and _GROUP_TITLE.fullmatch(body[-1].text):
            body = body[:-2]
        run.append((lines[k].start, body[-1].end if body else lines[k].end,
                    [lines[k], *_fit(body, columns[1:])]))
        if nxt is None:
            return k + width
        k, number = nxt, number + 1
    return k


def _opens_row(lines: list[Cell], n: int, number: int) -> bool:
    """Does line `n` open the row numbered `number`, or a group whose rows start again at 1?"""
    m = _ROW_NUMBER.fullmatch(lines[n].text)
    if m is not None:
        return int(m[1]) == number
    return n + 2 < len(lines) and _GROUP_LABEL.fullmatch(lines[n].text) is not None \
        and _GROUP_TITLE.fullmatch(lines[n + 1].text) is not None \
        and (m := _ROW_NUMBER.fullmatch(lines[n + 2].text)) is not None and int(m[1]) == 1


def _fit(body: list[Cell], columns: list[str | None]) -> list[Cell]:
    """A row's lines as its cells: the lines a long task text wraps into (more lines than
    columns) are the text's; with fewer, the columns left are empty."""
    extra = len(body) - len(columns)
    if extra > 0 and columns and columns[0] == "text":
        first, last = body[0], body[extra]
        body = [Cell(first.start, last.end, " ".join(c.text for c in body[:extra + 1])), *body[extra + 1:]]
    body = body[:len(columns)]
    at = body[-1].end if body else 0
    return body + [Cell(at, at, "") for _ in range(len(columns) - len(body))]


def find_task_tables(text: str, start: int = 0, end: int | None = None) -> list[TaskTable]:
    end = len(text) if end is None else end
    tables: list[TaskTable] = []
    for run in _markdown_rows(text, start, end) + _cell_rows(text, start, end) + _line_rows(text, start, end):
        i = 0
        while i < len(run):
            pos, stop, head_cells = run[i]
            columns = [_column(c.text) for c in head_cells]
            if not ("text" in columns and "lead" in columns):
                i += 1
                continue
            table = TaskTable(pos, stop, columns)
            header = [c.text for c in head_cells]
            j = i + 1
            while j < len(run):
                rpos, rend, cells = run[j]
                # rule rows, the header repeated on a new page, a row of column numbers "(1) (2)"
                if not (all(regex.fullmatch(r":?-{2,}:?", c.text) for c in cells)
                        or [c.text for c in cells] == header
                        or all(regex.fullmatch(r"\(?\d{1,2}\)?", c.text) for c in cells)):
                    mapped = {col: c for col, c in zip(columns, cells) if col and c.text}
                    if "text" in mapped and ("lead" in mapped or "deadline" in mapped):
                        table.rows.append(TableRow(mapped, rpos, rend))
                table.end = rend
                j += 1
            tables.append(table)
            i = j
    return sorted(tables, key=lambda t: t.start)


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
