"""The letter's header and footer (Decree 30/2020/NĐ-CP, Phụ lục I): issuing body,
số/ký hiệu, place and date, type, V/v, Kính gửi, signer and Nơi nhận.

Works on the NFC text; every `Field` keeps the offsets where its value was read.
Layouts vary: both header columns on one line, markdown tables, OCR noise
("VAN PHONG CHÍNH PHU", "Site gửi:"), spaced-out letters, a missing header.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from extractors.dates import iso_date
from extractors.patterns import collapse, fold, leftmost
from extractors.vocabulary import load_yaml, provinces


@dataclass(frozen=True)
class Field:
    value: str | None
    start: int
    end: int


@dataclass
class Header:
    issuer: Field | None = None
    parent: Field | None = None
    number: Field | None = None
    symbol: Field | None = None
    symbol_year: int | None = None    # "08/2023/QĐ-UBND": normative texts print their year
    party: bool = False               # "1250-CV/TU": number and symbol joined by a hyphen
    place: Field | None = None
    date: str | None = None
    date_parts: tuple[int | None, int | None, int | None] = (None, None, None)
    date_field: Field | None = None
    doc_type: Field | None = None
    subject: Field | None = None
    recipients: list[Field] = field(default_factory=list)
    signer_authority: Field | None = None
    signer_title: Field | None = None
    signer_name: Field | None = None
    distribution: list[Field] = field(default_factory=list)
    body_start: int = 0
    closing_start: int = 0
    warnings: list[tuple[str, str, int, int]] = field(default_factory=list)


TYPES = ["thông báo", "chỉ thị", "quyết định", "kế hoạch", "nghị quyết", "công điện", "báo cáo",
         "tờ trình", "hướng dẫn", "chương trình", "thông tư", "nghị định", "quy chế", "quy định",
         "kết luận", "công văn", "giấy mời", "đề án"]
TYPE_ABBR = {"TB": "thông báo", "CT": "chỉ thị", "QĐ": "quyết định",
             "KH": "kế hoạch", "NQ": "nghị quyết", "CĐ": "công điện", "BC": "báo cáo",
             "TTr": "tờ trình", "HD": "hướng dẫn", "CTr": "chương trình", "TT": "thông tư",
             "NĐ": "nghị định", "QC": "quy chế", "QyĐ": "quy định", "KL": "kết luận",
             "GM": "giấy mời", "ĐA": "đề án", "CV": "công văn"}

# "Số: 2757/SKHCN-CĐS", "Số: /UBND-KGVX" (a draft), "Số:⏎08/2023/QĐ-UBND" (with a year).
# A narrow column may wrap the symbol after a hyphen ("/UBND-⏎VX").
# Party letters: "Số 1250-CV/TU" (HD 36-HD/VPTW: a hyphen before the type, colon optional).
# OCR may lower the case at the start of a line ("số: 4222 /TCT -PC").
# A group of a symbol has two capitals at least ("TCT", "TTg", "QyĐ"): a place after a
# spaced hyphen ("Số:7 /SNV-TCCB - Đà Lạt") is no group.
# (a department numbered in the Government Office's way: "8601/VPCP-V.I")
_GROUP = r"(?:V\.[IVX]{1,4}(?![\p{L}\d])|(?=\p{Lu}[\p{L}\d&]*?\p{Lu})[\p{Lu}][\p{L}\d&]*)"
_SYMBOL = rf"{_GROUP}(?:[ \t]*-[ \t]*\n?[ \t]*{_GROUP})*"
_SPECKS = frozenset("#$*~'`\"")
# "Số:" as OCR prints it: "Sô:", "S6:", "$6:"
_SO = r"(?:(?<!\p{L})(?:Số|SỐ|Sô|Sổ|S6|\$6|\$ố)|(?<=^|\n|\|)[ \t]*số(?=\s*:))"
_NUMBER = regex.compile(
    rf"{_SO}\s*(?:[:.]?\s*(?P<pnum>\d{{1,6}})\s*-\s*(?P<psym>[\p{{Lu}}][\p{{L}}]*\s*/\s*[\p{{Lu}}][\p{{L}}\d]*)"
    rf"|(?:[:.]\s*(?P<num>[^\s/|]{{0,12}}?)|[ \t]+(?P<num2>\d{{1,6}}))\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?"
    rf"(?P<sym>{_SYMBOL}))")
# No "Số": a number printed beside the place and date ("41 /CT-TTs Hà Nội, ngày ..."), or
# only in the title line ("... (3585/VP-KTN, ngày 23/10/2017).")
_BARE_NUMBER = regex.compile(rf"(?<![\d/.\p{{L}}])(?P<num>\d{{1,6}})[ \t]*/[ \t]*(?P<sym>{_SYMBOL})"
                             rf"(?=[ \t|]+\p{{Lu}}[\p{{L}} .]{{1,30}}[,.][ \t]*ngày)")
_TITLE_NUMBER = regex.compile(rf"\((?P<num>\d{{1,6}})[ \t]*/[ \t]*(?P<sym>{_SYMBOL}),[ \t]*ngày[ \t]*"
                              rf"(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})\)")
# ... or only in a news page's lead ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số
# 114/CĐ-TTg ngày 19/7/2025 về ...", a letter copied from the press with no letterhead)
_NEWS_LEAD = regex.compile(
    rf"(?<!\p{{L}})(?:vừa|đã)[ \t]+(?:ký[ \t]+(?:ban[ \t]+hành[ \t]+)?|ban[ \t]+hành[ \t]+)"
    rf"(?:{'|'.join(t[0].upper() + t[1:] for t in TYPES)})[ \t]+số[ \t]+(?P<num>\d{{1,6}})[ \t]*/[ \t]*(?P<sym>{_SYMBOL})"
    rf"(?:[ \t]+ngày[ \t]+(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}}))?")


def _press_lead(text: str) -> regex.Match | None:
    """The news lead of a press copy: in the first paragraph, with no letterhead (Quốc
    hiệu, tiêu ngữ) nor Kính gửi before it; a letter's own body that names a document
    just issued ("Bộ Y tế vừa ban hành Công văn số ...") cites it."""
    first = text.find("\n\n")
    m = _NEWS_LEAD.search(text, 0, min(len(text), 600, first if first > 0 else len(text)))
    if m is None or _MOTTOS.search(fold(text[:m.start()])) or _KINH_GUI_WORD.search(text, 0, m.start()):
        return None
    return m


_KINH_GUI_WORD = regex.compile(r"(?i)(?:kính\s*)?gửi\s*:")
# "Phú Thọ, ngày 05 tháng 01 năm 2025"; a line may break anywhere ("Tam⏎Kỳ, ngày"), and
# OCR may read the comma as a full stop ("Hà Nội. ngày").
# Found from its ", ngày" anchor, then the place is read backwards from there:
# a pattern that starts at the place would be tried at every capital of the text.
_DATE = regex.compile(r"[ \t]*[,.]\s*ngày\s*(?P<d>\S{0,3}?)\s*tháng\s*(?P<m>\S{0,3}?)\s*năm\s*(?P<y>\d{4})")
_PLACE = regex.compile(r"(?:[\p{Lu}][\p{L}.]*[ \t]*\n?[ \t]*){1,6}$")
# A place is made of letters, dots and spaces up to the date: _PLACE is searched only in
# the run of them before it (tried at every position of the lines above, its repetitions
# backtrack for long).
_PLACE_CHARS = regex.compile(r"(?r)[\p{L}. \t\n]*")      # matched backwards from the date


def _place_run(text: str, start: int, end: int) -> int:
    return _PLACE_CHARS.match(text, start, end).start()
# (OCR may lose the "Kính" of a line "Kính gửi:")
# (and a scan's columns may leave "Kính" at the end of one line, "gửi:" lines below)
# (a công điện names its addressees after "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ XÂY DỰNG điện:")
# (searched one way at a time, the leftmost match kept: as one alternation the regex
# module tries every way at every position, three times as slow as the four searches)
_KINH_GUI_WAYS = tuple(regex.compile(way, regex.I) for way in (
    # (a crawl's bold may split the word: "**Kính g****ửi****:**" reads "Kính g    ửi    :")
    r"(?<!\p{L})(?:Kính|Kinh|Site|Kinh)\s+g(?:[ \t]{2,})?ửi\s*:",
    # (OCR may leave marks where "Kính" was: "`.“ gửi:")
    r"(?m:^)[ \t]*(?:[^\p{L}\d\s]{1,4}[ \t]*)?gửi[ \t]*:",
    r"(?<!\p{L})Kính[ \t]*\n(?:[^\n]*\n){0,3}?[^\n]*?(?<!\p{L})gửi[ \t]*:",
    r"(?m:^)[ \t*_]*(?-i:\p{Lu}[\p{Lu} \t*_,-]{2,60}?)[ \t*_]+(?-i:điện)[ \t*_]*:[ \t*_]*"))


def _kinh_gui(text: str, pos: int, endpos: int) -> regex.Match | None:
    """The first "Kính gửi:" (or a way it is printed) in text[pos:endpos]."""
    return leftmost(_KINH_GUI_WAYS, text, pos, endpos)
_NOI_NHAN = regex.compile(r"(?<!\p{L})N(?:ơ|o)[iít]\s+nh[ậâa]n\s*:", regex.I)
_AUTHORITY = regex.compile(
    r"(?<![\p{L}])(?:KT|TM|TL|TUQ|Q|K/T|T/M|T/L)[ \t]*\.[ \t]*[\p{Lu}][\p{Lu},'\- \t]*?"
    r"(?=[ \t]*(?:\n|\||$|PHÓ |THỨ TRƯỞNG|KT\.|TL\.|\p{Lu}\p{Ll}))")
_SIGNER_TITLES = regex.compile(
    r"(?<![\p{L}])(?:PHÓ CHỦ TỊCH|CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|"
    r"PHÓ CHÁNH VĂN PHÒNG|CHÁNH VĂN PHÒNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TỔNG GIÁM ĐỐC|PHÓ TỔNG GIÁM ĐỐC|"
    r"CỤC TRƯỞNG|PHÓ CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|BÍ THƯ|PHÓ BÍ THƯ)(?![\p{L}])")
_PERSON = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){1,4}(?![\p{L}])")
_ATTACHMENT = regex.compile(r"(?m)^[ \t|]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN"
                            r"|HƯỚNG DẪN|ĐIỀU LỆ)[ \t|]*$")


_NOT_SQUASHED = regex.compile(r"[^a-z0-9]")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_NOT_ASCII_ALNUM = regex.compile(r"[^A-Za-z0-9]")


def _squash(text: str) -> str:
    return _NOT_SQUASHED.sub("", fold(text))


@cache
def _bodies() -> list[tuple[str, str]]:
    """(squashed key, display name), longest first."""
    data = load_yaml("bodies.yaml")
    names = list(data["central"])
    for p in provinces():
        if p in data["cities"]:
            names.append(f"Ủy ban nhân dân Thành phố {p}")
            names.append(f"Hội đồng nhân dân Thành phố {p}")
        names.extend(t.format(province=p) for t in data["provincial"])
    return sorted({(_squash(n), n) for n in names}, key=lambda x: -len(x[0]))


def _squash_map(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """Squashed text of text[start:end] and, per character, its offset in `text`. The
    Quốc hiệu and tiêu ngữ are left out: where the two header columns come out line by
    line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..." / "TỈNH HẬU GIANG Độc lập - ..."), the
    issuer's own lines then run on into each other."""
    folded = _MOTTOS.sub(lambda m: " " * len(m.group()), fold(text[start:end]))   # one for one: offsets carry over
    offsets = [i for i, c in enumerate(folded, start) if c in _ASCII_ALNUM]
    return _NOT_ASCII_ALNUM.sub("", folded), offsets


_MOTTOS = regex.compile(r"cong\W*hoa\W*xa\W*hoi\W*chu\W*nghia\W*viet\W*nam"
                        r"|doc\W*lap\W*tu\W*do\W*hanh\W*phuc|dang\W*cong\W*san\W*viet\W*nam")


# Quốc hiệu, whose lines a narrow column breaks anywhere ("CỘNG⏎HÒA XÃ HỘI CHỦ NGHĨA VIỆT
# NAM", "... CHỦ NGHĨA⏎VIỆT NAM"), tiêu ngữ
# the Party's motto likewise ("ĐẢNG CỘNG⏎SẢN VIỆT NAM")
_NOT_ISSUER = regex.compile(r"cong hoa|^\W*cong\W*$|chu nghia|^\W*hoa xa hoi|doc lap|dang cong san|^so\s*[:.\d]|^v/v"
                           r"|^ve viec|^\W*$|^\W*viet\W*nam\W*$|^\W*dang\W+cong\W*$|^\W*(?:cong\W+)?san\W+viet\W+nam\W*$")


def _caps_lines(text: str, end: int) -> list[Field]:
    """Issuing bodies the gazetteer does not know ("ĐẢNG ỦY UBND TỈNH"): the lines (or the
    cells of a table row) in capitals above the number, as printed, Quốc hiệu and Party
    motto aside."""
    out = []
    for m in _CELL.finditer(text, 0, end):
        cell = m.group()
        line = _RULE.sub("", cell).strip(" |-*")
        # (the two header columns on one line: "UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI ..." /
        # "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc": the issuer's column is what stands before)
        if (motto := _MOTTO_OPENS.search(fold(line))) is not None and motto.start() > 0:
            line = line[:motto.start()].rstrip(" |-_.,*“\"")
        if not _CAPS.fullmatch(line):
            continue
        if line.lower() in TYPES:
            break           # the title ("CHỈ THỊ⏎VỀ VIỆC ...") is not the issuer
        if len(line) > 3 and not _NOT_ISSUER.search(fold(line)):
            at = m.start() + cell.find(line)
            out.append(Field(collapse(line), at, at + len(line)))
    return out[-2:]


_CELL = regex.compile(r"[^|\n]+")
_MOTTO_OPENS = regex.compile(r"(?<![a-z])(?:cong\W*hoa\W*xa|doc\W*lap\W*-|dang\W*cong\W*san)")
_SAYS = regex.compile(r"(?:^|\n|\.\s)(?P<who>(?:Văn phòng|Ủy ban|UBND|Bộ|Sở|Ban|Tổng cục|Cục)(?:[ \t]+[\p{L}&]+){1,8}?)"
                      r"[ \t]+(?:xin[ \t]+)?thông[ \t]+báo[ \t]+(?:để|cho|đến)(?!\p{L})")
_MOTTO = regex.compile(r"doc\s*lap\W{0,4}tu\s*do|hanh\s*phuc")
_RULE = regex.compile(r"[-_=]{3,}")
_CAPS = regex.compile(r"[\p{Lu}][\p{Lu}\d ,\-&]{2,80}")   # "BAN CHỈ ĐẠO 389"


@cache
def _province_keys() -> list[tuple[str, str]]:
    return [(p, _squash(p)) for p in sorted(provinces(), key=len, reverse=True) if _squash(p)]


def _province_before(text: str, start: int, end: int) -> Field | None:
    """A province (or "Hà Nội") printed with stray spaces just before ", ngày"."""
    squashed, offsets = _squash_map(text, start, end)
    for p, key in _province_keys():
        if squashed.endswith(key):
            return Field(p, offsets[len(squashed) - len(key)], offsets[-1] + 1)
    return None


_GRAM = 5     # a key's first and last letters, looked up among the text's before a search


@cache
def _body_keys() -> list[tuple[str, str, str, str]]:
    """The bodies' (key, name) with the key's first and last _GRAM letters ("" for a
    shorter key: looked for in every text)."""
    return [(key, name, *((key[:_GRAM], key[-_GRAM:]) if len(key) >= _GRAM else ("", "")))
            for key, name in _bodies()]


def _find_bodies(text: str, start: int, end: int) -> list[Field]:
    squashed, offsets = _squash_map(text, start, end)
    found: list[Field] = []
    taken: list[tuple[int, int]] = []
    # a key whose first or last letters stand nowhere in the text is not there
    grams = {"", *(squashed[i:i + _GRAM] for i in range(len(squashed) - _GRAM + 1))}
    for key, name, first, last in _body_keys():
        if first not in grams or last not in grams:
            continue
        i = squashed.find(key)
        while i >= 0:
            j = i + len(key)
            if all(j <= a or i >= b for a, b in taken):
                taken.append((i, j))
                found.append(Field(name, offsets[i], offsets[j - 1] + 1))
            i = squashed.find(key, j)
    return sorted(found, key=lambda f: f.start)


def _with_place(text: str, body: Field) -> Field:
    """A body the gazetteer names without its place, printed with it on its line ("CỤC
    THUẾ TỈNH NGHỆ AN"): the body of that province."""
    line_end = text.find("\n", body.end)
    rest = text[body.end:len(text) if line_end < 0 else line_end]
    m = _LEVEL_AFTER.match(fold(rest))
    if m is None:
        return body
    squashed, offsets = _squash_map(text, body.end + m.end(), body.end + len(rest))
    for p, key in _province_keys():
        if squashed.startswith(key):
            level = "tỉnh" if m["level"] == "tinh" else "thành phố"
            return Field(f"{body.value} {level} {p}",
                         body.start, offsets[len(key) - 1] + 1)
    return body


_LEVEL_AFTER = regex.compile(r"[ \t]+(?P<level>tinh|thanh[ \t]+pho|tp\.?)[ \t]+")


_TITLE_LINE = regex.compile(r"(?m)^[ \t|]*(?P<t>[\p{Lu} ]{4,20}?)[ \t|]*$")
_TITLE_AT_END = regex.compile(r"(?m)(?<=[^\p{L}\d][ \t]+)(?P<t>\p{Lu}{2,6}[ \t]+\p{Lu}{2,6})[ \t|]*$")


def _doc_type(text: str, zone_end: int, symbol: str | None) -> Field | None:
    folded_types = {fold(t): t for t in TYPES}       # OCR drops accents: "CONG ĐIỆN"
    for m in _TITLE_LINE.finditer(text, 0, zone_end):
        t = folded_types.get(fold(m["t"].strip()))
        if t:
            return Field(t, m.start("t"), m.start("t") + len(m["t"].strip()))
    # OCR debris before the title on its line ("DEN i: : _¬ CHỈ THỊ")
    for m in _TITLE_AT_END.finditer(text, 0, zone_end):
        t = folded_types.get(fold(m["t"].strip()))
        if t:
            return Field(t, m.start("t"), m.start("t") + len(m["t"].strip()))
    if symbol:
        first = fold(_SYMBOL_PARTS.split(symbol)[0])
        abbr = {fold(k): v for k, v in TYPE_ABBR.items()}
        return Field(abbr.get(first, "công văn"), 0, 0)
    return None


_SUBJECT = regex.compile(r"V/v\s*:?\s*(?P<s>.+?)(?=\s*(?:\n\s*\n\s*\p{Lu}[\p{Ll} ]+,\s*ngày|\p{Lu}[\p{Ll} ]+,\s*ngày"
                         r"|Kính gửi|CỘNG HÒA|\||\n\s*\n(?!\p{Ll})))", regex.S)
_LETTER = regex.compile(r"\p{L}")
# (compiled once: a call with the pattern as a string looks it up in the module's cache each time)
_SYMBOL_PARTS = regex.compile(r"[-/]")
_LOWER_LINE = regex.compile(r"\n[ \t]*\p{Ll}[^\n]*")
_SPACES = regex.compile(r"\s+")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}")
_HEREAFTER = regex.compile(r"\(Sau đây")
_CAPS_RUN = regex.compile(r"[\p{Lu}]+(?![\p{Ll}])(?:[ \t]+[\p{Lu}]+(?![\p{Ll}]))*")
_CITY = regex.compile(r"^(?:Thành phố|TP\.?)\s*")
_ITEM = regex.compile(r"(?m)(?:^[ \t]*|(?<=[|;.:][ \t]*))[-–•+]\s*(?P<v>[^\n|]*?)\s*"
                      r"(?=[;.][ \t]*[-–•+]\s|[;.,]?\s*(?:\||\n|$))")


# words no name ends with (the next line a name may go on to: _NEXT_LINE)
_TITLES_BEFORE_BODY = r"Chủ tịch|Bộ trưởng|Giám đốc|Thủ trưởng|Trưởng ban|Bí thư"
_DANGLING = regex.compile(r"(?<!\p{L})(?:[Cc]ác|của|thuộc|trực|và|những|tại|" + _TITLES_BEFORE_BODY + r")[ \t*_]*$")


def _inline_recipient(text: str, start: int) -> str:
    """The recipient written after "Kính gửi:" on its line, with the lines it wraps onto
    (they go on in lower case: "... các tỉnh, thành phố trực" / "thuộc Trung ương.")."""
    end = text.find("\n", start)
    while end >= 0 and not text[start:end].rstrip().endswith((".", ";", ":", "|")):
        m = _LOWER_LINE.match(text[end:])
        if m is None and _DANGLING.search(text, start, end):
            # "Kính gửi: Các" / "Doanh nghiệp ...": a line that cannot end a name goes on
            m = _NEXT_LINE.match(text[end:])
        if m is None:
            break
        end += m.end()
        if end >= len(text) or text[end] != "\n":
            break
    line = text[start:end if end >= 0 else len(text)]
    if len(line) > 120 and (body := _BODY_AFTER_ADDRESSEE.search(line)) is not None:
        return line[:body.start()]    # a crawl that joined the header's lines to the body's
    return line


# how a letter's body opens ("Thực hiện ...", "Căn cứ ...", "Trong thời gian qua, ..."), met
# after the addressee with no stop between where a crawl joined the lines: "Kính gửi: Chủ
# tịch UBND các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, ..."
# (the openers with the word after them, where a bare "Theo", "Trong", "Ngày" may be part of a
# name: "Ban Tổ chức Ngày hội ...", "Ban Theo dõi ...")
_BODY_AFTER_ADDRESSEE = regex.compile(
    r"(?<=\p{L}[ \t]+)(?:Thực[ \t]+hiện|Căn[ \t]+cứ|Theo[ \t]+(?:đề|báo|chỉ|quy|dự[ \t]+báo|Công|Kế|Quyết)"
    r"|Để|Nhằm|Trong[ \t]+(?:thời[ \t]+gian|những[ \t]+ngày|tháng|năm)|Thời[ \t]+gian[ \t]+qua|Vừa[ \t]+qua"
    r"|Hiện[ \t]+nay|Ngày[ \t]+\d|Sau[ \t]+khi|Trên[ \t]+cơ[ \t]+sở|Nhận[ \t]+được|Tiếp[ \t]+theo"
    r"|Triển[ \t]+khai)(?!\p{L})")


# an inline list of addressees a narrow column wrapped over lines, as a scan prints it:
# "Kính gửi: - Sở A tỉnh X; - Sở A -" / "tỉnh Y;" / "Sở A tỉnh Z; - ..." / "... tỉnh W."
_INLINE_LIST = regex.compile(r"[ \t]*[-–•+][ \t]*\p{Lu}")
_INLINE_DASH = regex.compile(r";[ \t]+[-–•+][ \t]*\p{Lu}")     # an item's dash mid-line, after a ";"
_INLINE_LIST_END = regex.compile(r"\.[ \t]*(?:\n|$)")
_INLINE_ITEM = regex.compile(r"[^;]+")
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_DASH_LINE = regex.compile(r"[ \t]*[-–•+][ \t]")


def _wrapped_inline_list(text: str, start: int) -> tuple[list[Field], int] | None:
    """The items of an inline "- A; - B; C." list that runs over several short lines, its
    semicolons parting the items (a dash in a name, or one OCR kept from a line's end,
    parts nothing); and the list's end. None unless the list's first line is such a list
    and the list ends with a stop within a dozen short lines."""
    first = _INLINE_LIST.match(text, start)
    if first is None:
        return None
    stop = _INLINE_LIST_END.search(text, first.end(), min(len(text), start + 1200))
    if stop is None:
        return None
    # (a blank line ends the list, unless the list goes on after it with a dash: OCR may
    # put one inside a name, "- Sở Lao động" / "" / "- Thương binh ...")
    for blank in _BLANK_LINE.finditer(text, start, stop.start()):
        if not _DASH_LINE.match(text, blank.end()):
            stop = blank
            break
    block = text[start:stop.start()]
    lines = block.split("\n")
    if not 2 <= len(lines) <= 12 or any(len(line) > 80 for line in lines) \
            or block.count(";") < 2 or not _INLINE_DASH.search(block):
        return None
    flat = block.replace("\n", " ")          # (the same length: offsets stay the text's)
    items = []
    for m in _INLINE_ITEM.finditer(flat):
        raw = m.group()
        value = collapse(raw.strip(" \t-–•+"))
        if _LETTER.search(value):
            at = start + m.start() + (len(raw) - len(raw.lstrip(" \t-–•+")))
            items.append(Field(value, at, start + m.start() + len(raw.rstrip())))
    return (items, stop.end()) if len(items) >= 2 else None


def _items(text: str, start: int, end: int) -> list[Field]:
    """ "- A;\n- B." or "| - A; - B. |" -> fields A and B."""
    out = []
    # An item's dash opens a line or cell, or follows the ";" that ended the item before:
    # the dash inside "Sở Lao động - Thương binh và Xã hội" splits nothing.
    open_end = False       # the item before ended with no stop of its own
    for m in _ITEM.finditer(text[start:end]):
        raw = m["v"] + _wrapped_on(text, start + m.end("v"), end)
        if (ref := _FOOTNOTE_REF.search(raw)) is not None:
            # "Các cơ quan trung ương đóng trên địa bàn tỉnh[1];": a footnote's mark after the name
            # is no part of it
            raw = raw[:ref.start()] + raw[ref.start():].split("]", 1)[1]
        v = collapse(raw.replace("|", " ")).strip(" ;.,")      # (a crawl's table cells it crossed)
        if _LETTER.search(v):
            s = start + m.start("v")
            if out and open_end and _crosses_dash(out[-1].value, v):
                # "- Sở Lao động" / "- Thương binh và Xã hội tỉnh A;": a name wrapped at its dash
                prev = out.pop()
                out.append(Field(f"{prev.value} - {v}", prev.start, s + len(raw.rstrip(" ;.,"))))
            else:
                out.append(Field(v, s, s + len(raw.rstrip(" ;.,"))))
        stop = text[start + m.start("v"):start + m.end()].rstrip()
        open_end = not raw.rstrip().endswith((";", ".", ",")) and not stop.endswith((";", ".", ","))
    return out


_FOOTNOTE_REF = regex.compile(r"\[\d{1,2}\][ \t]*[;.,]?[ \t]*$")
# the lines between the date or subject and an addressee list: the subject's, short
_SHORT_LINES = regex.compile(r"(?:[ \t]*[^\n]{0,90}\n){0,5}?[ \t]*(?=[-–•+][ \t]*\S)")


def _unlabelled_recipients(text: str, start: int) -> tuple[list[Field], int] | None:
    """The addressee list of a copy whose "Kính gửi:" OCR lost: dash lines right after the
    date and subject, each naming only agencies ("- Các Bộ, cơ quan ngang Bộ;" / "- Ủy ban
    nhân dân các tỉnh, thành phố trực thuộc Trung ương."), before the body. None unless
    two in three lines name only agencies (OCR may spoil a name: "Uy ban nhân dân các
    tinh") and every line is as short as a name."""
    from pipeline.assignees import agency_only      # (the header reads no agencies otherwise)

    m = _SHORT_LINES.match(text, start, min(len(text), start + 500))
    if m is None or text[start:m.end()].rstrip(" \t\n*_").endswith(":"):
        return None       # (a list a label introduces: "Thành phần Ban Chỉ đạo:" / "- Sở Y tế;")
    end_m = _list_end(text, m.end())
    end = _last_item_tail(text, end_m.start()) if end_m else len(text)
    items = _items(text, m.end(), end)
    if not items or len(items) > 30 or any(len(f.value.split()) > 25 for f in items) \
            or 3 * sum(bool(agency_only(f.value)) for f in items) < 2 * len(items):
        return None
    return items, end


def _crosses_dash(before: str, after: str) -> bool:
    """Does a known agency name run from `before` over a dash into `after`?"""
    from extractors.agencies import is_known_name     # (the header reads no agencies otherwise)

    # (a known name: two names of their own join with a dash too, "Bộ A - Tổng Liên đoàn B")
    words = after.split()
    return any(is_known_name(f"{before} - {' '.join(words[:n])}") for n in range(1, min(len(words), 8) + 1))


# the words a letter's body opens with, which no name goes on with
_BODY_OPENS = regex.compile(r"(?:Thực hiện|Căn cứ|Theo|Ngày|Xét|Để|Trong|Nhằm|Qua|Tiếp theo|Vừa qua|Hiện nay"
                            r"|Sau khi|Về việc)(?!\p{L})")
# the line after a recipient left dangling ("Kính gửi: Các"): no item, no body
_NEXT_LINE = regex.compile(r"\n[ \t]*(?![-–•+|\s*_])(?!" + _BODY_OPENS.pattern + r")[^\n]{1,100}")
# a line an item wraps onto ends the item itself (its ";" or ".")
_WRAP = regex.compile(r"[ \t]*\n[ \t]*(?![-–•+|\s])(?!" + _BODY_OPENS.pattern + r")[^\n|]{1,80}?[;.]"
                      r"(?=[ \t]*(?:\n|\||$))")


# the first line after "Kính gửi:" that is neither an item nor the lines it wraps onto
# (a line of emphasis marks alone is no line: "** **" between a công điện's "điện:" and its
# list; a line in lower case goes on with the item above: "- Các Cục: ..., Hàng" / "hải ...")
_LIST_END = regex.compile(r"(?m)^(?<!,[ \t]*\n)(?![ \t*_]*(?:[-–•+|]|$))(?![ \t]*\p{Ll})(?=[ \t]*\S)"
                          r"(?!.*[;,]\s*$)")
# a line a list left on a comma goes on with (up to its own end, stop or not)
_LIST_WRAP = regex.compile(r",?[ \t]*\n[ \t]*(?![-–•+|\s])(?!" + _BODY_OPENS.pattern + r")[^\n|]{1,120}?"
                           r"(?=[ \t]*(?:\n|\||$))")


# an item left open on a colon or on a title that needs its body ("Chủ tịch", "Bộ trưởng")
_OPEN_ITEM = regex.compile(r"(?::|(?<!\p{L})(?:" + _TITLES_BEFORE_BODY + r"))[ \t*_]*$")
# ... goes on past line breaks and table cells to the next line of words, up to its stop
_CELL_WRAP = regex.compile(r"(?:[ \t*_|]*\n)+[ \t*_|]*(?![-–•+])(?!" + _BODY_OPENS.pattern + r")[^\n|]{1,160}?"
                           r"(?=[ \t*_]*(?:\n|\||$))")


# an appendix's subtitle naming the letter it comes with: "(Kèm theo Công văn số 215/SXD-QH
# ngày 12/3/2026 của Sở Xây dựng)"; or a plan printed alone, naming the decision that
# issues it: "(Ban hành kèm theo Quyết định số 88/QĐ-TTg" / "Ngày 19 tháng 11 năm 2024 ...)"
_ATTACHED_TO = regex.compile(
    rf"(?m)^[ \t*_]*\([ \t*_]*(?:[Bb]an\s+hành\s+|[Pp]hê\s+duyệt\s+)?[Kk]èm\s+theo\s+"
    rf"(?:Công\s+văn|Văn\s+bản|Kế\s+hoạch|Thông\s+báo|Chỉ\s+thị|Quyết\s+định|Nghị\s+quyết)\s+số\s+"
    rf"(?P<num>\d{{1,6}})\s*/\s*(?P<sym>{_SYMBOL})\s*,?\s+[Nn]gày\s+"
    rf"(?:(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})|(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})\s+năm\s+(?P<y2>\d{{4}}))"
    rf"(?:\s+của\s+(?P<who>[^()]{{3,160}}?))?[ \t*_]*\)")


def _number_from_attachment(text: str, h: Header) -> None:
    """A copy without its letterhead prints its own number only where its appendix names the
    letter it comes with: the number, symbol, date and issuer printed there are the
    letter's (with a warning: read from the appendix)."""
    m = _ATTACHED_TO.search(text, h.body_start)
    if m is None:
        return
    h.number = Field(m["num"], m.start("num"), m.end("num"))
    h.symbol = Field(_SPACES.sub("", m["sym"]), m.start("sym"), m.end("sym"))
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    h.date_parts = (int(d), int(mo), int(y))
    h.date = iso_date(*h.date_parts)
    h.date_field = Field(h.date, m.start("d") if m["d"] else m.start("d2"), m.end("y") if m["y"] else m.end("y2"))
    if h.issuer is None and m["who"]:
        h.issuer = Field(collapse(m["who"]), m.start("who"), m.end("who"))
    h.warnings.append(("number_from_attachment", "the letter's number and date are read from its "
                       "appendix's subtitle (the copy has no letterhead)", m.start(), m.end()))


def _undashed_recipient(text: str, start: int, end: int) -> list[Field]:
    """ "Kính gửi:" | "Bộ Giao thông vận tải." in a crawl's cells: the one line of words
    after the label, where it names only agencies."""
    from pipeline.assignees import agency_only      # (the header reads no agencies otherwise)

    m = _CELL_WRAP.match(text, start, end)
    if m is None:
        return []
    line = text[start:m.end()]
    value = " ".join(line.replace("|", " ").split()).strip(" .;*_")
    if not value or not agency_only(value):
        return []
    at = start + line.find(value.split()[0])
    return [Field(value, at, start + len(line.rstrip(" .;*_|\n")))]


def _list_end(text: str, start: int):
    """The first line from `start` that is neither an item nor its continuation; a line
    after an item left open on its colon or title goes on with it, past a crawl's cells
    ("- Bộ trưởng các Bộ:" / "|" / "Tư pháp, Nội vụ.")."""
    m = _LIST_END.search(text, start)
    while m is not None and _OPEN_ITEM.search(_CELLS_BEFORE.sub("", text[max(0, m.start() - 80):m.start()])):
        line_end = text.find("\n", m.start())
        if line_end < 0:
            return None
        m = _LIST_END.search(text, line_end + 1)
    return m


_CELLS_BEFORE = regex.compile(r"(?:[ \t*_|]*\n)+[ \t*_|]*$")


def _last_item_tail(text: str, end: int) -> int:
    """The list's end, past the line the last item wraps onto ("- UBND các tỉnh, thành phố
    trực thuộc" / "Trung ương."): a short line ending with "." after an item line left open."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[end:line_end].strip()
    before = text[:end].rstrip()
    last = before[before.rfind("\n") + 1:].strip()
    if line.endswith(".") and len(line) <= 60 and last[:1] in "-–•+" and last[1:].strip() \
            and not last.endswith((";", ".", ",", ":")) and not _BODY_OPENS.match(line):
        return line_end
    return end


def _wrapped_on(text: str, at: int, end: int) -> str:
    """The lines an item wraps onto ("- Các bộ, cơ quan thuộc" / "Chính phủ;"), each
    short and ending with the item's own ";" or "."; after a line left on a comma, the
    lines of the list it goes on with ("- Các sở: Tài chính, Xây dựng," / "Y tế; Nội vụ,
    Tư pháp" / "và Công Thương;")."""
    tail = ""
    while not (text[:at].rstrip(" \t").endswith((";", ".")) or at >= end):
        if _OPEN_ITEM.search(text, max(0, at - 30), at):
            # "- Bộ trưởng các Bộ:" | "Tư pháp, Nội vụ." or "- ..., Chủ tịch" / "Ủy ban nhân
            # dân các tỉnh: ..." (a crawl's table cells between): the item goes on to its stop
            m = _CELL_WRAP.match(text, at, end)
            if m is not None:
                tail += text[at:m.end()]
                at = m.end()
                continue
        comma = text[:at].rstrip(" \t").endswith(",") or text.startswith(",", at) \
            or text[at:at + 8].lstrip(" \t\n")[:1].islower()      # a name broken at a line end
        m = (_LIST_WRAP if comma else _WRAP).match(text, at, end)
        if m is None:
            break
        tail += text[at:m.end()]
        at = m.end()
    return tail.rstrip(" ;.,") if tail else ""


def parse_header(text: str) -> Header:
    h = Header(closing_start=len(text))
    number = _NUMBER.search(text, 0, min(len(text), 3000)) or _BARE_NUMBER.search(text, 0, min(len(text), 1200))
    titled = None if number else (_TITLE_NUMBER.search(text, 0, min(len(text), 1500)) or _press_lead(text))
    if titled:
        number = titled
        if titled["y"]:
            h.date = iso_date(int(titled["d"]), int(titled["m"]), int(titled["y"]))
            h.date_parts = (int(titled["d"]), int(titled["m"]), int(titled["y"]))
            h.date_field = Field(h.date, titled.start("d"), titled.end("y"))
    zone_end = number.end() if number and not titled else 0
    if number and number.groupdict().get("psym"):
        h.number = Field(number["pnum"], number.start("pnum"), number.end("pnum"))
        h.symbol = Field(_SPACES.sub("", number["psym"]), number.start("psym"), number.end("psym"))
        h.party = True
    elif number:
        num = number.groupdict().get("num") or number.groupdict().get("num2") or ""
        sym = _SPACES.sub("", number["sym"])
        h.symbol = Field(sym, number.start("sym"), number.end("sym"))
        h.symbol_year = int(number["year"]) if number.groupdict().get("year") else None
        if num[:1] in _SPECKS and num[1:].isdigit():
            # a speck OCR put before the number ("Số: #205 /TCT-DNNCN"): the digits are printed
            h.number = Field(num[1:], number.start("num") + 1, number.end("num"))
            h.warnings.append(("ocr_repair", f"the letter's number {num!r} read as {num[1:]}",
                               number.start("num"), number.end("num")))
        elif num.isdigit():
            at = "num" if number.groupdict().get("num") else "num2"
            h.number = Field(num, number.start(at), number.end(at))
        elif not num:
            h.warnings.append(("blank_number", "the letter's number is blank (a draft)",
                               number.start(), number.end()))
        else:
            h.warnings.append(("illegible_number", f"the letter's number {num!r} is not a number",
                               number.start("num"), number.end("num")))
    date = _DATE.search(text, 0, min(len(text), 3000))
    if date:
        printed = tuple(int(x) if x.isdigit() else None for x in (date["d"], date["m"], date["y"]))
        # Impossible parts (OCR's "tháng 44") are unreadable, like blank ones.
        parts = (printed[0] if printed[0] and printed[0] <= 31 else None,
                 printed[1] if printed[1] and printed[1] <= 12 else None, printed[2])
        h.date_parts = parts
        h.date = iso_date(*parts)
        h.date_field = Field(h.date, date["d"] and date.start("d") or date.start(), date.end())
        lookback = max(0, date.start() - 60)
        found = _PLACE.search(text, _place_run(text, lookback, date.start()), date.start())
        place = collapse(found.group()) if found else None
        spaced = _province_before(text, lookback, date.start())
        if spaced and (not place or _squash(place) != _squash(spaced.value)):
            h.place = spaced     # "Qu ả ng Ngãi": spaced-out letters, read against the gazetteer
            place = None
        if place:
            # "VX15 Phú Thọ" (both columns on one line): keep the place words only.
            words = place.split()
            while words and not _CAPITALISED.match(words[0]) and len(words) > 1:
                words.pop(0)
            place = " ".join(words)
            h.place = Field(place, found.start() + found.group().find(words[0]),
                            found.start() + len(found.group().rstrip()))
        if parts != printed:
            h.warnings.append(("bad_date", f"the letter's date {date.group().strip(' ,')!r} "
                               "has parts that cannot be", date.start(), date.end()))
        elif None in parts:
            h.warnings.append(("blank_date", "the letter's date is not fully printed",
                               date.start(), date.end()))
        elif h.date is None:
            h.warnings.append(("bad_date", f"the letter's date {parts} is not a real date",
                               date.start(), date.end()))
        zone_end = max(zone_end, date.end())
    issuer_zone = number.start() if number else min(len(text), 300)
    if number is None and (kg := _kinh_gui(text, 0, issuer_zone)):
        issuer_zone = kg.start()      # a copy that starts at "Kính gửi": no letterhead above it
    bodies = [_with_place(text, b) for b in _find_bodies(text, 0, max(issuer_zone, 1))]
    motto = _MOTTO.search(fold(text[:max(issuer_zone, 1)]))
    if motto:
        # the issuer's column ends with the line of the tiêu ngữ ("Độc lập - Tự do - Hạnh
        # phúc"); a body named below it is a stamp ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ")
        line_end = text.find("\n", motto.end())
        line_end = len(text) if line_end < 0 else line_end
        if any(b.start < line_end for b in bodies):
            bodies = [b for b in bodies if b.start < line_end]
        issuer_zone = min(issuer_zone, line_end) if issuer_zone > line_end and bodies else issuer_zone
    below = [f for f in _caps_lines(text, issuer_zone) if not bodies or f.start >= bodies[-1].end]
    if below:
        # a unit under a known body ("BỘ TÀI CHÍNH / CỤC QUẢN LÝ GIÁ"), or a body the
        # gazetteer does not know ("ĐẢNG ỦY UBND TỈNH")
        # (two such lines: the parent body over its unit, "UBND TỈNH PHÚ THỌ / SỞ Y TẾ")
        bodies = [*bodies, below[-1]] if bodies else below[-2:]
    if bodies:
        h.issuer = bodies[-1]
        h.parent = bodies[-2] if len(bodies) > 1 else None
    h.doc_type = _doc_type(text, max(zone_end + 600, 600), h.symbol.value if h.symbol else None)
    subject = _SUBJECT.search(text[:min(len(text), 3000)])
    if subject:
        h.subject = Field(collapse(subject["s"]), subject.start("s"), subject.end("s"))
    kg = _kinh_gui(text, 0, min(len(text), 4000))
    body_start = max(zone_end, subject.end() if subject else 0)
    if kg:
        end = kg.end()
        # The list runs to the first line that is neither an item nor its continuation.
        # (a line after one left on a comma goes on with its list)
        m = _list_end(text, kg.end() + 1)
        inline = _inline_recipient(text, kg.end())
        if inline.strip(" \t*_") and not inline.strip().startswith(("-", "–", "•", "+", "|")):
            end = kg.end() + len(inline)
            v = inline.strip(" |.;")
            h.recipients = [Field(v, kg.end() + inline.find(v[:1]), kg.end() + inline.find(v[:1]) + len(v))]
        elif (wrapped := _wrapped_inline_list(text, kg.end())) is not None:
            h.recipients, end = wrapped
        else:
            end = _last_item_tail(text, m.start()) if m else len(text)
            h.recipients = _items(text, kg.end(), end) or _undashed_recipient(text, kg.end(), end)
        stop = _HEREAFTER.search(text[kg.end():end])
        if stop:
            end = kg.end() + stop.start()
            h.recipients = [r for r in h.recipients if r.end <= end]
        body_start = max(body_start, end)
    elif (h.doc_type is None or h.doc_type.value in ("công văn", "công điện")) \
            and (listed := _unlabelled_recipients(text, body_start)) is not None:
        h.recipients, end = listed
        h.warnings.append(("unlabelled_recipients", "the addressees are listed with no 'Kính gửi' "
                           "before them (lost in OCR?)", h.recipients[0].start, end))
        body_start = max(body_start, end)
    h.body_start = min(body_start, len(text))
    if h.number is None and h.symbol is None and h.date is None:
        _number_from_attachment(text, h)
    _closing(text, h)
    if h.issuer is None:
        _infer_issuer(h)
    if h.issuer is None:
        # a notice with no letterhead names its issuer in its closing line ("Văn phòng
        # UBND tỉnh thông báo để Sở ... thực hiện./.")
        said = None
        for said in _SAYS.finditer(text, h.body_start):
            pass
        if said:
            h.issuer = Field(collapse(said["who"]), said.start("who"), said.end("who"))
    if h.issuer is None and h.recipients and h.signer_authority:
        h.issuer = _self_named(text, h)
    if h.doc_type is None and h.recipients:
        # a letter with a Kính gửi and no title of another kind is a công văn, as a
        # công văn's header prints no type either
        h.doc_type = Field("công văn", 0, 0)
    return h


# A copy without its letterhead (a crawl that starts at "Kính gửi") names its issuer where
# it speaks of itself: "Ủy ban nhân dân Thành phố yêu cầu ...", of the kind its signer signs
# for ("TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG", "KT. GIÁM ĐỐC", "KT. TRƯỞNG BAN").
_SIGNS_FOR = [(regex.compile(p), h) for p, h in (
    # (a council's chairman signs for the council, before the committee's "CHỦ TỊCH")
    (r"HỘI ĐỒNG NHÂN DÂN|HĐND", r"(?:Thường[ \t\n]+trực[ \t\n]+)?(?:Hội[ \t\n]+đồng[ \t\n]+nhân[ \t\n]+dân|HĐND)"),
    (r"ỦY BAN|UỶ BAN|CHỦ TỊCH", r"Ủy[ \t\n]+ban[ \t\n]+nhân[ \t\n]+dân|Uỷ[ \t\n]+ban[ \t\n]+nhân[ \t\n]+dân|UBND"),
    (r"BỘ TRƯỞNG", r"Bộ"), (r"GIÁM ĐỐC", r"Sở"), (r"TRƯỞNG BAN|BAN CHỈ ĐẠO", r"Ban[ \t\n]+[Cc]hỉ[ \t\n]+đạo"),
    (r"TỔNG CỤC TRƯỞNG", r"Tổng[ \t\n]+cục"), (r"CỤC TRƯỞNG", r"Cục"))]
_SPEAKS = r"(?:yêu[ \t\n]+cầu|đề[ \t\n]+nghị|chỉ[ \t\n]+đạo|giao|có[ \t\n]+ý[ \t\n]+kiến|thông[ \t\n]+báo|trân[ \t\n]+trọng)(?!\p{L})"
# ("Ủy ban nhân dân (UBND) thành phố", "... 02 cấp (sau đây viết là Ban Chỉ đạo)")
_BRACKET = regex.compile(r"[ \t]*\((?:[^()]{1,20}|(?:sau|dưới)[ \t]+đây[^()]*)\)")
# a sentence that reports what another body asked ("Theo báo cáo, Sở Tài chính đề nghị",
# "Xét đề nghị của ...", "Ngày 5/1, Ủy ban ... ban hành ... và giao")
_REPORTED = regex.compile(r"(?:Theo|Xét|Ngày|Tại|Qua)(?!\p{L})")
_SENTENCE_OPEN = regex.compile(r"(?r)(?:^|[\n.;:])[ \t*_|]*")
# "Ban chỉ đạo của Chính phủ về ...": a body named by its owner
_OF_OWNER = regex.compile(r"\S+(?:[ \t\n]+\S+)*?[ \t\n]+của[ \t\n]+\p{Lu}")


@cache
def _speaking(head: str) -> regex.Pattern:
    """A body of the kind `head` names, speaking at the start of a clause ("Ủy ban nhân dân
    Thành phố yêu cầu"); one body, not "UBND các xã, phường, các đơn vị được giao"; not a
    title, "Bộ trưởng giao"."""
    return regex.compile(rf"(?:^|(?<=[\n.;:,][ \t]*))(?:(?:Chủ[ \t\n]+tịch|Bộ[ \t\n]+trưởng|Giám[ \t\n]+đốc"
                         rf"|Trưởng[ \t\n]+[Bb]an)[ \t\n]+)?(?P<who>(?:{head})(?![ \t\n]+trưởng(?!\p{{L}}))"
                         rf"(?:[ \t\n]+(?!(?:các(?![ \t\n]+cấp)|được|đã|sẽ|cần|phải)(?!\p{{L}}))[^ \t\n.;:]+){{1,40}}?)"
                         rf"[ \t\n]+{_SPEAKS}")


def _printed_end(text: str, start: int, stop: int, name: str) -> int:
    """Where `name`, read from text[start:stop] with its spaces collapsed and a short
    bracket taken out ("Ủy ban nhân dân (UBND) thành phố"), ends as printed."""
    between = r"(?:[ \t\n]+|[ \t]*\([^()]{1,20}\)[ \t\n]*)"
    m = regex.compile(between.join(regex.escape(w) for w in name.split())).match(text, start, stop)
    return m.end() if m else stop


def _self_named(text: str, h: Header) -> Field | None:
    from extractors.agencies import find_agencies     # (the header reads no agencies otherwise)

    authority = h.signer_authority.value
    for signs, head in _SIGNS_FOR:
        if not signs.search(authority):
            continue
        names = []
        for m in _speaking(head).finditer(text, h.body_start, h.closing_start):
            opens = _SENTENCE_OPEN.search(text, h.body_start, m.start())
            if _REPORTED.match(text, opens.end() if opens else h.body_start):
                continue
            who = collapse(_BRACKET.sub("", m["who"]))
            # the name the agency rules read at its start; or one named by its owner
            first = next(iter(find_agencies(who)), None)
            if first is not None and first.start == 0:
                names.append(Field(first.name, m.start("who"), _printed_end(text, m.start("who"), m.end("who"),
                                                                            who[:first.end])))
            elif _OF_OWNER.match(who):
                names.append(Field(who, m.start("who"), m.end("who")))
        # (the body that speaks of itself is one, named shorter or longer: "Ủy ban nhân dân
        # Thành phố", "Ủy ban nhân dân thành phố Hà Nội"; bodies that differ are others)
        if not names:
            return None
        longest = max(names, key=lambda f: len(f.value))
        key = longest.value.casefold()
        return longest if all(key.startswith(f.value.casefold()) for f in names) else None
    return None


def _closing(text: str, h: Header) -> None:
    nn = list(_NOI_NHAN.finditer(text, h.body_start))
    auth = list(_AUTHORITY.finditer(text, h.body_start))
    marks = sorted([m.start() for m in nn] + [m.start() for m in auth])
    # the letter's own footer; a plan it issues, printed after it, is found apart
    # (pipeline/attachments.py)
    if marks:
        h.closing_start = marks[0]
    else:
        tail = _SIGNER_TITLES.search(text, max(h.body_start, len(text) - 400))
        if tail:
            h.closing_start = tail.start()
    closing = text[h.closing_start:]
    base = h.closing_start
    authorities = [m for m in _AUTHORITY.finditer(closing)]
    if authorities:
        parts = []
        for m in authorities:
            parts.append(collapse(m.group()).strip(" ,-'"))
        h.signer_authority = Field(" / ".join(parts), base + authorities[0].start(), base + authorities[-1].end())
    after = base + (authorities[-1].start() + 3 if authorities else 0)
    titles = [t for t in _SIGNER_TITLES.finditer(text, after) if not (
        h.signer_authority and t.start() < h.signer_authority.end and
        text[max(0, t.start() - 4):t.start()].strip().endswith(("KT.", "TL.", "TM.")))]
    if titles:
        title = titles[0]
        run = _CAPS_RUN.match(text[title.start():])
        h.signer_title = Field(run.group(), title.start(), title.start() + run.end())
        person = _PERSON.search(text, h.signer_title.end, min(len(text), h.signer_title.end + 80))
        if person and not _NOI_NHAN.match(person.group()):
            h.signer_name = Field(person.group(), person.start(), person.end())
    if nn:
        start = nn[-1].end()
        stop = min([p for p in (a.start() for a in _AUTHORITY.finditer(text, start)) if p > start]
                   + [len(text)])
        h.distribution = _items(text, start, stop)


def _infer_issuer(h: Header) -> None:
    """No issuing body printed: a draft's symbol and place ("/UBND-KGVX", "Phú Thọ"),
    or the signer of a text that starts at its title ("THỦ TƯỚNG")."""
    codes = _SYMBOL_PARTS.split(h.symbol.value) if h.symbol else []
    place = h.place.value if h.place else None
    if "UBND" in codes and place:
        level = "Thành phố" if any(fold(c) in fold(place) for c in load_yaml("bodies.yaml")["cities"]) \
            else "tỉnh"
        name = place if level == "tỉnh" else _CITY.sub("", place)
        h.issuer = Field(f"UBND {level} {name}", h.symbol.start, h.symbol.end)
    elif h.signer_title and h.signer_title.value.startswith("THỦ TƯỚNG"):
        h.issuer = Field("Thủ tướng Chính phủ", h.signer_title.start, h.signer_title.end)
