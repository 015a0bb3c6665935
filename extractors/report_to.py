"""Who a task's result goes to: "báo cáo UBND tỉnh", "trình Thủ tướng Chính phủ",
"gửi về Sở Tài chính". A report the recipient passes on ("gửi về Bộ X để tổng hợp,
báo cáo Thủ tướng") is the recipient's own task, not this one's (letter 008); a
purpose clause counts only when the task names no other recipient ("Sở Tài chính
thẩm định ... để tổng hợp trình UBND Thành phố phê duyệt")."""
from __future__ import annotations

import regex

from extractors.agencies import AgencyMention, find_agencies, group_agencies
from extractors.patterns import fold

_TRIGGER = regex.compile(
    r"(?<!\p{L})(?<!da[ \t\n]+)"
    r"(?:bao cao|trinh|gui|chuyen gui|thong bao voi|kien nghi)(?!\p{L})"
    r"(?:[ \t\n]*,[ \t\n]*(?:de xuat|kien nghi))?"
)
_PURPOSE = regex.compile(r"(?<!\p{L})de[ \t\n]+(?:tong hop,?[ \t\n]+)?$")
_VE = regex.compile(r"(?<!\p{L})(?:ve|len)[ \t\n]+")
_TO = regex.compile(r"[ \t\n]*(?:ve|len|toi|den|cho)?[ \t\n]*")
_CLAUSE_END = regex.compile(r"[;.](?:[ \t\n]|$)")


def find_report_to(text: str, mentions: list[AgencyMention] | None = None) -> list[AgencyMention]:
    mentions = find_agencies(text) if mentions is None else mentions
    folded = fold(text)
    groups = group_agencies(text, mentions)
    found: list[AgencyMention] = []
    purposes: list[AgencyMention] = []
    for m in _TRIGGER.finditer(folded):
        if any(a.end <= m.start() and not folded[a.end:m.start()].strip() for a in found):
            continue    # "báo cáo UBND Thành phố trình HĐND": the next step is the recipient's
        purpose = _PURPOSE.search(folded, max(0, m.start() - 16), m.start()) is not None
        into = purposes if purpose else found
        to = _TO.match(folded, m.end())
        group = next((g for g in groups if g[0].start == to.end()), None)
        if group is None:
            # "báo cáo kết quả ... về Bộ Xây dựng": the first "về X" in the clause.
            end = _CLAUSE_END.search(folded, m.end())
            stop = end.start() if end else len(folded)
            ve = _VE.search(folded, m.end(), stop)
            group = next((g for g in groups if ve and g[0].start == ve.end()), None)
        for a in group or []:
            if a.name not in {f.name for f in into}:
                into.append(a)
    return found or purposes
