"""OCR text repair and page geometry (header columns, indents) without tesseract."""
import pytest

from pipeline.readers.columns import (Geometry, Segment, continues, geometry, header_columns, left_margin,
                                      paragraph_starts)
from pipeline.readers.ocr import Line, deskew, page_text, parse_tsv, repair_ocr
from pipeline.readers.ocr_sequence import repair_headings


@pytest.mark.parametrize("read, repaired", [
    ("Nghị định số 30/2020/NÐ-CP", "Nghị định số 30/2020/NĐ-CP"),     # U+00D0 eth
    ("báo cáo trước ngày 1O/7/2025", "báo cáo trước ngày 10/7/2025"),
    ("ngày 2l/12/2O24.", "ngày 21/12/2024."),
    ("Số: 12O/UBND-VX", "Số: 120/UBND-VX"),
    ("Chỉ thị số 25\u2044CT-BYT", "Chỉ thị số 25/CT-BYT"),          # fraction slash
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


def test_indent_opens_a_paragraph_on_a_page_of_its_own():
    lines = [(120, "Thực hiện Chỉ thị số 33/CT-TTg, Ủy ban nhân dân tỉnh giao các"),
             (85, "sở thực hiện đầy đủ các nhiệm vụ được giao, báo cáo trước ngày 10/12."),
             (120, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu"),
             (85, "bố trí biên chế cho các xã, phường."), (85, "Nơi nhận:")]
    segments = [Segment(x0, 20 * i, 540, 20 * i + 12, t) for i, (x0, t) in enumerate(lines)]
    assert paragraph_starts(segments, geometry([segments], 1.5, 2.0))[0] == [0, 2]


def test_tsv_becomes_lines_with_blocks_and_indents():
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    words = [(1, 1, 1, 500, "Giao"), (1, 1, 1, 700, "Sở"), (1, 1, 1, 800, "Nội"), (1, 1, 1, 950, "vụ."),
             (1, 1, 2, 355, "Bố"), (1, 1, 2, 500, "trí."), (1, 1, 3, 355, "Tiếp"), (1, 1, 3, 600, "theo"),
             (1, 1, 4, 355, "hết."), (2, 1, 1, 500, "Nơi")]
    for n, (block, par, line, left, text) in enumerate(words):
        rows.append(f"5\t1\t{block}\t{par}\t{line}\t{n}\t{left}\t{100 + 80 * line + 400 * block}\t120\t50\t95\t{text}")
    text = page_text(parse_tsv("\n".join(rows)), 595, first=False)
    assert text == "Giao Sở Nội vụ.\nBố trí.\nTiếp theo\nhết.\n\nNơi\n"


# ---- paragraph starts from page geometry (columns.py), invented lines



@pytest.mark.parametrize("xs, margin", [
    ([85.3, 85.6, 85.4, 121.2, 121.5, 85.5], 85.5),           # 85.3 and 85.6: one edge, not two bins
    ([121.2, 121.4, 121.3, 121.2, 121.6, 85.3, 85.5], 85.3),   # indented first lines outnumber the margin
    ([150.0, 85.5, 121.2, 121.4], 121.2),                      # one line alone left of the rest is no edge
])
def test_left_margin_is_the_leftmost_edge_several_lines_share(xs, margin):
    assert left_margin(xs, 1.5) == pytest.approx(margin, abs=0.3)


def _page(rows, pitch=18.5) -> list[Segment]:
    """(x0, extra space above, text, text_x) rows as lines down a page."""
    out, y = [], 100.0
    for x0, extra, text, *text_x in rows:
        y += pitch + extra
        out.append(Segment(x0, y - 14, 540 if len(text) > 20 else 300, y, text, *(text_x or [None])))
    return out


G = Geometry(margin=85.0, right=540.0, pitch=18.5, tolerance=1.5, slack=2.0)


@pytest.mark.parametrize("rows, starts", [
    # a first-line indent opens a paragraph; the lines under it at the margin do not
    ([(121, 0, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan"), (85, 0, "liên quan tham mưu."),
      (121, 0, "Sở Tài chính bố trí kinh phí thực hiện.")], [0, 2]),
    # no indent at all: the space after a paragraph opens the next one (the page's
    # first line, at the margin, may go on from the page before: not counted)
    ([(85, 0, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan"), (85, 0, "liên quan tham mưu."),
      (85, 6, "Sở Tài chính bố trí kinh phí thực hiện.")], [2]),
    # a capital after a wrapped line, same spacing, at the margin: the same paragraph
    ([(121, 0, "Giao Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân"), (85, 0, "Các xã tham mưu.")], [0]),
    # a bullet's hanging indent: the wrapped line sits where the bullet's text starts
    ([(103, 0, "\uf0b7 Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan", 121),
      (121, 0, "liên quan tham mưu bố trí biên chế."),
      (103, 0, "\uf0b7 Sở Tài chính bố trí kinh phí thực hiện.", 121)], [0, 2]),
    # ... until a line goes on at the margin: the bulleted paragraph is over, and a
    # line on the first-line indent after it opens a paragraph
    ([(103, 0, "\uf0b7 Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan", 121),
      (121, 0, "liên quan tham mưu bố trí biên chế, đào tạo cán bộ."),
      (85, 0, "hằng năm báo cáo kết quả thực hiện với Ủy ban nhân dân tỉnh."),
      (121, 0, "e) Sở Tài chính bố trí kinh phí thực hiện kế hoạch.")], [0, 3]),
    # ... but a line at the indent after a plain paragraph opens one
    ([(121, 0, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan."),
      (121, 0, "Sở Tài chính bố trí kinh phí thực hiện.")], [0, 1]),
    # a typed dash on the first-line indent opens a paragraph after an unpunctuated line
    ([(121, 0, "Các cơ quan sau đây thực hiện nhiệm vụ được giao"), (121, 0, "- Sở Y tế"),
      (121, 0, "- Sở Nội vụ")], [0, 1, 2]),
])
def test_paragraph_starts_from_indents_bullets_and_spacing(rows, starts):
    assert paragraph_starts(_page(rows), G)[0] == starts


@pytest.mark.parametrize("last_x1, last_text, first_x0, goes_on", [
    (540, "phối hợp với các cơ quan liên quan và Ủy ban nhân dân", 85, True),   # "Các xã..." over the break
    (300, "bố trí kinh phí thực hiện.", 85, False),        # a short last line ends its paragraph
    (540, "phối hợp với các cơ quan liên quan và Ủy ban nhân dân", 121, False),  # indented: a new one
    (540, "Nơi nhận:", 85, False),
])
def test_a_paragraph_goes_on_over_a_page_break(last_x1, last_text, first_x0, goes_on):
    last = Segment(85, 760, last_x1, 774, last_text)
    first = Segment(first_x0, 60, 540, 74, "Các xã, phường tham mưu bố trí biên chế cho các đơn vị.")
    assert continues(last, first, G, None) is goes_on


def test_a_bulleted_paragraph_goes_on_over_a_page_break_on_its_hanging_indent():
    last = Segment(121, 760, 540, 774, "phối hợp với các cơ quan liên quan và Ủy ban nhân dân")
    first = Segment(121, 60, 540, 74, "các xã, phường tham mưu bố trí biên chế cho các đơn vị.")
    assert continues(last, first, G, hang=121.0)
    assert not continues(last, first, G, hang=None)


def test_geometry_takes_the_spacing_most_lines_share():
    body = _page([(121, 0, "a" * 60), (85, 0, "b" * 60), (85, 0, "c" * 60), (85, 0, "d" * 30),
                  (121, 6, "e" * 60), (85, 0, "f" * 60), (85, 0, "g" * 30)])
    closing = _page([(85, 0, "- Như trên;"), (85, 0, "- Lưu: VT."), (85, 0, "- Sở Y tế;")], pitch=14.0)
    g = geometry([body, closing], 1.5, 2.0)
    assert g.pitch == pytest.approx(18.5) and g.margin == pytest.approx(85)


@pytest.mark.parametrize("slope", [0.0, 0.015, -0.017])      # about ±1 degree
def test_deskew_straightens_the_margin_of_a_turned_scan(slope):
    lines = []
    for n in range(8):
        x_start = 121 if n % 3 == 0 else 85
        words = []
        for k in range(8):
            x0 = x_start + 55 * k
            y = 100 + 20 * n
            # turned about the page's corner: y grows along a line, x shrinks down the page
            words.append(Segment(x0 - slope * y, y - 12 + slope * x0, x0 + 40 - slope * y, y + slope * x0,
                                 "chữ"))
        lines.append(Line((1, 1, n), words))
    straight = deskew(lines)
    starts = [min(w.x0 for w in line.words) for line in straight]
    margin = [x for n, x in enumerate(starts) if n % 3]
    assert max(margin) - min(margin) < 1.0
    assert all(abs((x - min(margin)) - 36) < 1.5 for n, x in enumerate(starts) if n % 3 == 0)


def _tsv(words) -> str:
    """(left, top, width, height, conf, text) at 300 dpi, all on one line."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, (left, top, width, height, conf, text) in enumerate(words):
        rows.append(f"5\t1\t1\t1\t1\t{n + 1}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    return "\n".join(rows)


@pytest.mark.parametrize("words, read", [
    # the blank after a list number read as "__" by an unsure tesseract: dropped
    ([(500, 100, 30, 40, 95, "2."), (581, 90, 52, 78, 57, "__"), (700, 100, 80, 40, 96, "Ủy")], "2. Ủy"),
    # a speck of dust read as a dash, however sure: dropped
    ([(314, 100, 4, 4, 67, "-"), (351, 90, 101, 37, 97, "quan")], "quan"),
    # a real dash, wide and sure: kept
    ([(355, 110, 16, 5, 93, "-"), (400, 90, 101, 37, 97, "Sở")], "- Sở"),
    # a symbol-font bullet read as "e", a tab before the text: shown as a bullet
    ([(405, 100, 18, 18, 90, "e"), (485, 90, 94, 40, 96, "Phối")], "• Phối"),
    ([(426, 100, 18, 18, 17, "“=_"), (500, 90, 91, 39, 96, "Ban")], "• Ban"),      # a square one
    ([(441, 1298, 42, 40, 53, "*"), (512, 1290, 181, 65, 96, "Thường")], "* Thường"),  # an ornament, as wide as a capital
    # a mark as big as half a line on a narrow hanging indent ("'" 9 pt wide): a bullet ...
    ([(428, 520, 36, 36, 0, "'"), (498, 524, 123, 42, 92, "Khan")], "• Khan"),
    ([(422, 1004, 18, 18, 63, "“"), (485, 992, 102, 52, 96, "Chủ")], "• Chủ"),     # a small square one
    ([(428, 657, 37, 36, 0, "*x"), (498, 660, 123, 42, 95, "Đánh")], "• Đánh"),    # not read at all
    ([(435, 1664, 39, 36, 71, "v"), (506, 1665, 103, 54, 96, "Tiếp")], "• Tiếp"),   # a letter alone, no syllable
    ([(446, 924, 40, 41, 76, "s"), (519, 927, 59, 41, 92, "Sở")], "• Sở"),          # an ornament wider than a letter
    ([(435, 1664, 39, 36, 71, "à"), (506, 1665, 103, 54, 96, "Tiếp")], "à Tiếp"),   # a syllable: as read
    # ... but not a quote mark of ordinary size, nor two specks read as a dash
    ([(452, 1571, 31, 25, 38, "--"), (503, 1554, 81, 42, 96, "báo")], "-- báo"),
    ([(510, 1575, 36, 39, 75, "+."), (567, 1575, 65, 51, 96, "Bộ")], "+. Bộ"),      # a label misread
    ([(428, 520, 10, 14, 90, "'"), (460, 524, 123, 42, 92, "Khan")], "' Khan"),
    # ... but not a word of the text after an ordinary space, nor a list's letter
    ([(405, 100, 18, 18, 90, "e"), (435, 90, 94, 40, 96, "ngại")], "e ngại"),
    ([(405, 90, 30, 40, 90, "a)"), (485, 90, 94, 40, 96, "Sở")], "a) Sở"),
])
def test_ocr_debris_is_dropped_and_misread_bullets_are_bullets(words, read):
    lines = parse_tsv(_tsv(words))
    assert page_text(lines, 595, first=False).strip() == read


@pytest.mark.parametrize("text, repaired", [
    ("4. Sở Y tế thực hiện.\n\n5, Sở Nội vụ phối hợp.\n", "4. Sở Y tế thực hiện.\n\n5. Sở Nội vụ phối hợp.\n"),
    # out of sequence, or inside a paragraph: a comma it may well be
    ("4. Sở Y tế thực hiện.\n\n7, Sở Nội vụ phối hợp.\n", "4. Sở Y tế thực hiện.\n\n7, Sở Nội vụ phối hợp.\n"),
    ("1. Các xã, phường thực hiện\n2, 3 và 4 của Kế hoạch.\n", "1. Các xã, phường thực hiện\n2, 3 và 4 của Kế hoạch.\n"),
    ("5, 6 tháng đầu năm.\n", "5, 6 tháng đầu năm.\n"),
    # alone on its line, the item before lost: the next one at its level says which
    ("2. Hai.\n\n2.2,\n\nMột.\n\n2.3. Ba.\n", "2. Hai.\n\n2.2.\n\nMột.\n\n2.3. Ba.\n"),
    ("2. Hai.\n\n2.2,\n\nMột.\n\n2.5. Ba.\n", "2. Hai.\n\n2.2,\n\nMột.\n\n2.5. Ba.\n"),
])
def test_an_item_number_read_with_a_comma_is_put_back_in_sequence(text, repaired):
    from pipeline.readers.ocr_sequence import repair_item_numbers

    assert repair_item_numbers(text)[0] == repaired


def test_a_dash_tesseract_is_unsure_of_is_kept():
    words = [(355, 110, 16, 5, 41, "-"), (400, 90, 101, 37, 97, "Sở")]
    assert page_text(parse_tsv(_tsv(words)), 595, first=False).strip() == "- Sở"


@pytest.mark.parametrize("token, read", [("-_", "- Rà"), ("_-", "- Rà"), ("_", "Rà"), ("--", "-- Rà"),
                                         ("-—_", "- Rà"), ("¬", "- Rà"), ("~", "- Rà")])
def test_a_dash_read_with_an_underscore_smear_is_a_dash(token, read):
    words = [(447, 2634, 15, 5, 53, token), (522, 2607, 60, 42, 91, "Rà")]
    assert page_text(parse_tsv(_tsv(words)), 595, first=False).strip() == read


@pytest.mark.parametrize("words, read", [
    # the tab after "a)" read as a tall, unsure em dash: dropped
    ([(498, 1125, 41, 53, 88, "a)"), (593, 1112, 30, 70, 22, "—"), (648, 1124, 66, 40, 97, "Cơ")], "a) Cơ"),
    ([(498, 1125, 41, 53, 88, "b)"), (593, 1140, 30, 5, 92, "_"), (648, 1124, 66, 40, 97, "Đẩy"), (720, 1124, 66, 40, 97, "nhanh")], "b) Đẩy nhanh"),
    ([(498, 1125, 41, 53, 88, "2."), (593, 1140, 30, 5, 92, "-"), (648, 1124, 66, 40, 97, "Sở"), (720, 1124, 66, 40, 97, "Y")], "2. Sở Y"),
    # a heading's "I" whose dot was lost, before a tab: no bullet
    ([(405, 90, 12, 40, 90, "I"), (485, 90, 94, 40, 96, "CÔNG")], "I CÔNG"),
    ([(485, 264, 28, 39, 0, "TL"), (635, 249, 168, 53, 96, "CÔNG")], "TL CÔNG"),
])
def test_blanks_after_list_labels_are_no_dashes_nor_bullets(words, read):
    assert page_text(parse_tsv(_tsv(words)), 595, first=False).strip() == read


def _hocr(words) -> str:
    """tesseract's hOCR (lstm_choice_mode=2) of one line: (left, conf, text, choices),
    choices a list per character of (character, confidence), best first."""
    spans = []
    for n, (left, conf, text, choices) in enumerate(words):
        lists = "".join(
            f"<span class='ocrx_cinfo' id='lstm_choices_1_{n}_{k}'>"
            + "".join(f"<span class='ocrx_cinfo' id='choice_1_{n}_{k}_{j}' title='x_confs {c}'>{ch}</span>"
                      for j, (ch, c) in enumerate(alts)) + "</span>"
            for k, alts in enumerate(choices))
        spans.append(f"<span class='ocrx_word' id='word_1_{n}' title='bbox {left} 100 {left + 90} 140; "
                     f"x_wconf {conf}'>{text}{lists}</span>")
    return ("<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'><body>"
            "<div class='ocr_page' id='page_1' title='bbox 0 0 2480 3508'>"
            "<div class='ocr_carea' id='block_1_1' title='bbox 355 100 900 140'>"
            "<p class='ocr_par' id='par_1_1' title='bbox 355 100 900 140'>"
            "<span class='ocr_line' id='line_1_1' title='bbox 355 100 900 140'>"
            + "".join(spans) + "</span></p></div></div></body></html>")


def test_hocr_gives_word_boxes_and_each_letters_choices():
    from pipeline.readers.ocr import parse_hocr

    to = [[("T", 95.0)], [("ố", 90.7), ("ổ", 66.0)]]
    lines = parse_hocr(_hocr([(355, 88, "Tố", [[(" ", 0.0)], *to]),      # the space before: no letter
                              (480, 96, "chức", [[("c", 95.0)], [("h", 95.0)]]),   # too few lists
                              (600, 91, "&amp;", [[("&amp;", 91.0)]])]))
    [line] = lines
    assert [w.text for w in line.words] == ["Tố", "chức", "&"]
    assert line.words[0].x0 == pytest.approx(355 * 72 / 300)
    assert line.choices[0] == (tuple(to[0]), tuple(to[1]))
    assert line.choices[1] == ()          # not one list a character: not known


@pytest.mark.parametrize("text, labels", [
    # "II." read as "H.", "III." as "II.": the sequence puts them back
    ("I. MỤC ĐÍCH\n\nH. NỘI DUNG\n\nII. TỔ CHỨC THỰC HIỆN\n", ["I.", "II.", "III."]),
    # the space after the stop lost: given back
    ("I.MỤC ĐÍCH\n\nII. NỘI DUNG\n", ["I.", "II."]),
    # "H." is the only Roman evidence the letter gives: enough
    ("I. MỤC ĐÍCH\n\nH. NỘI DUNG\n", ["I.", "II."]),
    # ... but a heading in small letters is no heading, and "1." alone no Roman numbering
    ("I. MỤC ĐÍCH\n\nH. Nội dung\n", ["I.", "H."]),
    ("1. MỤC ĐÍCH\n\nI. NỘI DUNG\n", ["I."]),
])
def test_roman_heading_misreads_of_ii_and_lost_spaces(text, labels):
    fixed, _ = repair_headings(text)
    assert [line.split()[0] for line in fixed.splitlines() if line[:1] in "#IVH" and line.strip()] == labels


def test_markdown_roman_headings_get_their_labels_back():
    fixed, notes = repair_headings("#1. MỤC ĐÍCH\n\n#1. Mục đích\n\n# 1L. NỘI DUNG\n\n# HIL. KINH PHÍ\n"
                                   "\n#IV. TỔ CHỨC\n")
    assert fixed == ("# I. MỤC ĐÍCH\n\n#1. Mục đích\n\n# II. NỘI DUNG\n\n# III. KINH PHÍ\n"
                     "\n# IV. TỔ CHỨC\n")
    assert notes == ["#1. (no space) -> I.", "#1L. -> II.", "#HIL. -> III.", "#IV. (no space) -> IV."]


def _hocr_chars(words) -> str:
    """hOCR with character boxes (hocr_char_boxes=1) of one line: words given as
    (box, conf, characters), each character (text, box, choices)."""
    spans = []
    for n, (box, conf, chars) in enumerate(words):
        inner = "".join(
            f"<span class='ocrx_cinfo' title='x_bboxes {' '.join(map(str, cbox))}; x_conf 99'>{ch}</span>"
            f"<span class='ocrx_cinfo' id='lstm_choices_1_{n}_{k}'>"
            + "".join(f"<span class='ocrx_cinfo' id='choice_1_{n}_{k}_{j}' title='x_confs {c}'>{a}</span>"
                      for j, (a, c) in enumerate(alts)) + "</span>"
            for k, (ch, cbox, alts) in enumerate(chars))
        spans.append(f"<span class='ocrx_word' id='word_1_{n}' title='bbox {' '.join(map(str, box))}; "
                     f"x_wconf {conf}'>{inner}</span>")
    return _hocr([]).replace("</span></p>", "".join(spans) + "</span></p>")


def _word(left: int, text: str, mark_box=None, top=100, height=40):
    """A word of small letters 25 px wide each, its last character `mark_box` if given."""
    chars = [(ch, (left + 25 * k, top, left + 25 * k + 22, top + height), [(ch, 95.0)])
             for k, ch in enumerate(text)]
    if mark_box is not None:
        chars[-1] = (text[-1], mark_box, [(text[-1], 90.0), (".", 79.0)])
    return ((left, top, left + 25 * len(text), top + height), 90, chars)


@pytest.mark.parametrize("word, read", [
    # a speck beside a word read as a colon: a box too short for two dots
    (_word(400, "sở:", (453, 119, 460, 127)), "sở"),
    (_word(400, "sở;", (453, 119, 460, 128)), "sở"),
    # a real colon, as tall as a small letter: kept
    (_word(400, "Kính:", (500, 114, 506, 140)), "Kính:"),
    # a short period or comma is what they are: kept
    (_word(400, "sở.", (453, 134, 459, 140)), "sở."),
    (_word(400, "sở,", (453, 134, 459, 146)), "sở,"),
])
def test_a_speck_read_as_a_colon_is_taken_off_its_word(word, read):
    from pipeline.readers.ocr import parse_hocr

    [line] = parse_hocr(_hocr_chars([word, _word(700, "KCB")]))
    assert [w.text for w in line.words] == [read, "KCB"]
    assert len(line.choices[0]) == len(read)       # the choices go with the characters left


def test_hocr_character_boxes_give_the_text_and_each_letters_choices():
    from pipeline.readers.ocr import parse_hocr

    chars = [("T", (355, 100, 380, 140), [("T", 95.0)]),
             ("ố", (382, 100, 405, 140), [("ố", 90.7), ("ổ", 66.0)])]
    [line] = parse_hocr(_hocr_chars([((355, 100, 405, 140), 88, chars)]))
    assert [w.text for w in line.words] == ["Tố"]
    assert line.choices[0] == ((("T", 95.0),), (("ố", 90.7), ("ổ", 66.0)))
    assert line.confs == [88.0]


def _line(key: int, *words: tuple[float, float, float, float, str]) -> Line:
    return Line((key, key, key), [Segment(*w) for w in words], [() for _ in words], [96.0 for _ in words])


@pytest.mark.parametrize("lines, read", [
    # a bullet column tesseract read apart, as "VÀ", beside the line it opens: that line's bullet
    ([_line(1, (106, 577, 115, 586, "VÀ")), _line(2, (123, 576, 152, 590, "Tổng"), (158, 577, 182, 590, "hợp,"))],
     ["• Tổng hợp,"]),
    ([_line(1, (104, 479, 114, 489, "%")), _line(2, (121, 479, 162, 492, "Trường"), (169, 479, 190, 493, "hợp"))],
     ["• Trường hợp"]),
    # a typed dash read apart stays a dash
    ([_line(1, (106, 583, 112, 585.5, "-")), _line(2, (123, 576, 152, 590, "Tổng"), (158, 577, 182, 590, "hợp,"))],
     ["- Tổng hợp,"]),
    # a page number above the text, a mark far from any line's start, a heading's Roman
    # numeral and a list's letter are no bullets
    ([_line(1, (290, 40, 296, 50, "2")), _line(2, (123, 76, 152, 90, "Tổng"), (158, 77, 182, 90, "hợp,"))],
     ["2", "Tổng hợp,"]),
    ([_line(1, (40, 577, 49, 586, "VÀ")), _line(2, (123, 576, 152, 590, "Tổng"), (158, 577, 182, 590, "hợp,"))],
     ["VÀ", "Tổng hợp,"]),
    ([_line(1, (106, 577, 110, 588, "I")), _line(2, (123, 576, 162, 588, "CÔNG"), (168, 576, 200, 588, "TÁC"))],
     ["I", "CÔNG TÁC"]),
    ([_line(1, (106, 577, 115, 588, "a)")), _line(2, (123, 576, 152, 590, "Tổng"), (158, 577, 182, 590, "hợp,"))],
     ["a)", "Tổng hợp,"]),
])
def test_a_bullet_tesseract_read_in_a_block_of_its_own_opens_its_line(lines, read):
    from pipeline.readers.ocr import attach_bullets

    assert [" ".join(w.text for w in line.words) for line in attach_bullets(lines)] == read


@pytest.mark.parametrize("words, read", [
    # a list's letter with the tab after it read as a stray letter, tesseract unsure of it
    ([(524, 2702, 40, 51, 42, "c;ạ"), (674, 2700, 88, 39, 96, "Ban")], "c) Ban"),
    ([(497, 1127, 43, 52, 31, "d)ạ"), (647, 1122, 121, 42, 96, "Hoàn")], "d) Hoàn"),
    ([(491, 520, 46, 53, 54, "bạ"), (642, 517, 63, 52, 96, "Bộ")], "b) Bộ"),
    # the bracket read as letters that make no syllable
    ([(525, 2663, 41, 49, 20, "cệy"), (674, 2655, 120, 54, 92, "Tổng")], "c) Tổng"),
    ([(525, 2663, 41, 49, 20, "các"), (590, 2655, 120, 54, 92, "Tổng")], "các Tổng"),   # a word of the text
    # a number that lost its stop, a tab after it
    ([(494, 675, 49, 39, 73, "1"), (641, 669, 82, 51, 96, "Nội")], "1. Nội"),
    # tesseract sure of it, an ordinary space after it, or too wide for a label: as read
    ([(494, 675, 49, 39, 95, "1"), (641, 669, 82, 51, 96, "Nội")], "1 Nội"),
    ([(494, 675, 49, 39, 73, "2"), (560, 669, 82, 51, 96, "tháng")], "2 tháng"),
    ([(494, 675, 120, 39, 42, "c;ạ"), (674, 669, 82, 51, 96, "Ban")], "c;ạ Ban"),
])
def test_a_misread_list_label_before_a_tab_is_read_as_the_label(words, read):
    assert page_text(parse_tsv(_tsv(words)), 595, first=False).strip() == read


@pytest.mark.parametrize("text, repaired", [
    ("d) Một.\n\nở) Hai.\n\ne) Ba.\n", "d) Một.\n\nđ) Hai.\n\ne) Ba.\n"),
    ("e) Một.\n\nlà) Hai.\n\ng) Ba.\n", "e) Một.\n\nf) Hai.\n\ng) Ba.\n"),
    ("e) Một.\n\nø) Hai.\n\nh) Ba.\n", "e) Một.\n\ng) Hai.\n\nh) Ba.\n"),     # no f in Vietnamese
    # two letters could be meant, or nothing follows to tell: as read
    ("e) Một.\n\nlà) Hai.\n\ni) Ba.\n", "e) Một.\n\nlà) Hai.\n\ni) Ba.\n"),
    ("d) Một.\n\nở) Hai.\n", "d) Một.\n\nở) Hai.\n"),
    # the letter under a mark OCR added, where it fits beside the labels around it
    ("ạ) Một.\n\nb) Hai.\n", "a) Một.\n\nb) Hai.\n"),
    ("c) Một.\n\nđ) Hai.\n\nẹ) Ba.\n", "c) Một.\n\nđ) Hai.\n\ne) Ba.\n"),
    ("ạ) Một.\n\nc) Hai.\n", "ạ) Một.\n\nc) Hai.\n"),
    # a label read as a bullet: the one bullet between two labels that skip a letter
    ("b) Một:\n\n- x.\n\n• Hai:\n\n- y.\n\nd) Ba.\n", "b) Một:\n\n- x.\n\nc) Hai:\n\n- y.\n\nd) Ba.\n"),
    ("b) Một:\n\n• x.\n\n• y.\n\nd) Ba.\n", "b) Một:\n\n• x.\n\n• y.\n\nd) Ba.\n"),
    ("b) Một:\n\n• x.\n\nc) Ba.\n", "b) Một:\n\n• x.\n\nc) Ba.\n"),
    # ... nor where the alphabets disagree on the gap ("đ" in one, none in the other)
    ("d) Một:\n\n• x.\n\ne) Ba.\n", "d) Một:\n\n• x.\n\ne) Ba.\n"),
    ("e) Một:\n\n• x.\n\ng) Ba.\n", "e) Một:\n\n• x.\n\ng) Ba.\n"),
    # the last label of a list the next one starts after: the letter after the one before
    ("d) Một.\n\nở) Hai.\n\n2. Mục khác\n\na) Ba.\n", "d) Một.\n\nđ) Hai.\n\n2. Mục khác\n\na) Ba.\n"),
])
def test_a_letter_label_misread_between_two_others_is_put_back(text, repaired):
    from pipeline.readers.ocr_sequence import repair_letter_labels

    assert repair_letter_labels(text)[0] == repaired


@pytest.mark.parametrize("text, repaired", [
    ("2.1. Sở Y tế.\n\n2.2, Sở Nội vụ.\n", "2.1. Sở Y tế.\n\n2.2. Sở Nội vụ.\n"),
    ("8. Sở Y tế.\n\n-9, Giao Sở Nội vụ.\n", "8. Sở Y tế.\n\n9. Giao Sở Nội vụ.\n"),      # a speck before it
    ("2.2. Sở Y tế.\n\n_2.3. Giao Vụ Chính sách.\n", "2.2. Sở Y tế.\n\n2.3. Giao Vụ Chính sách.\n"),
    ("Các nội dung:\n\n-2. Giao Vụ Chính sách.\n", "Các nội dung:\n\n-2. Giao Vụ Chính sách.\n"),   # a dash may be meant
    ("8. Sở Y tế.\n\n-7, Giao Sở Nội vụ.\n", "8. Sở Y tế.\n\n-7, Giao Sở Nội vụ.\n"),
    ("2.1. Sở Y tế.\n\n2.3, Sở Nội vụ.\n", "2.1. Sở Y tế.\n\n2.3, Sở Nội vụ.\n"),
    ("1.1. Sở Y tế.\n\n2.2, Sở Nội vụ.\n", "1.1. Sở Y tế.\n\n2.2, Sở Nội vụ.\n"),
])
def test_a_decimal_item_number_read_with_a_comma_is_put_back_in_sequence(text, repaired):
    from pipeline.readers.ocr_sequence import repair_item_numbers

    assert repair_item_numbers(text)[0] == repaired


def test_a_speck_glued_before_a_roman_heading_label_is_dropped():
    fixed, notes = repair_headings("I. MỤC ĐÍCH\n\nII. NỘI DUNG\n\n_III. KIỂM TRA, SƠ KẾT\n")
    assert fixed.splitlines()[-1] == "III. KIỂM TRA, SƠ KẾT"
    assert notes == ["_III. -> III."]


def test_a_roman_one_read_as_tl_is_put_back_in_sequence():
    text = ("TL CÔNG TÁC QUÁN TRIỆT\n\nI. BAN HÀNH VĂN BẢN\n\nII. ĐẨY MẠNH TUYÊN TRUYỀN\n\n"
            "IV. THÀNH LẬP TỔ CHỨC\n")
    fixed, notes = repair_headings(text)
    assert [line.split()[0] for line in fixed.splitlines() if line.strip()] == ["I.", "II.", "III.", "IV."]
    assert notes[0] == "TL -> I."


@pytest.mark.parametrize("box, read", [
    ((390, 120, 394, 124), "chủ"),        # a speck before the word, read as a hyphen
    ((380, 120, 396, 124), "-chủ"),       # a dash typed against the word: kept
])
def test_a_hyphen_no_wider_than_tall_opening_a_word_is_a_speck(box, read):
    from pipeline.readers.ocr import parse_hocr

    word = _word(400, "chủ")
    chars = [("-", box, [("-", 90.0)]), *word[2]]
    [line] = parse_hocr(_hocr_chars([((380, 100, 475, 140), 43, chars), _word(700, "trì")]))
    assert [w.text for w in line.words] == [read, "trì"]


def test_a_stop_after_a_colon_is_a_speck():
    from pipeline.readers.ocr import parse_hocr

    [line] = parse_hocr(_hocr_chars([_word(400, "tư:."), _word(700, "Chủ")]))
    assert [w.text for w in line.words] == ["tư:", "Chủ"]


@pytest.mark.parametrize("text, repaired", [
    ("4. Một.\n\n9. Hai.\n\n6. Ba.\n", "4. Một.\n\n5. Hai.\n\n6. Ba.\n"),
    ("1. Một.\n\n+. Hai.\n", "1. Một.\n\n2. Hai.\n"),
    ("1. Một.\n\n+. Hai.\n\n3. Ba.\n", "1. Một.\n\n2. Hai.\n\n3. Ba.\n"),
    # the letter's own numbers where the sequence does not say: as read
    ("4. Một.\n\n9. Hai.\n", "4. Một.\n\n9. Hai.\n"),
    ("4. Một.\n\n9. Hai.\n\n7. Ba.\n", "4. Một.\n\n9. Hai.\n\n7. Ba.\n"),
    ("4. Một.\n\n12. Hai.\n\n6. Ba.\n", "4. Một.\n\n12. Hai.\n\n6. Ba.\n"),
    ("+. Hai.\n\n3. Ba.\n", "+. Hai.\n\n3. Ba.\n"),
    ("1. Một.\n\n+. Hai.\n\n4. Ba.\n", "1. Một.\n\n+. Hai.\n\n4. Ba.\n"),
    # a letter in a digit's shape, or a digit off with its stop read as a comma
    ("2. Một.\n\nả. Hai.\n\n4. Ba.\n", "2. Một.\n\n3. Hai.\n\n4. Ba.\n"),
    ("6. Một.\n\nZ. Hai.\n\n8. Ba.\n", "6. Một.\n\n7. Hai.\n\n8. Ba.\n"),
    ("4. Một.\n\n2, Hai.\n\n6. Ba.\n", "4. Một.\n\n5. Hai.\n\n6. Ba.\n"),
    # ... not a letter with nothing after it, a Roman heading, a section's letter, a list's own label
    ("2. Một.\n\nả. Hai.\n", "2. Một.\n\nả. Hai.\n"),
    ("4. Một.\n\nV. HAI\n\n6. Ba.\n", "4. Một.\n\nV. HAI\n\n6. Ba.\n"),
    ("2. Một.\n\nB. HAI\n\n1. Ba.\n", "2. Một.\n\nB. HAI\n\n1. Ba.\n"),
    ("2. Một.\n\nc. Hai.\n\n4. Ba.\n", "2. Một.\n\nc. Hai.\n\n4. Ba.\n"),
])
def test_an_item_number_misread_between_two_others_is_put_back(text, repaired):
    from pipeline.readers.ocr_sequence import repair_item_numbers

    assert repair_item_numbers(text)[0] == repaired


@pytest.mark.parametrize("words, read", [
    # a colon of its own, too short for two marks: a speck, dropped
    ([(1600, 860, 100, 45, 96, "Hưng"), (1780, 864, 99, 45, 93, "Yên;"), (1895, 887, 15, 18, 66, ":")],
     "Hưng Yên;"),
    # a colon as tall as a small letter, typed apart ("Kính gửi :"): kept
    ([(1600, 860, 100, 45, 96, "Kính"), (1780, 860, 99, 45, 93, "gửi"), (1895, 875, 10, 30, 90, ":")],
     "Kính gửi :"),
])
def test_a_colon_of_its_own_too_short_for_two_marks_is_a_speck(words, read):
    assert page_text(parse_tsv(_tsv(words)), 595, first=False).strip() == read


@pytest.mark.parametrize("ink, read", [
    ((446, 2804, 483, 2841), "• Quán triệt"),     # a check mark tesseract read nothing for
    ((446, 2820, 451, 2825), "Quán triệt"),       # a speck of dust
    ([(440, 2820, 445, 2825), (470, 2800, 475, 2805)], "Quán triệt"),     # two, a bullet's width apart
    (None, "Quán triệt"),
])
def test_a_bullet_tesseract_left_unread_is_found_in_the_ink(ink, read):
    from PIL import Image, ImageDraw

    from pipeline.readers.ocr import unread_bullets

    image = Image.new("L", (2480, 3508), 255)
    for box in ([ink] if isinstance(ink, tuple) else ink or []):
        ImageDraw.Draw(image).rectangle(box, fill=0)
    scale = 72 / 300
    line = _line(1, (495 * scale, 2790 * scale, 597 * scale, 2846 * scale, "Quán"),
                 (620 * scale, 2790 * scale, 700 * scale, 2846 * scale, "triệt"))
    unread_bullets([line], image, 300)
    assert " ".join(w.text for w in line.words) == read


@pytest.mark.parametrize("word, read", [
    ("Cơ.quan", "Cơ quan"),
    ("ở.mà", "ở mà"),
    # a web address, "v.v", a number, or a stop at the word's end: as read
    ("gdt.gov.vn", "gdt.gov.vn"),
    ("v.v", "v.v"),
    ("1.2", "1.2"),
    ("quan.", "quan."),
])
def test_a_stop_glued_between_two_syllables_is_a_speck_between_words(word, read):
    from pipeline.readers.ocr import parse_hocr

    [line] = parse_hocr(_hocr_chars([_word(400, word), _word(900, "thực")]))
    assert [w.text for w in line.words] == [read, "thực"]


def test_a_header_line_tesseract_read_with_kinh_gui_is_read_once_and_kinh_gui_after_its_column():
    lines = [
        _line(1, (130, 55, 200, 66, "BỘ"), (204, 55, 230, 66, "Y TẾ")),
        _line(2, (330, 55, 420, 66, "CỘNG HÒA"), (424, 55, 540, 66, "XÃ HỘI CHỦ NGHĨA")),
        _line(3, (330, 72, 540, 83, "Độc lập - Tự do - Hạnh phúc")),
        _line(4, (99, 130, 180, 142, "Số: 627/BYT-BH"), (184, 130, 280, 142, "V/v hướng dẫn"),
              (340, 130, 540, 142, "Hà Nội, ngày 27 tháng 01 năm 2021")),
        _line(5, (99, 147, 312, 160, "thực hiện Điều 22 Luật"), (412, 151, 439, 161, "Kính"),
              (443, 151, 465, 164, "gửi:")),
        _line(6, (187, 170, 224, 179, "BHYT")),
        _line(7, (124, 222, 139, 232, "Sở"), (143, 222, 300, 232, "Y tế các tỉnh;")),
        _line(8, (85, 250, 540, 262, "Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 ngày"),),
    ]
    text = page_text(lines, 595, first=True)
    left, right, body = text.split("\n\n", 2)
    assert left.splitlines()[-1] == "BHYT"
    assert text.count("thực hiện Điều 22 Luật") == 1
    assert body.startswith("Kính gửi:")


@pytest.mark.parametrize("text, repaired", [
    # a bullet read as a letter and a mark, beside a bulleted paragraph
    ("• Sở Y tế;\n\ns* Các bệnh viện;\n\n• Các cơ sở.\n", "• Sở Y tế;\n\n• Các bệnh viện;\n\n• Các cơ sở.\n"),
    ("* Rà soát hồ sơ.\n\ns% Báo cáo kết quả.\n", "* Rà soát hồ sơ.\n\n• Báo cáo kết quả.\n"),
    # ... not with no bullet beside it, nor a quote's opening mark
    ("a) Rà soát hồ sơ.\n\ns* Báo cáo kết quả.\n", "a) Rà soát hồ sơ.\n\ns* Báo cáo kết quả.\n"),
    ("• Điều 1 quy định:\n\n“Người lao động được nghỉ.”\n", "• Điều 1 quy định:\n\n“Người lao động được nghỉ.”\n"),
])
def test_a_misread_bullet_beside_bullets_is_a_bullet(text, repaired):
    from pipeline.readers.ocr_sequence import repair_bullets

    assert repair_bullets(text)[0] == repaired
