"""Whole invented letters through `extract`: the task count and each task's section, lead,
support, deadline and report-to, for the phrasing families of the extractors (ANNOTATION.md).

Each row of a table is one task: (section, lead, support, deadline, report_to), where
deadline is (kind, due) or None.
"""
import pytest

from extractors.agencies import use_letter_names
from pipeline import extract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 1520/UBND-KGVX\nV/v triển khai nhiệm vụ\n"
        "Phú Thọ, ngày 12 tháng 9 năm 2025\n\n")
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"


@pytest.fixture(autouse=True)
def _forget_letter_names():
    """extract() makes each letter's addressees names for what is read next: not beyond it."""
    yield
    use_letter_names([])


def rows(letter):
    return [(t.section, t.lead, t.support,
             (t.deadline.kind, t.deadline.due) if t.deadline else None, t.report_to)
            for t in letter.tasks]


LETTERS = [
    pytest.param(
        HEAD + "Kính gửi:\n- Sở Khoa học và Công nghệ;\n- Sở Tài chính;\n- UBND các xã, phường.\n\n"
        "Chủ tịch UBND tỉnh chỉ đạo như sau:\n\n"
        "1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Công an tỉnh xây dựng "
        "Kế hoạch chuyển đổi số, trình UBND tỉnh trước ngày 15/10/2025.\n\n"
        "2. Sở Tài chính\n\n"
        "a) Chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí thực hiện trong quý IV/2025.\n\n"
        "b) Phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán.\n\n"
        "3. UBND các xã, phường định kỳ hằng tháng báo cáo kết quả về Sở Khoa học và Công nghệ.\n" + FOOT,
        [("1", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính", "Công an tỉnh"], ("date", "2025-10-15"), ["UBND tỉnh"]),
         # under a heading: "Chủ trì, ..." is the heading's; "Phối hợp với Y" is Y's with the heading's support
         ("2", ["Sở Tài chính"], ["Sở Nội vụ"], ("quarter", "2025-12-31"), []),
         ("2", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], None, []),
         ("3", ["UBND các xã, phường"], [], ("recurring", None), ["Sở Khoa học và Công nghệ"])],
        id="giao-heading-bare-orders-cycle"),
    pytest.param(
        HEAD + "Kính gửi: Sở Y tế.\n\n"
        "UBND tỉnh yêu cầu các đơn vị thực hiện các nhiệm vụ sau, hoàn thành trước ngày 30/11/2025:\n\n"
        "1. Rà soát danh sách cơ sở khám bệnh.\n\n"
        "2. Tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.\n\n"
        "3. Khẩn trương kiểm tra, báo cáo trước ngày 15/10/2025.\n" + FOOT,
        # "các đơn vị" re-mentions the one addressee; the intro's deadline carries down, a task's own wins
        [("1", ["Sở Y tế"], [], ("date", "2025-11-30"), []),
         ("2", ["Sở Y tế"], [], ("date", "2025-11-30"), ["UBND tỉnh"]),
         ("3", ["Sở Y tế"], [], ("date", "2025-10-15"), [])],
        id="addressee-remention-inherited-deadline"),
    pytest.param(
        HEAD + "Kính gửi:\n- Sở Nội vụ;\n- Sở Tư pháp.\n(sau đây gọi chung là các đơn vị)\n\n"
        "UBND tỉnh đề nghị các đơn vị thực hiện như sau:\n\n"
        "1. Rà soát thủ tục hành chính, gửi kết quả về Văn phòng UBND tỉnh trước ngày 20/10/2025.\n\n"
        "2. Đối với Sở Tư pháp:\n\n- Kiểm tra tính hợp pháp của các văn bản.\n\n"
        "- Phối hợp với Sở Nội vụ tập huấn cho cán bộ.\n\n"
        "3. Trách nhiệm của Sở Nội vụ:\n\n"
        "- Chủ trì, phối hợp với Sở Tư pháp tổng hợp kết quả, báo cáo lãnh đạo UBND tỉnh.\n" + FOOT,
        [("1", ["Sở Nội vụ", "Sở Tư pháp"], [], ("date", "2025-10-20"), ["Văn phòng UBND tỉnh"]),
         ("2", ["Sở Tư pháp"], [], None, []),
         ("2", ["Sở Nội vụ"], ["Sở Tư pháp"], None, []),
         ("3", ["Sở Nội vụ"], ["Sở Tư pháp"], None, ["UBND tỉnh"])],
        id="alias-and-assignee-headings"),
    pytest.param(
        HEAD + "Kính gửi: Sở Tài chính.\n\nUBND tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm thực hiện đúng tiến độ.\n\n"
        "II. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu đất đai\n\n"
        "- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.\n\n"
        "- Đơn vị phối hợp: Sở Tài chính, UBND các xã, phường.\n\n"
        "- Thời hạn: quý II/2026.\n\n- Sản phẩm: Cơ sở dữ liệu đất đai.\n\n"
        "2. Số hóa hồ sơ lưu trữ\n\n- Đơn vị thực hiện: Sở Nội vụ.\n\n- Thời gian thực hiện: năm 2026.\n\n"
        "3. Giao Sở Tài chính:\n\nBố trí kinh phí thực hiện các nhiệm vụ trên trong dự toán năm 2026.\n" + FOOT,
        # field lines are no tasks; aims are no tasks; "Đơn vị thực hiện" alone leads;
        # "dự toán năm 2026" is a noun's period, no deadline
        [("II", ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính", "UBND các xã, phường"],
          ("quarter", "2026-06-30"), []),
         ("II", ["Sở Nội vụ"], [], ("year", "2026-12-31"), []),
         ("II", ["Sở Tài chính"], [], None, [])],
        id="plan-fields"),
    pytest.param(
        HEAD + "Kính gửi: Sở Công Thương.\n\nThực hiện Chỉ thị số 15/CT-TTg ngày 02/8/2025 của Thủ tướng "
        "Chính phủ, UBND tỉnh giao nhiệm vụ tháng 10, quý IV năm 2025 như sau:\n\n"
        "1. Sở Công Thương rà soát các cụm công nghiệp.\n\n"
        "2. Sở Công Thương kiểm tra thị trường, hoàn thành trong tháng 10.\n\n"
        "3. Sở Nội vụ tham dự cuộc họp do Văn phòng UBND tỉnh chủ trì.\n\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Công Thương để tổng hợp./.\n"
        + FOOT,
        # the intro's period is no deadline; a month without year takes the letter's; the
        # event's chair is no role; the closing about difficulties is no task
        [("1", ["Sở Công Thương"], [], None, []),
         ("2", ["Sở Công Thương"], [], ("month", "2025-10-31"), []),
         ("3", ["Sở Nội vụ"], [], None, [])],
        id="intro-period-event-chair-closing"),
    pytest.param(
        HEAD + "Kính gửi: Sở Công Thương.\n\nĐể hoàn thành kế hoạch tăng trưởng trong năm 2025, "
        "UBND tỉnh đề nghị Sở Công Thương:\n\n"
        "1. Rà soát các cụm công nghiệp.\n\n"
        "2. Kiểm tra an toàn hồ đập, hoàn thành trước ngày 30/11/2025.\n" + FOOT,
        # a purpose clause's period does not carry down
        [("1", ["Sở Công Thương"], [], None, []),
         ("2", ["Sở Công Thương"], [], ("date", "2025-11-30"), [])],
        id="purpose-clause-intro"),
    pytest.param(
        HEAD + "Kính gửi: Sở Công Thương.\n\nUBND tỉnh chỉ đạo như sau:\n\n"
        "A. NHIỆM VỤ TỪ NAY ĐẾN NĂM 2027\n\n"
        "1. Sở Công Thương rà soát cụm công nghiệp.\n\n"
        "2. Sở Xây dựng hoàn thiện hạ tầng, hoàn thành trong năm 2026.\n" + FOOT,
        # a section heading's horizon carries down; a task's own deadline beats it
        [("A", ["Sở Công Thương"], [], ("year", "2027-12-31"), []),
         ("A", ["Sở Xây dựng"], [], ("year", "2026-12-31"), [])],
        id="section-horizon"),
    pytest.param(
        HEAD + "Kính gửi: Sở Công Thương.\n\nUBND tỉnh chỉ đạo như sau:\n\n"
        "1. Sở Công Thương thực hiện các nhiệm vụ sau, báo cáo UBND tỉnh trước ngày 31/12/2025:\n\n"
        "- Rà soát cụm công nghiệp.\n\n"
        "- Kiểm tra thị trường, báo cáo Sở Tài chính trước ngày 15/11/2025.\n\n"
        "2. Giao Sở Tài chính chủ trì, phối hợp với Sở Công Thương thực hiện các nhiệm vụ sau:\n\n"
        "- Phối hợp với Sở Công Thương thẩm định giá.\n\n"
        "- Kiểm tra việc niêm yết giá.\n\n"
        "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.\n" + FOOT,
        # an introducing item gives its subject, deadline and recipient to its children;
        # a child partnering the intro's lead keeps the intro's roles
        [("1", ["Sở Công Thương"], [], ("date", "2025-12-31"), ["UBND tỉnh"]),
         ("1", ["Sở Công Thương"], [], ("date", "2025-11-15"), ["Sở Tài chính"]),
         ("2", ["Sở Tài chính"], ["Sở Công Thương"], None, []),
         ("2", ["Sở Tài chính"], ["Sở Công Thương"], None, [])],
        id="introducing-items"),
    pytest.param(
        HEAD + "Kính gửi: Sở Xây dựng.\n\nChủ tịch UBND tỉnh yêu cầu:\n\n"
        "1. Rà soát quy hoạch chung.\n\n"
        "2. Báo cáo UBND tỉnh kết quả thực hiện trước ngày 20 hằng tháng.\n" + FOOT,
        [("1", ["Sở Xây dựng"], [], None, []),
         ("2", ["Sở Xây dựng"], [], ("recurring", None), ["UBND tỉnh"])],
        id="no-agency-named-goes-to-kinh-gui"),
    pytest.param(
        HEAD + "Kính gửi: Sở Xây dựng.\n\nChủ tịch UBND tỉnh có ý kiến như sau:\n\n"
        "1. Quý Sở khẩn trương rà soát quy hoạch chung.\n\n"
        "2. Đề nghị quý Sở báo cáo UBND tỉnh trước ngày 15/10/2025.\n" + FOOT,
        [("1", ["Sở Xây dựng"], [], ("continuous", None), []),
         ("2", ["Sở Xây dựng"], [], ("date", "2025-10-15"), ["UBND tỉnh"])],
        id="quy-so-remention"),
    pytest.param(
        HEAD + "Kính gửi:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo;\n- Sở Tài chính.\n\n"
        "Chủ tịch UBND tỉnh chỉ đạo như sau:\n\n"
        "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính; phối hợp với Công an tỉnh kiểm tra an toàn thực "
        "phẩm, báo cáo kết quả về UBND tỉnh trong tháng 11, 12/2025.\n\n"
        "2. Giao Sở Giáo dục và Đào tạo tham dự hội nghị do Bộ Giáo dục và Đào tạo chủ trì, báo cáo kết "
        "quả trước ngày 30/10/2025.\n\n"
        "3. Sở Tài chính tham mưu tạm dừng thu phí đến hết tháng 6/2026.\n" + FOOT,
        # partner lists across ";"; a list of months ends with the last; the event's chair is
        # no role; a period the order only covers is no deadline
        [("1", ["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"], ("month", "2025-12-31"), ["UBND tỉnh"]),
         ("2", ["Sở Giáo dục và Đào tạo"], [], ("date", "2025-10-30"), []),
         ("3", ["Sở Tài chính"], [], None, [])],
        id="partner-lists-event-chair-covered-period"),
]


@pytest.mark.parametrize("text, expected", LETTERS)
def test_letter_tasks(text, expected):
    assert rows(extract(text)) == expected


def test_products_of_a_plans_field_and_citations_apart_from_the_own_number():
    letter = extract(
        HEAD + "Kính gửi: Sở Nông nghiệp và Môi trường.\n\n"
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2025 của UBND tỉnh; theo đề nghị của Sở Tài chính tại "
        "Tờ trình số 12/TTr-STC, UBND tỉnh giao nhiệm vụ như sau:\n\n"
        "1. Xây dựng cơ sở dữ liệu đất đai\n\n- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.\n\n"
        "- Thời hạn: quý II/2026.\n\n- Sản phẩm: Cơ sở dữ liệu đất đai.\n" + FOOT)
    assert (letter.document.number, letter.document.symbol) == ("1520", "UBND-KGVX")
    assert [c.ref for c in letter.citations] == ["45/KH-UBND", "12/TTr-STC"]
    (task,) = letter.tasks
    assert task.deliverables == ["Cơ sở dữ liệu đất đai"]
    assert task.lead == ["Sở Nông nghiệp và Môi trường"]


def test_a_lead_named_with_a_title_keeps_the_printed_agency_and_its_span():
    text = (HEAD + "Kính gửi: Sở Tư pháp.\n\nChủ tịch UBND tỉnh chỉ đạo như sau:\n\n"
            "1. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với Công an tỉnh rà soát văn bản.\n" + FOOT)
    letter = extract(text)
    (task,) = letter.tasks
    assert (task.lead, task.support) == (["Sở Tư pháp"], ["Công an tỉnh"])
    support = next(e for e in task.evidence if e.field == "support")
    assert text[support.span.start:support.span.end] == "Công an tỉnh"
