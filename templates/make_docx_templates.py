"""Writes templates/letter.docx and templates/table.docx, the DOCX templates chidao fills.

    python templates/make_docx_templates.py

The templates are ordinary Word documents with Jinja tags (docxtpl): an office opens
them in Word or LibreOffice and changes the letterhead, fonts, sizes, margins or the
signer block, and chidao's output follows. They hold no wording of a letter: every
sentence comes from the data chidao passes (pipeline/render/), and is escaped.

The form is Decree 30/2020/NĐ-CP, Phụ lục I: A4, margins 20/20/30/15 mm, Times New
Roman; Quốc hiệu 12 bold capitals, tiêu ngữ 13 bold with a rule under it; issuing
body 12 bold capitals with a rule, its parent 12 regular; số 13; trích yếu 12;
place and date 14 italic; body 14 justified, first line indented 1.27 cm; "Nơi
nhận:" 12 bold italic, its list 11; signer block 14 bold; page numbers from page 2.
Styles carry the form, named "CD ...", so restyling one changes every paragraph of it.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Mm, Pt

HERE = Path(__file__).resolve().parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FONT = "Times New Roman"


def _style(d, name: str, size: float, bold=False, italic=False, align=None,
           indent: float | None = None, after: float = 0, before: float = 0):
    style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(size)
    style.font.bold, style.font.italic = bold, italic
    fmt = style.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    if align is not None:
        fmt.alignment = align
    if indent is not None:
        fmt.first_line_indent = Cm(indent)
    return style


def _base(d, landscape: bool = False) -> None:
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    rpr = normal.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(docx.oxml.ns.qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(0)
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.left_margin, s.right_margin = Mm(20), Mm(15)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin, s.right_margin = Mm(30), Mm(15)
    s.top_margin, s.bottom_margin = Mm(20), Mm(20)
    s.header_distance, s.footer_distance = Mm(10), Mm(10)


def _page_numbers_from_page_two(d) -> None:
    s = d.sections[0]
    s.different_first_page_header_footer = True
    p = s.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>'))


def _widths(table, cm: tuple[float, ...]) -> None:
    """Fixed column widths, in the grid and in every cell (Word reads one, LibreOffice the other)."""
    table.autofit = False
    for column, w in zip(table.columns, cm):
        column.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {W}>' + "".join(f'<w:{b} w:val="nil"/>' for b in
                                        ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def letter_template() -> docx.Document:
    d = docx.Document()
    _base(d)
    _page_numbers_from_page_two(d)
    C = WD_ALIGN_PARAGRAPH.CENTER
    _style(d, "CD Co quan chu quan", 12, align=C)
    _style(d, "CD Co quan", 12, bold=True, align=C)
    _style(d, "CD Quoc hieu", 12, bold=True, align=C)
    _style(d, "CD Tieu ngu", 13, bold=True, align=C)
    _style(d, "CD So", 13, align=C)
    _style(d, "CD Trich yeu", 12, align=C)
    _style(d, "CD Dia danh", 14, italic=True, align=C)
    _style(d, "CD Kinh gui", 14, align=WD_ALIGN_PARAGRAPH.LEFT, indent=1.27, before=6)
    _style(d, "CD Noi dung", 14, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=1.27, after=6)
    _style(d, "CD Muc", 14, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=1.27, after=6)
    _style(d, "CD Noi nhan nhan", 12, bold=True, italic=True)
    _style(d, "CD Noi nhan", 11)
    _style(d, "CD Chuc vu", 14, bold=True, align=C)
    _style(d, "CD Ten", 14, bold=True, align=C, before=60)
    _style(d, "CD Rule", 2)

    head = d.add_table(rows=2, cols=2)
    _no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(head, (6.5, 10.0))
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.paragraphs[0].style = d.styles["CD Co quan chu quan"]
    left.paragraphs[0].add_run("{{ office.parent_upper }}")
    p = left.add_paragraph(style="CD Co quan")
    p.add_run("{{ office.issuer_upper }}")
    _rule_in(left, d, 2.5, 6.5)
    right.paragraphs[0].style = d.styles["CD Quoc hieu"]
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc", style="CD Tieu ngu")
    _rule_in(right, d, 5.5, 10.0)
    left, right = head.cell(1, 0), head.cell(1, 1)
    left.paragraphs[0].style = d.styles["CD So"]
    left.paragraphs[0].add_run("Số:{{ number_blank }}/{{ office.symbol }}")
    left.add_paragraph("V/v {{ subject }}", style="CD Trich yeu")
    right.paragraphs[0].style = d.styles["CD Dia danh"]
    right.paragraphs[0].add_run("{{ place_date }}")

    # Kính gửi: one addressee on the line, several as a list
    d.add_paragraph("{%p if recipients|length == 1 %}", style="CD Kinh gui")
    d.add_paragraph("Kính gửi: {{ recipients[0] }}.", style="CD Kinh gui")
    d.add_paragraph("{%p else %}", style="CD Kinh gui")
    d.add_paragraph("Kính gửi:", style="CD Kinh gui")
    d.add_paragraph("{%p for r in recipients %}", style="CD Kinh gui")
    d.add_paragraph("- {{ r }}{{ '.' if loop.last else ';' }}", style="CD Kinh gui")
    d.add_paragraph("{%p endfor %}", style="CD Kinh gui")
    d.add_paragraph("{%p endif %}", style="CD Kinh gui")

    # the body: paragraphs, numbered headings and bullet items, each its own style
    d.add_paragraph("{%p for b in body %}", style="CD Noi dung")
    d.add_paragraph("{%p if b.kind == 'heading' %}", style="CD Noi dung")
    d.add_paragraph("{{ b.text }}", style="CD Muc")
    d.add_paragraph("{%p else %}", style="CD Noi dung")
    d.add_paragraph("{{ b.text }}", style="CD Noi dung")
    d.add_paragraph("{%p endif %}", style="CD Noi dung")
    d.add_paragraph("{%p endfor %}", style="CD Noi dung")

    sign = d.add_table(rows=1, cols=2)
    _no_borders(sign)
    _widths(sign, (8.0, 8.5))
    left, right = sign.cell(0, 0), sign.cell(0, 1)
    left.paragraphs[0].style = d.styles["CD Noi nhan nhan"]
    left.paragraphs[0].add_run("Nơi nhận:")
    left.add_paragraph("{%p for r in distribution %}", style="CD Noi nhan")
    left.add_paragraph("- {{ r }}{{ '.' if loop.last else ';' }}", style="CD Noi nhan")
    left.add_paragraph("{%p endfor %}", style="CD Noi nhan")
    right.paragraphs[0].style = d.styles["CD Chuc vu"]
    right.paragraphs[0].add_run("{%p for s in signer_lines %}")
    right.add_paragraph("{{ s }}", style="CD Chuc vu")
    right.add_paragraph("{%p endfor %}", style="CD Chuc vu")
    right.add_paragraph("{{ office.signer_name }}", style="CD Ten")
    return d


def _rule_in(cell, d, width_cm: float, cell_cm: float) -> None:
    p = cell.add_paragraph(style="CD Rule")
    side = Cm(max(0.0, (cell_cm - width_cm) / 2))
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = side
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))


COLUMNS = [("TT", 1.0), ("Nhiệm vụ", 7.5), ("Cơ quan chủ trì", 3.2), ("Cơ quan phối hợp", 3.2),
           ("Sản phẩm", 2.6), ("Thời hạn", 2.4), ("Báo cáo/thẩm quyền", 2.6),
           ("Căn cứ", 2.6), ("Chưa rõ (6 rõ)", 2.2)]
FIELDS = ["tt", "text", "lead", "support", "product", "deadline", "report_to", "basis", "gaps"]


def table_template() -> docx.Document:
    d = docx.Document()
    _base(d, landscape=True)
    normal = d.styles["Normal"]
    normal.font.size = Pt(13)
    _page_numbers_from_page_two(d)
    _style(d, "CD Tieu de", 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(d, "CD Phu de", 13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    _style(d, "CD O bang", 13)
    _style(d, "CD Dau bang", 13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("{{ title }}", style="CD Tieu de")
    d.add_paragraph("{{ subtitle }}", style="CD Phu de")
    table = d.add_table(rows=3, cols=len(COLUMNS))
    table.style = "Table Grid"
    _widths(table, tuple(w for _, w in COLUMNS))
    for cell, (name, _) in zip(table.rows[0].cells, COLUMNS):
        cell.paragraphs[0].style = d.styles["CD Dau bang"]
        cell.paragraphs[0].add_run(name)
    # the header row is repeated at the top of every page
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W} w:val="true"/>'))
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {W} w:val="true"/>'))
    table.cell(1, 0).paragraphs[0].add_run("{%tr for r in rows %}")
    for cell, field in zip(table.rows[2].cells, FIELDS):
        cell.paragraphs[0].style = d.styles["CD O bang"]
        cell.paragraphs[0].add_run("{{ r.%s }}" % field)
    row = table.add_row()
    row.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    return d


def main() -> None:
    letter_template().save(HERE / "letter.docx")
    table_template().save(HERE / "table.docx")
    print("wrote", HERE / "letter.docx", HERE / "table.docx")


if __name__ == "__main__":
    main()
