"""The whole extraction of one letter."""
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.citation import Citation, NamedReference
from schemas.span import Span
from schemas.task import Task

SCHEMA_VERSION = "1.0"


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str | None
    sha256: str
    format: Literal["text", "pdf", "docx", "doc"]
    encoding: str = "utf-8"        # or the legacy encoding the text was converted from
    ocr_pages: list[int] = Field(default_factory=list)   # pages read by OCR (no text layer)


class DateParts(BaseModel):
    """Date parts as printed; a blank part (a draft's "ngày    tháng") is null."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    day: int | None = None
    month: int | None = None
    year: int | None = None


class Signer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    authority: str | None = None   # "KT. CHỦ TỊCH", "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"
    title: str | None = None       # "PHÓ CHỦ TỊCH"
    name: str | None = None


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    issuer: str | None = None
    parent: str | None = None
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    date: str | None = None
    date_parts: DateParts = DateParts()
    doc_type: str | None = None
    subject: str | None = None
    recipients: list[str] = []
    signer: Signer = Signer()
    distribution: list[str] = []
    spans: dict[str, Span] = {}    # field name -> where it was read


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    title: str
    agencies: list[str]
    span: Span


class Warning(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    message: str
    span: Span | None = None


class Letter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: str = SCHEMA_VERSION
    source: Source
    document: Document
    citations: list[Citation] = Field(default_factory=list)
    named_references: list[NamedReference] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)

    def section(self, label: str) -> list[Task]:
        """The tasks of section `label`, spans still in document coordinates."""
        return [t for t in self.tasks if t.section == label]
