"""Headings and labels that only name who is to act (pipeline/assignees.py; ANNOTATION.md,
"Headings and fields"), with the marker already removed by the outline."""
import pytest

from extractors.agencies import use_letter_names
from pipeline.assignees import addressed_keys, agency_only, as_addressed, heading_offset, label_roles, same_agency, split_label


@pytest.fixture(autouse=True)
def _no_letter_names():
    use_letter_names([])
    yield
    use_letter_names([])


@pytest.mark.parametrize("heading, agencies", [
    ("Công an tỉnh", ["Công an tỉnh"]),
    ("Sở Tư pháp", ["Sở Tư pháp"]),
    ("Sở Y tế, Sở Tài chính:", ["Sở Y tế", "Sở Tài chính"]),
    ("Các sở, ban, ngành; UBND các xã, phường", ["Các sở, ban, ngành", "UBND các xã, phường"]),
    ("Đối với Sở Tài chính:", ["Sở Tài chính"]),
    ("Đối với UBND các huyện:", ["UBND các huyện"]),
    ("Trách nhiệm của các sở, ban, ngành:", ["các sở, ban, ngành"]),
    ("Nhiệm vụ của Sở Y tế", ["Sở Y tế"]),
    ("Giao Sở Nội vụ:", ["Sở Nội vụ"]),
    ("Giao cho Công an tỉnh", ["Công an tỉnh"]),
    ("Phân công Sở Tư pháp:", ["Sở Tư pháp"]),
    # the titles of the bodies' heads are no words of their own
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh",
     ["cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh"]),
    ("Giám đốc Sở Y tế, Giám đốc Công an tỉnh", ["Sở Y tế", "Công an tỉnh"]),
    # a request that names only its addressee, on a line of its own, is a label like "Giao X"
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("Đề nghị Sở Y tế:", ["Sở Y tế"]),
    ("Yêu cầu Công an tỉnh:", ["Công an tỉnh"]),
    # ... its word as a label of its own too
    ("Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh", ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh"]),
    # the form names an assignee even where no agency rule reads the words
    ("Đối với các tổ chức khác:", ["các tổ chức khác"]),
    ("Trách nhiệm của các đơn vị", ["các đơn vị"]),
    ("Đối với các doanh nghiệp nhà nước:", ["các doanh nghiệp nhà nước"]),
    # titles over a head alone and over a collective without "các"
    ("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", ["Sở", "cơ quan, ban, ngành"]),
    # bodies of a kind in the plural, as the heading describes them
    ("Các cơ sở khám bệnh trên địa bàn thành phố", ["Các cơ sở khám bệnh trên địa bàn thành phố"]),
    ("Các doanh nghiệp viễn thông", ["Các doanh nghiệp viễn thông"]),
    # a name with a comma in it, alone on its line
    ("Vụ Kế hoạch, Tài chính", ["Vụ Kế hoạch, Tài chính"]),
    ("Vụ Kế hoạch, Tài chính:", ["Vụ Kế hoạch, Tài chính"]),
    # the members a bracket names count too ("collective như: A, B")
    ("Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Tài chính)",
     ["Các cơ quan tham mưu quản lý ngành, lĩnh vực", "Sở Xây dựng", "Sở Tài chính"]),
    ("Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu)",
     ["các cơ quan quản lý cấp trên", "cơ quan đại diện chủ sở hữu"]),
    ("Sở Y tế (gồm cả các bệnh viện tuyến tỉnh)", ["Sở Y tế", "các bệnh viện tuyến tỉnh"]),
    # "tổ chức, cá nhân" (organisations and people) after bodies of a kind: no verb
    ("Các doanh nghiệp vận tải, tổ chức, cá nhân có liên quan",
     ["Các doanh nghiệp vận tải, tổ chức, cá nhân có liên quan"]),
    # "As for X": a conclusion's heading naming who acts
    ("Về phía Bộ Tài chính:", ["Bộ Tài chính"]),
    # a bracket that lists the members with no "gồm": two bodies or more
    ("Các cơ quan cấp phép xây dựng (Sở Xây dựng, Ban quản lý Khu Kinh tế Vân Phong):",
     ["Các cơ quan cấp phép xây dựng", "Sở Xây dựng", "Ban quản lý Khu Kinh tế Vân Phong"]),
    ("Các sở, ngành (theo chức năng, nhiệm vụ)", ["Các sở, ngành"]),
    # a bracket that says what the body is, not who else
    ("Sở Xây dựng (Cơ quan thường trực Ban An toàn giao thông tỉnh):", ["Sở Xây dựng"]),
    # a body described by the work it does, its verb made a noun by "việc"
    ("Cơ quan tổ chức việc nhập cảnh", ["Cơ quan tổ chức việc nhập cảnh"]),
    ("Đơn vị thực hiện việc thu phí:", ["Đơn vị thực hiện việc thu phí"]),
    # a body and its unit in brackets, or its owner: one assignee, as printed
    ("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)",
     ["Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"]),
    ("Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh):",
     ["Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh)"]),
    ("Sở Tư pháp (cơ quan đầu mối):", ["Sở Tư pháp"]),
    ("Công an tỉnh (thành viên Ban Chỉ đạo thi hành án tỉnh):", ["Công an tỉnh"]),
    # ... or the part of the work it answers for, after one body or a list of them
    ("Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);", ["Sở Xây dựng"]),
    ("Ban Quản lý Khu kinh tế, Sở Công Thương (đối với hạ tầng khu kinh tế, cụm công nghiệp);",
     ["Ban Quản lý Khu kinh tế", "Sở Công Thương"]),
    # the plural of a kind of body, not of a trade
    ("Các sở, ngành Thành phố", ["Các sở, ngành Thành phố"]),
    # local collectives by where they lie, and the ones stressed among them
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến\nKhánh Hòa:",
     ["Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"]),
    ("UBND các tỉnh ven biển từ Quảng Ninh đến Quảng Ngãi:", ["UBND các tỉnh ven biển từ Quảng Ninh đến Quảng Ngãi"]),
    ("UBND các tỉnh từ Nghệ An đến Huế, trong đó trọng tâm là các tỉnh: Hà Tĩnh, Quảng Trị:",
     ["UBND các tỉnh từ Nghệ An đến Huế"]),
    ("Các Bộ, ngành, nhất là Bộ Tài chính, Bộ Xây dựng:", ["Các Bộ, ngành"]),
])
def test_assignee_headings(heading, agencies):
    assert agency_only(heading) == agencies


@pytest.mark.parametrize("heading", [
    # a bracket that says more than what the body is: roles and times read with the heading
    "Sở Y tế (phối hợp với Sở Tài chính):",
    "Sở Y tế (Sở Tài chính phối hợp)",
    # an order, not a body described by its work
    "Cơ quan chủ trì tổ chức thực hiện",
    "Cơ quan tổ chức việc nhập cảnh phải báo cáo kết quả.",
    "Sở Y tế (hoàn thành trước ngày 30/6/2026):",
    "các ngành nghề có tốc độ phát triển nhanh.",
    "Các ngành hàng xuất khẩu chủ lực",
    "Các đơn vị hành chính cấp xã mới",
    "Sở Y tế (theo Kế hoạch số 12/KH-UBND) triển khai:",
    "Sở Y tế rà soát, Sở Tài chính (đối với tài sản công)",
])
def test_headings_that_name_no_assignee(heading):
    assert agency_only(heading) is None


@pytest.mark.parametrize("heading", [
    # an order keeps its words: it is the task's text
    "Đề nghị Sở Y tế phối hợp với Sở Tài chính:",
    "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện",
    "Sở Y tế rà soát",
    "Sở Tài chính: Phối hợp với Sở Nội vụ thẩm định",
    # "Đối với" a case or a topic, not an assignee
    "Đối với trường hợp chưa đủ hồ sơ:",
    "Đối với việc thu phí:",
    "Đối với hộ gia đình chính sách:",
    "Trách nhiệm của người đứng đầu:",
    "Về công tác cải cách hành chính:",
    # an order with its members in brackets is still an order
    "Các sở, ngành khẩn trương rà soát (gồm Sở Y tế, Sở Nội vụ)",
    "Các đơn vị tổ chức tập huấn (gồm Sở Y tế, Sở Nội vụ)",
    "Các sở, ngành rà soát hồ sơ (gồm Sở Y tế).",
    "Rà soát hồ sơ (gồm hồ sơ của Sở Y tế)",
    # ... not topics in the plural, nor an order
    "Các giải pháp chủ yếu",
    "Các nội dung cần thực hiện",
    "Các cơ sở khám bệnh thực hiện nghiêm quy định",
    # ... not a name and an order after its comma
    "Sở Y tế, Tổ chức tập huấn",
    # ... nor a topic with the ones it stresses
    "Về giải ngân vốn đầu tư công, nhất là các dự án trọng điểm:",
    "Trong đó trọng tâm là Sở Y tế:",
])
def test_no_assignee_heading(heading):
    assert agency_only(heading) is None


@pytest.mark.parametrize("text, agencies, rest", [
    ("Sở Tư pháp: Phối hợp với Sở Nội vụ thẩm định", ["Sở Tư pháp"], "Phối hợp với Sở Nội vụ thẩm định"),
    ("Công an tỉnh: Tăng cường tuần tra", ["Công an tỉnh"], "Tăng cường tuần tra"),
    # a shared-head list and other labels are no assignee label
    ("Các Bộ: Tài chính, Nội vụ khẩn trương rà soát", [], "Các Bộ: Tài chính, Nội vụ khẩn trương rà soát"),
    ("Bộ trưởng các Bộ: Công an, Quốc phòng chỉ đạo", [], "Bộ trưởng các Bộ: Công an, Quốc phòng chỉ đạo"),
    ("Chủ tịch UBND các tỉnh: Gia Lai, Lâm Đồng báo cáo", [], "Chủ tịch UBND các tỉnh: Gia Lai, Lâm Đồng báo cáo"),
    ("UBND các tỉnh, thành phố: Chỉ đạo rà soát", ["UBND các tỉnh, thành phố"], "Chỉ đạo rà soát"),
    ("Lưu ý: Sở Y tế kiểm tra", [], "Lưu ý: Sở Y tế kiểm tra"),
    # a request run in before its order is the order itself: the text keeps its words
    ("Đề nghị Sở Y tế: Chỉ đạo rà soát", [], "Đề nghị Sở Y tế: Chỉ đạo rà soát"),
    ("Yêu cầu Công an tỉnh: Tăng cường tuần tra", [], "Yêu cầu Công an tỉnh: Tăng cường tuần tra"),
    ("Thời hạn: 30/6/2026", [], "Thời hạn: 30/6/2026"),
])
def test_assignee_labels(text, agencies, rest):
    found, offset = split_label(text)
    assert (found, text[offset:]) == (agencies, rest)


@pytest.mark.parametrize("heading, rest", [
    ("Giao Sở Nội vụ:", "Sở Nội vụ:"),
    ("Đối với UBND các huyện:", "UBND các huyện:"),
    ("  Trách nhiệm của Sở Y tế", "Sở Y tế"),
    ("Công an tỉnh", "Công an tỉnh"),
])
def test_heading_offset(heading, rest):
    assert heading[heading_offset(heading):] == rest


@pytest.mark.parametrize("short, full, same", [
    ("các Cục Thuế", "Cục Thuế các tỉnh, thành phố", True),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh Phú Thọ", True),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ", True),
    ("Sở Y tế", "Sở Tài chính", False),
    ("Sở Tài chính", "Sở Tài", False),
])
def test_same_agency(short, full, same):
    assert same_agency(short, full) is same


@pytest.mark.parametrize("name, addressee, expected", [
    # the same words with other tones: the printing at hand, unless only the other is known
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     "Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("Bộ Xây dụng", "Bộ Xây dựng", "Bộ Xây dựng"),
    # other punctuation: the Kính gửi form
    ("Cục Thuế các tỉnh thành phố", "Cục Thuế các tỉnh, thành phố", "Cục Thuế các tỉnh, thành phố"),
])
def test_as_addressed_between_two_printings(name, addressee, expected):
    assert as_addressed(name, [addressee]) == expected


def test_as_addressed_restores_the_kinh_gui_punctuation():
    addressees = ["Cục Thuế các tỉnh, thành phố", "Sở Y tế"]
    assert as_addressed("Cục Thuế các tỉnh thành phố", addressees) == "Cục Thuế các tỉnh, thành phố"
    assert as_addressed("Sở Tài chính", addressees) == "Sở Tài chính"
    # the keys worked out once per letter give the same; the first addressee of a key wins
    keys = addressed_keys(["Cục Thuế các tỉnh, thành phố", "Cục Thuế các tỉnh thành phố", "Sở Y tế"])
    assert as_addressed("Cục Thuế các tỉnh - thành phố", keys) == "Cục Thuế các tỉnh, thành phố"
    assert as_addressed("Sở Tài chính", keys) == "Sở Tài chính"


@pytest.mark.parametrize("text, expected", [
    # "Trách nhiệm của X:" names its assignee even where X is no agency chidao knows
    ("Trách nhiệm của đối tượng thực hiện kiểm kê:", ["đối tượng thực hiện kiểm kê"]),
    # a bracket that says whom the assignee covers names them too
    ("Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu):",
     ["các cơ quan quản lý cấp trên", "cơ quan đại diện chủ sở hữu"]),
    ("Trách nhiệm của các cơ quan quản lý cấp trên (trừ các đơn vị sự nghiệp):",
     ["các cơ quan quản lý cấp trên"]),
    # a title heading names the body it heads
    ("Trưởng Ban Chỉ đạo", ["Ban Chỉ đạo"]),
    # bodies of a kind, however long the words that say which, up to the colon
    ("Đối với các nhà máy có lượng nước thải lớn, nằm gần khu dân cư và thuộc loại hình có nguy cơ "
     "gây sự cố môi trường:",
     ["các nhà máy có lượng nước thải lớn, nằm gần khu dân cư và thuộc loại hình có nguy cơ gây sự cố môi trường"]),
    ("Đối với các đơn vị thực hiện thu gom, vận chuyển rác thải (theo danh sách kèm theo):",
     ["các đơn vị thực hiện thu gom, vận chuyển rác thải"]),
    ("Đối với những xã còn diện tích rừng trồng chưa khai thác:", ["những xã còn diện tích rừng trồng chưa khai thác"]),
    # a re-mention: "nêu trên" names no one else
    ("Các Sở Xây dựng nêu trên", ["Các Sở Xây dựng"]),
    ("Các đơn vị nói trên:", ["Các đơn vị"]),
    ("Các nội dung nêu trên", None),
    # must not: a topic, a heading over a task's subject matter
    ("Đối với hồ sơ tồn đọng:", None),
    ("Đối với các dự án chậm tiến độ:", None),
    ("Đối với các trường hợp chưa được cấp giấy chứng nhận quyền sử dụng đất:", None),
    ("Đối với các phương án phòng, chống thiên tai đã được phê duyệt năm trước:", None),
    ("Đối với các phương tiện vận tải hành khách chưa lắp thiết bị giám sát hành trình:", None),
    ("Đối với các hội nghị, hội thảo có sự tham gia của khách quốc tế:", None),
    ("Đối với các phương án dự phòng:", None),
    ("Đối với các cơ sở dữ liệu chuyên ngành:", None),
    ("Đối với các công trình giao thông đang thi công trên địa bàn các huyện miền núi phía tây:", None),
    # ... nor a long one without its colon, or one that is itself an order
    ("Đối với các nhà máy có lượng nước thải lớn, nằm gần khu dân cư và thuộc loại hình có nguy cơ "
     "gây sự cố môi trường", None),
    ("Đối với các doanh nghiệp chưa nộp hồ sơ đúng hạn theo quy định, đề nghị Sở Tài chính:", None),
    ("Trách nhiệm của việc quản lý tài sản:", None),
])
def test_assignee_forms_with_unknown_names(text, expected):
    assert agency_only(text) == expected


@pytest.mark.parametrize("text, lead, support, rest", [
    ("Sở Tài chính phối hợp Ban Quản lý Khu kinh tế: hướng dẫn kiểm kê",
     ["Sở Tài chính"], ["Ban Quản lý Khu kinh tế"], "hướng dẫn kiểm kê"),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính, Công an tỉnh: Rà soát hồ sơ",
     ["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"], "Rà soát hồ sơ"),
    ("Công an tỉnh: Tăng cường tuần tra", ["Công an tỉnh"], [], "Tăng cường tuần tra"),
    # an order, not a label: its words stay in the task
    ("Phối hợp với Sở Y tế: rà soát hồ sơ", [], [], "Phối hợp với Sở Y tế: rà soát hồ sơ"),
    ("Sở Y tế phối hợp rà soát các nội dung sau: hồ sơ", [], [], "Sở Y tế phối hợp rà soát các nội dung sau: hồ sơ"),
    # ... nor a colon before a collective's members
    ("Sở Y tế phối hợp với các cơ quan chuyên môn như: Sở Tư pháp, Công an tỉnh rà soát", [], [],
     "Sở Y tế phối hợp với các cơ quan chuyên môn như: Sở Tư pháp, Công an tỉnh rà soát"),
    ("Sở Y tế chủ trì, phối hợp với các cơ quan liên quan, bao gồm: Sở Tư pháp, Công an tỉnh", [], [],
     "Sở Y tế chủ trì, phối hợp với các cơ quan liên quan, bao gồm: Sở Tư pháp, Công an tỉnh"),
])
def test_a_label_may_name_the_lead_and_its_partners(text, lead, support, rest):
    found, partners, offset = label_roles(text)
    assert (found, partners, text[offset:]) == (lead, support, rest)



@pytest.mark.parametrize("text, lead, rest", [
    ("Các Sở: Tài chính, Xây dựng: khẩn trương rà soát", ["Sở Tài chính", "Sở Xây dựng"], "khẩn trương rà soát"),
    ("Các Sở Tài chính, Xây dựng: khẩn trương rà soát", ["Sở Tài chính", "Sở Xây dựng"], "khẩn trương rà soát"),
    ("Các Bộ: Tài chính, Nội vụ khẩn trương rà soát", [], "Các Bộ: Tài chính, Nội vụ khẩn trương rà soát"),
])
def test_a_shared_head_heading_names_its_bodies(text, lead, rest):
    found, _, offset = label_roles(text)
    assert (found, text[offset:]) == (lead, rest)
    assert agency_only("Các Sở: Tài chính, Xây dựng") == ["Sở Tài chính", "Sở Xây dựng"]
