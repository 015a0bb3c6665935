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
