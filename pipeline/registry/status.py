"""A task's status as offices report it, from its due date, its done date and a date.

    hoàn thành đúng hạn          done on or before the due date (or with none)
    hoàn thành quá hạn           done after the due date
    chưa hoàn thành trong hạn    not done, the due date not passed (or none; continuous)
    chưa hoàn thành quá hạn      not done, the due date passed

A recurring task ("báo cáo hằng tháng") is judged against its next due date: the end
of the period that holds the as-of date; done means done within that period. A
continuous task ("thường xuyên") is never overdue.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

DONE_ON_TIME = "hoàn thành đúng hạn"
DONE_LATE = "hoàn thành quá hạn"
OPEN_ON_TIME = "chưa hoàn thành trong hạn"
OPEN_LATE = "chưa hoàn thành quá hạn"
STATUSES = [DONE_ON_TIME, DONE_LATE, OPEN_ON_TIME, OPEN_LATE]


@dataclass(frozen=True)
class Judged:
    status: str
    due: date | None              # the due date judged against (the next one, if recurring)
    overdue_days: int = 0


def period(recurrence: str, on: date) -> tuple[date, date]:
    """The period of a recurrence that holds `on`: (first day, last day)."""
    if recurrence == "daily":
        return on, on
    if recurrence == "weekly":
        start = on - timedelta(days=on.weekday())
        return start, start + timedelta(days=6)
    months = {"monthly": 1, "quarterly": 3, "half-yearly": 6, "yearly": 12}.get(recurrence, 1)
    first_month = (on.month - 1) // months * months + 1
    last_month = first_month + months - 1
    return (date(on.year, first_month, 1),
            date(on.year, last_month, calendar.monthrange(on.year, last_month)[1]))


def judge(kind: str | None, due: date | None, recurrence: str | None, done_on: date | None,
          as_of: date) -> Judged:
    if kind == "recurring" and recurrence:
        start, end = period(recurrence, as_of)
        done = done_on is not None and start <= done_on <= end
        return Judged(DONE_ON_TIME if done else OPEN_ON_TIME, end)
    if kind == "continuous":
        return Judged(DONE_ON_TIME if done_on else OPEN_ON_TIME, None)
    if done_on is not None:
        late = due is not None and done_on > due
        return Judged(DONE_LATE if late else DONE_ON_TIME, due, (done_on - due).days if late else 0)
    if due is not None and as_of > due:
        return Judged(OPEN_LATE, due, (as_of - due).days)
    return Judged(OPEN_ON_TIME, due)


def countdown(due: date | None, as_of: date) -> str:
    """What a list shows beside a deadline: "còn 3 ngày", "hôm nay", "quá hạn 5 ngày"."""
    if due is None:
        return ""
    days = (due - as_of).days
    if days > 0:
        return f"còn {days} ngày"
    return "hạn hôm nay" if days == 0 else f"quá hạn {-days} ngày"
