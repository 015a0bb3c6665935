"""Cited documents: one record per document, with every mention of it."""
from pydantic import BaseModel, ConfigDict

from schemas.span import Mention


class Citation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str                      # symbol as printed, breaks and stray spaces removed
    doc_type: str | None = None   # "chỉ thị", "nghị quyết", ... when printed or implied
    number: str
    year: int | None = None       # from the symbol or the first date
    issuer: str | None = None     # "của X" after the mention, when printed
    date: str | None = None       # ISO date of the first dated mention
    mentions: list[Mention]


class NamedReference(BaseModel):
    """A document named without a number ("Đề án 06", "Luật Doanh nghiệp")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    mentions: list[Mention]
