import pytest

from pipeline.layout import paragraphs
from pipeline.outline import build_outline, is_closing


@pytest.mark.parametrize("text, closing", [
    ("Yêu cầu Thủ trưởng các Sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện./.", True),
    ("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương khẩn trương triển khai thực hiện./.", True),
    ("Thông báo để các cơ quan, đơn vị biết và thực hiện./.", True),
    ("Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế để được hướng dẫn./.", True),
    ("Mọi ý kiến thắc mắc xin liên hệ Cục Thanh tra - Kiểm tra Thuế.", True),
    # an order of its own stays in the directive part
    ("Yêu cầu Thủ trưởng các cơ quan khẩn trương tổ chức thực hiện và báo cáo kết quả về UBND "
     "Thành phố trước ngày 20/12/2025./.", False),
    ("Tổng cục Thuế đề nghị Cục Thuế báo cáo kết quả trước ngày 05/12/2022.", False),
])
def test_closing_formulas(text, closing):
    (p,) = paragraphs(text)
    assert is_closing(p) is closing


def test_directive_part_starts_after_the_introducing_line():
    text = ("Thực hiện Chỉ thị số 33/CT-TTg; Chủ tịch UBND tỉnh chỉ đạo như sau:\n"
            "1. Công an tỉnh\n- Chủ trì, đôn đốc.\n4. Sở Nội vụ\n- Tham mưu.\n"
            "Yêu cầu các sở nghiêm túc thực hiện./.\n")
    outline = build_outline(paragraphs(text))
    assert [p.text[-8:] for p in outline.intro] == ["như sau:"]
    assert [s.para.marker.label for s in outline.sections] == ["1", "4"]
    assert [len(s.children) for s in outline.sections] == [1, 1]
    assert len(outline.closing) == 1


def test_an_attached_plan_is_the_directive_part_of_its_decision():
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKẾ HOẠCH\n\nTHỰC HIỆN CÔNG TÁC NĂM 2023\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Công an tỉnh tham mưu.\n")
    outline = build_outline(paragraphs(text))
    assert [s.para.marker.label for s in outline.sections] == ["I", "II"]


def test_a_closing_like_line_mid_letter_does_not_end_the_directive_part():
    text = ("Chủ tịch UBND tỉnh chỉ đạo như sau:\n1. Sở Nội vụ tham mưu bố trí biên chế.\n\n"
            "Nếu có khó khăn, vướng mắc, báo cáo UBND tỉnh.\n\n2. Sở Tài chính bố trí kinh phí.\n\n"
            "Yêu cầu các sở nghiêm túc thực hiện./.\n")
    outline = build_outline(paragraphs(text))
    assert [s.para.marker.label for s in outline.sections] == ["1", "2"]
    assert [p.text[:6] for p in outline.closing] == ["Yêu cầ"]
