"""Cited documents: the three symbol systems of DOMAIN.md §1, lists, dates, issuers.

- government, administrative: `33/CT-TTg`, `2757/SKHCN-CĐS`, `02/TTr-CAT-ANCTNB`
- government, normative (with a year): `30/2020/NĐ-CP`, `25/2008/QH12`
- Party: `57-NQ/TW`, `01-KL/BCĐ`, `616-CV/VPTW`
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.dates import BROKEN_YEAR, NGAY, DateMatch, match_date_at, find_dates
from extractors.patterns import OPT_WS, collapse

_SPACES = regex.compile(r"\s+")
# One group of a symbol: capitals, `&`, digits, and at most one lower-case
# letter inside (`TTg`, `CTr`, `TTr`, `QyĐ`); never a Vietnamese word ("Sở").
# OCR may put a space before an `&` that is glued to the next capital
# ("QH &PTĐT"); an `&` with spaces on both sides joins two things ("12/UBND & 13/UBND").
# ... and OCR or a typist a space after an `&` glued to the capital before it ("QLN& TTBĐS").
_CAPS = r"[A-ZĐ&]*(?:(?:[ \t]&(?=[A-ZĐ])|(?<=[A-ZĐ]&)[ \t](?=[A-ZĐ]))[A-ZĐ&]*)*"
# (a department numbered in the Government Office's way: "8601/VPCP-V.I")
_GROUP = rf"(?:V\.[IVX]{{1,4}}|[A-ZĐ]{_CAPS}[a-zđ]?{_CAPS}\d*)(?![\p{{L}}\d])"
_HYPHEN = rf"{OPT_WS}-(?:{OPT_WS}-)?{OPT_WS}"     # OCR may double it: "889/CD- -TTg"

GOV = regex.compile(
    # (a numbered series of one year's resolutions: "Nghị quyết số 66.7/2025/NQ-CP")
    rf"(?<![\d/.\-\p{{L}}])(?P<num>\d{{1,6}}(?:\.\d{{1,2}}(?={OPT_WS}/{OPT_WS}(?:19|20)\d\d))?){OPT_WS}/{OPT_WS}"
    rf"(?:(?P<year>(?:19|20)\d{{2}}|{BROKEN_YEAR}){OPT_WS}/{OPT_WS})?"
    rf"(?P<sym>(?:UBTV)?QH\d{{1,2}}(?![\p{{L}}\d])|{_GROUP}(?:{_HYPHEN}{_GROUP})+)"
)
_PARTY_CAPS = r"[A-ZĐ0-9&]*(?:[ \t]&(?=[A-ZĐ])[A-ZĐ0-9&]*)*"
PARTY = regex.compile(
    rf"(?<![\d/.\-\p{{L}}])(?P<num>\d{{1,6}}){_HYPHEN}(?P<type>[A-ZĐ][A-Za-zĐđ]{{0,3}})"
    rf"{OPT_WS}/{OPT_WS}(?P<sym>[A-ZĐ]{_PARTY_CAPS}(?:-[A-ZĐ0-9&]{_PARTY_CAPS})*)(?![\p{{L}}\d])"
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
# Words after which the issuer's name is over, time limits among them ("của UBND tỉnh
# trước ngày ..."); a line may break inside them.
_ISSUER_ENDS = "|".join(w.replace(" ", r"[ \t\r\n]+") for w in (
    "về", "và", "quy định", "hướng dẫn", "ban hành", "phê duyệt", "tại", "đối với", "trong",
    "thì", "đã", "để", "nhằm", "trước", "sau", "kể từ", "từ", "đến", "tới", "chậm nhất"))
_ISSUER_AFTER = regex.compile(
    r"[ \t\r\n]*,?[ \t\r\n]*của[ \t\r\n]+(?P<issuer>(?:[^,;.()\n]|\n(?![ \t]*\n)){2,80}?)"
    r"(?=[ \t\r\n]+(?:" + _ISSUER_ENDS + r")\b"
    rf"|[ \t\r\n]+{NGAY}[ \t\r\n]*\d|[,;.()]|\Z)",
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
    # a list member ("614" of "số 614, 615, 616-CV/VPTW"): the mention printing the symbol
    head: CitationMention | None = field(default=None, repr=False)
    # what OCR broke and was read across a space: the symbol's year ("201 9"), the date
    repaired: list[str] = field(default_factory=list)


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
        year = _squash(m["year"]) if m["year"] else None
        tail = f"/{year + '/' if year else ''}{sym}"
        type_abbr = sym.split("-")[0] if "-" in sym else ("QH" if "QH" in sym else None)
        c = CitationMention(m.start(), m.end(), m["num"] + tail, m["num"],
                            int(year) if year else None, type_abbr,
                            repaired=[f"year {m['year']!r}"] if year and year != m["year"] else [])
        found += [c, *_list_numbers(text, c, tail)]
    for m in PARTY.finditer(text):
        tail = f"-{m['type']}/{_squash(m['sym'])}"
        c = CitationMention(m.start(), m.end(), m["num"] + tail, m["num"], None, m["type"])
        found += [c, *_list_numbers(text, c, tail)]
    found.sort(key=lambda c: c.start)
    return found


def _list_numbers(text: str, head: CitationMention, tail: str) -> list[CitationMention]:
    """The numbers listed before a mention that share its symbol, and its date and
    issuer: "các công văn số 614, 615, 616-CV/VPTW ngày ..." is three documents."""
    at = _LIST_HEAD.search(text, max(0, head.start - 80), head.start)
    if not at:
        return []
    return [CitationMention(at.start() + n.start(), at.start() + n.end(), n.group() + tail,
                            n.group(), head.year, head.type_abbr, head=head)
            for n in _NUMBER.finditer(text[at.start():head.start])]


_NUMBER = regex.compile(r"\d{1,6}")


# Between a mention and its date: a comma, a mark OCR left (".", "'"), a verb of signing
# or issuing ("được ký kết ngày", "ban hành ngày").
_LEAD_IN = regex.compile(
    r"[ \t\r\n]*(?P<mark>[,.'’`_~])?[ \t\r\n]*"
    r"(?:(?:được[ \t\r\n]+)?(?:ký[ \t\r\n]+kết|ký|ban[ \t\r\n]+hành|thông[ \t\r\n]+qua)"
    r"[ \t\r\n]+(?:vào[ \t\r\n]+)?)?",
    regex.IGNORECASE,
)
# Words that make the date after them a time limit or a start, not a document's date.
_TIME_WORD = regex.compile(
    r"(?<!\p{L})(?:trước|sau|từ|đến|tới|hết|hạn|chậm nhất|hiệu lực|vào|trong)(?!\p{L})",
    regex.IGNORECASE,
)


def _date_after(text: str, pos: int) -> DateMatch | None:
    """The date printed right after a mention. After a stray full stop only a lower-case
    "ngày" continues the phrase ("12/KH-UBND. ngày 05/3/2026"): "12/KH-UBND. Ngày
    05/3/2026, Sở ..." opens a new sentence with a date of its own."""
    lead = _LEAD_IN.match(text, pos)
    d = match_date_at(text, lead.end())
    if d is None:
        return None
    if lead["mark"] not in (None, ",") and not (d.has_ngay(text) and text[d.start].islower()):
        return None
    return d


_BLANK = regex.compile(r"[ \t\r\n]+")


def _date_after_issuer(text: str, c: CitationMention, ceiling: int):
    """ "Công văn số 88/BTC-NSNN của Bộ Tài chính ngày 05/3/2026": the issuer, then its
    date; not a time limit that follows ("của UBND tỉnh trước ngày 30/6")."""
    iss = _ISSUER_AFTER.match(text, c.end)
    if not iss or len(iss["issuer"].split()) > 10 or _TIME_WORD.search(iss["issuer"]):
        return None, None
    gap = _BLANK.match(text, iss.end())
    d = match_date_at(text, gap.end()) if gap else None
    if d is None or not d.has_ngay(text) or d.start >= ceiling:
        return iss, None
    return iss, d


def _attach_details(text: str, mentions: list[CitationMention]) -> None:
    for i, c in enumerate(mentions):
        if c.head is not None:
            continue          # a list member takes its head's details below
        ceiling = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        d, iss = _date_after(text, c.end), None
        if d is None:
            iss, d = _date_after_issuer(text, c, ceiling)
            if d is None:
                iss = None
                prev = mentions[i - 1] if i else None
                floor = max(prev.end, prev.date_span[1] if prev.date_span else 0) if prev else 0
                d = _date_before(text, c, floor)
        tail = c.end
        if d is not None:
            c.date, c.date_span, tail = d.iso, (d.start, d.end), max(c.end, d.end)
            if d.broken:
                c.repaired.append(f"date {' '.join(text[d.start:d.end].split())!r}")
        if iss is None:
            iss = _ISSUER_AFTER.match(text, tail) if tail >= c.end else None
        if iss and len(iss["issuer"].split()) <= 10:
            c.issuer = collapse(iss["issuer"])
        c.doc_type = _doc_type(text, c)
        if c.year is None and c.date:
            c.year = int(c.date[:4])
    for c in mentions:
        if c.head is not None:
            c.date, c.date_span, c.issuer = c.head.date, c.head.date_span, c.head.issuer
            c.year = c.year or c.head.year
            c.doc_type = _doc_type(text, c) or c.head.doc_type


def _doc_type(text: str, c: CitationMention) -> str | None:
    before = _TYPE_BEFORE.search(text, max(0, c.start - 40), c.start)
    if before:
        return collapse(before["type"]).lower()
    if c.type_abbr and c.type_abbr.casefold() in ABBR_TYPES:
        return ABBR_TYPES[c.type_abbr.casefold()]
    return None


# The look-back: "Ngày 12/3/2020, Bộ X đã ban hành Công văn số ..." (letter 034). The
# date opens its clause and the mention is the object of a verb of issuing after it.
# Not: a time limit ("trước ngày 15/6/2013 (ngày Quyết định số ... có hiệu lực)"), the
# letter's own date above its V/v line, a date of another document.
_ISSUED = regex.compile(
    r"(?<!\p{L})(?:ban[ \t\r\n]+hành|phát[ \t\r\n]+hành|ký[ \t\r\n]+kết|ký|có|gửi|thông[ \t\r\n]+qua)"
    r"(?:[ \t\r\n]+[\p{L}\d]+)?[ \t\r\n]+"
    r"(?:" + "|".join(sorted((t.replace(" ", r"[ \t\r\n]+") for t in DOC_TYPES), key=len, reverse=True))
    + r")(?!\p{L})",
    regex.IGNORECASE,
)
_GOES_ON = regex.compile(r"[ \t,]*\p{L}")
_OPENER = regex.compile(r"(?:^|[.;:,\n])[ \t]*(?:vào[ \t]+)?$", regex.IGNORECASE)


def _date_before(text: str, c: CitationMention, floor: int) -> DateMatch | None:
    """The nearest "ngày" date before a mention in its clause, after the previous
    mention and its date, if it opens the clause, goes on on its own line (a letter's
    date ends its line) and a verb after it issues the mentioned document."""
    lo = max(floor, c.start - 160)
    clause = text[lo:c.start]
    cut = max(clause.rfind(";"), clause.rfind(". "), clause.rfind("\n\n"))
    lo = lo + cut + 1 if cut >= 0 else lo
    dates = [d for d in find_dates(text, lo, c.start) if d.has_ngay(text)]
    if not dates:
        return None
    d = dates[-1]           # only the nearest: an earlier one is not this mention's either
    head = text[max(0, d.start - 40):d.start]
    opens = _OPENER.search(head) is not None and (d.start <= 40 or head.strip(" \t") != "")
    goes_on = _GOES_ON.match(text, d.end) is not None
    if not (opens and goes_on) or not _ISSUED.search(text, d.end, c.start):
        return None
    return d


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
