"""Gold files of corpus/gold (../shared/ANNOTATION.md, "Gold file format")."""
from pydantic import BaseModel, ConfigDict


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldDocument(_Gold):
    number: str | None = None
    symbol: str | None = None
    date: str | None = None
    issuer: str | None = None
    doc_type: str | None = None


class GoldCitation(_Gold):
    ref: str
    date: str | None = None


class GoldSection(_Gold):
    label: str
    agencies: list[str] = []


class GoldDeadline(_Gold):
    kind: str
    due: str | None = None
    recurrence: str | None = None


class GoldTask(_Gold):
    section: str | None = None
    text: str
    lead: list[str] = []
    support: list[str] = []
    deadline: GoldDeadline | None = None
    other_deadlines: list[GoldDeadline] = []
    report_to: list[str] = []
    deliverables: list[str] = []


class GoldLetter(_Gold):
    document: GoldDocument
    citations: list[GoldCitation] = []
    sections: list[GoldSection] = []
    tasks: list[GoldTask] = []
