"""Pydantic records of chidao's output contract (see README, "Output contract")."""
from schemas.span import Span, Mention
from schemas.citation import Citation, NamedReference
from schemas.deadline import Deadline, DeadlineKind, Recurrence
from schemas.task import Task, Evidence, Gap
from schemas.letter import (
    SCHEMA_VERSION, DateParts, Document, Letter, Section, Signer, Source, Warning,
)
from schemas.gold import GoldLetter

__all__ = [
    "SCHEMA_VERSION", "Citation", "DateParts", "Deadline", "DeadlineKind", "Document",
    "Evidence", "Gap", "GoldLetter", "Letter", "Mention", "NamedReference", "Recurrence",
    "Section", "Signer", "Source", "Span", "Task", "Warning",
]
