"""Products a task names: "dự thảo Chương trình hành động", "Kế hoạch", "báo cáo"."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.patterns import collapse, finditer_at, fold, occurrences

_PRODUCTS = (r"du thao|ke hoach|chuong trinh|de an|bao cao|quy che|quy dinh|danh sach|danh muc"
             r"|quyet dinh|chi thi|nghi dinh|thong tu|van ban|bien ban|ho so|mau|du toan"
             r"|phuong an|doan kiem tra|huong dan|de xuat")
_VERB = (r"xay dung|ban hanh|lap|hoan thien|hoan chinh|trinh|nghien cuu, xay dung|to chuc lap"
         r"|thiet ke|thanh lap|gui|co|ra soat, xay dung|chuan bi")
_DELIVERABLE = regex.compile(
    rf"(?<!\p{{L}})(?:{_VERB})[ \t\n]+(?:(?:\(\d\)|ca|cac)[ \t\n]+)?(?P<p>(?:{_PRODUCTS})(?!\p{{L}})"
    r"(?:[^,;.:()]|\(\d\)){0,120}?)(?=[ \t\n]*(?:[,;.:)]|\((?!\d\))|$|[ \t\n](?:de|va|ve|gui|theo|tai|tren co so|bao cao)(?!\p{L})))"
)

_VERBS = _VERB.split("|")     # what every match starts with


@dataclass(frozen=True)
class Deliverable:
    start: int
    end: int
    text: str


def find_deliverables(text: str) -> list[Deliverable]:
    folded = fold(text)
    out: list[Deliverable] = []
    for m in finditer_at(_DELIVERABLE, folded, occurrences(folded, _VERBS)):
        s, e = m.span("p")
        name = collapse(text[s:e])
        if name and name not in {d.text for d in out}:
            out.append(Deliverable(s, e, name))
    return out
