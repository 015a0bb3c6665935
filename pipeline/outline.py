"""The directive part of a letter as a tree of enumerated items.

Sections are the top-level items of the directive part (ANNOTATION.md, "Sections"):
the preamble ends at the introducing sentence ("... chỉ đạo như sau:") or at the first
numbered item. Items nest by the sequence they continue: "2." goes beside the open
"1.", a new "a)" under the item above it, and "II." (a higher family that continues
its own sequence) closes every arabic item, even when its "I." is not on the page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.patterns import fold
from pipeline.fields import read_field
from pipeline.layout import Paragraph, names_only
from pipeline.markers import BULLETS, RANK, ROMAN, Marker, label_value

_INTRO_CUE = regex.compile(
    r"(?:nhu sau|sau day|cu the|yeu cau|de nghi|chi dao|giao|co trach nhiem|quyet dinh|thuc hien"
    r"|huong dan|ket luan|thong bao|nhiem vu|noi dung)[^:]{0,160}:[\s\W\divxl]{0,4}$")
# Closing formulas: not tasks (ANNOTATION.md: "Exhortations to everyone with no action").
# (each formula a pattern of its own, a text closing if any is found in it: as one
# alternation the regex module tried them all at every position, five times as slow)
_CLOSING = tuple(regex.compile(formula) for formula in (
    r"nghiem tuc thuc hien\s*\.?/", r"nghiem tuc (?:trien khai|to chuc) thuc hien\s*\.?/",
    r"biet,? (?:va )?thuc hien", r"biet, quan ly", r"thong bao (?:de|de)",
    r"^tren day la", r"^trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien,", r"moi y kien thac mac", r"xin lien he",
    # ("trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh ...", no "nếu" nor comma;
    # not where a body is then given a date: "..., Sở Tài chính tổng hợp, báo cáo trước ngày 15/12")
    r"^trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien co (?:phat sinh )?(?:kho khan|vuong mac)"
    r"(?![^.;]*(?:ngay \d|\d{1,2}/\d{1,2}))",
    r"^noi nhan", r"thuc hien nghiem tuc, hieu qua chi thi",
    # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc ... phản ánh / báo cáo về X"
    # (a paragraph that opens with an order of its own and adds this is a task)
    r"^(?:[^.;]{0,60}[ ,])?(?:neu|khi|truong hop) co (?:phat sinh )?(?:kho khan|vuong mac)",
    # ... also after a longer "Trong quá trình <work>," opening
    r"^trong qua trinh [^.;]{0,120}[ ,](?:neu|khi) co (?:phat sinh )?(?:kho khan|vuong mac)",
    r"^de nghi cac to chuc, ca nhan co lien quan thuc hien",
    # a request's courtesy close, a paragraph of its own: "Ủy ban nhân dân tỉnh trân trọng đề nghị
    # Bộ X quan tâm, sớm xem xét, giải quyết./." (not after an order: "Giao Sở A ...; đề nghị ...")
    r"^(?:(?:(?!giao |tham muu|van ban|chu tri|phoi hop|chi dao|yeu cau)[^.;,]){0,60} )?"
    r"(?:tran trong |kinh )?(?:de nghi|mong)(?!\p{L})[^.;]{0,120}?[ ,]quan tam"
    r"(?:,? (?:va )?(?:som|xem xet|chi dao|giai quyet|ho tro|tao dieu kien|cho y kien|giup do|phoi hop))*"
    r"[ ,]*\.?/?\.?$",
    # a signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    r"^(?:tm|kt|tl|tuq)\s*\.\s*\S",
))


def _has_closing(folded: str) -> bool:
    return any(formula.search(folded) is not None for formula in _CLOSING)

# "Yêu cầu Thủ trưởng các cơ quan ... khẩn trương triển khai thực hiện./.": a call to carry
# out what precedes, with no action, date or report of its own.
_EXHORTATION = regex.compile(
    r"^(?:[^.]{0,40}[ ,])?(?:yeu cau|de nghi)[^.]{0,200}?[ ,](?:(?:nghiem tuc|khan truong|kip thoi|quyet liet"
    r"|khan truong,? nghiem tuc|nghiem tuc,? khan truong)[ ,]+)?(?:(?:trien khai|to chuc)[ ,]+)?"
    r"thuc hien(?: tot| nghiem tuc| nghiem| co hieu qua)?(?: (?:van ban|cong van|chi thi|ke hoach|thong bao|quyet dinh) nay)?"
    # "... thực hiện đầy đủ các nội dung chỉ đạo nêu trên theo thẩm quyền"
    r"(?:(?: day du)? (?:cac|nhung) (?:noi dung|nhiem vu|yeu cau|giai phap)(?: chi dao)?"
    r"(?: neu tren| tren| noi tren| tai (?:van ban|cong van) nay)?(?: theo [^.]{0,80})?)?"
    r"[ ]*\.?/?\.?[ ]*$")
_CLAUSE_BREAK = regex.compile(r";[ \t\n]+")
# (not after an abbreviation: "UBND TP. Hồ Chí Minh", "TT. Huế")
_SENTENCE_BREAK = regex.compile(r"(?<=\.)(?<!(?<!\p{L})(?:TP|Tp|tp|TT|Tt|TX|Q|P|TS|ThS|PGS|GS)\.)[ \t\n]+(?=\S)")


@dataclass
class Item:
    para: Paragraph
    body: list[Paragraph] = field(default_factory=list)
    children: list["Item"] = field(default_factory=list)
    parent: "Item | None" = None
    label: str | None = None        # as printed, or as the sequence proves it (OCR)

    @property
    def marker(self) -> Marker:
        return self.para.marker

    @property
    def kind(self) -> str:
        return self.para.marker.kind if self.para.marker else "paragraph"

    @property
    def family(self) -> tuple[str, int]:
        return self.kind, self.marker.depth

    @property
    def value(self) -> int | None:
        # (label_value imported with the module: an import statement here cost a
        # microsecond or two at each of the outline's many calls)
        return label_value(self.kind, self.label)


@dataclass
class Outline:
    intro: list[Paragraph]       # introducing paragraphs (their roles carry down)
    sections: list[Item]         # top-level items, in order
    loose: list[Paragraph]       # unnumbered paragraphs of the directive part
    closing: list[Paragraph]
    # labels read through an OCR misprint or lost: (code, message, start, end)
    warnings: list[tuple[str, str, int, int]] = field(default_factory=list)


def _closes(folded: str) -> bool:
    """A closing formula, or a call to carry out what precedes."""
    return _has_closing(folded) or _EXHORTATION.match(folded) is not None


def is_closing(p: Paragraph) -> bool:
    if p.marker is not None:
        return False
    f = fold(p.text)
    parts = _SENTENCE_BREAK.split(f)
    closes = [_closes(s) for s in parts]
    if _closes(f):
        # ... but a reporting rule in a sentence of its own among the formulas is an order
        # ("Trên đây là Kế hoạch ... Đề nghị ... thực hiện. Định kỳ hằng năm (trước ngày 30
        # tháng 11) báo cáo kết quả về Sở Xây dựng ...")
        return not any(REPORTING_RULE.search(s) and not _WILL.search(s) for s, c in zip(parts, closes) if not c)
    # a call to carry out what precedes, then the difficulties formula: each sentence closes, or
    # each clause of one ("... nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn ...")
    return all(c or all(_closes(k) for k in _CLAUSE_BREAK.split(s)) for s, c in zip(parts, closes))


def formulas_end(text: str) -> int:
    """Where the closing formulas and calls to carry out that open a paragraph end ("Trên
    đây là Kế hoạch ... Đề nghị các cơ quan nghiêm túc thực hiện. | Định kỳ ..."): 0 if
    none does, or if nothing follows them."""
    at = 0
    for m in [*_SENTENCE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if not _closes(fold(text[at:end])):
            return at
        if m is None:
            return 0
        at = m.end()
    return 0


# what the issuer says it will do ("Sở Y tế sẽ tiếp tục báo cáo ..."; folded, not "chia sẻ")
_WILL = regex.compile(r"(?<!\p{L})(?<!chia )se(?!\p{L})")


# a reporting rule: "... định kỳ báo cáo ... gửi về Tổng cục Thuế trước ngày 10 ..." (folded)
REPORTING_RULE = regex.compile(r"(?<!\p{L})(?:dinh ky|hang quy|hang thang|hang nam|hang tuan)(?!\p{L})[^.;]{0,80}?"
                               r"(?<!\p{L})bao cao(?!\p{L})")


def is_intro(p: Paragraph) -> bool:
    """An unnumbered line that introduces what follows ("... chỉ đạo như sau:")."""
    return p.marker is None and _INTRO_CUE.search(fold(p.text.rstrip())) is not None


def _directive_start(paras: list[Paragraph]) -> int:
    """Index of the first paragraph of the directive part: its introducing line, or its
    first numbered item."""
    first_numbered = next((i for i, p in enumerate(paras)
                           if p.marker and p.marker.numbered and p.marker.kind != "dieu"), None)
    if first_numbered is None:
        first_numbered = next((i for i, p in enumerate(paras) if p.marker and p.marker.numbered),
                              len(paras))
    # (a decision or resolution whose articles hold the items: "Điều 1." before them opens it)
    first_article = next((i for i, p in enumerate(paras[:first_numbered])
                          if p.marker and p.marker.kind == "dieu" and p.marker.value == 1), None)
    # (not an article the preamble quotes before the letter's own lead-in: "... quy định:" /
    # "Điều 1. Hỗ trợ ..." / "... yêu cầu thực hiện các nội dung sau:" / "1. ...")
    if first_article is not None and not any(p.marker is None and is_intro(p)
                                             for p in paras[first_article:first_numbered]):
        first_numbered = first_article
    intro = None
    for i, p in enumerate(paras[:first_numbered]):
        if is_intro(p):
            intro = i
    # (not over a lead-in that itself asks: "Thủ tướng Chính phủ yêu cầu như sau:")
    later = _later_intro(paras, first_numbered)
    if later is not None and (intro is None or not _ASKING.search(fold(paras[intro].text).rsplit(". ", 1)[-1])):
        return later
    if intro is not None:
        return intro
    if first_numbered < len(paras):
        return first_numbered
    return 0


# (in the lead-in's own sentence, not a past or passive "đã giao", "được giao")
_ASKING = regex.compile(r"(?<!\p{L})(?<!(?:da|duoc)[ \t\n]+)(?:yeu cau|de nghi|giao|chi dao|co y kien)(?!\p{L})")


def _later_intro(paras: list[Paragraph], first_numbered: int) -> int | None:
    """An introducing line after the first numbered items, when those are the preamble's
    own enumeration: "... cụ thể như sau: (1) ...; (2) ..." then "... yêu cầu ... như sau:"
    and "I." — the items after the line are of a higher rank than every one before it."""
    ranks_before: list[int] = []
    intro = None
    for i in range(first_numbered, len(paras)):
        p = paras[i]
        if p.marker is None:
            if is_intro(p) and ranks_before:
                intro = i
            continue
        if not p.marker.numbered:
            continue
        if intro is not None:
            return intro if RANK[p.marker.kind] < min(ranks_before) else None
        ranks_before.append(RANK[p.marker.kind])
    return None


class _Nester:
    """Places items in the tree by the sequence their marker continues."""

    def __init__(self, warnings: list):
        self.stack: list[Item] = []
        self.sections: list[Item] = []
        self.warnings = warnings

    def place(self, item: Item) -> None:
        m = item.marker
        item.label = m.label
        if m.numbered and m.label is None:
            self._infer_label(item)
        parent = self._parent_for(item)
        item.parent = parent
        (parent.children if parent else self.sections).append(item)
        self.stack.append(item)

    def _pop_to(self, index: int) -> Item | None:
        """Close the items from `index` up; the parent of a new sibling of stack[index]."""
        del self.stack[index:]
        return self.stack[-1] if self.stack else None

    def _parent_for(self, item: Item) -> Item | None:
        stack = self.stack
        if item.kind == "decimal" and item.label:
            # "1.2." is a child of the open "1." (or "1.2.1." of "1.2."), however many
            # bullets opened in between: the number says where it belongs
            owner = item.label.rsplit(".", 1)[0]
            at = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].label == owner
                       and stack[i].kind in ("arabic", "decimal")), None)
            if at is not None:
                return self._pop_to(at + 1)
        same = [i for i, s in enumerate(stack) if s.family == item.family]
        if len(same) > 1 and is_caps(item.para.text):
            # two open lists of one family (a restart): a heading in capitals continues
            # the heading list, "2. NHIỆM VỤ CỤ THỂ" after "1. NHIỆM VỤ CHUNG" / "2. ..."
            heads = [i for i in same if is_caps(stack[i].para.text)
                     and stack[i].value is not None and stack[i].value + 1 == item.value]
            if heads and heads[-1] != same[-1]:
                return self._pop_to(heads[-1])
        if same:
            open_ = stack[same[-1]]
            # a sequence does not repeat its first: "1. TINH THẦN ..." then "1. Quán triệt"
            # nor does a heading's list start over under it ("2. NHIỆM VỤ CỤ THỂ" / "1. ...")
            restart = (item.value == 1 and same[-1] == len(stack) - 1 and not open_.body
                       and (open_.value == 1 or is_caps(open_.para.text)))
            if not restart:
                return self._pop_to(same[-1])
        elif item.kind == "roman" and item.value == 2:
            # "1. TINH THẦN CHỈ ĐẠO" ... "II. NHIỆM VỤ": the "I." OCR read as "1." or "l."
            first = next((i for i, s in enumerate(stack) if s.kind in ("arabic", "letter")
                          and s.label in ("1", "l") and is_caps(s.para.text)), None)
            if first is not None:
                self._relabel(stack[first], "roman", "I")
                return self._pop_to(first)
        if item.marker.numbered and (item.value or 0) > 1 and stack:
            # continuing a sequence whose start we did not see: a higher family closes
            # the lower ones ("II." after "3." is not its child)
            rank = RANK[item.kind]
            keep = len(stack)
            while keep and RANK[stack[keep - 1].kind] >= rank and stack[keep - 1].kind not in BULLETS:
                keep -= 1
            if keep < len(stack) and RANK[stack[-1].kind] > rank:
                return self._pop_to(keep)
        return stack[-1] if stack else None

    def _infer_label(self, item: Item) -> None:
        """A label OCR lost or damaged ("§.", "Il."): the next of its family's sequence."""
        m = item.marker
        previous = next((s for s in reversed(self.stack) if s.family == item.family and s.value), None)
        if previous is None:
            siblings = self.sections if not self.stack else self.stack[-1].children
            previous = next((s for s in reversed(siblings) if s.family == item.family and s.value), None)
        if previous is None:
            if m.kind == "roman":
                item.label = "I"
            return
        value = previous.value + 1
        if m.kind == "roman":
            item.label = next((k for k, v in ROMAN.items() if v == value), None)
        elif m.kind == "arabic":
            item.label = str(value)
        if item.label:
            self.warnings.append(("inferred_label", f"marker {m.raw!r} read as {item.label}",
                                  m.start, m.start + len(m.raw)))

    def _relabel(self, item: Item, kind: str, label: str) -> None:
        m = item.marker
        self.warnings.append(("ocr_label", f"marker {m.raw!r} read as {label}. (the sequence it "
                              "heads continues in that family)", m.start, m.start + len(m.raw)))
        m.kind, m.label = kind, label
        item.label = label


def is_caps(text: str) -> bool:
    """Is the text (its first 80 characters) written in capitals, as a section's title is?"""
    letters = [c for c in text[:80] if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def build_outline(paras: list[Paragraph]) -> Outline:
    start = _directive_start(paras)
    intro: list[Paragraph] = []
    if start < len(paras) and is_intro(paras[start]):
        intro.append(paras[start])
        start += 1
    part = paras[start:]
    # The closing formula and anything after it are not part of the directive text; a
    # closing-like line before the last numbered item does not end the letter there.
    last_item = max((i for i, p in enumerate(part) if p.marker), default=-1)
    end = next((i for i, p in enumerate(part) if i > last_item and is_closing(p)), len(part))
    closing, part = part[end:], part[:end]

    warnings: list = []
    nester = _Nester(warnings)
    loose: list[Paragraph] = []
    last_marked = max((i for i, p in enumerate(part) if p.marker), default=-1)
    for i, p in enumerate(part):
        if p.marker is not None:
            nester.place(Item(p))
            continue
        stack = nester.stack
        if not stack:
            loose.append(p)
            continue
        host = stack[-1]
        bullet = host.kind in BULLETS
        # "3. Các sở, ban, ngành:" announces the paragraph under it, its body (a bullet too:
        # "- Về thí điểm sàn giao dịch:" / "Bộ Tài chính nghiên cứu ...")
        colon = host.para.text.rstrip().endswith(":")
        announced = colon and not host.body and not host.children
        if i > last_marked and not announced and (bullet or _stands_alone(p, host)) \
                and read_field(p.text) is None:
            loose.append(p)      # after the last item: a paragraph of its own (a field line is its unit's)
        elif bullet and not p.text[:1].islower() and not colon:
            # A bullet is one paragraph; what follows belongs to the item above it (but a
            # bullet that ends with a colon announces it: "- Về thí điểm sàn giao dịch:" / "Bộ
            # Tài chính nghiên cứu ...").
            owner = next((it for it in reversed(stack) if it.kind not in BULLETS), None)
            (owner.body if owner else loose).append(p)
            if owner is not None and p.text.rstrip().endswith(":") and names_only(host.para.text):
                # ... and where it announces items after a list that only names bodies ("- Sở Xây
                # dựng (đối với ...);" / "Có trách nhiệm:" / "a) ..."), the items are the owner's
                del stack[stack.index(owner) + 1:]
        else:
            host.body.append(p)
    return Outline(intro, nester.sections, loose, closing, warnings)


def _stands_alone(p: Paragraph, host: Item) -> bool:
    """An unnumbered paragraph after the last item is its own, not the item's body, unless
    it goes on with the item's sentence (lower case, or the item ends with a colon) or
    the item is a heading line whose body it is ("3. Về tiến độ giải ngân" / "Tỷ lệ ...")."""
    head = host.para.text.rstrip()
    if p.text[:1].islower() or head.endswith((":", ",")):
        return False
    heading = host.marker.numbered and not host.children and not head.endswith((".", ";", "./."))
    if heading and (host.body or len(head.split()) > 30) and _orders_others(p.text, head):
        # "4. UBND các xã" / its body / "UBND Thành phố yêu cầu ...; giao X ...", or a
        # long item left without its stop, then an order of its own
        return True
    return not heading


def _orders_others(text: str, heading: str) -> bool:
    """Does the paragraph order agencies of its own, none of them the heading's?"""
    from extractors.roles import find_roles         # the outline stays free of extractors otherwise
    from pipeline.assignees import agency_only

    roles = find_roles(text)
    if roles.rule not in ("giao", "subject", "chu_tri") or not roles.lead:
        return False
    own = {a.name for a in roles.lead}
    return not own & set(agency_only(heading) or [])
