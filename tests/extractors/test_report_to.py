import pytest

from extractors.report_to import find_report_to


@pytest.mark.parametrize("text, expected", [
    ("báo cáo UBND tỉnh trước ngày 10/7/2025", ["UBND tỉnh"]),
    ("trình Thủ tướng Chính phủ xem xét, ký ban hành", ["Thủ tướng Chính phủ"]),
    ("Kịp thời báo cáo, đề xuất UBND tỉnh tháo gỡ", ["UBND tỉnh"]),
    ("gửi về UBND tỉnh (qua Phòng An ninh, Công an tỉnh) trước ngày 28/2/2023", ["UBND tỉnh"]),
    ("báo cáo kết quả thực hiện trong năm 2014 về Bộ Xây dựng, Bộ Tài chính", ["Bộ Xây dựng", "Bộ Tài chính"]),
    # the recipient's own next step is not this task's report (letter 008)
    ("gửi về Bộ Xây dựng, Bộ Tài chính để tổng hợp, báo cáo Thủ tướng Chính phủ",
     ["Bộ Xây dựng", "Bộ Tài chính"]),
    ("báo cáo Ủy ban nhân dân Thành phố trình Hội đồng nhân dân Thành phố", ["Ủy ban nhân dân Thành phố"]),
    # ... whatever the recipient does first, with or without "để"
    ("gửi về Sở Nội vụ để tổng hợp, theo dõi, báo cáo Ủy ban nhân dân tỉnh", ["Sở Nội vụ"]),
    ("gửi Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/11/2026", ["Sở Tài chính"]),
    ("gửi Bộ Tài chính để xem xét, tổng hợp chung, trình Chính phủ", ["Bộ Tài chính"]),
    # ... wherever the recipient was named first
    ("báo cáo kết quả về Sở Nội vụ trước ngày 30/11. Nếu có vướng mắc, gửi Sở Nội vụ tổng hợp và báo cáo "
     "Ủy ban nhân dân tỉnh", ["Sở Nội vụ"]),
    # ... but a bare comma between the two joins two recipients
    ("báo cáo Tổng cục, trình Bộ trước ngày 15/11/2026", ["Tổng cục", "Bộ"]),
    # ... nor a recipient that takes an order of its own before the next step
    ("gửi Sở Tài chính tổng hợp, chủ trì rà soát, báo cáo Ủy ban nhân dân tỉnh",
     ["Sở Tài chính", "Ủy ban nhân dân tỉnh"]),
    # ... but a purpose clause is the report when nothing else is
    ("Sở Tài chính thẩm định, để tổng hợp trình Ủy ban nhân dân Thành phố phê duyệt",
     ["Ủy ban nhân dân Thành phố"]),
    # what was sent before is no report
    ("theo danh sách Tổng cục Thuế đã gửi cho các Cục Thuế", []),
    ("tham mưu UBND tỉnh bố trí kinh phí", []),
])
def test_report_to(text, expected):
    assert [a.name for a in find_report_to(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare head (the issuer's superior), OCR's lost tone too, and one joined to it
    ("Chủ trì tổng hợp, báo cáo Tông cục kết quả thực hiện.", ["Tông cục"]),
    ("đề xuất, báo cáo Tổng cục và Bộ xem xét.", ["Tổng cục", "Bộ"]),
    ("báo cáo Tổng cục, Bộ Tài chính trước ngày 5/12.", ["Tổng cục", "Bộ Tài chính"]),
    # must not: a lower-case "bộ phận" is no head; a head that opens a longer name is read whole
    ("báo cáo bộ phận một cửa để xử lý.", []),
    ("báo cáo Bộ Tài chính kết quả.", ["Bộ Tài chính"]),
])
def test_bare_heads(text, expected):
    assert [a.name for a in find_report_to(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "với" after a report, at once or later in the clause
    ("Định kỳ báo cáo với Ủy ban nhân dân huyện về tiến độ.", ["Ủy ban nhân dân huyện"]),
    ("Thực hiện chế độ báo cáo tình hình thu chi năm 2026 với UBND tỉnh theo quy định.", ["UBND tỉnh"]),
    # "đến"/"tới" after a sending, "chuyển về" as a sending
    ("gửi hồ sơ đề nghị cấp phép đến Sở Công Thương trước ngày 5/3.", ["Sở Công Thương"]),
    ("lập danh sách và chuyển về Văn phòng để tổng hợp.", ["Văn phòng"]),
    # one recipient for a report and a proposal or advice
    ("kịp thời báo cáo đề xuất Ủy ban nhân dân tỉnh xử lý.", ["Ủy ban nhân dân tỉnh"]),
    ("phát hiện, báo cáo và tham mưu Ủy ban nhân dân huyện biện pháp khắc phục.", ["Ủy ban nhân dân huyện"]),
    # "thông tin" as the verb
    ("Rà soát điểm ngập; thông tin kịp thời cho Sở Xây dựng, Công an tỉnh.", ["Sở Xây dựng", "Công an tỉnh"]),
    # a reply or a response goes to whom it answers
    ("nghiên cứu, trả lời Ủy ban nhân dân tỉnh Long An trước ngày 20/5.", ["Ủy ban nhân dân tỉnh Long An"]),
    ("có ý kiến phản hồi về Ban Chỉ đạo (qua Sở Tài chính).", ["Ban Chỉ đạo"]),
    ("trả lời kiến nghị của cử tri đúng hạn.", []),
    # must not: a partner's, a topic's or a comparison's "với"/"đến"; "đến" after a report
    ("báo cáo kết quả phối hợp với Sở Y tế.", []),
    ("báo cáo kết quả thanh tra đối với các đơn vị, tổ chức kinh doanh.", []),
    ("báo cáo số liệu liên quan đến Sở Tài chính.", []),
    ("báo cáo tình hình triển khai đến các đơn vị trực thuộc.", []),
    ("báo cáo kết quả hợp tác với Tập đoàn Điện lực Việt Nam.", []),
    ("báo cáo tình hình thực hiện phù hợp với Sở Kế hoạch và Đầu tư.", []),
    ("báo cáo kết quả đối thoại với Hội Nông dân tỉnh.", []),
    # must not: "chuyên" (folded, "chuyển"); "thông tin" as a noun, after "và" too
    ("Các đơn vị chuyên về công nghệ cho Sở Thông tin và Truyền thông.", []),
    ("Các cơ sở cung cấp dữ liệu và thông tin cho Sở Tài nguyên và Môi trường.", []),
    # must not: "thông tin" as a noun; "trình" inside "lộ trình", "quy trình"
    ("cung cấp thông tin cho các cơ quan có liên quan.", []),
    ("có phương án, lộ trình cụ thể và thông tin đầy đủ đến các cơ quan, đơn vị.", []),
    ("rà soát quy trình về Sở Nội vụ tiếp nhận hồ sơ.", []),
    # ... nor "giải trình" (to explain), "tờ trình", "trình độ"
    ("kịp thời giải trình các cơ quan của Quốc hội.", []),
    ("nâng cao trình độ cán bộ về Bộ Tư pháp.", []),
])
def test_directions_and_verbs(text, expected):
    assert [a.name for a in find_report_to(text)] == expected


@pytest.mark.parametrize("text, reporter, expected", [
    # the body that collects the others' reports reports on: the result goes past it
    ("Sở Nội vụ hướng dẫn các đơn vị triển khai, báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2026 "
     "để tổng hợp, báo cáo UBND tỉnh.", {"Sở Nội vụ"}, ["UBND tỉnh"]),
    # ... the others, who report to it, report to it
    ("Các sở báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2026 để tổng hợp, báo cáo UBND tỉnh.",
     {"Các sở"}, ["Sở Nội vụ"]),
    # ... with no date between, or sent to it ("gửi Sở X tổng hợp")
    ("Giao Sở Nội vụ hướng dẫn các xã triển khai, báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.",
     {"Sở Nội vụ"}, ["UBND tỉnh"]),
    ("Sở Nội vụ hướng dẫn các xã triển khai, gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.", {"Sở Nội vụ"}, ["UBND tỉnh"]),
    # ... and with nothing after it, no one
    ("Sở Nội vụ hướng dẫn các đơn vị báo cáo kết quả về Sở Nội vụ.", {"Sở Nội vụ"}, []),
])
def test_who_collects_the_reports_reports_on(text, reporter, expected):
    assert [a.name for a in find_report_to(text, reporter=frozenset(reporter))] == expected
