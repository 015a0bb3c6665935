"""The hook above that OCR reads as an acute or a tilde, put back by the word list
(pipeline.readers.ocr_tones), by invented phrasings."""
import pytest

from pipeline.readers.ocr_tones import repair_tones


@pytest.mark.parametrize("read, repaired", [
    ("Tố chức hội nghị sơ kết", "Tổ chức hội nghị sơ kết"),
    ("Tõ chức hội nghị", "Tổ chức hội nghị"),
    ("tống hợp kết quả, báo cáo", "tổng hợp kết quả, báo cáo"),
    ("Sở Văn hóa, Thế thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("sửa đối, bổ sung quy chế", "sửa đổi, bổ sung quy chế"),
    ("thực hiện cụ thế như sau", "thực hiện cụ thể như sau"),
])
def test_a_hook_read_as_another_tone_is_put_back(read, repaired):
    text, changed = repair_tones(read)
    assert text == repaired and changed


@pytest.mark.parametrize("text", [
    # words as read: each makes a word with a neighbour
    "đối với các xã; tố cáo vi phạm; chia sẻ dữ liệu",
    # common words whose hooked form is a word too
    "Tổng số thu nộp ngân sách; tháng đầu quý kế tiếp; trên só thu bình quân; trên Báo đài",
    # the neighbour the hooked form would pair with is in a word of its own
    "Nghiêm cấm bán đồ uống có cồn",
    # common words whose hooked form is a word too, where the word list has gaps
    "được tính thành tiền; Không được bán chất cấm; cách tính giảm trừ; Kiểm tra giá thiết bị",
    # capitals are a heading's or an acronym's: left as read
    "TỐ CHỨC THỰC HIỆN",
    # no word either way: as read
    "Tố Hữu",
])
def test_words_that_read_right_are_left(text):
    assert repair_tones(text) == (text, [])


def test_an_ocr_page_gets_both_repairs_and_says_what_changed():
    from pipeline.readers.pdf import _repair_ocr_tones

    pages = ["Kính gửi: Uý ban nhân dân tỉnh A.\n\nTố chức hội nghị.", "Tố chức"]
    changed = _repair_ocr_tones(pages, [0])
    assert pages == ["Kính gửi: Ủy ban nhân dân tỉnh A.\n\nTổ chức hội nghị.", "Tố chức"]    # (page 2 has a text layer)
    assert ("Uý", "Ủy") in changed and ("Tố", "Tổ") in changed
