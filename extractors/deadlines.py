"""Deadlines, normalised to the kinds of the annotation guide's table.

Only a phrase that bounds when the work is done or reported is a deadline (ANNOTATION.md,
"deadline"): a period after a cue ("trước", "chậm nhất", "hoàn thành", "trong", "đến
hết", "vào", "thời hạn", "thời gian thực hiện:"), or alone in a plan's time field
(`find_field_deadlines`). A period with no cue ("nhiệm vụ quý IV năm 2024", "ngân sách
năm 2025"), one a verb only covers ("tạm dừng thu phí đến hết tháng 9/2026") and the
window of a day-to-day action ("từ ngày 10/5 đến hết ngày 14/5") are not. A list or a
range ends with its last period ("tháng 11, 12/2025", "từ năm 2024 đến năm 2026").

`find_deadlines` reports every deadline phrase in reading order; which one is the task's
deadline is decided where tasks are built. Patterns run on the folded text (no
diacritics, lower case), so that OCR'd letters match too; folding keeps offsets.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from extractors.dates import iso_date, month_end
from extractors.patterns import OPT_WS, SUBMIT, WS, finditer_at, fold, occurrences
from extractors.vocabulary import action_vocabulary

ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
RECURRENCES = {
    "ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly",
    "nam": "yearly", "6 thang": "half-yearly", "sau thang": "half-yearly",
}
# a cycle of N months ("03 tháng một lần", "định kỳ ..., 06 tháng")
_MONTHS_CYCLE = {"3": "quarterly", "03": "quarterly", "6": "half-yearly", "06": "half-yearly", "sau": "half-yearly"}


@dataclass(frozen=True)
class DeadlineMatch:
    kind: str
    due: str | None
    recurrence: str | None
    start: int
    end: int


# -- periods -----------------------------------------------------------------------------
_Y = r"(?P<y>(?:19|20)\d\d)"
_DMY = (rf"(?P<d>\d{{1,2}}){OPT_WS}[/.-]{OPT_WS}(?P<m>\d{{1,2}}){OPT_WS}[/.-]{OPT_WS}{_Y}"
        rf"|(?P<d2>\d{{1,2}}){WS}thang{WS}(?P<m2>\d{{1,2}}){WS}nam{WS}(?P<y2>(?:19|20)\d\d)")
_DATE = regex.compile(rf"(?<![\d/])(?:ngay{WS})?(?:{_DMY})(?![\d/])")
# "15/12", "ngày 20/10", "ngày 15 tháng 12": a day of the letter's year
_DAY_MONTH = regex.compile(rf"(?<![\d/.])(?:ngay{WS})?(?P<d>\d{{1,2}})(?:{OPT_WS}/{OPT_WS}|{WS}thang{WS})"
                           rf"(?P<m>\d{{1,2}})(?![/\d])(?!{WS}nam{WS}\d)")
# "tháng 11/2025", "tháng 11 năm 2025", "tháng 11, 12/2025", "tháng 11 và tháng 12 năm 2025",
# "tháng 10" (the letter's year), "Tháng 12, năm 2022" (a table's cell: the year after a comma)
# ... and a whole year after the last: "Quý IV/2026, 2027" (the work runs on to 2027's end)
# (a list of them ends with its last; not a count after the comma, "quý IV/2026, 2030 hộ dân",
# nor a year opening the next clause, "trong tháng 12/2026, 2027 tiếp tục ...")
_YEAR_AFTER = rf"(?:{OPT_WS},{OPT_WS}(?:nam{WS})?(?P<y_last>(?:19|20)\d\d)(?![/\d])(?!{OPT_WS}\p{{L}}))*"
_MONTH = regex.compile(
    rf"(?<!\p{{L}})thang{WS}(?P<m>\d{{1,2}})(?:{OPT_WS}(?:,|&|va|-){OPT_WS}(?:thang{WS})?(?P<m_last>\d{{1,2}}))*"
    rf"(?:{OPT_WS}(?:/|{WS}nam{WS}|{OPT_WS},{OPT_WS}nam{WS}){_Y}{_YEAR_AFTER})?(?![/\d])(?!{WS}nam{WS}\d)")
# "quý IV/2025", "quý III, IV/2026", "quý I và quý II năm 2026": a list ends with its last;
# "Quý III, năm 2022": the quarter's year after a comma
_QUARTER = regex.compile(
    rf"(?<!\p{{L}})quy{WS}(?P<q>iv|iii|ii|i|[1-4])(?!\p{{L}})"
    # (a digit is a quarter only before its year's slash: "quý IV - 2026", "quý III, 2 đợt" list none)
    rf"(?:{OPT_WS}(?:,|&|va|-){OPT_WS}(?:quy{WS})?(?P<q_last>iv|iii|ii|i|[1-4](?={OPT_WS}/))(?![\p{{L}}\d]))*"
    rf"(?:{OPT_WS}(?:/|{WS}nam{WS}|{OPT_WS},{OPT_WS}nam{WS}){_Y}{_YEAR_AFTER})?")
_HALF = regex.compile(rf"(?<!\p{{L}})(?P<n>6|sau|3|ba){WS}thang{WS}(?P<which>dau|cuoi){WS}nam(?:{WS}{_Y})?")
_YEAR = regex.compile(rf"(?<!\p{{L}}|/|-)nam{WS}{_Y}(?![/\d]|{OPT_WS}-{OPT_WS}\d)")
# a stage of years the work is done within, which ends with its last: "trong giai đoạn 2026 -
# 2030" (alone, "giai đoạn 2026-2030" names what a plan covers, in a time field too)
_STAGE = regex.compile(rf"(?<=(?<!\p{{L}})trong{WS})giai{WS}doan{WS}(?:tu{WS})?(?:nam{WS})?(?:19|20)\d\d{OPT_WS}"
                       rf"(?:-|–|den){OPT_WS}(?:nam{WS})?{_Y}(?![/\d])")
# ... but not a stage that goes on ("... và các năm tiếp theo"), nor a plan's name with its
# stage (_STAGE_NAMED)
_STAGE_GOES_ON = regex.compile(r"[ \t\n]*(?:va|,)[ \t\n]+(?:cac|nhung)[ \t\n]+nam[ \t\n]+tiep[ \t\n]+theo(?!\p{L})")
_PERIOD = [("date", _DATE), ("month", _MONTH), ("quarter", _QUARTER), ("half", _HALF),
           ("year", _YEAR), ("year", _STAGE), ("day", _DAY_MONTH)]

# -- what makes a period a deadline -------------------------------------------------------
# the cue, then what may stand between it and the period ("trước 16 giờ 00 ngày ...",
# "trước 11g00 ngày", "trước 17:00 ngày")
_CUE = regex.compile(
    r"(?:truoc|cham[ \t\n]+nhat(?:[ \t\n]+la)?|khong[ \t\n]+muon[ \t\n]+hon|han[ \t\n]+chot"
    r"|hoan[ \t\n]+thanh|hoan[ \t\n]+tat|xong"      # (the words as far apart as a crawl's markup leaves them)
    r"|den[ \t\n]+het|den|vao|trong|thoi[ \t\n]+han(?:[ \t\n]+(?:hoan[ \t\n]+thanh|thuc[ \t\n]+hien))?[ \t\n]*:?"
    r"|thoi[ \t\n]+gian(?:[ \t\n]+(?:thuc[ \t\n]+hien|hoan[ \t\n]+thanh|hoan[ \t\n]+tat|bao[ \t\n]+cao))?[ \t\n]*:"
    r"|tien[ \t\n]+do(?:[ \t\n]+(?:thuc[ \t\n]+hien|hoan[ \t\n]+thanh))?[ \t\n]*:)"
    r"(?:[ \t\n]+\d{1,2}(?:[ \t\n]*(?:gio|h|g)(?:[ \t\n]*\d{2}(?:[ \t\n]+phut|')?)?|:\d{2})[ \t\n]*,?)?"
    r"(?:[ \t\n]+(?:ngay|la|cuoi|dau|giua))*[ \t\n]*$")     # "đến cuối năm 2025", "trong đầu quý IV"
# "báo cáo tại phiên họp Chính phủ tháng 8/2026": what is due at an event
_AT_EVENT = regex.compile(r"(?:bao cao|trinh|gui)[^.;]{0,40}?(?:tai|truoc)[ \t\n]+(?:phien hop|ky hop|hoi nghi"
                          r"|cuoc hop)[^.;]{0,60}?$")
# verbs whose period is what they cover, not when they are done: the last verb before the
# cue decides ("tạm dừng thu phí đến hết tháng 9/2026"; but "Trình Nghị định về gia hạn
# nộp thuế, báo cáo Chính phủ trong tháng 3" is due in March)
# (matched with their tones: folded, "miễn" is "miền" and "dừng" is "nội dung")
_COVERS = ("tạm dừng", "tạm ngừng", "miễn", "giảm", "gia hạn", "áp dụng", "kéo dài", "được hưởng",
           "hưởng", "hỗ trợ", "duy trì", "giữ nguyên", "dừng", "ngừng", "treo cờ", "thu phí")
_NEGATION = regex.compile(r"(?<!\p{L})(?:khong|chua)(?!\p{L})")
# the "không" of a quality negates nothing: "không phụ thuộc vào địa giới hành chính",
# "không ngừng", "không dùng tiền mặt", "không giấy tờ", "không chỉ" (checked as printed:
# folded, "chỉ" is "chi", spend, and "không chỉ đạo" is a negation)
_QUALITY_NOT = regex.compile(r"[ \t\n]+(?:phu thuoc|ngung|dung tien mat|giay to)(?!\p{L})")
_NOT_ONLY = regex.compile(r"[ \t\n]+chỉ(?![ \t\n]+đạo)(?!\p{L})", regex.I)


def _negated(text: str, f: str, start: int, end: int) -> bool:
    """Does f[start:end] hold a negation (text: the same span as printed)?"""
    for m in _NEGATION.finditer(f, start, end):
        if m.group() == "khong" and (_QUALITY_NOT.match(f, m.end()) or _NOT_ONLY.match(text, m.end())):
            continue
        return True
    return False
# the time a condition opens with ("trường hợp đến hết tháng 6 ...", "nếu đến ngày ..."), not
# one an order inside a condition is bound by ("nếu có ý kiến, gửi về Sở trước ngày ...")
_CONDITION = regex.compile(r"[ \t\n]*(?:trong[ \t\n]+)?(?:truong hop|neu)(?:[ \t\n]+\S+){0,2}[ \t\n]*")
# the title of a cited document or programme carries its own horizon: "Đề án ... từ nay
# đến năm 2020 và những năm tiếp theo", "Chiến lược ... đến năm 2030, tầm nhìn đến năm 2045"
_TITLE_BEFORE = regex.compile(r"(?<!\p{L})(?:ve viec|giai doan|tam nhin|chien luoc|quy hoach|de an)(?!\p{L})")
_STAGE_HEADING = regex.compile(r"[ \t\n]*(?:(?:[\dIVX]+|\p{L})[.)][ \t\n]*)?(?:giai doan|tam nhin)[ \t\n]*")
_TITLE_AFTER = regex.compile(r"[ \t\n]*(?:va nhung nam tiep theo|,?[ \t\n]*tam nhin)")
# the horizon in a plan's or programme's name (ANNOTATION.md: the period something covers
# is no deadline): "thực hiện Chương trình ... đến năm 2030", "điều chỉnh quy hoạch hạ tầng
# ... đến năm 2030", with no finishing or sending word before the horizon nor before the name
def _plan_name_before(cue: str, stops: str) -> regex.Pattern:
    """A plan's or programme's name, then `cue` (folded) right before the period, with none of
    `stops` (finishing or sending words) between them."""
    return regex.compile(r"(?<!\p{L})(?:chuong trinh|ke hoach|chien luoc|de an|quy hoach)(?!\p{L})"
                         rf"(?:(?!{stops})[^.;:()])*?(?<!\p{{L}}){cue}[ \t\n]+$")


_NAME_HORIZON = _plan_name_before("den", "hoan thanh|hoan tat|xong|truoc|cham nhat|trinh|bao cao|gui|nop|phan dau|dat")
# ... and a plan's stage: "xây dựng Kế hoạch phát triển du lịch trong giai đoạn 2026 - 2030"
_STAGE_NAMED = _plan_name_before("trong", "hoan thanh|hoan tat|xong|truoc|cham nhat")
_FINISHING = regex.compile(r"(?<!\p{L})(?:hoan thanh|hoan tat|xong|phan dau)(?!\p{L})")


def _names_horizon(f: str, start: int) -> bool:
    """Is the year at `start` of the folded text the horizon of a plan's name ("Kế hoạch
    ... đến năm 2030")?"""
    m = _NAME_HORIZON.search(f, max(0, start - 140), start)
    return m is not None and not _FINISHING.search(f, max(0, m.start() - 60), m.start())


# a countdown to an event: "Từ nay đến ngày 19/12/2025 chỉ còn 01 tháng"
_FROM_NOW = regex.compile(r"(?<!\p{L})tu[ \t\n]+nay[ \t\n]+den[ \t\n]+(?:ngay[ \t\n]+)?$")
_COUNTDOWN = regex.compile(r"[ \t\n,]*(?:chi[ \t\n]+)?con(?:[ \t\n]+(?:khoang|gan|hon|chua|it))?"
                           r"[ \t\n]+(?:\d+|mot|hai|ba)[ \t\n]+(?:ngay|tuan|thang|nam)(?!\p{L})")
# nouns a "trong <period>" only qualifies: "ngân sách trong năm 2024", "kết quả trong quý"
_NOUNS = regex.compile(r"(?<!\p{L})(?:ngan sach|du toan|ke hoach|chi tieu|ket qua|so thu|tinh hinh|giai doan"
                       r"|so lieu|thu nhap|luong|phu cap|tro cap)[ \t\n]+(?:\p{L}+[ \t\n]+){0,2}$")
# ... but what a report sends is not qualified by the period: "báo cáo Thủ tướng kết quả thực
# hiện trong tháng 11" is due then (ANNOTATION.md: "báo cáo ... trong/trước")
# ("trình" the verb only, patterns.SUBMIT; a comma ends what the report sends)
_REPORTED = regex.compile(r"(?<!\p{L})(?:bao cao|" + SUBMIT + r"|gui)"
                          r"(?!\p{L})[^.;:,]{0,60}$")
_FROM = regex.compile(r"(?<!\p{L})tu[ \t\n]*$")
_RANGE_END = regex.compile(r"[ \t\n]*(?:den|toi)(?:[ \t\n]+het)?[ \t\n]*$")
_RANGE_TO = regex.compile(r"[ \t\n]*(?:den|toi)[ \t\n]+(?:het[ \t\n]+)?(?:nam[ \t\n]+\d{4}[ \t\n]*)?$")
# an open start: "từ tháng 11/2025 trở đi", "từ tháng 11/2025 đến khi kết thúc kiểm kê"
_OPEN_START = regex.compile(r"[ \t\n]*(?:tro di|tro ve sau|(?:cho[ \t\n]+)?den[ \t\n]+khi)(?!\p{L})")

# -- cycles and manners ------------------------------------------------------------------
_RECURRING = regex.compile(
    # "kế hoạch 5 năm và hàng năm" names a kind of plan (letter 005), not a cycle.
    rf"(?<!\p{{L}}|\d{WS}nam{WS}va{WS})(?:(?:dinh ky{WS})?(?:hang|moi){WS}(?P<unit>ngay|tuan|thang|quy|nam)"
    rf"|dinh ky{WS}(?:theo{WS}(?:tung{WS})?)?(?P<unit2>thang|quy|nam|6 thang)"
    rf"|theo{WS}tung{WS}(?P<unit3>thang|quy|nam)"
    rf"|(?P<n>3|6|03|06){WS}thang{WS}(?:mot|1){WS}lan"
    # "báo cáo 02 lần/ngày", "2 lần mỗi tuần" ("mỗi tuần" alone is read above)
    # ("tăng 2 lần", "gấp 2 lần" are a size, no cycle)
    rf"|(?<!(?:tang|giam|gap){WS})(?:\d{{1,2}}|mot|hai|ba){WS}lan{OPT_WS}/{OPT_WS}(?P<unit4>ngay|tuan|thang|quy|nam)"
    rf"|dinh ky(?!{WS}(?:hoac|va){WS}dot xuat))(?!\p{{L}})")
# nouns a cycle only describes: "phụ cấp hằng tháng", "các kế hoạch hằng năm"
_CYCLE_NOUNS = regex.compile(r"(?<!\p{L})(?:ke hoach|ngan sach|du toan|phu cap|tro cap|kinh phi|chi tieu|luong"
                             r"|thu nhap|ho tro|dinh muc|chuong trinh|kiem tra|bao cao ket qua|nghi quyet)[ \t\n]*(?:\p{L}+[ \t\n]+)?$")
# ... a few words on, where no report or submission comes between: "dự toán ngân sách nhà nước
# hằng năm", "kế hoạch thực hiện hằng năm", "chỉ tiêu, nhiệm vụ hằng năm và cả giai đoạn"
_CYCLE_NOUNS_FAR = regex.compile(r"(?<!\p{L})(?:ke hoach|ngan sach|du toan|nhiem vu|muc tieu|chi tieu)"
                                 r"(?:[ \t\n]+(?!bao cao|gui|nop|trinh|tong hop|cap nhat)\p{L}+){0,3}[ \t\n]*$")
# ... unless a report comes before the noun: "báo cáo kết quả thực hiện nhiệm vụ hằng tháng"
_REPORT_BEFORE = regex.compile(r"(?<!\p{L})(?:bao cao|gui|nop)(?!\p{L})")
# "trước ngày 20 hằng tháng", "định kỳ trước ngày 25 của tháng cuối quý"
_DAY_OF_PERIOD = regex.compile(
    rf"(?<!\p{{L}})(?:dinh ky{WS})?(?:truoc|cham nhat|vao)(?:{WS}ngay)?{WS}\d{{1,2}}{WS}"
    rf"(?:(?:hang|moi){WS}(?P<unit>thang|quy)"
    rf"|cua{WS}(?:thang{WS}(?:cuoi|dau){WS})?(?P<unit2>thang|quy)(?:{WS}(?:cuoi|dau|tiep theo|ke tiep|sau))*"
    # ("của" may be left out before the month of a quarter: "trước ngày 25 tháng cuối quý")
    rf"|thang{WS}(?:cuoi|dau){WS}(?P<unit3>quy)(?:{WS}(?:tiep theo|ke tiep|sau))*)(?!\p{{L}})")
# "kịp thời" is a quality in "tính kịp thời" (_QUALITY) and a purpose in "để kịp thời ..."; "thường
# xuyên" a kind of spending or work in "chi thường xuyên", "nhiệm vụ thường xuyên".
_CONTINUOUS = regex.compile(
    rf"(?<!\p{{L}})(?:(?<!(?:chi|kinh phi|nhiem vu|hoat dong|du toan|von|ngan sach){WS})thuong xuyen"
    rf"|khan truong|kip thoi|tu nay(?!{WS}(?:den|toi)\b))(?!\p{{L}})")
# (checked as printed: folded, "tính kịp thời" is also "tỉnh kịp thời", "Công an tỉnh kịp thời xử lý")
# ... and in "bảo đảm kịp thời, đầy đủ, đúng quy định", what the work must be
_QUALITY = regex.compile(r"(?<!\p{L})(?:tính|bảo[ \t\n]+đảm|đảm[ \t\n]+bảo)[ \t\n]+$", regex.I)
_CONTINUOUS_WORDS = ("thuong xuyen", "khan truong", "kip thoi", "tu nay")    # what _CONTINUOUS opens with
# "báo cáo Bộ để kịp thời xem xét": the recipient's purpose, not the assignee's manner
_THEIR_PURPOSE = regex.compile(r"(?<!\p{L})(?:bao cao|phan anh|gui|de xuat|kien nghi)(?!\p{L})[^.;]{0,80}"
                               r"(?:de|nham)[ \t\n]+$")
# a manner that qualifies what someone else is asked to do: "hướng dẫn các đơn vị kịp thời
# hoàn chỉnh", "đề nghị các đơn vị khẩn trương"
_THIRD_PARTY = regex.compile(r"(?<!\p{L})(?:huong dan|yeu cau|de nghi|don doc|nhac nho|tao dieu kien(?: cho)?"
                             # (the one asked named in up to eight words: "chỉ đạo Bảo hiểm xã hội Việt Nam chi trả")
                             # ("hướng dẫn của Bộ X khẩn trương ...": the guidance, a noun, asks no one)
                             r"|chi dao)[ \t\n]+(?!cua(?!\p{L}))(?:[^ \t\n,.;]+[ \t\n]+){1,8}$")
# a sentence that directs others ("Chỉ đạo các đơn vị quản lý ... kiểm tra, rà soát, kịp thời
# khắc phục"): its manners are theirs to the sentence's end
# ("Đề nghị các Sở ...", "Yêu cầu các đơn vị ..." name the assignees themselves)
_DIRECTING = regex.compile(r"[ \t\n\-+•*]*(?:chi dao|huong dan|don doc)[ \t\n]+(?=cac[ \t\n])")
_SENTENCE_END = regex.compile(r"(?r)[;:!?]|\.(?!\d)|(?<!\d)\.")      # (not a number's "71.000")


def _asks_another(before: str, asked: bool) -> bool:
    """Is a manner word after `before` (folded) one asked of someone other than the assignee?"""
    third = None
    for third in _THIRD_PARTY.finditer(before, overlapped=True):
        pass           # (the verb nearest the manner word: "đề nghị các Sở hướng dẫn đơn vị kịp thời")
    return third is not None and not (asked and third.group().startswith(("yeu cau", "de nghi")))


def _directed(f: str, at: int) -> bool:
    end = _SENTENCE_END.search(f, max(0, at - 400), at)
    opens = _DIRECTING.match(f, end.end() if end else max(0, at - 400), at)
    return opens is not None and (end is not None or at <= 400)


# "ngay" done at once after a verb ("triển khai ngay", "trình ngay"); folded "ngay" is also
# "ngày", so the printed word is checked where it is found.
# (not "right in/at/even": "ngay trong quá trình xây dựng", "ngay tại cơ sở", "ngay cả")
_AT_ONCE = regex.compile(rf"(?<=\p{{L}}{WS})ngay(?![ \t\n]*(?:\d|sau khi|khi|tu|tai|hom|nay|mai"
                         rf"|trong{WS}(?:qua{WS}trinh|khau)|(?:ca|o)(?!\p{{L}}))|\p{{L}})"
                         rf"|(?<![\p{{L}}])ngay(?={WS}(?:sau khi|khi)(?!\p{{L}}))")
_RELATIVE = regex.compile(
    rf"(?<!\p{{L}})(?:trong(?:{WS}thoi{WS}han|{WS}vong)?{WS}|sau{WS})?(?P<n>\d{{1,3}}){WS}ngay"
    rf"(?:{WS}lam{WS}viec)?{OPT_WS},?{WS}(?:ke{WS}tu|sau{WS}khi|tinh{WS}tu)"
    # ... or a span with no start printed that ends its clause, the letter's receipt meant:
    # "báo cáo trong 03 ngày.", "trong 7 ngày tới" (not a window something lasts, "trong
    # vòng 14 ngày phải ...", nor the days gone by, "trong 03 ngày qua")
    rf"|(?<!\p{{L}})trong(?:{WS}thoi{WS}han|{WS}vong)?{WS}\d{{1,3}}{WS}ngay(?:{WS}lam{WS}viec)?"
    rf"(?:{WS}toi(?!\p{{L}})|(?={OPT_WS}(?:[.,;:)]|$)))"
    # ... or months and years, from a start printed, where the span opens its clause or
    # follows what is done or a condition's "thì": "Trong thời hạn 06 tháng, kể từ ngày Nghị
    # định có hiệu lực thi hành, các Bộ công bố ...", "hoàn thành trong 02 năm kể từ ..."
    # (not "được miễn thuế trong thời hạn 05 năm kể từ ...", "sau 05 năm kể từ ...": a time
    # something lasts; the word first, then what stands before it: a lookbehind tried at
    # every position is slow)
    rf"|trong(?<=(?:(?:^|[.;:\n()]|(?<!\p{{L}})thi)[ \t\n*_\-+]*"
    rf"|(?:hoan{WS}thanh|xong|bao{WS}cao|trinh|ban{WS}hanh|gui|cong{WS}bo)[ \t\n,]*)trong)"
    rf"(?:{WS}thoi{WS}han|{WS}vong)?{WS}\d{{1,3}}{WS}(?:thang|nam){OPT_WS},?{WS}ke{WS}tu")
# a purpose clause that opens a sentence ("Để hoàn thành giải ngân trong năm 2024, ..."):
# its periods are the goal, not the deadline
# (also after a connective, "Do vậy, để ..."; OCR prints "để" as "dé", and "đề nghị" as "dé nghị";
# a doubled "dé dé" is OCR's too; a number's "71.000" ends nothing)
_PURPOSE = regex.compile(r"(?:^|[.;:]\s+|(?<!\p{L})(?:[Dd]o vậy|[Vv]ì vậy|[Dd]o đó|[Đđ]ồng thời),?\s+)"
                         r"(?P<w>để|Để|nhằm|Nhằm|ĐỂ|dé(?!\s+nghị))(?:\s+dé(?!\s+nghị))?\s(?:[^,.;:]|(?<=\d)[.,](?=\d))*")


# the main clause a purpose clause opens ("Để ..., ..., Tổng cục Thuế đề nghị ...")
# ("các yêu cầu", "yêu cầu cụ thể" are requirements, no one asking)
_MAIN_ASK = regex.compile(r",[^,.;:]*?(?<!\p{L})(?:de nghi|(?<!(?:cac|nhung|cac noi dung)[ \t\n]+)yeu cau"
                          r"(?![ \t\n]+(?:cu the|tren|de ra|dat ra))|giao|chi dao|huong dan|quyet dinh)(?!\p{L})")


_SENTENCE_STOP = regex.compile(r"[;:]|\.(?!\d)|(?<!\d)\.")      # (not a number's "71.000")


def _purposes(text: str, f: str) -> list[tuple[int, int]]:
    """Purpose clauses: to the first comma, or, where the sentence goes on to ask
    someone, to the comma before the one who asks."""
    out = []
    if "để" not in text and "Để" not in text and "nhằm" not in text and "Nhằm" not in text and "ĐỂ" not in text \
            and "dé" not in text:
        return out        # (no word a purpose opens with)
    for m in _PURPOSE.finditer(text):
        end = m.end()
        stop = _SENTENCE_STOP.search(f, m.end())
        sentence_end = stop.start() if stop else len(f)
        asks = [a.start() for a in _MAIN_ASK.finditer(f, m.end(), sentence_end)]
        if asks:
            end = max(end, asks[-1])
        out.append((m.start(), end))
    return out


def _quarter_end(q: int, year: int) -> str | None:
    return month_end(year, q * 3)


# months joined by a dash before the year's slash: a span of months, no day ("3-12/2020");
# a date keeps one separator ("10/11/2019", "10-11-2019"); after "trước", "chậm nhất" it is a
# day ("trước 5-7/2026"), after "quý" no month at all
_MONTH_SPAN = regex.compile(r"\d{1,2}[ \t]*-[ \t]*\d{1,2}[ \t]*/")
_WANTS_A_DAY = regex.compile(r"(?<!\p{L})(?:truoc|cham nhat(?: la)?|han chot|khong muon hon|quy)[ \t\n]*$")


def _due(kind: str, m: regex.Match, year: int | None) -> tuple[str, str | None]:
    """(kind, due) of a period match; a period printed without a year takes the letter's."""
    g = m.groupdict()
    y = int(g.get("y") or g.get("y2") or 0) or year
    if kind == "date":
        d, mo = int(g.get("d") or g["d2"]), int(g.get("m") or g["m2"])
        if d < mo and _MONTH_SPAN.match(m.group()) \
                and not _WANTS_A_DAY.search(m.string, max(0, m.start() - 16), m.start()):
            return "month", month_end(y, mo)      # "10-11/2019": October to November
        return "date", iso_date(d, mo, int(g.get("y") or g["y2"]))
    if kind == "day":
        return "date", iso_date(int(g["d"]), int(g["m"]), year) if year else None
    if kind in ("month", "quarter") and m.captures("y_last"):
        return "year", f"{m.captures('y_last')[-1]}-12-31"
    if kind == "month":
        last = m.captures("m_last")[-1] if m.captures("m_last") else g["m"]
        return "month", month_end(y, int(last)) if y else None
    if kind == "quarter":
        last = m.captures("q_last")[-1] if m.captures("q_last") else g["q"]
        return "quarter", _quarter_end(ROMAN_QUARTERS[last], y) if y else None
    if kind == "half":
        if g["which"] == "dau" and g["n"] in ("6", "sau"):
            return "half", f"{y}-06-30" if y else None
        if g["which"] == "dau":
            return "quarter", month_end(y, 3 if g["n"] in ("3", "ba") else 2) if y else None
        return ("half" if g["n"] in ("6", "sau") else "year"), f"{y}-12-31" if y else None
    return "year", f"{y}-12-31" if y else None


# Periods that are written with digits: not looked for in a text without one.
_WITH_DIGITS = {"date", "month", "year", "day"}
_DIGIT = regex.compile(r"\d")
_DIGITS = regex.compile(r"\d+")


def _periods(f: str, year: int | None) -> list[tuple[str, str | None, int, int]]:
    """Every period of the folded text, overlaps resolved (longest first)."""
    found = []
    digits = _DIGIT.search(f) is not None
    # a date starts at "ngay" or at a run of digits: tried there only (patterns.finditer_at)
    date_starts = sorted({*occurrences(f, ("ngay",)), *(m.start() for m in _DIGITS.finditer(f))}) if digits else []
    for name, pattern in _PERIOD:
        if name in _WITH_DIGITS and not digits:
            continue
        for m in finditer_at(pattern, f, date_starts) if name in ("date", "day") else pattern.finditer(f):
            if name == "month" and m["y"] is None and not m.captures("m_last") and year is None:
                continue
            kind, due = _due(name, m, year)
            found.append((kind, due, m.start(), m.end()))
    chosen: list[tuple[str, str | None, int, int]] = []
    for p in sorted(found, key=lambda p: (-(p[3] - p[2]), p[2])):
        if all(p[3] <= c[2] or p[2] >= c[3] for c in chosen):
            chosen.append(p)
    return sorted(chosen, key=lambda p: p[2])


_LAST_CLAUSE = regex.compile(r"[.;:!?\n][^.;:!?\n]*$")


# a sentence that opens with its year, then the order: "Năm 2026, cắt giảm 100% điều
# kiện kinh doanh không cần thiết" (the year the work is done in, as "trong năm 2026")
_SENTENCE_OPENS = regex.compile(r"(?:^|[.;:!?\n])[ \t\n*_(\-+•]*$")


@cache
def _verb_after_comma() -> regex.Pattern:
    verbs = sorted({fold(v) for v in action_vocabulary().verbs}, key=len, reverse=True)
    return regex.compile(r"[ \t\n]*,[ \t\n]*(?:" + "|".join(v.replace(" ", r"[ \t\n]+") for v in verbs)
                         + r")(?!\p{L})")


# a year's end opening the sentence: "Kết thúc năm 2013, Chính phủ báo cáo ...", "Cuối năm 2026, ..."
# (where the sentence prints no time of its own: "Cuối năm 2026, các chính sách ... hết hiệu lực;
# giao Sở Tài chính ..., trình UBND tỉnh trong quý II/2027" is due in 2027)
_A_PERIOD = regex.compile(r"(?:/|nam[ \t\n]+)(?:19|20)\d\d(?!\d)")
_FULL_STOP = regex.compile(r"[.!?](?:[ \t\n]|$)|\n")
_YEAR_END_OPENS = regex.compile(r"(?:^|[.;:!?\n])[ \t\n*_(\-+•]*(?:ket[ \t\n]+thuc|cuoi)[ \t\n]+$")


def _fronted(f: str, start: int, end: int, year: int | None) -> bool:
    """Is the year at f[start:end] a sentence's opening, an order's verb after its comma (or
    any order after "Kết thúc năm ...,")? Not a year before the letter's, nor a sentence that
    recounts ("Năm 2024, xây dựng được 300 căn nhà")."""
    if not f.startswith("nam", start):
        return False
    stop = _FULL_STOP.search(f, end)
    year_end = _YEAR_END_OPENS.search(f, max(0, start - 30), start) is not None and f.startswith(",", end) \
        and not _A_PERIOD.search(f, end, stop.start() if stop else len(f))
    if not year_end and (_SENTENCE_OPENS.search(f, max(0, start - 20), start) is None
                         or _verb_after_comma().match(f, end) is None):
        return False
    if year is not None and f[end - 4:end].isdigit() and int(f[end - 4:end]) < year:
        return False
    sentence = _SENTENCE_END.search(f, end)
    return _RECOUNTS.search(f, end, sentence.start() if sentence else len(f)) is None


_SENTENCE_END = regex.compile(r"[.;!?](?:[ \t\n]|$)|\n")
_RECOUNTS = regex.compile(r"(?<!\p{L})(?:duoc|dat|da)(?!\p{L})")


def _clause_start(f: str, pos: int) -> int:
    m = _LAST_CLAUSE.search(f[max(0, pos - 300):pos])
    return max(0, pos - 300) + (m.start() + 1 if m else 0)


def _bounds(text: str, f: str, start: int, end: int, cue_at: int | None = None,
            year: int | None = None) -> bool:
    """Does the period at f[start:end] bound when the work is done? A cue before it, not
    a verb that only covers the period, not a noun it only qualifies. `cue_at`: where a
    range's "từ" stands, whose "đến" is the cue."""
    before = f[max(0, start - 60):start]
    if cue_at is not None:
        word = "den"
    else:
        cue = _CUE.search(before)
        if cue is None:
            return _AT_EVENT.search(f[max(0, start - 120):start]) is not None or _fronted(f, start, end, year)
        word = before[cue.start():].split()[0]
        cue_at = start - len(before) + cue.start()
    clause = f[_clause_start(f, start):cue_at]
    if _CONDITION.fullmatch(clause.rsplit(",", 1)[-1]):
        return False      # "Trường hợp đến hết tháng 6/2020 dịch vẫn chưa giảm, ...": a condition's time
    if word in ("den", "vao", "trong", "den het"):
        # a negation reaches to its comma: "không để chậm trễ, hoàn thành trong tháng 11" is bound
        last = cue_at - len(clause.rsplit(",", 1)[-1])
        if _negated(text, f, last, cue_at) or _last_verb(text[cue_at - len(clause):cue_at].lower()) in _COVERS:
            return False
        # a title's horizon ("Đề án ... giai đoạn đến năm 2030"), but not a time "vào" it
        # ("Tổng kết giai đoạn 2013-2015 vào năm 2015")
        # ("hoàn chỉnh Đề án, trình UBND tỉnh trong tháng 4": past a comma the title is done)
        # (but a plan's stage that heads its items, "1. Giai đoạn đến năm 2030" alone on its
        # line, is when they are done: ANNOTATION.md, an introducing item's "when")
        if word != "vao" and _TITLE_BEFORE.search(clause.rsplit(",", 1)[-1][-30:]) \
                and not _STAGE_HEADING.fullmatch(f, 0, cue_at):
            return False
    if word == "trong" and (noun := _NOUNS.search(before[:cue.start()])) \
            and not _REPORTED.search(f[max(0, start - 120):start - len(before) + noun.start()]):
        return False
    return True


@cache
def _verbs() -> regex.Pattern:
    from extractors.vocabulary import action_vocabulary
    verbs = set(action_vocabulary().verbs) | set(_COVERS)
    # a verb's syllable inside a noun is no verb: "chương trình", "công trình", "tờ trình"
    nouns = r"(?<!(?:chương|quy|tờ|công|lộ|hành|sản|thực|kế|bản|đề|biên|nội|sử)[ \t\n])"
    return regex.compile(rf"(?<!\p{{L}}){nouns}(?:" + "|".join(sorted(verbs, key=len, reverse=True))
                         + r")(?!\p{L})")


def _last_verb(clause: str) -> str | None:
    found = list(_verbs().finditer(clause))
    return found[-1].group() if found else None


def find_deadlines(text: str, letter_year: int | None = None, field: bool = False,
                   asked: bool = False) -> list[DeadlineMatch]:
    """Every deadline phrase of `text` in reading order, overlaps resolved. `field`: the
    text is a plan's time field, where a period alone is the deadline. `asked`: the text
    is a lead-in whose asked ("yêu cầu các Sở khẩn trương thực hiện ... sau:") are the
    assignees of what follows, so the manner it asks of them is theirs."""
    return list(_cached_deadlines(text, letter_year, field, asked))


@lru_cache(maxsize=1024)
def _cached_deadlines(text: str, letter_year: int | None, field: bool,
                      asked: bool) -> tuple[DeadlineMatch, ...]:
    # Cached: a paragraph is read for whether it orders something, then as the task.
    f = fold(text)
    purposes = _purposes(text, f)
    periods = _periods(f, letter_year)
    found, used = _cycles(f, letter_year, periods)
    skip: set[int] = set(used)
    for i, (kind, due, start, end) in enumerate(periods):
        if i in skip or any(a <= start < b for a, b in purposes):
            continue
        # "từ tháng 11/2025 trở đi": an open start is no bound
        if _FROM.search(f, max(0, start - 6), start) and _OPEN_START.match(f, end):
            found.append(DeadlineMatch("continuous", None, None, start - 3, _OPEN_START.match(f, end).end()))
            continue
        # a range or list ends with its last period: "từ năm 2024 đến năm 2026", "Quý IV/2013, Quý I/2014"
        last = i
        while last + 1 < len(periods) and _joins(f, periods[last][3], periods[last + 1][2], kind,
                                                 periods[last + 1][0]):
            last += 1
        span_end = periods[last][3]
        if last > i:
            skip.update(range(i + 1, last + 1))
        ranged = _FROM.search(f, max(0, start - 6), start) is not None
        if ranged and kind == "date" and periods[last][0] == "date" and not field:
            continue              # the window of a day-to-day action
        if field and ranged and last == i and not f[end:].strip(" .;,\n"):
            # a time field that only says when the work starts ("Từ tháng 12/2025")
            found.append(DeadlineMatch("continuous", None, None, start - 3, end))
            continue
        # "từ năm 2013 đến năm 2015": the range's "đến" is its cue
        to = _RANGE_END.match(f, periods[last - 1][3], periods[last][2]) if ranged and last > i else None
        bounded = _bounds(text, f, start - (3 if ranged else 0), end, year=letter_year) or (
            to is not None and _bounds(text, f, periods[last][2], periods[last][3], cue_at=start - 3))
        if not (field or bounded) or _TITLE_AFTER.match(f, span_end):
            continue
        if _COUNTDOWN.match(f, span_end) and (now := _FROM_NOW.search(f, max(0, start - 16), start)) \
                and not _FINISHING.search(f, max(0, now.start() - 40), now.start()):
            continue              # "Từ nay đến ngày 19/12/2025 chỉ còn 01 tháng": how long is left
        if periods[last][0] == "year" and _names_horizon(f, start):
            continue              # "Kế hoạch phát triển nhà ở đến năm 2030": the years a plan's name covers
        if f.startswith("giai doan", start) and (
                _STAGE_NAMED.search(f, max(0, start - 140), start) or _STAGE_GOES_ON.match(f, span_end)
                or (letter_year is not None and int(periods[last][1][:4]) < letter_year)):
            continue              # a plan's stage, one that goes on, or one already over
        if field and _SCOPE.search(f, max(0, start - 12), start):
            continue              # "Riêng năm 2020 hoàn thành trong quý II/2020": the year is a scope
        found.append(DeadlineMatch(periods[last][0], periods[last][1], None,
                                   start - (3 if ranged else 0), span_end))
    for m in finditer_at(_CONTINUOUS, f, occurrences(f, _CONTINUOUS_WORDS)):
        if not _QUALITY.search(text, max(0, m.start() - 9), m.start()) \
                and not _asks_another(f[max(0, m.start() - 80):m.start()], asked) \
                and not _directed(f, m.start()) \
                and not _THEIR_PURPOSE.search(f[max(0, m.start() - 120):m.start()]) \
                and not any(a <= m.start() < b for a, b in purposes):
            found.append(DeadlineMatch("continuous", None, None, m.start(), m.end()))
    for m in finditer_at(_AT_ONCE, f, occurrences(f, ("ngay",))):
        if text[m.start():m.start() + 4].lower() == "ngay":
            found.append(DeadlineMatch("continuous", None, None, m.start(), m.end()))
    for m in _RELATIVE.finditer(f) if _DIGIT.search(f) else ():
        found.append(DeadlineMatch("relative", None, None, m.start(), m.end()))
    if not field:
        found += _time_note(text, letter_year)
    if "“" in text or '"' in text:
        # a slogan or a title in quotes ("mỗi ngày làm một việc tốt", "Tháng hành động năm
        # 2025") bounds no work
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        found = [d for d in found if not any(a < d.start < b for a, b in quoted)]
    return tuple(_resolve(found))


_QUOTED = regex.compile(r"“[^“”\n]{1,200}”|\"[^\"\n]{1,200}\"")


# the time an item notes in brackets at its end: "... hài cốt liệt sĩ (Quý IV/2013, Quý
# I/2014 và thường xuyên)." — read like a plan's time column
_TIME_NOTE = regex.compile(r"\((?P<inner>[^()]{3,80})\)[ \t]*[.;]?[ \t]*$")
_NOTE_JOINERS = regex.compile(r"(?<!\p{L})(?:va|và|,|;|hoac|hoặc)(?!\p{L})")


def _time_note(text: str, letter_year: int | None) -> list[DeadlineMatch]:
    m = _TIME_NOTE.search(text)
    if m is None:
        return []
    at = m.start("inner")
    inner = find_deadlines(m["inner"], letter_year, field=True)
    # only a note that is all time: "(Quý IV/2013)", not "(theo Kế hoạch năm 2013)"
    covered = sum(d.end - d.start for d in inner)
    words = _NOTE_JOINERS.sub(" ", m["inner"])
    if not inner or covered < 0.6 * len(words.strip().replace(" ", "")):
        return []
    return [DeadlineMatch(d.kind, d.due, d.recurrence, at + d.start, at + d.end) for d in inner]


# what makes the period after it a scope, not a bound: "riêng năm 2020", "đối với năm 2025"
_SCOPE = regex.compile(r"(?<!\p{L})(?:rieng|doi voi)(?:[ \t\n]+trong)?[ \t\n]+$")


_JOINER = regex.compile(r"[ \t\n]*(?:,|&|va|-|den|toi|den het)[ \t\n]*")


def _joins(f: str, end: int, start: int, kind: str, next_kind: str) -> bool:
    """Do two periods form one list or range ("Quý IV/2013, Quý I/2014", "năm 2024 đến năm 2026")?"""
    between = f[end:start]
    if kind != next_kind and not (kind in ("year", "month", "quarter") and next_kind in ("year", "month", "quarter")):
        return False
    return _JOINER.fullmatch(between) is not None


_LETTER = regex.compile(r"\p{L}")


def _may_recur(f: str) -> bool:
    """Does the folded text hold what every match of _RECURRING does: "dinh ky", "tung"
    (theo tung), "lan" (3 thang mot lan), or "hang"/"moi" opening a word and followed by
    a space? Most texts do not: they are not scanned with it."""
    if "dinh ky" in f or "tung" in f or "lan" in f:
        return True
    for word in ("hang", "moi"):
        at = f.find(word)
        while at >= 0:
            after = f[at + len(word):at + len(word) + 1]
            if after and after in " \t\r\n" and (at == 0 or not _LETTER.match(f, at - 1)):
                return True
            at = f.find(word, at + 1)
    return False


def _cycles(f: str, year: int | None, periods) -> tuple[list[DeadlineMatch], list[int]]:
    """Recurring deadlines, and the periods they took as their next due date."""
    out, used = [], []
    for m in _RECURRING.finditer(f) if _may_recur(f) else ():
        before = f[max(0, m.start() - 60):m.start()]
        if _CYCLE_NOUNS.search(before[-40:]) \
                or (_CYCLE_NOUNS_FAR.search(before) and not _REPORT_BEFORE.search(before)):
            continue              # "phụ cấp hằng tháng", "các kế hoạch hằng năm"
        unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]
        rec = RECURRENCES.get(unit) if unit else _MONTHS_CYCLE.get(m["n"])
        due, index = _next_due(f, m, periods) if rec in ("yearly", "half-yearly", "quarterly", "monthly") else (None, None)
        if index is not None:
            # the days listed before it are days of the same cycle ("15/6 và 15/12 hằng năm")
            first = index
            while first > 0 and periods[first - 1][0] == "date" and _DAY_LIST.fullmatch(
                    f, periods[first - 1][3], periods[first][2]) \
                    and not _A_YEAR.search(f[periods[first - 1][2]:periods[first - 1][3]]):
                first -= 1
            used.extend(range(first, index + 1))
            start, end = min(m.start(), periods[first][2]), max(m.end(), periods[index][3])
            out.append(DeadlineMatch("recurring", due, rec, start, end))
        else:
            out.append(DeadlineMatch("recurring", None, rec, m.start(), m.end()))
        if rec is not None and m.group().startswith("dinh ky"):
            _more_cycles(f, m.end(), periods, out, used)
    # (what every match holds: a digit, a month or quarter, and "truoc", "cham nhat" or "vao")
    may_be_day = ("thang" in f or "quy" in f) and ("truoc" in f or "cham nhat" in f or "vao" in f) \
        and _DIGIT.search(f)
    for m in _DAY_OF_PERIOD.finditer(f) if may_be_day else ():
        rec = RECURRENCES[m["unit"] or m["unit2"] or m["unit3"]]
        out.append(DeadlineMatch("recurring", None, rec, m.start(), m.end()))
    if out:
        # "Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm trước ngày 20 tháng 12": in
        # a text with a cycle, a report of the cycle's period is due on its day each time
        reports = list(_CYCLE_REPORT.finditer(f))
        for m, after in zip(reports, [*reports[1:], None]):
            stop_at = _SENTENCE_STOP.search(f, m.end())
            limit = min(stop_at.start() if stop_at else len(f), after.start() if after else len(f))
            for i, (kind, due, start, stop) in enumerate(periods):
                if i in used or kind != "date" or not m.end() <= start < limit or _A_YEAR.search(f[start:stop]):
                    continue
                used.append(i)
                out.append(DeadlineMatch("recurring", due, RECURRENCES[m["unit"]], start, stop))
    return out, used


# the cycles a "định kỳ" lists after its first, each with its day in brackets: "định kỳ hằng
# tháng trước ngày 15, 06 tháng (trước ngày 15/6), 01 năm (trước ngày 10/12)"
_MORE_CYCLE = regex.compile(rf"(?:{WS}(?:truoc|cham nhat|vao){WS}ngay{WS}\d{{1,2}}(?![/\d]))?"
                            rf"(?:{OPT_WS}\([^()]{{1,40}}\))?{OPT_WS}(?:,|va){OPT_WS}"
                            rf"(?:(?:hang|moi){WS})?(?:(?P<n>0?[136]|mot|sau){WS})?(?P<unit>thang|quy|nam)(?!\p{{L}})"
                            rf"(?:{OPT_WS}\((?P<day>[^()]{{1,40}})\))?")


def _more_cycles(f: str, pos: int, periods, out: list[DeadlineMatch], used: list[int]) -> None:
    """The cycles listed after a "định kỳ" one, each recurring, due on the day in its
    brackets (a day without a year: the letter's)."""
    while (m := _MORE_CYCLE.match(f, pos)) is not None:
        n, unit = m["n"], m["unit"]
        rec = _MONTHS_CYCLE.get(n) if unit == "thang" and n else RECURRENCES[unit]
        if rec is None:
            return
        day = next((i for i, p in enumerate(periods) if m.start("day") <= p[2] < m.end("day")
                    and p[0] == "date" and not _A_YEAR.search(f[p[2]:p[3]])), None) if m["day"] else None
        if day is not None:
            used.append(day)
        out.append(DeadlineMatch("recurring", periods[day][1] if day is not None else None, rec,
                                 m.start("unit") - (len(n) + 1 if n else 0), m.end()))
        pos = m.end()


_CYCLE_REPORT = regex.compile(r"(?<!\p{L})bao cao[ \t\n]+(?:dinh ky[ \t\n]+)?(?P<unit>6 thang|sau thang|nam|quy|thang)"
                              r"(?![ \t\n]*\d|\p{L})")


_DAY_LIST = regex.compile(r"[ \t\n]*(?:,|va)[ \t\n]*(?:ngay[ \t\n]*)?")
_A_YEAR = regex.compile(r"(?:19|20)\d\d")


# (words only between: no other cycle's count or day, no clause break)
_WORDS_ONLY = regex.compile(r"[^\d.;:()]*")


def _next_due(f: str, m: regex.Match, periods) -> tuple[str | None, int | None]:
    """ "trước ngày 15/12 hằng năm", "định kỳ hàng năm (trước ngày 15/11 ...)": a day
    printed without a year beside a yearly cycle is its next due date (the letter's year;
    none where the copy prints no date of the letter, but the day is still the cycle's)."""
    for i, (kind, due, start, end) in enumerate(periods):
        # (or later in the cycle's clause: "định kỳ hằng năm báo cáo tình hình về Bộ X trước
        # ngày 25 tháng 12")
        near = 0 <= m.start() - end <= 4 or 0 <= start - m.end() <= 20 \
            or (0 <= start - m.end() <= 120 and _WORDS_ONLY.fullmatch(f, m.end(), start) is not None)
        if kind == "date" and near and "." not in f[min(end, m.start()):max(start, m.end())] \
                and not _A_YEAR.search(f[start:end]):
            return due, i
    return None, None


def _resolve(found: list[DeadlineMatch]) -> list[DeadlineMatch]:
    """Longest match wins where phrases overlap ("trước ngày 15/12 hằng năm")."""
    chosen: list[DeadlineMatch] = []
    for d in sorted(found, key=lambda d: (-(d.end - d.start), d.start)):
        if all(d.end <= c.start or d.start >= c.end for c in chosen):
            chosen.append(d)
    return sorted(chosen, key=lambda d: d.start)


_FIELD_MONTH = regex.compile(r"^(?:thang\s+)?(\d{1,2})\s*/\s*(\d{4})$")
_FIELD_YEAR = regex.compile(r"^(?:nam\s+)?(?:(?:19|20)\d\d\s*-\s*)?((?:19|20)\d\d)$")


def find_field_deadlines(text: str, letter_year: int | None = None) -> list[DeadlineMatch]:
    """Deadlines in a plan's time field or column, where a period alone is the deadline."""
    found = find_deadlines(text, letter_year, field=True)
    if found:
        return found
    f = fold(text).strip(" .;")
    lead = len(fold(text)) - len(fold(text).lstrip(" .;"))
    m = _FIELD_MONTH.match(f)
    if m:
        return [DeadlineMatch("month", month_end(int(m[2]), int(m[1])), None, lead, lead + len(f))]
    # a year, or a span of years ending with the last ("Năm 2025-2026")
    m = _FIELD_YEAR.match(f)
    if m:
        return [DeadlineMatch("year", f"{m[1]}-12-31", None, lead, lead + len(f))]
    return []
