"""Deadline phrasings of the annotation guide's table, pinned by invented examples
(ANNOTATION.md, "deadline"): periods after a cue, lists and ranges, open starts, cycles,
and the periods that bound nothing (covered, negated, a purpose, a title's horizon)."""
import pytest

from extractors.deadlines import find_deadlines, find_field_deadlines


def found(text, year=2025):
    return [(d.kind, d.due, d.recurrence) for d in find_deadlines(text, year)]


def xfail(*values, reason):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# A period after a cue.
PERIODS = [
    # a time to finish by, with or without the time left after it (a countdown alone
    # is none: NOT_DEADLINES)
    ("từ nay đến ngày 19/12/2025 hoàn thành dứt điểm", [("date", "2025-12-19", None)]),
    ("hoàn thành trước ngày 19/12/2025, chỉ còn 01 tháng", [("date", "2025-12-19", None)]),
    # ... a plan to finish or submit by a year is no name's horizon
    ("Xây dựng kế hoạch, hoàn thành đến năm 2026", [("year", "2026-12-31", None)]),
    ("Xây dựng Kế hoạch thực hiện, trình UBND tỉnh đến hết năm 2025", [("year", "2025-12-31", None)]),
    ("gửi Sở Tài chính chậm nhất ngày 20/11/2025", [("date", "2025-11-20", None)]),
    ("chậm nhất là ngày 05/01/2026", [("date", "2026-01-05", None)]),
    ("không muộn hơn ngày 30/9/2025", [("date", "2025-09-30", None)]),
    ("hạn chót ngày 12/11/2025", [("date", "2025-11-12", None)]),
    ("xong trước 31/12/2025", [("date", "2025-12-31", None)]),
    ("hoàn tất trước ngày 10/10/2025", [("date", "2025-10-10", None)]),
    ("báo cáo trước ngày 15 tháng 12 năm 2025", [("date", "2025-12-15", None)]),
    ("báo cáo kết quả trước 17 giờ ngày 12/11/2025", [("date", "2025-11-12", None)]),
    ("trước 15h30 ngày 12/11/2025", [("date", "2025-11-12", None)]),
    # ... the hour written as a letter's typist writes it
    ("gửi Văn phòng trước 11g00 ngày 06/11/2025 để tổng hợp", [("date", "2025-11-06", None)]),
    ("chậm nhất 9g ngày 06/11/2025", [("date", "2025-11-06", None)]),
    ("trước 17:00 ngày 06/11/2025", [("date", "2025-11-06", None)]),
    ("hoàn thành trong quý III năm 2025", [("quarter", "2025-09-30", None)]),
    ("hoàn thành trong Quý 3/2025", [("quarter", "2025-09-30", None)]),
    ("hoàn thành trong quý I/2026", [("quarter", "2026-03-31", None)]),
    ("hoàn thành trong sáu tháng đầu năm 2026", [("half", "2026-06-30", None)]),
    ("hoàn thành trong 6 tháng cuối năm 2025", [("half", "2025-12-31", None)]),
    ("hoàn thành trong 3 tháng đầu năm 2026", [("quarter", "2026-03-31", None)]),
    ("hoàn thành trong năm 2026", [("year", "2026-12-31", None)]),
    ("triển khai vào năm 2026", [("year", "2026-12-31", None)]),
    ("thực hiện đến năm 2027", [("year", "2027-12-31", None)]),
    ("tổ chức thực hiện đến hết năm 2026", [("year", "2026-12-31", None)]),
    ("chậm nhất trong tháng 11/2025", [("month", "2025-11-30", None)]),
    # the cue's words as far apart as a crawl's emphasis leaves them
    ("bảo đảm đến  hết tháng 9 năm 2026  xử lý xong", [("month", "2026-09-30", None)]),
    ("hoàn  thành trước ngày 10/7/2025", [("date", "2025-07-10", None)]),
    ("thời  hạn  hoàn thành 30/6/2026", [("date", "2026-06-30", None)]),
    # a sentence that opens with its year, then the order
    ("Tiếp tục rà soát thủ tục. Năm 2027, cắt giảm 50% giấy tờ không cần thiết.", [("year", "2027-12-31", None)]),
    ("- Năm 2026, hoàn thành số hóa hồ sơ.", [("year", "2026-12-31", None)]),
    # ... or with the year's end, then any order, its subject first
    ("Kết thúc năm 2025, Chính phủ báo cáo Ủy ban Thường vụ Quốc hội kết quả thực hiện.",
     [("year", "2025-12-31", None)]),
    ("Cuối năm 2026, Sở Y tế tổng kết việc thực hiện.", [("year", "2026-12-31", None)]),
    # ... not an event's year before the sentence's own time
    ("Cuối năm 2026, các chính sách hỗ trợ hết hiệu lực; giao Sở Tài chính rà soát, trình UBND tỉnh "
     "trong quý II/2027.", [("quarter", "2027-06-30", None)]),
    # a title named earlier in the sentence, done by the comma: the time is the task's
    ("hoàn chỉnh dự thảo Đề án, trình UBND tỉnh trong tháng 4/2026", [("month", "2026-04-30", None)]),
    ("lập Quy hoạch chung, hoàn thành trong năm 2026", [("year", "2026-12-31", None)]),
    # a plan's written-out fields and the bracketed form
    ("tổ chức rà soát (thời hạn 30/6/2026)", [("date", "2026-06-30", None)]),
    ("Thời hạn: 30/6/2026", [("date", "2026-06-30", None)]),
    ("thời hạn hoàn thành: quý II/2026", [("quarter", "2026-06-30", None)]),
    ("Thời gian thực hiện: tháng 9/2025", [("month", "2025-09-30", None)]),
    ("Tiến độ hoàn thành: năm 2026", [("year", "2026-12-31", None)]),
    # the time of an event the task holds, or reports at
    ("tổ chức hội nghị trong tháng 3/2026", [("month", "2026-03-31", None)]),
    ("báo cáo tại phiên họp Chính phủ tháng 8/2026", [("month", "2026-08-31", None)]),
    # the last verb decides: a report is due, however the clause began
    ("Trình Nghị quyết về gia hạn nộp thuế, báo cáo UBND tỉnh trong tháng 3/2026",
     [("month", "2026-03-31", None)]),
    # a negation elsewhere in the clause is no negation of the deadline
    ("không để chậm trễ, hoàn thành trước ngày 30/11/2025", [("date", "2025-11-30", None)]),
    ("không để chậm trễ, hoàn thành trong tháng 11/2025", [("month", "2025-11-30", None)]),
    ("bảo đảm không gián đoạn, hoàn thành trong quý IV/2025", [("quarter", "2025-12-31", None)]),
    # ... and a "không" of a quality negates nothing
    ("đưa 100% hồ sơ lên môi trường số không phụ thuộc vào địa giới hành chính trong năm 2025",
     [("year", "2025-12-31", None)]),
    ("rà soát thủ tục không chỉ ở cấp tỉnh mà cả cấp xã trong quý IV/2025", [("quarter", "2025-12-31", None)]),
    # ... but a negation of the bounded verb itself keeps it from being a deadline
    ("không triển khai trong năm 2025", []),
]

# A date or month without a year takes the letter's year (2025 here).
LETTER_YEAR = [
    ("hoàn thành trước ngày 15 tháng 12", [("date", "2025-12-15", None)]),
    ("hoàn thành trước ngày 30 tháng 6", [("date", "2025-06-30", None)]),
    ("trước 30/6", [("date", "2025-06-30", None)]),
    ("ban hành trong tháng 10", [("month", "2025-10-31", None)]),
    ("báo cáo kết quả về Sở Nội vụ trong tháng 12", [("month", "2025-12-31", None)]),
    # what a report sends is due then, not qualified by the period (ANNOTATION.md: "báo cáo ... trong")
    ("báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 11", [("month", "2025-11-30", None)]),
    ("trình UBND tỉnh kết quả rà soát trong quý IV", [("quarter", "2025-12-31", None)]),
    ("trong quý IV", [("quarter", "2025-12-31", None)]),
]

# A list or a range ends with its last period.
LISTS_AND_RANGES = [
    # a table's cell: the period's year after a comma
    ("hoàn thành trong Quý III, năm 2026", [("quarter", "2026-09-30", None)]),
    ("hoàn thành trong tháng 12, năm 2026", [("month", "2026-12-31", None)]),
    # ... not a count after the comma, nor a later year after the quarter's own
    ("hoàn thành trong quý III, 2 đợt", [("quarter", "2025-09-30", None)]),
    ("hoàn thành trong Quý IV/2026, năm 2027", [("year", "2027-12-31", None)]),
    ("hoàn thành trong tháng 11, 12/2025", [("month", "2025-12-31", None)]),
    ("hoàn thành trong tháng 11 và tháng 12 năm 2025", [("month", "2025-12-31", None)]),
    ("triển khai trong tháng 11-12/2025", [("month", "2025-12-31", None)]),
    ("hoàn thành trong tháng 11 & 12/2025", [("month", "2025-12-31", None)]),
    # ... quarters too, and a whole year after the last ("the work runs on through 2027")
    ("hoàn thành trong quý III, IV/2025", [("quarter", "2025-12-31", None)]),
    ("hoàn thành trong quý I và quý II năm 2026", [("quarter", "2026-06-30", None)]),
    ("triển khai trong quý II - III/2026", [("quarter", "2026-09-30", None)]),
    ("hoàn thành trong quý IV/2025, 2026", [("year", "2026-12-31", None)]),
    ("hoàn thành trong tháng 11/2025, 2026", [("year", "2026-12-31", None)]),
    # ... not a count after the year's comma, nor a quarter the work only reports on
    ("hoàn thành trước quý II/2026, 2 nội dung còn lại", [("quarter", "2026-06-30", None)]),
    ("báo cáo kết quả quý III, IV/2025 của đơn vị", []),
    # ... nor a year's digit, a count or the next clause's year read as one more quarter or year
    ("hoàn thành trong quý IV - 2025", [("quarter", "2025-12-31", None)]),
    ("kiểm tra trong quý III, 2 đợt", [("quarter", "2025-09-30", None)]),
    ("hoàn thành trong quý IV/2025, 2030 hộ dân được hỗ trợ", [("quarter", "2025-12-31", None)]),
    ("hoàn thành trong tháng 12/2025, 2026 tiếp tục duy trì", [("month", "2025-12-31", None)]),
    # ... months joined by a dash with no "tháng", as a plan's time column prints them
    ("hoàn thành trong 10-11/2025", [("month", "2025-11-30", None)]),
    ("hoàn thành trong 3 - 12/2025", [("month", "2025-12-31", None)]),
    # ... not a date with one separator, nor a day after "ngày", nor a later day than month
    ("hoàn thành trước 10-11-2025", [("date", "2025-11-10", None)]),
    ("hoàn thành trước ngày 10-11/2025", [("date", "2025-11-10", None)]),
    ("hoàn thành trước 15-3/2026", [("date", "2026-03-15", None)]),
    ("hoàn thành trước 5-7/2026", [("date", "2026-07-05", None)]),   # before a day, not months
    ("hoàn thành trong quý IV/2025, quý I/2026", [("quarter", "2026-03-31", None)]),
    ("triển khai thực hiện từ nay đến năm 2030", [("year", "2030-12-31", None)]),
    ("thực hiện từ nay đến hết năm 2025", [("year", "2025-12-31", None)]),
    # "từ nay đến 30/6": the end of the range is a hard date
    ("thực hiện từ nay đến ngày 30/6/2026", [("date", "2026-06-30", None)]),
    ("triển khai thực hiện từ năm 2025 đến năm 2027", [("year", "2027-12-31", None)]),
    # a time "vào" a period named before it is no title's horizon
    ("Tổng kết giai đoạn 2021-2023 vào năm 2023", [("year", "2023-12-31", None)]),
    # a stage of years the work is done within ends with its last year
    ("Trong giai đoạn 2026 - 2030, lắp đặt các trạm 5G tại khu công nghiệp", [("year", "2030-12-31", None)]),
    ("triển khai trong giai đoạn từ năm 2026 đến năm 2028", [("year", "2028-12-31", None)]),
    ("triển khai trong giai đoạn năm 2026 - năm 2030", [("year", "2030-12-31", None)]),
    # a plan's stage heading its items, alone on its line, is when they are done ...
    ("1. Giai đoạn đến năm 2030", [("year", "2030-12-31", None)]),
    ("Giai đoạn đến năm 2028", [("year", "2028-12-31", None)]),
    ("b) Tầm nhìn đến năm 2050", [("year", "2050-12-31", None)]),
    # ... not a programme's or strategy's horizon named in a sentence or a title
    ("Triển khai Chiến lược giai đoạn đến năm 2030", []),
    ("Đề án giai đoạn đến năm 2030 được phê duyệt", []),
    ("Giai đoạn đến năm 2030, tầm nhìn đến năm 2050", []),
    # the range of a title's horizon, or of a window the action lasts, is none
    ("Đề án giai đoạn từ năm 2021 đến năm 2025 và những năm tiếp theo", []),
    ("xây dựng Kế hoạch chuyển đổi số giai đoạn 2026 - 2030", []),
    ("xây dựng Kế hoạch phát triển du lịch trong giai đoạn 2026 - 2030", []),
    ("triển khai trong giai đoạn 2026-2030 và các năm tiếp theo", []),
    ("rà soát các dự án được phê duyệt trong giai đoạn 2021-2023", []),      # (a letter of 2025)
    ("tạm dừng thu phí từ tháng 1 đến hết tháng 9/2026", []),
    ("hoàn thành từ nay đến cuối năm 2025", [("year", "2025-12-31", None)]),
    # a finishing word makes a plan's horizon the task's own
    ("Hoàn thành các mục tiêu của Kế hoạch đến năm 2026", [("year", "2026-12-31", None)]),
    # ... and a countdown after it is still the time to finish by
    ("Phải hoàn thành từ nay đến ngày 30/6/2026, chỉ còn 20 ngày", [("date", "2026-06-30", None)]),
]

# An open start is continuous; a manner that qualifies the assignee's own action too.
CONTINUOUS = [
    # ... but the assignee's own manner, after the directing sentence or without one
    ("Chỉ đạo các đơn vị rà soát hồ sơ. Kịp thời báo cáo UBND tỉnh.", [("continuous", None, None)]),
    ("Chỉ đạo quyết liệt, kịp thời xử lý vướng mắc.", [("continuous", None, None)]),
    ("Đề nghị các Sở, ngành thường xuyên theo dõi, báo cáo.", [("continuous", None, None)]),
    ("từ tháng 11/2025 trở đi", [("continuous", None, None)]),
    ("thực hiện từ nay", [("continuous", None, None)]),
    ("Kịp thời báo cáo UBND tỉnh những vướng mắc", [("continuous", None, None)]),
    ("Khẩn trương hoàn thiện hồ sơ", [("continuous", None, None)]),
    # after a province's "tỉnh" (folded, the same letters as the "tính" of a quality)
    ("Công an tỉnh kịp thời xử lý vi phạm", [("continuous", None, None)]),
    ("ngay sau khi nhận được văn bản", [("continuous", None, None)]),
    ("trình ngay UBND tỉnh", [("continuous", None, None)]),
    ("trong vòng 05 ngày làm việc, kể từ ngày nhận hồ sơ", [("relative", None, None)]),
    ("sau 10 ngày kể từ ngày ký", [("relative", None, None)]),
    # a span with no start printed that ends its clause: the letter's receipt is meant
    ("báo cáo trong 03 ngày.", [("relative", None, None)]),
    ("hoàn thành trong vòng 10 ngày làm việc.", [("relative", None, None)]),
    ("khắc phục trong 7 ngày tới", [("relative", None, None)]),
    # ... months and years from a start printed
    ("Trong thời hạn 06 tháng, kể từ ngày Nghị định có hiệu lực thi hành, các bộ công bố danh mục",
     [("relative", None, None)]),
    ("hoàn thành trong vòng 02 năm kể từ ngày Nghị định có hiệu lực", [("relative", None, None)]),
    ("báo cáo trong 06 tháng kể từ ngày nhận được văn bản", [("relative", None, None)]),
    ("Trường hợp có quy định mới thì trong thời hạn 06 tháng, kể từ ngày quy định có hiệu lực, Bộ công bố danh mục",
     [("relative", None, None)]),
]

# Cycles.
RECURRING = [
    # a yearly cycle's day later in its clause is its next due date ...
    ("định kỳ hằng năm báo cáo kết quả về Bộ Nội vụ trước ngày 25 tháng 12 để tổng hợp",
     [("recurring", "2025-12-25", "yearly")]),
    ("định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Bộ Nội vụ trước ngày 25 tháng 12",
     [("recurring", "2025-12-25", "yearly")]),
    # ... not one past the clause's end, nor a date with its own year
    ("định kỳ hằng năm tổ chức tổng kết; báo cáo kết quả trước ngày 25/12",
     [("recurring", None, "yearly"), ("date", "2025-12-25", None)]),
    ("hằng năm tổ chức kiểm tra và gửi báo cáo trước ngày 15/11/2026",
     [("recurring", None, "yearly"), ("date", "2026-11-15", None)]),
    ("báo cáo hằng tháng về Sở Nội vụ", [("recurring", None, "monthly")]),
    ("báo cáo hàng quý", [("recurring", None, "quarterly")]),
    # a report or submission after a plan's noun keeps its cycle
    ("xây dựng kế hoạch, gửi báo cáo hằng quý về Sở", [("recurring", None, "quarterly")]),
    ("Sở Y tế báo cáo kết quả thực hiện nhiệm vụ hằng tháng về UBND tỉnh", [("recurring", None, "monthly")]),
    ("định kỳ 6 tháng báo cáo UBND tỉnh", [("recurring", None, "half-yearly")]),
    ("định kỳ hằng tuần tổng hợp", [("recurring", None, "weekly")]),
    ("định kỳ theo quý gửi báo cáo", [("recurring", None, "quarterly")]),
    ("theo từng tháng cập nhật số liệu", [("recurring", None, "monthly")]),
    ("6 tháng một lần tổ chức kiểm tra", [("recurring", None, "half-yearly")]),
    ("trước ngày 15 hàng tháng", [("recurring", None, "monthly")]),
    # "của" left out before the month of a quarter
    ("báo cáo trước ngày 25 tháng cuối quý", [("recurring", None, "quarterly")]),
    ("gửi báo cáo trước ngày 15 tháng đầu quý sau", [("recurring", None, "quarterly")]),
    ("vào ngày 25 hằng tháng", [("recurring", None, "monthly")]),
    ("trước ngày 05 của tháng đầu quý tiếp theo", [("recurring", None, "quarterly")]),
    # a day printed beside a yearly cycle is its next due date (the letter's year)
    ("trước ngày 10/12 hằng năm", [("recurring", "2025-12-10", "yearly")]),
    ("định kỳ hằng năm (trước ngày 15/11) báo cáo", [("recurring", "2025-11-15", "yearly")]),
    # any cycle's printed day is its next due date, not a one-off deadline
    ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo",
     [("recurring", "2025-06-15", "half-yearly"), ("recurring", "2025-12-15", "yearly")]),
    ("báo cáo định kỳ hằng quý (trước ngày 20/3)", [("recurring", "2025-03-20", "quarterly")]),
    # ... but a day with its own year, or in another clause, is one
    ("báo cáo hằng tháng, hoàn thành trước ngày 30/6/2026",
     [("recurring", None, "monthly"), ("date", "2026-06-30", None)]),
    ("định kỳ 6 tháng báo cáo; tổng kết trước ngày 15/6",
     [("recurring", None, "half-yearly"), ("date", "2025-06-15", None)]),
    ("định kỳ 6 tháng, hằng năm", [("recurring", None, "half-yearly"), ("recurring", None, "yearly")]),
    # ... each cycle a "định kỳ" lists, with or without its day
    ("định kỳ hằng tháng trước ngày 15, 06 tháng (trước ngày 15/6), 01 năm (trước ngày 10/12)",
     [("recurring", None, "monthly"), ("recurring", "2025-06-15", "half-yearly"),
      ("recurring", "2025-12-10", "yearly")]),
    ("báo cáo định kỳ hằng quý (trước ngày 20 tháng cuối quý), 6 tháng (trước ngày 20/6) và năm (trước ngày 20/12)",
     [("recurring", None, "quarterly"), ("recurring", None, "quarterly"),
      ("recurring", "2025-06-20", "half-yearly"), ("recurring", "2025-12-20", "yearly")]),
    ("báo cáo định kỳ hằng quý, 6 tháng, năm",
     [("recurring", None, "quarterly"), ("recurring", None, "half-yearly"), ("recurring", None, "yearly")]),
    # ... but not a span of months after the list, nor a day with its own year
    ("định kỳ hằng tháng, trong 06 tháng tới hoàn thành", [("recurring", None, "monthly")]),
    ("định kỳ hằng tháng, 01 tháng (trước ngày 20/12/2025)",
     [("recurring", None, "monthly"), ("date", "2025-12-20", None)]),
    # the report of a cycle's period, in a text with the cycle, is due on its day each time
    ("Báo cáo định kỳ 6 tháng, hằng năm. Báo cáo 6 tháng gửi trước ngày 20/6 và báo cáo năm trước ngày 20/12.",
     [("recurring", None, "half-yearly"), ("recurring", None, "yearly"),
      ("recurring", "2025-06-20", "half-yearly"), ("recurring", "2025-12-20", "yearly")]),
    # ... not a report of a year named by its number, nor a day in a text with no cycle
    ("Báo cáo hằng quý. Báo cáo năm 2025 gửi trước ngày 20/12.",
     [("recurring", None, "quarterly"), ("date", "2025-12-20", None)]),
    ("Báo cáo năm gửi trước ngày 20/12.", [("date", "2025-12-20", None)]),
    # so many times a period
    ("báo cáo 02 lần/ngày về tình hình thiệt hại", [("recurring", None, "daily")]),
    ("tổ chức giao ban 1 lần / tuần", [("recurring", None, "weekly")]),
    ("doanh thu tăng 2 lần/năm", []),
]

# Periods that bound nothing.
NOT_DEADLINES = [
    # the years a plan's or programme's name covers
    "Triển khai hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững đến năm 2030 trên địa bàn.",
    "Tổ chức thực hiện Kế hoạch phát triển nhà ở xã hội đến năm 2030.",
    "rà soát, điều chỉnh quy hoạch hạ tầng viễn thông trong các khu công nghiệp đến năm 2030.",
    "Các sở, ngành phải tổ chức thực hiện Kế hoạch phát triển nhà ở xã hội đến năm 2030.",
    "Rà soát quỹ đất để thực hiện Kế hoạch phát triển nhà ở đến năm 2030.",
    # how long something lasts, from a start
    "giấy phép có giá trị 05 năm kể từ ngày cấp",
    "Hộ gia đình được miễn thuế trong thời hạn 05 năm kể từ ngày được cấp giấy chứng nhận.",
    "Giấy phép có hiệu lực trong thời hạn 12 tháng kể từ ngày cấp.",
    "sau 01 năm kể từ ngày đưa vào sử dụng, công trình được bảo hành",
    # a weight or an hour with no cue before it
    "nhập kho 11g mẫu ngày 06/11/2025 tại phòng thí nghiệm",
    # a window something lasts, the days gone by, days named
    "Việc đi lại trong vòng 14 ngày phải dùng phương tiện riêng.",
    "trong 03 ngày qua đã xảy ra hai vụ cháy",
    "hội nghị diễn ra trong 02 ngày 15 và 16/10",
    # a countdown to an event: how long is left, no time to finish by
    "Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng, thời gian rất gấp",
    "từ nay đến ngày 30/6/2026 còn khoảng 20 ngày",
    # a sentence that opens with its year and recounts or describes
    "Năm 2025, Sở Y tế đã tổ chức 2 lớp tập huấn.",
    "Năm 2024, tình hình kinh tế còn nhiều khó khăn.",
    "báo cáo kết quả năm 2026, rà soát hồ sơ",
    # ... a year before the letter's, a sentence that recounts what was done
    "Năm 2024, thực hiện tốt công tác tuyên truyền.",
    "Năm 2025, xây dựng được 300 căn nhà.",
    "Kết thúc năm 2025, đã xây dựng được 300 căn nhà.",
    # ... nor the year's end a clause only waits for
    "Sau khi kết thúc năm 2025, Sở Y tế tổng kết.",
    # the time of a condition
    "Trong trường hợp đến hết tháng 6/2026 dịch bệnh chưa giảm, báo cáo Bộ",
    "Nếu đến ngày 30/6/2026 chưa hoàn thành thì báo cáo",
    # no cue
    "năm 2025", "tháng 11/2025", "ngày 15/12/2025", "nhiệm vụ quý IV năm 2024",
    "xây dựng kế hoạch năm 2026", "Nghị quyết số 12/NQ-HĐND ngày 10/7/2025",
    "theo Kế hoạch số 45/KH-UBND ngày 05/3/2025 của UBND tỉnh",
    "triển khai kết luận của kỳ họp tháng 7/2026",
    "thực hiện từ ngày 01/01/2026",                       # a start
    "thực hiện kể từ ngày 01/7/2025",
    # a document of each year is no cycle of the work
    "đạt tỷ lệ theo Nghị quyết hằng năm của Hội đồng nhân dân thành phố",
    # a slogan or a title in quotes
    "phát huy tinh thần “mỗi ngày làm một việc tốt”",
    "nghiên cứu bài “Giải pháp tiết kiệm hàng trăm tỷ mỗi năm”",
    # a noun the period only qualifies
    "phân bổ ngân sách trong năm 2025",
    "đánh giá kết quả thực hiện trong năm 2024 và đề ra giải pháp",
    "báo cáo xong; tổng hợp kết quả thực hiện trong quý IV",
    # "ngay" as "right in / at / even", not "at once"
    "cắt giảm thủ tục ngay trong quá trình xây dựng văn bản",
    "giải quyết ngay tại cơ sở", "kiểm tra ngay cả khi đã cấp phép",
    # a verb that only covers the period
    "tạm dừng thu phí đến hết tháng 9/2026",
    "miễn tiền thuê đất đến hết năm 2026",
    "gia hạn nộp thuế đến hết tháng 12/2025",
    "hỗ trợ lãi suất đến hết năm 2026",
    "áp dụng đến hết ngày 31/12/2025",
    # the window of a day-to-day action
    "treo cờ từ ngày 10/5/2025 đến hết ngày 14/5/2025",
    # negated ("không chi", spend; "không chỉ đạo")
    "không tổ chức hội nghị trong năm 2025",
    "Không chi tiền tổ chức hội nghị đến hết năm 2024.",
    "Không chỉ đạo các đơn vị tổ chức lễ hội đến hết tháng 3/2024.",
    # a noun after "công trình", "chương trình" or a report noun is still only qualified
    "Đẩy nhanh tiến độ các công trình, bảo đảm kết quả giải ngân trong năm 2024.",
    "Rà soát số liệu báo cáo, xây dựng kế hoạch trong năm 2025.",
    "chưa triển khai trong năm 2025",
    # a purpose clause that opens the sentence
    "Để hoàn thành giải ngân trong năm 2025, đề nghị các sở khẩn trương rà soát",
    "Nhằm hoàn thành mục tiêu trước ngày 31/12/2025, các đơn vị rà soát",
    # a manner of someone else's action, or the recipient's purpose
    "hướng dẫn các doanh nghiệp kịp thời hoàn chỉnh hồ sơ",
    # a sentence that directs others: its manners are theirs to its end
    "Chỉ đạo các đơn vị quản lý tập trung kiểm tra, rà soát các tuyến, kịp thời khắc phục sạt lở.",
    "đề nghị các đơn vị khẩn trương gửi báo cáo",
    "đôn đốc các chủ đầu tư khẩn trương giải ngân",
    # ... the one asked named in more words
    "Chỉ đạo Bảo hiểm xã hội Việt Nam chi trả kịp thời chế độ bảo hiểm",
    "yêu cầu các doanh nghiệp kinh doanh bảo hiểm khẩn trương có phương án chi trả",
    "báo cáo UBND tỉnh để kịp thời chỉ đạo",
    # a title's horizon
    "Thực hiện Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021-2025",
    "triển khai Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045",
    "thực hiện Đề án nâng cao chất lượng đến năm 2030",
    "Đề án phát triển du lịch giai đoạn đến năm 2030",
    "triển khai Chương trình từ nay đến năm 2030 và những năm tiếp theo",
    # a quality, not a manner
    "bảo đảm tính kịp thời, chính xác của số liệu",
    "giải quyết quyền lợi với thủ tục nhanh chóng, bảo đảm kịp thời, đầy đủ, đúng quy định",
    # "thường xuyên" as a kind of spending or work
    "rà soát các khoản chi thường xuyên",
    "cắt giảm kinh phí thường xuyên",
    "thực hiện các nhiệm vụ thường xuyên",
    # a cycle that only describes a noun, or no cycle
    "chi trả phụ cấp hằng tháng",
    # ... a few words on
    "lập dự toán ngân sách nhà nước hằng năm",
    "xây dựng kế hoạch thực hiện hằng năm và tổ chức triển khai",
    "xác định chỉ tiêu, nhiệm vụ hằng năm và cả giai đoạn",
    "các kế hoạch hằng năm",
    "lập dự toán ngân sách hằng năm",
    "hỗ trợ hằng tháng cho hộ nghèo",
    "Định kỳ hoặc đột xuất kiểm tra",
]


@pytest.mark.parametrize("text, expected", PERIODS)
def test_periods_after_a_cue(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", LETTER_YEAR)
def test_no_year_takes_the_letters(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", LISTS_AND_RANGES)
def test_lists_and_ranges_end_with_their_last_period(text, expected):
    assert found(text) == expected


def test_three_months_at_the_end_of_a_year_end_with_it():
    (d,) = find_deadlines("hoàn thành trong 3 tháng cuối năm 2025", 2025)
    assert d.due == "2025-12-31"


@pytest.mark.parametrize("text, expected", CONTINUOUS)
def test_continuous_and_relative(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", RECURRING)
def test_recurring_cycles(text, expected):
    assert found(text) == expected


def test_two_days_of_a_yearly_cycle_are_a_cycle():
    assert [d.kind for d in find_deadlines("gửi báo cáo trước ngày 15/6 và ngày 15/12 hằng năm", 2025)] \
        == ["recurring"]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_periods_that_bound_nothing(text):
    assert found(text) == []


def test_a_purpose_clause_hides_only_its_own_period():
    text = "Rà soát hồ sơ. Để kịp thời giải quyết trước ngày 30/6/2026, các đơn vị gửi hồ sơ trước ngày 15/6/2026"
    assert found(text) == [("date", "2026-06-15", None)]


@pytest.mark.parametrize("text, expected", [
    # a purpose after a connective, OCR's "dé" for "để" too: its manner is the goal's
    ("Do vậy, để động viên kịp thời các cá nhân, Sở Tài chính đề nghị các đơn vị rà soát hồ sơ.", []),
    ("Đồng thời dé động viên kịp thời các cá nhân, Tổng cục đề nghị các Cục Thuế rà soát.", []),
    # ... up to the one who asks: the asked's own manner after it counts, whatever
    # "các yêu cầu" (requirements) follows
    ("Do đó, để bảo đảm hiệu quả, Tổng cục giao Cục Thuế rà soát, khẩn trương thực hiện các yêu cầu sau:",
     [("continuous", None, None)]),
    # a number's point ends no purpose
    ("Để hỗ trợ khoảng 71.000 hộ gia đình trong năm 2013, Bộ Xây dựng đề nghị Bộ Tài chính bố trí vốn.", []),
    # "yêu cầu như sau" is the one who asks: the goal's period before it is no deadline
    ("Để triển khai Nghị quyết, bảo đảm hoàn thành mục tiêu trong năm 2024, Ủy ban nhân dân tỉnh yêu cầu như sau:",
     []),
])
def test_purposes_after_a_connective(text, expected):
    assert found(text) == expected


def test_without_a_letter_year_a_day_has_no_due_date():
    assert found("trước ngày 15/12", year=None) == [("date", None, None)]
    assert found("ban hành trong tháng 10", year=None) == []


def test_spans_cover_the_printed_phrase():
    text = "Sở Y tế báo cáo UBND tỉnh trong tháng 11, 12/2025."
    (d,) = find_deadlines(text, 2025)
    assert "tháng 11, 12/2025" in text[d.start:d.end]


# A plan's time field or column: a period alone is the deadline.
@pytest.mark.parametrize("text, expected", [
    ("Quý III/2025", [("quarter", "2025-09-30", None)]),
    ("Tháng 10/2025", [("month", "2025-10-31", None)]),
    ("10/2025", [("month", "2025-10-31", None)]),
    ("2026", [("year", "2026-12-31", None)]),
    ("năm 2026", [("year", "2026-12-31", None)]),
    ("Tháng 6 năm 2026", [("month", "2026-06-30", None)]),
    ("30/6/2026", [("date", "2026-06-30", None)]),
    ("Thường xuyên", [("continuous", None, None)]),
    ("Hằng năm", [("recurring", None, "yearly")]),
    ("Quý IV/2025; Quý I/2026", [("quarter", "2025-12-31", None), ("quarter", "2026-03-31", None)]),
    ("theo tiến độ dự án", []),
    ("Sở Tư pháp", []),
    ("Năm 2025-2026", [("year", "2026-12-31", None)]),
    ("Giai đoạn 2025-2030", []),
    # days joined by "&", as a table's cell lists them: the list ends with its last day
    ("24/8 & 25/8/2026", [("date", "2026-08-25", None)]),
    ("Quý III & Quý IV/2026", [("quarter", "2026-12-31", None)]),
    # a quarter list and the years after it, as a plan's time column prints them
    ("Quý III, IV/2026", [("quarter", "2026-12-31", None)]),
    ("Quý III, IV/2026, 2027", [("year", "2027-12-31", None)]),
    ("Quý IV/2026, 2027, 2028", [("year", "2028-12-31", None)]),
    # ... but "&" inside a name ends no period it follows
    ("Tháng 9/2026 (Sở KH&CN)", [("month", "2026-09-30", None)]),
])
def test_field_deadlines(text, expected):
    assert [(d.kind, d.due, d.recurrence) for d in find_field_deadlines(text, 2025)] == expected


@pytest.mark.parametrize("text, expected", [
    # "riêng năm 2020" names the year the exception is for; its bound follows
    ("Thực hiện định kỳ hằng năm; riêng năm 2025 hoàn thành trong quý II/2025.",
     [("recurring", None), ("quarter", "2025-06-30")]),
    ("Đối với năm 2025, hoàn thành trước ngày 30/9/2025.", [("date", "2025-09-30")]),
])
def test_a_scope_in_a_time_field_is_no_deadline(text, expected):
    assert [(d.kind, d.due) for d in find_field_deadlines(text, 2025)] == expected


@pytest.mark.parametrize("text, expected", [
    # a time field that only says when the work starts, or runs to an event, is continuous
    ("Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.", [("continuous", None)]),
    ("Từ tháng 12/2025", [("continuous", None)]),
    # a range in a time field ends with its last period, dates too
    ("Từ ngày 01/01/2026 đến ngày 31/3/2026", [("date", "2026-03-31")]),
])
def test_open_starts_and_ranges_in_a_time_field(text, expected):
    assert [(d.kind, d.due) for d in find_field_deadlines(text, 2025)] == expected


@pytest.mark.parametrize("text, expected", [
    # the time an item notes in brackets at its end reads like a time column
    ("Phát huy sức mạnh của các tổ chức (Quý IV/2025, Quý I/2026 và thường xuyên).",
     [("quarter", "2026-03-31"), ("continuous", None)]),
    ("Bổ sung phương tiện cho các đội (năm 2025).", [("year", "2025-12-31")]),
    # a bracket that is not all time is no note
    ("Thực hiện theo hướng dẫn (theo Kế hoạch năm 2025).", []),
    ("Rà soát hồ sơ (Phụ lục 2).", []),
])
def test_a_time_note_in_brackets(text, expected):
    assert [(d.kind, d.due) for d in find_deadlines(text, 2025)] == expected


def test_a_condition_hides_only_its_own_time():
    found = find_deadlines("Trường hợp chưa hoàn thành, báo cáo trước ngày 30/6/2026.", 2026)
    assert [(d.kind, d.due) for d in found] == [("date", "2026-06-30")]


@pytest.mark.parametrize("text, due", [
    ("góp ý dự thảo; nếu có ý kiến khác gửi về Sở Tài chính trước ngày 20/6/2025.", "2025-06-20"),
    ("Trường hợp phát sinh vướng mắc báo cáo UBND tỉnh trước ngày 15/6/2025.", "2025-06-15"),
])
def test_an_order_inside_a_condition_keeps_its_deadline(text, due):
    assert [d.due for d in find_deadlines(text, 2025)] == [due]


@pytest.mark.parametrize("text, expected", [
    # a copy without the letter's date: the day is still the cycle's, not a date of its own
    ("trước ngày 10 tháng 01 hàng năm báo cáo tình hình", [("recurring", None, "yearly")]),
    ("trước ngày 30/6 và ngày 31/12 hằng năm", [("recurring", None, "yearly")]),
    # ... a day with no cycle stays a date, its year unknown
    ("báo cáo trước ngày 10 tháng 01", [("date", None, None)]),
])
def test_a_cycles_day_without_the_letters_year(text, expected):
    assert [(d.kind, d.due, d.recurrence) for d in find_deadlines(text, None)] == expected


@pytest.mark.parametrize("text, asked, kinds", [
    # asked of others inside a task: theirs, not the task's
    ("Sở Y tế đề nghị các đơn vị khẩn trương rà soát", False, []),
    # ... but a lead-in's asked are the assignees of what follows
    ("Bộ đề nghị các địa phương khẩn trương thực hiện các nội dung sau:", True, ["continuous"]),
    ("Bộ yêu cầu Ủy ban nhân dân các tỉnh kịp thời triển khai các nhiệm vụ sau:", True, ["continuous"]),
    # ... not where it directs them to have others act
    ("Bộ hướng dẫn các đơn vị kịp thời hoàn chỉnh hồ sơ như sau:", True, []),
    ("Bộ đề nghị các Sở hướng dẫn đơn vị kịp thời hoàn thiện hồ sơ như sau:", True, []),
    # guidance as a noun asks no one: the manner is the assignees' own
    ("Các bộ căn cứ hướng dẫn của Bộ Khoa học và Công nghệ khẩn trương đăng ký nhu cầu kinh phí", False,
     ["continuous"]),
])
def test_a_lead_ins_asked_are_its_assignees(text, asked, kinds):
    assert [d.kind for d in find_deadlines(text, 2026, asked=asked)] == kinds
