"""A doubtful word read a second time on its own (ocr_reread.py), without tesseract."""
import pytest
from PIL import Image

from pipeline.readers.ocr_reread import Cut, better, crop, readings, stack


@pytest.mark.parametrize("first, first_conf, second, second_conf, taken", [
    ("hố", 26.0, "phố", 68.0, True),          # a letter the line reading dropped
    ("ương", 30.0, "trương", 90.0, True),     # two letters
    ("Bo", 35.0, "Bộ", 80.0, False),          # another mark: a different letter, not an added one
    ("tiêu", 19.0, "tiều", 81.0, False),      # a mark changed
    ("hố", 26.0, "phố", 20.0, False),         # not surer
    ("KCB'", 47.0, "KCB-", 15.0, False),      # a sign changed
    ("ngày", 40.0, "ngày.", 90.0, False),     # a sign added: only letters are
    ("an", 30.0, "khang", 90.0, False),       # too many letters added
    ("phố", 40.0, "phố", 90.0, False),        # the same
    ("thành", 45.0, "", 0.0, False),          # read as nothing
    ("các", 40.0, "cá", 90.0, False),         # a letter lost
    ("CN", 29.0, "CNTT", 90.0, True),         # letters added to an abbreviation
    # a letter added beside the same letter: the cut read twice over
    ("SAN", 37.0, "SẠAN", 41.0, False),
    ("TGD", 45.0, "TGDĐ", 52.0, False),
    ("TGD", 45.0, "TGD\u00d0", 52.0, False),   # the eth tesseract reads for Đ
    ("TU", 20.0, "TTU", 87.0, False),
    # a word with a digit is a code or a number: never read again
    ("4736/BVN", 25.0, "4736/BNVN", 68.0, False),
    ("hố", 60.0, "phố", 90.0, False),         # not doubtful in the first place
])
def test_a_second_reading_is_taken_only_when_it_adds_letters_and_is_surer(first, first_conf, second,
                                                                        second_conf, taken):
    assert better(first, first_conf, second, second_conf) is taken


def test_cuts_are_stacked_one_under_another():
    sheet, cuts = stack([Image.new("L", (80, 40), 0), Image.new("L", (120, 30), 0)])
    assert [(c.top, c.bottom) for c in cuts] == [(30, 70), (100, 130)]
    assert sheet.size == (120 + 60, 30 + 40 + 30 + 30 + 30)
    assert sheet.getpixel((10, 10)) == 255 and sheet.getpixel((35, 50)) == 0


def _tsv(rows) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    return "\n".join([head] + [f"5\t1\t1\t1\t1\t1\t30\t{top}\t60\t{h}\t{conf}\t{text}"
                               for top, h, conf, text in rows])


def test_each_cut_gets_the_words_read_inside_it():
    cuts = [Cut(30, 70), Cut(100, 130), Cut(160, 200)]
    tsv = _tsv([(32, 36, 68.3, "phố"), (100, 28, 80.0, "ph"), (102, 26, 60.0, "ố"),
                (140, 6, 90.0, "-")])             # between two cuts: nobody's
    assert readings(tsv, cuts) == [("phố", 68.3), ("phố", 60.0), ("", 0.0)]


@pytest.mark.parametrize("box, size", [
    ((100, 100, 180, 140), (86, 68)),      # the word, 3 px either side, 0.35 of its height above and below
    ((0, 2, 60, 42), (63, 56)),            # at the page's corner: cut at the page's edge
])
def test_a_word_is_cut_with_room_for_its_marks_and_never_beyond_the_page(box, size):
    cut = crop(Image.new("L", (400, 300), 255), box)
    assert cut.size == size
    assert cut.getextrema() == (255, 255)     # nothing black from beyond the page
