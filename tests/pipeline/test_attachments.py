"""The plan a decision issues is its directive part; a text only forwarded is not."""
import pytest

from pipeline.attachments import find_issued_attachment
from pipeline.extract import extract

_DECISION = ("QUYẾT ĐỊNH:\nĐiều 1. {article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
             "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n")
_PLAN = ("{junk}KẾ HOẠCH\nThực hiện công tác năm 2025\n{issued}\n"
         "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Công an tỉnh chủ trì tuyên truyền.\n")


def _find(article: str, issued: str = "", junk: str = ""):
    text = _DECISION.format(article=article) + _PLAN.format(issued=issued, junk=junk)
    closing = text.index("Nơi nhận")
    return text, find_issued_attachment(text, 0, closing)


@pytest.mark.parametrize("article, issued, junk", [
    ("Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác năm 2025.", "", ""),
    ("Phê duyệt Kế hoạch thực hiện công tác năm 2025 (kèm theo).", "", ""),
    ("Ban hành Kế hoạch (có Kế hoạch kèm theo).", "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 5/3/2025)", ""),
    # the attachment says so itself, and OCR put debris before its title
    ("Giao các sở triển khai.", "(Kèm theo Quyết định số 88/QĐ-UBND ngày 5/3/2025 của UBND tỉnh)", ": "),
])
def test_an_issued_attachment_is_found_at_its_title(article, issued, junk):
    text, found = _find(article, issued, junk)
    assert found is not None
    assert text[found.start:].startswith("KẾ HOẠCH") and found.title == "KẾ HOẠCH"


@pytest.mark.parametrize("article", [
    # only forwarded: the plan travels with the letter, it is not issued by it
    "Gửi kèm theo Kế hoạch của Bộ để các đơn vị nghiên cứu.",
    # a draft sent for comments
    "Dự thảo Kế hoạch gửi kèm, đề nghị các sở góp ý kiến.",
    # no word that the decision issues anything
    "Giao các sở triển khai.",
])
def test_a_text_not_issued_by_the_letter_is_no_attachment(article):
    assert _find(article)[1] is None


@pytest.mark.parametrize("title, found", [
    # the procedures a decision publishes are tables of reference, not a plan ...
    ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC CHĂN NUÔI", False),
    ("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ", False),
    ("DANH MỤC CÁC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA", False),
    # ... but a list of tasks or a working procedure of a body is what the decision issues
    ("DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025", True),
    ("QUY TRÌNH PHỐI HỢP GIỮA CÁC SỞ, NGÀNH TRONG CÔNG TÁC THANH TRA", True),
])
def test_published_procedures_are_no_directive_part(title, found):
    text = (_DECISION.format(article="Công bố kèm theo Quyết định này nội dung tại Phụ lục.")
            + f"PHỤ LỤC\n{title}\n(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 5/3/2025)\n"
            "1. Sở Tư pháp chủ trì rà soát.\n")
    assert (find_issued_attachment(text, 0, text.index("Nơi nhận")) is not None) is found


def test_an_attached_plan_is_the_directive_part_of_its_decision():
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKẾ HOẠCH\n\nTHỰC HIỆN CÔNG TÁC NĂM 2023\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Công an tỉnh tham mưu.\n")
    letter = extract(text)
    assert [s.label for s in letter.sections] == ["I", "II"]


def test_a_letters_own_annex_is_no_issued_text():
    # a công văn's "PHỤ LỤC ... (Kèm theo Công văn số ...)" stands beside its body
    text = ("Kính gửi: Các đơn vị thuộc Bộ\n\nBộ yêu cầu:\n1. Vụ Pháp chế\n- Rà soát văn bản.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nPHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n"
            "(Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ)\n1. Xây dựng cơ sở dữ liệu.\n")
    assert find_issued_attachment(text, 0, text.index("Nơi nhận")) is None
    # ... but one a decision's body issues is
    issued = text.replace("Bộ yêu cầu:", "Ban hành kèm theo Quyết định này Danh mục nhiệm vụ.")
    assert find_issued_attachment(issued, 0, issued.index("Nơi nhận")) is not None
