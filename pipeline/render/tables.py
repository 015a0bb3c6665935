"""Assignment tables: one row a task, written as XLSX, DOCX, HTML, CSV or Markdown.

XLSX has one sheet a letter and a sheet by agency, with a frozen header row, an
autofilter, wrapped text and real date cells. DOCX is A4 landscape in Times New
Roman 13 with the header row repeated on every page (templates/table.docx).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import regex

from pipeline.errors import ChidaoError
from pipeline.render.rows import COLUMNS, Row, clean, letter_ref, rows_of
from schemas import Letter

FORMATS = (".xlsx", ".docx", ".html", ".csv", ".md")
TITLE = "BẢNG PHÂN CÔNG NHIỆM VỤ"


def write_table(letters: list[Letter], out: Path) -> list[str]:
    """Write the table of `letters` to `out` (format from its extension); warnings back."""
    kind = out.suffix.lower()
    if kind not in FORMATS:
        raise ChidaoError(f"{out}: unknown table format {kind or '(none)'}; use one of "
                          + ", ".join(FORMATS))
    dropped: list[str] = []
    groups = [(letter_ref(letter), [_clean_row(r, dropped) for r in rows_of(letter)])
              for letter in letters]
    subtitle = clean("Căn cứ: " + "; ".join(name for name, _ in groups), dropped)
    data = {".xlsx": _xlsx, ".docx": _docx, ".html": _html, ".csv": _csv, ".md": _markdown}[kind](
        groups, subtitle)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    return [f"{out}: dropped {len(dropped)} characters that XML cannot hold"] if dropped else []


def _clean_row(row: Row, dropped: list[str]) -> Row:
    for name in ("text", "lead", "support", "product", "deadline", "report_to", "basis"):
        setattr(row, name, clean(getattr(row, name), dropped))
    return row


def _xlsx(groups, subtitle: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    widths = [5, 60, 28, 28, 22, 16, 22, 24, 16]
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()

    def sheet(name: str, header: list[str], rows: list[list], col_widths: list[int]):
        ws = wb.create_sheet(_sheet_name(name, used))
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(name="Times New Roman", size=12, bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for values in rows:
            ws.append(values)
        for row in ws.iter_rows(min_row=2):
            lines = 1
            for cell, width in zip(row, col_widths):
                cell.font, cell.alignment = Font(name="Times New Roman", size=12), wrap
                if hasattr(cell.value, "year"):
                    cell.number_format = "DD/MM/YYYY"
                elif cell.value:
                    lines = max(lines, -(-len(str(cell.value)) // max(1, int(width * 1.1))))
            # a height for the wrapped lines: LibreOffice does not measure rows on opening
            ws.row_dimensions[row[0].row].height = 16 * lines
        for i, w in enumerate(col_widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        # printed: A4 landscape, as wide as the page, the header row on every page
        ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.print_title_rows = "1:1"
        return ws

    for name, rows in groups:
        sheet(name, COLUMNS, [_cells(r) for r in rows], widths)
    by_agency = []
    for _, rows in groups:
        for r in rows:
            for role, agencies in (("chủ trì", r.leads), ("phối hợp", r.supports)):
                for agency in agencies:
                    by_agency.append([agency, role, r.text, r.due or r.deadline, r.report_to,
                                      r.basis])
    by_agency.sort(key=lambda v: (v[0].casefold(), v[1] != "chủ trì"))
    sheet("Theo cơ quan", ["Cơ quan", "Vai trò", "Nhiệm vụ", "Thời hạn", "Báo cáo/thẩm quyền",
                           "Căn cứ"], by_agency, [30, 10, 60, 16, 22, 24])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cells(r: Row) -> list:
    """A row's values, the deadline as a date cell when it has a due date."""
    values: list = r.values()
    if r.due is not None:
        values[5] = r.due
    return values


def _sheet_name(name: str, used: set[str]) -> str:
    base = regex.sub(r"[\[\]:*?/\\]", "-", name)[:31] or "Văn bản"
    candidate, n = base, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(candidate.casefold())
    return candidate


def _docx(groups, subtitle: str) -> bytes:
    from docxtpl import DocxTemplate

    from templates import TEMPLATES

    tpl = DocxTemplate(TEMPLATES / "table.docx")
    rows = []
    for _, group in groups:
        rows += [dict(zip(["tt", "text", "lead", "support", "product", "deadline", "report_to",
                           "basis", "gaps"], r.values())) for r in group]
    tpl.render({"title": TITLE, "subtitle": subtitle, "rows": rows}, autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def jinja(markdown: bool = False):
    """The templates' environment: HTML autoescaped; Markdown through its `md` filter."""
    import jinja2

    from templates import TEMPLATES

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=not markdown,
                             trim_blocks=not markdown, lstrip_blocks=not markdown)
    env.filters["md"] = lambda v: regex.sub(r"([|\\*_`\[\]<>])", r"\\\1", str(v))
    return env


def _html(groups, subtitle: str) -> bytes:
    page = jinja().get_template("table.html.j2").render(
        title=TITLE, subtitle=subtitle, columns=COLUMNS,
        groups=[{"name": n, "rows": rows} for n, rows in groups])
    return page.encode("utf-8")


def _markdown(groups, subtitle: str) -> bytes:
    page = jinja(markdown=True).get_template("table.md.j2").render(
        title=TITLE, subtitle=subtitle, columns=COLUMNS,
        groups=[{"name": n, "rows": rows} for n, rows in groups])
    return page.encode("utf-8")


def _csv(groups, subtitle: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["Văn bản", *COLUMNS, "Hạn (ISO)"])
    for name, rows in groups:
        for r in rows:
            writer.writerow([name, *r.values(), r.due.isoformat() if r.due else ""])
    # with a byte order mark: Excel opens UTF-8 CSV as UTF-8 only then
    return buf.getvalue().encode("utf-8-sig")
