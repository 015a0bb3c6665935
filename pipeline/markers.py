"""Enumeration markers: what opens an item, as the printed page shows it.

A marker has a kind (its sequence family: "1.", "1)" and "(1)" are three families),
a label as printed ("II", "2.1", "b"), and the value its label has in its family, so
that items nest by the sequence they continue, not by kind alone (pipeline/outline.py).

OCR and web copies damage markers: "Il." for "II.", "©)" for "c)", "§." for "8.",
"_ - " for "- ", a stray character before "b)"; Word's symbol-font bullets come out of
PDFs as private-use characters (U+F0B7 ...). A markdown "#" or "**" before a marker
does not change it.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

BULLETS = ("dash", "plus", "bullet")
# Conventional rank of families, outermost first: a continuing item of a higher rank
# closes the lower ones ("II." after "3." is not "3."'s child).
RANK = {"dieu": 0, "capital": 1, "roman": 2, "arabic": 3, "decimal": 4, "letter": 5,
        "arabic_paren": 6, "paren": 7, "paren_letter": 8, "paren_roman": 8, "dash": 9, "plus": 10,
        "bullet": 11}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
         "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
LETTERS = "abcdđefghiklmnopqrstuvxy"
CAPITALS = "ABCDĐEFGHIKLMNOPQRSTUVXY"


@dataclass
class Marker:
    kind: str             # a family of RANK
    label: str | None     # "1", "II", "2.1.a", "a"; None for bullets and labels OCR lost
    raw: str              # as printed, e.g. "6..." or "a)"
    start: int            # where the marker (or the markup before it) starts
    end: int              # where the item's text starts
    ocr: bool = False     # read through an OCR misprint ("Il.", "©)")

    @property
    def numbered(self) -> bool:
        return self.kind not in BULLETS

    @property
    def value(self) -> int | None:
        return label_value(self.kind, self.label)

    @property
    def depth(self) -> int:
        """Decimals nest by their parts: "1.1." under "1.", "2.1.a" under "2.1."."""
        return self.label.count(".") if self.kind == "decimal" and self.label else 0


def label_value(kind: str, label: str | None) -> int | None:
    if label is None:
        return None
    if kind in ("arabic", "arabic_paren", "paren", "dieu"):
        return int(label) if label.isdigit() else None
    if kind == "roman":
        return ROMAN.get(label)
    if kind == "paren_roman":
        return ROMAN.get(label.upper())
    if kind in ("letter", "paren_letter"):
        return LETTERS.index(label) + 1 if label in LETTERS else None
    if kind == "capital":
        return CAPITALS.index(label) + 1 if label in CAPITALS else None
    if kind == "decimal":
        last = label.rsplit(".", 1)[-1]
        return int(last) if last.isdigit() else (LETTERS.index(last) + 1 if last in LETTERS else None)
    return None


# Markup a web copy or OCR tool prints before a marker: "# II.", "**1.**", "## a)".
_MARKUP = regex.compile(r"(?:#{1,6}[ \t]*|\*\*[ \t]*)+")
# Word's symbol-font bullets (Symbol, Wingdings) come out as private-use characters.
_SYMBOL_BULLETS = "\uf020-\uf0ff•●▪◦·○■□◆◇➢►▶❖✓✔➤→⇒√"
# OCR'd roman numerals: "l" and "1" for "I" ("Il." for "II.").
_OCR_ROMAN = regex.compile(r"(?P<label>[IVXl1]{1,4})[ \t]*\.[ \t]*(?=\p{Lu})")

_NEXT = r"(?:(?=\S)|$)"          # text follows, or the marker stands alone on its line
_MARKERS: list[tuple[str, regex.Pattern]] = [
    ("dieu", regex.compile(r"Điều\s+(?P<label>\d{1,3})\s*[.:]\s*")),
    ("decimal", regex.compile(
        r"(?P<label>\d{1,2}(?:\.\d{1,2})+(?:\.[a-zđ])?)\s*[.)]?(?:\s+(?=\S)|$)")),
    ("roman", regex.compile(rf"(?P<label>[IVX]{{1,5}})\s*[.)]\s*{_NEXT}")),
    # "I- MỤC ĐÍCH", "II/ NỘI DUNG", "1/ ...", "2- ...", "a/ ...", "1.1/ ...": the slash and
    # the dash of older and local letters, a space after them (not "15/12/2025")
    ("roman", regex.compile(r"(?P<label>[IVX]{1,5})[ \t]*[/\-–][ \t]+(?=\p{Lu})")),
    ("decimal", regex.compile(r"(?P<label>\d{1,2}(?:\.\d{1,2})+)[ \t]*/[ \t]+(?=\S)")),
    ("arabic", regex.compile(r"(?P<label>\d{1,2})[ \t]*[/\-–][ \t]+(?=\p{L})")),
    ("letter", regex.compile(r"(?P<label>[a-zđ])[ \t]*[/\-][ \t]+(?=\p{L})")),
    ("capital", regex.compile(r"(?P<label>[A-ZĐ])[ \t]*[.)](?:[ \t]+(?=\p{Lu})|$)")),
    # (a full stop may follow the bracket: "(ii). Sớm chỉ đạo ...")
    ("paren", regex.compile(rf"\((?P<label>\d{{1,2}})\)\.?\s*{_NEXT}")),
    # "(ii)", "(iv)": lower-case roman numerals; "(i)", "(v)", "(x)" read as letters
    # until the sequence shows otherwise (layout._Sequences)
    ("paren_roman", regex.compile(rf"\((?P<label>ii|iii|iv|vi|vii|viii|ix)\)\.?\s*{_NEXT}")),
    ("paren_letter", regex.compile(rf"\((?P<label>[a-zđ])\)\.?\s*{_NEXT}")),
    ("arabic_paren", regex.compile(rf"(?P<label>\d{{1,2}})\s*\)\s*{_NEXT}")),
    ("arabic", regex.compile(r"(?P<label>\d{1,2})\s*\.{1,3}\s*(?:(?=\S)(?!\d)|$)")),
    # OCR reads "8." as "§." (letter 027) and can drop a digit, leaving ". Text".
    ("arabic", regex.compile(r"(?P<ocr>§)\s*\.?\s+(?=\S)")),
    ("arabic", regex.compile(r"(?P<ocr>\.)\s+(?=\p{Lu})")),
    ("letter", regex.compile(rf"(?P<label>[a-zđ])\s*\)\s*{_NEXT}")),
    ("letter", regex.compile(r"(?P<label>[a-zđ])\.[ \t]+(?=\p{Lu})")),
    # "©)" is an OCR'd "c)"
    ("letter", regex.compile(r"(?P<ocr_c>©)\s*\)\s*(?=\S)")),
    ("dash", regex.compile(r"_+[ \t]*-[ \t]*(?=\S)")),
    ("dash", regex.compile(r"[-–—−_~]\s*(?=[\p{L}\d“\"(])")),
    # a bullet alone on its line, its text on the next (crawled copies: "-" / "Phân công ...")
    ("dash", regex.compile(r"[-–—−]\s*$")),
    ("plus", regex.compile(r"\+\s*(?=\S)")),
    ("plus", regex.compile(r"\+\s*$")),
    ("bullet", regex.compile(rf"[*®{_SYMBOL_BULLETS}]\s*(?=\S)")),
]
# What an OCR'd marker may leave after it: "2. _ Tăng cường" (letter 027).
_MARKER_TAIL = regex.compile(r"[_~]\s+")
# A stray character OCR put before a lettered item: "7 b) Tổ chức".
_STRAY = regex.compile(r"[\p{L}\d]{1,2}[ \t]+(?=[a-zđ]\)[ \t]*\S)")


def find_marker(doc: str, start: int, end: int) -> Marker | None:
    """The marker that opens doc[start:end], if any."""
    # (markup opens with "#" or "*"; a stray character stands before a ")")
    markup = _MARKUP.match(doc, start, end) if doc.startswith(("#", "*"), start, end) else None
    at = markup.end() if markup and markup.end() > start else start
    marker = _match_at(doc, at, end, start)
    if marker is None and at == start and doc.find(")", start, end) >= 0:
        stray = _STRAY.match(doc, start, end)
        if stray:
            marker = _match_at(doc, stray.end(), end, start)
    if marker is not None and marker.kind in (*BULLETS, "letter"):
        # a marker printed twice or under a bullet ("- a) Cơ quan chủ trì", "a) a) ..."):
        # the numbered one is what the item is
        inner = _match_at(doc, marker.end, end, start)
        if inner is not None and (inner.kind == "letter" or (marker.kind == "dash" and marker.raw in "_~"
                                                              and inner.kind in ("decimal", "arabic"))) \
                and inner.label:
            return Marker(inner.kind, inner.label, doc[marker.start:inner.end].strip(), start,
                          inner.end, inner.ocr)
    return marker


def _match_at(doc: str, at: int, end: int, start: int) -> Marker | None:
    ocr_roman_may, candidates = _candidates(doc[at]) if at < end else (True, _MARKERS)
    ocr_roman = _OCR_ROMAN.match(doc, at, end) if ocr_roman_may else None
    if ocr_roman and not ocr_roman["label"].isdigit() and ("l" in ocr_roman["label"] or "1" in ocr_roman["label"]) \
            and any(c in "IVX" for c in ocr_roman["label"]):
        return _marker(doc, "roman", None, at, ocr_roman.end(), start, end, ocr=True)
    for kind, pattern in candidates:
        m = pattern.match(doc, at, end)
        if not m:
            continue
        groups = m.groupdict()
        label = groups.get("label")
        if kind == "roman" and not _valid_roman(label):
            continue
        if groups.get("ocr_c"):
            return _marker(doc, kind, "c", at, m.end(), start, end, ocr=True)
        return _marker(doc, kind, label, at, m.end(), start, end)
    return None


_BY_FIRST: dict[str, tuple[bool, list[tuple[str, regex.Pattern]]]] = {}


def _candidates(first: str) -> tuple[bool, list[tuple[str, regex.Pattern]]]:
    """Whether the OCR'd roman pattern, and which of _MARKERS, may match a line opening
    with the character `first`: asked once per character of the regex module itself (a
    partial match), so that a line is tried against one or two patterns, not all."""
    found = _BY_FIRST.get(first)
    if found is None:
        found = _BY_FIRST[first] = (
            _OCR_ROMAN.match(first, partial=True) is not None,
            [(kind, p) for kind, p in _MARKERS if p.match(first, partial=True) is not None])
    return found


def _marker(doc: str, kind: str, label: str | None, at: int, stop: int, start: int, end: int,
            ocr: bool = False) -> Marker:
    tail = _MARKER_TAIL.match(doc, stop, end) if doc.startswith(("_", "~"), stop, end) else None
    text_start = tail.end() if tail else stop
    return Marker(kind, label, doc[at:stop].strip(), start, text_start, ocr)


_ROMAN = regex.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _valid_roman(label: str | None) -> bool:
    return bool(label) and _ROMAN.fullmatch(label) is not None
