"""Build the format fixtures from the corpus letters, as offices would hold them.

    python corpus/formats/make_formats.py [--only docx,tcvn3,pdf,scan] [LETTER_STEM ...]

For each letter of corpus/letters/ it writes into corpus/formats/:
  docx/   a Word letter: the header as a two-column table, the body's numbered and
          bulleted paragraphs as real Word numbering (numbering.xml, restarts as
          overrides), markdown tables as Word tables; Times New Roman, A4.
  tcvn3-docx/  the same DOCX with its runs in TCVN3 fonts (.VnTime, and .VnTimeH for
          toned capitals, as typists did).
  tcvn3-txt/   the letter as TCVN3 bytes (toned capitals have no byte: lower case).
  doc/    the DOCX saved as Word 97-2003 .doc by LibreOffice.
  pdf/    the DOCX printed to PDF by LibreOffice (needs soffice and a font with
          Vietnamese glyphs: fonts-liberation2 or DejaVu).
  scan/   that PDF rasterised at 300 dpi, 1 bit, into an image-only PDF (no text layer).
  tables/ plan.txt (a plan whose tasks are a ruled table; no corpus letter has one)
          as plan.docx and plan.pdf, for the readers of task tables.
Then `chidao eval corpus --letters corpus/formats/<kind>` scores each format.

The layout of a letter comes from chidao's own header finder and paragraph splitter:
the fixtures test the readers, which must give back what the .txt gave.
"""
from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx                                      # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH   # noqa: E402
from docx.oxml import parse_xml                  # noqa: E402
from docx.shared import Cm, Mm, Pt               # noqa: E402

from pipeline.header import parse_header        # noqa: E402
from pipeline.layout import paragraphs          # noqa: E402
from pipeline.readers.legacy_encodings import TCVN3, encode_tcvn3   # noqa: E402

LETTERS = ROOT / "corpus" / "letters"
OUT = ROOT / "corpus" / "formats"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# the right column: Quốc hiệu, tiêu ngữ, and a place name (Capitalised words) and date
_RIGHT = regex.compile(r"C[OỘ]NG\s+H[OÒ]A|Độc\s+lập|(?<![\p{L}\d/-])\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,4},\s*ngày")
_PLACE_DATE = regex.compile(r",\s*ngày")
_SALUTATION = regex.compile(r"(?:K[íi]nh|[\p{L}]{2,5})\s+gửi\s*:")
_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = regex.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$")
_ITEMS = regex.compile(r"\s(?=-\s)")


# ---------------------------------------------------------------- Word numbering

class WordNumbering:
    """One abstract list per marker style; a printed number that does not follow on
    from the last one becomes a new list instance with a start override, as Word
    writes "restart at" or "continue from"."""

    STYLES = {   # (kind, suffix) -> (numFmt, lvlText)
        ("roman", "."): ("upperRoman", "%1."), ("decimal", "."): ("decimal", "%1."),
        ("decimal", ")"): ("decimal", "%1)"), ("letter", ")"): ("lowerLetter", "%1)"),
        ("letter", "."): ("lowerLetter", "%1."), ("dash", ""): ("bullet", "-"),
        ("plus", ""): ("bullet", "+"), ("bullet", ""): ("bullet", "•"),
    }

    def __init__(self, document):
        self.part = document.part.numbering_part.element
        self.abstract: dict[tuple[str, str], int] = {}
        self.current: dict[tuple[str, str], tuple[int, int]] = {}    # style -> (numId, last value)
        self.next_id = 100

    def apply(self, paragraph, style: tuple[str, str], value: int) -> None:
        if style not in self.abstract:
            fmt, text = self.STYLES[style]
            aid = self.next_id = self.next_id + 1
            self.part.insert(0, parse_xml(
                f'<w:abstractNum {NS} w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl></w:abstractNum>'))
            self.abstract[style] = aid
        num_id, last = self.current.get(style, (None, 0))
        bullet = self.STYLES[style][0] == "bullet"
        if num_id is None or (not bullet and value != last + 1):
            num_id = self.next_id = self.next_id + 1
            override = ("" if bullet or value == 1 else
                        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{value}"/></w:lvlOverride>')
            self.part.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId '
                                       f'w:val="{self.abstract[style]}"/>{override}</w:num>'))
        self.current[style] = (num_id, value)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def word_style(marker) -> tuple[tuple[str, str], int] | None:
    """The Word list style and value that display this printed marker, if any does."""
    raw = marker.raw.strip()
    suffix = raw[-1] if raw[-1] in ".)" else ""
    if marker.kind in ("dash", "plus", "bullet"):
        return ((marker.kind, ""), 0) if raw in "-+•" else None
    if marker.kind == "roman" and marker.label and suffix == ".":
        return ("roman", "."), _roman_value(marker.label)
    if marker.kind == "decimal" and marker.label and marker.label.isdigit() and suffix:
        return ("decimal", suffix), int(marker.label)
    # Word's letters run a..z: the Vietnamese "đ)" after "d)" is typed by hand
    if marker.kind == "letter" and marker.label and marker.label.isascii() \
            and len(marker.label) == 1 and suffix:
        return ("letter", suffix), ord(marker.label.lower()) - 96
    return None          # "1.1.", "Điều 1.", OCR'd labels: typed by hand, kept as text


def _roman_value(label: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(label, label[1:] + " "):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


# ---------------------------------------------------------------- writing runs

class Writer:
    """Adds text to the document, in Unicode or in TCVN3 fonts."""

    def __init__(self, tcvn3: bool):
        self.tcvn3 = tcvn3

    def runs(self, paragraph, text: str, bold: bool = False, italic: bool = False) -> None:
        for piece, caps in self._pieces(text):
            run = paragraph.add_run(encode_tcvn3(piece.lower()) if caps else
                                    encode_tcvn3(piece) if self.tcvn3 else piece)
            run.bold, run.italic = bold or None, italic or None
            if self.tcvn3:
                run.font.name = ".VnTimeH" if caps else ".VnTime"

    def _pieces(self, text: str):
        if not self.tcvn3:
            yield text, False
            return
        # a toned capital has no byte of its own in TCVN3: typists switched to .VnTimeH
        start = 0
        for m in regex.finditer(r"\p{Lu}", text):
            ch = m.group()
            if ord(ch) < 128 or ch in TCVN3.values():
                continue
            if m.start() > start:
                yield text[start:m.start()], False
            yield ch, True
            start = m.end()
        if start < len(text):
            yield text[start:], False


# ---------------------------------------------------------------- the letter

def split_header(head: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Header lines as (left top, right top, left bottom, right bottom) of the table."""
    left: list[str] = []
    right: list[str] = []
    for line in head.splitlines():
        if _ROW.match(line):
            if _RULE_ROW.match(line):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            left.append(cells[0])
            right.extend(cells[1:])
            continue
        line = line.strip()
        if not line:
            continue
        m = _RIGHT.search(line)
        if m is None:
            left.append(line)
        else:
            if line[:m.start()].strip():
                left.append(line[:m.start()].strip())
            right.append(line[m.start():].strip())
    cut_l = next((i for i, line in enumerate(left) if regex.match(r"S[ốo]\s*:|\S*S[ốo]\s*:", line)), len(left))
    cut_r = next((i for i, line in enumerate(right) if _PLACE_DATE.search(line)), len(right))
    return left[:cut_l], right[:cut_r], left[cut_l:], right[cut_r:]


def build_docx(text: str, tcvn3: bool = False) -> bytes:
    text = unicodedata.normalize("NFC", text)
    header = parse_header(text)
    head = text[:header.body_start]
    salutation = _SALUTATION.search(head)
    cut = salutation.start() if salutation else len(head)
    d = docx.Document()
    _page_setup(d, tcvn3)
    w = Writer(tcvn3)
    numbering = WordNumbering(d)

    top_l, top_r, bottom_l, bottom_r = split_header(head[:cut])
    table = d.add_table(rows=2, cols=2)
    for cell, lines, bold in ((table.cell(0, 0), top_l, True), (table.cell(0, 1), top_r, True),
                              (table.cell(1, 0), bottom_l, False), (table.cell(1, 1), bottom_r, False)):
        for i, line in enumerate(lines or [""]):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            w.runs(p, line, bold=bold, italic=cell is table.cell(1, 1))
    for line in head[cut:].splitlines():
        if line.strip():
            w.runs(d.add_paragraph(), line.strip())

    _body(d, w, numbering, text, header.body_start, header.closing_start)
    closing = text[header.closing_start:]
    blocks = _blocks(closing, 0, len(closing))
    for kind, s, e in blocks:
        if kind == "table":
            _closing_table(d, w, closing[s:e])
        else:
            for line in closing[s:e].splitlines():
                if line.strip():
                    w.runs(d.add_paragraph(), line.strip())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _page_setup(d, tcvn3: bool) -> None:
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = d.styles["Normal"]
    normal.font.name = ".VnTime" if tcvn3 else "Times New Roman"
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(6)


def _blocks(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Runs of markdown table rows ("table") and of other lines ("text")."""
    out: list[tuple[str, int, int]] = []
    for line in regex.finditer(r"[^\n]*\n?", text[start:end]):
        s, e = start + line.start(), start + line.end()
        if s == e:
            break
        kind = "table" if _ROW.match(line.group()) else "text"
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1], e)
        else:
            out.append((kind, s, e))
    return out


def _body(d, w: Writer, numbering: WordNumbering, text: str, start: int, end: int) -> None:
    for kind, s, e in _blocks(text, start, end):
        if kind == "table":
            _table(d, w, text[s:e])
            continue
        for para in paragraphs(text, s, e):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.27)
            marker = para.marker
            style = word_style(marker) if marker else None
            if style:
                numbering.apply(p, *style)
                w.runs(p, para.text)
            else:
                w.runs(p, f"{marker.raw.strip()} {para.text}" if marker else para.text)


def _rows(block: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in block.splitlines() if _ROW.match(line) and not _RULE_ROW.match(line)]


def _table(d, w: Writer, block: str) -> None:
    rows = _rows(block)
    width = max(len(r) for r in rows)
    table = d.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            w.runs(table.cell(i, j).paragraphs[0], value)


def _closing_table(d, w: Writer, block: str) -> None:
    """Nơi nhận on the left as one line per recipient; the signer block on the right."""
    for row in _rows(block):
        table = d.add_table(rows=1, cols=len(row))
        for j, value in enumerate(row):
            cell = table.cell(0, j)
            lines = _ITEMS.split(value) if j == 0 else [value]
            for i, line in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                w.runs(p, line, bold=j == 1)


# ---------------------------------------------------------------- PDF and scans

def convert(docx_path: Path, out_dir: Path, target: str) -> Path:
    """LibreOffice headless: the DOCX as `target` ("pdf", "doc") in out_dir."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed for PDFs: apt-get install libreoffice-writer-nogui "
                         "fonts-liberation2")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target, "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / f"{docx_path.stem}.{target}"


def to_scan(pdf_path: Path, out_path: Path, dpi: int = 300) -> None:
    """An image-only PDF, as a scanner makes: one 1-bit picture a page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_path)
    images = []
    for page in pdf:
        gray = page.render(scale=dpi / 72, grayscale=True).to_pil()
        images.append(gray.point(lambda v: 255 if v > 160 else 0, mode="1"))
    pdf.close()
    images[0].save(out_path, save_all=True, append_images=images[1:], resolution=dpi)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stems", nargs="*", help="letters to build (default: all)")
    ap.add_argument("--only", default="docx,tcvn3,doc,pdf,scan")
    args = ap.parse_args(argv)
    kinds = set(args.only.split(","))
    letters = sorted(LETTERS.glob("*.txt"))
    if args.stems:
        letters = [p for p in letters if p.stem in args.stems]
    for kind in ("docx", "tcvn3-docx", "tcvn3-txt", "doc", "pdf", "scan"):
        (OUT / kind).mkdir(parents=True, exist_ok=True)
    for path in letters:
        text = path.read_text(encoding="utf-8")
        docx_path = OUT / "docx" / f"{path.stem}.docx"
        if kinds & {"docx", "doc", "pdf", "scan"}:
            docx_path.write_bytes(build_docx(text))
        if "doc" in kinds:
            convert(docx_path, OUT / "doc", "doc")
        if "tcvn3" in kinds:
            (OUT / "tcvn3-docx" / f"{path.stem}.docx").write_bytes(build_docx(text, tcvn3=True))
            (OUT / "tcvn3-txt" / f"{path.stem}.txt").write_bytes(
                encode_tcvn3(unicodedata.normalize("NFC", text)).encode("latin-1", errors="replace"))
        if kinds & {"pdf", "scan"}:
            pdf_path = convert(docx_path, OUT / "pdf", "pdf")
            if "scan" in kinds:
                to_scan(pdf_path, OUT / "scan" / f"{path.stem}.pdf")
        print(path.stem, file=sys.stderr)
    if kinds & {"docx", "pdf"} and not args.stems:
        plan = OUT / "tables" / "plan.txt"
        plan.with_suffix(".docx").write_bytes(build_docx(plan.read_text(encoding="utf-8")))
        convert(plan.with_suffix(".docx"), plan.parent, "pdf")


if __name__ == "__main__":
    main()
