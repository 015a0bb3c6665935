"""Assignment tables, opened again with the libraries offices' tools are built on."""
import csv
import io
import json
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.shared import Mm, Pt
from typer.testing import CliRunner

from pipeline import extract
from pipeline.cli import app
from pipeline.render.tables import write_table

ROOT = Path(__file__).resolve().parents[2]
LETTERS = sorted((ROOT / "corpus" / "letters").glob("*.txt"))
SEED = ROOT / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def letters():
    names = ["000_6cc9c657c62e392b", "001", "003", "004_141c8e3a1b93dbad", "005"]
    return [extract(ROOT / "corpus" / "letters" / f"{n}.txt") for n in names]


def test_xlsx_has_a_sheet_a_letter_and_one_by_agency(tmp_path, letters):
    out = tmp_path / "t.xlsx"
    assert write_table(letters, out) == []
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == len(letters) + 1 and wb.sheetnames[-1] == "Theo cơ quan"
    for ws, letter in zip(wb.worksheets, letters):
        assert [c.value for c in ws[1]][:3] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì"]
        assert ws.max_row == len(letter.tasks) + 1
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref
        assert ws["B2"].alignment.wrap_text
    seed = wb.worksheets[3]          # 004: deadlines 10/7/2025 and 12/7/2025
    due = [ws_row[5] for ws_row in seed.iter_rows(min_row=2)]
    assert due[0].is_date and due[0].value.date() == date(2025, 7, 10)
    assert due[0].number_format == "DD/MM/YYYY"
    agencies = wb["Theo cơ quan"]
    roles = {r[1].value for r in agencies.iter_rows(min_row=2)}
    assert roles == {"chủ trì", "phối hợp"}


def test_docx_is_a4_landscape_times_13_with_the_header_row_repeated(tmp_path, letters):
    out = tmp_path / "t.docx"
    write_table(letters, out)
    d = docx.Document(out)
    s = d.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (297, 210)
    assert d.styles["Normal"].font.name == "Times New Roman"
    assert d.styles["Normal"].font.size == Pt(13)
    table = d.tables[0]
    assert table.rows[0]._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
    assert [c.text for c in table.rows[0].cells][:2] == ["TT", "Nhiệm vụ"]
    assert len(table.rows) == 1 + sum(len(x.tasks) for x in letters)
    assert s.different_first_page_header_footer          # page numbers from page 2
    assert s.left_margin >= Mm(15)


def test_html_escapes_the_letters_text(tmp_path):
    letter = extract(SEED.read_text(encoding="utf-8").replace(
        "Nghiên cứu, xây dựng", "Nghiên cứu <script>alert(1)</script> xây dựng"))
    out = tmp_path / "t.html"
    write_table([letter], out)
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.count("<tr>") == 1 + len(letter.tasks)


def test_csv_opens_in_excel_as_utf8_and_markdown_escapes_pipes(tmp_path, letters):
    out = tmp_path / "t.csv"
    write_table(letters, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Văn bản", "TT", "Nhiệm vụ"]
    assert len(rows) == 1 + sum(len(x.tasks) for x in letters)
    assert rows[1 + len(letters[0].tasks) + len(letters[1].tasks) + len(letters[2].tasks)][-1] == "2025-07-10"
    md = tmp_path / "t.md"
    write_table([extract("Kính gửi: Sở Nội vụ.\n\nGiao Sở Nội vụ chủ trì rà soát a|b trước ngày 1/2/2025.\n")], md)
    assert "a\\|b" in md.read_text(encoding="utf-8")


def test_xml_invalid_characters_are_dropped_with_a_warning(tmp_path):
    letter = extract("Kính gửi: Sở Nội vụ.\n\nGiao Sở Nội vụ chủ trì rà soát\x08 hồ sơ trước ngày 1/2/2025.\n")
    out = tmp_path / "t.docx"
    warnings = write_table([letter], out)
    assert warnings and "dropped 1 characters" in warnings[0]
    assert "rà soát hồ sơ" in docx.Document(out).tables[0].rows[1].cells[1].text


def test_cli_takes_hand_edited_json_and_names_a_bad_field(tmp_path):
    good = tmp_path / "good.json"
    data = json.loads(extract(SEED).model_dump_json())
    data["tasks"][0]["lead"] = ["Sở Tư pháp"]              # corrected by hand: it wins
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "t.xlsx"
    result = runner.invoke(app, ["table", str(good), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(out).worksheets[0]["C2"].value == "Sở Tư pháp"
    data["tasks"][1]["deadline"]["due"] = 20250710
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["table", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert f"{bad}: field tasks.1.deadline.due: Input should be a valid string" in result.stderr


def test_cli_refuses_an_unknown_table_format(tmp_path):
    result = runner.invoke(app, ["table", str(SEED), "--out", str(tmp_path / "t.pdf")])
    assert result.exit_code == 2 and "unknown table format .pdf" in result.stderr
