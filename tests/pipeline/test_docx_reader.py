"""DOCX letters read as a reader sees them: Word numbering, header and task tables."""
import io

import docx
import pytest
from docx.oxml import parse_xml

from pipeline import extract
from pipeline.readers.docx import read_docx
from pipeline.errors import UnreadableFile
from pipeline.readers import read_bytes

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbered(document, levels: list[tuple[str, str]], abstract_id: int = 90, num_id: int = 90,
             start_override: int | None = None) -> str:
    """Add a numbering definition (format, text per level) and return its numId."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'))
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
                if start_override else "")
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f'{override}</w:num>'))
    return str(num_id)


def para(document, text: str, num_id: str | None = None, level: int = 0):
    p = document.add_paragraph(text)
    if num_id:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def letter_docx() -> bytes:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số: 1234/UBND-KGVX V/v triển khai Chỉ thị số 33/CT-TTg"
    t.cell(1, 1).text = "Phú Thọ, ngày 20 tháng 11 năm 2025"
    para(d, "Kính gửi: Các sở, ban, ngành.")
    para(d, "Thực hiện Chỉ thị số 33/CT-TTg ngày 06/11/2025; Chủ tịch UBND tỉnh chỉ đạo như sau:")
    n = numbered(d, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")])
    para(d, "NHIỆM VỤ CHUNG", n, 0)
    para(d, "Công an tỉnh", n, 1)
    para(d, "Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí.", n, 3)
    para(d, "Sở Nội vụ", n, 1)
    para(d, "Tham mưu bố trí biên chế; báo cáo UBND tỉnh trước ngày 10/12/2025.", n, 2)
    para(d, "Tham mưu đánh giá cán bộ hằng năm.", n, 2)
    para(d, "TỔ CHỨC THỰC HIỆN", n, 0)
    para(d, "Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc.", n, 1)
    task = d.add_table(rows=2, cols=4)
    for cell, text in zip(task.rows[0].cells, ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]):
        cell.text = text
    for cell, text in zip(task.rows[1].cells, ["1", "Xây dựng Kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Quý IV/2025"]):
        cell.text = text
    para(d, "Yêu cầu các cơ quan nghiêm túc thực hiện./.")
    return save(d)


def test_word_numbering_becomes_the_printed_markers():
    text = read_docx(letter_docx()).source
    for line in ["I. NHIỆM VỤ CHUNG", "1. Công an tỉnh", "- Chủ trì, phối hợp", "2. Sở Nội vụ",
                 "a) Tham mưu bố trí", "b) Tham mưu đánh giá", "II. TỔ CHỨC THỰC HIỆN", "1. Giao Sở Khoa học"]:
        assert any(l.startswith(line) for l in text.splitlines()), line


def test_a_docx_letter_gives_the_records_of_its_text():
    letter = extract_bytes(letter_docx())
    assert letter.source.format == "docx"
    assert (letter.document.number, letter.document.symbol) == ("1234", "UBND-KGVX")
    assert letter.document.issuer == "Ủy ban nhân dân tỉnh Phú Thọ"
    assert [s.label for s in letter.sections] == ["I", "II"]
    leads = [(t.text[:12], t.lead) for t in letter.tasks]
    assert leads == [("Chủ trì, phố", ["Công an tỉnh"]), ("Tham mưu bố ", ["Sở Nội vụ"]),
                     ("Tham mưu đán", ["Sở Nội vụ"]), ("Giao Sở Khoa", ["Sở Khoa học và Công nghệ"]),
                     ("Xây dựng Kế ", ["Sở Khoa học và Công nghệ"])]
    assert letter.tasks[-1].deadline.due == "2025-12-31"      # from the task table


def test_start_overrides_and_restarts():
    d = docx.Document()
    n = numbered(d, [("decimal", "%1."), ("decimal", "%1.%2.")], start_override=4)
    for text, level in [("A", 0), ("a1", 1), ("a2", 1), ("B", 0), ("b1", 1)]:
        para(d, text, n, level)
    assert read_docx(save(d)).source.split() == ["4.", "A", "4.1.", "a1", "4.2.", "a2",
                                                 "5.", "B", "5.1.", "b1"]


def extract_bytes(data: bytes):
    from pipeline import extract_document
    return extract_document(read_bytes(data, "letter.docx"))


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04 broken zip", "a zip archive, not a letter"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
         "LibreOffice could not convert|needs LibreOffice"),
])
def test_bad_packages_are_named_with_their_reason(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        read_bytes(data, "x.docx")


def test_format_is_sniffed_from_content_not_name(tmp_path):
    path = tmp_path / "letter.txt"           # a DOCX under a .txt name
    path.write_bytes(letter_docx())
    assert extract(path).source.format == "docx"


def test_runs_in_tcvn3_and_vni_fonts_are_converted():
    from pipeline.readers.legacy_encodings import encode_tcvn3, encode_vni

    d = docx.Document()
    for text, font in [("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ".lower(), ".VnTimeH"),
                       ("Giao Sở Khoa học và Công nghệ chủ trì, ", ".VnTime"),
                       ("phối hợp với Sở Tài chính.", "VNI-Times")]:
        run = d.add_paragraph().add_run(encode_vni(text) if font == "VNI-Times" else encode_tcvn3(text))
        run.font.name = font
    d.add_paragraph("Unicode text stays as it is: Ça, µ.")
    raw = read_docx(save(d), "old.docx")
    lines = [line for line in raw.source.splitlines() if line]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "Giao Sở Khoa học và Công nghệ chủ trì, ",
                         "phối hợp với Sở Tài chính."]
    assert lines[3] == "Unicode text stays as it is: Ça, µ."
    assert raw.encoding == "TCVN3, VNI"
    assert raw.warnings[0][0] == "legacy_encoding"


def test_style_font_decides_for_runs_without_their_own():
    from pipeline.readers.legacy_encodings import encode_tcvn3

    d = docx.Document()
    d.styles["Normal"].font.name = ".VnTime"
    d.add_paragraph(encode_tcvn3("Báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7/2025."))
    assert read_docx(save(d)).source.strip() == "Báo cáo ủy ban nhân dân tỉnh trước ngày 10/7/2025."
