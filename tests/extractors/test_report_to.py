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
