"""Registry rows as an XLSX sheet: frozen header, autofilter, due dates as date cells."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.render.rows import XML_INVALID

HEADINGS = {"id": "Mã", "letter": "Văn bản", "section": "Mục", "text": "Nhiệm vụ",
            "lead": "Chủ trì", "support": "Phối hợp", "deadline": "Thời hạn", "due": "Hạn",
            "status": "Trạng thái", "overdue_days": "Số ngày quá hạn",
            "last_update": "Cập nhật", "last_note": "Ghi chú"}


def write_xlsx(rows: list[dict], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    ws.append(list(HEADINGS.values()))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        values = []
        for key in HEADINGS:
            v = r.get(key)
            if key in ("due", "last_update") and v:
                v = dt.date.fromisoformat(v)
            elif isinstance(v, list):
                v = "; ".join(v)
            if isinstance(v, str):
                v = XML_INVALID.sub("", v)
            values.append(v)
        ws.append(values)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD/MM/YYYY"
    for i, w in enumerate([14, 24, 6, 60, 28, 28, 20, 12, 26, 10, 12, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    tmp = out.with_name(out.name + ".partial")
    wb.save(tmp)
    tmp.replace(out)
