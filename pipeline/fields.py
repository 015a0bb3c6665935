"""The fields a plan writes out for a unit of work (ANNOTATION.md, "Headings and fields"):

    1. Nội dung: a) Khảo sát ...; b) Cắm biển ...
    2. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
    - Cơ quan phối hợp: UBND các xã.
    c) Thời gian thực hiện: Quý III/2025.

A field line is not a task; its value applies to every task of its unit. `read_field`
tells a field line by its label, which may stand alone as the heading of its values
("a) Cơ quan chủ trì" over "- Ban Chỉ đạo quốc gia.").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.patterns import fold

# Labels, folded, by what they give. "Cơ quan chủ trì, phối hợp" heads both.
_LABELS: list[tuple[str, str]] = [
    ("lead_support", r"(?:co quan|don vi)[ \t]+chu tri[ \t]*(?:,|va)[ \t]*(?:co quan[ \t]+|don vi[ \t]+)?phoi hop"),
    ("support", r"(?:(?:co quan|don vi)(?:[ \t]*\((?:co quan|don vi)\))?[ \t]+)?phoi hop(?:[ \t]+thuc hien)?"),
    # ("Đơn vị chủ trì tham mưu thực hiện": the lead advises the issuer and carries it out)
    ("lead", r"(?:(?:co quan|don vi)(?:[ \t]*[(/][ \t]*(?:co quan|don vi)[ \t]*\)?)?[ \t]+)?chu tri"
             r"(?:[ \t]*,?[ \t]*(?:va[ \t]+)?(?:tham muu(?:[ \t]*,?[ \t]*(?:va[ \t]+)?thuc hien)?|thuc hien))?"),
    ("performer", r"(?:co quan|don vi)(?:[ \t]*[(/][ \t]*(?:co quan|don vi)[ \t]*\)?)?[ \t]+"
                  r"(?:thuc hien|thuc hien chinh|chiu trach nhiem(?:[ \t]+thuc hien)?|thuc hien va phoi hop)"
                  r"|trach nhiem thuc hien|phan cong thuc hien|don vi chu quan"),
    ("deadline", r"thoi[ \t]+(?:gian|han)(?:[ \t]+(?:thuc hien|hoan thanh|hoan tat|trien khai|bao cao))?"
                 r"(?:[ \t]*(?:,|va)[ \t]*(?:thoi gian[ \t]+)?(?:hoan thanh|thuc hien))?"
                 r"|tien do(?:[ \t]+(?:thuc hien|hoan thanh))?"),
    ("product", r"san pham(?:[ \t]+(?:dau ra|hoan thanh))?|ket qua(?:[ \t]*(?:,|/)[ \t]*san pham|[ \t]+dau ra)?"
                r"|hinh thuc van ban"),
    ("content", r"noi dung(?:[ \t]+(?:thuc hien|cong viec|nhiem vu))?(?:[ \t]*(?:,|va)[ \t]*(?:bien phap|giai phap))?"
                r"|nhiem vu(?:[ \t]*(?:,|va)[ \t]*giai phap)?"),
    ("other", r"kinh phi(?:[ \t]+thuc hien)?|nguon kinh phi|du toan kinh phi|dia diem(?:[ \t]+thuc hien)?"
              r"|thanh phan(?:[ \t]+tham du)?|doi tuong(?:[ \t]+ap dung)?|pham vi(?:[ \t]+ap dung)?"
              r"|muc tieu|chi tieu|hinh thuc(?:[ \t]+thuc hien|[ \t]+to chuc)?"),
]
_FIELD = regex.compile(
    r"^[ \t]*(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _LABELS) + r")"
    r"[ \t]*(?::[ \t]*(?P<value>.*)|(?P<bare>[ \t]*$))", regex.S)


@dataclass(frozen=True)
class FieldLine:
    kind: str          # lead_support | lead | support | performer | deadline | product | content | other
    value_start: int   # where the value starts in the text (its end when the label stands alone)


@lru_cache(maxsize=4096)      # a line is read again for each item that holds it
def read_field(text: str) -> FieldLine | None:
    """The field a line writes out ("Cơ quan chủ trì: X"), or None."""
    m = _FIELD.match(fold(text))
    if m is None:
        return None
    kind = next(name for name, _ in _LABELS if m.group(name) is not None)
    start = m.start("value") if m.group("value") is not None else len(text)
    return FieldLine(kind, start)
