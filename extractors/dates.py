"""Dates as printed in letters: "01/4/2025", "01-4-2025", "ngày 01 tháng 4 năm 2025".

Also as OCR and web copies print them: "ngay"/"hgày" for "ngày", words glued to the
numbers ("21tháng", "năm2011"), a year or a two-digit month broken by a space
("06/1 1/2013", "26/7/201 7").
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex

from extractors.patterns import OPT_WS

# "ngày" without its tone ("ngay", web copies stripped of accents) or with OCR's h for
# n ("hgày"); only ever taken in front of a date.
NGAY = r"[nh]g[aàáảãạ]y"
# A year broken by a space OCR put inside it ("201 9", "20 19").
BROKEN_YEAR = r"(?:19|20)\d[ \t]\d|(?:19|20)[ \t]\d{2}|1[ \t]9\d{2}|2[ \t]0\d{2}"
_MONTH = r"\d{1,2}|\d[ \t]\d"        # "1 1": a month broken like the year, between separators
NUMERIC = (rf"(?P<d>\d{{1,2}}){OPT_WS}[/.-]{OPT_WS}(?P<m>{_MONTH}){OPT_WS}[/.-]{OPT_WS}"
           rf"(?P<y>\d{{4}}|{BROKEN_YEAR})")
VERBAL = (rf"(?P<d2>\d{{1,2}}){OPT_WS}th[aá]ng{OPT_WS}(?P<m2>\d{{1,2}}){OPT_WS}"
          rf"n[aă]m{OPT_WS}(?P<y2>\d{{4}}|{BROKEN_YEAR})")
# "ngày" is part of the match so that "ngày 01/4/2025" is one phrase.
DATE = rf"(?:(?<!\p{{L}}){NGAY}{OPT_WS})?(?:{NUMERIC}|{VERBAL})"
_DATE_RE = regex.compile(rf"(?<!\d){DATE}(?!\d)", regex.IGNORECASE)
_NGAY_RE = regex.compile(NGAY, regex.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str | None   # None when the parts do not make a real date
    broken: bool = False   # a part was read across a space OCR put in it ("1 1", "201 3")

    def has_ngay(self, text: str) -> bool:
        """Whether the phrase opens with "ngày" (or its OCR'd forms), not a bare number."""
        return _NGAY_RE.match(text, self.start) is not None


def iso_date(day: int | None, month: int | None, year: int | None) -> str | None:
    if day is None or month is None or year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def month_end(year: int, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _number(part: str) -> int:
    return int("".join(part.split()))


def _broken(m: regex.Match) -> bool:
    return any(p and (" " in p or "\t" in p) for p in (m["m"], m["y"], m["y2"]))


def _match(m: regex.Match) -> DateMatch:
    return DateMatch(m.start(), m.end(), date_from_match(m), _broken(m))


def date_from_match(m: regex.Match) -> str | None:
    g = m.groupdict()
    d, mo, y = (g.get("d") or g.get("d2")), (g.get("m") or g.get("m2")), (g.get("y") or g.get("y2"))
    if d is None or mo is None or y is None:
        return None
    return iso_date(_number(d), _number(mo), _number(y))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    end = len(text) if end is None else end
    return [_match(m) for m in _DATE_RE.finditer(text, start, end)]


def match_date_at(text: str, pos: int) -> DateMatch | None:
    """A date that starts exactly at `pos` (after optional "ngày")."""
    m = _DATE_RE.match(text, pos)
    return _match(m) if m else None
