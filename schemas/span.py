"""Offsets into the original text: `source[start:end]` is what was read."""
from pydantic import BaseModel, ConfigDict, model_validator


class Span(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int
    page: int | None = None      # 1-based page of `start`, for paged formats (PDF)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span {self.start}:{self.end} is not ordered")
        return self


class Mention(Span):
    """A span together with the exact source text it covers."""

    text: str
