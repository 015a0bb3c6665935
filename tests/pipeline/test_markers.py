"""Enumeration markers as the printed page shows them, OCR's and Word's included."""
import pytest

from pipeline.layout import paragraphs
from pipeline.markers import find_marker


@pytest.mark.parametrize("line, kind, label", [
    ("A. MỤC ĐÍCH, YÊU CẦU", "capital", "A"),
    ("Đ. TỔ CHỨC THỰC HIỆN", "capital", "Đ"),
    ("C.", "capital", "C"),                             # alone on its line, the text below
    ("II. NHIỆM VỤ", "roman", "II"),
    ("Il. TỔ CHỨC THỰC HIỆN", "roman", None),           # OCR: the sequence says which
    ("(1) Báo cáo số liệu", "paren", "1"),
    ("2) Rà soát hồ sơ", "arabic_paren", "2"),
    ("(b) Kiểm tra", "paren_letter", "b"),
    ("a. Tổ chức hội nghị", "letter", "a"),
    ("©) Thẩm định dự toán", "letter", "c"),            # OCR'd "c)"
    ("7 b) Tổ chức", "letter", "b"),                    # a stray character before it
    ("- a) Cơ quan chủ trì: Sở Nội vụ", "letter", "a"),  # printed under a bullet
    ("# II. NỘI DUNG", "roman", "II"),                  # markdown before the marker
    ("**1.** Sở Y tế", "arabic", "1"),
    ("\uf0b7 Rà soát văn bản", "bullet", None),          # Word's Symbol bullet in a PDF
    ("\uf0a7 Cập nhật dữ liệu", "bullet", None),
    ("® Tổng hợp báo cáo", "bullet", None),             # OCR'd symbol bullet
    ("_ - Thường xuyên", "dash", None),
    ("__ - Trình Chính phủ", "dash", None),
    ("1.1.", "decimal", "1.1"),
    ("(iv) Hoàn thiện quy định", "paren_roman", "iv"),
    ("(ii). Sớm sửa đổi quy định", "paren_roman", "ii"),   # a full stop after the bracket
    ("(2). Báo cáo số liệu", "paren", "2"),
    # the slash and the dash of older and local letters
    ("1/ Sở Y tế rà soát", "arabic", "1"),
    ("2- Sở Tài chính bố trí", "arabic", "2"),
    ("a/ Rà soát hồ sơ", "letter", "a"),
    ("b- Báo cáo kết quả", "letter", "b"),
    ("II/ NỘI DUNG", "roman", "II"),
    ("I- MỤC ĐÍCH", "roman", "I"),
    ("1.1/ Rà soát", "decimal", "1.1"),
])
def test_markers(line, kind, label):
    m = find_marker(line, 0, len(line))
    assert (m.kind, m.label) == (kind, label)
    assert not line[m.end:].lstrip().startswith(".")      # the marker's own stop is its


@pytest.mark.parametrize("line", [
    "Ông A. Nguyễn",           # no capital sequence starts with a name ... (see below)
    "2022 là năm bản lề",
    "30.11.2022 14:39",
    "V/v triển khai",
    "ban hành kèm theo",
    "2 * 3 = 6",
    "15/12/2025 họp giao ban",
    "2 - 3 ngày làm việc",
    "V/v triển khai",
])
def test_what_is_no_marker(line):
    m = find_marker(line, 0, len(line))
    assert m is None


def test_capitals_must_make_a_sequence_and_ocr_digits_read_back():
    # "A. ..." opens a sequence; a lone "Z." after "6." is OCR's "7."; "B)" is a letter
    text = ("A. MỤC ĐÍCH\n\nB. NỘI DUNG\n\n5. Năm\n\n6. Sáu\n\nZ. Bảy\n\nB) Cơ quan phối hợp\n\n"
            "S. Không phải mục\n")
    got = [(p.marker.kind, p.marker.label) if p.marker else None for p in paragraphs(text)]
    assert got == [("capital", "A"), ("capital", "B"), ("arabic", "5"), ("arabic", "6"),
                   ("arabic", "7"), ("letter", "b"), None]


@pytest.mark.parametrize("text, labels", [
    # a sub-item's number stuck at the end of the line above, or inside it
    ("1. Tăng cường lãnh đạo 1.1.\nTổ chức quán triệt.\n", ["1", "1.1"]),
    ("3. Hoàn thiện thiết chế 3.1. Rà soát, kiện toàn.\n", ["3", "3.1"]),
    # lettered items run together on one line
    ("a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Sở Tư pháp c) Thời gian: 2025\n",
     ["a", "b", "c"]),
    # not another item's number ("tăng 2.1 lần") nor a letter out of sequence
    ("1. Số thu tăng 2.1 lần so với năm trước.\n", ["1"]),
    ("a) Phân loại theo nhóm c) và d) của Điều 3.\n", ["a"]),
    # a run-in enumeration after a colon, its next labels after a stop, on the lines below too
    ("4.1. Giao Sở Y tế: (i) Chỉ đạo rà soát hồ sơ. *(ii)* Xây dựng quy trình\nmới; (iii) Báo cáo.\n",
     ["4.1", "i", "ii", "iii"]),
    ("1. Đề nghị: (1) rà soát; (2) báo cáo.\n", ["1", "1", "2"]),
    # not a run-in enumeration: no colon before the first, labels out of sequence, a citation
    ("1. Thực hiện theo điểm (a) và (b) của khoản 2.\n", ["1"]),
    ("1. Giao Sở Y tế: (ii) rà soát.\n", ["1"]),
    ("1. Theo quy định tại Nghị định (1) nêu trên.\n", ["1"]),
])
def test_items_run_into_a_line_are_split(text, labels):
    assert [p.marker.label for p in paragraphs(text) if p.marker] == labels


def test_i_v_x_in_brackets_are_roman_unless_they_continue_letters():
    roman = "(i) Rà soát\n\n(ii) Báo cáo\n\n(iii) Tổng hợp\n\n(iv) Lập danh sách\n\n(v) Kiểm tra\n"
    assert [p.marker.kind for p in paragraphs(roman)] == ["paren_roman"] * 5
    letters = "(g) Rà soát\n\n(h) Báo cáo\n\n(i) Tổng hợp\n"
    assert [p.marker.kind for p in paragraphs(letters)] == ["paren_letter"] * 3
