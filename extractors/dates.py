"""Dates as printed in letters: "01/4/2025", "01-4-2025", "ngày 01 tháng 4 năm 2025"."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex

from extractors.patterns import OPT_WS, WS

NUMERIC = rf"(?P<d>\d{{1,2}}){OPT_WS}[/.-]{OPT_WS}(?P<m>\d{{1,2}}){OPT_WS}[/.-]{OPT_WS}(?P<y>\d{{4}})"
VERBAL = rf"(?P<d2>\d{{1,2}}){WS}tháng{WS}(?P<m2>\d{{1,2}}){WS}năm{WS}(?P<y2>\d{{4}})"
# "ngày" is part of the match so that "ngày 01/4/2025" is one phrase.
DATE = rf"(?:ngày{WS})?(?:{NUMERIC}|{VERBAL})"
_DATE_RE = regex.compile(rf"(?<!\d){DATE}(?!\d)", regex.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str | None   # None when the parts do not make a real date


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


def date_from_match(m: regex.Match) -> str | None:
    g = m.groupdict()
    d, mo, y = (g.get("d") or g.get("d2")), (g.get("m") or g.get("m2")), (g.get("y") or g.get("y2"))
    if d is None or mo is None or y is None:
        return None
    return iso_date(int(d), int(mo), int(y))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    end = len(text) if end is None else end
    return [
        DateMatch(m.start(), m.end(), date_from_match(m))
        for m in _DATE_RE.finditer(text, start, end)
    ]


def match_date_at(text: str, pos: int) -> DateMatch | None:
    """A date that starts exactly at `pos` (after optional "ngày")."""
    m = _DATE_RE.match(text, pos)
    return DateMatch(m.start(), m.end(), date_from_match(m)) if m else None
