"""Whole-letter regressions for phrasings met outside corpus/, written as short letters."""
import pytest

from pipeline import extract

HEAD = ("| BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 2214/BXD-QLN V/v: Hỗ trợ nhà ở. | Hà Nội, ngày 23 tháng 10 năm 2013 |\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n")


def test_a_paragraph_that_recounts_is_not_a_task_but_a_request_is():
    letter = extract(
        HEAD + "Ngày 01/7/2013, Bộ Xây dựng ban hành Thông tư số 09/2013/TT-BXD gửi về Bộ Tài chính "
        "trước ngày 31/8/2013.\n\nBộ Xây dựng đề nghị Bộ Tài chính, Bộ Kế hoạch và Đầu tư bố trí vốn "
        "để kịp thời triển khai./.\n")
    assert [t.lead for t in letter.tasks] == [["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]]
    assert letter.tasks[0].section is None


def test_the_closing_about_difficulties_is_not_a_task():
    letter = extract(
        HEAD + "Bộ yêu cầu các địa phương thực hiện như sau:\n\n1. Rà soát hồ sơ còn tồn.\n\n"
        "Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh kịp thời về Bộ Xây dựng./.\n")
    assert [t.text for t in letter.tasks] == ["Rà soát hồ sơ còn tồn."]
    # "các địa phương" re-mentions the addressee: the lead is as Kính gửi names it
    assert letter.tasks[0].lead == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_items_under_an_assigning_item_are_its_orders_and_partners_are_not_leads():
    letter = extract(
        HEAD + "Bộ yêu cầu các địa phương thực hiện như sau:\n\n"
        "1. Ủy ban nhân dân các tỉnh chỉ đạo Sở Xây dựng phối hợp với các cơ quan chức năng: "
        "Sở Y tế, Sở Tài chính, Hội Cựu chiến binh thực hiện các nội dung sau:\n\n"
        "1.1. Tiến hành xem xét lại từng hồ sơ.\n\n"
        "1.2. Sau khi kiểm tra, đối với hồ sơ đủ điều kiện thì giới thiệu đối tượng đi giám định.\n")
    assert [t.text[:15] for t in letter.tasks] == ["Tiến hành xem x", "Sau khi kiểm tr"]
    for t in letter.tasks:     # a shorter form of the addressee is the addressee
        assert t.lead == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
        assert "Sở Y tế" in t.support and "Hội Cựu chiến binh" not in t.lead
    assert letter.sections[0].agencies == ["Ủy ban nhân dân các tỉnh"]


def test_a_name_broken_at_its_dash_is_not_a_bullet():
    letter = extract(
        HEAD + "Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n1. Giao Sở Lao động\n"
        "- Thương binh và Xã hội chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai.\n")
    (task,) = letter.tasks
    assert task.lead == ["Sở Lao động - Thương binh và Xã hội"]
    assert task.support == ["các cơ quan liên quan"]


def test_formal_articles_of_a_decision_are_not_tasks():
    letter = extract(
        HEAD + "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.\n\n"
        "Điều 2. Giao Sở Xây dựng chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện.\n\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [t.section for t in letter.tasks] == ["2"]
    assert letter.tasks[0].lead == ["Sở Xây dựng"]


@pytest.mark.parametrize("article, tasks", [
    # an order of its own under the article that says when the decision takes effect ...
    ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
     "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tài chính thiết lập quy trình điện tử.",
     [("Giao Văn phòng UBND", ["Văn phòng UBND tỉnh"])]),
    # ... or the time an order holds for, not the decision's own entry into force
    ("Điều 2. Hiệu lực thi hành\n\n1. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
     "2. Trong thời gian Quyết định này có hiệu lực thi hành, nếu có quy định mới thì Giám đốc Sở "
     "Xây dựng có trách nhiệm chủ trì, phối hợp các cơ quan liên quan tham mưu sửa đổi cho phù hợp.",
     [("Trong thời gian Quy", ["Sở Xây dựng"])]),
    # ... or a body named first with its own order
    ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
     "Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện.", [("Sở Tài chính có", ["Sở Tài chính"])]),
    # must not: what the article states, and a sentence that only says what it replaces
    ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
     "Quyết định này thay thế Quyết định số 5/2020/QĐ-UBND của UBND tỉnh.", []),
    # ... what was done or assigned before, recounted
    ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01/4/2026.\n\n"
     "Các hồ sơ đã được Sở Xây dựng chủ trì thẩm định trước ngày Quyết định này có hiệu lực thì "
     "tiếp tục thực hiện theo quy định cũ.", []),
    ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
     "Việc giao Sở Nội vụ chủ trì theo dõi tại Quyết định số 5/2020/QĐ-UBND chấm dứt kể từ ngày "
     "Quyết định này có hiệu lực.", []),
    # ... and the wait for the decision to take effect
    ("Điều 2. Trong thời gian chờ Quyết định này có hiệu lực thi hành, các cơ quan, đơn vị tiếp tục "
     "áp dụng Quyết định số 5/2020/QĐ-UBND.", []),
    ("Điều 2. Hiệu lực thi hành\n\n1. Quyết định này có hiệu lực thi hành kể từ ngày 01/01/2026.\n\n"
     "2. Quyết định số 5/2020/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.", []),
])
def test_an_order_under_a_decisions_formal_article_is_a_task(article, tasks):
    letter = extract(
        HEAD + "QUYẾT ĐỊNH:\n\nĐiều 1. Bãi bỏ Quyết định số 5/2020/QĐ-UBND.\n\n" + article + "\n\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [(t.text[:len(w)], t.lead) for t, (w, _) in zip(letter.tasks, tasks)] == tasks
    assert len(letter.tasks) == len(tasks)


@pytest.mark.parametrize("closing, tasks", [
    # a closing call on many bodies after the last heading's body is a task of its own
    ("Yêu cầu Văn phòng UBND tỉnh, Công an tỉnh, Sở Khoa học và Công nghệ và các đơn vị liên quan "
     "khẩn trương triển khai thực hiện, báo cáo UBND tỉnh trước ngày 23/5/2026./.", 3),
    # ... written one paragraph a line, too
    ("Yêu cầu Văn phòng UBND tỉnh, Công an tỉnh, Sở Khoa học và Công nghệ và các đơn vị liên quan "
     "khẩn trương triển khai, chấn chỉnh tình trạng treo hồ sơ. Kết quả báo cáo UBND tỉnh trước ngày 23/5/2026./.", 3),
    # must not: an exhortation to everyone with no action of its own
    ("Yêu cầu Văn phòng UBND tỉnh, Công an tỉnh, Sở Khoa học và Công nghệ và các đơn vị liên quan "
     "khẩn trương triển khai thực hiện./.", 2),
])
def test_a_closing_call_after_a_headings_body(closing, tasks):
    letter = extract(
        HEAD + "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n1. Công an tỉnh\n"
        "Rà soát toàn bộ hồ sơ cấp Phiếu lý lịch tư pháp đã tiếp nhận.\n2. Sở Khoa học và Công nghệ\n"
        "Hỗ trợ kỹ thuật, xử lý các lỗi đường truyền, đồng bộ dữ liệu.\n" + closing + "\n")
    assert len(letter.tasks) == tasks
    if tasks == 3:
        assert letter.tasks[2].text.startswith("Yêu cầu Văn phòng")
        assert len(letter.tasks[2].lead) == 4 and letter.tasks[1].lead == ["Sở Khoa học và Công nghệ"]


def test_a_plan_approved_inline_gives_each_body_its_order():
    letter = extract(
        HEAD + "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Kế hoạch tổ chức Ngày hội văn hóa năm 2026 với các nội dung "
        "chủ yếu sau:\n\na) Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với UBND các xã tổ chức Ngày hội.\n\n"
        "b) Sở Tài chính bố trí kinh phí thực hiện.\n\nc) Thời gian tổ chức: tháng 9/2026.\n\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [(t.section, t.lead) for t in letter.tasks] == [
        ("1", ["Sở Văn hóa, Thể thao và Du lịch"]), ("1", ["Sở Tài chính"])]


@pytest.mark.parametrize("heading, tasks", [
    # the parts of a regulation that say whom it binds and what it delegates: no orders
    ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", 0),
    ("Điều 1. Đối tượng áp dụng", 0),
    ("Điều 1. Phạm vi điều chỉnh.", 0),
    ("Điều 1. Nội dung phân cấp", 0),
    # must not: a heading that only starts like one, or names other work
    ("Điều 1. Phạm vi thực hiện kiểm tra", 2),
    ("Điều 1. Đối tượng kiểm tra và trách nhiệm các cơ quan", 2),
])
def test_the_scope_parts_of_a_regulation_are_no_orders(heading, tasks):
    letter = extract(
        HEAD + "QUYẾT ĐỊNH:\n\n" + heading + "\n\n"
        "a) Ủy ban nhân dân các xã, phường tổ chức thực hiện tuyển dụng viên chức;\n\n"
        "b) Các đơn vị sự nghiệp công lập thuộc UBND cấp xã rà soát vị trí việc làm.\n\n"
        "Điều 2. Giao Sở Nội vụ chủ trì hướng dẫn, kiểm tra việc thực hiện Quyết định này.\n\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n")
    assert len([t for t in letter.tasks if t.section == "1"]) == tasks
    assert [t.lead for t in letter.tasks if t.section == "2"] == [["Sở Nội vụ"]]


def test_the_requester_is_not_the_lead_and_honorifics_are_skipped():
    letter = extract(
        HEAD + "Để bảo đảm hoạt động đúng quy định, Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố "
        "tiếp tục chỉ đạo thực hiện một số nội dung sau:\n"
        "1. Đầu tư, nâng cấp cơ sở hạ tầng đối với cơ sở khám bệnh, chữa bệnh.\n"
        "2. Chỉ đạo Sở Y tế thực hiện nghiêm túc Công văn số 6087/BYT-KCB ngày 27/9/2013.\n"
        "Trân trọng cảm ơn./.\n")
    # the title is no part of the name (ANNOTATION.md: "Chủ tịch UBND các huyện" → "UBND các huyện"),
    # and one province's committee named by its level, in a letter to them all, is the addressee
    # as Kính gửi names it (a re-mention)
    assert [t.lead for t in letter.tasks] == [["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]] * 2


def test_guidance_that_states_duties_of_people_assigns_no_task():
    letter = extract(
        HEAD + "Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019, Bộ có ý kiến như sau:\n"
        "1. Về chấp thuận các hợp đồng.\nHợp đồng này phải được Hội đồng quản trị chấp thuận.\n"
        "2. Về địa vị pháp lý của người đại diện phần vốn.\n"
        "Theo các quy định nói trên, người đại diện phần vốn có trách nhiệm thực hiện các quyền "
        "và nghĩa vụ được ủy quyền một cách trung thực.\n")
    assert letter.tasks == []
    assert [c.ref for c in letter.citations] == ["615/KVN-PC"]


def test_ocr_cong_dien_with_headings_that_carry_roles_without_a_colon():
    letter = extract(
        "THỦ TƯỚNG CHÍNH PHU . CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 19 /CD-TTg Ha Nội, ngày AS thang 11 năm 2024\n\nCONG ĐIỆN\n"
        "Về việc tiếp tục đẩy mạnh quản lý thương mại điện tử\n\n"
        "Để tiếp tục nâng cao hiệu quả quản lý, Thủ tướng Chính phủ yêu câu:\n\n"
        "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
        "a) Tiếp tục rà soát Luật thương mại.\n\nb) Chủ động xây dựng chính sách quản lý.\n\n"
        "2. Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh theo chức năng, "
        "nhiệm vụ được giao tiếp tục triển khai quyết liệt các nhiệm vụ được giao.\n")
    assert letter.document.doc_type == "công điện" and letter.document.date is None
    assert [t.lead for t in letter.tasks] == [["Bộ Công Thương"], ["Bộ Công Thương"],
                                               ["Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                                "Ủy ban nhân dân các tỉnh"]]
    assert letter.tasks[0].support == ["các bộ, cơ quan liên quan"]


def test_a_cong_dien_to_the_secretaries_and_chairmen_of_listed_provinces():
    letter = extract(
        "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 98/CĐ-TTg\nHà Nội, ngày 05 tháng 9 năm 2025\n\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
        "- Đồng chí Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk;\n"
        "- Bộ trưởng các Bộ: Quốc phòng, Công an;\n- Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam.\n\n"
        "Để khắc phục nhanh hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Đồng chí Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh nêu trên tiếp tục chỉ đạo "
        "khắc phục hậu quả mưa lũ.\n\n"
        "2. Đồng chí Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Gia Lai trực tiếp chỉ đạo tìm kiếm "
        "người mất tích.\n\n"
        "3. Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị quân đội hỗ trợ địa phương.\n\n"
        "4. Đài Truyền hình Việt Nam tăng cường thông tin về mưa lũ./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    provinces = ["Tỉnh ủy Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai", "Tỉnh ủy Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk"]
    # the Kính gửi list's item is each province's Party committee and People's Committee, the
    # titles aside; the item that re-mentions them names them all, the one of a province its two
    assert sorted(letter.tasks[0].lead) == sorted(provinces)
    assert sorted(letter.tasks[1].lead) == ["Tỉnh ủy Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai"]
    assert letter.tasks[2].lead == ["Bộ Quốc phòng"]
    # an addressee item that lists bodies the gazetteer knows is each of them
    assert letter.tasks[3].lead == ["Đài Truyền hình Việt Nam"]


def test_a_cong_dien_item_to_some_of_the_provinces_addressed_keeps_its_collectives():
    letter = extract(
        "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Đồng chí Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố: Gia Lai, Huế, Đắk Lắk;\n- Bộ trưởng các Bộ: Quốc phòng, Công an.\n\n"
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ trưởng các Bộ: Quốc phòng, Công an; Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố nêu trên theo chức năng, nhiệm vụ, thẩm quyền:\n\na) Chủ động chỉ đạo ứng phó mưa lũ.\n\n"
        "2. Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo có mưa lớn "
        "tập trung lãnh đạo, chỉ đạo các nhiệm vụ sau:\n\na) Sơ tán người dân khỏi khu vực nguy hiểm.\n")
    first, second = letter.tasks
    # the items' own subjects, the named list re-mentioned as each province's two bodies ...
    assert sorted(first.lead) == sorted(["Bộ Quốc phòng", "Bộ Công an", "Tỉnh ủy Gia Lai", "Thành ủy Huế",
                                         "Tỉnh ủy Đắk Lắk", "Ủy ban nhân dân tỉnh Gia Lai",
                                         "Ủy ban nhân dân thành phố Huế", "Ủy ban nhân dân tỉnh Đắk Lắk"])
    # ... and some of them, by where they are, as the collectives the item names
    assert second.lead == ["tỉnh ủy, thành ủy", "Ủy ban nhân dân các tỉnh, thành phố"]


def test_a_request_heading_over_its_body_is_a_label_and_a_name_cut_by_the_line_is_not():
    letter = extract(
        HEAD + "Bộ Xây dựng đề nghị:\n\n"
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\nPhối hợp tuyên truyền, vận động Nhân dân.\n\n"
        "2. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt\nNam tiếp tục vận động ủng hộ nhân dân vùng lũ.\n")
    assert [t.text[:24] for t in letter.tasks] == ["Phối hợp tuyên truyền, v", "Đề nghị Ủy ban Trung ươn"]
    assert letter.tasks[0].lead == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    assert letter.tasks[1].lead == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_what_was_assigned_before_is_not_an_order_and_past_sending_is_no_report():
    letter = extract(
        HEAD + "Bộ yêu cầu các địa phương thực hiện như sau:\n\n"
        "1. Sở Tài chính: Căn cứ dự toán do Công an tỉnh lập, thực hiện thẩm định, cấp phát kinh phí "
        "từ nguồn kinh phí đã giao cho Công an tỉnh tại Quyết định số 2566/QĐ-UBND ngày 08/12/2022.\n\n"
        "2. Tiếp tục rà soát theo danh sách Bộ Xây dựng đã gửi cho các Sở Xây dựng.\n")
    first, second = letter.tasks
    assert first.lead == ["Sở Tài chính"]
    assert second.report_to == []


def test_impossible_date_parts_are_unreadable_with_a_warning():
    letter = extract("Số: 4489 /TCT-TTKT Hà Nội, ngày ñ| tháng 42 năm 2022\n\nKính gửi: Sở Nội vụ.\n")
    assert letter.document.date is None
    assert letter.document.date_parts.month is None
    assert "bad_date" in {w.code for w in letter.warnings}


def test_a_decision_without_attachment_assigns_in_its_articles():
    letter = extract(
        "| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |\n\nQUYẾT ĐỊNH\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Công bố Danh mục thủ tục hành chính được chuẩn hóa, cụ thể như sau:\n\n"
        "1. Danh mục TTHC được chuẩn hóa tại Phụ lục I.\n\n"
        "Điều 2. Trách nhiệm của các cơ quan, đơn vị\n\n"
        "1. Sở Lao động - Thương binh và Xã hội chịu trách nhiệm đăng tải công khai đầy đủ Danh mục.\n\n"
        "2. UBND cấp huyện\n\na) Thực hiện niêm yết công khai kịp thời Danh mục.\n\n"
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
        "Điều 4. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n")
    assert letter.document.place == "Quảng Ngãi"
    assert [s.label for s in letter.sections] == ["1", "2", "3", "4"]
    assert [(t.section, t.lead) for t in letter.tasks] == [
        ("2", ["Sở Lao động - Thương binh và Xã hội"]), ("2", ["UBND cấp huyện"])]


@pytest.mark.parametrize("article, third", [("Điều {n}.\n\n", "Điều 3.\n\n"),
                                            ("Điều {n}. ", "Điều 3. Tổ chức thực hiện\n\n")])
def test_a_resolution_s_articles_are_its_sections_even_on_lines_of_their_own(article, third):
    # ("Điều 2." over its own lead-in, which is no lead-in of the letter; "Điều 3." alone over
    # numbered items)
    a = lambda n: third if n == 3 else article.format(n=n)    # noqa: E731
    letter = extract(
        "| ỦY BAN THƯỜNG VỤ QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 12/NQ-UBTVQH15 | Hà Nội, ngày 18 tháng 5 năm 2026 |\n\nNGHỊ QUYẾT\n\nQUYẾT NGHỊ:\n\n"
        + a(1) + "Tán thành nội dung Báo cáo kết quả giám sát.\n\n"
        + a(2) + "Ủy ban Thường vụ Quốc hội yêu cầu Chính phủ thực hiện các nhiệm vụ sau đây:\n\n"
        "1. Rà soát chính sách ưu đãi.\n\n2. Hướng dẫn giải quyết hồ sơ tồn đọng.\n\n"
        + a(3) + "1. Chính phủ báo cáo Ủy ban Thường vụ Quốc hội kết quả thực hiện.\n\n"
        "2. Hội đồng Dân tộc, Đoàn đại biểu Quốc hội giám sát việc thực hiện.\n\n"
        + a(4) + "Nghị quyết này có hiệu lực thi hành kể từ ngày ký./.\n")
    assert [s.label for s in letter.sections] == ["1", "2", "3", "4"]
    assert [(t.section, t.lead) for t in letter.tasks] == [
        ("2", ["Chính phủ"]), ("2", ["Chính phủ"]), ("3", ["Chính phủ"]),
        ("3", ["Hội đồng Dân tộc", "Đoàn đại biểu Quốc hội"])]


def test_an_article_the_preamble_quotes_opens_no_directive_part():
    letter = extract(
        HEAD + "Nghị quyết số 12/2025/NQ-HĐND của HĐND tỉnh quy định:\nĐiều 1. Hỗ trợ 50% học phí cho học sinh.\n"
        "Điều 2. Nguồn kinh phí từ ngân sách tỉnh.\n"
        "Để triển khai Nghị quyết, Bộ đề nghị các đơn vị thực hiện các nội dung sau:\n"
        "1. Giao Sở Y tế chủ trì rà soát đối tượng.\n2. Giao Sở Tài chính bố trí kinh phí.\n")
    assert [s.label for s in letter.sections] == ["1", "2"]
    assert [(t.section, t.lead) for t in letter.tasks] == [("1", ["Sở Y tế"]), ("2", ["Sở Tài chính"])]


def test_periodic_reports_qualified_collectives_and_a_closing_call():
    letter = extract(
        HEAD + "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính, UBND các xã, "
        "phường có liên quan rà soát thiệt hại; báo cáo UBND tỉnh trong quý IV/2025.\n\n"
        "2. UBND các xã, phường định kỳ hằng tháng báo cáo kết quả thực hiện về Sở Nông nghiệp và "
        "Môi trường để tổng hợp, báo cáo UBND tỉnh.\n\n"
        "Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.\n")
    first, second = letter.tasks
    assert first.support == ["Sở Tài chính", "UBND các xã, phường có liên quan"]
    assert (first.deadline.kind, first.deadline.due) == ("quarter", "2025-12-31")
    assert second.lead == ["UBND các xã, phường"]
    assert (second.deadline.kind, second.deadline.recurrence) == ("recurring", "monthly")
    assert second.report_to == ["Sở Nông nghiệp và Môi trường"]


def test_conclusion_notice_with_ministry_lists_and_praise():
    letter = extract(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 512/TB-VPCP\nHà Nội, ngày 15 tháng 11 năm 2024\n\nTHÔNG BÁO\n\n"
        "Phó Thủ tướng kết luận như sau:\n\n"
        "1. Đánh giá cao sự chủ động của các bộ, ngành, địa phương.\n\n2. Nhiệm vụ thời gian tới:\n\n"
        "a) Các Bộ: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường khẩn trương hoàn thiện "
        "dự thảo Nghị định, trình Chính phủ trong tháng 12 năm 2024.\n\n"
        "b) Giao Bộ Nông nghiệp và Phát triển nông thôn theo dõi, đôn đốc việc thực hiện.\n")
    assert [t.lead for t in letter.tasks] == [
        ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường"],
        ["Bộ Nông nghiệp và Phát triển nông thôn"]]
    assert letter.tasks[0].report_to == ["Chính phủ"]
    assert (letter.tasks[0].deadline.kind, letter.tasks[0].deadline.due) == ("month", "2024-12-31")


def test_party_letter_number_committees_and_directing_bodies():
    letter = extract(
        "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY NGHỆ AN\n*\nSố 1250-CV/TU\nNghệ An, ngày 20 tháng 5 năm 2025\n\n"
        "Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025, Ban Thường vụ Tỉnh ủy yêu cầu:\n\n"
        "1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy lãnh đạo, chỉ đạo cập nhật "
        "hằng ngày tiến độ thực hiện nhiệm vụ.\n\n"
        "2. Ban cán sự đảng UBND tỉnh chỉ đạo Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, "
        "ngành xây dựng Kế hoạch, trình Ban Thường vụ Tỉnh ủy trước ngày 30/6/2025.\n")
    doc = letter.document
    assert (doc.number, doc.symbol, doc.doc_type, doc.issuer) == ("1250", "CV/TU", "công văn", "Tỉnh ủy Nghệ An")
    assert [c.ref for c in letter.citations] == ["02-KH/BCĐTW"]          # not its own number
    assert [t.lead for t in letter.tasks] == [
        ["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"], ["Ban cán sự đảng UBND tỉnh"]]
    assert letter.tasks[1].support == ["các sở, ngành"]
    assert letter.tasks[1].report_to == ["Ban Thường vụ Tỉnh ủy"]


def test_a_closing_deadline_line_applies_to_every_step_and_nearest_deadlines_win():
    letter = extract(
        HEAD + "Bộ yêu cầu các địa phương khẩn trương thực hiện như sau:\n\n"
        "1. Trình tự thực hiện\n\n1.1. Bước 1:\n\n1.1.a. Thành lập Ban Chỉ đạo:\n\n"
        "Ủy ban nhân dân xã thành lập Ban Chỉ đạo.\n\n1.1.b. Hướng dẫn và tiếp nhận hồ sơ:\n\n"
        "Ủy ban nhân dân xã tiếp nhận hồ sơ.\n\nThời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.\n\n"
        "2. Báo cáo định kỳ theo các yêu cầu như sau:\n\n2.1. Rà soát, tổng hợp kết quả.\n")
    first, second, third = letter.tasks
    assert first.deadline.due == second.deadline.due == "2014-06-27"
    assert [d.due for d in second.other_deadlines if d.kind == "date"] == []   # not twice
    assert third.deadline.kind == "recurring"      # "định kỳ" of item 2 before the letter's "khẩn trương"


def test_a_date_without_year_takes_the_letters_year():
    letter = extract(HEAD + "Bộ yêu cầu các địa phương thực hiện như sau:\n\n"
                     "1. Rà soát hồ sơ, báo cáo Bộ Xây dựng trước ngày 15/12.\n")
    assert letter.tasks[0].deadline.due == "2013-12-15"        # the letter is of 23/10/2013


def test_an_item_that_partners_the_headings_lead_takes_the_headings_supports():
    # "Giao X chủ trì, phối hợp với H: - Phối hợp với X ...": H supports X (chidao's own
    # assignment letters write tasks of H's heading in this form)
    letter = extract(
        HEAD + "Bộ giao nhiệm vụ như sau:\n\n1. Giao Cục Quản lý nhà chủ trì, phối hợp với Vụ Kế "
        "hoạch - Tài chính thực hiện các nhiệm vụ sau:\n\n- Phối hợp với Cục Quản lý nhà rà soát "
        "danh sách hộ được hỗ trợ.\n\n- Tổng hợp báo cáo kết quả hỗ trợ.\n")
    first, second = letter.tasks
    assert (first.lead, first.support) == (["Cục Quản lý nhà"], ["Vụ Kế hoạch - Tài chính"])
    assert second.lead == ["Cục Quản lý nhà"]


@pytest.mark.parametrize("intro", ["b) Chủ trì, phối hợp", "b) Chủ trì, phối hợp với các đơn vị sau:",
                                   "b) Chủ trì và phối hợp:"])
def test_a_line_of_bare_roles_makes_the_subjects_below_it_partners(intro):
    letter = extract(
        HEAD + "Bộ giao nhiệm vụ như sau:\n\n2. Cục Quản lý nhà\n\na) Chủ trì rà soát hồ sơ tồn đọng.\n\n"
        + intro + "\n\n- Vụ Kế hoạch - Tài chính và các đơn vị có liên quan tham mưu bố trí vốn.\n\n"
        "- Vụ Pháp chế tổ chức rà soát văn bản.\n")
    assert [(t.lead, t.support) for t in letter.tasks[1:]] == [
        (["Cục Quản lý nhà"], ["Vụ Kế hoạch - Tài chính", "các đơn vị có liên quan"]),
        (["Cục Quản lý nhà"], ["Vụ Pháp chế"])]
    # ... but a line with its own work keeps the subjects below it theirs
    letter = extract(
        HEAD + "Bộ giao nhiệm vụ như sau:\n\n2. Cục Quản lý nhà\n\na) Chủ trì rà soát hồ sơ tồn đọng.\n\n"
        "b) Phối hợp thực hiện các nội dung sau:\n\n- Vụ Pháp chế tổ chức rà soát văn bản.\n")
    assert letter.tasks[-1].lead == ["Vụ Pháp chế"]


def test_a_plan_names_roles_in_labelled_fields_and_headings_over_their_bodies():
    letter = extract(
        HEAD + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "- Rà soát các văn bản của tỉnh. Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: quý IV/2025.\n\n"
        "- Xây dựng cơ chế thử nghiệm. Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: "
        "Sở Tài chính; thời gian: năm 2025.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Tài chính\nChủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí.\n\n"
        "2. Các sở, ban, ngành, UBND các xã, phường:\n\n"
        "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch, gửi Sở Khoa học và Công nghệ trước ngày 30/9/2025.\n")
    got = [(t.section, t.lead, t.support, t.deadline.due if t.deadline else None) for t in letter.tasks]
    assert got == [
        ("I", ["Sở Tư pháp"], [], "2025-12-31"),
        ("I", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], "2025-12-31"),
        ("II", ["Sở Tài chính"], ["Sở Nội vụ"], None),
        ("II", ["Các sở, ban, ngành", "UBND các xã, phường"], [], "2025-09-30"),
    ]
    assert letter.tasks[3].report_to == ["Sở Khoa học và Công nghệ"]


def test_a_field_label_heads_nested_labels_and_their_lists():
    letter = extract(
        HEAD + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. TUYÊN TRUYỀN\n\n1. Nội dung\n\na) Tổ chức hội nghị quán triệt.\n\n"
        "2. Cơ quan chủ trì, thực hiện\n\na) Cơ quan chủ trì\n\n- Sở Văn hóa.\n\n"
        "- Các quân khu; các tỉnh.\n\nb) Đơn vị thực hiện: Các đội tuyên truyền lưu động.\n\n"
        "II. KIỂM TRA\n\n1. Nội dung\n\na) Kiểm tra định kỳ.\n\n"
        "2. Cơ quan chủ trì: Thanh tra tỉnh; các huyện.\n")
    got = [(t.section, t.lead, t.support) for t in letter.tasks]
    # the items listed under "a) Cơ quan chủ trì" lead, "các tỉnh" kept as written; the
    # performer beside a lead field supports
    assert got[0] == ("I", ["Sở Văn hóa", "Các quân khu", "các tỉnh"], ["Các đội tuyên truyền lưu động"])
    # on the label's own line a part no rule reads is kept whatever it looks like
    assert got[1][:2] == ("II", ["Thanh tra tỉnh", "các huyện"])


def test_what_the_issuer_says_it_does_itself_is_no_task():
    head = ("| BỘ NGOẠI GIAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 88/BNG-LS | Hà Nội, ngày 2 tháng 3 năm 2024 |\n\nKính gửi: Ủy ban nhân dân tỉnh Bình Định\n\n")
    letter = extract(
        head + "Bộ Ngoại giao nhận được Công văn số 12/UBND-NC của Quý Ủy ban về việc cấp thị thực.\n\n"
        "Bộ Ngoại giao xin gửi kèm theo mẫu tờ khai để Quý Ủy ban tham khảo.\n\n"
        "Đề nghị Quý Ủy ban chỉ đạo Công an tỉnh rà soát hồ sơ, báo cáo Bộ Ngoại giao trước ngày 30/3/2024./.\n")
    assert [t.lead for t in letter.tasks] == [["Ủy ban nhân dân tỉnh Bình Định"]]
    assert letter.tasks[0].deadline.due == "2024-03-30"


def test_an_order_to_follow_guidance_is_the_task_and_the_guidance_is_none():
    head = ("| BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 12/BTC-TCT | Hà Nội, ngày 2 tháng 3 năm 2024 |\n\nKính gửi: Cục Thuế các tỉnh, thành phố\n\n")
    letter = extract(
        head + "Bộ Tài chính đề nghị Cục Thuế các tỉnh, thành phố lập kế hoạch kiểm tra năm 2024 "
        "theo hướng dẫn sau:\n\n1. Phạm vi\n\nTrường hợp doanh nghiệp có rủi ro cao thì ưu tiên.\n\n"
        "Việc phân loại doanh nghiệp là nội dung bắt buộc của kế hoạch.\n\n"
        "2. Gửi kế hoạch về Tổng cục Thuế trước ngày 15/12/2024.\n")
    texts = [t.text[:20] for t in letter.tasks]
    assert texts[0].startswith("Bộ Tài chính đề nghị")
    assert letter.tasks[0].lead == ["Cục Thuế các tỉnh, thành phố"]
    assert not any(t.startswith(("Trường hợp", "Việc phân loại")) for t in texts)
    assert any(t.startswith("Gửi kế hoạch") for t in texts)


@pytest.mark.parametrize("intro, steps, tasks", [
    # how to fill in a record: coding rules, no order (ANNOTATION.md, "Tasks") ...
    ("cập nhật dữ liệu người học như sau:",
     ["+ Chọn mã số “2” để ghi vào Trường số 9 của Bảng 1;", "+ Ghi tỷ lệ hưởng tại mục Mức hưởng của Bảng kê."], []),
    ("cập nhật dữ liệu người học như sau:",
     ["- Điền mã ngành vào cột 4 của Biểu mẫu số 02;", "- Đánh dấu vào ô số 3 nếu người học đã tốt nghiệp."], []),
    # ... but the order that asks for the record by a date is the one task
    ("gửi báo cáo về Bộ trước ngày 30/6/2026, trong đó:",
     ["- Điền mã ngành vào cột 4 của Biểu mẫu số 02;", "- Đánh dấu vào ô số 3 nếu người học đã tốt nghiệp."],
     ["Các cơ sở đào tạo thực hiện gửi"]),
    # ... or asks for it in each cycle
    ("lập báo cáo tuyển sinh định kỳ hằng quý, cụ thể:",
     ["+ Điền số liệu vào cột 3 của Biểu số 01;", "+ Ghi tổng số người học tại mục Tổng cộng của Bảng 2."],
     ["Các cơ sở đào tạo thực hiện lập"]),
    # must not: steps that are orders of their own stay tasks
    ("cập nhật dữ liệu người học như sau:", ["- Chọn nhà thầu có đủ năng lực để thi công;",
                                           "- Nhập đầy đủ hồ sơ người học lên hệ thống."],
     ["Chọn nhà thầu có đủ", "Nhập đầy đủ hồ sơ"]),
    ("mua sắm thiết bị như sau:", ["- Chọn nhà thầu bằng hình thức đấu thầu rộng rãi;",
                                   "- Nhập khẩu thiết bị đúng tiêu chuẩn, ghi rõ nguồn gốc tại mục Xuất xứ."],
     ["Chọn nhà thầu bằng", "Nhập khẩu thiết bị"]),
    ("cập nhật dữ liệu người học như sau:", ["+ Chọn mã số “2” để ghi vào Trường số 9 của Bảng 1;",
                                           "+ Báo cáo kết quả về Bộ trước ngày 30/6/2026."],
     ["Chọn mã số “2” để gh", "Báo cáo kết quả về B"]),
])
def test_form_filling_steps_are_guidance(intro, steps, tasks):
    head = ("| BỘ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 88/BGDĐT-KHTC | Hà Nội, ngày 2 tháng 3 năm 2026 |\n\nKính gửi: Các cơ sở đào tạo\n\n")
    letter = extract(head + "Bộ Giáo dục và Đào tạo hướng dẫn như sau:\n\n"
                     "1. Các cơ sở đào tạo thực hiện " + intro + "\n" + "\n".join(steps) + "\n")
    assert [t.text[:len(w)] for t, w in zip(letter.tasks, tasks)] == tasks
    assert len(letter.tasks) == len(tasks)
    assert all(t.lead == ["Các cơ sở đào tạo"] for t in letter.tasks)


def test_in_a_letter_to_others_the_issuers_own_items_and_statements_are_no_tasks():
    head = ("| BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 77/BNV-CQĐP | Hà Nội, ngày 2 tháng 9 năm 2025 |\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\n")
    letter = extract(
        head + "Bộ Nội vụ thông tin như sau:\n\n"
        "1. Trung ương và Chính phủ không có chủ trương tiếp tục sáp nhập các đơn vị hành chính.\n\n"
        "2. Bộ Nội vụ được giao xây dựng, trình cấp có thẩm quyền ban hành các văn bản hướng dẫn.\n\n"
        "3. Đề nghị Ủy ban nhân dân các tỉnh tuyên truyền, báo cáo Bộ Nội vụ trước ngày 30/9/2025./.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Đề nghị Ủy b"]


def test_in_a_plan_the_issuers_own_section_is_tasks():
    head = ("| ỦY BAN NHÂN DÂN TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 12/KH-UBND | A, ngày 2 tháng 9 năm 2025 |\n\nKẾ HOẠCH\n\nTriển khai chuyển đổi số\n\n")
    letter = extract(head + "II. NHIỆM VỤ\n\n1. Ủy ban nhân dân tỉnh chỉ đạo các sở triển khai đồng bộ.\n\n"
                     "2. Sở Tài chính bố trí kinh phí.\n")
    assert [t.lead for t in letter.tasks] == [["Ủy ban nhân dân tỉnh"], ["Sở Tài chính"]]


def test_the_short_name_an_introducing_line_gives_its_assignees_is_their_lead():
    head = ("| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 11/CT-TTg | Hà Nội, ngày 4 tháng 3 năm 2020 |\n\nCHỈ THỊ\n\n")
    letter = extract(head + "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh "
                     "(sau đây gọi tắt là các bộ, địa phương):\n\n1. Tập trung tháo gỡ khó khăn cho doanh nghiệp.\n")
    assert letter.tasks[0].lead == ["các bộ, địa phương"]


def test_a_field_line_after_each_item_is_that_items_field():
    letter = extract(
        HEAD + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. NHIỆM VỤ\n\n1. Sở Tài chính\n\n"
        "- Tuyên truyền các quy định về tài sản công.\n\nThời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc.\n\n"
        "-\nTham mưu kế hoạch kiểm kê.\n\nThời gian hoàn thành: Tháng 11 - 12/2025.\n\n"
        "- Tổng hợp kết quả, báo cáo Bộ Tài chính.\n\nThời gian hoàn thành: Trước ngày 15/4/2026.\n")
    got = [(t.text[:10], t.lead, t.deadline and (t.deadline.kind, t.deadline.due)) for t in letter.tasks]
    assert got == [("Tuyên truy", ["Sở Tài chính"], ("continuous", None)),
                   ("Tham mưu k", ["Sở Tài chính"], ("month", "2025-12-31")),
                   ("Tổng hợp k", ["Sở Tài chính"], ("date", "2026-04-15"))]


@pytest.mark.parametrize("fields_after_each_item, expected", [
    # fields printed after each item of 1.2 are those items': 1.1 borrows none of them
    (True, [None, ("month", "2025-12-31"), ("date", "2026-04-15")]),
    # a block printed once, after all of 1.2's items, is the unit's: 1.1 borrows it
    (False, [("quarter", "2026-03-31"), ("quarter", "2026-03-31"), ("quarter", "2026-03-31")]),
])
def test_a_unit_borrows_only_a_siblings_own_fields(fields_after_each_item, expected):
    items = ("- Tham mưu kế hoạch kiểm kê.\n\nThời gian hoàn thành: Tháng 11 - 12/2025.\n\n"
             "- Tổng hợp kết quả, báo cáo Bộ Tài chính.\n\nThời gian hoàn thành: Trước ngày 15/4/2026.\n"
             if fields_after_each_item else
             "- Tham mưu kế hoạch kiểm kê.\n\n- Tổng hợp kết quả, báo cáo Bộ Tài chính.\n\n"
             "Thời gian hoàn thành: Quý I/2026.\n")
    letter = extract(HEAD + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. NHIỆM VỤ\n\n"
                     "1.1. Trưởng Ban Chỉ đạo\n\n- Chỉ đạo chung việc kiểm kê tài sản.\n\n"
                     "1.2. Sở Tài chính\n\n" + items)
    assert [t.deadline and (t.deadline.kind, t.deadline.due) for t in letter.tasks] == expected


@pytest.mark.parametrize("intro, lead", [
    # addressees listed with semicolons after the order word: one list
    ("Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch "
     "Ủy ban nhân dân các xã, phường thực hiện tốt các nội dung sau:",
     ["các sở", "các ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]),
    # a sentence before the ordering one is context, even after a semicolon
    ("Năm 2025, công tác tuyên truyền còn hạn chế; Ủy ban nhân dân tỉnh yêu cầu Sở Y tế thực hiện:",
     ["Sở Y tế"]),
    # ... and a clause after the order that only points into what follows is part of it
    ("Đề nghị Thường trực Tỉnh ủy tập trung chỉ đạo thực hiện các nhiệm vụ trong năm 2026; trong "
     "đó lưu ý một số nội dung trọng tâm sau:", ["Thường trực Tỉnh ủy"]),
    # ... the bold of a web copy between the names does not break the list
    ("Giao Giám đốc các sở,** **Thủ trưởng các ban, ngành; Chủ tịch** **Ủy ban nhân dân các xã thực hiện:",
     ["các sở", "các ban, ngành", "Ủy ban nhân dân các xã"]),
])
def test_the_introducing_lines_list_of_assignees(intro, lead):
    letter = extract(HEAD + intro + "\n\n1. Tăng cường công tác tuyên truyền về phòng, chống dịch bệnh.\n")
    assert [t.lead for t in letter.tasks] == [lead]


def test_a_unit_whose_items_carry_their_own_fields_borrows_none():
    # 1.1's items each have a time field; 1.2's block names a lead, which is 1.2's alone
    plan = ("| ỦY BAN NHÂN DÂN TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 12/KH-UBND | An Giang, ngày 5 tháng 3 năm 2026 |\n\nKẾ HOẠCH\n\nTuyên truyền năm 2026\n\n"
            "I. NHIỆM VỤ\n\n1.1. Tuyên truyền\n\n- Tổ chức hội nghị phổ biến pháp luật.\n\nThời gian: Quý I/2026.\n\n"
            "- Tổ chức tập huấn tuyên truyền viên.\n\nThời gian: Quý II/2026.\n\n"
            "1.2. Kiểm tra\n\n- Kiểm tra các cơ sở kinh doanh.\n\n- Xử lý vi phạm.\n\n"
            "Cơ quan chủ trì: Công an tỉnh.\n\nThời gian: Quý III/2026.\n")
    got = [(t.lead, t.deadline.due) for t in extract(plan).tasks]
    assert got == [([], "2026-03-31"), ([], "2026-06-30"),
                   (["Công an tỉnh"], "2026-09-30"), (["Công an tỉnh"], "2026-09-30")]


VPCP = ("| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 123/VPCP-KTTH | Hà Nội, ngày 5 tháng 3 năm 2026 |\n\nKính gửi: Bộ Tài chính\n\n")


@pytest.mark.parametrize("tail, report_to, due", [
    # the report after the last item of a run-in enumeration ends every item
    (", báo cáo Thủ tướng Chính phủ trong tháng 4 năm 2026.", ["Thủ tướng Chính phủ"], "2026-04-30"),
    ("; kịp thời báo cáo Thủ tướng Chính phủ trước ngày 15/4/2026.", ["Thủ tướng Chính phủ"], "2026-04-15"),
    # a time that is the last item's own words is the last item's alone
    (" trong tháng 4 năm 2026.", [], None),
])
def test_a_run_in_enumeration_and_its_shared_report(tail, report_to, due):
    letter = extract(VPCP + "Phó Thủ tướng Chính phủ có ý kiến như sau: Giao Bộ Tài chính chủ trì, phối hợp với "
                     "các cơ quan liên quan: (i) rà soát các khoản chi thường xuyên; (ii) đề xuất phương án "
                     "cắt giảm; (iii) hoàn thiện dự thảo Nghị định" + tail + "\n")
    assert letter.sections == []          # run-in items are no sections
    assert [t.text[:8] for t in letter.tasks] == ["rà soát ", "đề xuất ", "hoàn thi"]
    first, last = letter.tasks[0], letter.tasks[-1]
    assert first.report_to == report_to and (first.deadline.due if first.deadline else None) == due
    assert last.deadline is not None and last.deadline.due in ("2026-04-30", "2026-04-15")


@pytest.mark.parametrize("line, lead", [
    # a collective the duty line describes is named as described
    ("11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm",
     ["Các đơn vị cấp nước sạch trên địa bàn thành phố"]),
    ("Các tổ chức, cá nhân và hộ gia đình khai thác nước trên địa bàn có trách nhiệm:",
     ["Các tổ chức, cá nhân và hộ gia đình khai thác nước trên địa bàn"]),
    # a named body keeps its name
    ("3. Sở Y tế có trách nhiệm:", ["Sở Y tế"]),
])
def test_a_duty_line_names_its_assignee_as_described(line, lead):
    letter = extract(HEAD + line + "\n\na) Thực hiện các quy định về khai thác nước.\n\n"
                     "b) Phối hợp với Sở Xây dựng đấu nối nước sạch.\n")
    assert [t.lead for t in letter.tasks] == [lead, lead]
    assert letter.tasks[1].support == ["Sở Xây dựng"]


def test_a_plan_units_content_field_lists_its_tasks_run_in():
    letter = extract(VPCP + "II. NHIỆM VỤ\n\n1. Khảo sát, cảnh báo sạt lở\n\n"
                     "1.1. Nội dung: a) Khảo sát điểm sạt lở; b) Cắm biển cảnh báo.\n\n"
                     "1.2. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n\n"
                     "1.3. Cơ quan phối hợp: UBND các xã.\n\n1.4. Thời gian thực hiện: Quý III/2026.\n")
    got = [(t.text, t.lead, t.support, t.deadline.due) for t in letter.tasks]
    assert got == [("Khảo sát điểm sạt lở;", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"], "2026-09-30"),
                   ("Cắm biển cảnh báo.", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"], "2026-09-30")]


@pytest.mark.parametrize("fields", [
    "- Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ngành\n\n- Thời gian: Quý IV/2026\n",
    "- Cơ quan chủ trì: Sở Tư pháp; cơ quan phối\nhợp: các sở, ngành\n\n- Thời gian: Quý IV/2026\n",
    "- Cơ quan chủ trì: Sở Tư pháp\n\n- Cơ quan phối hợp: các sở, ngành; thời gian: Quý IV/2026\n",
])
def test_two_fields_on_one_line(fields):
    source = VPCP + "2. Kiểm tra việc thi hành pháp luật\n\n" + fields
    t = extract(source).tasks[0]
    assert (t.lead, t.support, t.deadline.due) == (["Sở Tư pháp"], ["các sở, ngành"], "2026-12-31")
    span = next(e.span for e in t.evidence if e.field == "support")
    assert source[span.start:span.end] == "các sở, ngành"


@pytest.mark.parametrize("heading, tasks", [
    # who takes part in a movement, and when it runs: no task
    ("II. ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA", 1),
    ("II. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG", 1),
    # the time a plan's work is done in is no such part
    ("II. THỜI GIAN THỰC HIỆN", 2),
])
def test_the_parts_that_say_who_takes_part(heading, tasks):
    letter = extract(VPCP + "I. NHIỆM VỤ\n\n1. Sở Y tế tổ chức phát động phong trào thi đua.\n\n" + heading
                     + "\n\n1. Ủy ban nhân dân các xã, phường trên địa bàn thành phố thực hiện.\n")
    assert len(letter.tasks) == tasks


def test_a_closing_order_after_a_headings_body_is_a_task_of_its_own():
    letter = extract(VPCP + "3. Sở Y tế\n\nTăng cường kiểm tra an toàn thực phẩm.\n\n"
                     "4. Ủy ban nhân dân các phường, xã\n\nTăng cường kiểm tra các trạm y tế.\n\n"
                     "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc thực hiện những nội dung trên. "
                     "Giao Sở Y tế chủ trì đôn đốc các đơn vị thực hiện; tổng hợp báo cáo Ủy ban nhân dân tỉnh./.\n")
    got = [(t.text[:20], t.lead) for t in letter.tasks]
    # the exhortation is no task; the order after it is, with its own lead
    assert got == [("Tăng cường kiểm tra ", ["Sở Y tế"]), ("Tăng cường kiểm tra ", ["Ủy ban nhân dân các phường, xã"]),
                   ("Giao Sở Y tế chủ trì", ["Sở Y tế"])]
    assert letter.tasks[-1].report_to == ["Ủy ban nhân dân tỉnh"]


def test_a_headings_second_paragraph_on_the_same_assignee_is_its_body():
    letter = extract(VPCP + "4. Sở Y tế\n\nTăng cường kiểm tra các trạm y tế.\n\n"
                     "Sở Y tế chủ trì tổng hợp kết quả, báo cáo Bộ Y tế.\n")
    assert [t.lead for t in letter.tasks] == [["Sở Y tế"]]


def test_addressees_listed_under_one_head_are_each_an_addressee():
    letter = extract("| ỦY BAN NHÂN DÂN TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
                     "| Số: 12/UBND-KT | An Giang, ngày 5 tháng 3 năm 2026 |\n\n"
                     "Kính gửi:\n- Các sở: Tài chính, Xây dựng;\n- Công an tỉnh.\n\n"
                     "Ủy ban nhân dân tỉnh đề nghị quý cơ quan khẩn trương rà soát hồ sơ.\n")
    assert letter.tasks[0].lead == ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"]


@pytest.mark.parametrize("intro, tasks", [
    # the Government Office conveys the Deputy Prime Minister's orders, one of them to itself
    ("Phó Thủ tướng Chính phủ Trần Văn A có ý kiến như sau:", 2),
    # the Office's own doings in its own letter are no task
    ("Văn phòng Chính phủ thông báo như sau:", 1),
])
def test_an_order_to_the_issuer_from_its_superior_is_a_task(intro, tasks):
    letter = extract(VPCP + intro + "\n\n1. Bộ Tài chính chủ trì hoàn thiện dự thảo Nghị định.\n\n"
                     "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.\n")
    assert len(letter.tasks) == tasks


@pytest.mark.parametrize("unit, tasks", [
    # a topic heading over its own items: the orders among them are tasks
    ("7. Kinh phí thực hiện\n\n- Kinh phí thực hiện theo quy định hiện hành.\n\n"
     "- Sở Tài chính hướng dẫn các đơn vị lập dự toán.\n", ["Sở Tài chính hướng dẫn"]),
    # a field line with its value is a field of its unit, no task
    ("7. Tập huấn cán bộ\n\n- Sở Nội vụ tổ chức tập huấn.\n\n- Kinh phí thực hiện: ngân sách tỉnh.\n",
     ["Sở Nội vụ tổ chức tậ"]),
])
def test_a_topic_heading_is_no_field(unit, tasks):
    letter = extract(VPCP + unit)
    assert [t.text[:20] for t in letter.tasks] == [t[:20] for t in tasks]


def test_an_order_given_before_and_recounted_is_no_task():
    letter = extract(VPCP + "Tại Công văn số 12/VPCP-KGVX ngày 9/10/2025, Phó Thủ tướng đã giao Bộ Y tế xây "
                     "dựng Thông tư, báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025. Đến nay Bộ chưa có báo cáo."
                     "\n\nPhó Thủ tướng yêu cầu Bộ Y tế khẩn trương hoàn thành, báo cáo Thủ tướng Chính phủ "
                     "trước ngày 30/5/2026.\n")
    assert [(t.text[:12], t.deadline.due) for t in letter.tasks] == [("Phó Thủ tướn", "2026-05-30")]


def test_a_paragraph_ordering_others_after_a_long_item_without_its_stop_is_a_task():
    long_item = ("8.3. Thực hiện đánh giá, báo cáo các khó khăn, vướng mắc trong quá trình triển khai các giải "
                 "pháp quản lý thuế, công tác thanh tra kiểm tra thuế các đơn vị, tổ chức có hình thức kinh doanh "
                 "thuộc lĩnh vực thương mại điện tử, đề xuất các giải pháp đối với lĩnh vực này")
    letter = extract(VPCP + "8. Báo cáo\n\n8.1. Rà soát hồ sơ.\n\n" + long_item + "\n\n"
                     "Yêu cầu báo cáo tại Công văn này thay thế các yêu cầu trước. Cục Thuế các tỉnh thực hiện "
                     "tổng hợp, báo cáo Tổng cục Thuế trước ngày 10 của tháng đầu quý.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Rà soát hồ s", "Thực hiện đá", "Yêu cầu báo "]
    # ... but a line that only goes on with the item's sentence is its own text
    letter = extract(VPCP + "8. Báo cáo\n\n8.1. Rà soát hồ sơ.\n\n" + long_item + " của các Cơ quan đại diện"
                     "\n\nViệt Nam ở nước ngoài.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Rà soát hồ s", "Thực hiện đá"]


def test_a_note_in_brackets_under_a_fields_values_names_no_lead():
    letter = extract(VPCP + "IV. THÔNG TIN VỀ LIỆT SĨ\n\n1. Nội dung\n\na) Lập cơ sở dữ liệu liệt sĩ;\n\n"
                     "2. Cơ quan chủ trì, phối hợp\n\n"
                     "a) Cơ quan chủ trì\n\n- Bộ Quốc phòng.\n\n- Ban Chỉ đạo các tỉnh.\n\n"
                     "(Văn phòng Ban Chỉ đạo là cơ quan giúp Ban Chỉ đạo thu thập thông tin.)\n\n"
                     "b) Cơ quan phối hợp\n\n- Các cơ quan, đơn vị, địa phương.\n")
    t = letter.tasks[0]
    assert (t.lead, t.support) == (["Bộ Quốc phòng", "Ban Chỉ đạo các tỉnh"], ["Các cơ quan, đơn vị, địa phương"])


def test_an_unnumbered_order_starts_at_its_ordering_sentence():
    letter = extract(
        HEAD + "Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 91-CV/BTCTW, Bộ Xây dựng đã "
        "xây dựng định hướng (gửi kèm theo). Để việc đề xuất được thống nhất, đề nghị Ủy ban nhân dân "
        "các tỉnh tổng hợp, gửi về Bộ Xây dựng trước ngày 26/11/2013.\n")
    assert [t.text[:20] for t in letter.tasks] == ["Để việc đề xuất được"]
    assert letter.tasks[0].report_to == ["Bộ Xây dựng"]


def test_a_leader_and_the_body_he_heads_are_the_speaker():
    letter = extract(
        HEAD + "Xét đề nghị của Bộ Công Thương, Phó Thủ tướng Nguyễn Văn A, Trưởng Ban Chỉ đạo Quốc gia về "
        "phòng chống dịch Covid-19 có ý kiến như sau:\n\n1. Đồng ý với kiến nghị của Bộ Công Thương.\n\n"
        "2. Bộ Y tế chủ trì thực hiện các thủ tục xuất khẩu.\n")
    assert [t.lead for t in letter.tasks] == [["Bộ Y tế"]]


def test_the_contents_a_report_must_hold_are_not_tasks_but_the_order_to_report_is():
    letter = extract(
        HEAD + "Bộ Xây dựng yêu cầu:\n\n"
        "1. Chủ tịch UBND các tỉnh: Gia Lai, Lâm Đồng chỉ đạo rà soát, báo cáo cụ thể về các nội dung sau:\n\n"
        "(1) Số hộ có nhà bị sập cần xây dựng lại.\n\n"
        "(2) Tổng kinh phí cần thiết (trong đó báo cáo rõ phần địa phương tự cân đối).\n\n"
        "2. Giao Sở Xây dựng thực hiện các nhiệm vụ sau:\n\n"
        "a) Rà soát quỹ đất.\n\nb) Báo cáo kết quả trước ngày 30/11/2013.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Chủ tịch UBN", "Rà soát quỹ ", "Báo cáo kết "]
    assert letter.tasks[0].lead == ["UBND tỉnh Gia Lai", "UBND tỉnh Lâm Đồng"]
    assert letter.tasks[1].lead == ["Sở Xây dựng"]


def test_an_intro_asking_for_a_report_is_the_task_and_the_contents_below_are_none():
    letter = extract(
        HEAD + "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh báo cáo tình hình thực hiện "
        "theo các nội dung cụ thể sau:\n\n1. Công tác chỉ đạo, kết quả hỗ trợ nhà ở năm 2013.\n\n"
        "2. Những đề xuất, kiến nghị.\n\n3. Giao Sở Xây dựng tổng hợp số liệu trước ngày 15/11/2013.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Bộ Xây dựng ", "Giao Sở Xây "]
    assert letter.tasks[0].lead == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_report_named_only_as_the_purpose_keeps_the_items_as_tasks():
    letter = extract(
        HEAD.replace("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "……………………")
        + "Để có cơ sở tổng hợp báo cáo Thủ tướng Chính phủ, Bộ Xây dựng đề nghị các sở, ban, ngành "
        "thực hiện các nội dung sau:\n\n1. Rà soát hồ sơ còn tồn đọng.\n\n"
        "2. Về giải phóng mặt bằng: đẩy nhanh tiến độ bàn giao.\n")
    assert [t.text[:8] for t in letter.tasks] == ["Rà soát ", "Về giải "]
    assert letter.tasks[0].lead == ["các sở, ban, ngành"]     # a placeholder addressee is no one


def test_an_order_by_name_after_the_listed_contents_is_a_task_of_its_own():
    letter = extract(
        HEAD + "Bộ Xây dựng yêu cầu:\n\n"
        "1. Chủ tịch UBND các tỉnh: Gia Lai, Lâm Đồng chỉ đạo rà soát, báo cáo cụ thể về các nội dung sau:\n\n"
        "(1) Số hộ có nhà bị sập cần xây dựng lại.\n\n"
        "(2) Tổng kinh phí cần thiết.\n\n"
        "UBND các tỉnh: Gia Lai, Lâm Đồng gửi báo cáo về Bộ Xây dựng trước ngày 20/11/2013.\n\n"
        "2. Giao Sở Xây dựng rà soát quỹ đất.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Chủ tịch UBN", "UBND các tỉn", "Giao Sở Xây "]
    assert letter.tasks[1].deadline.due == "2013-11-20"
    assert letter.tasks[1].report_to == ["Bộ Xây dựng"]


PROVINCE_HEAD = ("| ỦY BAN NHÂN DÂN TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
                 "| Số: 7360/KH-UBND | Lai Châu, ngày 19 tháng 11 năm 2025 |\n\n")


@pytest.mark.parametrize("order, report_to", [
    # a title goes in report_to, even before the issuer itself (ANNOTATION.md: "báo cáo lãnh
    # đạo UBND tỉnh" is "UBND tỉnh"; keeping the title is the assignees' exception)
    ("Sở Y tế tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 10/12/2025.", ["UBND tỉnh"]),
    ("Sở Y tế tổng hợp, báo cáo lãnh đạo UBND tỉnh trước ngày 10/12/2025.", ["UBND tỉnh"]),
    ("Sở Y tế tổng hợp, báo cáo Bộ trưởng Bộ Y tế trước ngày 10/12/2025.", ["Bộ Y tế"]),
])
def test_a_title_goes_in_report_to(order, report_to):
    letter = extract(PROVINCE_HEAD + "Ủy ban nhân dân tỉnh yêu cầu:\n\n1. " + order + "\n")
    assert [t.report_to for t in letter.tasks] == [report_to]


def test_a_unit_whose_sub_items_carry_fields_borrows_none_from_the_next_unit():
    letter = extract(
        PROVINCE_HEAD + "II. NỘI DUNG KẾ HOẠCH\n\n1. Góp ý dự thảo văn bản\n\n1.1. Góp ý các nghị định\n\n"
        "a) Nghị định về điều kiện kinh doanh.\n\n- Cơ quan chủ trì: Sở Công Thương.\n\n"
        "- Thời gian thực hiện: Theo tiến độ soạn thảo.\n\n"
        "2. Kiểm tra việc thi hành Luật\n\n- Cơ quan chủ trì: Sở Tư pháp.\n\n"
        "- Thời gian thực hiện: Năm 2026.\n")
    got = [(t.text[:9], t.lead, t.deadline and t.deadline.due) for t in letter.tasks]
    assert got == [("Nghị định", ["Sở Công Thương"], None), ("Kiểm tra ", ["Sở Tư pháp"], "2026-12-31")]


@pytest.mark.parametrize("content, lead", [
    # the item's own subject is a generic collective: the unit's field names who they are
    ("Trên cơ sở tài liệu của Bộ, các cơ quan, đơn vị tổ chức tuyên truyền Luật.", ["Sở Tư pháp", "Sở Y tế"]),
    # ... a named subject is the item's own
    ("Công an tỉnh tổ chức tuyên truyền Luật.", ["Công an tỉnh"]),
])
def test_a_field_names_who_a_generic_subject_is(content, lead):
    letter = extract(
        PROVINCE_HEAD + "II. NỘI DUNG\n\n1. " + content + "\n\n- Cơ quan thực hiện: Sở Tư pháp; Sở Y tế.\n\n"
        "- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.\n\n2. Kiểm tra việc thi hành Luật.\n")
    assert letter.tasks[0].lead == lead


@pytest.mark.parametrize("head, tasks", [
    # in a letter to others, "Yêu cầu chung" heads what the addressees are asked
    (HEAD, ["Rà soát các ", "Sở Xây dựng "]),
    # ... in a plan, "Yêu cầu" with its aims is no task
    (PROVINCE_HEAD + "KẾ HOẠCH\n\nTriển khai Luật Đấu thầu\n\n", ["Sở Xây dựng "]),
])
def test_general_requirements_in_a_letter_are_orders(head, tasks):
    letter = extract(head + "1. Yêu cầu chung:\n\n- Rà soát các gói thầu chậm tiến độ.\n\n"
                     "2. Trách nhiệm của các đơn vị:\n\nSở Xây dựng kiểm tra chất lượng công trình.\n")
    assert [t.text[:12] for t in letter.tasks] == tasks


@pytest.mark.parametrize("body, report_to", [
    # a lone lead does not report to itself
    ("Giao Sở Nội vụ tiếp nhận hồ sơ do các xã lập và chuyển về Sở Nội vụ để thẩm định.", []),
    # ... but to another body, or where several lead, the one to the other
    ("Giao Sở Nội vụ tiếp nhận hồ sơ và chuyển về Sở Tài chính để thẩm định.", ["Sở Tài chính"]),
    ("Giao Sở Y tế và Sở Nội vụ cùng thực hiện, kịp thời báo cáo Sở Y tế.", ["Sở Y tế"]),
])
def test_the_recipient_of_a_report_is_someone_else(body, report_to):
    letter = extract(HEAD + "Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n1. " + body + "\n")
    (task,) = letter.tasks
    assert task.report_to == report_to


@pytest.mark.parametrize("preamble", [
    # the preamble's own enumeration, run in and then on lines of its own
    "Năm qua, kết quả cụ thể như sau: (1) Cắt giảm 120 thủ tục;\n(2) Số hóa 80% hồ sơ.\n"
    "Tuy nhiên, còn nhiều hạn chế.\n",
    "Kết quả đạt được như sau:\n1. Cắt giảm 120 thủ tục.\n2. Số hóa 80% hồ sơ.\n",
])
def test_a_preambles_enumeration_before_the_lead_in_is_no_item(preamble):
    letter = extract(VPCP + preamble + "Để khắc phục, Thủ tướng Chính phủ yêu cầu các Bộ thực hiện như sau:\n"
                     "I. VỀ THỂ CHẾ\n1. Bộ Tài chính hoàn thành rà soát văn bản trong tháng 4 năm 2026.\n"
                     "II. VỀ DỊCH VỤ CÔNG\n1. Bộ Nội vụ kết nối cơ sở dữ liệu trong quý II/2026.\n")
    assert [s.label for s in letter.sections] == ["I", "II"]
    assert [t.lead for t in letter.tasks] == [["Bộ Tài chính"], ["Bộ Nội vụ"]]


def test_items_of_the_same_rank_after_a_lead_in_stay_the_preambles_and_the_letters():
    # a lead-in with items of the same rank after it does not move the directive part
    letter = extract(VPCP + "Ủy ban nhân dân tỉnh chỉ đạo như sau:\n1. Sở Y tế rà soát hồ sơ.\n"
                     "Sở Y tế báo cáo kết quả cụ thể như sau:\n2. Sở Nội vụ kiểm tra hồ sơ.\n")
    assert [t.lead for t in letter.tasks] == [["Sở Y tế"], ["Sở Nội vụ"]]


@pytest.mark.parametrize("heading", [
    "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố",
    "2. Sở Tài chính, Sở Xây dựng\nvà Sở Nông nghiệp và Môi trường",
])
def test_a_numbered_heading_that_only_names_assignees_ends_at_its_last_line(heading):
    letter = extract(VPCP + "Thủ tướng Chính phủ yêu cầu như sau:\n1. Bộ Công Thương rà soát điều kiện kinh doanh.\n"
                     + heading + "\nKhẩn trương rà soát, sửa đổi các quy định không phù hợp.\n")
    assert letter.tasks[-1].text == "Khẩn trương rà soát, sửa đổi các quy định không phù hợp."
    assert len(letter.tasks[-1].lead) >= 2


def test_a_wrapped_giao_heading_and_an_addressee_naming_a_places_council_and_committee():
    letter = extract(
        "| ỦY BAN NHÂN DÂN TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 12/UBND-NC | A, ngày 5 tháng 3 năm 2026 |\n\nKính gửi:\n- Sở Nội vụ;\n"
        "- Hội đồng nhân dân, Ủy ban nhân dân các xã, phường.\n\n"
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Rà soát hồ sơ đánh giá cán bộ.\n\n"
        "**2. Giao\nSở Nội vụ**\n\n- Tổng hợp kết quả đánh giá, báo cáo Ủy ban nhân dân tỉnh.\n")
    # an order naming no one is the addressees', the council and the committee each
    assert letter.tasks[0].lead == ["Sở Nội vụ", "Hội đồng nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường"]
    assert letter.tasks[-1].lead == ["Sở Nội vụ"]
    assert letter.tasks[-1].text.startswith("Tổng hợp")
    assert [s.agencies for s in letter.sections][-1] == ["Sở Nội vụ"]


def test_a_lead_in_that_asks_keeps_its_items_before_a_later_one():
    letter = extract(VPCP + "Thủ tướng Chính phủ yêu cầu như sau:\n1. Bộ Tài chính rà soát văn bản.\n"
                     "2. Bộ Nội vụ kiểm tra hồ sơ.\nĐể phối hợp thực hiện, Văn phòng Chính phủ đề nghị như sau:\n"
                     "I. VỀ THỂ CHẾ\n1. Bộ Công Thương hoàn thiện dự thảo.\n")
    leads = [t.lead for t in letter.tasks]
    assert ["Bộ Tài chính"] in leads and ["Bộ Nội vụ"] in leads and ["Bộ Công Thương"] in leads


PLAN = ("| ỦY BAN NHÂN DÂN TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
        "| Số: 12/KH-UBND | A, ngày 5 tháng 3 năm 2026 |\n\nKẾ HOẠCH\nKhắc phục hậu quả mưa lũ\n\n"
        "I. NHIỆM VỤ\n1. Vệ sinh môi trường\n")


@pytest.mark.parametrize("bullets, tasks", [
    # a list of orders: a bullet no verb of the vocabulary opens is an order too
    ("- Rà soát các điểm ngập úng.\n- Tổ chức thu gom rác thải.\n- Khơi thông cống rãnh, kênh mương bị tắc.\n"
     "- Kiểm tra nguồn nước sinh hoạt.\n", 4),
    # ... but not a note, a result, or a list that is mostly no orders
    ("- Rà soát các điểm ngập úng.\n- Tổ chức thu gom rác thải.\n- Kiểm tra nguồn nước sinh hoạt.\n"
     "- Lưu ý các khu vực trũng thấp.\n", 3),
    ("- Rà soát các điểm ngập úng.\n- Nhiều tuyến đường bị sạt lở nặng.\n- Hàng trăm hộ dân bị ảnh hưởng.\n"
     "- Mực nước sông dâng cao.\n", 1),
])
def test_a_list_of_orders_is_of_one_kind(bullets, tasks):
    assert len(extract(PLAN + bullets).tasks) == tasks


@pytest.mark.parametrize("to, body, lead", [
    # a title is no part of a name, wherever the name comes from (a heading as written)
    ("Bộ Tài chính", "Bộ trưởng giao:\n1. Thủ trưởng các cơ quan tham mưu thuộc Bộ\n- Rà soát các quy định.\n",
     ["các cơ quan tham mưu thuộc Bộ"]),
    # ... and a title that names its body heads that body, not the government
    ("Tổng Thanh tra Chính phủ", "Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\n\nYêu cầu Tổng Thanh tra "
     "Chính phủ chỉ đạo kiểm tra, làm rõ các nội dung phản ánh; báo cáo Thủ tướng Chính phủ trong tháng 4 năm 2026.\n",
     ["Thanh tra Chính phủ"]),
])
def test_titles_are_dropped_from_leads(to, body, lead):
    assert extract(VPCP.replace("Kính gửi: Bộ Tài chính", "Kính gửi: " + to) + body).tasks[0].lead == lead


def test_a_topic_items_own_order_is_a_task_and_its_bullets_tasks_of_their_own():
    letter = extract(
        HEAD + "Bộ đề nghị các địa phương thực hiện một số công việc sau:\n\n"
        "1. Tăng cường quản lý tài nguyên:\n\n- các ngành nghề có tốc độ phát triển nhanh.\n\n"
        "1.1. VỀ lĩnh vực đất đai:\nTăng cường kiểm tra việc sử dụng đất.\n\n"
        "1.2. Về lĩnh vực khoáng sản:\nTăng cường quản lý cấp phép khai thác.\n\n"
        "- Đánh giá hiện trạng các mỏ.\n\n- Kiểm soát chặt chẽ sản lượng khai thác.\n\n"
        "1.3. Về môi trường:\n\n- Rà soát các điểm xả thải.\n\n2. Đôn đốc thu phí bảo vệ môi trường./.\n")
    assert [t.text for t in letter.tasks] == [
        "VỀ lĩnh vực đất đai: Tăng cường kiểm tra việc sử dụng đất.",
        "Về lĩnh vực khoáng sản: Tăng cường quản lý cấp phép khai thác.",
        "Đánh giá hiện trạng các mỏ.", "Kiểm soát chặt chẽ sản lượng khai thác.",
        "Rà soát các điểm xả thải.", "Đôn đốc thu phí bảo vệ môi trường./."]
    # a stray bullet naming trades is no assignee heading: the addressee leads all
    assert {tuple(t.lead) for t in letter.tasks} == {("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",)}


PLAN = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 88/KH-UBND\n"
        "Thành phố Hồ Chí Minh, ngày 06 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai Tháng an toàn giao thông\n\n"
        "I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. NỘI DUNG\n\n")


def test_a_labelled_activity_starts_at_its_label_and_a_heading_bracket_says_what_the_body_is():
    letter = extract(
        PLAN + "1. Tổ chức các hoạt động truyền thông\n\na) Hoạt động 1\n\n"
        "- Nội dung: Tổ chức lễ phát động trên địa bàn.\n\n"
        "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, "
        "Ủy ban nhân dân phường, xã và các đơn vị có liên quan.\n\n"
        "b) Hoạt động 2\n\n- Nội dung:\n\n+ Sơ kết mô hình điểm.\n\n+ Bồi dưỡng kỹ năng cho tuyên truyền viên.\n\n"
        "- Cơ quan thực hiện: Sở Y tế.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ (Cơ quan thường trực Ban An toàn giao thông Thành phố):\n\n"
        "- Theo dõi, tổng hợp báo cáo kết quả.\n\n2. Thủ trưởng các sở, ban, ngành Thành phố\n\n"
        "- Trong phạm vi quản lý của ngành, chủ động phối hợp với các cơ quan có liên quan tổ chức kiểm tra.\n")
    first, *parts, follow, partner = letter.tasks
    assert first.text.startswith("Hoạt động 1 Nội dung: Tổ chức lễ")
    assert first.lead == ["Sở Nội vụ"]
    assert first.support[:2] == ["các sở, ban, ngành, đoàn thể Thành phố", "Ủy ban nhân dân phường, xã"]
    # a content field over its parts: each part is a task of the activity's body
    assert [t.text for t in parts] == ["Sơ kết mô hình điểm.", "Bồi dưỡng kỹ năng cho tuyên truyền viên."]
    assert all(t.lead == ["Sở Y tế"] for t in parts)
    assert follow.lead == ["Sở Nội vụ"]
    # "Phối hợp với Y" under a heading: Y leads, the heading's body supports (ANNOTATION.md)
    assert partner.lead == ["các cơ quan có liên quan"]
    assert partner.support == ["các sở, ban, ngành Thành phố"]


def test_a_plans_topic_over_activities_is_no_task_and_a_sections_title_starts_its_paragraphs():
    letter = extract(
        PLAN + "2. Nhân rộng các mô hình tuyến đường an toàn, trường học an toàn trên "
        "địa bàn Thành phố.\n\na) Hoạt động 1\n\n- Nội dung: Sơ kết mô hình điểm.\n\n"
        "- Cơ quan thực hiện: Sở Y tế.\n\nIII. CHẾ\nĐỘ BÁO CÁO\n\n"
        "Các sở, ban, ngành Thành phố gửi báo cáo kết quả về Sở Nội vụ trước ngày 20 tháng 5 năm 2026 "
        "để tổng hợp báo cáo Ủy ban nhân dân Thành phố./.\n")
    # a section's title over its one paragraph is where its task starts (ANNOTATION.md, "text")
    assert [t.text[:30] for t in letter.tasks] == ["Hoạt động 1 Nội dung: Sơ kết m", "CHẾ ĐỘ BÁO CÁO Các sở, ban, ng"]
    report = letter.tasks[1]
    assert report.section == "III" and report.lead == ["Các sở, ban, ngành Thành phố"]
    assert report.report_to == ["Sở Nội vụ"]      # not whom Sở Nội vụ reports on to


def test_a_conclusions_assessment_that_asks_for_the_items_below_it():
    notice = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 377/TB-VPCP\nHà Nội, ngày 12 tháng 6 năm 2026\n\nTHÔNG BÁO\n"
              "Kết luận của Phó Thủ tướng tại buổi làm việc với thành phố Huế\n\n"
              "Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:\n\nI. ĐÁNH GIÁ CHUNG\n\n"
              "Thành phố đã hoàn thành nhiều chỉ tiêu.\n\n")
    asks = extract(notice + "Thời gian tới, thành phố Huế cần tập trung thực hiện "
                   "một số nhiệm vụ, giải pháp sau đây:\n\n1. Nâng cao năng lực đội ngũ cán bộ cấp xã.\n\n"
                   "2. Thúc đẩy chuyển đổi số.\n\nII. VỀ CÁC KIẾN NGHỊ\n\n1. Giao Bộ Nội vụ nghiên cứu.\n")
    assert [(t.section, t.lead) for t in asks.tasks] == [
        ("I", ["thành phố Huế"]), ("I", ["thành phố Huế"]), ("II", ["Bộ Nội vụ"])]
    # an assessment that only recounts stays no tasks
    recounts = extract(notice + "1. Công tác cán bộ được quan tâm.\n\n"
                       "II. VỀ CÁC KIẾN NGHỊ\n\n1. Giao Bộ Nội vụ nghiên cứu.\n")
    assert [t.section for t in recounts.tasks] == ["II"]


def test_a_conclusions_answer_to_a_request_names_who_acts_after_its_colon():
    letter = extract(
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 377/TB-VPCP\nHà Nội, ngày 12 tháng 6 năm 2026\n\nTHÔNG BÁO\n"
        "Kết luận của Phó Thủ tướng\n\nPhó Thủ tướng kết luận như sau:\n\nII. VỀ CÁC KIẾN NGHỊ CỦA THÀNH PHỐ\n\n"
        "1. Về đề nghị các bộ sớm sửa đổi quy định về định mức: Ủy ban nhân dân thành phố Huế "
        "rà soát các định mức chưa phù hợp, phối hợp với Bộ Nội vụ tổng hợp, đề xuất.\n\n"
        "2. Về đề nghị Bộ Tài chính bổ sung kinh phí: Bộ Tài chính xem xét, xử lý theo thẩm quyền.\n")
    first, second = letter.tasks
    # the request names others; the answer's subject leads
    assert first.text.startswith("Về đề nghị các bộ sớm")
    assert first.lead == ["Ủy ban nhân dân thành phố Huế"] and first.support == ["Bộ Nội vụ"]
    assert second.lead == ["Bộ Tài chính"]


@pytest.mark.parametrize("closing, report_to", [
    # a reporting rule in a paragraph after the items: where their reports go
    ("Sở Y tế các tỉnh tổng hợp và định kỳ hằng quý báo cáo, gửi về Bộ Y tế "
     "trước ngày 15 của tháng cuối quý.", ["Bộ Y tế"]),
    # must not: a closing that only sends, with no reporting cycle
    ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Y tế.", []),
    # ... nor a bullet that is a report of its own
    ("- Báo cáo năm: Sở Y tế các tỉnh định kỳ hằng năm báo cáo Bộ Y tế.", []),
])
def test_a_reporting_rule_after_the_items_gives_their_reports_its_recipient(closing, report_to):
    letter = extract(
        HEAD + "Bộ Y tế yêu cầu Sở Y tế các tỉnh thực hiện các nội dung sau:\n\n"
        "5. Chế độ báo cáo\n\n5.1. Tổng hợp và báo cáo kết quả tiêm chủng.\n\n"
        "5.2. Đánh giá, báo cáo các khó khăn.\n\n" + closing + "\n")
    assert letter.tasks[0].report_to == report_to


def test_a_conclusions_topic_heading_names_no_one_who_acts():
    letter = extract(
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 381/TB-VPCP\nHà Nội, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\n"
        "Kết luận của Phó Thủ tướng\n\nPhó Thủ tướng kết luận như sau:\n\nIII. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n\n"
        "1. Về kiến nghị giao Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án:\n\n"
        "Giao Bộ Xây dựng chủ trì, phối hợp với các bộ, cơ quan liên quan xem xét, quyết định.\n\n"
        "2. Về việc sớm trình Quốc hội phê duyệt điều chỉnh\nchủ trương đầu tư dự án:\n\n"
        "Bộ Nông nghiệp và Môi trường khẩn trương hoàn chỉnh báo cáo, trình Chính phủ.\n\n"
        "3. Về phía Bộ Tài chính: cân đối nguồn vốn cho dự án.\n")
    first, second, third = letter.tasks
    # the request's heading and its answer: one task, led by whom the answer names
    assert first.text.startswith("Về kiến nghị giao") and first.lead == ["Bộ Xây dựng"]
    assert first.support == ["các bộ, cơ quan liên quan"]
    assert second.lead == ["Bộ Nông nghiệp và Môi trường"]
    assert second.report_to == ["Chính phủ"]     # the topic's "trình Quốc hội" is no recipient
    # "Về phía X:" names who acts
    assert third.lead == ["Bộ Tài chính"]


def test_the_issuers_own_place_named_as_the_one_who_acts_is_no_task():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 57/KH-UBND\nAn Giang, ngày 09 tháng 4 năm 2026\n\n"
            "KẾ HOẠCH\nĐầu tư công năm 2027\n\nI. NỘI DUNG\n\n")
    own = extract(plan + "1. Vốn đầu tư công\n\nTrên cơ sở tiến độ giải ngân năm 2026, "
                  "tỉnh An Giang xây dựng kế hoạch vốn đầu tư công năm 2027.\n")
    assert own.tasks == []
    # ... another place, or a body of the province, still acts
    other = extract(plan + "1. Vốn đầu tư công\n\nTrên cơ sở tiến độ giải ngân năm 2026, "
                    "Sở Tài chính xây dựng kế hoạch vốn đầu tư công năm 2027.\n")
    assert [t.lead for t in other.tasks] == [["Sở Tài chính"]]


@pytest.mark.parametrize("intro, due", [
    # the horizon in the name of the plan the line issues bounds none of its items
    ("UBND Thành phố ban hành Kế hoạch phát triển mạng lưới cấp nước trong các cụm công nghiệp đến năm 2035 "
     "với những nội dung sau:", None),
    # ... but a time the line ties to doing the work carries down (ANNOTATION.md, "Inheritance")
    ("UBND Thành phố yêu cầu các sở thực hiện các nhiệm vụ sau, hoàn thành trước ngày 30/6/2026:", "2026-06-30"),
])
def test_an_introducing_lines_time(intro, due):
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + intro + "\n\nI. NHIỆM VỤ\n\n1. Sở Xây dựng rà soát quy hoạch.\n")
    (task,) = letter.tasks
    assert (task.deadline.due if task.deadline else None) == due


def test_an_aims_section_that_only_introduces_its_aims_holds_no_task():
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. MỤC ĐÍCH, YÊU CẦU\n\nCăn cứ nhiệm vụ được giao, "
                     "kế hoạch gồm các nội dung sau:\n\n1. Nâng cao nhận thức của cán bộ.\n\n2. Bảo đảm an toàn.\n\n"
                     "II. NHIỆM VỤ\n\n1. Sở Y tế rà soát hồ sơ.\n")
    assert [t.section for t in letter.tasks] == ["II"]


@pytest.mark.parametrize("title, sections", [
    # a conclusion's findings are no orders, even where a point opens with a verb
    ("I. VỀ KẾT QUẢ ĐẠT ĐƯỢC", ["II"]),
    ("I. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", ["II"]),
    ("I. Về khó khăn, vướng mắc", ["II"]),
    # ... but a section that asks to overcome them orders
    ("I. KHẮC PHỤC TỒN TẠI, HẠN CHẾ", ["I", "II"]),
    ("I. GIẢI PHÁP THÁO GỠ KHÓ KHĂN, VƯỚNG MẮC", ["I", "II"]),
    # a report's account of the year and its forecasts
    ("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2025", ["II"]),
    ("I. DỰ BÁO CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 03 NĂM 2026 - 2028", ["II"]),
    # ... but not one whose title asks for work
    ("I. ĐÁNH GIÁ TÌNH HÌNH VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2026", ["I", "II"]),
    ("I. TÌNH HÌNH DỊCH BỆNH VÀ CÁC BIỆN PHÁP PHÒNG, CHỐNG", ["I", "II"]),
    ("I. ĐÁNH GIÁ VÀ ĐỊNH HƯỚNG NĂM 2026", ["I", "II"]),
    ("I. ĐÁNH GIÁ RỦI RO VÀ BIỆN PHÁP ỨNG PHÓ", ["I", "II"]),
])
def test_an_assessment_section_holds_no_task(title, sections):
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + f"{title}\n\nCông tác chuyển đổi số đã đạt kết quả: (1) ban hành "
                     "nhiều văn bản chỉ đạo; (2) Sở Y tế triển khai bệnh án điện tử.\n\n"
                     "II. NHIỆM VỤ\n\n1. Sở Y tế rà soát hồ sơ.\n")
    assert sorted({t.section for t in letter.tasks}) == sections


@pytest.mark.parametrize("closing, last", [
    # the reporting rule after a closing's formulas is a task, led by the ones the call names
    ("Trên đây là Kế hoạch của UBND tỉnh. Đề nghị các sở, ngành nghiêm túc triển khai thực hiện. Định kỳ "
     "hằng quý báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.",
     ("Định kỳ hằng quý", ["các sở, ngành"], ["Sở Nội vụ"])),
    # ... but formulas alone are none
    ("Trên đây là Kế hoạch của UBND tỉnh. Đề nghị các sở, ngành nghiêm túc triển khai thực hiện./.",
     ("Sở Y tế rà soát", ["Sở Y tế"], [])),
])
def test_a_reporting_rule_among_closing_formulas(closing, last):
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. NHIỆM VỤ\n\n1. Sở Y tế rà soát hồ sơ.\n\n" + closing + "\n")
    task = letter.tasks[-1]
    assert (task.text[:len(last[0])], task.lead, task.report_to) == last


_ORDERS = "".join(f"- {v} các công trình giao thông nhóm {i}.\n" for i, v in enumerate(
    ["Rà soát", "Kiểm tra", "Nâng cấp", "Số hóa", "Cập nhật", "Bảo đảm an toàn", "Đầu tư", "Tích hợp dữ liệu",
     "Giám sát", "Đánh giá"]))


@pytest.mark.parametrize("orders, tasks", [
    # in a section of orders, a short list's bullet that no verb of the vocabulary opens is one too
    (_ORDERS, 12),
    # ... but not in a section of a few bullets
    (_ORDERS.split("- Cập nhật")[0], 4 + 1),
])
def test_a_sections_lists_are_of_one_kind(orders, tasks):
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. NHIỆM VỤ\n\n1. Hạ tầng\n\n" + orders
                     + "\n2. Nguồn nhân lực\n\na) Hợp tác:\n\n- Mời gọi các doanh nghiệp công nghệ số tham gia dự án.\n\n"
                     "- Tập huấn kỹ năng số cho công chức.\n")
    assert len(letter.tasks) == tasks


def test_a_list_with_no_order_in_a_section_of_orders_stays_no_orders():
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. NHIỆM VỤ\n\n1. Hạ tầng\n\n" + _ORDERS
                     + "\n2. Hệ thống dùng chung\n\na) Các hệ thống thông tin dùng chung gồm\n\n"
                     "- Hệ thống quản lý văn bản và điều hành của tỉnh.\n\n- Cổng dịch vụ công trực tuyến của tỉnh.\n")
    assert len(letter.tasks) == 10


@pytest.mark.parametrize("body, text", [
    # a sub-number's title line over its order: one task from the title on
    ("1.1. Ứng dụng hệ thống GIS trong quản lý quy hoạch\n\nNghiên cứu, ứng dụng GIS để quản lý quy hoạch.",
     "Ứng dụng hệ thống GIS"),
    # ... not a title over a reference or a finding
    ("1.1. Kinh phí\n\nThực hiện theo quy định tại Quyết định số 12/QĐ-UBND.", None),
    ("1.1. Kết quả\n\nTỷ lệ hồ sơ trực tuyến đạt 80%.", None),
    # ... a title wrapped over three lines
    ("1.1. Đối với công tác quản lý, thống kê, kê khai, kiểm soát dữ liệu số trong quá trình vận hành "
     "hệ thống thông tin của tỉnh và công tác báo cáo kết quả vận hành, khai thác dữ liệu\n\n"
     "Yêu cầu thực hiện công tác thống kê theo hướng dẫn của Sở Khoa học và Công nghệ.", "Đối với công tác"),
])
def test_a_title_line_over_its_order(body, text):
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. NHIỆM VỤ\n\n1. Chuyển đổi số\n\n" + body + "\n")
    assert [t.text[:len(text)] for t in letter.tasks] == ([text] if text else [])


@pytest.mark.parametrize("bullet, task", [
    # a target's count as a plan breaks its work down is no order
    ("+ Lắp đặt mới trạm 5G: 58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm);", False),
    ("+ Xây mới: 120 phòng học.", False),
    # ... but an order with a figure in it is one
    ("+ Lắp đặt mới trạm 5G: 58 trạm, hoàn thành trước ngày 30/6/2026.", True),
    ("+ Sở Y tế mua sắm 20 xe cứu thương.", True),
])
def test_a_figure_is_no_order(bullet, task):
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. NHIỆM VỤ\n\n1. Hạ tầng\n\n- Rà soát hạ tầng viễn thông.\n\n"
                     "Trong đó:\n\n" + bullet + "\n")
    assert any(t.text.startswith(bullet[2:12]) for t in letter.tasks) is task


def test_a_figures_count_leaves_the_words_after_it_whole():
    from pipeline.tasks import _is_figure
    # (the verb after a count is read whole: "Lập danh sách" is an order, not "ập danh sách")
    assert not _is_figure("Bước 2: 10 Lập danh sách đối tượng") and _is_figure("Xây mới: 120 phòng học.")


@pytest.mark.parametrize("intro, lead", [
    # a clause that singles out part of the order before it keeps that order's subject
    ("1. Sở Y tế chỉ đạo thực hiện đồng bộ các giải pháp; trong đó lưu ý một số nội dung sau:", ["Sở Y tế"]),
    # ... not a clause of another subject, even one that singles it out
    ("1. Sở Y tế chỉ đạo thực hiện đồng bộ các giải pháp; Sở Tài chính thực hiện các nội dung sau:",
     ["Sở Tài chính"]),
    ("1. Các sở, ngành triển khai đồng bộ các giải pháp; trong đó, Sở Tài chính tập trung các nội dung sau:",
     ["Sở Tài chính"]),
])
def test_an_introducers_last_clause_and_its_subject(intro, lead):
    letter = extract(HEAD + intro + "\n- Rà soát hồ sơ tồn đọng.\n- Kiểm tra các cơ sở khám bệnh.\n")
    assert [t.lead for t in letter.tasks] == [lead, lead]


def test_an_opening_phrase_with_a_comma_is_no_topic_label():
    letter = extract(HEAD + "Bộ đề nghị như sau:\n\n1. Về lâu dài, Sở Xây dựng nghiên cứu xây dựng đề án "
                     "với các nội dung: nhân lực, kinh phí.\n")
    assert letter.tasks[0].lead == ["Sở Xây dựng"]


def test_a_reporting_rule_in_a_letter_without_sections_reaches_no_other_paragraph():
    letter = extract(HEAD + "Giao Sở Xây dựng hoàn thiện báo cáo đánh giá tác động.\n\n"
                     "Giao Sở Tài chính định kỳ hằng quý báo cáo Bộ Tài chính kết quả giải ngân.\n")
    assert [t.report_to for t in letter.tasks] == [[], ["Bộ Tài chính"]]


@pytest.mark.parametrize("label", ["Thành phần Ban Chỉ đạo:", "Thành phần gồm:"])
def test_a_plans_list_under_a_label_is_no_addressee_list(label):
    letter = extract("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 12/KH-UBND\nGia Lai, ngày 01 tháng 7 năm 2026\n"
                     f"KẾ HOẠCH\nKiện toàn Ban Chỉ đạo\n\n{label}\n- Sở Y tế;\n- Sở Tài chính;\n- Công an tỉnh.\n\n"
                     "I. NHIỆM VỤ\n\n1. Sở Y tế rà soát hồ sơ.\n")
    assert letter.document.recipients == []


def test_a_field_block_after_bullets_is_theirs_all_up_to_the_block_before():
    letter = extract(PLAN.split("I. MỤC ĐÍCH")[0] + "I. NHIỆM VỤ\n\n1. Nâng cao năng lực đội ngũ\n\n"
                     "- Tăng cường bồi dưỡng kỹ năng cho cán bộ.\n\n- Nâng cao ý thức trách nhiệm của công chức.\n\n"
                     "*Đơn vị thực hiện: *Các sở,\nngành, UBND cấp xã.\n\n*Đơn vị phối hợp: *Sở\nNội vụ.\n\n"
                     "- Tổ chức tập huấn cho công chức.\n\n*Đơn vị chủ trì: *Sở Tư pháp.\n\n"
                     "*Thời gian thực hiện: *Thường\nxuyên.\n")
    first, second, third = letter.tasks
    # a bullet with no fields of its own takes the block printed after the next one
    for t in (first, second):
        assert t.lead == ["Các sở, ngành", "UBND cấp xã"] and t.support == ["Sở Nội vụ"]
    assert third.lead == ["Sở Tư pháp"] and third.deadline.kind == "continuous"


def test_what_the_letter_sends_with_it_and_a_note_in_brackets_are_no_tasks():
    letter = extract(
        HEAD + "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh chỉ đạo:\n1. Phổ biến Sổ tay đến các xã.\n"
        "2. Tập huấn cho công chức cấp xã.\nBộ Xây dựng gửi kèm bộ tài liệu gồm:\n- Sổ tay nghiệp vụ;\n"
        "- Video hướng dẫn.\n*(Quét mã QR để xem toàn văn Sổ tay và tải video)*\n"
        "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh quan tâm, chỉ đạo thực hiện./.\n")
    assert [t.text for t in letter.tasks] == ["Phổ biến Sổ tay đến các xã.", "Tập huấn cho công chức cấp xã."]
    # ... but a list of what is to be done stays tasks
    letter = extract(
        HEAD + "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh chỉ đạo:\n1. Phổ biến Sổ tay đến các xã.\n"
        "2. Thực hiện các việc sau:\n- Rà soát hồ sơ tồn đọng;\n- Báo cáo kết quả trước ngày 10/12/2025.\n")
    assert len(letter.tasks) == 3
    # ... and so does what a letter sends for the addressees to act on
    letter = extract(
        HEAD + "Bộ Xây dựng gửi kèm dự thảo Thông tư, đề nghị Ủy ban nhân dân các tỉnh:\n"
        "1. Góp ý dự thảo.\n2. Gửi ý kiến về Bộ Xây dựng trước ngày 10/12/2025.\n")
    assert len(letter.tasks) == 2


def test_a_partner_order_under_no_assignee_is_led_by_its_partners_in_a_plan_only():
    letter = extract(PLAN + "- Phối hợp với lực lượng quân đội, Công an tỉnh hỗ trợ vận chuyển nước.\n")
    assert (letter.tasks[0].lead, letter.tasks[0].support) == (["lực lượng quân đội", "Công an tỉnh"], [])
    # ... but vague partners are no one to lead
    letter = extract(PLAN + "- Phối hợp với các cơ quan liên quan rà soát nguồn nước.\n")
    assert (letter.tasks[0].lead, letter.tasks[0].support) == ([], ["các cơ quan liên quan"])
    # ... in a letter to others, the addressees lead it
    letter = extract(HEAD + "Bộ đề nghị:\n1. Phối hợp với Công an tỉnh rà soát hồ sơ.\n")
    assert letter.tasks[0].lead == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert letter.tasks[0].support == ["Công an tỉnh"]


def test_items_after_a_block_of_field_bullets_are_the_units_items():
    letter = extract(
        "ỦY BAN NHÂN DÂN\nTỈNH A\n\nSố: 7/KH-UBND\n\nA, ngày 3 tháng 9 năm 2025\n\nKẾ HOẠCH\nChuyển đổi số\n\n"
        "I. NHIỆM VỤ\n\n1. Phát triển dữ liệu số\n\n- Cơ quan thực hiện: Sở Nội vụ; UBND các xã.\n"
        "- Thời gian: Thường xuyên.\n\na) Số hóa hồ sơ lưu trữ.\n\nb) Xây dựng cơ sở dữ liệu, hoàn thành trước ngày 30/11/2025.\n")
    assert [t.text for t in letter.tasks] == ["Số hóa hồ sơ lưu trữ.",
                                              "Xây dựng cơ sở dữ liệu, hoàn thành trước ngày 30/11/2025."]
    first, second = letter.tasks
    assert first.lead == second.lead == ["Sở Nội vụ", "UBND các xã"]
    assert first.deadline.kind == "continuous" and str(second.deadline.due) == "2025-11-30"


@pytest.mark.parametrize("lead_in, inherited", [
    # the letter's own manner word, as its items' deadline
    ("Bộ yêu cầu các địa phương khẩn trương thực hiện các nhiệm vụ sau:", "continuous"),
    ("Bộ đề nghị các địa phương tập trung, kịp thời triển khai các nội dung sau:", "continuous"),
    # ... not the manner of a purpose the lead-in gives
    ("Bộ yêu cầu các địa phương rút kinh nghiệm để chủ động triển khai kịp thời công tác "
     "ứng phó, trong đó tập trung các nhiệm vụ sau:", None),
    ("Bộ yêu cầu các địa phương tổng kết để kịp thời nhân rộng mô hình, cụ thể như sau:", None),
    # ... and a main clause that starts again after the purpose, or after its comma, is the items' own
    ("Để chủ động ứng phó với mưa lũ, các địa phương khẩn trương thực hiện các nội dung sau:",
     "continuous"),
    ("Để ứng phó với mưa lũ, Bộ đề nghị các địa phương khẩn trương thực hiện các nội dung sau:",
     "continuous"),
])
def test_the_letters_lead_in_passes_its_manner_word_down_unless_a_purpose_holds_it(lead_in, inherited):
    letter = extract(HEAD + lead_in + "\n\n1. Rà soát các hộ bị thiệt hại.\n\n2. Sửa chữa nhà ở cho các hộ.\n")
    assert len(letter.tasks) == 2
    for t in letter.tasks:
        assert (t.deadline.kind if t.deadline else None) == inherited


EMULATION = ("ỦY BAN NHÂN DÂN\nTỈNH A\n\nSố: 77/KH-UBND\nA, ngày 10 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
             "Phát động phong trào thi đua lập thành tích chào mừng Đại hội\n\n"
             "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động phong trào thi đua như sau:\n\n"
             "**I. MỤC ĐÍCH, YÊU CẦU**\n\nTạo khí thế thi đua sôi nổi.\n\n"
             "**II. NỘI DUNG THI ĐUA**\n\nCác cơ quan, đơn vị tập trung thi đua thực hiện các nội dung sau:\n\n"
             "1. Thi đua hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2025.\n\n"
             "2. Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số.\n\n"
             "**III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG**\n\n"
             "1. Tiêu chí thi đua\n\n- Hoàn thành xuất sắc nhiệm vụ được giao.\n\n- Tổ chức tốt công tác tuyên truyền.\n\n"
             "**IV. TRÁCH NHIỆM THỰC\nHIỆN**\n\n1. Thời gian thực hiện\n\nTừ ngày ban hành đến hết năm 2025.\n\n"
             "2. Trách nhiệm thực hiện\n\n"
             "- Sở Nội vụ hướng dẫn khen thưởng; phối hợp với các cơ quan liên quan đôn đốc thực hiện.\n\n"
             "- Sở Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí tăng cường tuyên truyền.\n\n"
             "- Ủy ban nhân dân các xã, phường tổ chức phát động phong trào thi đua trên địa bàn.\n")


def test_an_emulation_plan_gives_tasks_only_where_someone_is_asked():
    letter = extract(EMULATION)
    # the themes to compete on and the criteria to be judged by are no orders; the wrapped
    # title in capitals is one heading; a bare "Trách nhiệm thực hiện" over orders that name
    # who does them is their heading, not a field whose values they would be
    assert [(t.section, t.lead) for t in letter.tasks] == [
        ("IV", ["Sở Nội vụ"]), ("IV", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("IV", ["Ủy ban nhân dân các xã, phường"])]
    assert letter.tasks[0].support == ["các cơ quan liên quan"]
    assert [s.title for s in letter.sections][-1] == "TRÁCH NHIỆM THỰC HIỆN"


@pytest.mark.parametrize("title, criteria_are_tasks", [
    # the ones who compete, the criteria and the awards, however the title joins them
    ("**III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG**", False),
    ("**III. ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG**", False),
    ("**III. ĐỐI TƯỢNG VÀ TIÊU CHÍ KHEN THƯỞNG**", False),
    # ... not a section of duties
    ("**III. NHIỆM VỤ THI ĐUA VÀ KHEN THƯỞNG**", True),
])
def test_a_campaigns_criteria_section_holds_no_tasks(title, criteria_are_tasks):
    letter = extract(EMULATION.replace("**III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG**", title))
    assert any(t.section == "III" for t in letter.tasks) is criteria_are_tasks


def test_a_performer_label_with_its_colon_is_a_field_over_orders_too():
    letter = extract(
        PLAN + "1. Tổ chức các hoạt động truyền thông\n\na) Hoạt động 1\n\n"
        "- Nội dung: Tuyên truyền về an toàn giao thông.\n\n- Cơ quan thực hiện:\n\n"
        "+ Sở Xây dựng chủ trì, phối hợp với Công an Thành phố.\n\n+ Sở Văn hóa và Thể thao đăng tải thông điệp.\n")
    assert len(letter.tasks) == 1 and letter.tasks[0].text.startswith("Hoạt động 1")
    assert letter.tasks[0].lead == ["Sở Xây dựng", "Sở Văn hóa và Thể thao"]


def test_a_dossiers_papers_are_no_tasks_but_an_order_under_it_is():
    letter = extract(
        EMULATION.split("**III.")[0] + "**III. THỦ TỤC, HỒ SƠ VÀ THỜI GIAN KHEN THƯỞNG**\n\n"
        "1. Hồ sơ đề nghị khen thưởng\n\n- Tờ trình đề nghị khen thưởng của các cơ quan, đơn vị;\n\n"
        "- Biên bản họp xét khen thưởng;\n\n- Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng.\n\n"
        "- Sở Nội vụ thẩm định hồ sơ, trình Chủ tịch UBND tỉnh trước ngày 31/3/2026.\n\n"
        "2. Số lượng đề nghị khen thưởng\n\n- Sở Y tế, Sở Tài chính: mỗi đơn vị đề nghị không quá 02 cá nhân;\n\n"
        "- Các đơn vị còn lại: chọn không quá 01 trường hợp.\n")
    assert [(t.text[:22], t.lead) for t in letter.tasks] == [("Sở Nội vụ thẩm định hồ", ["Sở Nội vụ"])]


@pytest.mark.parametrize("title, tasks", [
    # a monitoring plan's method and the points it covers: how the work is done
    ("III. NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ", 1),
    ("III. PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ", 1),
    # ... not a section of the work itself
    ("III. NỘI DUNG THỰC HIỆN", 3),
    ("III. TỔ CHỨC KIỂM TRA", 3),
])
def test_a_monitoring_plans_method_is_no_orders(title, tasks):
    letter = extract(
        EMULATION.split("**II.")[0] + title + "\n\n"
        "1. Theo dõi tiến độ thực hiện các dự án.\n\n"
        "2. Sở Tài chính tổng hợp các mẫu biểu, báo cáo UBND tỉnh.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\nSở Nông nghiệp và Môi trường chủ trì giám sát, báo cáo UBND tỉnh trước ngày 15/12/2025.\n")
    assert len(letter.tasks) == tasks


@pytest.mark.parametrize("section, tasks", [
    # a unit about a kind of record, not the papers of a dossier, holds orders
    ("II. NHIỆM VỤ\n\n1. Hồ sơ bệnh án điện tử\n\na) Triển khai hồ sơ bệnh án điện tử, hoàn thành trước ngày "
     "30/9/2026.\n\nb) Kết nối dữ liệu với cơ sở dữ liệu quốc gia.\n", 2),
    # ... and an order under a dossier's heading is a task
    ("II. KHEN THƯỞNG\n\n1. Hồ sơ đề nghị khen thưởng\n\n- Gửi hồ sơ về Sở Nội vụ trước ngày 10/12/2025.\n", 1),
    # a campaign's themes that order a body by name, with a date, are tasks
    ("II. NỘI DUNG THI ĐUA\n\n1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã đăng ký nội dung thi đua, "
     "hoàn thành trước ngày 30/10/2025.\n\n2. Các xã tổ chức phát động phong trào, báo cáo Sở Nội vụ trước "
     "ngày 15/11/2025.\n", 2),
    # an inspection programme's units, each with who leads it, are tasks
    ("II. NỘI DUNG KIỂM TRA, GIÁM SÁT\n\n1. Kiểm tra việc thực hiện Nghị quyết về chuyển đổi số\n\n"
     "- Thời gian: Quý II/2026.\n\n- Bộ phận giúp việc: Ủy ban Kiểm tra Đảng ủy xã chủ trì, phối hợp với "
     "Văn phòng Đảng ủy.\n", 1),
])
def test_rules_and_methods_sections_that_order_someone_keep_their_tasks(section, tasks):
    assert len(extract(EMULATION.split("**II.")[0] + section).tasks) == tasks


def test_a_support_label_without_its_colon_over_role_sentences_is_still_a_field():
    letter = extract(
        PLAN + "1. Tổ chức Lễ khai mạc\n\n- Nội dung: Tổ chức lễ khai mạc Tháng hành động.\n\n"
        "- Cơ quan chủ trì: Sở Văn hóa và Thể thao.\n\n- Cơ quan phối hợp\n\n"
        "+ Công an Thành phố bảo đảm an ninh trật tự;\n\n+ Sở Y tế bố trí lực lượng y tế trực.\n")
    assert [(t.lead, t.support) for t in letter.tasks] == [
        (["Sở Văn hóa và Thể thao"], ["Công an Thành phố", "Sở Y tế"])]


@pytest.mark.parametrize("item, tasks", [
    # an order over items that name who does each part only introduces them
    ("1. Khẩn trương kiện toàn Ban Chỉ đạo chuyển đổi số các cấp.\n\n- Sở Nội vụ chủ trì, phối hợp với "
     "Văn phòng UBND tỉnh tham mưu kiện toàn Ban Chỉ đạo tỉnh.\n\n- UBND các xã thành lập Ban Chỉ đạo cấp xã.\n",
     ["Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu kiện toàn Ban Chỉ đạo tỉnh.",
      "UBND các xã thành lập Ban Chỉ đạo cấp xã."]),
    # ... and so do run-in labels naming them
    ("(1) Tham mưu ban hành chính sách miễn phí đối với một số thủ tục hành chính.\n\n"
     "- Các sở, ban, ngành: Rà soát thủ tục hành chính thuộc lĩnh vực quản lý.\n\n"
     "- Sở Tài chính: Tập hợp kết quả rà soát, tham mưu UBND tỉnh.\n",
     ["Rà soát thủ tục hành chính thuộc lĩnh vực quản lý.", "Tập hợp kết quả rà soát, tham mưu UBND tỉnh."]),
])
def test_an_item_whose_parts_name_who_does_them_is_no_task_itself(item, tasks):
    assert [t.text for t in extract(_ASKING + item).tasks] == tasks


_ASKING = "UBND TỈNH LÂM ĐỒNG\nSố: 12/UBND-NC\nKính gửi: Các sở, ban, ngành.\n\nUBND tỉnh yêu cầu:\n\n"


def test_an_order_over_a_note_that_names_a_body_stays_a_task():
    letter = extract(_ASKING + "1. Các sở, ngành rà soát thủ tục hành chính, gửi Sở Tư pháp trước ngày 30/5/2026.\n\n"
                     "* Ghi chú: Sở Tư pháp có trách nhiệm hướng dẫn biểu mẫu.\n")
    assert letter.tasks[0].text.startswith("Các sở, ngành rà soát thủ tục hành chính")
    assert letter.tasks[0].deadline.due == "2026-05-30"


def test_an_order_of_its_own_over_parts_that_name_no_one_stays_a_task():
    letter = extract(_ASKING + "1. Các sở, ban, ngành rà soát thủ tục hành chính thuộc lĩnh vực quản lý, "
                     "báo cáo UBND tỉnh.\n\n- Danh mục thủ tục tại Phụ lục kèm theo.\n")
    assert letter.tasks[0].text.startswith("Các sở, ban, ngành rà soát thủ tục")


_CONCLUSION = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\nTHÔNG BÁO\nKết luận như sau:\n"
               "1. Bộ Tài chính chủ trì, phối hợp với các Bộ: Tư pháp, Công Thương khẩn trương hoàn thiện "
               "dự thảo Đề án, trình Thủ tướng Chính phủ trước ngày 20 tháng 10 năm 2024. {details}\n"
               "- Về sàn giao dịch:\n{first}\n- Về phân công nhiệm vụ:\nLàm việc với các Bộ để thống nhất phân công.\n"
               "2. Bộ Xây dựng rà soát quy hoạch.\n")


@pytest.mark.parametrize("details", ["Trong đó chú ý một số nội dung sau:", "Trong đó, lưu ý các nội dung sau:",
                                     "Đặc biệt lưu ý các nội dung sau:"])
def test_details_after_an_order_carry_its_lead_partners_and_date(details):
    letter = extract(_CONCLUSION.format(details=details, first="Nghiên cứu quy định về sàn giao dịch."))
    first, second, _ = letter.tasks
    for t in (first, second):
        assert t.lead == ["Bộ Tài chính"] and t.support == ["Bộ Tư pháp", "Bộ Công Thương"]
        assert t.deadline.due == "2024-10-20"


def test_a_detail_that_names_the_lead_again_keeps_its_partners():
    letter = extract(_CONCLUSION.format(details="Trong đó chú ý một số nội dung sau:",
                                        first="Bộ Tài chính nghiên cứu quy định về sàn giao dịch."))
    assert (letter.tasks[0].lead, letter.tasks[0].support) == (["Bộ Tài chính"], ["Bộ Tư pháp", "Bộ Công Thương"])


@pytest.mark.parametrize("first", ["Bộ Tài chính chủ trì nghiên cứu quy định về sàn giao dịch.",
                                   "Giao Bộ Tài chính nghiên cứu quy định về sàn giao dịch."])
def test_a_detail_that_gives_the_lead_its_role_again_keeps_its_partners(first):
    letter = extract(_CONCLUSION.format(details="Trong đó chú ý một số nội dung sau:", first=first))
    assert (letter.tasks[0].lead, letter.tasks[0].support) == (["Bộ Tài chính"], ["Bộ Tư pháp", "Bộ Công Thương"])


def test_details_with_a_subject_of_their_own_do_not_carry_the_order_before():
    letter = extract(_CONCLUSION.format(details="Trong đó, Bộ Tư pháp tập trung các nội dung sau:",
                                        first="Nghiên cứu quy định về sàn giao dịch."))
    assert letter.tasks[0].lead == ["Bộ Tư pháp"]


def test_items_that_name_who_they_fall_to_after_a_dash_take_the_lead_and_the_intro_deadline():
    letter = extract(
        HEAD + "Bộ đề nghị các Bộ thực hiện như sau:\n\n1. Đối với các Bộ quản lý chuyên ngành\n\n"
        # (an OCR'd stray dot mid-sentence, and the details announced in a clause of their own)
        "a) Trong thời hạn 06 tháng, kể từ ngày Nghị định có hiệu lực thi hành, các bộ quản lý. "
        "chuyên ngành công bố danh mục tài sản kết cấu hạ tầng; cụ thể như sau:\n"
        "- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.\n"
        "- Tài sản kết cấu hạ tầng thương mại – Bộ Công Thương.\n")
    assert [t.lead for t in letter.tasks] == [["Bộ Xây dựng"], ["Bộ Công Thương"]]
    assert [t.deadline.kind for t in letter.tasks] == ["relative", "relative"]


_MEMBERS = ("- Sở Công Thương (đối với hạ tầng thương mại);\n- Sở Xây dựng (đối với hạ tầng đô thị).\n"
            "{announce}\na) Rà soát, thống kê tài sản kết cấu hạ tầng thuộc phạm vi quản lý.\n"
            "b) Hướng dẫn các đơn vị lập hồ sơ tài sản.\n")


@pytest.mark.parametrize("head, announce", [
    ("1. Các sở quản lý chuyên ngành\nGiao các sở quản lý chuyên ngành theo lĩnh vực gồm:", "Có trách nhiệm:"),
    ("1. Các sở quản lý chuyên ngành\nGiao các sở quản lý chuyên ngành theo lĩnh vực gồm:",
     "Thực hiện các nhiệm vụ sau:"),
    # (the list announced on the item's own line)
    ("1. Các sở quản lý chuyên ngành theo lĩnh vực, gồm:", "Có trách nhiệm:"),
    ("1. Giao các sở quản lý chuyên ngành theo lĩnh vực, bao gồm:", "Thực hiện các nhiệm vụ sau:"),
])
def test_the_members_a_collective_lists_lead_with_it_and_are_no_tasks(head, announce):
    letter = extract(HEAD + "Bộ đề nghị như sau:\n\n" + head + "\n" + _MEMBERS.format(announce=announce))
    assert [t.text[:7] for t in letter.tasks] == ["Rà soát", "Hướng d"]
    for t in letter.tasks:
        assert [n.casefold() for n in t.lead] == ["các sở quản lý chuyên ngành", "sở công thương", "sở xây dựng"]


@pytest.mark.parametrize("head", [
    # the bodies an order's object lists are no members of its subject
    "1. Thanh tra tỉnh kiểm tra việc chấp hành pháp luật tại các đơn vị, gồm:",
    "1. Kiểm tra các đơn vị, gồm:",
])
def test_bodies_an_order_lists_under_gom_lead_nothing(head):
    letter = extract(HEAD + "Bộ đề nghị như sau:\n\n" + head + "\n- Sở Nội vụ;\n- Sở Tư pháp.\n"
                     "Nội dung kiểm tra:\na) Việc quản lý biên chế.\nb) Việc thực hiện chế độ báo cáo.\n")
    assert all("Sở Nội vụ" not in t.lead for t in letter.tasks)


def test_bodies_listed_without_gom_are_no_members_of_the_item_before():
    # (a heading over bodies, each its own task, and no "gồm:" making them one collective)
    letter = extract(HEAD + "Bộ đề nghị như sau:\n\n1. Các sở quản lý chuyên ngành chủ trì rà soát tài sản:\n"
                     "- Sở Công Thương rà soát hạ tầng thương mại;\n- Sở Xây dựng rà soát hạ tầng đô thị.\n")
    assert [t.lead for t in letter.tasks] == [["Sở Công Thương"], ["Sở Xây dựng"]]


def test_items_after_a_list_of_topics_stay_under_its_bullet():
    # (a paragraph that announces notes after an ordinary bullet: the notes stay the bullet's)
    letter = extract(
        HEAD + "Bộ đề nghị như sau:\n\n1. Yêu cầu về văn bản hướng dẫn:\n"
        "- Về thể thức của văn bản: Cơ quan Thuế các cấp thực hiện đúng quy định về thể thức.\n"
        "Để thuận tiện cho tra cứu, cần lưu ý như sau:\n"
        "+ Tại phần trích yếu, cần nêu trích yếu cụ thể.\n"
        "+ Tại phần đầu văn bản, cần mô tả khái quát nội dung trả lời.\n")
    assert any(t.text.startswith("Tại phần trích yếu") for t in letter.tasks)


def test_html_line_breaks_in_a_crawl_s_tables_do_not_hide_the_signer():
    # (a title line over the header table, and the signer's table cell broken by "<br>")
    letter = extract(
        "# CÔNG VĂN SỐ 12/BGDĐT-KH — RÀ SOÁT HỒ SƠ\n\n"
        "| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** <br><br> Số: 12 /BGDĐT-KH <br> V/v rà soát hồ sơ | **CỘNG HÒA XÃ HỘI CHỦ "
        "NGHĨA VIỆT NAM** <br> **Độc lập - Tự do - Hạnh phúc** <br><br> *Hà Nội, ngày 15 tháng 09 năm 2026* |\n"
        "| :--- | :--- |\n\n**Kính gửi:**\n- Các sở giáo dục và đào tạo;\n- Các cơ sở giáo dục đại học.\n\n"
        "Bộ Giáo dục và Đào tạo hướng dẫn các đơn vị như sau:\n\n1. Rà soát hồ sơ trước ngày 30/9/2026.\n\n"
        "Bộ Giáo dục và Đào tạo trân trọng cám ơn./.\n\n<br>\n\n"
        "| **Nơi nhận:** | **KT. BỘ TRƯỞNG** <br> **THỨ TRƯỞNG** |\n| :--- | :--- |\n| - Như trên;<br>- Lưu: VT.\n")
    assert letter.document.issuer == "Bộ Giáo dục và Đào tạo"
    # the issuer's thanks are no task of the letter
    assert [t.text for t in letter.tasks] == ["Rà soát hồ sơ trước ngày 30/9/2026."]


def test_a_report_s_details_announced_in_a_clause_are_no_tasks():
    letter = extract(
        HEAD + "Bộ đề nghị như sau:\n\n1. Các xã, phường báo cáo kết quả về Sở Nội vụ trước ngày 20/4/2026; "
        "cụ thể như sau:\n- Số lượng cán bộ đã bố trí.\n- Số lượng cán bộ dôi dư.\n")
    assert [t.text[:12] for t in letter.tasks] == ["Các xã, phườ"]


def test_a_converter_s_hard_spaces_are_not_kept_in_names():
    letter = extract(HEAD + "Bộ đề nghị như sau:\n\n1. Giao Sở&nbsp;Tài&nbsp;chính chủ trì rà soát hồ sơ.\n")
    assert letter.tasks[0].lead == ["Sở Tài chính"]


def test_a_short_title_line_over_its_body_takes_no_subject_of_it():
    letter = extract(
        HEAD + "Bộ đề nghị như sau:\n\n1. Tuyên truyền\nCác địa phương tổ chức tuyên truyền.\n"
        "2. Tổ chức thực hiện\nThủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã chịu trách nhiệm triển khai "
        "thực hiện các nội dung nêu trên.\n3. Giao Sở Y tế\nChủ trì, phối hợp với Sở Tài chính rà soát hồ sơ.\n")
    second, third = letter.tasks[1:]
    # (the text starts at the title line, as the guide says; the roles are the body's)
    assert second.text.startswith("Tổ chức thực hiện")
    assert second.lead == ["các sở, ban, ngành", "UBND các xã"]
    # ... but a title that names the agency gives it
    assert third.lead == ["Sở Y tế"] and third.support == ["Sở Tài chính"]


def test_a_lone_lead_that_collects_the_reports_reports_on():
    letter = extract(HEAD + "Bộ đề nghị như sau:\n\n1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp hướng dẫn "
                     "các cơ quan, đơn vị triển khai, báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2013 để tổng "
                     "hợp, báo cáo UBND tỉnh.\n2. Các xã báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.\n")
    assert [t.report_to for t in letter.tasks] == [["UBND tỉnh"], ["Sở Nội vụ"]]


def test_a_province_reporting_and_asking_a_ministry_speaks_in_its_lead_in():
    letter = extract("| ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
                     "| Số: 35/UBND-KT | Hòa Bình, ngày 11 tháng 5 năm 2026 |\n\nKính gửi: Bộ Công Thương\n\n"
                     "Ủy ban nhân dân tỉnh nhận được phản ánh của doanh nghiệp về vướng mắc trong cấp phép. "
                     "Ủy ban nhân dân tỉnh báo cáo và đề nghị Bộ Công Thương nội dung như sau:\n\n"
                     "1. Kiến nghị\n\nỦy ban nhân dân tỉnh đề nghị Bộ Công Thương:\n\n"
                     "(i). Chỉ đạo Cục Hóa chất ban hành văn bản hướng dẫn các địa phương.\n\n"
                     "(ii). Sớm sửa đổi Thông tư số 12/2024/TT-BCT.\n\n"
                     "Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Công Thương quan tâm, sớm xem xét, giải quyết./.\n\n"
                     "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n")
    # the lead-in speaks (it reports and asks), the courtesy close asks nothing new
    assert [(t.text[:12], t.lead) for t in letter.tasks] == [("Chỉ đạo Cục ", ["Bộ Công Thương"]),
                                                             ("Sớm sửa đổi ", ["Bộ Công Thương"])]


_A_PLAN = ("| ỦY BAN NHÂN DÂN TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
           "| Số: 134/KH-UBND | A, ngày 26 tháng 3 năm 2026 |\n\nKẾ HOẠCH\nPhát triển các khu công nghiệp\n\n")


@pytest.mark.parametrize("funds, tasks", [
    # a plan's funds list what the money pays for: no orders
    ("IV. VỐN ĐẦU TƯ\n\nKhái toán tổng vốn: 7.080 tỷ đồng, trong đó:\n\n"
     "+ Hoàn thiện hạ tầng kỹ thuật khu công nghiệp với tổng vốn 285 tỷ đồng.\n\n"
     "+ Đầu tư xây dựng nhà ở công nhân.\n\n", 0),
    # ... but a body named to find or allot the money is asked something
    ("IV. KINH PHÍ THỰC HIỆN\n\nSở Tài chính chủ trì, tham mưu bố trí kinh phí thực hiện Kế hoạch.\n\n", 1),
])
def test_a_plans_funds_are_no_orders(funds, tasks):
    letter = extract(_A_PLAN + "I. NHIỆM VỤ\n\n1. Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp.\n\n"
                     + funds + "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Xây dựng\n\n- Hướng dẫn thủ tục đấu nối giao thông.\n")
    assert len(letter.tasks) == 2 + tasks


def test_partnering_the_local_authorities_under_a_heading_makes_them_the_lead():
    letter = extract(_A_PLAN + "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Công Thương\n\n"
                     "- Phối hợp với chính quyền địa phương rà soát quy hoạch cụm công nghiệp.\n\n"
                     "- Phối hợp với các cấp chính quyền địa phương kiểm tra an toàn.\n\n"
                     "- Phối hợp với chính quyền địa phương, Công an tỉnh kiểm tra phòng cháy.\n\n"
                     "- Phối hợp với chính quyền địa phương kiểm tra, Công an tỉnh hỗ trợ.\n\n"
                     "- Phối hợp với các hộ gia đình vận động di dời.\n")
    assert [(t.lead, t.support) for t in letter.tasks] == [
        (["chính quyền địa phương"], ["Sở Công Thương"]),
        (["các cấp chính quyền địa phương"], ["Sở Công Thương"]),
        # ... with the bodies joined to it, not those of a later clause
        (["chính quyền địa phương", "Công an tỉnh"], ["Sở Công Thương"]),
        (["chính quyền địa phương"], ["Sở Công Thương"]),
        (["Sở Công Thương"], ["các hộ gia đình"]),    # households partner, but lead no body
    ]
