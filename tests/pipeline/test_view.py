"""The matching view: each step alone, the carrier's maps, and values read back as printed."""
import pytest

from extractors.vocabulary import load_yaml
from pipeline.textmap import Text
from pipeline.view import (
    apply_edits, head_hyphen, is_syllable, lost_tones, make_view, markup, ocr_digits, segmented_words, split_word,
    unify_tones,
)


def run(step, text):
    return apply_edits(text, step(text))[0]


@pytest.mark.parametrize("word, parts", [
    ("Tàichính", ["Tài", "chính"]),
    ("thờihạn", ["thời", "hạn"]),
    ("chủđộng", ["chủ", "động"]),
    ("TổngBí", ["Tổng", "Bí"]),
    ("Kếhoạch", ["Kế", "hoạch"]),
    ("tạmứng", ["tạm", "ứng"]),          # two ways to cut: the dictionary's word wins
    ("phảibảo", ["phải", "bảo"]),        # fewer parts beat "phải bả o"
    ("sởgiáodụcđàotạo", ["sở", "giáo", "dục", "đào", "tạo"]),
])
def test_glued_words_split(word, parts):
    cuts = split_word(word)
    bounds = [0, *cuts, len(word)]
    assert [word[a:b] for a, b in zip(bounds, bounds[1:])] == parts


@pytest.mark.parametrize("word", [
    "Nguyễn", "nghiêng", "khuyến", "quyết", "giếng", "giữa",   # one syllable each
    "thué", "trién", "Kiém",     # OCR's wrong hat on one syllable: not two words
    "Covid", "online",           # no Vietnamese syllables, or no certain split
])
def test_words_left_whole(word):
    assert split_word(word) == ()


def test_the_syllable_data_examples():
    data = load_yaml("syllables.yaml")
    for glued, split in data["examples"]:
        assert run(lambda t: make_view_edits(t), glued) == split
    for word in data["not"]:
        assert split_word(word) == ()


@pytest.mark.parametrize("text, expected", [
    # three letters glued from two syllables split too
    ("đồng ýdự thảo, kýthừa ủy quyền", "đồng ý dự thảo, ký thừa ủy quyền"),
    # ... but a three-letter syllable stays whole
    ("của các Bộ, ngờ, ủy, trò", "của các Bộ, ngờ, ủy, trò"),
])
def test_short_glued_words_split(text, expected):
    assert run(make_view_edits, text) == expected


def make_view_edits(text):
    from pipeline.view import split_glued
    return split_glued(text)


@pytest.mark.parametrize("text, expected", [
    ("năm2021, ngày21/3", "năm 2021, ngày 21/3"),       # a word glued before a number
    ("21tháng 3, 2 năm", "21 tháng 3, 2 năm"),          # and after one
    ("(năm2021)", "(năm 2021)"),
    ("Năm2021, ANăm2021", "Năm2021, ANăm2021"),        # capitalised or inside a word: left
    ("12345tháng, 1/2tháng, 3.5năm", "12345tháng, 1/2tháng, 3.5năm"),   # not a short number
    ("21thángX, 21xyz, 21abc2", "21thángX, 21xyz, 21abc2"),   # not a word, or not one syllable
    ("mã qd2021, cv2", "mã qd2021, cv2"),
])
def test_words_glued_to_numbers_split(text, expected):
    assert run(make_view_edits, text) == expected


@pytest.mark.parametrize("syllable, ok", [
    ("tốt", True), ("học", True), ("tot", False),     # a stop coda takes the rising or heavy tone
    ("gì", True), ("quốc", True), ("tàic", False), ("ng", False),
])
def test_syllables(syllable, ok):
    assert is_syllable(syllable) is ok


@pytest.mark.parametrize("step, text, expected", [
    (unify_tones, "Uỷ ban, hoà giải, THUỶ LỢI", "Ủy ban, hòa giải, THỦY LỢI"),
    (unify_tones, "hoàn thành, khoá học", "hoàn thành, khóa học"),
    # after "q" the "u" is the consonant's: "quý", "quỹ" stay
    (unify_tones, "Quý cơ quan, quỹ, QUÝ IV, thuỷ lợi", "Quý cơ quan, quỹ, QUÝ IV, thủy lợi"),
    (ocr_digits, "ngày 2O/1O/2O2O, số 1l5", "ngày 20/10/2020, số 115"),
    (ocr_digits, "mã l5l, số O1", "mã l5l, số O1"),        # not mostly digits: left alone
    (ocr_digits, "quý II/2020, quý IV/2O2O", "quý II/2020, quý IV/2020"),   # a roman part stays
    (ocr_digits, "Il. NHIỆM VỤ, mã O1", "Il. NHIỆM VỤ, mã O1"),     # no two digits: left alone
    (head_hyphen, "Bộ -Tư pháp, Lao động -Thương binh", "Bộ  Tư pháp, Lao động -Thương binh"),
    # tones lost where the neighbour makes the word certain
    (lost_tones, "Uy ban Nhân dân tinh/thanh phố, UY BAN", "Ủy ban Nhân dân tỉnh/thành phố, ỦY BAN"),
    (lost_tones, "Uy ban nhân dân tinh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    (lost_tones, "báo cáo Tong cục, Tông cục Thuế", "báo cáo Tổng cục, Tổng cục Thuế"),
    (lost_tones, "Cục TTKT va các Cục Thuế; tránh va chạm", "Cục TTKT và các Cục Thuế; tránh va chạm"),
    (lost_tones, "Ban QLRR chi trì, chi trả", "Ban QLRR chủ trì, chi trả"),
    (lost_tones, "Uý ban nhân dân các tỉnh, thành phố trực thuộc Trủng ương, trưng ương",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, trung ương"),
    (lost_tones, "Hai Bà Trưng, trung thu, Trưng Trắc", "Hai Bà Trưng, trung thu, Trưng Trắc"),
    (lost_tones, "Ủy ban nhân dân cấp tình, cấp tinh, Cấp tịnh", "Ủy ban nhân dân cấp tỉnh, cấp tỉnh, Cấp tỉnh"),
    (lost_tones, "tình hình cấp bách, cung cấp tình hình", "tình hình cấp bách, cung cấp tình hình"),
    (lost_tones, "nhân dân tinh thần, va quẹt, va vấp, chi trì hoãn, Trung ương",
     "nhân dân tinh thần, va quẹt, va vấp, chi trì hoãn, Trung ương"),
    # ... and nowhere else: "uy tín", "tinh thần", "thanh tra" are words
    (lost_tones, "uy tín, tinh thần nhân dân, thanh tra, Uy quyền, tông màu", "uy tín, tinh thần nhân dân, thanh tra, Uy quyền, tông màu"),
    (markup, "**I.** Sở Y tế:** *Nhóm 1:* x", "  I.   Sở Y tế:    Nhóm 1:  x"),
    (markup, "* Lưu ý: bullet\n2 * 3", "* Lưu ý: bullet\n2 * 3"),     # a bullet and a sign stay
    # a bold heading over two lines ends its paragraph where the bold closes
    (markup, "**3. Cục\nĐiện ảnh**\nPhối hợp", "  3. Cục\nĐiện ảnh \n\nPhối hợp"),
    # ... not bold inside a line, nor bold on one line
    (markup, "bảo đảm **hoàn thành\ntrong tháng 12**\nvà", "bảo đảm   hoàn thành\ntrong tháng 12  \nvà"),
    (markup, "**1. Vụ Pháp chế**\nTập trung", "  1. Vụ Pháp chế  \nTập trung"),
    # a converter's line breaks and hard spaces inside a table's cell, in any case
    (markup, "| BỘ Y TẾ <br><br> Số: 12/BYT <BR/> V/v a&nbsp;b |", "| BỘ Y TẾ          Số: 12/BYT       V/v a      b |"),
    # ... not a comparison or an ampersand
    (markup, "x < 5 & y", "x < 5 & y"),
])
def test_steps(step, text, expected):
    assert run(step, text) == expected


_SEGMENTED_LETTER = ("Uỷ_ban_nhân_dân tỉnh yêu_cầu các sở , ban , ngành tỉnh và Uỷ_ban_nhân_dân các huyện "
                     "triển_khai xây_dựng kế_hoạch phát_triển kinh_tế - xã_hội , báo_cáo kết_quả thực_hiện ")


@pytest.mark.parametrize("text, expected", [
    # a letter put through a word segmenter: its joins are the spaces they stand for, and the
    # space it put before a mark goes after it
    (_SEGMENTED_LETTER * 3, _SEGMENTED_LETTER.replace("_", " ").replace(" , ", ",  ") * 3),
    (_SEGMENTED_LETTER * 3 + "1 . Tăng_cường ; xong .", _SEGMENTED_LETTER.replace("_", " ").replace(" , ", ",  ") * 3
     + "1.  Tăng cường;  xong. "),
    # must not: a few joins are a code's or a field's own ("MA_LYDO_VVIEN", "so_hieu")
    ("ghi vào Trường số 16 (MA_LYDO_VVIEN), cột so_hieu và ten_don_vi của Bảng 1",
     "ghi vào Trường số 16 (MA_LYDO_VVIEN), cột so_hieu và ten_don_vi của Bảng 1"),
    # ... nor many joins of a code's own, with no Vietnamese letter ("ma_the_bhyt")
    ("các trường " + ", ".join(f"ma_truong_{c}_x_y" for c in "abcdefgh") + ", don_vi_chu_tri",
     "các trường " + ", ".join(f"ma_truong_{c}_x_y" for c in "abcdefgh") + ", don_vi_chu_tri"),
    # ... nor an underscore that joins no letters, in a segmented letter ("____", "_1")
    (_SEGMENTED_LETTER * 3 + "Ký tên: ______ mã_1",
     _SEGMENTED_LETTER.replace("_", " ").replace(" , ", ",  ") * 3 + "Ký tên: ______ mã_1"),
    # must not: a mark after a space in a letter that is not segmented
    ("Sở Y tế , Sở Tài chính", "Sở Y tế , Sở Tài chính"),
])
def test_a_segmenters_joins_are_spaces(text, expected):
    assert run(segmented_words, text) == expected


def test_a_segmented_letter_reads_as_the_plain_one():
    from pipeline import extract
    head = ("| ỦY BAN NHÂN DÂN TỈNH LONG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 12/CT-UBND | Long An, ngày 2 tháng 3 năm 2010 |\n\n")
    body = ("Uỷ_ban_nhân_dân tỉnh yêu_cầu các sở , ban , ngành tỉnh thực_hiện tốt các nội_dung sau : \n\n"
            "1. Sở Kế_hoạch và Đầu_tư chủ_trì , phối_hợp với Sở Tài_chính tổng_hợp kế_hoạch phát_triển "
            "kinh_tế - xã_hội , báo_cáo Uỷ_ban_nhân_dân tỉnh trước ngày 30/6/2010 . \n\n"
            "2. Các huyện , thành_phố xây_dựng kế_hoạch 5 năm của địa_phương , gửi Sở Kế_hoạch và Đầu_tư "
            "trước ngày 15/5/2010 . \n\n") * 2
    segmented = extract(head + body)
    plain = extract(head + body.replace("_", " "))
    assert len(segmented.tasks) == len(plain.tasks) == 4
    for s, p in zip(segmented.tasks, plain.tasks):
        assert [n.replace("_", " ") for n in s.lead] == p.lead
        assert [n.replace("_", " ") for n in s.support] == p.support
        assert (s.deadline and s.deadline.due) == (p.deadline and p.deadline.due)
    # the names keep the letter's own words, underscores and all
    assert segmented.tasks[0].lead == ["Sở Kế_hoạch và Đầu_tư"]


def test_every_step_but_splitting_keeps_the_length():
    text = "Uỷ ban **tỉnh** 2O2O Bộ -Tư pháp"
    for step in (unify_tones, ocr_digits, head_hyphen, markup):
        assert len(run(step, text)) == len(text)


def test_insertions_map_back_to_the_text():
    v = make_view("Bộ Tàichính năm2021 ngày 21tháng 4")
    assert v.text == "Bộ Tài chính năm 2021 ngày 21 tháng 4"
    source = "Bộ Tàichính năm2021 ngày 21tháng 4"
    for i, ch in enumerate(v.text):
        if i not in v.inserted:
            assert source[v.to_text(i)] == ch


def test_values_are_read_back_as_printed():
    source = "Giao Uỷ ban nhân dân tỉnh và Bộ Tàichính, năm2O21."
    doc = Text.from_source(source)
    assert doc.view == "Giao Ủy ban nhân dân tỉnh và Bộ Tài chính, năm 2021."
    i = doc.view.index("Ủy ban")
    assert doc.printed_value("Ủy ban nhân dân tỉnh", i, i + 20) == "Uỷ ban nhân dân tỉnh"
    j = doc.view.index("Bộ Tài")
    assert doc.printed_value("Bộ Tài chính", j, j + 12) == "Bộ Tàichính"
    span = doc.span(j, j + 12)
    assert source[span.start:span.end] == "Bộ Tàichính"
