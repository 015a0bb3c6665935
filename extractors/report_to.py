"""Who a task's result goes to: "báo cáo UBND tỉnh", "trình Thủ tướng Chính phủ",
"gửi về Sở Tài chính", "trả lời UBND tỉnh", "phản hồi về Ban Chỉ đạo", "báo cáo cấp có thẩm quyền", "có văn bản kiến nghị cơ quan quản lý nhà
nước" (a document sent up), "đề xuất UBND tỉnh xem xét ..." (a proposal put to a body for
its decision); a bare proposal that asks a body to act, "kiến nghị cấp có thẩm quyền sửa
đổi ...", sends no result.

The recipient stands right after the verb (an adverb or a title may come between:
"trình ngay Thủ tướng", "báo cáo Lãnh đạo Tổng cục"), or after a "về"/"lên" later in the
clause ("báo cáo chế độ giáo viên về hưu bằng văn bản về Sở Nội vụ": every "về" is
tried), a "với" after a report ("báo cáo tình hình ... với UBND tỉnh"), a "đến" after a
sending ("gửi hồ sơ ... đến Sở Nội vụ"). A bare head names the issuer's own superior ("báo cáo Bộ", "trình Tổng cục").
A report the recipient passes on ("gửi về Bộ X để tổng hợp, báo cáo Thủ tướng") is the
recipient's own task, not this one's (letter 008); a purpose clause counts only when the
task names no other recipient ("Sở Tài chính thẩm định ... để tổng hợp trình UBND
Thành phố phê duyệt")."""
from __future__ import annotations

import regex

from extractors.agencies import AgencyMention, find_agencies, group_agencies
from extractors.patterns import SUBMIT, finditer_at, fold, occurrences

_TRIGGER = regex.compile(
    r"(?<!\p{L})(?<!da[ \t\n]+)"
    # ("trình" the verb only, patterns.SUBMIT: not "lộ trình", "giải trình")
    r"(?:bao cao|" + SUBMIT + r"|gui|chuyen gui|tra loi|phan hoi|chuyen(?=[ \t\n]+(?:ve|den|toi|cho)[ \t\n])"
    r"|thong bao(?:[ \t\n]+kip thoi)?[ \t\n]+(?:voi|cho)"
    # "thông tin" as the verb (opening its clause), not the noun ("cung cấp thông tin cho")
    r"|(?<=(?:^|[,;:.]|kip thoi|ngay|dong thoi)[ \t\n]*)thong tin(?:[ \t\n]+kip thoi)?[ \t\n]+(?:voi|cho)"
    r"|(?:(?<=van ban[ \t\n]+)(?:kien nghi|de xuat|de nghi))"
    # a proposal put to a body for its decision (checked below): "Đề xuất UBND tỉnh xem xét ..."
    r"|(?P<proposal>de xuat|kien nghi)(?=[ \t\n]+\p{L}))(?!\p{L})"
    # "báo cáo, đề xuất", "báo cáo đề xuất", "báo cáo và tham mưu": one recipient for both
    r"(?:[ \t\n]*(?:,|va)?[ \t\n]*(?:de xuat|kien nghi|tham muu)(?!\p{L}))?"
)
# what every match of _TRIGGER starts with
_TRIGGER_WORDS = ("bao cao", "trinh", "gui", "chuyen", "tra loi", "phan hoi", "thong bao", "thong tin", "kien nghi", "de nghi",
                  "de xuat")
_OR = regex.compile(r"(?<!\p{L})hoac[ \t\n]+$")
# what a proposal asks of the body it is put to, for that body to be the recipient ("đề xuất
# UBND tỉnh xem xét"; not "đề xuất cấp có thẩm quyền hoàn thiện quy định", an action asked)
_FOR_DECISION = regex.compile(r"[ \t\n]*(?:xem xet|quyet dinh|phe duyet|cho y kien|chap thuan)(?!\p{L})")
# advice, then in the same clause a submission: the advised body's next step where a body
# is named between them ("tham mưu xây dựng kế hoạch trình X" is the task's own submission)
_ADVICE = regex.compile(r"(?<!\p{L})tham muu(?:[ \t\n]+cho)?[ \t\n]+[^,;.:()]*$")
# what a recipient does with what it is sent before passing it on: "gửi Bộ X (để) tổng hợp,
# theo dõi, báo cáo Thủ tướng"
_RELAY_VERBS = r"(?:(?:tong hop(?:[ \t\n]+chung)?|theo doi|xem xet|tham dinh)[ \t\n]*,?[ \t\n]*(?:va[ \t\n]+)?)"
# "để (kịp thời) (tổng hợp,) báo cáo": the recipient's own next step, or the issuer's
_PURPOSE = regex.compile(r"(?<!\p{L})de[ \t\n]+(?:(?:kip thoi|co so|phuc vu)[ \t\n]+)?" + _RELAY_VERBS + "*$")
# a recipient's next step right after it ("gửi Bộ X tổng hợp, báo cáo Thủ tướng")
# (not a bare comma: "báo cáo Tổng cục, trình Bộ" submits to both)
_RELAYED = regex.compile(r"[ \t\n]*(?:,?[ \t\n]*(?:de[ \t\n]+" + _RELAY_VERBS + "*|" + _RELAY_VERBS + "+))?")
# A later direction in the clause: "về"/"lên"/"cho" after any verb, "với" after a report
# ("báo cáo tình hình ... với UBND tỉnh"), "đến"/"tới" after a sending ("gửi hồ sơ ... đến
# Sở Nội vụ"); a partner's, a comparison's or a topic's "với"/"đến" is no direction
# ("phối hợp với", "so với", "đối với", "liên quan đến").
_NOT_DIRECTION = (r"(?<!(?:phoi hop|ket hop|hop tac|phu hop|lam viec|trao doi|doi thoai|tiep xuc|thong nhat|so|cung"
                  r"|doi|gan|ket noi|lien ket|lien he|chia se|ky ket|lien quan|anh huong|tac dong|quan tam)[ \t\n]+)")
_VE_REPORT = regex.compile(r"(?<!\p{L})(?:ve|len|cho|" + _NOT_DIRECTION + r"voi)[ \t\n]+")
_VE_SEND = regex.compile(r"(?<!\p{L})(?:ve|len|cho|" + _NOT_DIRECTION + r"(?:den|toi))[ \t\n]+")
# what may stand between the verb and its recipient: a direction, an adverb, a title
# ("báo cáo kết quả UBND tỉnh": the result named before the one it goes to)
_TO = regex.compile(r"[ \t\n]*(?:(?:ve|len|toi|den|cho|voi|ngay|kip thoi|dinh ky|truc tiep|bang van ban|ket qua"
                    r"|lanh dao|d/c|dong chi)[ \t\n]+)*")
# "báo cáo (,) xin ý kiến Lãnh đạo Bộ", "trình xin chủ trương UBND tỉnh": asking the one
# reported to (after a sending, "gửi dự thảo xin ý kiến các Sở", it is a request for comments)
_ASKING = regex.compile(r"[ \t\n]*,?[ \t\n]*xin[ \t\n]+(?:y kien(?:[ \t\n]+chi dao)?|chu truong)(?:[ \t\n]+cua)?(?!\p{L})")
_CLAUSE_END = regex.compile(r"[;.](?:[ \t\n]|$)")
# a bare head for the issuer's superior: "báo cáo Bộ", "báo cáo Tổng cục (Vụ DNNCN)"
# (matched folded, so that OCR's "Tông cục" is read; the head is capitalised as printed)
_BARE = regex.compile(r"(?:tong cuc|bo|cuc|so|uy ban|ubnd|ban|van phong|thuong truc)(?![\p{L}])")
# "báo cáo Tổng cục và Bộ": a second bare head joined to the first
_AND_BARE = regex.compile(r"[ \t]*(?:,|va)[ \t]+")
_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}")


def find_report_to(text: str, mentions: list[AgencyMention] | None = None,
                   reporter: frozenset[str] = frozenset()) -> list[AgencyMention]:
    """Who the result goes to. `reporter`: the names of who reports, whom the result never
    goes to (the body that collects the others' reports, "Giao Sở X hướng dẫn các đơn vị ...,
    báo cáo kết quả về Sở X để tổng hợp, báo cáo UBND tỉnh", reports on to UBND tỉnh)."""
    mentions = find_agencies(text) if mentions is None else mentions
    folded = fold(text)
    groups = group_agencies(text, mentions)
    found: list[AgencyMention] = []
    purposes: list[AgencyMention] = []
    seen: list[AgencyMention] = []
    for m in finditer_at(_TRIGGER, folded, occurrences(folded, _TRIGGER_WORDS)):
        if m.group().startswith("chuyen") and not text[m.start():m.start() + 6].lower().startswith("chuyển"):
            continue    # (folded, "chuyên" is "chuyển": "các đơn vị chuyên về công nghệ cho Sở")
        if any(a.end <= m.start() and _RELAYED.fullmatch(folded, a.end, m.start()) for a in seen):
            continue    # "báo cáo UBND Thành phố trình HĐND": the next step is the recipient's
        if m.group().startswith(("trinh", "bao cao")) and _advised_submits(folded, mentions, m.start()):
            continue    # "tham mưu UBND tỉnh ban hành hoặc trình HĐND tỉnh": the advised body submits (or reports)
        purpose = _PURPOSE.search(folded, max(0, m.start() - 28), m.start()) is not None
        into = purposes if purpose else found
        at = m.end()
        if m.group().startswith(("bao cao", "trinh")) and (asking := _ASKING.match(folded, at)):
            at = asking.end()
        group = _recipient_at(text, groups, _TO.match(folded, at).end())
        asks = m["proposal"] or m.group().startswith("de nghi")
        if asks and (group is None or not _FOR_DECISION.match(folded, group[-1].end)
                     or _OR.search(folded, max(0, m.start() - 8), m.start())):
            # a proposal that asks the body to act, not to decide, sends no result; nor one
            # offered as the other way ("tháo gỡ ... hoặc kiến nghị cơ quan có thẩm quyền xem xét")
            continue
        if group is None:
            # "báo cáo kết quả ... về Bộ Xây dựng": each "về X" of the clause in turn
            end = _CLAUSE_END.search(folded, m.end())
            stop = end.start() if end else len(folded)
            directions = _VE_SEND if m.group().startswith(("gui", "chuyen")) else _VE_REPORT
            for ve in directions.finditer(folded, m.end(), stop):
                group = _recipient_at(text, groups, ve.end())
                if group:
                    break
        for a in group or []:
            if a.name in reporter:
                continue          # (who reports collects, and its own onward report is no relay)
            seen.append(a)        # (each mention: a name sent to twice passes it on from either)
            if a.name not in {f.name for f in into}:
                into.append(a)
    return _named_authorities(text, mentions, _without_rementions(_without_parents(text, found or purposes)))


# an authority named by its power, then the bodies it is in brackets: "báo cáo cấp có thẩm
# quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường)" reports to those bodies
_AUTHORITY = regex.compile(r"(?:các[ \t\n]+)?(?:cấp|cơ[ \t\n]+quan)(?:[ \t\n]+nhà[ \t\n]+nước)?(?:[ \t\n]+có)?"
                           r"[ \t\n]+thẩm[ \t\n]+quyền$", regex.IGNORECASE)
_BRACKET_OPEN = regex.compile(r"[ \t\n]*\([ \t\n]*")


def _named_authorities(text: str, mentions: list[AgencyMention], found: list[AgencyMention]) -> list[AgencyMention]:
    out: list[AgencyMention] = []
    for a in found:
        opened = _BRACKET_OPEN.match(text, a.end) if _AUTHORITY.search(a.name) else None
        close = text.find(")", opened.end()) if opened else -1
        inside = [b for b in mentions if opened and opened.end() <= b.start and b.end <= close] if close > 0 else []
        # (a bracket that opens with the bodies' list, what the last one does aside: not "(qua Sở
        # Nội vụ)", "(theo quy định của Chính phủ)", "(nếu vượt thẩm quyền của UBND xã)")
        gaps = [text[opened.end():inside[0].start]] + [text[x.end:y.start] for x, y in zip(inside, inside[1:])] \
            if inside else []
        if inside and all(_LIST_GAPS.fullmatch(g) for g in gaps):
            out.extend(b for b in inside if b.name not in {x.name for x in out})
        elif a.name not in {x.name for x in out}:
            out.append(a)
    return out


_LIST_GAPS = regex.compile(r"(?:[ \t\n]|,|;|(?<!\p{L})và(?!\p{L}))*")


def _advised_submits(folded: str, mentions: list[AgencyMention], at: int) -> bool:
    advice = _ADVICE.search(folded, max(0, at - 90), at)
    return advice is not None and any(advice.start() < a.start < at for a in mentions)


# "về Cục Thanh tra - Kiểm tra Thuế, Tổng cục Thuế": a unit, then the body it belongs to,
# is one recipient (an address), not two; not a unit of a place ("Cục Thuế tỉnh, Sở Tài chính")
_UNIT = regex.compile(r"(?!.*(?<!\p{L})(?:tỉnh|thành phố|huyện|xã|Chính phủ)(?!\p{L}))"
                      r"(?:Cục|Vụ|Phòng|Văn phòng|Trung tâm|Chi cục|Thanh tra)[ \t\n]+\p{Lu}")
_PARENT = regex.compile(r"(?:Tổng cục|Bộ|Sở)[ \t\n]+\p{Lu}")
_ADDRESS_GAP = regex.compile(r"[ \t\n]*[,\-–—][ \t\n]*")


def _without_parents(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    return [b for i, b in enumerate(found)
            if not (i and _UNIT.match(found[i - 1].name) and _PARENT.match(b.name)
                    and _ADDRESS_GAP.fullmatch(text, found[i - 1].end, b.start))]


def _without_rementions(found: list[AgencyMention]) -> list[AgencyMention]:
    """A bare head re-mentions a recipient named in full: "gửi về Tổng cục Thuế ...; hằng
    quý gửi về Tổng cục" is one recipient."""
    full = [fold(a.name).lower() for a in found]
    return [a for a in found
            if not (len(a.name.split()) <= 2 and (head := fold(a.name).lower())
                    and any(f != head and f.startswith(head + " ") for f in full))]


def _recipient_at(text: str, groups: list[list[AgencyMention]], pos: int) -> list[AgencyMention] | None:
    group = next((g for g in groups if g[0].start == pos), None)
    if group is not None:
        return group
    heads: list[AgencyMention] = []
    while (bare := _bare_at(text, pos)) is not None:
        heads.append(bare)
        joined = _AND_BARE.match(fold(text[bare.end:bare.end + 6]))
        if joined is None:
            break
        pos = bare.end + joined.end()
        group = next((g for g in groups if g[0].start == pos), None)
        if group is not None:          # "báo cáo Tổng cục, Bộ Tài chính"
            return heads + group
    return heads or None


def _bare_at(text: str, pos: int) -> AgencyMention | None:
    """A bare head at `pos` ("Bộ", "Tổng cục"), not the start of a longer name."""
    m = _BARE.match(fold(text[pos:pos + 12]))
    if m is None or not text[pos:pos + 1].isupper():
        return None
    end = pos + m.end()
    if _NAME_AFTER.match(text[end:end + 3]):
        return None       # "Bộ Tài chính" would have been read whole; this is no bare head
    return AgencyMention(pos, end, text[pos:end], "named")
