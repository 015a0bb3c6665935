"""Deadlines, normalised to the kinds of the annotation guide's table.

`find_deadlines` reports every deadline phrase in order; which one is the
task's deadline (the first hard one) is decided where tasks are built.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.dates import DATE, date_from_match, iso_date, month_end
from extractors.patterns import OPT_WS, WS, fold

ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
RECURRENCES = {
    "ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly",
    "nam": "yearly", "6 thang": "half-yearly", "sau thang": "half-yearly",
}


@dataclass(frozen=True)
class DeadlineMatch:
    kind: str
    due: str | None
    recurrence: str | None
    start: int
    end: int


# Patterns run on the folded text (no diacritics, lower case), so that OCR'd
# letters match too ("khan trương" in letter 001); folding keeps offsets.
_CUE = r"(?:truoc|cham nhat(?: la)?|khong muon hon|han chot|xong truoc|hoan thanh truoc|den het)"
# an hour may stand before the day: "trước 16 giờ 00 ngày 10/12/2025", "trước 17h00, ngày ..."
_HOUR = rf"(?:{WS}\d{{1,2}}{OPT_WS}(?:gio|h)(?:{OPT_WS}\d{{2}}(?:{WS}phut|')?)?{OPT_WS},?)?"
_FDATE = DATE.replace("ngày", "ngay").replace("tháng", "thang").replace("năm", "nam")
_DATE_DEADLINE = regex.compile(rf"(?<!\p{{L}}){_CUE}{_HOUR}(?:{WS}(?:ngay|la))*{WS}(?P<date>{_FDATE})")
_DAY_MONTH = regex.compile(
    rf"(?<!\p{{L}}){_CUE}(?:{WS}(?:ngay|la))*{WS}(?P<d>\d{{1,2}}){OPT_WS}/{OPT_WS}(?P<m>\d{{1,2}})(?![/\d])"
    rf"(?P<rec>{WS}hang{WS}nam)?")
_MONTH = regex.compile(
    rf"(?<!\p{{L}}|\d{WS})thang{WS}(?P<m>\d{{1,2}}){OPT_WS}(?:/|{WS}nam{WS})(?P<y>\d{{4}})(?![/\d])")
_QUARTER = regex.compile(
    rf"(?<!\p{{L}})quy{WS}(?P<q>iv|iii|ii|i|[1-4])(?!\p{{L}}){OPT_WS}(?:/|{WS}nam{WS})(?P<y>\d{{4}})")
_HALF = regex.compile(rf"(?<!\p{{L}})6{WS}thang{WS}(?P<which>dau|cuoi){WS}nam(?:{WS}(?P<y>\d{{4}}))?")
_YEAR = regex.compile(rf"(?<!\p{{L}})(?:(?:hoan thanh{WS})?trong|den{WS}het|hoan thanh{WS}nam"
                      rf"|thoi{WS}(?:gian|han)(?:{WS}(?:hoan{WS}thanh|thuc{WS}hien))?{OPT_WS}:(?:{OPT_WS}trong)?)"
                      rf"{WS}nam{WS}"
                      rf"(?P<y>\d{{4}})(?!\s*[-–]\s*\d)")
_RECURRING = regex.compile(
    # "kế hoạch 5 năm và hàng năm" names a kind of plan (letter 005), not a cycle.
    rf"(?<!\p{{L}}|\d{WS}nam{WS}va{WS})(?:(?:dinh ky{WS})?(?:hang|moi){WS}(?P<unit>ngay|tuan|thang|quy|nam)"
    rf"|dinh ky{WS}(?:theo{WS}(?:tung{WS})?)?(?P<unit2>thang|quy|nam|6 thang)"
    rf"|theo{WS}tung{WS}(?P<unit3>thang|quy|nam)"
    rf"|(?P<n>3|6|03|06){WS}thang{WS}(?:mot|1){WS}lan"
    rf"|dinh ky(?!{WS}(?:hoac|va){WS}dot xuat))(?!\p{{L}})")
# "kịp thời" is a quality in "tính kịp thời" and a purpose in "để kịp thời ...".
_CONTINUOUS = regex.compile(
    rf"(?<!\p{{L}})(?:thuong xuyen|khan truong|(?<!de{WS}|tinh{WS})kip thoi)(?!\p{{L}})"
    rf"|(?<![\p{{L}}])ngay(?=[ \t\n]+(?:sau khi|khi|ve|cho|den)\b)|(?<=bao cao )ngay(?!\p{{L}})")
# "trước ngày 20 hằng tháng", "định kỳ trước ngày 25 của tháng cuối quý"
_DAY_OF_PERIOD = regex.compile(
    rf"(?<!\p{{L}})(?:dinh ky{WS})?{_CUE}(?:{WS}ngay)?{WS}\d{{1,2}}{WS}(?:(?:hang|moi){WS}(?P<unit>thang|quy)"
    rf"|cua{WS}(?:thang{WS}cuoi{WS})?(?P<unit2>thang|quy)(?:{WS}(?:cuoi|dau))?)(?!\p{{L}})")
# "ngay" done at once ("triển khai ngay", "báo cáo ngay"); folded "ngay" is also "ngày",
# so the printed word is checked where it is found.
_AT_ONCE = regex.compile(rf"(?<=(?:thuc hien|trien khai|bao cao|xu ly|khac phuc|to chuc|chi dao|kiem tra"
                         rf"|ra soat|bo sung|dieu chinh|thao go|giai quyet){WS})ngay(?!\p{{L}})")
_RELATIVE = regex.compile(
    rf"(?<!\p{{L}})(?:trong(?:{WS}thoi{WS}han|{WS}vong)?{WS})?(?P<n>\d{{1,3}}){WS}ngay"
    rf"(?:{WS}lam{WS}viec)?{WS}(?:ke{WS}tu|sau{WS}khi)")


def _quarter_end(q: int, year: int) -> str:
    return month_end(year, q * 3) or ""


def find_deadlines(text: str, letter_year: int | None = None) -> list[DeadlineMatch]:
    """Every deadline phrase of `text` in reading order, overlaps resolved."""
    f = fold(text)
    found: list[DeadlineMatch] = []
    for m in _DATE_DEADLINE.finditer(f):
        found.append(DeadlineMatch("date", date_from_match(m), None, m.start(), m.end()))
    for m in _DAY_MONTH.finditer(f):
        year = letter_year
        due = iso_date(int(m["d"]), int(m["m"]), year) if year else None
        # "trước ngày 15/12 hằng năm": due is the next date printed, in the letter's year.
        kind, rec = ("recurring", "yearly") if m["rec"] else ("date", None)
        found.append(DeadlineMatch(kind, due, rec, m.start(), m.end()))
    for m in _MONTH.finditer(f):
        found.append(DeadlineMatch("month", month_end(int(m["y"]), int(m["m"])), None,
                                   m.start(), m.end()))
    for m in _QUARTER.finditer(f):
        q = ROMAN_QUARTERS[m["q"]]
        found.append(DeadlineMatch("quarter", _quarter_end(q, int(m["y"])), None,
                                   m.start(), m.end()))
    for m in _HALF.finditer(f):
        year = int(m["y"]) if m["y"] else letter_year
        due = (f"{year}-06-30" if m["which"] == "dau" else f"{year}-12-31") if year else None
        found.append(DeadlineMatch("half", due, None, m.start(), m.end()))
    for m in _YEAR.finditer(f):
        found.append(DeadlineMatch("year", f"{m['y']}-12-31", None, m.start(), m.end()))
    for m in _RECURRING.finditer(f):
        unit = m["unit"] or m["unit2"] or m["unit3"]
        rec = RECURRENCES.get(unit) if unit else (
            "quarterly" if m["n"] in ("3", "03") else "half-yearly" if m["n"] else None)
        found.append(DeadlineMatch("recurring", None, rec, m.start(), m.end()))
    for m in _DAY_OF_PERIOD.finditer(f):
        rec = RECURRENCES[m["unit"] or m["unit2"]]
        found.append(DeadlineMatch("recurring", None, rec, m.start(), m.end()))
    for m in (*_CONTINUOUS.finditer(f), *_AT_ONCE.finditer(f)):
        if m.group() != "ngay" or text[m.start():m.end()].lower() == "ngay":
            found.append(DeadlineMatch("continuous", None, None, m.start(), m.end()))
    for m in _RELATIVE.finditer(f):
        found.append(DeadlineMatch("relative", None, None, m.start(), m.end()))
    return _resolve(found)


def _resolve(found: list[DeadlineMatch]) -> list[DeadlineMatch]:
    """Longest match wins where phrases overlap ("trước ngày 15/12 hằng năm")."""
    chosen: list[DeadlineMatch] = []
    for d in sorted(found, key=lambda d: (-(d.end - d.start), d.start)):
        if all(d.end <= c.start or d.start >= c.end for c in chosen):
            chosen.append(d)
    return sorted(chosen, key=lambda d: d.start)


_BARE_FIELD = [   # what a plan's time field may say without a cue: "10/2025", "2026", "Năm 2025"
    (regex.compile(r"^(?:thang\s+)?(\d{1,2})\s*/\s*(\d{4})$"), "month"),
    (regex.compile(r"^(?:nam\s+)?(\d{4})$"), "year"),
]


def find_field_deadlines(text: str, letter_year: int | None = None) -> list[DeadlineMatch]:
    """Deadlines in a plan's time field or column, where a period alone is the deadline."""
    found = find_deadlines(text, letter_year)
    if found:
        return found
    f = fold(text).strip(" .;")
    lead = len(fold(text)) - len(fold(text).lstrip(" .;"))
    for pattern, kind in _BARE_FIELD:
        m = pattern.match(f)
        if m and kind == "month":
            return [DeadlineMatch("month", month_end(int(m[2]), int(m[1])), None, lead, lead + len(f))]
        if m:
            return [DeadlineMatch("year", f"{m[1]}-12-31", None, lead, lead + len(f))]
    return []
