"""Who a task's result goes to, pinned by invented phrasings (ANNOTATION.md, "report_to"):
the recipient right after the verb or after any "về" of the clause, titles and adverbs
between, bare heads, authorities; and a "về" that only names the report's topic."""
import pytest

from extractors.agencies import use_letter_names
from extractors.report_to import find_report_to


@pytest.fixture(autouse=True)
def _no_letter_names():
    use_letter_names([])
    yield
    use_letter_names([])


def recipients(text):
    return [a.name for a in find_report_to(text)]


@pytest.mark.parametrize("text, expected", [
    # every "về" of the clause is tried, not only the first
    ("báo cáo kết quả thực hiện bằng văn bản về Sở Nội vụ trước ngày 10/12/2025", ["Sở Nội vụ"]),
    ("báo cáo chế độ cán bộ về hưu về Sở Nội vụ", ["Sở Nội vụ"]),
    ("báo cáo về tình hình thực hiện về Sở Nội vụ trước ngày 15/12/2025", ["Sở Nội vụ"]),
    ("báo cáo về Sở Nội vụ", ["Sở Nội vụ"]),
    ("gửi báo cáo về Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"]),
    ("gửi hồ sơ về Sở Xây dựng thẩm định", ["Sở Xây dựng"]),
    ("báo cáo tiến độ về Ban Chỉ đạo tỉnh", ["Ban Chỉ đạo tỉnh"]),
    ("báo cáo nhanh về Ban Chỉ đạo tỉnh", ["Ban Chỉ đạo tỉnh"]),
    ("gửi lên Sở Tài chính", ["Sở Tài chính"]),
    # the channel in brackets is not the recipient
    ("báo cáo kết quả về Bộ Y tế (qua Cục Quản lý Dược)", ["Bộ Y tế"]),
    ("báo cáo UBND tỉnh (qua Sở Nội vụ)", ["UBND tỉnh"]),
])
def test_every_ve_of_the_clause(text, expected):
    assert recipients(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one list of recipients, whether the next items share a head or open with "các"
    ("gửi báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Xây dựng trước ngày 5/12",
     ["Văn phòng Chính phủ", "Bộ Tài chính", "Bộ Xây dựng"]),
    ("báo cáo Bộ Y tế và các Sở Tài chính, Nội vụ", ["Bộ Y tế", "Sở Tài chính", "Sở Nội vụ"]),
    ("báo cáo UBND tỉnh, các cơ quan có thẩm quyền", ["UBND tỉnh", "các cơ quan có thẩm quyền"]),
    # not a list: a verb or a clause between the two
    ("báo cáo UBND tỉnh và phối hợp các Sở: Tài chính, Nội vụ", ["UBND tỉnh"]),
    ("báo cáo UBND tỉnh để Sở Y tế theo dõi", ["UBND tỉnh"]),
    # an authority in lower case keeps its "các"
    ("báo cáo các cấp có thẩm quyền xem xét", ["các cấp có thẩm quyền"]),
    # ... but the bodies printed in brackets after it are who it is
    ("báo cáo cấp thẩm quyền (UBND thành phố, Bộ Y tế) theo quy định", ["UBND thành phố", "Bộ Y tế"]),
    ("tổng hợp, báo cáo cơ quan có thẩm quyền (Bộ Tài chính) xem xét", ["Bộ Tài chính"]),
    ("báo cáo cấp thẩm quyền (UBND thành phố và các Bộ chủ trì dự án) theo quy định", ["UBND thành phố", "các Bộ"]),
    # ... not a bracket that names no body, or names one that is no recipient
    ("báo cáo cấp có thẩm quyền (nếu vượt thẩm quyền) xem xét", ["cấp có thẩm quyền"]),
    ("báo cáo cấp có thẩm quyền (qua Sở Nội vụ) xem xét", ["cấp có thẩm quyền"]),
    ("trình cấp có thẩm quyền (theo quy định của Chính phủ) phê duyệt", ["cấp có thẩm quyền"]),
    ("báo cáo cơ quan có thẩm quyền (đối với dự án do Bộ Xây dựng quản lý)", ["cơ quan có thẩm quyền"]),
    ("báo cáo cấp có thẩm quyền (nếu vượt thẩm quyền của UBND xã)", ["cấp có thẩm quyền"]),
])
def test_a_list_of_recipients(text, expected):
    assert recipients(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title names its body: "báo cáo Chủ tịch UBND tỉnh" → UBND tỉnh
    ("báo cáo Chủ tịch UBND tỉnh kết quả thực hiện", ["UBND tỉnh"]),
    ("báo cáo Giám đốc Sở Y tế", ["Sở Y tế"]),
    ("báo cáo lãnh đạo UBND tỉnh", ["UBND tỉnh"]),
    ("báo cáo đồng chí Chủ tịch UBND tỉnh", ["UBND tỉnh"]),
    ("báo cáo Đ/c Phó Chủ tịch UBND tỉnh phụ trách", ["UBND tỉnh"]),
    ("báo cáo UBND tỉnh, Chủ tịch UBND tỉnh", ["UBND tỉnh"]),
    # adverbs between the verb and its recipient
    ("báo cáo trực tiếp Chủ tịch UBND tỉnh", ["UBND tỉnh"]),
    ("định kỳ báo cáo Sở Tài chính", ["Sở Tài chính"]),
    ("báo cáo bằng văn bản về UBND tỉnh", ["UBND tỉnh"]),
    ("báo cáo, đề xuất UBND tỉnh", ["UBND tỉnh"]),
    ("phối hợp với các quận tham mưu trình Thường trực UBND Thành phố kế hoạch", ["Thường trực UBND Thành phố"]),
    ("Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh (qua Công an tỉnh) trong tháng 11/2025",
     ["Ủy ban nhân dân tỉnh"]),
    # asking the one reported to for its view
    ("rà soát, báo cáo xin ý kiến Lãnh đạo Bộ", ["Bộ"]),
    ("báo cáo, xin ý kiến chỉ đạo của UBND tỉnh", ["UBND tỉnh"]),
    ("trình xin chủ trương UBND tỉnh", ["UBND tỉnh"]),
])
def test_titles_and_adverbs_between(text, expected):
    assert recipients(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare head: the issuer's own superior
    ("báo cáo Bộ kết quả thực hiện", ["Bộ"]),
    ("trình Bộ xem xét", ["Bộ"]),
    ("báo cáo Tổng cục (qua Vụ Tổ chức cán bộ)", ["Tổng cục"]),
    ("báo cáo Ủy ban xem xét", ["Ủy ban"]),
    ("báo cáo Ban Chỉ đạo", ["Ban Chỉ đạo"]),
    # authorities named by their power
    ("báo cáo cấp có thẩm quyền xem xét, quyết định", ["cấp có thẩm quyền"]),
    ("trình cấp có thẩm quyền phê duyệt", ["cấp có thẩm quyền"]),
    # a written request sent for a decision
    ("vượt thẩm quyền thì có văn bản đề nghị Bộ Xây dựng xem xét, giải quyết", ["Bộ Xây dựng"]),
    # advice on a plan to submit: the advised body takes it
    ("tham mưu xây dựng kế hoạch trình UBND tỉnh phê duyệt", ["UBND tỉnh"]),
    # ... or its own report, the advice said, or after a bracket
    ("Sở Y tế tham mưu, báo cáo UBND tỉnh", ["UBND tỉnh"]),
    ("tham mưu UBND tỉnh ban hành kế hoạch, báo cáo Bộ Y tế trước ngày 10/10", ["Bộ Y tế"]),
    ("tham mưu Tổng cục giao chỉ tiêu cho các Cục Thuế (báo cáo Tổng cục trong tháng 12)", ["Tổng cục"]),
    # a unit named with its own body is not the body's unit
    ("báo cáo Văn phòng Chính phủ, Bộ Kế hoạch và Đầu tư", ["Văn phòng Chính phủ", "Bộ Kế hoạch và Đầu tư"]),
    # a unit, then the body it belongs to: one address
    ("báo cáo kết quả về Cục Thanh tra - Kiểm tra Thuế, Tổng cục Thuế trước ngày 05/12/2022",
     ["Cục Thanh tra - Kiểm tra Thuế"]),
    ("gửi về Vụ Kế hoạch - Tài chính, Bộ Xây dựng", ["Vụ Kế hoạch - Tài chính"]),
    # a bare head after the full name is the same recipient
    ("gửi báo cáo về Tổng cục Thuế (Vụ Kê khai) trước ngày 30/6. Hằng quý gửi kết quả về Tổng cục",
     ["Tổng cục Thuế"]),
    # ... but two bodies are two recipients
    ("báo cáo Sở Tài chính, Bộ Tài chính", ["Sở Tài chính", "Bộ Tài chính"]),
    ("báo cáo Văn phòng Chính phủ, Thủ tướng Chính phủ", ["Văn phòng Chính phủ", "Thủ tướng Chính phủ"]),
    # the one above, named by its place
    ("báo cáo kết quả cho cơ quan quản lý cấp trên", ["cơ quan quản lý cấp trên"]),
    ("gửi về cơ quan cấp trên trực tiếp", ["cơ quan cấp trên"]),
    # a proposal sent up in writing is a report; a bare proposal asks for a decision and
    # sends no result (letters 014, 021 and 032 of corpus-dev)
    ("có văn bản kiến nghị cơ quan quản lý nhà nước", ["cơ quan quản lý nhà nước"]),
    ("bằng văn bản đề xuất Bộ Tài chính", ["Bộ Tài chính"]),
    ("kiến nghị cấp có thẩm quyền sửa đổi quy trình", []),
    ("kiến nghị, đề xuất Chính phủ có giải pháp phù hợp", []),
    # "thông báo với / cho" names who is told
    ("thông báo với Công an tỉnh để phối hợp xử lý", ["Công an tỉnh"]),
    ("thông báo cho UBND các xã", ["UBND các xã"]),
    ("gửi Sở Kế hoạch và Đầu tư", ["Sở Kế hoạch và Đầu tư"]),
    ("gửi Sở Nội vụ trước ngày 20/10/2025", ["Sở Nội vụ"]),
    ("chuyển gửi Sở Tư pháp", ["Sở Tư pháp"]),
    ("trình Thường trực HĐND tỉnh", ["Thường trực HĐND tỉnh"]),
    # every recipient of a list, and of a second verb
    ("báo cáo Ban Thường vụ Tỉnh ủy, Thường trực HĐND tỉnh", ["Ban Thường vụ Tỉnh ủy", "Thường trực HĐND tỉnh"]),
    ("gửi Bộ Tài chính, đồng gửi Sở Tài chính", ["Bộ Tài chính", "Sở Tài chính"]),
    ("tổng hợp, báo cáo UBND tỉnh; đồng thời gửi Sở Tài chính", ["UBND tỉnh", "Sở Tài chính"]),
    # the recipient's own next step is not this task's report
    ("báo cáo Sở Tài chính để tổng hợp, báo cáo UBND tỉnh", ["Sở Tài chính"]),
    # ... nor is the issuer's purpose, said first
    ("Để kịp thời tổng hợp báo cáo Thủ tướng Chính phủ, đề nghị các tỉnh gửi về Bộ Tài chính",
     ["Bộ Tài chính"]),
    ("Để phục vụ báo cáo Chính phủ, đề nghị các tỉnh báo cáo Bộ Nội vụ", ["Bộ Nội vụ"]),
    # a purpose is the recipient where the task names no other
    ("Để kịp thời báo cáo UBND tỉnh, đề nghị Sở Y tế tổng hợp số liệu", ["UBND tỉnh"]),
    pytest.param("báo cáo kết quả cho UBND tỉnh", ["UBND tỉnh"]),
    # a proposal put to a body for its decision, as a submission is
    ("Đề xuất UBND tỉnh xem xét hỗ trợ kinh phí khi cần.", ["UBND tỉnh"]),
    ("Kiến nghị Chính phủ cho ý kiến về phương án.", ["Chính phủ"]),
    ("Kịp thời đề xuất Bộ Tài chính quyết định điều chỉnh dự toán.", ["Bộ Tài chính"]),
    ("Sở Y tế đề xuất UBND tỉnh xem xét, quyết định.", ["UBND tỉnh"]),
])
def test_bare_heads_authorities_and_lists(text, expected):
    assert recipients(text) == expected


@pytest.mark.parametrize("text", [
    # "về" names the report's topic, not its recipient
    "báo cáo về tình hình thực hiện nhiệm vụ năm 2025",
    "báo cáo về kết quả kiểm tra",
    "báo cáo về việc triển khai Đề án",
    "xây dựng báo cáo về tình hình thu ngân sách",
    "báo cáo về việc thực hiện Chỉ thị của Bộ Nội vụ",
    "báo cáo về tình hình phối hợp với Công an tỉnh",
    "Sở Y tế báo cáo về tình hình dịch bệnh tại cuộc họp",
    # an agency inside the topic
    "báo cáo kết quả thực hiện Kế hoạch của UBND tỉnh",
    # what was reported or sent before
    "Sở Tài chính đã báo cáo UBND tỉnh tại Công văn số 12",
    "đã gửi Sở Tư pháp thẩm định",
    # advice is no report; proposing a measure names no one
    "tham mưu UBND tỉnh ban hành kế hoạch",
    # ... nor the advised body's own submission
    "Nghiên cứu, tham mưu UBND tỉnh ban hành hoặc trình HĐND tỉnh ban hành chính sách",
    "tham mưu Ủy ban nhân dân Thành phố trình Hội đồng nhân dân Thành phố thông qua",
    "tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả",
    "đề xuất giải pháp tháo gỡ",
    # a proposal that asks a body to act, not to decide
    "Đề xuất cấp có thẩm quyền sửa đổi quy định về định mức.",
    "kiến nghị Bộ Tài chính sửa đổi Thông tư số 12/2020/TT-BTC",
    "xử lý vướng mắc hoặc kiến nghị cơ quan có thẩm quyền xem xét",
    "báo cáo theo quy định",
    "Báo cáo kết quả trước ngày 10/12/2025.",
    "thông báo kết quả cho người dân",
    # a draft sent out for comments goes to no superior
    "gửi dự thảo xin ý kiến các Sở, ngành",
    "gửi xin ý kiến Sở Tư pháp",
    "đề nghị cơ quan Thuế cấp trên hướng dẫn",
    # a written request for others to act is no report
    "có văn bản đề nghị UBND các xã phối hợp kiểm tra",
])
def test_no_recipient(text):
    assert recipients(text) == []
