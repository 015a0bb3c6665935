"""Draft assignment and follow-up letters: the round trip through chidao, and the form
of Decree 30/2020/NĐ-CP checked on the DOCX itself."""
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from typer.testing import CliRunner

from extractors.agency_names import agency_key
from pipeline import extract
from pipeline.cli import app
from pipeline.evaluate import match_agencies, task_words
from pipeline.extract import extract_document
from pipeline.readers import read_bytes
from pipeline.render.letters import (assignment_letter, followup_letters, render_docx,
                                     task_state)
from pipeline.render.office import office_for

ROOT = Path(__file__).resolve().parents[2]
LETTERS = sorted((ROOT / "corpus" / "letters").glob("*.txt"))
SEED = ROOT / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
runner = CliRunner()


def _roles(task):
    return ({agency_key(a) for a in task.lead}, {agency_key(a) for a in task.support},
            task.deadline and (task.deadline.kind, task.deadline.due), set(task.citations))


def _same(names, others) -> bool:
    """The same agencies, as the scorer matches them (ANNOTATION.md, "Agency names")."""
    return len(names) == len(others) == match_agencies(list(names), list(others))


# The letters of the first corpus, whose tasks stand on their own words; the others hold
# OCR-damaged names and short names the letter defines for its addressees ("Sau đây gọi
# chung là các đơn vị"), which a draft's bare list of tasks does not carry.
STANDALONE = {"000_6cc9c657c62e392b", "001", "003", "004_141c8e3a1b93dbad", "005", "007", "008",
              "010", "012", "017", "027", "034"}


def _round_trip(path) -> tuple[int, list[str]]:
    """Tasks of a letter, and the ones its assignment letter does not give back the same."""
    source = extract(path)
    office = office_for(source)
    data = render_docx(assignment_letter([source], office))
    back = extract_document(read_bytes(data, "draft.docx"))
    pool = [(task_words(t.text), t) for t in back.tasks]
    # in a letter to others, what its issuer is to do itself is no task of it (ANNOTATION.md):
    # a task the source gives the office that drafts the letter does not come back
    expected = [t for t in source.tasks if not (t.lead and all(_same({agency_key(a)}, {agency_key(office.issuer)})
                                                                for a in t.lead))]
    wrong = [] if len(expected) <= len(back.tasks) <= len(source.tasks) else [f"{len(back.tasks)} tasks back"]
    for task in expected:
        words = task_words(task.text)
        # each item is the task as printed, maybe after the agency that now supports it
        match = next((t for w, t in pool if any(w[i:i + len(words)] == words for i in range(16))), None)
        if match is None:
            wrong.append(f"lost: {task.text[:60]}")
            continue
        pool = [(w, t) for w, t in pool if t is not match]
        lead, support, deadline, citations = _roles(match)
        want = _roles(task)
        # a task with no lead goes back to the draft's addressees (ANNOTATION.md: an order that
        # names no agency is addressed to Kính gửi)
        same_lead = _same(lead, want[0]) if task.lead else True
        if not (same_lead and _same(support, want[1]) and deadline == want[2]
                and want[3] <= citations):
            wrong.append(f"changed: {task.text[:60]}")
    return len(expected), wrong


@pytest.mark.parametrize("path", [p for p in LETTERS if p.stem in STANDALONE], ids=lambda p: p.stem)
def test_assignment_letter_gives_back_the_same_tasks(path):
    assert _round_trip(path)[1] == []


def test_assignment_letters_give_back_nearly_every_task_of_the_corpus():
    counts = [_round_trip(p) for p in LETTERS]
    total, wrong = sum(n for n, _ in counts), sum(len(w) for _, w in counts)
    assert wrong <= 0.05 * total, [w for _, ws in counts for w in ws]


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory):
    out = tmp_path_factory.mktemp("letter") / "giao.docx"
    result = runner.invoke(app, ["letter", str(SEED), "--out", str(out), "--date", "15/7/2025",
                                 "--signer-name", "Nguyễn Văn A"])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def test_page_and_margins_follow_decree_30(seed_docx):
    s = seed_docx.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    mm = [round(m.mm) for m in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)]
    assert 20 <= mm[0] <= 25 and 20 <= mm[1] <= 25 and 30 <= mm[2] <= 35 and 15 <= mm[3] <= 20
    # page numbers from page 2: a different first page, a PAGE field in the other header
    assert s.different_first_page_header_footer
    assert 'w:instr="PAGE"' in s.header._element.xml
    assert not s.first_page_header.paragraphs[0].text.strip()


def _style_of(d, text: str):
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    if p.text.strip().startswith(text):
                        return p.style
    for p in d.paragraphs:
        if p.text.strip().startswith(text):
            return p.style
    raise AssertionError(f"no paragraph starts with {text!r}")


@pytest.mark.parametrize("text, size, bold, italic", [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False),
    ("Độc lập - Tự do - Hạnh phúc", 13, True, False),
    ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", 12, True, False),
    ("Số:", 13, False, False),
    ("V/v", 12, False, False),
    ("Phú Thọ, ngày 15 tháng 07 năm 2025", 14, False, True),
    ("Thực hiện", 14, False, False),
    ("Nơi nhận:", 12, True, True),
    ("- Như trên", 11, False, False),
    ("TL. CHỦ TỊCH", 14, True, False),
    ("Nguyễn Văn A", 14, True, False),
])
def test_parts_have_the_decree_30_fonts(seed_docx, text, size, bold, italic):
    style = _style_of(seed_docx, text)
    assert style.font.name == "Times New Roman" or style.base_style.font.name == "Times New Roman"
    assert (style.font.size, bool(style.font.bold), bool(style.font.italic)) == (Pt(size), bold, italic)


def test_body_is_justified_with_a_first_line_indent(seed_docx):
    style = _style_of(seed_docx, "Thực hiện")
    assert style.paragraph_format.alignment == 3          # WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(style.paragraph_format.first_line_indent.cm, 2) == 1.27


def test_header_table_has_the_two_sides_with_rules(seed_docx):
    head = seed_docx.tables[0]
    left, right = head.cell(0, 0), head.cell(0, 1)
    assert "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" in left.text and "CỘNG HÒA" in right.text
    for cell in (left, right):                            # a rule under each side
        assert f"{W}pBdr" in cell._tc.xml or "w:pBdr" in cell._tc.xml
    assert head.cell(1, 0).paragraphs[0].text.startswith("Số:")
    assert head.cell(1, 0).paragraphs[0].text.endswith("/UBND-VX15")
    assert head.cell(1, 0).paragraphs[0].text[3:-10].strip("\u00a0 ") == ""   # left for the văn thư


def test_kinh_gui_lists_the_lead_agencies_and_noi_nhan_ends_with_luu(seed_docx):
    texts = [p.text for p in seed_docx.paragraphs]
    assert texts[texts.index("Kính gửi:") + 1] == "- Sở Khoa học và Công nghệ;"
    sign = seed_docx.tables[-1].cell(0, 0).text.splitlines()
    assert sign[0] == "Nơi nhận:" and sign[1] == "- Như trên;" and sign[-1] == "- Lưu: VT, VX15."


def test_followup_says_which_tasks_are_overdue(tmp_path):
    source = extract(SEED)
    (name, view), *_ = followup_letters([source], office_for(source), as_of=date(2025, 7, 11),
                                        agency="Sở KH&CN")
    assert name == "Sở Khoa học và Công nghệ"
    items = [b.text for b in view.body if b.kind == "item"]
    assert len(items) == 3
    assert "đã quá hạn 1 ngày" in items[0] and "còn 1 ngày" in items[1]
    assert "trước ngày 18/07/2025" in view.body[-1].text
    assert "Công văn số …/UBND-VX15" in view.subject


def test_task_states_by_kind():
    source = extract("Kính gửi: Sở Nội vụ.\n\nGiao Sở Nội vụ chủ trì:\n\n- Rà soát hồ sơ thường xuyên.\n\n"
                     "- Báo cáo hằng tháng.\n\n- Tổng kết trong Quý III/2025.\n\n- Lập danh sách.\n")
    states = [task_state(t, date(2025, 10, 2)) for t in source.tasks]
    assert states[0] == ("thực hiện thường xuyên", False)
    assert states[1][0].startswith("định kỳ") and not states[1][1]
    assert states[2] == ("thời hạn 30/09/2025, đã quá hạn 2 ngày", True)
    assert states[3] == ("chưa có thời hạn", False)


def test_cli_writes_one_followup_per_agency_or_one_to_all(tmp_path):
    letter = ROOT / "corpus" / "letters" / "001.txt"
    out = tmp_path / "doc.docx"
    result = runner.invoke(app, ["letter", str(letter), "--kind", "followup", "--as-of", "2022-12-01",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.glob("doc-*.docx"))
    assert "doc-bo-cong-an.docx" in written and len(written) == len(result.stdout.split())
    result = runner.invoke(app, ["letter", str(letter), "--kind", "followup", "--as-of", "2022-12-01",
                                 "--to-all", "--out", str(out)])
    assert result.exit_code == 0 and out.exists()
    d = docx.Document(out)
    assert any(p.text.startswith("1. ") for p in d.paragraphs)
    result = runner.invoke(app, ["letter", str(letter), "--kind", "followup", "--agency", "Bộ Ngoại giao",
                                 "--out", str(out)])
    assert result.exit_code == 1 and "no task is assigned to 'Bộ Ngoại giao'" in result.stderr


def test_office_config_and_options(tmp_path):
    config = tmp_path / "office.toml"
    config.write_text('[office]\nissuer = "Văn phòng UBND tỉnh"\nparent = "UBND tỉnh Phú Thọ"\n'
                      'symbol = "VP-KGVX"\nunit = "KGVX"\n', encoding="utf-8")
    out = tmp_path / "giao.html"
    result = runner.invoke(app, ["letter", str(SEED), "--out", str(out), "--config", str(config),
                                 "--place", "Việt Trì"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Văn phòng UBND tỉnh" in page and "/VP-KGVX" in page and "Lưu: VT, KGVX." in page
    assert "Việt Trì, ngày" in page
    config.write_text('[office]\nsigner = "A"\n', encoding="utf-8")
    result = runner.invoke(app, ["letter", str(SEED), "--out", str(out), "--config", str(config)])
    assert result.exit_code == 2 and "[office] signer: Extra inputs are not permitted" in result.stderr


def test_letter_text_is_data_not_markup(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("Nghiên cứu, xây dựng",
                                                    "Nghiên cứu {{ office }} <b>\x08 xây dựng")
    source = extract(text)
    view = assignment_letter([source], office_for(source))
    assert view.warnings == ["dropped 1 characters that XML cannot hold"]
    d = docx.Document(__import__("io").BytesIO(render_docx(view)))
    assert any("Nghiên cứu {{ office }} <b> xây dựng" in p.text for p in d.paragraphs)


@pytest.mark.parametrize("printed, symbol, unit", [
    ("QĐ-UBND", "UBND", ""), ("TB-VPCP", "VPCP", ""), ("UBND-VX15", "UBND-VX15", "VX15"),
    ("KH-UBND", "UBND", ""), ("VPCP-KTTH", "VPCP-KTTH", "KTTH")])
def test_a_cong_van_symbol_has_no_type_code(printed, symbol, unit):
    from pipeline.render.office import from_letter

    source = extract(SEED.read_text(encoding="utf-8").replace("/UBND-VX15", f"/{printed}", 1))
    office = from_letter(source)
    assert (office.symbol, office.unit) == (symbol, unit)
