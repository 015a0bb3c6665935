"""The directive part of a letter as a tree of enumerated items.

Sections are the top-level items of the directive part (ANNOTATION.md); the
preamble ends at the introducing sentence ("... chỉ đạo như sau:"), and a
decision that issues an attached plan has the plan as its directive part.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.patterns import fold
from pipeline.layout import Paragraph

# Top-level marker kinds, outermost first.
_NUMBERED = ("dieu", "roman", "arabic", "decimal", "letter")
_ATTACHMENT = regex.compile(
    r"^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN|ĐIỀU LỆ)(?:\s|$)")
_INTRO_CUE = regex.compile(
    r"(?:nhu sau|sau day|cu the|yeu cau|de nghi|chi dao|giao|co trach nhiem|quyet dinh|thuc hien"
    r"|huong dan)[^:]{0,160}:\s*$")
# Closing formulas: not tasks (ANNOTATION.md: "Exhortations to everyone with no action").
_CLOSING = regex.compile(
    r"nghiem tuc thuc hien\s*\.?/|nghiem tuc (?:trien khai|to chuc) thuc hien\s*\.?/"
    r"|biet,? (?:va )?thuc hien|biet, quan ly|thong bao (?:de|de)"
    r"|^tren day la|^trong qua trinh (?:to chuc )?thuc hien,|moi y kien thac mac|xin lien he"
    r"|^noi nhan|thuc hien nghiem tuc, hieu qua chi thi"
    # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc ... phản ánh / báo cáo về X"
    r"|(?:neu|khi) co (?:kho khan|vuong mac)"
    r"|^de nghi cac to chuc, ca nhan co lien quan thuc hien",
)


@dataclass
class Item:
    para: Paragraph
    body: list[Paragraph] = field(default_factory=list)
    children: list["Item"] = field(default_factory=list)
    parent: "Item | None" = None

    @property
    def kind(self) -> str:
        return self.para.marker.kind if self.para.marker else "paragraph"


@dataclass
class Outline:
    intro: list[Paragraph]       # introducing paragraphs (their roles carry down)
    sections: list[Item]         # top-level items, in order
    loose: list[Paragraph]       # unnumbered paragraphs of the directive part
    closing: list[Paragraph]


# "Yêu cầu Thủ trưởng các cơ quan ... khẩn trương triển khai thực hiện./.": a call to carry
# out what precedes, with no action, date or report of its own.
_EXHORTATION = regex.compile(
    r"^(?:[^.]{0,40}[ ,])?(?:yeu cau|de nghi)[^.]{0,200}?[ ,](?:(?:nghiem tuc|khan truong|kip thoi|quyet liet"
    r"|khan truong,? nghiem tuc|nghiem tuc,? khan truong)[ ,]+)?(?:(?:trien khai|to chuc)[ ,]+)?"
    r"thuc hien(?: tot| nghiem| co hieu qua)?(?: (?:van ban|cong van|chi thi|ke hoach|thong bao|quyet dinh) nay)?"
    r"[ ]*\.?/\.?[ ]*$")


def is_closing(p: Paragraph) -> bool:
    if p.marker is not None:
        return False
    f = fold(p.text)
    return _CLOSING.search(f) is not None or _EXHORTATION.match(f) is not None


def _directive_start(paras: list[Paragraph]) -> int:
    """Index of the first paragraph of the directive part."""
    seen_article = False
    for i, p in enumerate(paras):
        if p.marker and p.marker.kind == "dieu":
            seen_article = True
        elif seen_article and p.marker is None and _ATTACHMENT.match(p.text):
            # The attachment's title runs on ("THỰC HIỆN ...", "(Kèm theo ...)") up to its first item.
            return next((j for j in range(i + 1, len(paras)) if paras[j].marker), i + 1)
    first_numbered = next((i for i, p in enumerate(paras)
                           if p.marker and p.marker.kind in _NUMBERED), len(paras))
    intro = None
    for i, p in enumerate(paras[:first_numbered]):
        if p.marker is None and _INTRO_CUE.search(fold(p.text)):
            intro = i
    if intro is not None:
        return intro
    if first_numbered < len(paras):
        return first_numbered
    return 0


def _level(kind: str, label: str | None) -> tuple[str, int]:
    """A nesting key: decimals nest by depth ("1.1." under "1.")."""
    if kind == "decimal" and label:
        return kind, label.count(".")
    return kind, 0


def build_outline(paras: list[Paragraph]) -> Outline:
    start = _directive_start(paras)
    intro: list[Paragraph] = []
    if start < len(paras) and paras[start].marker is None and paras[start].text.rstrip().endswith(":"):
        intro.append(paras[start])
        start += 1
    part = paras[start:]
    # The closing formula and anything after it are not part of the directive text; a
    # closing-like line before the last numbered item does not end the letter there.
    last_item = max((i for i, p in enumerate(part) if p.marker), default=-1)
    end = next((i for i, p in enumerate(part) if i > last_item and is_closing(p)), len(part))
    closing, part = part[end:], part[:end]

    sections: list[Item] = []
    loose: list[Paragraph] = []
    stack: list[tuple[tuple[str, int], Item]] = []
    last_marked = max((i for i, p in enumerate(part) if p.marker), default=-1)
    for i, p in enumerate(part):
        if p.marker is None:
            if not stack:
                loose.append(p)
                continue
            host = stack[-1][1]
            bullet = host.kind in ("dash", "plus", "bullet")
            # "3. Các sở, ban, ngành:" announces the paragraph under it, its body
            announced = (not bullet and host.para.text.rstrip().endswith(":")
                         and not host.body and not host.children)
            if i > last_marked and (bullet or _gives_order(p)) and not announced:
                loose.append(p)
            elif bullet and not p.text[:1].islower():
                # A bullet is one paragraph; what follows belongs to the item above it.
                owner = next((it for _, it in reversed(stack)
                              if it.kind not in ("dash", "plus", "bullet")), None)
                (owner.body if owner else loose).append(p)
            else:
                host.body.append(p)
            continue
        key = _level(p.marker.kind, p.marker.label)
        keys = [k for k, _ in stack]
        if key in keys:
            del stack[keys.index(key):]
        item = Item(p, parent=stack[-1][1] if stack else None)
        if stack:
            stack[-1][1].children.append(item)
        else:
            sections.append(item)
        stack.append((key, item))
    return Outline(intro, sections, loose, closing)


def _gives_order(p: Paragraph) -> bool:
    """An unnumbered paragraph after the last item that orders something itself."""
    f = fold(p.text)
    return regex.search(r"(?<!\p{L})(?:de nghi|yeu cau|(?<!duoc )giao)(?!\p{L})|thuc hien tong hop|bao cao",
                        f) is not None
