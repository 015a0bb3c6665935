import pytest

from extractors.deadlines import find_deadlines


def kinds(text, year=2025):
    return [(d.kind, d.due, d.recurrence) for d in find_deadlines(text, year)]


@pytest.mark.parametrize("text, expected", [
    ("báo cáo UBND tỉnh trước ngày 10/7/2025.", [("date", "2025-07-10", None)]),
    ("chậm nhất ngày 10/7/2025", [("date", "2025-07-10", None)]),
    ("trình Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2014", [("date", "2014-12-31", None)]),
    ("trước 15/8/2025", [("date", "2025-08-15", None)]),
    ("Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.", [("date", "2014-06-27", None)]),
    ("trước ngày 15/12", [("date", "2025-12-15", None)]),            # year of the letter
    ("ban hành trong tháng 10 năm 2022", [("month", "2022-10-31", None)]),
    ("trong tháng 11/2025", [("month", "2025-11-30", None)]),
    ("hoàn thành trong quý IV/2025", [("quarter", "2025-12-31", None)]),
    ("trong quý 2 năm 2025", [("quarter", "2025-06-30", None)]),
    ("hoàn thành trong 6 tháng đầu năm 2025", [("half", "2025-06-30", None)]),
    ("phải hoàn thành trong năm 2025", [("year", "2025-12-31", None)]),
    ("cập nhật hằng ngày", [("recurring", None, "daily")]),
    ("Định kỳ hàng năm gửi báo cáo", [("recurring", None, "yearly")]),
    ("trước ngày 15/12 hằng năm", [("recurring", "2025-12-15", "yearly")]),
    ("3 tháng một lần", [("recurring", None, "quarterly")]),
    ("định kỳ hàng quý gửi về Sở Xây dựng", [("recurring", None, "quarterly")]),
    ("Thường xuyên tổ chức quán triệt", [("continuous", None, None)]),
    ("Giao Bộ Tư pháp khan trương có ý kiến", [("continuous", None, None)]),   # OCR of "khẩn"
    ("phải báo cáo ngay về UBND tỉnh", [("continuous", None, None)]),
    ("gửi về Sở Tài chính trước 16 giờ 00 ngày 10/12/2025", [("date", "2025-12-10", None)]),
    ("trước 17h00, ngày 05/12/2025", [("date", "2025-12-05", None)]),
    ("định kỳ trước ngày 20 hằng tháng", [("recurring", None, "monthly")]),
    ("trước ngày 25 của tháng cuối quý", [("recurring", None, "quarterly")]),
    ("báo cáo trước ngày 05 của tháng", [("recurring", None, "monthly")]),
    ("hoàn thành đến hết năm 2025", [("year", "2025-12-31", None)]),
    ("Triển khai ngay các biện pháp", [("continuous", None, None)]),
    ("báo cáo ngày 10/12/2025", []),            # "ngày" (a day), not "ngay" (at once)
    ("trong thời hạn 07 ngày làm việc kể từ ngày nhận được văn bản", [("relative", None, None)]),
])
def test_deadline_kinds(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025",     # a citation's date
    "thời gian bắt đầu thực hiện từ ngày 01/01/2019",       # a start date (letter 034)
    "Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp",           # not a cycle (letter 011)
    "bảo đảm tính kịp thời, đầy đủ",                       # a quality, not a deadline
    "để kịp thời xem xét, giải quyết",                     # the issuer's purpose
    "kế hoạch 5 năm và hàng năm về đào tạo nghề",          # a kind of plan (letter 005)
    "",
])
def test_not_a_deadline(text):
    assert kinds(text) == []


def test_several_deadlines_keep_text_order():
    text = "Tổ chức cập nhật hằng ngày ... Kịp thời báo cáo UBND tỉnh trước ngày 10/7/2025"
    assert [d.kind for d in find_deadlines(text, 2025)] == ["recurring", "continuous", "date"]


@pytest.mark.parametrize("folded, expected", [
    ("bao cao hang thang", True), ("dinh ky", True), ("theo tung quy", True), ("6 thang mot lan", True),
    ("(moi\nnam", True), ("hang", False),
    # no cycle can be read: the text is not scanned
    ("thang 5 nam 2025", False), ("moinam", False), ("ngan hang", False), ("", False),
])
def test_may_recur_never_turns_away_a_cycle(folded, expected):
    from extractors.deadlines import _RECURRING, _may_recur
    assert _may_recur(folded) is expected
    assert _may_recur(folded) or _RECURRING.search(folded) is None
