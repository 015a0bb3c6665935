"""Lines to paragraphs, with the enumeration marker that opens each one.

PDF text wraps inside paragraphs and breaks pages inside sentences (seed 000:
"tại cơ ⏎⏎quan"); crawled text puts a paragraph on one line or in markdown
table cells. A `Paragraph` keeps the pieces of text it joined, so that any
offset in its joined string maps back into the letter.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from pipeline.fields import read_field
from pipeline.markers import LETTERS, ROMAN, Marker, find_marker

__all__ = ["Marker", "Paragraph", "find_marker", "join_pieces", "paragraphs"]

_PAGE_NUMBER = regex.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*-+\s*PAGE BREAK\s*-+\s*$")
_TABLE_RULE = regex.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*\s*$")

_LINE = regex.compile(r"(?m)^.*$")
_CELL = regex.compile(r"[^|]+")
_SYMBOL_BREAK = regex.compile(r"[\p{Lu}\d]-$")
_RULE_CELL = regex.compile(r"\s*-{3,}\s*")
# a line of nothing but markup or punctuation ("* *" a crawl left of empty emphasis); a
# bullet alone on its line is kept, its text follows
_DEBRIS = regex.compile(r"(?![ \t]*[-–—−+•][ \t]*$)[^\p{L}\d]*")


@dataclass
class Paragraph:
    pieces: list[tuple[int, int]]            # text spans joined, marker excluded
    marker: Marker | None = None
    text: str = ""                           # pieces joined on one line
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def start(self) -> int:
        return self.marker.start if self.marker else self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def to_text(self, offset: int) -> int:
        """Offset in the letter of offset `offset` of the joined string."""
        i = max(0, bisect_right(self._starts, offset) - 1)
        piece_start, _ = self.pieces[i]
        return min(piece_start + offset - self._starts[i], self.pieces[i][1])

    def part(self, start: int, end: int) -> "Paragraph":
        """The paragraph's joined text from `start` to `end`, its pieces clipped (a field
        line cut where a second field starts on it)."""
        pieces, starts = [], []
        for (s, e), at in zip(self.pieces, self._starts):
            lo, hi = max(start, at), min(end, at + e - s)
            if lo < hi:
                pieces.append((s + lo - at, s + hi - at))
                starts.append(lo - start)
        return Paragraph(pieces, None, self.text[start:end], starts)


def _join(doc: str, pieces: list[tuple[int, int]]) -> tuple[str, list[int]]:
    return _glue(pieces, lambda s, e: doc[s:e])


def join_pieces(pieces: list[tuple[int, int]], read) -> str:
    """Pieces of a paragraph on one line, each read by `read(start, end)` (the printed
    text of a view range, for values shown to users)."""
    return _glue(pieces, read)[0]


def _glue(pieces: list[tuple[int, int]], read) -> tuple[str, list[int]]:
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, (s, e) in enumerate(pieces):
        chunk = read(s, e)
        if i:
            prev = parts[-1]
            # A symbol broken at its hyphen: "1521/QĐ-⏎UBND", "01-⏎KL/BCĐ".
            glue = "" if prev.endswith(("-", "-\n")) and _SYMBOL_BREAK.search(prev) and chunk[:1].isupper() else " "
            parts.append(glue)
            pos += len(glue)
        starts.append(pos)
        parts.append(chunk)
        pos += len(chunk)
    return "".join(parts), starts


@dataclass
class _Unit:
    start: int
    end: int
    blank_before: bool
    cell: bool = False       # a cell of a table row: always a paragraph of its own
    page_break: bool = False  # a page number stood between it and the line before


def _units(doc: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[_Unit]:
    """Non-empty lines, and the cells of markdown table rows, with their offsets."""
    units: list[_Unit] = []
    blank = page = False
    for m in _LINE.finditer(doc, start, end):
        s, e = m.span()
        line = m.group()
        if any(k0 <= s < k1 for k0, k1 in skip):
            blank = True
            continue
        if not line.strip() or (_may_be_page_number(line) and _PAGE_NUMBER.match(line)):
            blank = True
            page = page or bool(line.strip()) or "\f" in line
            continue
        if "---" in line and _TABLE_RULE.match(line):
            continue
        is_row = line.lstrip().startswith("|")
        cells = [(c.start(), c.end()) for c in _CELL.finditer(line)] if is_row \
            else [(0, len(line))]
        for cs, ce in cells:
            raw = line[cs:ce]
            if not raw.strip() or ("---" in raw and _RULE_CELL.fullmatch(raw)) or _DEBRIS.fullmatch(raw):
                continue
            lead = len(raw) - len(raw.lstrip())
            units.append(_Unit(s + cs + lead, s + cs + len(raw.rstrip()), blank, is_row, page))
            blank = page = False
    return units


def _may_be_page_number(line: str) -> bool:
    """A cheap look before _PAGE_NUMBER: "- 12 -" has at most three words."""
    return len(line.split(None, 3)) <= 3 or "PAGE BREAK" in line


def _is_wrapped(doc: str, units: list[_Unit]) -> tuple[bool, int]:
    lengths = sorted(u.end - u.start for u in units if u.end - u.start >= 20)
    if len(lengths) < 8:
        return False, 0
    width = lengths[int(len(lengths) * 0.9) - 1]
    long_share = sum(1 for n in lengths if n > 130) / len(lengths)
    return long_share < 0.15 and width <= 130, width


_TERMINAL = tuple(".:;!?")
# words no line of a heading ends with: a head noun waiting for its name, a joining word, a
# lead's verbs waiting for the partners ("k) Đài Truyền hình chủ trì, phối hợp" / "Bộ Y tế, ...")
_OPEN_END = regex.compile(r"(?<!\p{L})(?:Sở|Bộ|Ban|Cục|Vụ|Ủy ban|Uỷ ban|Tổng cục|Chi cục|Văn phòng|Trung tâm|Hội đồng"
                          r"|Hiệp hội|Liên minh|Liên đoàn|Tập đoàn"
                          r"|và|của|các|về|với|cho|tại|trong|theo|để|đối với|(?<=[Cc]hủ[ \t]trì,?[ \t])phối[ \t]hợp)$")
# a short numbered heading left on "Giao" or on a title, waiting for the body it names ("3.
# Giao" / "Sở Nội vụ", "8. Giám đốc" / "Sở, Thủ trưởng ...", "c) Đối với tập thể Thường trực" /
# "Hội đồng nhân dân cấp xã:"); not "các nhiệm vụ được giao" ending a sentence
_HEADING_WAITS = regex.compile(r"(?<!\p{L})(?<!(?:được|đã|đang)[ \t]+)(?:Giao|giao|Thường trực|Giám đốc|Thủ trưởng"
                               r"|Chủ tịch|Bộ trưởng|Trưởng|Chánh)$")


# a line cut before the number of a part it cites ("quy định tại Khoản" / "3 - Điều 61 ...",
# "theo Mục" / "2 Kế hoạch ..."): the number on the next line is no marker. The citing word
# must stand before the part's name: "dự án trọng điểm", "mô hình thí điểm", "các khoản"
# end a heading as words of their own.
_AWAITS_NUMBER = regex.compile(r"(?<!\p{L})(?:tại|theo|của|và|hoặc)[ \t]+(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Mm]ục"
                               r"|[Pp]hần|[Cc]hương)[ \t]*$")


# the closing notice of a letter ("Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện")
_THANKS = regex.compile(r"[ \t]*Trân[ \t]+trọng(?:[ \t]+cảm[ \t]+ơn|[ \t]*\./\.|[ \t]*[.!]?[ \t]*$)")
_NOTICE = regex.compile(r"^\p{Lu}[^.;:]{0,60}?(?<!\p{L})(?:xin[ \t]+)?thông[ \t]+báo[ \t]+(?:để|đến)(?!\p{L})")


_OPEN_END_REACH = 16     # longer than any word _OPEN_END ends with (it is searched at the end)
_CITING_REACH = 20       # longer than any ending _AWAITS_NUMBER matches ("hoặc Chương")


@lru_cache(maxsize=1024)      # a line is looked at as the last of one pair and the first of the next
def _all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


# one word in capitals alone on its line, markup aside ("HIỆN**", "TIÊU")
_CAPS_WORD = regex.compile(r"[\s*_]*\p{Lu}{2,}[\s*_.:]*")


def _caps_word(line: str) -> bool:
    # (not a table's column name or a body's initials: "TT", "STT", "UBND")
    return _CAPS_WORD.fullmatch(line) is not None and line.strip(" \t*_.:") not in _INITIALS


_INITIALS = frozenset({"TT", "STT", "UBND", "HĐND", "BCĐ", "MTTQ", "TW", "VT", "CP", "QH"})


# a paragraph that is one bracketed note: "*(Xem toàn văn tại ...)*" (also no task: pipeline/tasks.py)
BRACKETED_NOTE = regex.compile(r"[\s*_]*\([^()]*(?:\([^()]*\)[^()]*)*\)[\s*_.;]*")


def _continues(doc: str, prev: _Unit, unit: _Unit, para: Paragraph,
               wrapped: bool, width: int) -> bool:
    """Does `unit` continue the paragraph whose last line is `prev`?"""
    last = doc[prev.start:prev.end]
    first = doc[unit.start:unit.end]
    if first[:1].islower() or first[:1] in ",;)":
        return True
    if _THANKS.match(first):
        return False   # the closing courtesy ("Trân trọng cảm ơn ...") is no sentence of the body
    if para.pieces and last.rstrip(" \t*_").endswith(")") \
            and doc[para.pieces[0][0]:para.pieces[0][1]].lstrip(" \t*_").startswith("(") \
            and BRACKETED_NOTE.fullmatch(" ".join(doc[s:e] for s, e in para.pieces)):
        return False   # a note in brackets ("(Quét mã QR để xem toàn văn ...)") ends where they close
    if _all_caps(last) and not unit.blank_before and not last.endswith(_TERMINAL) and _caps_word(first):
        return True    # a title in capitals wrapped before its last word ("V. THỜI GIAN ... THỰC" / "HIỆN**")
    if _all_caps(last) != _all_caps(first):
        return False   # a title in capitals does not run into body text
    if _all_caps(last) and not unit.blank_before and not last.endswith(_TERMINAL):
        return True    # a title in capitals wrapped ("II. MỤC" / "TIÊU")
    if last.endswith((",", "-")) and not last.endswith(" -"):
        return True
    if _OPEN_END.search(last, max(0, len(last) - _OPEN_END_REACH)) \
            and (not unit.blank_before or (wrapped and not first.lstrip("\"'“ ")[:1].isdigit())):
        # a line cut after a head noun or a joining word ("5. Sở" / "Khoa học ..."), in
        # wrapped text even across the blank OCR puts in ("... của Ban" / "" / "Chỉ đạo ...")
        return True
    if para.marker is not None and not unit.blank_before and len(para.pieces) == 1 \
            and len(last.split()) <= 8 and _HEADING_WAITS.search(last, max(0, len(last) - _OPEN_END_REACH)):
        return True
    if para.marker is not None and not unit.blank_before and _known_name_cut(last, first):
        return True    # a name the gazetteer knows cut by the line ("Mặt trận Tổ quốc Việt" / "Nam ...")
    # A short numbered heading over its body ("1. Về tiến độ giải ngân" / "Tỷ lệ ...").
    # (the heading may itself be wrapped: "1.1. Giao Sở Nông nghiệp" / "và Môi trường" / "Khẩn ...")
    # (not a line ending in a list's comma or semicolon: "3. Các bộ, cơ quan ngang bộ;" /
    # "Ủy ban nhân dân các tỉnh ... khẩn trương triển khai ...", the list goes on)
    limit = min(80, 0.6 * width) if wrapped else 80
    if para.marker is not None and para.marker.numbered and first[:1].isupper() \
            and sum(e - s for s, e in para.pieces) <= limit and not last.endswith((",", ";")):
        return False
    # ... or a numbered heading that only names its assignees, over lines ("2. Bộ trưởng các
    # Bộ," / "Chủ tịch Ủy ban nhân dân các tỉnh" / "Khẩn trương rà soát ...")
    if para.marker is not None and para.marker.numbered and first[:1].isupper() and len(para.pieces) > 1 \
            and not last.endswith((",", ";")) and sum(e - s for s, e in para.pieces) <= 250 \
            and names_only(" ".join(doc[s:e] for s, e in para.pieces)):
        return False
    # ... or one wrapped to the margin, then a line indented as a paragraph's first (text laid
    # out as its PDF prints it: "2.3. Đối với công tác ..." / "lượng trong ..." / "     Yêu cầu ...")
    if wrapped and para.marker is not None and para.marker.numbered and first[:1].isupper() \
            and len(para.pieces) > 1 and _indent(doc, prev) <= 1 and _indent(doc, unit) >= 4:
        return False
    if not last.endswith(_TERMINAL) and not last.endswith("./."):
        if unit.page_break and not _all_caps(first):
            return True    # a sentence broken by a page ("báo cáo Thủ tướng" / "2" / "Chính phủ ...")
        if not wrapped:
            # One paragraph a line: only a line broken without a blank continues.
            return not unit.blank_before
        # After a blank line, a capital starts a new paragraph: page breaks inside
        # a sentence go on in lower case or with a number ("số ⏎⏎33/CT-TTg").
        return not unit.blank_before or first[:1].isdigit()
    if last.endswith(";") and para.marker is not None and para.marker.numbered \
            and len(para.pieces) == 1 and not unit.blank_before \
            and names_only(doc[max(prev.start, para.marker.end):prev.end - 1]):
        return True    # a numbered item's first line of names ends a list's part ("3. Các bộ;" / "Ủy ban ...")
    if last.endswith(":") or _NOTICE.match(first):
        return False   # a lead-in ends its paragraph; the closing notice opens its own
    if (f := read_field(first)) is not None and f.value_start < len(first):
        return False   # a plan's field line ("Thời gian: Quý III/2026.") stands alone, as its bullet would
    if wrapped and not unit.blank_before and prev.end - prev.start >= 0.8 * width:
        # a sentence that ends at the right margin, mid-paragraph; but a short capitalised
        # line that ends no sentence, after it, is the first line of an indented paragraph
        # (shorter by its indent in a text copied from a PDF)
        return not (len(first) < 0.65 * width and not first.endswith(_TERMINAL) and first[:1].isupper())
    return False


def _indent(doc: str, unit: _Unit) -> int:
    """How far the unit's line is indented (its leading blanks)."""
    return unit.start - (doc.rfind("\n", 0, unit.start) + 1)


def paragraphs(doc: str, start: int = 0, end: int | None = None,
               skip: list[tuple[int, int]] = ()) -> list[Paragraph]:
    """The paragraphs of doc[start:end], each opened by its marker if it has one;
    the ranges in `skip` (task tables, read on their own) are left out."""
    end = len(doc) if end is None else end
    markers: dict[tuple[int, int], Marker | None] = {}    # by line: each is read once
    units = _split_stuck_labels(doc, _units(doc, start, end, list(skip)), markers)
    wrapped, width = _is_wrapped(doc, units)
    paras: list[Paragraph] = []
    last_unit: _Unit | None = None
    sequences = _Sequences()
    at_page_foot: list[Paragraph] = []      # the paragraphs a page break follows
    for u in units:
        if u.page_break and paras:
            at_page_foot.append(paras[-1])
        marker = sequences.check(_marker_of(doc, u, markers))
        name_goes_on = marker is not None and marker.kind == "dash" \
            and _wraps_into(doc, last_unit, u, paras, wrapped, width)
        if name_goes_on:
            marker = None   # "Bộ Lao động⏎- Thương binh và Xã hội": a name broken at its dash
        elif marker is not None and marker.numbered and not u.blank_before and last_unit is not None \
                and _AWAITS_NUMBER.search(doc, max(last_unit.start, last_unit.end - _CITING_REACH), last_unit.end):
            marker = None   # "quy định tại Khoản⏎3 - Điều 61 Luật Lâm nghiệp": the number of a reference
        if marker or not paras or u.cell or last_unit.cell \
                or not (name_goes_on or _continues(doc, last_unit, u, paras[-1], wrapped, width)):
            s = marker.end if marker else u.start
            if s >= u.end:     # a bare marker line: its text is on the next line
                paras.append(Paragraph([], marker))
                last_unit = u
                continue
            paras.append(Paragraph([(s, u.end)], marker))
        else:
            paras[-1].pieces.append((u.start, u.end))
        last_unit = u
    paras = [p for p in paras if p.pieces or _adopt(p, paras)]
    paras = _without_footnotes(doc, start, paras, at_page_foot)
    for p in paras:
        p.text, p._starts = _join(doc, p.pieces)
    return paras


# A footnote at a page's foot, as a PDF's text prints it ("1 Hồ sơ ... được quy định tại ..."
# over the page number): its number stuck to a word of the page above, or to a year ("... pháp
# luật1.", "... năm 20243."; not "m2", "CO2"). Page furniture, like the page number: no part of
# the letter's text. A page's notes are the paragraphs before its break that are each one.
_FOOTNOTE = regex.compile(r"[ \t]*(?P<n>[1-9]\d?)[ \t]+\p{Lu}")
# (the matching view parts a word from digits stuck to it, "luật 1.": a mark so parted must end
# its clause, where "khoản 1 Điều 8" goes on)
_FOOTNOTE_MARK = regex.compile(r"(?<![\p{L}\d])\p{Ll}{3,}(?:(?P<n>[1-9]\d?)(?=[ \t\n.,;:)]|$)|[ ](?P<n>[1-9]\d?)(?=[.,;:)]))"
                               r"|(?<![\d/.-])(?:19|20)\d\d(?P<n>[1-9]\d?)(?=[ \t\n.,;:)]|$)")
_PAGE_REACH = 5000          # about a page of text: where a note's mark is looked for


def _without_footnotes(doc: str, start: int, paras: list[Paragraph], at_page_foot: list[Paragraph]) -> list[Paragraph]:
    notes: set[int] = set()
    index = {id(p): i for i, p in enumerate(paras)}
    for last in at_page_foot:
        i = index.get(id(last))
        while i is not None and i >= 0 and _is_footnote(doc, start, paras[i]):
            notes.add(id(paras[i]))
            i -= 1
    return [p for p in paras if id(p) not in notes] if notes else paras


def _is_footnote(doc: str, start: int, p: Paragraph) -> bool:
    if p.marker is not None or not p.pieces or (m := _FOOTNOTE.match(doc, p.pieces[0][0])) is None:
        return False
    at = p.pieces[0][0]
    return any(mark["n"] == m["n"] for mark in _FOOTNOTE_MARK.finditer(doc, max(start, at - _PAGE_REACH), at))


# What OCR prints for a digit of a marker: "Z." for "7.", "S." for "5.".
_DIGIT_SHAPES = {"Z": 7, "S": 5, "B": 8, "G": 6, "O": 0, "I": 1, "T": 7, "J": 1}


class _Sequences:
    """Capital-letter markers must be a sequence from "A." ("A. MỤC ĐÍCH", "B. NỘI DUNG");
    one that continues none is OCR's reading of another marker ("Z." where "7." follows
    "6.", "B)" for "b)") or no marker at all."""

    def __init__(self):
        self.last_capital: tuple[int, str] | None = None     # value and closing mark
        self.last_arabic: int | None = None
        self.last_paren: Marker | None = None     # the last "(h)" or "(iv)"

    def check(self, marker: Marker | None) -> Marker | None:
        if marker is None:
            return None
        if marker.kind == "arabic" and marker.value is not None:
            self.last_arabic = marker.value
        if marker.kind in ("paren_letter", "paren_roman"):
            marker = self._paren(marker)
        if marker.kind != "capital":
            return marker
        value, mark = marker.value, marker.raw[-1:]
        last = self.last_capital
        if (value == 1 and last is None) or (last and value == last[0] + 1 and mark == last[1]):
            self.last_capital = (value, mark)
            return marker
        digit = _DIGIT_SHAPES.get(marker.label)
        if digit is not None and self.last_arabic is not None and digit == self.last_arabic + 1 \
                and marker.raw.endswith("."):
            self.last_arabic = digit
            return Marker("arabic", str(digit), marker.raw, marker.start, marker.end, ocr=True)
        if marker.raw.endswith(")"):
            return Marker("letter", marker.label.lower(), marker.raw, marker.start, marker.end, ocr=True)
        return None


    def _paren(self, marker: Marker) -> Marker:
        """"(i)", "(v)", "(x)" are roman numerals unless they continue a sequence of letters
        ("(h)" then "(i)")."""
        last = self.last_paren
        if marker.kind == "paren_letter" and marker.label in ("i", "v", "x"):
            roman = ROMAN[marker.label.upper()]
            as_letter = last is not None and last.kind == "paren_letter" \
                and last.value is not None and marker.value == last.value + 1
            as_roman = roman == 1 or (last is not None and last.kind == "paren_roman"
                                      and last.value is not None and roman == last.value + 1)
            if as_roman and not as_letter:
                marker = Marker("paren_roman", marker.label, marker.raw, marker.start, marker.end, marker.ocr)
        self.last_paren = marker
        return marker


# A sub-item's number a crawler joined to the line above ("... tiến bộ 1.1." then its
# text on the next line) or into it ("... đình công 3.1. Rà soát ..."): it is the sub-item
# of the item the line belongs to when its first part is that item's number.
_STUCK_LABEL = regex.compile(r"(?m)(?<=\S)[ \t]+(?P<label>(?P<major>\d{1,2})\.\d{1,2}\.?)(?:[ \t]*$|[ \t]+(?=\p{Lu}))")


# Lettered items run together on one line: "a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối
# hợp: ... c) Thời gian thực hiện: ..." (the next letter of the sequence, after a space).
_INLINE_LETTER = regex.compile(r"(?<=\S)[ \t]+(?P<label>[a-zđ])\)[ \t]+(?=\S)")


def _marker_of(doc: str, u: _Unit, markers: dict[tuple[int, int], Marker | None]) -> Marker | None:
    key = (u.start, u.end)
    if key not in markers:
        markers[key] = find_marker(doc, u.start, u.end)
    return markers[key]


def _split_stuck_labels(doc: str, units: list[_Unit],
                        markers: dict[tuple[int, int], Marker | None]) -> list[_Unit]:
    out: list[_Unit] = []
    major: str | None = None
    inline: tuple[tuple[str, int], ...] = ()     # the next label of each run-in enumeration open
    for u in units:
        marker = _marker_of(doc, u, markers)
        if marker is not None:
            inline = ()
            # a run-in enumeration's first label at the start of the line after its colon
            # ("... Cụ thể:" / "(i) Rà soát ...; (ii)" / "Tổ chức ...; (iii) ..."): its next
            # labels run in
            first = _RUN_IN_FIRST.get(doc[marker.start:marker.end].strip().rstrip("."))
            if first and _COLON_BEFORE.search(doc, max(0, u.start - 200), u.start):
                inline = ((first, 2),)
        if marker and marker.kind in ("arabic", "decimal") and marker.label:
            major = marker.label.split(".")[0]
        # (a stuck label starts with the item's number and a dot: most lines have none)
        stuck = major is not None and doc.find(major + ".", u.start, u.end) >= 0
        cuts = [m for m in _STUCK_LABEL.finditer(doc, u.start, u.end)
                if m["major"] == major and not (marker and m.start() < marker.end)] if stuck else []
        if marker and marker.kind == "letter" and marker.label in _LETTERS:
            expected = _LETTERS.index(marker.label) + 1
            for m in _INLINE_LETTER.finditer(doc, marker.end, u.end):
                if expected < len(_LETTERS) and m["label"] == _LETTERS[expected]:
                    cuts.append(m)
                    expected += 1
        if marker and marker.numbered:
            cuts += _heading_dash(doc, marker.end, u.end)
        if ")" in doc[u.start:u.end]:
            runs, inline = _run_in(doc, u, inline)
            cuts += runs
        pieces = [u]
        for m in sorted(cuts, key=lambda m: m.start()):
            last = pieces.pop()
            pieces += [_Unit(last.start, m.start(), last.blank_before, last.cell),
                       _Unit(m.start("label"), last.end, False, last.cell)]
        out.extend(pieces)
    return out


_LETTERS = "abcdđefghiklmnopqrstuvxy"
# A run-in enumeration: "... Giao X: (i) Chỉ đạo ...; (ii) Chỉ đạo ..." (markup between).
# ("a) ...; b) ..." too, without the opening bracket; a label may end its line, its text on
# the next: "...; (4)" / "Tham mưu ...")
_RUN_IN = regex.compile(r"(?<=[:;.])[ \t*_]*(?P<label>\(?(?P<v>[ivx]{1,4}|\d{1,2}|[a-zđ])\)\.?)"
                        r"(?:[ \t*_]+(?=\p{L})|[ \t*_]*$)")
_ROMANS = [k.lower() for k in sorted(ROMAN, key=ROMAN.get)]
_RUN_IN_FIRST = {"(i)": "roman", "(1)": "arabic", "(a)": "letter"}
_COLON_BEFORE = regex.compile(r":[ \t*_]*\n[ \t]*$")


def _run_in(doc: str, u: _Unit, expected: tuple[tuple[str, int], ...]) -> tuple[list[regex.Match],
                                                                              tuple[tuple[str, int], ...]]:
    """The labels of a run-in enumeration in a line: the first ("(i)", "(1)", "(a)") only
    after a colon, each next one in sequence after a full stop or semicolon, on this line
    or the lines after it. `expected`: the label each enumeration open above waits for,
    the outermost first; an enumeration may open inside another's item ("(3) các bộ tập
    trung: (i) ...; (ii) ...; (4) ..."), and a label of an outer one closes it."""
    cuts = []
    for m in _RUN_IN.finditer(doc, u.start, u.end):
        v, before = m["v"], doc[u.start:m.start()].rstrip(" \t*_")
        level = next((i for i in range(len(expected) - 1, -1, -1) if _is_label(v, expected[i])), None)
        if level is None:
            if v in ("i", "1", "a") and before.endswith(":"):
                expected += (("roman" if v == "i" else "arabic" if v == "1" else "letter", 1),)
                level = len(expected) - 1
            else:
                continue
        if not before:
            continue      # at the line's start: a marker of its own
        cuts.append(m)
        kind, n = expected[level]
        expected = expected[:level] + ((kind, n + 1),)
    return cuts, expected


def _is_label(v: str, expected: tuple[str, int]) -> bool:
    kind, n = expected
    if kind == "roman":
        return n <= len(_ROMANS) and v == _ROMANS[n - 1]
    if kind == "arabic":
        return v == str(n)
    return n <= len(LETTERS) and v == LETTERS[n - 1]
# "b) Bộ Tài chính __ - Trình Chính phủ ...": an agency heading and its first bullet on one line
_DASH_AFTER = regex.compile(r"[ \t]+[_~]*[ \t]*(?P<label>[-–])[ \t]+(?=\p{Lu})")


def names_only(text: str) -> bool:
    """Does `text` only name agencies (an assignee heading)?"""
    from pipeline.assignees import agency_only     # layout stays free of extractors otherwise

    return agency_only(text) is not None


# a body's second name by its role: "Cơ quan thường trực ...", "Cơ quan chủ trì ..."
_ROLE_NAME = regex.compile(r"Cơ[ \t\n]+quan[ \t\n]+(?:[Tt]hường[ \t\n]+trực|[Cc]hủ[ \t\n]+trì)(?!\p{L})")


def _heading_dash(doc: str, start: int, end: int) -> list[regex.Match]:
    from extractors.agencies import find_agencies, is_named_body   # layout stays free of extractors otherwise

    m = _DASH_AFTER.search(doc, start, min(end, start + 120))
    if m and names_only(doc[start:m.start()]):
        # (not an apposition naming the body's role, "Giao Bộ Tài chính - Cơ quan thường
        # trực Ban Chỉ đạo đôn đốc ...", nor a second subject, "1. Sở Y tế - Công an tỉnh
        # tăng cường ...": the order goes on after the second name)
        after = find_agencies(doc[m.end():min(end, m.end() + 160)])
        if (after and after[0].start == 0) or _ROLE_NAME.match(doc, m.end(), end):
            return []
        # (not a name with a dash in it read whole on its line, "Cục Kinh tế - Quản lý đầu tư
        # xây dựng" as the letter's addressees name it)
        line_end = doc.find("\n", m.end(), end)
        if not is_named_body(doc[start:end if line_end < 0 else line_end].strip(" \t.;:")):
            return [m]
    return []


def _wraps_into(doc: str, prev: _Unit | None, unit: _Unit, paras: list[Paragraph],
                wrapped: bool = False, width: int = 0) -> bool:
    """A line that opens with "- " continues the line before it when that line stops
    mid-phrase (no final punctuation) and either a name runs over the dash ("Bộ Lao động"
    / "- Thương binh và Xã hội"; past a blank line, a name the gazetteer knows) or, in
    wrapped text with no blank between, the line before reaches the right margin. A "- " line after a heading's last line, or after a short
    line, opens a bullet ("... và đặc khu" / "- Tiếp tục triển khai ...")."""
    if prev is None or not paras or prev.cell:
        return False
    last = doc[prev.start:prev.end]
    if last.endswith(_TERMINAL) or last.endswith("./.") or _all_caps(last):
        return False
    line = doc[unit.start:unit.end]
    if unit.blank_before:
        # (a blank OCR put inside a known name: "Sở Lao động" / "" / "- Thương binh và Xã hội")
        return _known_name_crosses(last, line)
    if _name_crosses(last, line):
        return True
    return wrapped and prev.end - prev.start >= 0.9 * width and not _opens_order(line)


def _known_name_crosses(last: str, line: str) -> bool:
    """Does a name of the gazetteer run from the end of `last` over the dash into `line`?"""
    from extractors.agencies import is_known_name   # layout stays free of extractors otherwise

    before = last.split()
    after = [w.rstrip(",;.:") for w in line.lstrip("-–—−_~ ").split()]
    return any(is_known_name(" ".join([*before[-k:], "-", *after[:n]]))
               for k in range(1, min(len(before), 6) + 1) for n in range(1, min(len(after), 6) + 1))


def _known_name_cut(last: str, line: str) -> bool:
    """Does a name of the gazetteer run from the end of `last` into `line`, where its part
    before the break is no name of its own ("Sở Y tế" / "Tỉnh ..." is a heading and a
    sentence)?"""
    from extractors.agencies import is_known_name   # layout stays free of extractors otherwise

    before = last.split()
    after = [w.rstrip(",;.:") for w in line.split()[:4]]
    return any(is_known_name(" ".join([*before[-k:], *after[:n]])) and not is_known_name(" ".join(before[-k:]))
               for k in range(1, min(len(before), 8) + 1) for n in range(1, len(after) + 1))


def _opens_order(line: str) -> bool:
    from extractors.roles import starts_with_action
    return starts_with_action(line.lstrip("-–—−_~ "))


def _name_crosses(last: str, line: str) -> bool:
    """Does an agency name run from `last` over the dash into `line`? Not when the
    line after the dash opens with an order ("- Chủ trì, ...": a bullet)."""
    from extractors.agencies import find_agencies   # layout stays free of extractors otherwise
    from extractors.roles import starts_with_action

    if starts_with_action(line.lstrip("-–—−_~ ")):
        return False
    joined = f"{last} {line}"
    return any(a.start < len(last) < a.end for a in find_agencies(joined))


def _adopt(p: Paragraph, paras: list[Paragraph]) -> bool:
    """A marker alone on its line takes the text of the paragraph after it; an article's
    ("Điều 3." / "1. Chính phủ báo cáo ...") heads the items after it with no text of its own."""
    i = paras.index(p)
    if i + 1 < len(paras) and paras[i + 1].marker is None and paras[i + 1].pieces:
        p.pieces, paras[i + 1].pieces = paras[i + 1].pieces, []
        return True
    if p.marker is not None and p.marker.kind == "dieu" and i + 1 < len(paras) and paras[i + 1].marker is not None:
        p.pieces = [(p.marker.end, p.marker.end)]
        return True
    return False
