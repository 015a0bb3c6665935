"""PDF letters through their text layer (pypdfium2: milliseconds a page).

What extraction breaks is repaired here, never the letter's words: pypdfium2's
U+FFFE where a hyphen wrapped a line ("33/CT\\uFFFETTg"), running headers and
footers, and page numbers. Each page's start offset is kept, so every span can
name its page.
"""
from __future__ import annotations

import hashlib
from collections import Counter

import regex

from pipeline.errors import UnreadableFile
from pipeline.reader import RawDocument

MAX_PAGES = 500
_PAGE_NUMBER = regex.compile(r"^\s*(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?\s*$", regex.I)


def read_pdf(data: bytes, path: str | None = None, max_pages: int = MAX_PAGES) -> RawDocument:
    import pypdfium2 as pdfium        # imported here: `chidao --help` must not load it

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc).lower()
        if "password" in reason:
            raise UnreadableFile(path, "encrypted PDF: a password is needed to read it") from None
        raise UnreadableFile(path, f"not a readable PDF ({exc})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise UnreadableFile(path, "PDF has no pages")
        if n > max_pages:
            raise UnreadableFile(path, f"PDF has {n} pages, over the {max_pages}-page limit")
        pages = []
        for i in range(n):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    pages = [_repair(p) for p in pages]
    if not any(p.strip() for p in pages):
        raise UnreadableFile(path, "PDF has no text layer (a scan); reading scans needs OCR, "
                                   "which is not available yet")
    pages = _drop_running_lines(pages)
    text, starts = "", []
    for p in pages:
        starts.append(len(text))
        text += p.rstrip("\n") + "\n\n"
    return RawDocument(path, text, hashlib.sha256(data).hexdigest(), format="pdf",
                       page_starts=tuple(starts))


def _repair(page: str) -> str:
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    # pypdfium2 marks a hyphen at a line wrap with U+FFFE: keep the hyphen and the wrap
    page = page.replace("\ufffe", "-\n")
    return page.replace("\x02", "-")


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Page numbers, and first or last lines repeated on most pages (running heads)."""
    edges: Counter[str] = Counter()
    for p in pages:
        lines = [line.strip() for line in p.split("\n") if line.strip()]
        edges.update({lines[0], lines[-1]} if lines else set())
    repeated = {line for line, k in edges.items() if len(pages) >= 3 and k >= 0.6 * len(pages)}
    out = []
    for p in pages:
        lines = p.split("\n")
        keep = [line for j, line in enumerate(lines)
                if not ((j < 3 or j >= len(lines) - 3)
                        and (_PAGE_NUMBER.match(line) or line.strip() in repeated))]
        out.append("\n".join(keep))
    return out
