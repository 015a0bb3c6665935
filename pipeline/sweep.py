"""`chidao sweep`: signs of a miss in letters that have no gold.

Each check is a pure function from a `Swept` letter (the Letter record and the text it
was read from) to `Hit`s: places where something suggests that chidao missed a task, a
lead or a boundary. A check reports, it does not judge; its rule is kept to what one
line of `CHECKS` can say, and it is tuned for precision (a flag raised on half the
letters tells a reader nothing). `sweep` runs every check over the letters under some
folders; `format_table` and `as_json` present what it found.
"""
from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

import regex
import yaml

from extractors.agencies import find_agencies
from extractors.agency_names import agency_key
from extractors.dates import find_dates
from extractors.patterns import fold
from extractors.roles import starts_with_action
from extractors.vocabulary import agency_vocabulary, load_yaml
from pipeline.evaluate import same_agency_name
from pipeline.textmap import Text
from schemas import Letter, Task


@dataclass(frozen=True)
class Hit:
    code: str
    where: str          # a task id, or "@N": offset N into the source
    excerpt: str        # a short stretch of the letter, on one line
    note: str = ""      # what the rule saw ("2 order cues", "Bộ Y tế, Sở Tài chính")


# --------------------------------------------------------------------------- the letter


_KINH_GUI = regex.compile(r"(?<!\p{L})K[íi]nh[ \t]+g[ửưu]i[ \t]*:", regex.I)
_HEADER_FIELDS = ("issuer", "parent", "number", "symbol", "place", "date", "doc_type", "subject")


class Swept:
    """A letter as the checks see it: the record, its NFC text and its body."""

    def __init__(self, letter: Letter, source: str):
        self.letter = letter
        self.doc = Text.from_source(source)
        self.text = self.doc.text
        self.folded = fold(self.text)

    def to_source(self, offset: int) -> int:
        return self.doc.to_source(offset)

    def to_text(self, offset: int) -> int:
        """Text offset of a source offset (spans of the Letter are into the source)."""
        if len(self.text) == len(self.doc.source):
            return offset
        return bisect_left(range(len(self.text) + 1), offset, key=self.doc.to_source)

    @cached_property
    def body(self) -> tuple[int, int]:
        """Text offsets of what follows the header and its Kính gửi, to the end: an
        attachment after the signature is body too. Only header fields read near the
        top count: one read from the signature or an attachment does not hide the body."""
        spans = self.letter.document.spans
        top = max(1500, len(self.doc.source) // 2)     # a header read past it is misplaced
        ends = [self.to_text(spans[f].end) for f in _HEADER_FIELDS if f in spans and spans[f].start < top]
        start = max(ends, default=0)
        kg = _KINH_GUI.search(self.text, start, min(len(self.text), start + 800))
        if kg:
            line_end = self.text.find("\n", kg.end())
            start = len(self.text) if line_end < 0 else line_end
        return start, len(self.text)

    def excerpt(self, start: int, end: int | None = None, width: int = 90) -> str:
        """One line of the text from `start` (text offsets), about `width` characters."""
        end = min(len(self.text), start + width if end is None else min(end, start + width))
        piece = " ".join(self.text[start:end].split())
        return piece + ("…" if end < len(self.text) and end - start >= width else "")

    def at(self, offset: int) -> str:
        return f"@{self.to_source(offset)}"

    def task_text(self, task: Task) -> tuple[int, int]:
        return self.to_text(task.span.start), self.to_text(task.span.end)

    @cached_property
    def order_cues(self) -> list[int]:
        """Offsets of the orders given in the body, outside closing lines."""
        start, end = self.body
        doc = self.letter.document
        issuers = [x for x in (doc.issuer, doc.parent) if x]
        return [pos for pos in _order_cues(self.text, self.folded, start, end, issuers)
                if not _CLOSING_LINE.search(self.folded, *_line(self.text, pos))]


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# --------------------------------------------------------------------------- order cues

# "giao X", "đề nghị X", "yêu cầu X" where X opens a name (a capital, "các", "quý"), and
# "chủ trì, phối hợp". Not the nouns: "theo đề nghị của", "Xét đề nghị", "được giao".
_CUE = regex.compile(
    r"(?<!\p{L})(?:(?P<ask>giao|de nghi|yeu cau)(?:[ \t\n]+cho)?(?P<space>[ \t\n]*)"
    r"|(?P<lead>chu tri)(?!\p{L}))")
# "cuộc họp do Bộ Tài chính chủ trì" names who chairs a meeting
_CHAIRS = regex.compile(r"(?<!\p{L})do[ \t\n][^,.;:]{0,60}$")
_NOT_AN_ORDER_AFTER = regex.compile(
    r"(?<!\p{L})(?:theo|xet|duoc|da|ban|chuyen|tai|cua|ve|nhu|viec|cac|nhung|voi|dap ung|dung|co)"
    r"[ \t\n]*$")
_NAME_START = regex.compile(r"\p{Lu}|(?:các|quý|Các|Quý)[ \t\n]")
# Lines that close a letter rather than order: "Trên đây là ...", "nếu có vướng mắc, đề
# nghị phản ánh về ...", "thông báo để ... biết, thực hiện".
_CLOSING_LINE = regex.compile(
    r"(?:neu|khi) co (?:kho khan|vuong mac)|tren day la|biet,? (?:va )?thuc hien|xin thong bao")


# A leader's lead-in: what follows it is an order whatever its verb (issue 13):
# "Phó Thủ tướng ... có ý kiến như sau:", "Chủ tịch UBND tỉnh kết luận:"; not a
# ministry's reply ("Bộ Tài chính có ý kiến như sau: Căn cứ ...").
_SPEAKER = regex.compile(
    r"(?<!\p{L})(?:thu tuong|chu tich|bo truong|bi thu|chu nhiem|lanh dao|dong chi)(?!\p{L})[^\n]{0,80}?"
    r"(?:(?:co|cho) y kien(?: chi dao)?|ket luan|chi dao)(?: nhu sau)?[ \t]*:[ \t]*(?=\n)")


_NEXT_WORD = regex.compile(r"\s*(?=\S)")


def _order_cues(text: str, folded: str, start: int, end: int, issuers: list[str]) -> Iterator[int]:
    """Where the body gives an order: "giao/đề nghị/yêu cầu X" (X opening a name),
    "chủ trì" (not "do X chủ trì"), a line whose subject is an agency other than the
    issuer followed by an order verb (what the issuer will do itself is no task), a
    line after a leader's lead-in."""
    found = set()
    for m in _CUE.finditer(folded, start, end):
        if m["ask"]:
            if m["ask"] == "giao" and text[m.start():m.start() + 4].lower() != "giao":
                continue        # "giáo", "giảo": only "giao" folds to itself
            if _NOT_AN_ORDER_AFTER.search(folded, max(0, m.start() - 12), m.start()):
                continue
            # a name after a space, or glued on in a web copy ("yêu cầuBộ Xây dựng")
            if not (_NAME_START.match(text, m.end()) if m["space"] else text[m.end():m.end() + 1].isupper()):
                continue
        elif _CHAIRS.search(folded, max(0, m.start() - 64), m.start()):
            continue
        found.add(m.start())
    for line in regex.finditer(r"(?m)^[ \t]*(?=\S)", text, pos=start, endpos=end):
        pos = line.end()
        first = next(iter(find_agencies(text, pos, min(end, pos + 200))), None)
        if (first is not None and first.start == pos and starts_with_action(text[first.end:first.end + 80])
                and not any(same_agency_name(first.name, x) for x in issuers)):
            found.add(pos)
    for m in _SPEAKER.finditer(folded, start, end):
        nxt = _NEXT_WORD.match(text, m.end(), end)
        if nxt and nxt.end() < end:
            found.add(nxt.end())
    return sorted(found)


# --------------------------------------------------------------------------- the checks


def check_no_tasks(s: Swept) -> list[Hit]:
    """No task, though the body gives an order (giao/đề nghị/yêu cầu X, chủ trì)."""
    if s.letter.tasks or not s.order_cues:
        return []
    first = s.order_cues[0]
    begin = max(s.body[0], first - 30)
    return [Hit("no_tasks", s.at(first), s.excerpt(begin),
                f"{len(s.order_cues)} order cue{'s' * (len(s.order_cues) > 1)} in the body")]


def check_no_lead(s: Swept) -> list[Hit]:
    """A task that names no lead agency."""
    return [Hit("no_lead", t.id, _short(t.text)) for t in s.letter.tasks if not t.lead]


# A sentence of a task that gives an order of its own: "Giao X ...", "Đề nghị X ...", or
# X as the subject of an order verb ("Bộ Tài chính chủ trì ...", "X khẩn trương rà soát").
_SENTENCE = regex.compile(r"(?<=[.!?])[ \t\n]+(?=[\p{Lu}“\"(])")
_LEAD_IN = regex.compile(
    r"^(?:(?:đồng thời|ngoài ra|sau đó|trong đó|mặt khác|bên cạnh đó|(?:trường hợp|nếu|để|sau khi)"
    r"[^,.;]{0,120})[ \t\n]*,[ \t\n]*)", regex.I)
_ASK = regex.compile(r"^(?:giao|de nghi|yeu cau|phan cong|chi dao)(?:[ \t\n]+cho)?[ \t\n]+")
# A line inside a task that opens with an enumeration marker: items run together.
_MARKER_LINE = regex.compile(
    r"\n[ \t|]*(?:[-–+•●▪*\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)"
    r"|[IVX]{1,4}\.)[ \t]+(?=\p{Lu})")


def _inside_name(text: str, pos: int) -> bool:
    """A line break inside an agency's name that a dash follows ("Phòng Lao động⏎-
    Thương binh và Xã hội"): a wrapped name, not a bullet."""
    return any(a.start < pos < a.end for a in find_agencies(text, max(0, pos - 80), min(len(text), pos + 80)))


def opens_order(text: str, pos: int = 0) -> tuple[bool, str | None]:
    """Whether the text at `pos` (after a lead-in such as "Trường hợp ..., ") opens an
    order, and to whom: "Giao/Đề nghị X ..." and "X chủ trì ..." name X; a bare order
    verb ("Rà soát ...") names no one."""
    lead_in = _LEAD_IN.match(text[pos:pos + 200])
    pos += lead_in.end() if lead_in else 0
    ask = _ASK.match(fold(text[pos:pos + 30]))
    first = next(iter(find_agencies(text, pos, min(len(text), pos + 300))), None)
    if first is not None:
        if ask and first.start == pos + ask.end():
            return True, first.name
        if not ask and first.start == pos and starts_with_action(text[first.end:first.end + 80]):
            return True, first.name
    return (not ask and starts_with_action(text[pos:pos + 80])), None


def order_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, assignee) of each sentence of `text` that gives an order to a named agency."""
    found = []
    for start in [0, *(m.end() for m in _SENTENCE.finditer(text))]:
        order, name = opens_order(text, start)
        if order and name:
            found.append((start, name))
    return found


def check_folded(s: Swept) -> list[Hit]:
    """A task that holds several items: a line inside it that opens with a marker and an
    order (a list of documents or cases under an order is part of it), or orders to
    different agencies in separate sentences."""
    hits = []
    for t in s.letter.tasks:
        start, end = s.task_text(t)
        inner = next((m for m in _MARKER_LINE.finditer(s.text, start + 1, end)
                      if opens_order(s.text, m.end())[0] and not _inside_name(s.text, m.start())), None)
        if inner:
            hits.append(Hit("folded", t.id, s.excerpt(inner.start() + 1), "an item inside the task"))
            continue
        orders = order_sentences(t.text)
        names = list(dict.fromkeys(agency_key(n) for _, n in orders))
        if len(names) >= 2:
            second = next(o for o, n in orders if agency_key(n) == names[1])
            hits.append(Hit("folded", t.id, _short(t.text[second:]),
                            "orders to " + ", ".join(dict.fromkeys(n for _, n in orders))))
    return hits


# Closing text: "Nơi nhận", the end mark "./." with text after it (a dozen letters: OCR
# leaves a stray "a" or "Ci" after it), "Trân trọng", a signature block,
# "Trên đây là", "(Đã ký)", "Lưu: VT", "thông báo để ... biết".
_CLOSING_IN_TASK = regex.compile(
    r"(?<!\p{L})N[ơo][iíì] nh[ậâa]n\b|\./\.(?=(?:[^\p{L}]*\p{L}){12})|(?<!\p{L})Trân trọng(?!\p{L})"
    r"|(?<!\p{L})(?:KT|TM|TL|TUQ)[ \t]*\.[ \t]*\p{Lu}{2,}"
    r"|(?<!\p{L})Trên đây là|\(Đã ký\)|(?<!\p{L})Lưu[ \t]*:?[ \t]*VT\b"
    r"|(?<!\p{L})thông báo (?:để|đến)[^.]{0,120}? biết"
    r"|(?<!\p{L})(?:PHÓ )?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CHỦ NHIỆM|CỤC TRƯỞNG)(?!\p{L})")


def check_closing(s: Swept) -> list[Hit]:
    """A task that holds closing text (Nơi nhận, ./. and more, a signature, Trên đây là,
    Trân trọng)."""
    hits = []
    for t in s.letter.tasks:
        m = _CLOSING_IN_TASK.search(t.text)
        if m:
            hits.append(Hit("closing", t.id, _short(t.text[max(0, m.start() - 30):]), m.group().strip()))
    return hits


_ARTICLE = regex.compile(r"(?m)^[ \t|#*]*Điều[ \t]+\d{1,2}[ \t]*[.:]")
_ISSUES = regex.compile(r"ban hanh kem theo|phe duyet[^.]{0,300}?kem theo|kem theo quyet dinh nay")
# The attachment's own title: its kind in capitals (OCR junk before it allowed), or
# "(Ban hành kèm theo Quyết định ...)".
_ATTACHMENT = regex.compile(
    r"(?m)^[^\n\p{Ll}]{0,12}(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN"
    r"|ĐIỀU LỆ|BẢN THỎA THUẬN|BẢN THOẢ THUẬN|DANH MỤC)(?!\p{L})"
    r"|\([ \t]*(?:Ban hành )?[Kk]èm theo Quyết định")


def check_attachment(s: Swept) -> list[Hit]:
    """A decision that issues an attachment printed after it, while no task comes from
    the attachment (all lie before its title)."""
    articles = list(_ARTICLE.finditer(s.text))
    if not articles or not any(_ISSUES.search(s.folded, a.start(), a.start() + 600) for a in articles):
        return []
    title = _ATTACHMENT.search(s.text, articles[0].end())
    if title is None:
        return []
    if any(s.to_text(t.span.start) >= title.start() for t in s.letter.tasks):
        return []
    return [Hit("attach", s.at(title.start()), s.excerpt(title.start()),
                f"{len(s.letter.tasks)} tasks, all before the attachment")]


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _label_value(label: str, marker: str) -> tuple[str, int | None]:
    if marker.startswith("Điều"):
        return "dieu", int(label) if label.isdigit() else None
    if label.isdigit():
        return "arabic", int(label)
    if label in _ROMAN:
        return "roman", _ROMAN[label]
    if len(label) == 1 and label.isupper():
        return "capital", ord(label) - ord("A") + 1
    if len(label) == 1 and label in _LETTERS:
        return "letter", _LETTERS.index(label) + 1
    return "other", None


def _label_of(kind: str, value: int) -> str | None:
    if kind in ("arabic", "dieu"):
        return str(value)
    if kind == "roman":
        return next((k for k, v in _ROMAN.items() if v == value), None)
    if kind == "capital":
        return chr(ord("A") + value - 1)
    if kind == "letter" and value <= len(_LETTERS):
        return _LETTERS[value - 1]
    return None


# A marker OCR damaged beyond reading ("|. Về ...", ". Phổ biến ...", "§. Tăng cường").
_DAMAGED_MARKER = r"[|.§©®][ \t]*\.?[ \t]+\p{Lu}"


def _printed_between(s: Swept, kind: str, values: Iterable[int], start: int, end: int) -> bool:
    """Whether a line between two offsets opens with one of these labels, or with a
    marker OCR damaged: a section printed that was not taken."""
    labels = [regex.escape(x) for v in values if (x := _label_of(kind, v))]
    if kind == "dieu":
        labels = [f"Điều[ \\t]+{x}" for x in labels]
    options = "|".join([*(f"(?:{x})[ \\t]*[.):]" for x in labels), _DAMAGED_MARKER])
    return regex.search(rf"(?m)^[ \t#*]*(?:{options})", s.text[start:end]) is not None


def check_levels(s: Swept) -> list[Hit]:
    """Numbering that lost a level: top-level sections of two kinds ("1, 2, 3, IV"), a
    restart at 1 ("I, II" not taken, their "1." taken instead), a skipped or missing
    first section whose label, or an OCR-damaged marker, is printed where it should be;
    a decimal item whose parent number is printed nowhere ("2.1." in section 1). A
    letter that itself skips a number (1, 4, 5) or goes back (1, 2, 4, 3) is not flagged."""
    hits = []
    previous: tuple[str, int | None, int] | None = None
    for sec in s.letter.sections:
        start = s.to_text(sec.span.start)
        kind, value = _label_value(sec.label, s.text[start:start + 6])
        note = ""
        if previous is None:
            if value is not None and value > 1 and _printed_between(s, kind, range(1, value), s.body[0], start):
                note = f"the first section is {sec.label}"
        elif kind != previous[0]:
            note = f"a {kind} section after a {previous[0]} one"
        elif value is not None and previous[1] is not None:
            if value == 1 and previous[1] >= 1:
                note = f"section {sec.label} again after {_label_of(kind, previous[1])}"
            elif value > previous[1] + 1 and _printed_between(
                    s, kind, range(previous[1] + 1, value), previous[2], start):
                note = f"section {sec.label} after {_label_of(kind, previous[1])}"
        if note:
            hits.append(Hit("levels", s.at(start), s.excerpt(start, width=70), note))
        previous = (kind, value, start)
    printed = {m["label"] for m in _DECIMAL_LINE.finditer(s.text, *s.body)}
    for t in s.letter.tasks:
        parts = regex.findall(r"\d+", t.marker or "")
        if not regex.fullmatch(r"\d+(?:\.\d+)+\.?", (t.marker or "").strip()):
            continue
        parent = ".".join(parts[:-1])
        if len(parts) == 2 and t.section is not None and t.section.isdigit():
            ok = parent == t.section
        else:
            ok = parent in printed or (len(parts) == 2 and t.section == parent)
        if not ok:
            hits.append(Hit("levels", t.id, f"{t.marker} {_short(t.text, 60)}",
                            f"item {t.marker} in section {t.section}, no {parent}. printed"))
    return hits


_DECIMAL_LINE = regex.compile(r"(?m)^[ \t|#*]*(?P<label>\d{1,2}(?:\.\d{1,2})*)\.?[ \t)]")


# --- agencies the vocabulary does not know

_TRAILING_PLACE = regex.compile(
    r"[ \t]+(?:(?:tỉnh|thành phố|Thành phố|TP\.?|huyện|quận|thị xã|xã|phường|khu vực)(?:[ \t]+\S.*)?"
    r"|Việt Nam|Trung ương|trung ương)$")


def _plain_key(name: str) -> str:
    return " ".join(regex.sub(r"[,\-–—&.]", " ", agency_key(name)).split())


@cache
def _known_keys() -> frozenset[str]:
    """What the vocabulary of extractors/data names: central bodies, the ministries'
    provincial departments, the gazetteers' agencies and their aliases."""
    names = set(load_yaml("bodies.yaml")["central"])
    names |= {"Sở " + n[3:] for n in names if n.startswith("Bộ ")}
    names |= set(agency_vocabulary().standalone) | set(agency_vocabulary().local_heads)
    folder = resources.files("extractors").joinpath("data", "gazetteers")
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".yaml"):
            continue
        for a in yaml.safe_load(path.read_text(encoding="utf-8")).get("agencies", []):
            names |= {a["name"], *a.get("aliases", [])}
    return frozenset(_plain_key(n) for n in names)


# Heads whose members the vocabulary lists, so that "unknown" means something without
# the national gazetteer; any capitalised head with it.
_ENUMERATED_HEADS = ("Bộ", "Sở", "Tổng cục")


@cache
def _national() -> Callable[[str], bool] | None:
    """`extractors.national.is_known`, once that gazetteer is installed."""
    try:
        from extractors.national import is_known
    except ImportError:
        return None
    return is_known


def is_known_agency(name: str) -> bool | None:
    """True or False where the vocabulary can tell; None for a name it cannot judge
    (a collective, lower case, a head whose members no list holds)."""
    if not name[:1].isupper() or name.split()[0] == "Các":
        return None
    heads = [h for h in agency_vocabulary().named_heads if name == h or name.startswith(h + " ")]
    national = _national()
    if national is not None:
        return national(name) if heads else None
    if not any(name.startswith(h + " ") for h in _ENUMERATED_HEADS):
        return None
    if any(name.startswith(h) for h in ("Bộ Chỉ huy", "Bộ đội")):
        return None
    key = _plain_key(name)
    known = _known_keys()
    if key in known:
        return True
    bare = _TRAILING_PLACE.sub("", name)
    return _plain_key(bare) in known


def check_unknown_agency(s: Swept) -> list[Hit]:
    """An agency chidao named (lead, support, report-to, a section's) that the
    vocabulary does not know: a name cut or run on, OCR damage, or a body to add."""
    seen: dict[str, str] = {}
    for t in s.letter.tasks:
        for name in (*t.lead, *t.support, *t.report_to):
            seen.setdefault(name, t.id)
    for sec in s.letter.sections:
        for name in sec.agencies:
            seen.setdefault(name, s.at(s.to_text(sec.span.start)))
    return [Hit("unknown", where, name) for name, where in seen.items() if is_known_agency(name) is False]


# Letters to others: there what the issuer says it will do is no task (ANNOTATION.md);
# in a plan, a decision or a thông báo kết luận its own section is.
_TO_OTHERS = (None, "công văn", "công điện")


def check_issuer_lead(s: Swept) -> list[Hit]:
    """In a letter to others, a task led by the letter's own issuer: the issuer's own
    undertaking taken for an order, or a header that read an addressee as the issuer."""
    doc = s.letter.document
    if not doc.issuer or doc.doc_type not in _TO_OTHERS:
        return []
    header = " (also an addressee: header misread?)" if any(
        same_agency_name(doc.issuer, r) for r in doc.recipients) else ""
    return [Hit("issuer", t.id, _short(t.text), next(x for x in t.lead if same_agency_name(x, doc.issuer)) + header)
            for t in s.letter.tasks if any(same_agency_name(x, doc.issuer) for x in t.lead)]


# What bounds the work in a deadline phrase; a phrase without it ("quý IV năm 2024" in
# "nhiệm vụ tháng 10, quý IV năm 2024 như sau:") names a period.
_BOUNDED = regex.compile(
    r"^(?:trước|chậm nhất|hoàn thành|xong|trong|đến|tới|thời hạn|hạn|vào|khẩn trương|kịp thời|ngay"
    r"|thường xuyên|định kỳ|hằng|hàng|mỗi)(?!\p{L})", regex.I)
# "Để" opening a purpose clause (OCR: "dé"); "đề nghị" is another word.
_PURPOSE = regex.compile(r"(?<!\p{L})(?:[Đđ]ể|[Dd]é)(?!\p{L})")
_ORDER_WORD = regex.compile(r"(?<!\p{L})(?:đề nghị|yêu cầu|giao|chỉ đạo)(?!\p{L})", regex.I)


def check_intro_deadline(s: Swept) -> list[Hit]:
    """A deadline inherited from before the directive part that the guide does not carry
    down: one in the title or subject, in a purpose clause ("Để ... trong năm 2024,
    đề nghị"), or a period that bounds no work ("nhiệm vụ quý IV năm 2024 như sau:")."""
    starts = [x.span.start for x in s.letter.sections] + [t.span.start for t in s.letter.tasks]
    directive = min(starts, default=len(s.doc.source))
    hits = []
    for t in s.letter.tasks:
        d = t.deadline
        if d is None or not d.inherited or d.span.start >= directive:
            continue
        start = s.to_text(d.span.start)
        why = ("in the title" if start < s.body[0] else
               "in a purpose clause" if _in_purpose(s.text, start) else
               "a period, no bound" if not _BOUNDED.match(d.text) else "")
        if why:
            hits.append(Hit("intro_dl", t.id, f"{d.text} ← {s.excerpt(max(0, start - 60), start + len(d.text))}",
                            why))
    return hits


def _in_purpose(text: str, pos: int) -> bool:
    """Whether `pos` lies in a purpose clause: "để" before it in the same sentence and
    no order word between (", đề nghị X ..." starts the main clause)."""
    sentence = max(text.rfind(".", 0, pos), text.rfind(":", 0, pos), text.rfind(";", 0, pos)) + 1
    m = None
    for m in _PURPOSE.finditer(text, sentence, pos):
        pass
    return m is not None and not _ORDER_WORD.search(text, m.end(), pos)


# "số 12/KH-UBND. ngày 05/3/2026", "Công văn 88/BTC-NSNN của Bộ Tài chính ngày ...":
# a date within a few words after a mention.
_WORDS_MAX = 8


def check_citation_date(s: Swept) -> list[Hit]:
    """A citation left without a date though a date follows one of its mentions within
    a few words (no other citation, semicolon or line break between)."""
    starts = sorted(s.to_text(m.start) for c in s.letter.citations for m in c.mentions)
    hits = []
    for c in s.letter.citations:
        if c.date is not None:
            continue
        for m in c.mentions:
            end = s.to_text(m.end)
            nxt = next((x for x in starts if x > end), len(s.text))
            window = s.text[end:min(nxt, end + 90)]
            window = regex.split(r"[;\n]", window, maxsplit=1)[0]
            dates = [(d.start, d.end) for d in find_dates(window)] or _ocr_dates(window)
            if dates and _dates_it(window, dates[0][0]):
                hits.append(Hit("cite_date", s.at(s.to_text(m.start)),
                                s.excerpt(s.to_text(m.start), width=70), c.ref))
                break
    return hits


# OCR'd and web-copied dates the date reader does not take: "ngay 05/3/2026" is taken,
# "05/3/ 2026" and "ngày 5 tháng 3năm 2026" are not.
_LOOSE_DATE = regex.compile(
    r"(?<!\d)\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}[ \t]*[/.-][ \t]*(?:19|20)\d{2}(?!\d)"
    r"|(?<!\d)\d{1,2}[ \t]*tháng[ \t]*\d{1,2}[ \t]*năm[ \t]*(?:19|20)\d{2}(?!\d)", regex.I)


# Between a mention and a date that is not its own: a time phrase ("có hiệu lực kể từ
# ngày", "đến trước ngày"), or a bracket the mention sits in closing first.
_NOT_ITS_DATE = regex.compile(r"(?<!\p{L})(?:trước|sau|từ|đến|tới|hiệu lực|hết|vào|trong)(?!\p{L})|\)")


def _dates_it(window: str, at: int) -> bool:
    """Whether the date at `at` of the text after a mention is the mention's date: a
    few words away, no time phrase or closing bracket between, not glued to a word
    (OCR's "j8/8/2021" is no legible date) unless that word is "ngày"."""
    gap = window[:at]
    if len(gap.split()) > _WORDS_MAX or _NOT_ITS_DATE.search(gap):
        return False
    glued = regex.search(r"(\p{L}+)$", gap)
    return glued is None or not window[at].isdigit() or fold(glued.group(1)).endswith(("ngay", "hgay"))


def _ocr_dates(window: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LOOSE_DATE.finditer(window)]


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


# code: (what it suggests, check)
CHECKS: dict[str, tuple[str, Callable[[Swept], list[Hit]]]] = {
    "no_tasks": ("no task though the body orders something", check_no_tasks),
    "no_lead": ("task without a lead", check_no_lead),
    "folded": ("several items folded into one task", check_folded),
    "closing": ("closing text inside a task", check_closing),
    "attach": ("decision whose issued attachment gave no task", check_attachment),
    "levels": ("numbering that skips a level or is out of sequence", check_levels),
    "unknown": ("agency the vocabulary does not know", check_unknown_agency),
    "issuer": ("task led by the letter's own issuer", check_issuer_lead),
    "intro_dl": ("deadline inherited from the title or intro", check_intro_deadline),
    "cite_date": ("citation without a date though one follows a mention", check_citation_date),
}


def check(letter: Letter, source: str) -> list[Hit]:
    """Every flag of one letter, in the order of CHECKS."""
    s = Swept(letter, source)
    return [h for _, run in CHECKS.values() for h in run(s)]


# --------------------------------------------------------------------------- the runner

# Files in a swept folder that are not letters: notes, indexes, gold, code.
_NOT_LETTERS = {".json", ".md", ".tsv", ".csv", ".yaml", ".yml", ".py", ".xlsx", ".html",
                ".zip", ".log", ".toml", ".jsonl", ".sqlite"}


def letter_files(paths: Iterable[Path]) -> list[Path]:
    """Files under the folders (recursive, sorted), hidden ones and notes left out;
    a file given itself is always read."""
    out: list[Path] = []
    for p in paths:
        if not p.is_dir():
            out.append(p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            out += [Path(dirpath) / f for f in sorted(filenames)
                    if not f.startswith(".") and Path(f).suffix.lower() not in _NOT_LETTERS]
    return out


@dataclass
class Outcome:
    """One letter's outcome: its flags, or why it could not be read."""
    file: str
    tasks: int = 0
    hits: list[Hit] = field(default_factory=list)
    error: str | None = None


def sweep(paths: Iterable[Path], limit: int | None = None,
          on_error: Callable[[str], None] | None = None) -> list[Outcome]:
    """Extract and check every letter under `paths` (at most `limit`); a file that
    cannot be read is recorded with its one-line reason and the sweep goes on."""
    from pipeline.errors import ChidaoError
    from pipeline.extract import extract_document
    from pipeline.readers import read

    results = []
    for path in letter_files(paths)[:limit]:
        try:
            raw = read(path)
            letter = extract_document(raw)
            results.append(Outcome(str(path), len(letter.tasks), check(letter, raw.source)))
        except ChidaoError as exc:
            results.append(Outcome(str(path), error=str(exc)))
        except Exception as exc:      # a bug must not stop a sweep
            results.append(Outcome(str(path), error=f"{path}: internal error: {type(exc).__name__}: {exc}"))
        if results[-1].error and on_error:
            on_error(results[-1].error)
    return results


def totals(results: list[Outcome]) -> dict[str, dict[str, int]]:
    """Per flag: occurrences and letters raising it."""
    out = {}
    for code in CHECKS:
        counts = [sum(h.code == code for h in r.hits) for r in results]
        out[code] = {"count": sum(counts), "letters": sum(c > 0 for c in counts)}
    return out


def format_table(results: list[Outcome]) -> str:
    """Per letter, the count of each flag ('.' for none); then the totals and a legend."""
    names = [Path(r.file).name if len({Path(x.file).name for x in results}) == len(results)
             else r.file for r in results]
    width = max([len(n) for n in names] + [6])
    codes = list(CHECKS)
    head = f"{'letter':<{width}}  {'tasks':>5}  " + "  ".join(f"{c:>{max(len(c), 3)}}" for c in codes)
    lines = [head, "-" * len(head)]
    for name, r in zip(names, results):
        if r.error:
            lines.append(f"{name:<{width}}  {'—':>5}  unreadable: {r.error.split(': ', 1)[-1]}")
            continue
        cells = []
        for c in codes:
            n = sum(h.code == c for h in r.hits)
            cells.append(f"{n if n else '.':>{max(len(c), 3)}}")
        lines.append(f"{name:<{width}}  {r.tasks:>5}  " + "  ".join(cells))
    lines.append("-" * len(head))
    tot = totals(results)
    read_ok = [r for r in results if not r.error]
    lines.append(f"{'flags':<{width}}  {sum(r.tasks for r in read_ok):>5}  "
                 + "  ".join(f"{tot[c]['count']:>{max(len(c), 3)}}" for c in codes))
    lines.append(f"{'letters':<{width}}  {len(read_ok):>5}  "
                 + "  ".join(f"{tot[c]['letters']:>{max(len(c), 3)}}" for c in codes))
    failed = len(results) - len(read_ok)
    lines.append("")
    lines.append(f"{len(results)} files: {len(read_ok)} letters swept, {failed} unreadable")
    lines += [f"  {c:<9} {desc}" for c, (desc, _) in CHECKS.items()]
    return "\n".join(lines) + "\n"


def as_json(results: list[Outcome]) -> dict:
    """The full detail: per flag its description, totals and every occurrence; per
    letter its counts; the files that could not be read."""
    tot = totals(results)
    flags = {}
    for code, (desc, _) in CHECKS.items():
        flags[code] = {
            "description": desc, **tot[code],
            "occurrences": [{"letter": r.file, "where": h.where, "excerpt": h.excerpt, "note": h.note}
                            for r in results for h in r.hits if h.code == code]}
    return {
        "letters": [{"file": r.file, "tasks": r.tasks,
                     "flags": {c: n for c in CHECKS if (n := sum(h.code == c for h in r.hits))}}
                    for r in results if not r.error],
        "unreadable": [{"file": r.file, "reason": r.error} for r in results if r.error],
        "flags": flags,
    }
