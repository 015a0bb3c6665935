"""Build the format fixtures from the corpus letters, as offices make them.

    python corpus/formats/make_formats.py [--only docx,tcvn3,doc,pdf,scan,tables] [STEM ...]

For each letter of corpus/letters/ it writes into corpus/formats/:
  docx/   a Word letter in the layout of Decree 30/2020/NĐ-CP: A4, Times New Roman
          13-14, justified body with a 1.27 cm first-line indent, the header as a
          borderless two-column table, page numbers at the top from page 2, markdown
          tables as ruled Word tables, "Nơi nhận" and the signature side by side.
          Letters differ as offices do (chosen from the letter's name, so that the
          same letter is always built the same way): line spacing and space between
          paragraphs; "-" bullets typed (most letters), or Word's own bullet lists
          with a dash or a symbol-font bullet (Symbol U+F0B7, Wingdings U+F0A7, U+F076,
          U+F0D8, U+F0FC: a PDF's text layer keeps these private-use code points) on a
          hanging indent; numbered items typed, or Word numbering (numbering.xml,
          restarts as start overrides).
  tcvn3-docx/  the same DOCX with its runs in TCVN3 fonts (.VnTime, and .VnTimeH for
          toned capitals, as typists did).
  tcvn3-txt/   the letter as TCVN3 bytes (toned capitals have no byte: lower case).
  doc/    the DOCX saved as Word 97-2003 .doc by LibreOffice.
  pdf/    the DOCX printed to PDF by LibreOffice (needs soffice and fonts-liberation2:
          Liberation Serif stands in for Times New Roman with the same metrics).
  scan/   that PDF as a scanner makes it: 200 dpi, each page turned 0.5-1 degree,
          rough edges and specks (seeded), 1 bit, CCITT G4 in an image-only PDF.
  tables/ plan.txt (a plan whose tasks are a ruled table; no corpus letter has one)
          as plan.docx and plan.pdf, for the readers of task tables.
Then `chidao eval corpus --letters corpus/formats/<kind>` scores each format.

The layout is read from the letter's text by the simple rules of this script alone
(header lines, paragraphs, markers), never by chidao's extraction code: the fixtures
must not change when extraction does.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx                                      # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH   # noqa: E402
from docx.oxml import parse_xml                  # noqa: E402
from docx.oxml.ns import qn                      # noqa: E402
from docx.shared import Cm, Mm, Pt               # noqa: E402

from pipeline.readers.legacy_encodings import TCVN3, encode_tcvn3   # noqa: E402  (bytes only)

LETTERS = ROOT / "corpus" / "letters"
OUT = ROOT / "corpus" / "formats"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SCAN_DPI = 200
FIXED_DATE = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)   # every file's date

# ---------------------------------------------------------------- reading the text

_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = regex.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*-*\s*$")
# the header's right column: Quốc hiệu, tiêu ngữ, and a place name (Capitalised words) and date
_RIGHT = regex.compile(r"C[OỘ]NG\s+H[OÒ]A|Độc\s+lập|(?<![\p{L}\d/-])\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,4},\s*ngày")
_PLACE_DATE = regex.compile(r"\p{L},\s*ng[àa]y\b")
_HEADER_LINE = regex.compile(r"C[OỘ]NG\s+H[OÒ]A\s+X|Độc\s+lập\s*-|^\W*S[ốo6]\s*[:\d]|\p{L},\s*ng[àa]y\b|"
                             r"^\W*V/v\b", regex.I)
_SALUTATION = regex.compile(r"^\W*K[íi]nh\s+gửi", regex.I)
_CLOSING = regex.compile(r"^\W*N[ơo]i\s+nh[ậa]n\s*:", regex.I)
_ATTACHMENT = regex.compile(r"^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|PHỤ LỤC|BẢN |ĐỀ ÁN|"
                            r"HƯỚNG DẪN|DANH MỤC|BIỂU|BO |BỘ |ỦY BAN|UỶ BAN)")
# a marker a typist or Word's numbering puts before an item
_MARKER = regex.compile(r"^(?P<m>(?P<roman>[IVX]{1,5})\.|(?P<dec>\d{1,2})(?P<ds>[.)])(?!\d)|"
                        r"(?P<multi>\d{1,2}(?:\.\d{1,2})+\.?)|(?P<let>[a-zđ])(?P<ls>[)])|"
                        r"\((?:\d{1,2}|[a-zđ])\)|(?P<bullet>[-+•*–_]))\s+(?=\S)")
_TERMINAL = tuple(".:;!?")
SYMBOL_BULLETS = [("\uf0b7", "Symbol"), ("\uf0a7", "Wingdings"), ("\uf076", "Wingdings"),
                  ("\uf0d8", "Wingdings"), ("\uf0fc", "Wingdings")]


@dataclass
class Para:
    text: str
    kind: str = "body"            # body, title, subtitle, closing, table
    marker: str = ""              # the marker as printed ("1.", "a)", "-"), text after it
    rows: list = field(default_factory=list)        # table rows; closing: [left, right]


@dataclass
class Letter:
    header: tuple[list[str], list[str], list[str], list[str]] | None
    paras: list[Para]


def _all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def read_letter(text: str) -> Letter:
    """The letter's header table, paragraphs, tables and closing, by this script's rules."""
    lines = unicodedata.normalize("NFC", text).splitlines()
    cut = _header_end(lines)
    header = split_header(lines[:cut]) if cut else None
    return Letter(header, _paragraphs(lines[cut:]))


def _header_end(lines: list[str]) -> int:
    """The line after the header: the place and date line (the last line of the header
    table) within the first 14 non-blank lines, else the last line there that carries
    the number or the Quốc hiệu; and the V/v lines right after it."""
    end, seen = 0, 0
    for i, line in enumerate(lines):
        if not line.strip() or _RULE_ROW.match(line):
            continue
        seen += 1
        if seen > 14 or _SALUTATION.match(line) or _CLOSING.match(line) \
                or (len(line) > 160 and not _ROW.match(line)):
            break
        if (len(line) <= 100 or _ROW.match(line)) and _HEADER_LINE.search(line):
            end = i + 1
            if _PLACE_DATE.search(line):
                break
    while end < len(lines) and not lines[end].strip():
        end += 1
    if end and end < len(lines) and regex.match(r"^\W*V/v\b", lines[end].strip(), regex.I):
        end += 1          # the V/v and its lines, up to a blank line or a full stop
        last = end - 1
        while end < len(lines) and not lines[last].rstrip().endswith((".", ":")):
            if lines[end].strip() and not _SALUTATION.match(lines[end]):
                last = end
            elif lines[end].strip() or end + 1 >= len(lines) or not lines[end + 1].strip()[:1].islower():
                break
            end += 1
        end = last + 1
    return end


def split_header(lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Header lines as (left top, right top, left bottom, right bottom) of the table."""
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if _ROW.match(line):
            if _RULE_ROW.match(line):
                continue
            cells = _cells(line)
            left.append(cells[0])
            right.extend(c for c in cells[1:] if c)
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
    cut_l = next((i for i, line in enumerate(left) if regex.match(r"\W*S[ốo6]\s*[:\d]", line)), len(left))
    cut_r = next((i for i, line in enumerate(right) if regex.search(r",\s*ngày", line)), len(right))
    return left[:cut_l], right[:cut_r], left[cut_l:], right[cut_r:]


def _wrapped(lines: list[str]) -> tuple[bool, int]:
    """Is the text broken at a line width (OCR, copied PDFs), and at which width?"""
    lengths = sorted(len(s.strip()) for s in lines if len(s.strip()) >= 20 and not _ROW.match(s))
    if len(lengths) < 8:
        return False, 0
    width = lengths[int(len(lengths) * 0.9) - 1]
    return width <= 130, width


def _paragraphs(lines: list[str]) -> list[Para]:
    wrapped, width = _wrapped(lines)
    out: list[Para] = []
    i, blank, prev = 0, True, ""
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            blank, i = True, i + 1
            continue
        if _ROW.match(line):                     # a markdown table: its rows together
            rows = []
            while i < len(lines) and _ROW.match(lines[i]):
                if not _RULE_ROW.match(lines[i]):
                    rows.append(_cells(lines[i]))
                i += 1
            closing = any(_CLOSING.match(c) for c in rows[0])
            out.append(Para("", "closing" if closing else "table", rows=rows))
            blank, prev = True, ""
            continue
        if _CLOSING.match(line):
            i = _closing(lines, i, out)
            blank, prev = True, ""
            continue
        m = _MARKER.match(line)
        joins = (out and out[-1].kind == "body" and not m and prev
                 and (not blank or (wrapped and line[:1].islower()))
                 and _all_caps(prev) == _all_caps(line)
                 and (not prev.endswith(_TERMINAL) or (wrapped and len(prev) >= 0.85 * width))
                 and (wrapped or not blank))
        if wrapped and m and m["bullet"] and not blank and prev and not prev.endswith(_TERMINAL) \
                and len(prev) >= 0.85 * width and not _all_caps(prev):
            joins = True                         # "... Bộ Lao động⏎- Thương binh": a name broken at its dash
        if out and out[-1].kind in ("title", "subtitle") and not blank and not m and not _all_caps(line):
            if out[-1].kind == "subtitle":
                out[-1].text += " " + line
            else:                                # the subject under the title, centred
                out.append(Para(line, "subtitle"))
        elif joins:
            out[-1].text += " " + line
        elif m and m["m"] not in ("*",):
            out.append(Para(line[m.end():], marker=m["m"]))
        else:
            kind = "title" if _all_caps(line) and len(line) <= 160 else "body"
            out.append(Para(line, kind))
        blank, prev = False, line
        i += 1
    return out


def _closing(lines: list[str], i: int, out: list[Para]) -> int:
    """Nơi nhận on the left (its list), the signer's lines on the right (those typed
    just before "Nơi nhận" too), up to the next document or a paragraph of text;
    returns the line after it."""
    left, right = [], []
    while out and out[-1].kind == "title" and len(out[-1].text) <= 40 and len(right) < 4:
        right.insert(0, out.pop().text)
    taken = 0
    while i < len(lines) and taken < 24:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if taken and (len(line) > 110 or regex.search(r"C[OỘ]NG\s+H[OÒ]A", line) or _ROW.match(line)
                      or (_ATTACHMENT.match(line) and len(right) >= 2)):
            break
        if _CLOSING.match(line) or line[:1] in "-+•" or regex.match(r"\W*L[ưu]u\b", line) \
                or (left and line[:1].islower()):
            left.append(line)
        else:
            right.append(line)
        taken += 1
        i += 1
    out.append(Para("", "closing", rows=[[left, right]]))
    return i


# ---------------------------------------------------------------- the office's style

@dataclass(frozen=True)
class Style:
    size: int                       # points, 13 or 14
    spacing: float                  # line spacing, multiple of single
    after: int                      # points between paragraphs
    bullets: str                    # typed, word-dash, word-symbol
    symbol: int                     # which symbol-font bullet (word-symbol)
    word_numbers: bool              # numbered items as Word numbering
    skew: float                     # degrees a scan's pages are turned


def style_of(stem: str, bulleted: int | None) -> Style:
    """The letter's office style, fixed by its name and, for a letter with a list of
    dashes, its place `bulleted` among such letters: every third (from the second) has
    a Word bullet list with a symbol-font bullet, taking the five in turn, every sixth
    (from the fourth) a Word list with a dash bullet; the others type their dashes."""
    rng = random.Random(zlib.crc32(stem.encode()))
    bullets, symbol = "typed", 0
    if bulleted is not None and bulleted % 3 == 1:
        bullets, symbol = "word-symbol", (bulleted // 3) % len(SYMBOL_BULLETS)
    elif bulleted is not None and bulleted % 6 == 3:
        bullets = "word-dash"
    skew = rng.uniform(0.5, 1.0) * rng.choice((-1, 1))
    return Style(size=rng.choice((13, 14, 14)), spacing=rng.choice((1.0, 1.15, 1.3)),
                 after=rng.choice((0, 3, 6, 6)), bullets=bullets, symbol=symbol,
                 word_numbers=rng.random() < 0.5, skew=skew)


def has_dash_list(text: str) -> bool:
    """Three or more paragraphs of the body open with a dash or a bullet."""
    return sum(p.marker in ("-", "•") for p in read_letter(text).paras) >= 3


DEFAULT_STYLE = Style(size=14, spacing=1.0, after=6, bullets="typed", symbol=0, word_numbers=True, skew=0.7)


# ---------------------------------------------------------------- Word numbering

class WordNumbering:
    """Word lists for printed numbers and bullets. Numbers sit on the first-line indent
    (the Decree's layout); bullets hang (Word's default list)."""

    FORMATS = {"roman.": ("upperRoman", "%1."), "dec.": ("decimal", "%1."), "dec)": ("decimal", "%1)"),
               "let)": ("lowerLetter", "%1)")}

    def __init__(self, document):
        self.part = document.part.numbering_part.element
        self.current: dict[str, tuple[int, int]] = {}     # style -> (numId, last value)
        self.next_id = 100

    def _define(self, fmt: str, text: str, bullet_font: str | None, start: int = 1) -> int:
        aid = self.next_id = self.next_id + 1
        ind = '<w:ind w:left="720" w:hanging="360"/>' if bullet_font else '<w:ind w:left="0" w:firstLine="720"/>'
        font = (f'<w:rPr><w:rFonts w:ascii="{bullet_font}" w:hAnsi="{bullet_font}" w:hint="default"/></w:rPr>'
                if bullet_font else "")
        self.part.insert(0, parse_xml(
            f'<w:abstractNum {NS} w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr>{ind}</w:pPr>{font}</w:lvl></w:abstractNum>'))
        return aid

    def number(self, paragraph, key: str, value: int) -> None:
        """A number that does not follow on from the last of its style opens a list
        of its own (an abstract definition starting at it): Word writes restarts so
        too, and LibreOffice keeps such lists apart when it saves a .doc (start
        overrides on one shared definition come out of its .doc export renumbered)."""
        num_id, last = self.current.get(key, (None, 0))
        if num_id is None or value != last + 1:
            fmt, text = self.FORMATS[key]
            aid = self._define(fmt, text, None, value)
            num_id = self.next_id = self.next_id + 1
            self.part.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        self.current[key] = (num_id, value)
        self._attach(paragraph, num_id)

    def bullet(self, paragraph, char: str, font: str) -> None:
        key = f"bullet{ord(char)}"
        if key not in self.current:
            aid = self._define("bullet", char, font)
            num_id = self.next_id = self.next_id + 1
            self.part.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>'))
            self.current[key] = (num_id, 0)
        self._attach(paragraph, self.current[key][0])

    @staticmethod
    def _attach(paragraph, num_id: int) -> None:
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def word_number(marker: str) -> tuple[str, int] | None:
    """The Word list format and value that display this printed marker, if one does."""
    m = _MARKER.match(marker + " x")
    if m is None:
        return None
    if m["roman"]:
        return "roman.", _roman_value(m["roman"])
    if m["dec"]:
        return f"dec{m['ds']}", int(m["dec"])
    # Word's letters run a..z: the Vietnamese "đ)" after "d)" is typed by hand
    if m["let"] and m["let"].isascii():
        return "let)", ord(m["let"]) - 96
    return None          # "1.1.", "(1)", bullets: typed by hand


def _roman_value(label: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
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


# ---------------------------------------------------------------- the document

def build_docx(text: str, tcvn3: bool = False, style: Style = DEFAULT_STYLE) -> bytes:
    letter = read_letter(text)
    d = docx.Document()
    _page_setup(d, tcvn3, style)
    w = Writer(tcvn3)
    numbering = WordNumbering(d)
    if letter.header:
        _header_table(d, w, letter.header)
    for para in letter.paras:
        if para.kind == "table":
            _table(d, w, para.rows)
        elif para.kind == "closing":
            _closing_table(d, w, para.rows)
        elif para.kind in ("title", "subtitle"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            w.runs(p, para.text, bold=True)
        else:
            _body_paragraph(d, w, numbering, para, style)
    d.core_properties.created = d.core_properties.modified = FIXED_DATE
    d.core_properties.last_modified_by = d.core_properties.author = "chidao fixtures"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The DOCX again with every member dated FIXED_DATE, so that the same letter gives
    the same bytes (python-docx stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def _fixed_pdf(path: Path) -> None:
    """LibreOffice's PDF with its creation date set to FIXED_DATE and its /ID made from
    the content (both stamped per run), keeping every byte offset."""
    data = path.read_bytes()
    stamp = FIXED_DATE.strftime("%Y%m%d%H%M%S").encode()
    data = regex.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m[1] + stamp, data)
    digest = hashlib.md5(regex.sub(rb"/ID\s*\[[^\]]*\]|/DocChecksum\s*/\w+", b"", data)).hexdigest()
    digest = digest.upper().encode()
    data = regex.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)",
                     lambda m: m[1] + digest + m[3] + digest + m[5], data)
    data = regex.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m[1] + digest, data)
    path.write_bytes(data)


def _body_paragraph(d, w: Writer, numbering: WordNumbering, para: Para, style: Style) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    marker = para.marker
    heading = marker and _all_caps(para.text)
    if marker in ("-", "•") and style.bullets != "typed":
        char, font = (SYMBOL_BULLETS[style.symbol] if style.bullets == "word-symbol"
                      else ("-", "Times New Roman"))
        numbering.bullet(p, char, font)
        w.runs(p, para.text)
        return
    p.paragraph_format.first_line_indent = Cm(1.27)
    value = word_number(marker) if marker and style.word_numbers else None
    if value:
        numbering.number(p, *value)
        w.runs(p, para.text, bold=bool(heading))
    else:
        w.runs(p, f"{marker} {para.text}" if marker else para.text, bold=bool(heading))


def _page_setup(d, tcvn3: bool, style: Style) -> None:
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = d.styles["Normal"]
    normal.font.name = ".VnTime" if tcvn3 else "Times New Roman"
    normal.font.size = Pt(style.size)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(style.after)
    normal.paragraph_format.line_spacing = style.spacing
    # the page number at the top, centred, from page 2 on
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for xml in (f'<w:fldChar {NS} w:fldCharType="begin"/>', f'<w:instrText {NS}>PAGE</w:instrText>',
                f'<w:fldChar {NS} w:fldCharType="end"/>'):
        run._r.append(parse_xml(xml))


def _borderless(table) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(f'<w:tblBorders {NS}>' + "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def _header_table(d, w: Writer, header) -> None:
    top_l, top_r, bottom_l, bottom_r = header
    table = d.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(6.5), Cm(9.5)
    for cell, lines, bold, italic in ((table.cell(0, 0), top_l, True, False),
                                      (table.cell(0, 1), top_r, True, False),
                                      (table.cell(1, 0), bottom_l, False, False),
                                      (table.cell(1, 1), bottom_r, False, True)):
        for i, line in enumerate(lines or [""]):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.first_line_indent = Cm(0)
            w.runs(p, line, bold=bold, italic=italic)
    d.add_paragraph()


def _table(d, w: Writer, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = d.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            w.runs(table.cell(i, j).paragraphs[0], value)


def _closing_table(d, w: Writer, rows) -> None:
    """Nơi nhận on the left, a recipient a line (12 pt); the signer block on the right."""
    for row in rows:
        if row and isinstance(row[0], str):        # a markdown row: its cells, items split
            left = regex.split(r"\s(?=-\s)", row[0])
            row = [left, [c for c in row[1:] if c]]
        table = d.add_table(rows=1, cols=2)
        _borderless(table)
        for j, lines in enumerate(row[:2]):
            cell = table.cell(0, j)
            cell.width = Cm(7.5) if j == 0 else Cm(8.5)
            for i, line in enumerate(lines or [""]):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                if j == 1:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                w.runs(p, line, bold=j == 1 or (i == 0 and bool(_CLOSING.match(line))))
                if j == 0:
                    for run in p.runs:
                        run.font.size = Pt(12)


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
    out = out_dir / f"{docx_path.stem}.{target}"
    if target == "pdf":
        _fixed_pdf(out)
    return out


def to_scan(pdf_path: Path, out_path: Path, skew: float, seed: int, dpi: int = SCAN_DPI) -> None:
    """An image-only PDF as an office scanner makes it: each page turned by about
    `skew` degrees, edges roughened by noise before the 1-bit threshold, a few specks;
    CCITT G4, as scanners store black and white."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_path)
    images = []
    for page in pdf:
        gray = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = skew + rng.uniform(-0.1, 0.1)
        gray = gray.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        gray = gray.filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.frombytes("L", gray.size, rng.randbytes(gray.size[0] * gray.size[1]))
        gray = Image.blend(gray, noise, 0.22)
        bw = gray.point(lambda v: 255 if v > 135 else 0).convert("1", dither=Image.Dither.NONE)
        draw = ImageDraw.Draw(bw)
        for _ in range(rng.randint(40, 120)):            # dust on the glass
            x, y, r = rng.randrange(bw.size[0]), rng.randrange(bw.size[1]), rng.choice((0, 1, 1, 2))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=0)
        images.append(bw)
    pdf.close()
    images[0].save(out_path, save_all=True, append_images=images[1:], resolution=dpi,
                   creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stems", nargs="*", help="letters to build (default: all)")
    ap.add_argument("--only", default="docx,tcvn3,doc,pdf,scan,tables")
    args = ap.parse_args(argv)
    kinds = set(args.only.split(","))
    letters = sorted(LETTERS.glob("*.txt"))
    for kind in ("docx", "tcvn3-docx", "tcvn3-txt", "doc", "pdf", "scan"):
        (OUT / kind).mkdir(parents=True, exist_ok=True)
    bulleted = [p.stem for p in letters if has_dash_list(p.read_text(encoding="utf-8"))]
    for path in letters:
        if args.stems and path.stem not in args.stems:
            continue
        text = path.read_text(encoding="utf-8")
        style = style_of(path.stem, bulleted.index(path.stem) if path.stem in bulleted else None)
        docx_path = OUT / "docx" / f"{path.stem}.docx"
        if kinds & {"docx", "doc", "pdf", "scan"}:
            docx_path.write_bytes(build_docx(text, style=style))
        if "doc" in kinds:
            convert(docx_path, OUT / "doc", "doc")
        if "tcvn3" in kinds:
            (OUT / "tcvn3-docx" / f"{path.stem}.docx").write_bytes(build_docx(text, True, style))
            (OUT / "tcvn3-txt" / f"{path.stem}.txt").write_bytes(
                encode_tcvn3(unicodedata.normalize("NFC", text)).encode("latin-1", errors="replace"))
        if kinds & {"pdf", "scan"}:
            pdf_path = convert(docx_path, OUT / "pdf", "pdf")
            if "scan" in kinds:
                to_scan(pdf_path, OUT / "scan" / f"{path.stem}.pdf", style.skew, zlib.crc32(path.stem.encode()))
        print(path.stem, style, file=sys.stderr)
    if "tables" in kinds and not args.stems:
        plan = OUT / "tables" / "plan.txt"
        plan.with_suffix(".docx").write_bytes(build_docx(plan.read_text(encoding="utf-8")))
        convert(plan.with_suffix(".docx"), plan.parent, "pdf")


if __name__ == "__main__":
    main()
