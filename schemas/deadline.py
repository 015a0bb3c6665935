"""Deadlines normalised to the kinds of the annotation guide."""
from typing import Literal

from pydantic import BaseModel, ConfigDict

from schemas.span import Span

DeadlineKind = Literal[
    "date", "month", "quarter", "half", "year", "recurring", "continuous", "relative",
]
Recurrence = Literal["daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"]

HARD_KINDS: frozenset[str] = frozenset({"date", "month", "quarter", "half", "year"})


class Deadline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: DeadlineKind
    due: str | None = None            # ISO date: the last day of the period
    recurrence: Recurrence | None = None
    text: str                         # the phrase as printed
    span: Span
    inherited: bool = False           # carried down from an introducing line
