"""A doubtful tone mark settled by the document's own surer readings (ocr_vote.py)."""
import pytest

from pipeline.readers.ocr_vote import Reading, settle


def sure(text: str) -> Reading:
    """A word tesseract read with no likely alternative for any letter."""
    return Reading(text, tuple(((ch, 95.0),) for ch in text))


def doubtful(text: str, at: int, alternative: str, conf: float = 60.0) -> Reading:
    """A word whose letter `at` tesseract also thought might be `alternative`."""
    choices = [((ch, 95.0),) for ch in text]
    choices[at] = ((text[at], 90.0), (alternative, conf))
    return Reading(text, tuple(choices))


def words(*readings):
    return list(readings)


@pytest.mark.parametrize("document, index, read", [
    # "Tố chức" with "ổ" as tesseract's second choice; "tổ chức" read surely twice elsewhere
    (words(doubtful("Tố", 1, "ổ"), sure("chức"), sure("và"), sure("tổ"), sure("chức"), sure("các"),
           sure("tổ"), sure("chức")), 0, "Tổ"),
    # the neighbour on the left says so too ("bảo hiếm" -> "bảo hiểm"), here against a
    # reading tesseract was sure of, which counts for itself with each neighbour
    (words(sure("Bảo"), doubtful("hiếm", 2, "ể", 2.7), sure("xã"), sure("và"), sure("bảo"),
           sure("hiểm"), sure("y"), sure("tế"), sure("Bảo"), sure("hiểm"), sure("Bảo"), sure("hiểm")),
     1, "hiểm"),
    (words(sure("Bảo"), doubtful("hiếm", 2, "ể", 2.7), sure("xã"), sure("và"), sure("bảo"),
           sure("hiểm"), sure("Bảo"), sure("hiểm")), 1, "hiếm"),
    # punctuation stays where it was: "đối," -> "đổi,"
    (words(sure("sửa"), doubtful("đối,", 1, "ổ"), sure("bổ"), sure("sửa"), sure("đổi"), sure("và")), 1, "đổi,"),
    # no alternative given: the word stays as read, whatever the document says
    (words(sure("Tố"), sure("chức"), sure("tổ"), sure("chức"), sure("tổ"), sure("chức")), 0, "Tố"),
    # an alternative that is another letter, not other marks ("hố" for "phố"): never taken
    (words(doubtful("hố", 0, "p"), sure("Huế"), sure("phố"), sure("Huế")), 0, "hố"),
    # an alternative tesseract gives no weight: never taken
    (words(doubtful("Tố", 1, "ổ", 0.0), sure("chức"), sure("tổ"), sure("chức")), 0, "Tố"),
    # as often one way as the other: left as read
    (words(doubtful("tố", 1, "ổ"), sure("chức"), sure("tố"), sure("chức"), sure("tổ"), sure("chức")), 0, "tố"),
    # the other reading seen only where tesseract itself was unsure of it: no evidence
    (words(doubtful("tố", 1, "ổ"), sure("chức"), doubtful("tổ", 1, "ố"), sure("chức")), 0, "tố"),
    # a list's letter is a label, "d)" and "đ)" alike: never changed
    (words(doubtful("d)", 0, "đ"), sure("Sở"), sure("đ)"), sure("Sở"), sure("đ)"), sure("Sở")), 0, "d)"),
    # a capital is not changed to a small letter's reading
    (words(doubtful("Tố", 1, "Ổ"), sure("chức"), sure("TỔ"), sure("chức")), 0, "Tố"),
])
def test_a_doubtful_mark_follows_the_documents_sure_readings(document, index, read):
    assert settle(document)[index] == read


def test_words_without_doubt_are_left_as_read():
    document = [sure(w) for w in "Giao Sở Nội vụ chủ trì thực hiện".split()]
    assert settle(document) == [r.text for r in document]
