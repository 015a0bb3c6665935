"""Cited documents: the three symbol systems of DOMAIN.md §1, lists, dates, issuers.

- government, administrative: `33/CT-TTg`, `2757/SKHCN-CĐS`, `02/TTr-CAT-ANCTNB`
- government, normative (with a year): `30/2020/NĐ-CP`, `25/2008/QH12`
- Party: `57-NQ/TW`, `01-KL/BCĐ`, `616-CV/VPTW`
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.dates import match_date_at, find_dates
from extractors.patterns import OPT_WS, collapse

_SPACES = regex.compile(r"\s+")
_AFTER = regex.compile(r"[ \t\r\n]*,?[ \t\r\n]*(?:ban hành[ \t\r\n]+)?")
# One group of a symbol: capitals, `&`, digits, and at most one lower-case
# letter inside (`TTg`, `CTr`, `TTr`, `QyĐ`); never a Vietnamese word ("Sở").
_GROUP = r"[A-ZĐ](?:[A-ZĐ&]*[a-zđ]?[A-ZĐ&]*)\d*(?![\p{L}\d])"
_HYPHEN = rf"{OPT_WS}-(?:{OPT_WS}-)?{OPT_WS}"     # OCR may double it: "889/CD- -TTg"

GOV = regex.compile(
    rf"(?<![\d/.\-\p{{L}}])(?P<num>\d{{1,6}}){OPT_WS}/{OPT_WS}"
    rf"(?:(?P<year>(?:19|20)\d{{2}}){OPT_WS}/{OPT_WS})?"
    rf"(?P<sym>(?:UBTV)?QH\d{{1,2}}(?![\p{{L}}\d])|{_GROUP}(?:{_HYPHEN}{_GROUP})+)"
)
PARTY = regex.compile(
    rf"(?<![\d/.\-\p{{L}}])(?P<num>\d{{1,6}}){_HYPHEN}(?P<type>[A-ZĐ][A-Za-zĐđ]{{0,3}})"
    rf"{OPT_WS}/{OPT_WS}(?P<sym>[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ0-9&]+)*)(?![\p{{L}}\d])"
)
# Numbers that share the symbol that follows: "số 614, 615, 616-CV/VPTW".
_LIST_HEAD = regex.compile(r"(?:(?<![\d/])\d{1,6}[ \t]*(?:,|và)[ \t]*)+$")

DOC_TYPES = {
    "chỉ thị": "CT", "nghị quyết": "NQ", "quyết định": "QĐ", "kế hoạch": "KH",
    "công văn": None, "văn bản": None, "thông tư": "TT", "nghị định": "NĐ",
    "tờ trình": "TTr", "kết luận": "KL", "thông báo": "TB", "luật": None,
    "quy định": "QyĐ", "hướng dẫn": "HD", "chương trình": "CTr", "đề án": "ĐA",
    "báo cáo": "BC", "công điện": "CĐ", "pháp lệnh": None, "quy chế": "QC",
    "thông tư liên tịch": "TTLT",
}
ABBR_TYPES = {v.casefold(): k for k, v in DOC_TYPES.items() if v}
ABBR_TYPES.update({"qd": "quyết định", "cv": "công văn", "qh": "luật"})
_TYPE_BEFORE = regex.compile(
    r"(?P<type>" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r")"
    r"(?:[ \t\r\n]+(?:số|liên tịch số))?[ \t\r\n]*$",
    regex.IGNORECASE,
)
_ISSUER_AFTER = regex.compile(
    r"[ \t\r\n]*,?[ \t\r\n]*của[ \t\r\n]+(?P<issuer>(?:[^,;.()\n]|\n(?![ \t]*\n)){2,80}?)"
    r"(?=[ \t\r\n]+(?:về|và|quy định|hướng dẫn|ban hành|phê duyệt|tại|đối với|trong|thì|đã|để|nhằm)\b|[,;.()]|\Z)",
    regex.IGNORECASE,
)


@dataclass
class CitationMention:
    start: int
    end: int
    ref: str             # normalised symbol, e.g. "1521/QĐ-UBND"
    number: str
    year: int | None
    type_abbr: str | None
    date: str | None = None
    date_span: tuple[int, int] | None = None
    issuer: str | None = None
    doc_type: str | None = None


@dataclass
class CitationGroup:
    key: str
    mentions: list[CitationMention] = field(default_factory=list)


def citation_key(ref: str) -> str:
    """Comparison key: case-, space- and D/Đ-insensitive (ANNOTATION.md)."""
    return _SPACES.sub("", ref).casefold().replace("đ", "d")


def _squash(symbol: str) -> str:
    """Line breaks, stray spaces and an OCR'd double hyphen removed from a symbol."""
    return _SPACES.sub("", symbol).replace("--", "-")


def _raw_mentions(text: str) -> list[CitationMention]:
    found: list[CitationMention] = []
    for m in GOV.finditer(text):
        sym = _squash(m["sym"])
        year = m["year"]
        ref = f"{m['num']}/{year + '/' if year else ''}{sym}"
        type_abbr = sym.split("-")[0] if "-" in sym else ("QH" if "QH" in sym else None)
        found.append(CitationMention(m.start(), m.end(), ref, m["num"],
                                     int(year) if year else None, type_abbr))
        found.extend(_list_numbers(text, m.start(), f"/{year + '/' if year else ''}{sym}",
                                   int(year) if year else None, type_abbr))
    for m in PARTY.finditer(text):
        sym = f"{m['type']}/{_squash(m['sym'])}"
        found.append(CitationMention(m.start(), m.end(), f"{m['num']}-{sym}", m["num"],
                                     None, m["type"]))
        found.extend(_list_numbers(text, m.start(), f"-{sym}", None, m["type"]))
    found.sort(key=lambda c: c.start)
    return found


def _list_numbers(text: str, start: int, suffix: str, year: int | None,
                  type_abbr: str | None) -> list[CitationMention]:
    head = _LIST_HEAD.search(text, max(0, start - 80), start)
    if not head:
        return []
    return [
        CitationMention(n.start(), n.end(), n.group() + suffix, n.group(), year, type_abbr)
        for n in regex.finditer(r"\d{1,6}", text[head.start():start])
        for n in [_Shift(n, head.start())]
    ]


class _Shift:
    """A match moved by `offset`, so list numbers report positions in the text."""

    def __init__(self, m: regex.Match, offset: int):
        self._m, self._o = m, offset

    def start(self) -> int:
        return self._m.start() + self._o

    def end(self) -> int:
        return self._m.end() + self._o

    def group(self) -> str:
        return self._m.group()


def _attach_details(text: str, mentions: list[CitationMention]) -> None:
    for i, c in enumerate(mentions):
        after = _AFTER.match(text[c.end:c.end + 40])
        pos = c.end + (after.end() if after else 0)
        d = match_date_at(text, pos)
        if d is None:
            prev = mentions[i - 1] if i else None
            floor = max(prev.end, prev.date_span[1] if prev.date_span else 0) if prev else 0
            d = _date_before(text, c, floor)
        tail = c.end
        if d is not None:
            c.date, c.date_span, tail = d.iso, (d.start, d.end), max(c.end, d.end)
        iss = _ISSUER_AFTER.match(text, tail) if tail >= c.end else None
        if iss and len(iss["issuer"].split()) <= 10:
            c.issuer = collapse(iss["issuer"])
        before = _TYPE_BEFORE.search(text, max(0, c.start - 40), c.start)
        if before:
            c.doc_type = collapse(before["type"]).lower()
        elif c.type_abbr and c.type_abbr.casefold() in ABBR_TYPES:
            c.doc_type = ABBR_TYPES[c.type_abbr.casefold()]
        if c.year is None and c.date:
            c.year = int(c.date[:4])


def _date_before(text: str, c: CitationMention, floor: int):
    """ "ngày 16/8/2018 Bộ ... đã có Công văn số 3395/..." (letter 034): a date earlier
    in the same clause, with no other citation or citation date in between."""
    lo = max(floor, c.start - 120)
    clause = text[lo:c.start]
    cut = max(clause.rfind(";"), clause.rfind(". "), clause.rfind("\n\n"))
    lo = lo + cut + 1 if cut >= 0 else lo
    for d in reversed(find_dates(text, lo, c.start)):
        if text[d.start:d.start + 4].casefold() == "ngày":
            return d
    return None


def find_citations(text: str, exclude_refs: set[str] = frozenset()) -> list[CitationGroup]:
    """All cited documents in order of first mention, mentions grouped by document."""
    mentions = [c for c in _raw_mentions(text) if citation_key(c.ref) not in exclude_refs]
    _attach_details(text, mentions)
    groups: dict[str, CitationGroup] = {}
    for c in mentions:
        groups.setdefault(citation_key(c.ref), CitationGroup(citation_key(c.ref))).mentions.append(c)
    return list(groups.values())


def printed_ref(group: CitationGroup) -> str:
    """The form to report: the first one not printed in capitals (titles are upper case)."""
    for c in group.mentions:
        if c.ref != c.ref.upper():
            return c.ref
    return group.mentions[0].ref
