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
MIN_LAYER_CHARS = 10      # fewer characters than this on a page: a scan (maybe with a stamp)
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
            split = _header_columns(textpage, page.get_width()) if i == 0 else None
            head, body_index = split or ("", 0)
            body = textpage.get_text_range()
            for at in reversed(_paragraph_starts(textpage, body, body_index)):
                body = body[:at] + "\n" + body[at:]
            pages.append(head + _repair(body[body_index:]))
            textpage.close()
            page.close()
        scanned = [i for i, p in enumerate(pages) if len(p.strip()) < MIN_LAYER_CHARS]
        warnings = []
        if scanned:
            from pipeline.ocr import ocr_pages

            if len(scanned) == n:
                texts = ocr_pages(pdf, scanned, path)       # raises if tesseract is missing
            else:
                try:
                    texts = ocr_pages(pdf, scanned, path)
                except UnreadableFile as exc:               # keep the pages that have text
                    texts = {}
                    warnings.append(("ocr_unavailable", f"pages {_pages(scanned)} have no text "
                                     f"layer and were not read: {exc.reason}", None, None))
            for i, text in texts.items():
                pages[i] = text.replace("\f", "")
            if texts:
                warnings.append(("ocr", f"pages {_pages(list(texts))} have no text layer and were "
                                 "read by OCR; check names and numbers against the scan",
                                 None, None))
    finally:
        pdf.close()
    scanned_read = tuple(i + 1 for i in scanned if pages[i].strip()) if scanned else ()
    if not any(p.strip() for p in pages):
        raise UnreadableFile(path, "PDF has no text, neither a text layer nor anything OCR read")
    pages = _drop_running_lines(pages)
    text, starts = "", []
    for p in pages:
        starts.append(len(text))
        text += p.rstrip("\n") + "\n\n"
    return RawDocument(path, text, hashlib.sha256(data).hexdigest(), format="pdf",
                       page_starts=tuple(starts), ocr_pages=scanned_read, warnings=tuple(warnings))


_SALUTATION = regex.compile(r"\s*(?:K[íi]nh|Site)\s+g[ửu]i", regex.I)
_MAX_HEADER_RECTS = 40


def _header_columns(textpage, width: float) -> tuple[str, int] | None:
    """Page 1's header block as its two columns, the issuing body's side first, then
    the Quốc hiệu side; and the character index where the body begins.

    The block is the run of text rectangles above the first line that fills the
    text width or says "Kính gửi"; its columns are split at an x-gap that no
    rectangle crosses. A centred title under the table ("THÔNG BÁO") crosses the
    gap, so the block ends there. None when no such gap exists (a one-column header).
    """
    rects = []
    for i in range(min(textpage.count_rects(), _MAX_HEADER_RECTS)):
        box = textpage.get_rect(i)
        # pdfium marks a hyphen at a line wrap with \x02 in bounded text
        text = textpage.get_text_bounded(*box).replace("\x02", "-").strip()
        if text:
            rects.append((box, text))
    if not rects:
        return None
    lefts, rights = [b[0] for b, _ in rects], [b[2] for b, _ in rects]
    text_width = max(rights) - min(lefts)
    centre = (max(rights) + min(lefts)) / 2
    zone = []
    for box, text in rects:
        if _SALUTATION.match(text) or box[2] - box[0] > 0.55 * text_width:
            break
        below_all = zone and box[3] < min(b[1] for b, _ in zone)
        if below_all and abs((box[0] + box[2]) / 2 - centre) < 0.08 * text_width:
            break           # a centred title under the header table ("THÔNG BÁO")
        zone.append((box, text))
    while len(zone) >= 3:
        gap = _column_gap([b for b, _ in zone], width)
        if gap is not None:
            break
        zone.pop()
    else:
        return None
    body = rects[len(zone)] if len(zone) < len(rects) else None
    if body is None:
        return None
    box = body[0]
    index = textpage.get_index(box[0] + 1, (box[1] + box[3]) / 2, 3, 3)
    if index is None or index < 0:
        return None
    left = [(b, t) for b, t in zone if b[2] <= gap]
    right = [(b, t) for b, t in zone if b[0] >= gap]
    return _lines(left) + "\n\n" + _lines(right) + "\n\n", index


def _column_gap(boxes, width: float) -> float | None:
    """The middle of the widest x-interval in the middle of the page that no box covers."""
    lo, hi = 0.25 * width, 0.75 * width
    covered = sorted((max(lo, b[0]), min(hi, b[2])) for b in boxes if b[2] > lo and b[0] < hi)
    best, best_width, x = None, 6.0, lo
    for start, end in covered + [(hi, hi)]:
        if start - x > best_width:
            best, best_width = (x + start) / 2, start - x
        x = max(x, end)
    has_both = best is not None and any(b[2] <= best for b in boxes) and any(b[0] >= best for b in boxes)
    return best if has_both else None


def _lines(items) -> str:
    """Rectangles of one column as lines, top to bottom; pieces of a line joined."""
    items = sorted(items, key=lambda it: (-it[0][3], it[0][0]))
    lines: list[list] = []
    for box, text in items:
        if lines and abs(lines[-1][0] - (box[1] + box[3]) / 2) < 3:
            lines[-1][1].append(text)
        else:
            lines.append([(box[1] + box[3]) / 2, [text]])
    return "\n".join(" ".join(parts) for _, parts in lines)


_TERMINAL = tuple(".:;!?")


def _paragraph_starts(textpage, text: str, start: int) -> list[int]:
    """Character indexes (into `text`, the page's text) of lines that open a paragraph
    by their first-line indent after a line that ended a sentence. Layout sees a
    blank line there; from the characters alone a full last line would read as wrapped."""
    n = textpage.count_rects()
    boxes = [textpage.get_rect(i) for i in range(n)]
    if len(boxes) < 4 or len(text) != textpage.count_chars():
        return []                       # offsets would not line up with the characters
    margin = Counter(round(b[0]) for b in boxes).most_common(1)[0][0]
    out = []
    for box in boxes:
        if not 8 <= box[0] - margin <= 60:
            continue
        index = textpage.get_index(box[0] + 1, (box[1] + box[3]) / 2, 3, 3)
        if index is None or index <= start or index >= len(text):
            continue
        before = text[:index].rstrip()
        if text[index - 1] == "\n" and before.endswith(_TERMINAL):
            out.append(index)
    return sorted(set(out))


def _pages(indexes: list[int]) -> str:
    return ", ".join(str(i + 1) for i in sorted(indexes))


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
