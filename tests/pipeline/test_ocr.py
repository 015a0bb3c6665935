"""OCR text repair and page geometry (header columns, indents) without tesseract."""
import pytest

from pipeline.readers.columns import Segment, header_columns, indented_starts
from pipeline.readers.ocr import page_text, parse_tsv, repair_headings, repair_ocr


@pytest.mark.parametrize("read, repaired", [
    ("Nghị định số 30/2020/NÐ-CP", "Nghị định số 30/2020/NĐ-CP"),     # U+00D0 eth
    ("báo cáo trước ngày 1O/7/2025", "báo cáo trước ngày 10/7/2025"),
    ("ngày 2l/12/2O24.", "ngày 21/12/2024."),
    ("Số: 12O/UBND-VX", "Số: 120/UBND-VX"),
    ("Ông Lợi, Phòng IO", "Ông Lợi, Phòng IO"),                  # not a date nor a number
    ("mã lO/ab/cdef", "mã lO/ab/cdef"),
])
def test_repair_ocr_only_where_unambiguous(read, repaired):
    assert repair_ocr(read) == repaired


def test_roman_headings_are_put_back_in_sequence():
    text = ("L. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nI. NỘI DUNG CÔNG TÁC\n"
            "IIL PHÂN CÔNG NHIỆM VỤ\nIV. TỔ CHỨC THỰC HIỆN\n")
    fixed, notes = repair_headings(text)
    assert [line.split()[0] for line in fixed.splitlines() if line.isupper()] == \
           ["I.", "II.", "III.", "IV."]
    assert "1. Nâng cao nhận thức." in fixed
    assert notes == ["L. -> I.", "I. -> II.", "IIL -> III."]


def test_arabic_headings_are_left_alone():
    text = "1. MỤC ĐÍCH\n2. NỘI DUNG\nI. CĂN CỨ\n"
    assert repair_headings(text) == (text, [])


def _header_segments() -> list[Segment]:
    # a header read across the columns, as a text layer or OCR gives it
    rows = [
        (80, 10, 260, "ỦY BAN NHÂN DÂN"), (320, 10, 540, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (100, 25, 240, "TỈNH PHÚ THỌ"), (350, 25, 510, "Độc lập - Tự do - Hạnh phúc"),
        (110, 45, 230, "Số: 12/UBND-VX"), (340, 45, 520, "Phú Thọ, ngày 05 tháng 01 năm 2025"),
        (90, 60, 250, "V/v triển khai Chỉ thị số 33/CT-TTg"),
        (120, 90, 540, "Thực hiện Chỉ thị số 33/CT-TTg ngày 06/11/2025 của Thủ tướng Chính phủ,"),
        (85, 105, 540, "Ủy ban nhân dân tỉnh giao các sở, ban, ngành thực hiện như sau:"),
    ]
    return [Segment(x0, top, x1, top + 12, text) for x0, top, x1, text in rows]


def test_header_is_read_column_by_column():
    head, taken = header_columns(_header_segments(), 595)
    assert taken == 7
    left, right = head.strip().split("\n\n")
    assert left.splitlines() == ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 12/UBND-VX",
                                 "V/v triển khai Chỉ thị số 33/CT-TTg"]
    assert right.splitlines()[-1] == "Phú Thọ, ngày 05 tháng 01 năm 2025"


def test_a_one_column_header_is_not_split():
    segments = [Segment(85, 10 + 15 * i, 540, 22 + 15 * i, f"Dòng {i} của văn bản.") for i in range(6)]
    assert header_columns(segments, 595) is None


def test_indent_after_a_sentence_opens_a_paragraph():
    lines = [(120, "Thực hiện Chỉ thị số 33/CT-TTg, Ủy ban nhân dân tỉnh giao các"),
             (85, "sở thực hiện đầy đủ các nhiệm vụ được giao, báo cáo trước ngày 10/12."),
             (120, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu"),
             (85, "bố trí biên chế cho các xã, phường."), (85, "Nơi nhận:")]
    segments = [Segment(x0, 20 * i, 540, 20 * i + 12, t) for i, (x0, t) in enumerate(lines)]
    assert indented_starts(segments) == [2]


def test_tsv_becomes_lines_with_blocks_and_indents():
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    words = [(1, 1, 1, 500, "Giao"), (1, 1, 1, 700, "Sở"), (1, 1, 1, 800, "Nội"), (1, 1, 1, 950, "vụ."),
             (1, 1, 2, 355, "Bố"), (1, 1, 2, 500, "trí."), (1, 1, 3, 355, "Tiếp"), (1, 1, 3, 600, "theo"),
             (1, 1, 4, 355, "hết."), (2, 1, 1, 500, "Nơi")]
    for n, (block, par, line, left, text) in enumerate(words):
        rows.append(f"5\t1\t{block}\t{par}\t{line}\t{n}\t{left}\t{100 + 80 * line + 400 * block}\t120\t50\t95\t{text}")
    text = page_text(parse_tsv("\n".join(rows)), 595, first=False)
    assert text == "Giao Sở Nội vụ.\nBố trí.\nTiếp theo\nhết.\n\nNơi\n"
