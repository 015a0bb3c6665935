"""The assignment table of a whole archive, from tasks.jsonl, in one sheet, streamed:
openpyxl's write-only mode keeps a row at a time, whatever the archive's size."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.render.rows import COLUMNS, XML_INVALID, task_row
from schemas.task import Task

WIDTHS = [28, 5, 60, 28, 28, 22, 16, 22, 24, 16]


def archive_table(tasks_jsonl: Path, out: Path) -> int:
    """Write the table; the number of rows back."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Nhiệm vụ")
    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="center")

    def header(value):
        c = WriteOnlyCell(ws, value=value)
        c.font, c.alignment = bold, wrap
        return c

    def date_cell(value):
        c = WriteOnlyCell(ws, value=value)
        c.number_format = "DD/MM/YYYY"
        return c

    # data cells carry no style but dates' format: styling each of a few hundred
    # thousand cells would cost more than everything else in the file
    ws.append([header(v) for v in ["Tệp", *COLUMNS]])
    n, numbers = 0, {}
    with open(tasks_jsonl, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            key, ref = record.pop("file"), record.pop("letter")
            numbers[key] = numbers.get(key, 0) + 1
            row = task_row(Task.model_validate(record), numbers[key], ref)
            values = [key, *(XML_INVALID.sub("", v) for v in row.values())]
            if row.due is not None:
                values[6] = date_cell(row.due)
            ws.append(values)
            n += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(WIDTHS))}{n + 1}"
    wb.save(out)
    return n
