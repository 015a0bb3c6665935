"""Working days as offices count them: Monday to Friday, less Vietnam's public holidays
(one editable data file a year, pipeline/registry/holidays/<year>.yaml), plus the
Saturdays worked in exchange for a bridged day. "Trong 10 ngày làm việc kể từ ngày ký"
is due on the tenth working day after the letter's date."""
from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path

import regex
import yaml

from extractors.patterns import fold

FOLDER = Path(__file__).resolve().parent / "holidays"
# "(trong) N ngày (làm việc) kể từ ngày ký / ban hành (văn bản)": counted from the letter's
# date. Other anchors (ngày nhận, khi có kết quả) give no date the registry knows.
_FROM_SIGNING = regex.compile(
    r"(?P<n>\d{1,3})\s+ngay(?P<work>\s+lam\s+viec)?\s+(?:ke\s+tu|sau)\s+(?:ngay\s+)?"
    r"(?:ky|ban\s+hanh)")


@cache
def days_off(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(holidays, Saturdays worked) of a year; none known when its file is missing."""
    path = FOLDER / f"{year}.yaml"
    if not path.exists():
        return frozenset(), frozenset()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return (frozenset(data.get("holidays") or []), frozenset(data.get("workdays") or []))


def is_working_day(day: date) -> bool:
    holidays, worked = days_off(day.year)
    if day in worked:
        return True
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after `start` (`start` itself not counted)."""
    day = start
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def relative_due(text: str | None, signed: date | None) -> date | None:
    """The due date of "N (working) days from the letter's date", when both are known."""
    if not text or signed is None:
        return None
    m = _FROM_SIGNING.search(fold(" ".join(text.split())).lower())
    if not m:
        return None
    n = int(m["n"])
    return add_working_days(signed, n) if m["work"] else signed + timedelta(days=n)
