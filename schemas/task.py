"""A task: the smallest enumerated item that asks an agency to do something."""
from typing import Literal

from pydantic import BaseModel, ConfigDict

from schemas.deadline import Deadline
from schemas.span import Span

# The "6 rõ" items a task can lack.
Gap = Literal["người", "việc", "thời gian", "trách nhiệm", "sản phẩm", "thẩm quyền"]


class Evidence(BaseModel):
    """Where an extracted value was read: the field, its value and its span."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: Literal["lead", "support", "report_to", "deliverable"]
    value: str
    span: Span
    inherited: bool = False   # read from a heading or introducing line, not the item


class Task(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    section: str | None
    marker: str | None        # "-", "a)", "1.1." ... as printed; None for a paragraph
    text: str
    lead: list[str]
    support: list[str]
    deadline: Deadline | None
    other_deadlines: list[Deadline]
    report_to: list[str]
    deliverables: list[str]
    citations: list[str]      # refs of the citations mentioned in the task
    gaps: list[Gap]
    evidence: list[Evidence]
    span: Span
