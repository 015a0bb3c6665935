"""PDF letters through their text layer (pypdfium2: about a millisecond a page).

What plain text loses is put back from the page geometry (columns.py):
page 1's header as its two columns, and a blank line where a first-line indent
opens a paragraph. Ruled tables are read by pdfplumber, on pages that draw lines
only, and become "| a | b |" rows. What extraction breaks is repaired, never the
letter's words: pypdfium2's U+FFFE where a hyphen wrapped a line
("33/CT\\uFFFETTg"), running headers and footers, page numbers. Pages without a
text layer go to OCR (ocr.py). Each page's start offset is kept, so every
span can name its page.
"""
from __future__ import annotations

import hashlib
import io
from collections import Counter
from dataclasses import dataclass, field

import regex

from pipeline.errors import UnreadableFile
from pipeline.readers.columns import (MAX_HEADER_SEGMENTS, Geometry, Segment, continues, geometry,
                                      header_columns, opens_with_bullet, paragraph_starts)
from pipeline.readers.limits import limits
from pipeline.readers.raw import RawDocument

MIN_TABLE_PATHS = 6       # drawn lines on a page before it is searched for ruled tables
MIN_LAYER_CHARS = 10      # fewer characters than this over a page-sized image: a scan
MIN_IMAGE_COVER = 0.5     # share of the page an image covers on a scanned page
_PAGE_NUMBER = regex.compile(r"^\s*(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?\s*$", regex.I)


def read_pdf(data: bytes, path: str | None = None, max_pages: int | None = None) -> RawDocument:
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
        max_pages = max_pages or limits().max_pages
        if n > max_pages:
            raise UnreadableFile(path, f"PDF has {n} pages, over the {max_pages}-page limit")
        layers, ruled, covered = [], [], []
        for i in range(n):
            page = pdf[i]
            textpage = page.get_textpage()
            layers.append(_page_layer(textpage, page.get_width(), page.get_height(), i == 0))
            if _has_rules(page):
                ruled.append(i)
            covered.append(_image_covers(page))
            textpage.close()
            page.close()
        for i, tables in _find_tables(data, ruled).items():     # read again, tables as rows
            page = pdf[i]
            textpage = page.get_textpage()
            layers[i] = _page_layer(textpage, page.get_width(), page.get_height(), i == 0, tables)
            textpage.close()
            page.close()
        pages, joins = _paragraphs(layers)
        # a scan: a page an image covers, with no text layer over it (an OCR'd scan has
        # one); or a page that draws something and holds no text at all. A short page
        # of text (the signature on a page of its own) is read as it is.
        scanned = [i for i, p in enumerate(pages)
                   if (covered[i] and len(p.strip()) < MIN_LAYER_CHARS) or (covered[i] is None and not p.strip())]
        warnings = []
        if scanned:
            from pipeline.readers.ocr import ocr_pages

            changed: list[tuple[str, str]] = []
            labels: list[tuple[str, str]] = []
            if len(scanned) == n:
                texts = ocr_pages(pdf, scanned, path, changed=changed, labels=labels)   # raises if tesseract is missing
            else:
                try:
                    texts = ocr_pages(pdf, scanned, path, changed=changed, labels=labels)
                except UnreadableFile as exc:               # keep the pages that have text
                    texts = {}
                    warnings.append(("ocr_unavailable", f"pages {_pages(scanned)} have no text "
                                     f"layer and were not read: {exc.reason}"))
            for i, (text, edges) in texts.items():
                pages[i] = text.replace("\f", "")
                layers[i] = edges
            joins = _joins(layers)
            if texts:
                warnings.append(("ocr", f"pages {_pages(list(texts))} have no text layer and were "
                                 "read by OCR; check names and numbers against the scan"))
                warnings += _repair_ocr_headings(pages, scanned)
                hooks = _repair_ocr_tones(pages, list(texts))
                if changed:
                    warnings.append(("ocr_repair", _reread_note(changed)))
                if hooks:
                    warnings.append(("ocr_repair", _reread_note(
                        hooks, "hooks above OCR read as an acute or a tilde, put back where the word list says so")))
                if labels:
                    warnings.append(("ocr_repair", _label_note(labels)))
    finally:
        pdf.close()
    scanned_read = tuple(i + 1 for i in scanned if pages[i].strip()) if scanned else ()
    if not any(p.strip() for p in pages):
        raise UnreadableFile(path, "PDF has no text, neither a text layer nor anything OCR read")
    pages = _drop_running_lines(pages)
    text, starts = "", []
    for i, p in enumerate(pages):
        if i and joins[i - 1] and text.endswith("\n\n"):
            text = text[:-1]             # the paragraph goes on over the page break
        starts.append(len(text))
        text += p.rstrip("\n") + "\n\n"
    return RawDocument(path, text, hashlib.sha256(data).hexdigest(), format="pdf",
                       page_starts=tuple(starts), ocr_pages=scanned_read, warnings=tuple(warnings))


def _segments(textpage, page_height: float, limit: int | None = None) -> list[Segment]:
    """pdfium's text rectangles (pieces of lines) as top-down segments, in stream order."""
    out = []
    count = textpage.count_rects()
    for i in range(count if limit is None else min(count, limit)):
        left, bottom, right, top = textpage.get_rect(i)
        # pdfium marks a hyphen at a line wrap with \x02 in bounded text
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\x02", "-")
        out.append(Segment(left, page_height - top, right, page_height - bottom, text))
    return out


def _char_index(textpage, s: Segment, page_height: float) -> int | None:
    index = textpage.get_index(s.x0 + 1, page_height - s.middle, 3, 3)
    return index if index is not None and index >= 0 else None


@dataclass
class _Layer:
    """One page's text layer: the header (page 1), the text from where the body starts,
    and its body lines with their geometry (empty where tables were put in as rows)."""
    head: str
    text: str
    lines: list[tuple[int, Segment]] = field(default_factory=list)
    hang: float | None = None        # the hanging indent in force at the page's foot

    @property
    def first(self) -> Segment | None:
        return self.lines[0][1] if self.lines else None

    @property
    def last(self) -> Segment | None:
        return self.lines[-1][1] if self.lines else None


def _page_layer(textpage, width: float, height: float, first: bool,
                tables: list[tuple[tuple[float, float, float, float], list[list]]] = ()) -> _Layer:
    """The page's text in stream order, page 1's header as two columns, and ruled
    tables as "| a | b |" rows in place of the cells' wrapped lines."""
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():       # offsets and characters would not line up
        return _Layer("", text)
    head, body_index = "", 0
    if first or tables:
        # the header needs the first rectangles only; a table needs them all
        segments = _segments(textpage, height, None if tables else MAX_HEADER_SEGMENTS + 1)
        split = header_columns(segments, width) if first else None
        if split:
            index = _char_index(textpage, segments[split[1]], height)
            if index is not None:
                head, body_index = split[0], index
        if tables:
            return _Layer(head, _put_tables(textpage, text, segments, height, tables, body_index)[body_index:])
    return _Layer(head, text[body_index:], _lines(textpage, text, body_index))


def _lines(textpage, text: str, start: int) -> list[tuple[int, Segment]]:
    """The lines of the character stream from `start`, each as its offset (relative to
    start) and a segment: where its first character's box starts and its last one's
    ends, and after a leading bullet where the text starts (a hanging indent)."""
    breaks = [m.end() for m in _LINE_BREAK.finditer(text, start)]
    out = []
    for a, b in zip([start, *breaks], [*breaks, len(text)]):
        line = text[a:b].rstrip()
        lead = len(line) - len(line.lstrip())
        if not line.strip():
            continue
        left = textpage.get_charbox(a + lead)[0]
        right = textpage.get_charbox(a + len(line) - 1)[2]
        # the baseline and the font size, the same for every glyph of a line (a glyph's
        # box is not: "đ" and "q" reach higher and lower than "a")
        base, size = _baseline(textpage, a + lead)
        top, bottom = base + size, base
        text_x = None
        if opens_with_bullet(line):
            after = regex.match(r"\s*\S\s+", line)
            if after and after.end() < len(line):
                text_x = textpage.get_charbox(a + after.end())[0]
        out.append((a - start, Segment(left, -top, right, -bottom, line.strip(), text_x)))
    # a page number above or below the text is no line of it (its space is no paragraph's)
    while out and _PAGE_NUMBER.match(out[0][1].text):
        out.pop(0)
    while out and _PAGE_NUMBER.match(out[-1][1].text):
        out.pop()
    return out


def _baseline(textpage, index: int) -> tuple[float, float]:
    """The y of a character's origin (its baseline) and its font size, in points."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
    return y.value, pdfium_c.FPDFText_GetFontSize(textpage.raw, index)


def _paragraphs(layers: list[_Layer]) -> tuple[list[str], list[bool]]:
    """Each page's text with a blank line before every paragraph its geometry opens
    (first-line indents, bullets, the space between paragraphs; columns.py), judged
    against the document's margin and line spacing; and for each page break whether
    the paragraph goes on over it."""
    g = geometry([[s for _, s in layer.lines] for layer in layers], PDF_TOLERANCE, PDF_SLACK)
    pages, hang = [], None
    for layer in layers:
        text = layer.text
        if g is not None and layer.lines:
            starts, hang = paragraph_starts([s for _, s in layer.lines], g, hang)
            layer.hang = hang
            for i in reversed(starts):
                at = layer.lines[i][0]
                text = text[:at] + "\n" + text[at:]
        pages.append(layer.head + _repair(text))
    return pages, _joins(layers, g)


def _joins(layers, g: Geometry | None = None) -> list[bool]:
    if g is None:
        g = geometry([[s for _, s in layer.lines] for layer in layers if isinstance(layer, _Layer)],
                     PDF_TOLERANCE, PDF_SLACK)
    out = []
    for a, b in zip(layers, layers[1:]):
        if isinstance(a, _Layer) and isinstance(b, _Layer):
            out.append(continues(a.last, b.first, g, a.hang))
        else:                             # OCR'd pages: their own edges (ocr.PageEdges)
            out.append(getattr(b, "continues_from", lambda _: False)(a))
    return out


def _image_covers(page) -> bool | None:
    """True when an image covers most of the page (a scan), None when the page draws
    paths but no such image (text turned to outlines?), False otherwise."""
    import pypdfium2.raw as pdfium_c

    area = page.get_width() * page.get_height()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= MIN_IMAGE_COVER * area:
            return True
    drawn = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
    return None if next(iter(drawn), None) is not None else False


PDF_TOLERANCE = 1.5       # pt: line starts this close are one edge (pdfium's boxes are exact)
PDF_SLACK = 2.0           # pt of extra space above a line that opens a paragraph
_LINE_BREAK = regex.compile(r"\r?\n|\ufffe")        # pdfium ends a line at a wrap hyphen with U+FFFE


def _has_rules(page) -> bool:
    """Enough drawn lines on the page to hold a ruled table; only such pages go to
    pdfplumber, which takes 10-50 times longer a page than pypdfium2."""
    import pypdfium2.raw as pdfium_c

    paths = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)
    return sum(1 for _ in zip(paths, range(MIN_TABLE_PATHS))) >= MIN_TABLE_PATHS


def _find_tables(data: bytes, pages: list[int]) -> dict[int, list]:
    """Ruled tables of the given pages: (bbox top-down in points, rows of cell texts)."""
    if not pages:
        return {}
    import pdfplumber                    # only for pages with rules

    found: dict[int, list] = {}
    header: list | None = None            # the last table's header row, for its continuation
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in pages:
            page = pdf.pages[i]
            for table in page.find_tables():
                rows = table.extract()
                if not rows or max(len(r) for r in rows) < 3:
                    continue
                continues = (header is not None and len(rows[0]) == len(header)
                             and table.bbox[1] < 0.2 * page.height and rows[0] != header)
                if continues:
                    rows = [header, *rows]     # a table running over from the page before
                elif len(rows) < 2:
                    continue
                header = rows[0]
                found.setdefault(i, []).append((table.bbox, rows))
            page.close()
    return found


def _put_tables(textpage, text: str, segments: list[Segment], height: float, tables,
                body_index: int) -> str:
    """Replace the characters of each table below the header with its rows, when the
    table's characters run together in the stream (else leave the text as it is).
    Tables are replaced from the bottom up, so the offsets above stay valid."""
    for (x0, top, x1, bottom), rows in sorted(tables, key=lambda t: -t[0][1]):
        inside = [s for s in segments if s.x0 >= x0 - 1 and s.x1 <= x1 + 1
                  and s.top >= top - 1 and s.bottom <= bottom + 1]
        if not inside:
            continue
        starts = [_char_index(textpage, s, height) for s in inside]
        if None in starts:
            continue
        outside = [s for s in segments if s not in inside]
        later = [i for s in outside if (i := _char_index(textpage, s, height)) is not None]
        start, last = min(starts), max(starts)
        if start < body_index or any(start <= i <= last for i in later):
            continue                      # the table's characters are not in one run
        end = min((i for i in later if i > last), default=len(text))
        text = text[:start] + "\n" + _markdown(rows) + "\n" + text[end:]
        segments = outside
    return text


def _markdown(rows: list[list]) -> str:
    def cell(value) -> str:
        return " ".join((value or "").split()).replace("|", "/")

    out = ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    out.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(out)


def _repair_ocr_headings(pages: list[str], scanned: list[int]) -> list:
    """Roman heading labels, numbered items, letter labels and bullets are read as a
    sequence over all OCR'd pages together."""
    from pipeline.readers.ocr_sequence import repair_bullets, repair_headings, repair_item_numbers, repair_letter_labels

    marker = "\n\x00page\x00\n"
    joined, notes = repair_headings(marker.join(pages[i] for i in scanned))
    joined, more = repair_bullets(joined)
    notes += more
    joined, more = repair_item_numbers(joined)
    notes += more
    joined, more = repair_letter_labels(joined)
    notes += more
    if not notes:
        return []
    for i, text in zip(scanned, joined.split(marker)):
        pages[i] = text
    return [("ocr_repair", "OCR'd labels put in sequence: " + ", ".join(notes))]


def _repair_ocr_tones(pages: list[str], scanned: list[int]) -> list[tuple[str, str]]:
    """The hooks above OCR read as acutes or tildes, put back page by page; and the tones
    lost where a neighbour makes the word certain (`Uý ban`, `Trủng ương`), which the
    matching view undoes for every letter, put back in OCR's own reading too."""
    from pipeline.readers.ocr_tones import repair_tones
    from pipeline.view import apply_edits, lost_tones

    changed: list[tuple[str, str]] = []
    for i in scanned:
        edits = lost_tones(pages[i])
        changed += [(pages[i][a:b], new) for a, b, new in edits]
        pages[i] = apply_edits(pages[i], edits)[0]
        pages[i], more = repair_tones(pages[i])
        changed += more
    return changed


def _reread_note(changed: list[tuple[str, str]],
                 what: str = "OCR readings replaced by surer ones of the same scan") -> str:
    """What OCR's second readings, settled tone marks or repaired hooks changed, most
    frequent first."""
    counts = Counter(changed)
    shown = ", ".join(f"{a}→{b}" + (f" ×{n}" if n > 1 else "") for (a, b), n in counts.most_common(8))
    more = f" and {len(counts) - 8} more" if len(counts) > 8 else ""
    return f"{what} ({len(changed)} words): {shown}{more}"


def _label_note(labels: list[tuple[str, str]]) -> str:
    """The bullets and list labels OCR misread, read from their place on the page."""
    counts = Counter(labels)
    shown = ", ".join(f"{a}→{b}" + (f" ×{n}" if n > 1 else "") for (a, b), n in counts.most_common(8))
    more = f" and {len(counts) - 8} more" if len(counts) > 8 else ""
    return f"OCR'd bullets and list labels read from their place on the page ({len(labels)}): {shown}{more}"


def _pages(indexes: list[int]) -> str:
    return ", ".join(str(i + 1) for i in sorted(indexes))


def _repair(page: str) -> str:
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    # pypdfium2 marks a hyphen at a line wrap with U+FFFE: the word goes on after it
    # ("Covid-19", "33/CT-TTg"); a wrap left there would open a line with "19)", a marker
    page = page.replace("\ufffe", "-")
    # Word's symbol-font bullets (Symbol, Wingdings) come out as private-use code
    # points: a bullet at the start of a line is shown as the bullet it is
    page = _SYMBOL_BULLET.sub("•", page)
    return page.replace("\x02", "-")


_SYMBOL_BULLET = regex.compile(r"(?m)(?<=^[ \t]*)[\uf020-\uf0ff](?=[ \t])")


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
