"""The record every reader returns: the letter's text as the file gives it, and where
it came from. Kept apart from the readers so that each of them, and the dispatcher
that picks one, import it without importing each other."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class RawDocument:
    path: str | None
    source: str
    sha256: str
    format: str = "text"
    encoding: str = "utf-8"
    page_starts: tuple[int, ...] = ()     # offset where each page begins (PDF)
    ocr_pages: tuple[int, ...] = ()       # 1-based pages read by OCR
    # what the reader did that a user should know, about the whole file: (code, message)
    warnings: tuple[tuple[str, str], ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page an offset of `source` falls on, for paged formats."""
        if not self.page_starts:
            return None
        return bisect_right(self.page_starts, offset)
