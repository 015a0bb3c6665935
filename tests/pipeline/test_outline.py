import pytest

from pipeline.layout import paragraphs
from pipeline.outline import build_outline, formulas_end, is_closing


@pytest.mark.parametrize("text, closing", [
    ("Yêu cầu Thủ trưởng các Sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện./.", True),
    ("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương khẩn trương triển khai thực hiện./.", True),
    ("Thông báo để các cơ quan, đơn vị biết và thực hiện./.", True),
    ("Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch UBND các xã triển khai thực hiện nghiêm túc "
     "Chỉ thị này./.", True),
    ("Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế để được hướng dẫn./.", True),
    ("Trong quá trình triển khai công tác kiểm tra chuyên ngành, nếu có phát sinh vướng mắc "
     "đề nghị phản ánh về Cục Hải quan.", True),
    ("Khi có phát sinh khó khăn, các đơn vị báo cáo về Văn phòng.", True),
    ("Mọi ý kiến thắc mắc xin liên hệ Cục Thanh tra - Kiểm tra Thuế.", True),
    # an order of its own stays in the directive part
    ("Yêu cầu Thủ trưởng các cơ quan khẩn trương tổ chức thực hiện và báo cáo kết quả về UBND "
     "Thành phố trước ngày 20/12/2025./.", False),
    ("Tổng cục Thuế đề nghị Cục Thuế báo cáo kết quả trước ngày 05/12/2022.", False),
    ("Chủ tịch UBND Thành phố đề nghị các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện "
     "đầy đủ các nội dung chỉ đạo nêu trên theo thẩm quyền. Trường hợp có khó khăn, vướng mắc, đề nghị "
     "các cơ quan, đơn vị báo cáo gửi Sở Xây dựng để tổng hợp./.", True),
    # ... an order of its own before the difficulties formula is none
    ("Đề nghị các đơn vị báo cáo kết quả trước ngày 15/12/2025. Trường hợp có vướng mắc, báo cáo "
     "Sở Xây dựng./.", False),
    # an order opening with "Trong quá trình ..." and no difficulties clause
    ("Trong quá trình thực hiện dự án, Sở Xây dựng kiểm tra chất lượng công trình.", False),
    ("Sở Tài chính rà soát nguồn vốn. Trong quá trình thẩm định, nếu có vướng mắc báo cáo UBND tỉnh.",
     False),
    # a reporting rule in a sentence of its own among the formulas is an order
    ("Trên đây là Kế hoạch chuyển đổi số của tỉnh. Đề nghị các sở, ngành nghiêm túc triển khai thực hiện. "
     "Định kỳ hằng quý báo cáo kết quả về Sở Nội vụ để tổng hợp./.", False),
    ("Trên đây là Kế hoạch chuyển đổi số của tỉnh. Đề nghị các sở, ngành nghiêm túc triển khai thực hiện./.",
     True),
    # ... past an abbreviation's full stop
    ("Trên đây là Kế hoạch của UBND TP. Hồ Chí Minh. Đề nghị các sở nghiêm túc triển khai thực hiện. "
     "Định kỳ hằng năm báo cáo kết quả về Sở Nội vụ./.", False),
    # ... not what the issuer says it will do, nor the difficulties formula, however often it asks to write
    ("Trên đây là Báo cáo tình hình của Sở Y tế. Định kỳ hằng quý, Sở Y tế sẽ tiếp tục báo cáo UBND tỉnh./.", True),
    ("Trên đây là Kế hoạch chuyển đổi số của tỉnh. Trong quá trình thực hiện, nếu có vướng mắc, định kỳ "
     "hằng tháng báo cáo về Sở Nội vụ./.", True),
    # the call and the difficulties formula in one sentence, a semicolon between
    ("Sở Xây dựng yêu cầu Công ty Cổ phần ABC nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn "
     "vướng mắc kịp thời phản ánh về Sở Xây dựng để được hướng dẫn./.", True),
    # a request's courtesy close
    ("Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Công Thương quan tâm, sớm xem xét, chỉ đạo giải quyết./.", True),
    ("Kính đề nghị quý Bộ quan tâm, giúp đỡ./.", True),
    # ... not a request to act, with what and by when, nor a close after an order of its own
    ("Đề nghị Sở Tài chính quan tâm bố trí kinh phí trước ngày 30/6/2026./.", False),
    ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát nhu cầu vốn. Đề nghị Bộ Tài chính quan tâm, "
     "hỗ trợ./.", False),
    ("Giao Sở Tài chính tham mưu UBND tỉnh văn bản đề nghị Bộ Tài chính quan tâm, hỗ trợ./.", False),
    # ... and a call whose addressees a semicolon parts, then the formula
    ("Đề nghị các sở, ban, ngành; UBND các xã, phường triển khai thực hiện nghiêm túc. Trong quá trình "
     "triển khai thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo Ban Chỉ đạo tỉnh./.", True),
    # ... but not an order of its own beside either
    ("Sở Xây dựng yêu cầu Công ty Cổ phần ABC nghiêm túc thực hiện; báo cáo kết quả về Sở Xây dựng "
     "trước ngày 30/6/2026./.", False),
    ("Công ty ABC lập hồ sơ thiết kế; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh "
     "về Sở Xây dựng./.", False),
    # ... nor where the formula gives a body a date
    ("Yêu cầu các đơn vị nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc, Sở Tài chính "
     "tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026./.", False),
])
def test_closing_formulas(text, closing):
    (p,) = paragraphs(text)
    assert is_closing(p) is closing


@pytest.mark.parametrize("text, rest", [
    ("Trên đây là Kế hoạch của UBND TP. Hồ Chí Minh. Đề nghị các sở nghiêm túc triển khai thực hiện. "
     "Định kỳ hằng năm báo cáo kết quả về Sở Nội vụ.", "Định kỳ hằng năm"),
    # formulas alone, or no formula first: nothing to skip
    ("Trên đây là Kế hoạch của UBND tỉnh. Đề nghị các sở nghiêm túc triển khai thực hiện.", None),
    ("Định kỳ hằng năm báo cáo kết quả về Sở Nội vụ. Trên đây là Kế hoạch của UBND tỉnh.", None),
])
def test_where_the_formulas_that_open_a_closing_end(text, rest):
    at = formulas_end(text)
    assert (text[at:at + len(rest)] if at else None) == rest


def test_directive_part_starts_after_the_introducing_line():
    text = ("Thực hiện Chỉ thị số 33/CT-TTg; Chủ tịch UBND tỉnh chỉ đạo như sau:\n"
            "1. Công an tỉnh\n- Chủ trì, đôn đốc.\n4. Sở Nội vụ\n- Tham mưu.\n"
            "Yêu cầu các sở nghiêm túc thực hiện./.\n")
    outline = build_outline(paragraphs(text))
    assert [p.text[-8:] for p in outline.intro] == ["như sau:"]
    assert [s.para.marker.label for s in outline.sections] == ["1", "4"]
    assert [len(s.children) for s in outline.sections] == [1, 1]
    assert len(outline.closing) == 1


def _tree(text: str) -> list:
    """The outline as nested (label, [children]) pairs."""
    def node(item):
        label = item.label or item.marker.raw.strip()
        return (label, [node(c) for c in item.children]) if item.children else label
    return [node(s) for s in build_outline(paragraphs(text)).sections]


@pytest.mark.parametrize("text, tree", [
    # roman > arabic > letter > dash: each family nests in the one above it
    ("Chỉ đạo như sau:\nI. NHIỆM VỤ\n1. Sở Y tế.\na) Khám bệnh.\n- Báo cáo.\nb) Tiêm.\n"
     "2. Sở Tài chính.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ.\n",
     [("I", [("1", [("a", ["-"]), "b"]), "2"]), ("II", ["1"])]),
    # a letter family restarts under each new arabic item
    ("Chỉ đạo như sau:\n1. Sở Y tế:\na) Khám.\nb) Tiêm.\n2. Sở Tài chính:\na) Bố trí.\n",
     [("1", ["a", "b"]), ("2", ["a"])]),
    # "1. TINH THẦN CHỈ ĐẠO" repeated as the first of its own list: a restart nests
    ("Chỉ đạo như sau:\n1. NHIỆM VỤ CHUNG\n1. Quán triệt.\n2. Tuyên truyền.\n2. NHIỆM VỤ CỤ THỂ\n1. Sở Y tế.\n",
     [("1", ["1", "2"]), ("2", ["1"])]),
    # the "I." OCR read as "1." comes back when "II." follows
    ("Chỉ đạo như sau:\n1. MỤC ĐÍCH YÊU CẦU\n1. Nâng cao.\nII. NHIỆM VỤ\n1. Sở Y tế.\n",
     [("I", ["1"]), ("II", ["1"])]),
    # a sequence seen from its middle: "II." after "3." closes the arabic list
    ("Chỉ đạo như sau:\n3. Sở Y tế.\n4. Sở Tài chính.\nII. TỔ CHỨC\n1. Sở Nội vụ.\n",
     ["3", "4", ("II", ["1"])]),
    # "1.1." belongs to the open "1." even after a bullet of its own (an OCR'd stray line)
    ("Chỉ đạo như sau:\n1. Tăng cường quản lý:\n- các ngành nghề mới.\n1.1. Về đất đai:\nKiểm tra.\n"
     "1.2. Về khoáng sản:\n- Rà soát.\n- Kiểm soát.\n1.3. Về môi trường:\n- Quản lý.\n2. Đôn đốc.\n",
     [("1", ["-", "1.1", ("1.2", ["-", "-"]), ("1.3", ["-"])]), "2"]),
    # ... and "1.2.1." to the open "1.2."
    ("Chỉ đạo như sau:\n1. Nhiệm vụ:\n1.1. Về đất đai:\n- Kiểm tra.\n1.1.1. Rà soát.\n",
     [("1", [("1.1", ["-", "1.1.1"])])]),
])
def test_items_nest_by_the_sequence_their_marker_continues(text, tree):
    assert _tree(text) == tree


@pytest.mark.parametrize("text, tree", [
    # a dash list is not closed by a plain paragraph; "2." is still a sibling of "1."
    ("Chỉ đạo như sau:\n1. Sở Y tế:\n- Khám.\n- Tiêm.\n2. Sở Tài chính.\n", [("1", ["-", "-"]), "2"]),
    # numbers that are no markers: a date or amount opening a line stays in its paragraph
    ("Chỉ đạo như sau:\n1. Sở Y tế báo cáo trước ngày\n15/12/2025.\n2. Sở Tài chính.\n", ["1", "2"]),
])
def test_what_must_not_open_or_close_an_item(text, tree):
    assert _tree(text) == tree


def test_a_bullet_that_ends_with_a_colon_keeps_the_paragraphs_it_announces():
    outline = build_outline(paragraphs(
        "Kết luận như sau:\n1. Bộ Tài chính hoàn thiện Đề án, chú ý một số nội dung sau:\n"
        "- Về thí điểm sàn giao dịch:\nBộ Tài chính nghiên cứu quy định hiện hành.\n"
        "Bộ Tư pháp thẩm định dự thảo.\n- Về phân công nhiệm vụ.\nBộ Công Thương có ý kiến.\n"
        "2. Bộ Xây dựng rà soát.\n"))
    first, second = outline.sections[0].children
    assert [p.text for p in first.body] == ["Bộ Tài chính nghiên cứu quy định hiện hành.",
                                             "Bộ Tư pháp thẩm định dự thảo."]
    # ... the last bullet too
    last = build_outline(paragraphs("Kết luận như sau:\n1. Các Bộ chuẩn bị ứng phó bão:\n- Bộ Công Thương:\n"
                                    "Chỉ đạo bảo đảm an toàn hệ thống điện.\n- Bộ Y tế:\n"
                                    "Chỉ đạo các cơ sở khám bệnh chuẩn bị thuốc.\n"))
    assert [p.text for p in last.sections[0].children[-1].body] == ["Chỉ đạo các cơ sở khám bệnh chuẩn bị thuốc."]
    # must not: after a bullet that ends its sentence, a paragraph is the item's above
    assert second.body == [] and [p.text for p in outline.sections[0].body] == ["Bộ Công Thương có ý kiến."]


def test_a_closing_like_line_mid_letter_does_not_end_the_directive_part():
    text = ("Chủ tịch UBND tỉnh chỉ đạo như sau:\n1. Sở Nội vụ tham mưu bố trí biên chế.\n\n"
            "Nếu có khó khăn, vướng mắc, báo cáo UBND tỉnh.\n\n2. Sở Tài chính bố trí kinh phí.\n\n"
            "Yêu cầu các sở nghiêm túc thực hiện./.\n")
    outline = build_outline(paragraphs(text))
    assert [s.para.marker.label for s in outline.sections] == ["1", "2"]
    assert [p.text[:6] for p in outline.closing] == ["Yêu cầ"]
