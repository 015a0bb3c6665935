"""Task tables of plans and appendices, as crawled text renders them (markdown rows):

    | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |

cells joined by " | " with no bars at the ends, or one cell a line (between lone "|" lines
or with nothing between them). Each row becomes a task, its columns mapped by
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
_COLUMNS = [(name, regex.compile(pattern)) for name, pattern in [
    ("support", r"phoi hop"),
    ("lead", r"chu tri|don vi thuc hien|co quan thuc hien|trach nhiem"),
    ("deadline", r"thoi gian|thoi han|tien do|hoan thanh"),
    ("product", r"san pham|ket qua"),
    ("index", r"^(?:s?tt|so tt|(?:so )?thu tu)$"),
    ("text", r"noi dung|nhiem vu|cong viec|hoat dong|giai phap"),
]]


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
        if pattern.search(h):
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


# A Word table saved as text with its cells joined by " | " and no bars at the line's ends:
#     Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp
#     10-11/2019 | Xây dựng khung định hướng ... | Ban Quản lý quy hoạch | - Vụ A; - Vụ B.
# (a line of a group's title has one bar; a row whose first cell is empty opens with one, and
# one whose last is empty too looks like a markdown row: it goes on a run, it starts none)
_BARRED = regex.compile(r"(?m)^[^\n|]*\|[^\n]*$")


def _bar_rows(text: str, start: int, end: int) -> list[list]:
    """Runs of " | "-joined rows on consecutive lines, as _markdown_rows gives them."""
    if text.count(" | ", start, end) < 4:
        return []         # (most letters: no such table)
    runs: list[list] = []
    for m in _BARRED.finditer(text, start, end):
        goes_on = runs and text.count("\n", runs[-1][-1][1], m.start()) == 1
        if not goes_on and _ROW.fullmatch(m.group()):
            continue
        row = (m.start(), m.end(), _cells(f"|{m.group()}|", m.start() - 1))
        if goes_on:
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
# The header is the run of short lines from the row number's column name to the first row
# number; each row starts at the next number, and its lines are fitted to the columns by
# what each holds (a cell left empty prints no line; a long cell may wrap onto two).
_LINE = regex.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")
# the row number's column, named in a word or two ("STT", "Số TT", "Thứ tự"): as printed, the
# lines _COLUMNS' "index" wording matches folded, found without folding every line
_INDEX_LINE = regex.compile(r"(?m)^[ \t]*(?:S?TT|Số[ \t]+TT|(?:Số[ \t]+)?[Tt]hứ[ \t]+tự)[ \t]*$")
_ROW_NUMBER = regex.compile(r"(\d{1,3})\.?")
_COLUMN_NUMBER = regex.compile(r"\(\d{1,2}\)")
_HEADER_LINES = 9         # a task table has a handful of columns: more short lines are no header
_HEADER_CELL = 60         # a column's name is short
_LIST_GOES_ON = (";", ",", " và")     # a cell's list wrapped onto the next line
_NAMES_SOMETHING = regex.compile(r"\p{L}")   # a column's name has words (not a lone "|" nor a number)
# a form to fill in, not a table of tasks ("báo cáo ... theo mẫu sau:" / "STT / Nội dung / ...")
_FORM_BEFORE = regex.compile(r"(?<!\p{L})(?:mẫu|biểu)(?!\p{L})[^\n]{0,40}:?[ \t]*\n?[ \t]*$")
# where the text after a table goes on: an order or note of its own, the closing
_AFTER_TABLE = regex.compile(r"(?:Giao|Yêu cầu|Đề nghị|Ghi chú|Lưu ý|Trên đây|Nơi nhận|Trong quá trình)(?!\p{L})")


def _line_rows(text: str, start: int, end: int) -> list[list]:
    """Runs of rows of a one-cell-a-line table with no markup, as _markdown_rows gives them."""
    first = _INDEX_LINE.search(text, start, end)
    if first is None:
        return []         # (most letters: no line names a row number's column)
    lines = [Cell(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text, first.start(), end)]
    runs = []
    i = 0
    while i < len(lines):
        if len(lines[i].text) > 12 or _column(lines[i].text) != "index" \
                or _FORM_BEFORE.search(text, max(0, lines[i].start - 80), lines[i].start):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i < _HEADER_LINES and len(lines[j].text) <= _HEADER_CELL \
                and _NAMES_SOMETHING.search(lines[j].text) and not _COLUMN_NUMBER.fullmatch(lines[j].text):
            j += 1
        columns = [_column(c.text) for c in lines[i:j]]
        if not ("text" in columns and "lead" in columns) or columns.count("index") > 1:
            i += 1
            continue
        run = [(lines[i].start, lines[j - 1].end, lines[i:j])]
        i = _numbered_rows(lines, j, columns, run)
        runs.append(run)
    return runs


# A PDF's table as a converter wrote it: the header a markdown row (a column that did not fit
# spilled onto the next line), the rows one cell a line under it:
#     | TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
#     | --- | --- | --- | --- |
#     Thời gian thực hiện
#     1 / Tuyên truyền Nghị định / a) / Tổ chức hội nghị ... / Cục A / Vụ B / Quý III/2026 / b) / ...
_RULE_CELL = regex.compile(r":?-{2,}:?")


def _rows_under_a_markdown_header(text: str, markdown: list[list], end: int) -> list[list]:
    """Runs of rows one cell a line under the header of a markdown run (`markdown`:
    _markdown_rows' runs) that has no rows of its own."""
    runs = []
    for head_run in markdown:
        (_, _, head), *rest = head_run
        if not head or not all(c.text and _RULE_CELL.fullmatch(c.text) for _, _, cells in rest for c in cells):
            continue      # (a table with rows of its own: _markdown_rows reads it)
        after = head_run[-1][1]
        lines = [Cell(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text, after, end)]
        j = 0
        while j < min(len(lines), _HEADER_LINES) and len(lines[j].text) <= _HEADER_CELL \
                and _column(lines[j].text) not in (None, "index") and not _ROW_NUMBER.fullmatch(lines[j].text):
            j += 1        # the spilled column names
        header = [*head, *lines[:j]]
        columns = [_column(c.text) for c in header]
        if columns[0] != "index" or "text" not in columns or "lead" not in columns \
                or j >= len(lines) or not _ROW_NUMBER.fullmatch(lines[j].text):
            continue
        run = [(header[0].start, header[-1].end, header)]
        _numbered_rows(lines, j, columns, run)
        if len(run) > 1:
            runs.append(run)
    return runs


# a row lettered under a numbered group ("1" / "Tuyên truyền ..." / "a)" / ... / "b)" / ...; or "a.")
_LETTER_ROW = regex.compile(r"[a-zđ][).]")


def _numbered_rows(lines: list[Cell], k: int, columns: list[str | None], run: list) -> int:
    """Read the rows from line `k` into `run`; where the table ends."""
    width = len(columns)
    while k < len(lines) and _COLUMN_NUMBER.fullmatch(lines[k].text):
        k += 1        # the columns' numbers under the header: "(1)" / "(2)" ...
    number = 1
    while k < len(lines):
        if k + 2 < len(lines) and _group_at(lines, k) and _ROW_NUMBER.fullmatch(lines[k + 2].text):
            k += 2    # a group's title across the rows ("II" / "TỔ CHỨC HỘI NGHỊ")
            number = int(_ROW_NUMBER.fullmatch(lines[k].text)[1])
        m = _ROW_NUMBER.fullmatch(lines[k].text)
        if m is None or int(m[1]) != number:
            break
        letter_at = next((n for n in range(k + 2, min(len(lines), k + width + 1))
                          if _LETTER_ROW.fullmatch(lines[n].text)), None)
        if letter_at is not None and not _LETTER_ROW.fullmatch(lines[k + 1].text):
            # a numbered group's title over lettered rows: the rows are the tasks, and the
            # cells the group fills (who, when) are theirs where they leave them blank
            group = _fit(lines[k + 2:letter_at], columns[2:]) if letter_at > k + 2 else None
            k = _lettered_rows(lines, letter_at, columns, run, number + 1, group)
            number += 1
            continue
        # (a full row first: a number in a cell, "Số lớp: 2", is no next row)
        full = k + width
        if full < len(lines) and _opens_row(lines, full, number + 1):
            nxt = full
        else:
            # (... and a row's first cell is its task, not a time or a count: "3" / "Quý IV/2026"
            # is a count's cell and the time's)
            nxt = next((n for n in range(k + 2, min(len(lines), k + 2 * width))
                        if _opens_row(lines, n, number + 1) and not (
                            n + 1 < len(lines) and (_is_time(lines[n + 1].text)
                                                    or _ROW_NUMBER.fullmatch(lines[n + 1].text)))), None)
        if nxt is None:
            body = _last_row_body(lines, k, width)
        else:
            body = lines[k + 1:nxt]
            if len(body) >= 2 and _group_at(lines, nxt - 2):
                body = body[:-2]
        cells = _fit(body, columns[1:])
        if cells[columns.index("lead") - 1].text.startswith("("):     # (_line_rows' header has a lead)
            return k          # "(nêu các văn bản đã ban hành)": a form's prompts, no rows of tasks
        run.append((lines[k].start, body[-1].end if body else lines[k].end, [lines[k], *cells]))
        if nxt is None:
            return k + 1 + len(body)
        k, number = nxt, number + 1
    return k


def _last_row_body(lines: list[Cell], k: int, width: int) -> list[Cell]:
    """The last row's lines after its label at `k`: up to what goes on after the table, one
    more for each list wrapped in its cell ("Sở Tài chính;" / "Sở Nội vụ")."""
    body: list[Cell] = []
    for c in lines[k + 1:]:
        room = width - 1 + sum(b.text.endswith(_LIST_GOES_ON) for b in body)
        if len(body) >= room or body and (_AFTER_TABLE.match(c.text) or c.text.endswith("./.")):
            break
        body.append(c)
    return body


_GROUP_GIVES = ("lead", "support", "deadline", "product")


def _lettered_rows(lines: list[Cell], k: int, columns: list[str | None], run: list, next_number: int,
                   group: list[Cell] | None = None) -> int:
    """Read the lettered rows from line `k` into `run`, up to the next numbered row (or the
    table's end); where they end. `group`: the group row's cells after its title, for the
    columns after the task's text."""
    width = len(columns)
    while k < len(lines) and _LETTER_ROW.fullmatch(lines[k].text):
        nxt = next((n for n in range(k + 2, min(len(lines), k + 2 * width + 1))
                    if _LETTER_ROW.fullmatch(lines[n].text) or _opens_row(lines, n, next_number)), None)
        body = _last_row_body(lines, k, width) if nxt is None else lines[k + 1:nxt]
        cells = _fit(body, columns[1:])
        if group:
            cells[1:] = [g if not c.text and g.text and col in _GROUP_GIVES else c
                         for c, g, col in zip(cells[1:], group, columns[2:])]
        run.append((lines[k].start, body[-1].end if body else lines[k].end, [lines[k], *cells]))
        if nxt is None:
            return k + 1 + len(body)
        k = nxt
    return k


def _group_at(lines: list[Cell], n: int) -> bool:
    """Does line `n` open a group's row: its numeral, then its title ("II" / "TỔ CHỨC ...")?"""
    return n + 1 < len(lines) and _GROUP_LABEL.fullmatch(lines[n].text) is not None \
        and _GROUP_TITLE.fullmatch(lines[n + 1].text) is not None


def _opens_row(lines: list[Cell], n: int, number: int) -> bool:
    """Does line `n` open the row numbered `number`, or a group whose rows start again at 1?"""
    m = _ROW_NUMBER.fullmatch(lines[n].text)
    if m is not None:
        return int(m[1]) == number
    return n + 2 < len(lines) and _group_at(lines, n) \
        and (m := _ROW_NUMBER.fullmatch(lines[n + 2].text)) is not None and int(m[1]) == 1


def _fit(body: list[Cell], columns: list[str | None]) -> list[Cell]:
    """A row's lines as its cells. As many lines as columns: one a cell. More: a line that
    goes on with the one before ("Sở Tài chính;" / "Sở Nội vụ", a list wrapped in its cell;
    else the task's long text wrapped) joins it. Fewer: a cell left empty printed no line, so
    a time goes to the time column and the other lines fill the rest in order."""
    body = list(body)
    while len(body) > len(columns):
        at = next((i for i in range(1, len(body)) if body[i - 1].text.endswith(_LIST_GOES_ON)), 1)
        body[at - 1:at + 1] = [Cell(body[at - 1].start, body[at].end, f"{body[at - 1].text} {body[at].text}")]
    if len(body) == len(columns):
        return body
    at = body[-1].end if body else 0
    cells = [Cell(at, at, "") for _ in columns]
    rest = list(body)
    if "deadline" in columns and rest[1:]:
        timed = next((c for c in rest[1:] if _is_time(c.text)), None)
        if timed is not None:
            cells[columns.index("deadline")] = timed
            rest.remove(timed)
    free = [i for i, col in enumerate(columns) if not (col == "deadline" and cells[i].text)]
    for i, c in zip(free, rest):
        cells[i] = c
    return cells


def _is_time(cell: str) -> bool:
    """A cell that says when: short, and a time field reads a deadline in it."""
    return len(cell) <= 40 and bool(find_field_deadlines(cell, None))


def find_task_tables(text: str, start: int = 0, end: int | None = None) -> list[TaskTable]:
    end = len(text) if end is None else end
    tables: list[TaskTable] = []
    markdown = _markdown_rows(text, start, end)
    runs = markdown + _bar_rows(text, start, end) + _cell_rows(text, start, end) \
        + _rows_under_a_markdown_header(text, markdown, end) + _line_rows(text, start, end)
    for run in runs:
        i = 0
        while i < len(run):
            pos, stop, head_cells = run[i]
            columns = [_column(c.text) for c in head_cells]
            if "text" not in columns:
                i += 1
                continue
            head_cells, last = _two_line_header(run, i)
            if last != i:
                columns = [_column(c.text) for c in head_cells]
            if "lead" not in columns:
                i += 1
                continue
            i = last
            table = TaskTable(pos, stop, columns)
            header = [c.text for c in head_cells]
            j = i + 1
            time = None         # the time of the row above, which a merged cell spans
            while j < len(run):
                rpos, rend, cells = run[j]
                # rule rows, the header repeated on a new page, a row of column numbers "(1) (2)"
                if not (all(_RULE_CELL.fullmatch(c.text) for c in cells)
                        or [c.text for c in cells] == header
                        or all(regex.fullmatch(r"\(?\d{1,2}\)?", c.text) for c in cells)):
                    mapped = {col: c for col, c in zip(columns, cells) if col and c.text}
                    if _titles_a_group(cells):
                        time = None
                    elif "text" in mapped and ("lead" in mapped or "deadline" in mapped):
                        if "deadline" in mapped:
                            time = mapped["deadline"]
                        elif time is not None and "deadline" in columns and len(cells) == len(columns) \
                                and "index" not in mapped:
                            # (a row numbered its own is a row of its own: its blank is blank)
                            mapped["deadline"] = time
                        table.rows.append(TableRow(mapped, rpos, rend))
                table.end = rend
                j += 1
            tables.append(table)
            i = j
    return sorted(tables, key=lambda t: t.start)


def _two_line_header(run: list, i: int) -> tuple[list[Cell], int]:
    """The header at run[i], with the names a second header line puts under a spanning
    column ("... | Thực hiện" / " |  |  | Đơn vị chủ trì | Đơn vị phối hợp"); and the
    index of its last line."""
    cells = run[i][2]
    if i + 1 >= len(run):
        return cells, i
    under = run[i + 1][2]
    if len(under) < len(cells) or under[0].text or not any(_column(c.text) for c in under):
        return cells, i
    merged = [u if u.text else (cells[k] if k < len(cells) else u) for k, u in enumerate(under)]
    return merged, i + 1


# a group's row across the table: its number and title, the other cells empty ("I | GIAI
# ĐOẠN 1: LẬP NHIỆM VỤ", "1 | Lập nhiệm vụ quy hoạch |  |  | ")
_GROUP_NUMBER = regex.compile(r"[*_ ]*(?:[IVXL]{1,5}|\d{1,2}|[A-ZĐ])[.)]?[*_ ]*")


def _titles_a_group(cells: list[Cell]) -> bool:
    return len(cells) >= 2 and _GROUP_NUMBER.fullmatch(cells[0].text) is not None \
        and bool(cells[1].text) and not any(c.text for c in cells[2:])


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
