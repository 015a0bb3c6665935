"""DOCX letters as the text a reader sees: paragraphs and tables in body order, Word's
automatic numbering turned into the markers it displays ("1.", "1.1.", "a)", "I.", "-").

python-docx has no API for numbering (python-docx issues 471, 180), so numbering.xml
is read here: abstract definitions, per-level formats and texts, start values,
overrides and restarts. Tables become "| a | b |" rows, the form crawled letters use,
so header tables and task tables are read by the same code as text letters.
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field

from pipeline.errors import UnreadableFile
from pipeline.readers.limits import limits
from pipeline.readers.legacy_encodings import convert_run, is_legacy_font
from pipeline.readers.raw import RawDocument

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)   # numId -> ilvl -> Level
    starts: dict[tuple[str, int], int] = field(default_factory=dict)     # overrides
    counters: dict[tuple[str, int], int] = field(default_factory=dict)
    seen: set[tuple[str, int]] = field(default_factory=set)

    def label(self, num_id: str, ilvl: int) -> str | None:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        lvl = levels[ilvl]
        key = (num_id, ilvl)
        if key not in self.seen:
            self.counters[key] = self.starts.get(key, lvl.start) - 1
            self.seen.add(key)
        self.counters[key] += 1
        # a higher level restarts the levels below it
        for (n, i) in list(self.seen):
            if n == num_id and i > ilvl:
                self.seen.discard((n, i))
        if lvl.fmt == "bullet":
            return "-" if lvl.text in ("", "-", "–", "o") else "•"
        text = lvl.text
        for i in range(ilvl + 1):
            value = self.counters.get((num_id, i), levels.get(i, Level()).start)
            text = text.replace(f"%{i + 1}", _format(value, levels.get(i, Level()).fmt))
        return text


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(value - 1) % 26]
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _attr(el, name: str) -> str | None:
    return None if el is None else el.get(f"{W}{name}")


def _read_numbering(document) -> Numbering:
    numbering = Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return numbering
    abstract: dict[str, dict[int, Level]] = {}
    for a in root.findall(f"{W}abstractNum"):
        levels = {}
        for lvl in a.findall(f"{W}lvl"):
            levels[int(_attr(lvl, "ilvl") or 0)] = Level(
                fmt=_attr(lvl.find(f"{W}numFmt"), "val") or "decimal",
                text=_attr(lvl.find(f"{W}lvlText"), "val") or "",
                start=int(_attr(lvl.find(f"{W}start"), "val") or 1))
        abstract[_attr(a, "abstractNumId")] = levels
    for num in root.findall(f"{W}num"):
        num_id = _attr(num, "numId")
        numbering.levels[num_id] = abstract.get(_attr(num.find(f"{W}abstractNumId"), "val"), {})
        for override in num.findall(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            if start is not None:
                numbering.starts[(num_id, int(_attr(override, "ilvl") or 0))] = int(_attr(start, "val"))
    return numbering


def _num_pr(paragraph) -> tuple[str, int] | None:
    """The paragraph's numbering, from its own properties or from its style chain."""
    elements = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        elements.append(style.element.pPr)
        style = style.base_style
    for pPr in elements:
        num_pr = pPr.find(f"{W}numPr") if pPr is not None else None
        if num_pr is not None:
            num_id = _attr(num_pr.find(f"{W}numId"), "val")
            ilvl = int(_attr(num_pr.find(f"{W}ilvl"), "val") or 0)
            if num_id and num_id != "0":
                return num_id, ilvl
            return None
    return None


def read_docx(data: bytes, path: str | None = None) -> RawDocument:
    import zipfile

    import docx                       # imported here: `chidao --help` must not load it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    repaired = False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > limits().max_bytes:    # a zip bomb
                raise UnreadableFile(path, "DOCX expands past the size limit (a zip bomb?)")
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:
            if "XMLSyntaxError" not in type(exc).__name__:
                raise
            cleaned = _without_invalid_xml(data)      # control characters Word lets through
            if cleaned is None:
                raise
            document, repaired = docx.Document(io.BytesIO(cleaned)), True
    except UnreadableFile:
        raise
    except Exception as exc:        # python-docx raises many kinds for a broken package
        raise UnreadableFile(path, f"not a readable DOCX ({type(exc).__name__})") from None
    numbering = _read_numbering(document)
    fonts = _LegacyFonts(document)
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            p = Paragraph(child, document)
            text = "".join(_clean(r) for r in (fonts.text(p) if fonts else p.text))
            num = _num_pr(p)
            label = numbering.label(*num) if num else None
            if label and text.strip():
                text = f"{label} {text}"
            # a Word paragraph is a paragraph: a blank line says so to the layout stage,
            # which would otherwise have to guess from line shapes as for wrapped text
            lines += [text, ""] if text.strip() else [text]
        elif child.tag == f"{W}tbl":
            lines.extend(_table_rows(Table(child, document), fonts))
            lines.append("")
    text = "\n".join(lines).strip("\n") + "\n"
    if not text.strip():
        raise UnreadableFile(path, "DOCX holds no text")
    warnings = ()
    if fonts.used:
        warnings += (("legacy_encoding", "runs in legacy fonts (" + ", ".join(sorted(fonts.used))
                      + ") converted to Unicode"),)
    if repaired:
        warnings += (("xml_repaired", "characters XML cannot hold were dropped to read the DOCX"),)
    return RawDocument(path, text, hashlib.sha256(data).hexdigest(), format="docx",
                       encoding=", ".join(sorted(fonts.encodings)) or "utf-8", warnings=warnings)


class _LegacyFonts:
    """Converts the runs set in TCVN3 or VNI fonts. Falsy when the document names no
    such font, so Unicode documents take python-docx's plain path."""

    def __init__(self, document):
        self.used: set[str] = set()
        self.encodings: set[str] = set()
        names = {_attr(f, "ascii") or _attr(f, "hAnsi")
                 for f in document.element.iter(f"{W}rFonts")}
        styles = document.styles.element
        names |= {_attr(f, "ascii") or _attr(f, "hAnsi") for f in styles.iter(f"{W}rFonts")}
        self.active = any(is_legacy_font(n) for n in names)
        if not self.active:
            return
        defaults = styles.find(f"{W}docDefaults")
        self.default = _run_font(defaults.find(f".//{W}rPr")) if defaults is not None else None

    def __bool__(self) -> bool:
        return self.active

    def text(self, paragraph) -> str:
        base = self._style_font(paragraph.style) or self.default
        out = []
        for r in paragraph._p.iter(f"{W}r"):
            font = _run_font(r.find(f"{W}rPr"))
            if font is None and r.get(f"{W}rStyle") is None:
                font = base
            piece = "".join(_run_text(r))
            encoding = is_legacy_font(font)
            if encoding and piece:
                self.used.add(font)
                self.encodings.add("VNI" if encoding == "vni" else "TCVN3")
                piece = convert_run(piece, encoding)
            out.append(piece)
        return "".join(out)

    @staticmethod
    def _style_font(style) -> str | None:
        while style is not None:
            font = _run_font(style.element.rPr)
            if font:
                return font
            style = style.base_style
        return None


def _run_font(rpr) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{W}rFonts")
    return None if fonts is None else (_attr(fonts, "ascii") or _attr(fonts, "hAnsi"))


def _run_text(r):
    for el in r:
        if el.tag == f"{W}t":
            yield el.text or ""
        elif el.tag == f"{W}tab":
            yield "\t"
        elif el.tag in (f"{W}br", f"{W}cr"):
            yield "\n"
        elif el.tag == f"{W}noBreakHyphen":      # "NĐ-CP" kept on one line by its typist
            yield "-"


_INVALID_XML = re.compile(
    rb"&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));"   # as references
    rb"|[\x00-\x08\x0b\x0c\x0e-\x1f]", re.I)                                   # and as bytes


def _without_invalid_xml(data: bytes) -> bytes | None:
    """The package with XML-invalid characters removed from its XML parts; None if none."""
    import zipfile

    out, changed = io.BytesIO(), False
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename.endswith((".xml", ".rels")):
                fixed = _INVALID_XML.sub(b"", part)
                changed |= fixed != part
                part = fixed
            dst.writestr(info, part)
    return out.getvalue() if changed else None


def _clean(ch: str) -> str:
    """XML-invalid characters cannot come out of python-docx, but tabs and vertical tabs do."""
    return " " if ch in "\t\v" else ch


def _table_rows(table, fonts: "_LegacyFonts") -> list[str]:
    rows = []
    for i, row in enumerate(table.rows):
        cells = []
        for cell in row.cells:
            texts = [fonts.text(p) if fonts else p.text for p in cell.paragraphs]
            value = " ".join(t.strip() for t in texts if t.strip())
            cells.append(value.replace("|", "/"))
        if cells and (not rows or cells != rows[-1][1]):
            rows.append((i, cells))
    out = []
    for n, (_, cells) in enumerate(rows):
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + "---|" * len(cells))
    return out
