"""Who leads and who supports: the order sentences of one item (ANNOTATION.md, "Tasks").

An order is read as a small grammar, not a list of verbs:

    [Giao | Đề nghị | Yêu cầu | Đồng ý] SUBJECT [chủ trì] [, phối hợp (với) PARTNERS] [cùng PARTNERS] ...
    SUBJECT [relative clause] [adverbs] PREDICATE ...     (at the start of a clause)
    SUBJECT chủ trì, PARTNERS phối hợp ...

Every order of the item adds its subject to the leads ("...; đề nghị Viện kiểm sát tỉnh
xử lý" adds a lead); every partner phrase within an order's reach adds supports. A
subject is followed by a predicate: any word that does not continue a name, introduce
a possessive or a place, or tell what happened before ("đã", "được"). `find_roles` reads
only the text it is given; a bare "Chủ trì, ..." or "Phối hợp với Y ..." needs the
agency of a heading or introducing line, which the caller (pipeline/tasks.py) knows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from extractors.agencies import SUB_LEVELS, AgencyMention, find_agencies, group_agencies, letter_names, province_levels
from extractors.patterns import alternation, finditer_at, fold, occurrences, words
from extractors.subject_names import opens_clause
from extractors.vocabulary import action_vocabulary, agency_vocabulary, provinces

_WS = r"[ \t\n]"
_DIRECTS = regex.compile(r"[ \t\n]*(?:tiep tuc[ \t\n]+)?chi dao[ \t\n]+")
# ... whom an opening "chỉ đạo" directs, listed after a unit it names in plain words:
# "Tiếp tục chỉ đạo phòng chuyên môn, các cơ quan có liên quan rà soát"
_DIRECTS_LIST = regex.compile(_DIRECTS.pattern + r"[^.;:,]{1,40},[ \t\n]*")
# ... or later in a list of units a subject's "chỉ đạo" names in plain words: "Bộ trưởng Bộ
# Quốc phòng chỉ đạo Quân khu 5, Quân khu 7, các đơn vị quân đội ... bổ sung lực lượng" (not
# the noun: "ý kiến chỉ đạo của ...", "theo chỉ đạo của ...")
_DIRECTED_LIST = regex.compile(r"(?<!\p{L})chi dao[ \t\n]+(?!cua(?!\p{L}))"
                               r"(?P<units>(?:[^.;:,]{1,60},[ \t\n]*){1,6})$")
# the work directed, not units: "chỉ đạo công tác ...", "chỉ đạo việc ..."
_WORK_DIRECTED = regex.compile(r"(?:cong tac|viec|hoat dong|nhiem vu|cac hoat dong|cac nhiem vu)(?!\p{L})")


def _directed(folded: str, start: int, groups: list[list[AgencyMention]]) -> bool:
    """Is the mention at `start` among the units after the first that a subject's "chỉ đạo"
    directs? The subject is a body named right before the verb; what it directs are units,
    not the work ("công tác phòng chống dịch"); no verb stands among them ("chỉ đạo các đơn
    vị thực hiện, Sở Tài chính bố trí ..." is two clauses)."""
    m = _DIRECTED_LIST.search(folded, max(0, start - 300), start)
    return m is not None and not has_order_verb(m["units"]) \
        and any(g[-1].end <= m.start() and not folded[g[-1].end:m.start()].strip() for g in groups) \
        and not _WORK_DIRECTED.match(m["units"])


_CLAUSE_END = regex.compile(r"[;.!?](?:[ \t\n]|$)|\n")
_SENTENCE_END = regex.compile(r"[.!?](?:[ \t\n]|$)|\n")
_POSSESSIVE = regex.compile(r"(?<!\p{L})cua[ \t\n]*$")
# Not an order given here: an alternative ("hoặc đề nghị X"), what was given before
# ("kinh phí đã giao cho X", "được giao"), a request being reported ("theo đề nghị"), or
# one the subject is to write ("có văn bản đề nghị Bộ X xem xét": its own task).
# a permission only granted or withheld is a rule, not an order: "chỉ cho phép các tổ chức
# khai thác sau khi ...", "không cho phép"
_RESTRICTS = regex.compile(r"(?<!\p{L})(?:chi|khong)[ \t\n]+cho[ \t\n]+phep(?!\p{L})")
_ALTERNATIVE = regex.compile(r"(?<!\p{L})(?:hoac|hay|co the|da|duoc|se|theo|neu|khi|van ban|cong van|to trinh)[ \t\n]*$")
# What a subject's predicate never opens with: a possessive, a place or relation, the
# past ("đã", "vừa"), a passive ("được", "bị"), a report of what it said.
_NOT_PREDICATE = regex.compile(
    r"(?:cua|ve|tai|trong|theo(?![ \t\n]+doi)|doi voi|voi|tu|den|tren|duoi|o|thuoc|truc thuoc|nhu|va|hoac|hay"
    r"|da|dang(?![ \t\n]+tai(?!\p{L}))|vua|se|duoc|bi|cho biet|cho rang|la noi|ma|nay|do|neu|khi|thi|ngay|nam|thang"
    r"|khoa(?=[ \t\n]+[ivxlc]+(?!\p{L}))"      # "Quốc hội khóa XV": a term, no predicate
    # a purpose follows an object, not a subject: "kiến nghị với các ngành liên quan nhằm hạn chế ..."
    r"|nham"
    # "X gửi Công văn số 12" recounts; "X gửi báo cáo về Bộ trước ngày ..." orders
    r"|gui(?![ \t\n]+(?:(?:bao cao|ket qua|danh sach|y kien)(?![ \t\n]+so(?!\p{L}))|ve(?!\p{L})))"
    r"|so|cung cap thong tin|co van ban so|co cong van|co to trinh|khong co|chua co)(?!\p{L})")
# assigning staff, not a body: "phân công cán bộ", "giao công chức"
_STAFF_ASSIGNED = regex.compile(r"[ \t\n,]*(?:tiep tuc[ \t\n]+)?(?:phan cong|giao)[ \t\n]+(?:cu[ \t\n]+)?"
                                # ("phân công nhiệm vụ cụ thể cho từng đồng chí": its members' shares; not
                                # "cho từng thành viên Ban Chỉ đạo", another body's members, who act)
                                r"(?:(?:nhiem vu|cong viec)(?:[ \t\n]+cu the)?[ \t\n]+)?(?:cho[ \t\n]+)?(?:tung[ \t\n]+)?"
                                r"(?:can bo|cong chuc|vien chuc|nguoi|nhan su|luc luong|dong chi|thanh vien)(?!\p{L})"
                                r"(?![ \t\n]+(?:ban|hoi dong|uy ban)(?!\p{L}))")
# a modal before a passive: "cần (phải) được", "cần được" (right after a subject, or later)
_MODAL_PASSIVE = r"(?:can|phai|can phai)[ \t\n]+(?:duoc|bi)(?!\p{L})"
_TO_BE_DONE = regex.compile(r"[ \t\n,]*" + _MODAL_PASSIVE)
_TO_BE_HELPED = regex.compile(r"(?<!\p{L})" + _MODAL_PASSIVE)
# modal adverbs, no predicate of their own; folded, they are also other words ("cần" /
# "cận", "cũng" / "cùng", the partner word)
_MODALS = {"can", "phai", "cung", "can phai"}
# what was done, or is to be done to the subject: "đã hoàn thành", "được hỗ trợ", "bị ảnh hưởng"
_DONE_OR_PASSIVE = regex.compile(r"(?<!\p{L})(?:da|duoc|bi)(?!\p{L})")
# where a subject lies, or what threatens it, before its verb: "các xã ven biển", "vùng cao",
# "lân cận", "có nguy cơ ngập", "bị ảnh hưởng (của bão)", "tại khu vực dự báo có mưa lũ"
_PLACED = regex.compile(r"[ \t\n,]*(?:lan can|vung|ven|co nguy co|(?:bi|chiu)[ \t\n]+(?:anh huong|thiet hai)"
                        r"|(?:tai|o|trong)[ \t\n]+(?:khu vuc|vung|dia ban))(?!\p{L})")
# A request made in another document, recounted: "X có văn bản số 12/VPCP-KTTH (ngày
# ...) đề nghị Y ...", "tại Công văn số 45 đề nghị" (the order was given there, not here).
_IN_DOCUMENT = regex.compile(
    r"(?<!\p{L})(?:co|tai)[ \t\n]+(?:van ban|cong van|to trinh|thong bao|bao cao|cong dien)"
    r"(?:[ \t\n]+so)?[ \t\n]+\d[\w/.\-]*")


def _in_document(groups, folded: str, at: int) -> bool:
    """Is the assigning word at `at` part of a request recounted from a cited document in
    the same sentence ("có văn bản số 349/TB-VPCP thông báo ý kiến chỉ đạo của Phó Thủ
    tướng ... yêu cầu quý Bộ")? Not when a new subject follows a comma ("Tại Công văn
    số 45, UBND tỉnh đề nghị ...")."""
    start = max(0, at - 200)
    for end in _SENTENCE_END.finditer(folded, start, at):
        start = end.end()
    ref = None
    for ref in _IN_DOCUMENT.finditer(folded, start, at):
        pass
    if ref is None:
        return False
    return not any(ref.end() < g[0].start < at and folded[ref.end():g[0].start].rstrip().endswith(",")
                   for g in groups)


# What a body has not done yet (folded; "chưa" is also "chữa", "chứa": what is due after it)
_NOT_YET = regex.compile(r"chua[ \t\n]+(?:(?:kip thoi|quan tam|thuc su|nghiem tuc)[ \t\n]+)?(?:co|gui|bao cao|hoan thanh"
                      r"|thuc hien|trien khai|nop|giai ngan|ban hanh|phe duyet|cap nhat|xay dung|chi dao)(?!\p{L})")
# a time or basis clause between a subject and its verb: "X khi tiến hành thanh tra, cần ...",
# "Các bộ, ngành trên cơ sở nhiệm vụ được giao, hoàn thiện ..." (folded), or what it has not
# done yet: "Các Bộ đến nay chưa có báo cáo ..., khẩn trương gửi" (a time or "vẫn" before it)
_WHEN = regex.compile(r"(?:khi|trong qua trinh|tren co so)[ \t\n]"
                      r"|(?:den nay|hien nay|den thoi diem nay|van)[ \t\n]+chua[ \t\n]")
_COMMA = regex.compile(r",[ \t\n]*")
_CLAUSE_JOIN = regex.compile(r"[,;][ \t\n]*")
_SENTENCE_END_AT = regex.compile(r"\.(?:[ \t\n]|$)|$")
# A subject may be followed by a relative clause before its verb: "Các đơn vị được giao
# quản lý kho lưu trữ chủ động phối hợp", "Các Bộ là chủ Chương trình ... hoàn chỉnh",
# "Các Sở nêu trên chỉ đạo" (folded, "nêu" is also the "nếu" no predicate opens with).
_RELATIVE = regex.compile(r"(?:duoc giao|duoc phan cong|la chu|la co quan|co lien quan|thuoc|neu tren|noi tren"
                       # ("Bộ Xây dựng với vai trò (là) cơ quan thường trực ..., chủ động phối hợp ...")
                       r"|voi vai tro(?:[ \t\n]+la)?)(?!\p{L})")
# a heading's remit before its colon: the ones named do what is listed under it
_REMIT_HEADING = regex.compile(r"[ \t\n]*,?[ \t\n]*(?:theo|can cu|trong pham vi)[ \t\n]+chuc nang[^:;.]{0,60}:[\s*_]*$")
_REMENTIONED = regex.compile(r"(?:[ \t\n]+(?:neu|noi)[ \t\n]+tren(?!\p{L}))?")
# Verbs that give an order to the group after them.
_ASSIGNERS = ("giao", "giao cho", "giao thêm", "giao bổ sung", "phân công", "yêu cầu", "đề nghị", "trong đó giao", "đồng ý",
              "cho phép", "chấp thuận", "ủy quyền", "ủy nhiệm", "uỷ quyền", "nhất trí",
              # ... and what is given, named before whom it goes to: "giao nhiệm vụ cho Sở Y tế"
              "giao nhiệm vụ", "giao nhiệm vụ cụ thể", "giao trách nhiệm", "phân công nhiệm vụ")


@dataclass
class Roles:
    lead: list[AgencyMention] = field(default_factory=list)
    support: list[AgencyMention] = field(default_factory=list)
    # labelled | giao | chu_tri | subject | bare_chu_tri | bare_phoi_hop | None
    rule: str | None = None


def _alt(phrases) -> str:
    """Longest-first alternation of folded phrases, grouped by their first character
    (the regex module tries alternatives one by one; only one group can match)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    alts = [regex.escape(fold(p)).replace(r"\ ", r"[ \t\n]+") for p in ordered]
    if not all(p[:1].strip() for p in ordered):
        return "(?:" + "|".join(alts) + ")"
    groups: dict[str, list[str]] = {}
    for p, alt in zip(ordered, alts):
        first = regex.escape(fold(p)[0])
        groups.setdefault(first, []).append(alt[len(first):])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


@cache
def _patterns() -> dict[str, regex.Pattern]:
    v = action_vocabulary()
    adverbs = rf"(?:{_alt(v.adverbs)}[ \t\n]*,?[ \t\n]+)*"
    # an opening phrase of basis, purpose, time or remit, up to two clauses
    opens = r"(?:tren co so|can cu|de|nham|trong qua trinh|trong pham vi|theo chuc nang)(?!\p{L})"
    opener = rf"{opens}(?:[^.;:,]{{0,160}},){{1,2}}[ \t\n]*"
    # ... before a bare role, clauses with no role in them ("Trên cơ sở ..., Sở X chủ trì,
    # phối hợp với Y" has a subject of its own); a basis may list its sources ("Căn cứ chức
    # năng, nhiệm vụ, quyền hạn và ..., các văn bản chỉ đạo của Chính phủ, Bộ, ngành và tỉnh,")
    bare_opener = rf"{opens}(?:(?:(?!chu tri|phoi hop)[^.;:,]){{0,160}},){{1,8}}[ \t\n]*"
    verb = rf"{_alt(v.verbs)}(?!\p{{L}})"
    honorific = r"(?:(?:cac[ \t\n]+)?(?:d/c|dong chi|ong|ba)[ \t\n]+)?"
    return {
        "assign": regex.compile(rf"(?<!\p{{L}}|tren[ \t\n]+co[ \t\n]+so[ \t\n]+)"
                                # ("Đồng ý chủ trương cho X lập thủ tục", "Chấp thuận để X ...")
                                rf"{_alt((*v.assign, *_ASSIGNERS))}(?:[ \t\n]+chu[ \t\n]+truong)?"
                                rf"(?:[ \t\n]+(?:cho|de))?[ \t\n]+"
                                rf"(?!cua\b|ve\b|voi\b){honorific}"),
        "asks": regex.compile(rf"[ \t\n]*,?[ \t\n]*(?:(?:tran trong|kinh|xin|tiep tuc)[ \t\n]+)*"
                              rf"(?:{_alt((*v.assign, *_ASSIGNERS))}|thong bao|ket luan"
                              rf"|co y kien|chi dao[ \t\n]+(?:nhu sau|:)"
                              # ... nor the one who agrees: "Phó Thủ tướng X đồng ý dự thảo và giao Bộ Y ..."
                              # ("X thống nhất chủ trương, ...": X agrees; but "X thống nhất quản lý",
                              # "thống nhất phương án với Y": X acts, uniformly or with a partner)
                              rf"|dong y|nhat tri|chap thuan"
                              rf"|thong[ \t\n]+nhat(?=[ \t\n]*(?:,|chu[ \t\n]+truong|de[ \t\n]+xuat|du[ \t\n]+thao"
                              rf"|noi[ \t\n]+dung|y[ \t\n]+kien)(?!\p{{L}})))(?!\p{{L}})"),
        "adverbs": regex.compile(rf"[ \t\n]*,?[ \t\n]*{adverbs}"),
        # (after an opening phrase of basis, purpose, time or remit: "Trên cơ sở Nghị quyết
        # ..., khẩn trương xây dựng ...", "Trong phạm vi chức năng, nhiệm vụ của mình, chủ
        # động phối hợp với ...")
        "starts_action": regex.compile(
            rf"[ \t\n]*(?:buoc[ \t\n]+\d+[ \t\n]*:[ \t\n]*)?(?:luu y[ \t\n]*:[ \t\n]*)?"
            rf"(?P<opener>{opener})?{adverbs}{verb}"),
        "verb_ahead": regex.compile(rf"(?<!\p{{L}}){adverbs}{verb}|(?<!\p{{L}})chu tri(?!\p{{L}})"),
        # ... or an adverb that only opens a predicate ("chủ động phương án"); not a bare
        # modal, which folds like other words ("cần" / "cận nghèo")
        "acts_ahead": regex.compile(
            rf"(?<!\p{{L}})(?:{_alt(a for a in v.adverbs if fold(a) not in _MODALS)}(?!\p{{L}})"
            rf"|{verb}|chu tri(?!\p{{L}}))"),
        "chu_tri": regex.compile(r"[ \t\n]*(?:,[ \t\n]*)?chu tri(?!\p{L})"),
        # "phối hợp với Y", "phối hợp chặt chẽ với Y", "phối hợp, hỗ trợ (hướng dẫn) Y", "phối hợp Y",
        # "cùng (với) Y", "phối hợp giữa Y", "với sự tham gia của Y"
        "partner": regex.compile(
            r"(?<!\p{L})(?:phoi hop(?:(?:[ \t\n]+\p{L}+){0,2}?[ \t\n]+(?:voi|cung|giua)|[ \t\n]+cua)?"
            # (not "cung cấp", "cung ứng", "cung cầu", "cung đường": folded alike, "cùng" is no part of them)
            r"(?:[ \t\n]*,[ \t\n]*(?:ho tro|huong dan))?|cung(?![ \t\n]+(?:cap|ung|cau|duong)(?!\p{L}))(?:[ \t\n]+voi)?"
            r"|su[ \t\n]+tham[ \t\n]+gia[ \t\n]+cua)[ \t\n]+"),
        "bare_chu_tri": regex.compile(rf"[ \t\n]*(?:{bare_opener})?{adverbs}chu tri(?!\p{{L}})"),
        # ("Khẩn trương phối hợp với Y", "Chủ động, tích cực phối hợp với Y": the order's
        # manner first, as before "chủ trì")
        "bare_phoi_hop": regex.compile(
            rf"[ \t\n]*(?:{bare_opener})?{adverbs}phoi hop"
            r"(?:[ \t\n]+chat che)?(?:[ \t\n]+(?:voi|cung))?[ \t\n]+"),
        # a plan's fields written out: "Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: ..."
        "lead_label": regex.compile(
            r"(?<!\p{L})(?:(?:co quan|don vi)[ \t]+)?chu tri(?:[ \t]+thuc hien)?[ \t]*:[ \t]*"),
        "support_label": regex.compile(
            r"(?<!\p{L})(?:(?:co quan|don vi)[ \t]+)?phoi hop(?:[ \t]+thuc hien)?[ \t]*:[ \t]*"),
        "clause_start": regex.compile(
            r"(?:^|[.;:(\n]|,|(?<!\p{L})(?:trong do|dong thoi|sau do|thi|rieng|vuong mac|kho khan))[ \t\n]*"
            # ("Đồng chí Bộ trưởng Bộ Y tế ...", "Các đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND ...":
            # the title's body is the subject)
            r"(?:(?:cac[ \t\n]+)?dong chi[ \t\n]+)?(?:(?:pho[ \t\n]+)?(?:bi thu|chu tich)[ \t\n]+)?$"),
        # "tham dự hội nghị do Bộ Tài chính chủ trì": who chairs an event, not a role
        "chaired_by": regex.compile(r"(?<!\p{L})do[ \t\n]*$"),
    }


def has_order_verb(text: str) -> bool:
    """Does the text hold a verb of the order vocabulary anywhere? ("tổ chức, cá nhân" is
    organisations and people, no verb)"""
    return _patterns()["verb_ahead"].search(_PEOPLE.sub(" ", fold(text))) is not None


_PEOPLE = regex.compile(r"(?<!\p{L})to chuc(?:[ \t\n]*,[ \t\n]*|[ \t\n]+va[ \t\n]+)ca nhan(?!\p{L})")


@cache
def _assigning_words() -> tuple[str, ...]:
    v = action_vocabulary()
    return tuple({" ".join(fold(p).split()) for p in (*v.assign, *_ASSIGNERS)})


@cache
def _assigning_firsts() -> tuple[str, ...]:
    return tuple({w.split()[0] for w in _assigning_words()})


def _may_assign(folded: str) -> bool:
    """Does the folded text hold an assigning word, its spaces as any run of whitespace?
    Most texts hold none: they are not scanned with the "assign" pattern."""
    if "\n" in folded or "\t" in folded or "  " in folded:
        folded = " ".join(folded.split())
    return any(w in folded for w in _assigning_words())


_PARTNER_WORDS = ("phoi hop", "cung", "su tham gia")   # what every match of "partner" starts with


def starts_with_action(text: str) -> bool:
    """Does the item open with an order ("Rà soát ...", "Tiếp tục tham mưu ...")?"""
    m = _patterns()["starts_action"].match(fold(text))
    if m is None:
        # "Tiếp tục phát triển hợp tác ...", "Khẩn trương hoàn chỉnh ...": an adverb of manner
        # opens an order whatever verb follows it
        return _URGING.match(text) is not None
    # after an opening phrase, a sentence that tells what was done or will be done by a
    # subject of its own ("..., các ngành đã triển khai", "..., trong năm 2019 Bộ sẽ tổng
    # kết") orders nothing
    return not (m["opener"] and _DONE.search(text.split(". ")[0]))


_URGING = regex.compile(r"[ \t\n]*(?:[Tt]iếp tục|[Kk]hẩn trương|[Cc]hủ động|[Tt]ích cực|[Kk]ịp thời)[ \t\n]+"
                       r"(?!(?:là|có|được|bị|diễn|xảy|tăng|giảm|gia|còn|đạt|chưa|không)(?!\p{L}))\p{Ll}")
# (not "đã được phê duyệt": a passive that only describes its noun)
_DONE = regex.compile(r",[ \t\n]*[^,.;]{1,40}?(?<!\p{L})(?:đã|sẽ)(?!\p{L})(?![ \t\n]+(?:được|bị)(?!\p{L}))")


# a level below the province, folded, as a commune list's head names it ("UBND các xã: A, B")
_SUB_LEVEL = "(?:" + "|".join(fold(words(w)) for w in SUB_LEVELS) + ")"
# the head of a shared-head list, before its first item ("các Bộ: ", "UBND các tỉnh ")
# (or a commune list's, "UBND các xã: Gia Phú, Bảo Thắng", colon and all)
_SHARED_HEAD_GAP = regex.compile(r"[ \t\n]*(?:(?:uy ban nhan dan|ubnd|cong an)[ \t\n]+)?cac[ \t\n]+"
                                 r"(?:bo|so|tinh|thanh pho)(?:[ \t\n]*,[ \t\n]*(?:co quan|thanh pho))?[ \t\n]*:?[ \t\n]*"
                                 r"|[ \t\n]*(?:uy ban nhan dan|ubnd|cong an)[ \t\n]+cac[ \t\n]+" + _SUB_LEVEL + r"[ \t\n]*:[ \t\n]*"
                                 r"|[ \t\n]*cac[ \t\n]+")
_LOWER = regex.compile(r"\p{Ll}")
_WITH = regex.compile(r"(?:voi|giua)[ \t\n]+$")
_AND_NEXT = regex.compile(r"[ \t\n]*(?:,|va(?!\p{L}))[ \t\n]*")
_CONCERNED = regex.compile(r"(?:co )?lien quan")


def _group_at(groups: list[list[AgencyMention]], pos: int, folded: str,
              text: str | None = None) -> list[AgencyMention] | None:
    """The list of agencies that starts at `pos` ("các Bộ: Tài chính, ..." may stand before
    a shared-head list)."""
    for g in groups:
        gap = folded[pos:g[0].start]
        if g[0].start >= pos and (not gap.strip() or _SHARED_HEAD_GAP.fullmatch(gap)):
            return g
    return None


_SHARED_LOCAL_HEAD = regex.compile(r"(?<!\p{L})(?:ubnd|uy[ \t\n]+ban[ \t\n]+nhan[ \t\n]+dan|hdnd"
                                   r"|hoi[ \t\n]+dong[ \t\n]+nhan[ \t\n]+dan|cong[ \t\n]+an"
                                   r"|bo[ \t\n]+chi[ \t\n]+huy[ \t\n]+quan[ \t\n]+su|kho[ \t\n]+bac[ \t\n]+nha[ \t\n]+nuoc)[ \t\n]+cac[ \t\n]+"
                                   r"(?:(?:tinh|thanh[ \t\n]+pho)(?:[ \t\n]*,[ \t\n]*thanh[ \t\n]+pho)?[ \t\n]*:?"
                                   r"|" + _SUB_LEVEL + r"[ \t\n]*:)[ \t\n]*$")


def _subjects(group: list[AgencyMention], folded: str) -> list[AgencyMention]:
    """Members of a group that stand at the start of a clause. A member after "và"
    or a comma continues its neighbour's list ("được Chính phủ, Thủ tướng Chính phủ
    giao": neither); after a possessive ("đề nghị của X, Y chủ trì") a comma starts
    a new clause (Y only)."""
    pats = _patterns()
    chosen: list[AgencyMention] = []
    previous = False
    possessive = _POSSESSIVE.search(folded, max(0, group[0].start - 10), group[0].start)
    # a list the possessive owns ("của Chính phủ, Thủ tướng Chính phủ và Ban Chỉ đạo quốc gia,
    # ..."): a comma before its "và" shows the list goes on, so no comma after starts a clause
    # (but "của Sở Xây dựng và Sở Nội vụ, Sở Tài chính thẩm định": the list ended at "và")
    joiners = [folded[x.end:y.start].strip() for x, y in zip(group, group[1:])]
    if possessive and "va" in joiners and "," in joiners[:joiners.index("va")]:
        possessive = None
    if possessive and folded.startswith(",", group[-1].end):
        # "theo chỉ đạo của Chính phủ, Thủ tướng Chính phủ, bảo đảm ...": the list ends at a
        # comma, not at a verb of its own
        return []
    for i, a in enumerate(group):
        # (the first of a list that shares its head, "UBND các tỉnh Nghệ An, Hà Tĩnh ...", opens
        # its clause where the head does)
        head = _SHARED_LOCAL_HEAD.search(folded, max(0, a.start - 60), a.start) if i == 0 else None
        before = folded[max(0, a.start - 30):a.start]
        joiner = folded[group[i - 1].end:a.start].strip() if i else None
        if i and joiner == ";":
            ok = True
        elif i and joiner == "," and possessive:
            ok = True
        elif i:
            ok = previous
        else:
            opens = pats["clause_start"].search(before) is not None or a.start == 0
            if not opens and head is not None:
                at = head.start()
                opens = at == 0 or pats["clause_start"].search(folded, max(0, at - 30), at) is not None
            ok = opens and not _ALTERNATIVE.search(before) and not pats["chaired_by"].search(before)
        if ok:
            chosen.append(a)
        previous = ok
    return chosen


def _predicate_after(folded: str, pos: int, groups: list[list[AgencyMention]] = ()) -> bool:
    """Does a predicate follow `pos` (the end of a subject)? Adverbs, a relative clause,
    then a word that opens a predicate, in the same clause."""
    pats = _patterns()
    # (a re-mention's "nêu trên" is no part of the predicate: "Các Sở nêu trên theo chức năng, nhiệm vụ:")
    pos = _REMENTIONED.match(folded, pos).end()
    if _REMIT_HEADING.match(folded, pos):
        return True           # "Các Sở theo chức năng, nhiệm vụ:": they do the items below
    if (asks := pats["asks"].match(folded, pos)) is not None:
        # "Bộ Y tế đề nghị X ...": the one who asks is not the one who acts; but one who
        # assigns its own staff acts ("UBND các xã phân công cán bộ theo dõi ...")
        staffs = _STAFF_ASSIGNED.match(folded, pos) is not None \
            and not any(asks.end() <= g[0].start <= asks.end() + 12 for g in groups)
        if not staffs:
            return False
    if _TO_BE_DONE.match(folded, pos):
        return False          # "Các xã cần được hỗ trợ": the one to be helped, not who helps
    if (placed := _PLACED.match(folded, pos)) is not None:
        # "UBND các xã ven biển khẩn trương sơ tán ...": where it lies, then its verb; but
        # "các xã lân cận, vùng trũng, ... cần được hỗ trợ" are the ones to be helped
        end = _clause_end(folded, placed.end())
        helped = _TO_BE_HELPED.search(folded, placed.end(), end) or _DONE_OR_PASSIVE.search(folded, placed.end(), end)
        acts = pats["acts_ahead"].search(folded, placed.end(), end)
        return acts is not None and (helped is None or acts.start() < helped.start())
    at = pats["adverbs"].match(folded, pos).end()
    rest = folded[at:at + 40]
    not_yet = _NOT_YET.match(rest)
    if folded[pos:at].strip(" \t\n,") and not not_yet:
        return True           # adverbs open only predicates ("khẩn trương", "căn cứ chức năng")
    if not rest or not _LOWER.match(rest) or _titles().match(rest):
        return False          # (", Chủ tịch UBND ...": the list goes on with a title)
    if _RELATIVE.match(rest):
        end = _clause_end(folded, at)
        return pats["verb_ahead"].search(folded, at + 3, end) is not None
    if not_yet:
        # "Cục X cũng chưa ban hành văn bản hướng dẫn ...": an account, unless an order follows
        # in the sentence ("..., khẩn trương gửi ...", "...; khẩn trương gửi ...")
        end = min(_SENTENCE_END_AT.search(folded, at).start(), at + 200)
        return any(pats["verb_ahead"].match(folded, m.end()) for m in _CLAUSE_JOIN.finditer(folded, at, end))
    if _WHEN.match(rest):
        # "Các Cục Thuế khi tiến hành thanh tra, cần vận dụng ...": the verb after the time clause
        end = min(_clause_end(folded, at), at + 200)
        for comma in _COMMA.finditer(folded, at, end):
            if pats["verb_ahead"].match(folded, comma.end()):
                return True
        return False
    if (answers := _ANSWERS_BEFORE.match(folded, at)) is not None:
        # "X chịu trách nhiệm toàn diện trước UBND tỉnh về kết quả, đồng thời báo cáo ...":
        # whom X answers to is no order, what it does besides is
        end = _clause_end(folded, answers.end())
        return any(pats["verb_ahead"].match(folded, m.end()) for m in _BESIDES.finditer(folded, answers.end(), end))
    return _NOT_PREDICATE.match(rest) is None


# "X chịu trách nhiệm (trực tiếp) trước Chính phủ về ...": whom X answers to, no task
# ("toàn diện", "hoàn toàn", "cá nhân" between: how fully it answers); then what it does besides
_ANSWERS_BEFORE = regex.compile(r"chiu trach nhiem(?:[ \t\n]+(?:truc tiep|toan dien|hoan toan|ca nhan|chinh))*"
                                r"[ \t\n]+truoc(?!\p{L})")
_BESIDES = regex.compile(r"[,;]?[ \t\n]*dong thoi[ \t\n]+")


@cache
def _titles() -> regex.Pattern:
    # (of two words at least: folded, "Trưởng" is also "trường học")
    return regex.compile(_alt(t.title.lower() for t in agency_vocabulary().titles
                              if t.strip and " " in t.title) + r"(?!\p{L})")


def _clause_end(folded: str, pos: int) -> int:
    m = _CLAUSE_END.search(folded, pos)
    return m.start() if m else len(folded)


# "X phối hợp", "X tham gia (phối hợp)" after another's order: X supports it
_SUPPORTS = regex.compile(r"[ \t\n]*(?:tham gia[ \t\n]+)?phoi hop(?![ \t\n]+(?:voi|cung)(?!\p{L}))"
                          r"|[ \t\n]*tham gia(?:[ \t\n]*[;.]|$)")


def _partners(groups, text: str, folded: str, start: int, end: int,
              leads: list[AgencyMention]) -> list[AgencyMention]:
    """Every partner phrase in folded[start:end]: "phối hợp với A, B; phối hợp với C",
    "cùng (với) X", and "X chủ trì, Y phối hợp" (Y named before its verb)."""
    out: list[AgencyMention] = []
    lead_names = {a.name for a in leads}
    mentions = [a for g in groups for a in g]
    for m in finditer_at(_patterns()["partner"], folded, occurrences(folded, _PARTNER_WORDS, start, end), start, end):
        g = _group_at(groups, m.end(), folded)
        if g:
            out += [a for a in g if a.name not in lead_names]
        # (as written only after "phối hợp ... với/giữa": not "lưu cùng với hồ sơ", "cung
        # cấp", nor "phối hợp công tác" naming a regulation)
        if m.group().startswith("phoi hop") and _WITH.search(m.group()):
            out += _written_partners(text, folded, m.end(), mentions)
    for g in groups:
        if start <= g[0].start < end and _SUPPORTS.match(folded, g[-1].end) \
                and not any(a.start == g[0].start for a in out) \
                and not _ADVISED.search(folded, max(0, g[0].start - 12), g[0].start):
            out += [a for a in g if a.name not in lead_names]
    seen: set[str] = set()
    return [a for a in sorted(out, key=lambda a: a.start) if not (a.name in seen or seen.add(a.name))]


# the body advised or proposed to is no partner: "tham mưu UBND tỉnh phối hợp Bộ X ..."
_ADVISED = regex.compile(r"(?<!\p{L})(?:tham muu|giup|de xuat|kien nghi|trinh)[ \t\n]+$")


# what ends a partner list: its clause, a purpose, a place or time, the next verb
# (matched as printed: folded "tai" is also "Tài" of "Sở Tài chính")
_PARTNERS_END = regex.compile(r"[;.:()\n]|[ \t]+[-–]|(?<!\p{L})(?:để|nhằm|theo|trong|tại|về|từ|đến|khi|như"
                              r"|thông qua)(?!\p{L})", regex.I)
_PARTNER_ITEM = regex.compile(r"[^,]+?(?=,|[ \t\n]+va[ \t\n]+|$)")


def _written_partners(text: str, folded: str, pos: int, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The partners "phối hợp với" lists that no agency rule reads, as written ("các cơ
    sở KCB BHYT", "các doanh nghiệp viễn thông"): the list runs to the verb of the
    clause, item by item; an item is a name (a few words), not a clause."""
    end = next((m for m in _PARTNERS_END.finditer(text, pos)
                if not any(a.start <= m.start() < a.end for a in mentions)), None)
    stop = end.start() if end else len(folded)
    if folded.startswith(":", stop):
        return []         # "phối hợp với các Bộ: Tài chính, ..." is read with its shared head
    verb = next((v for v in _patterns()["verb_ahead"].finditer(folded, pos, stop)
                 if not any(a.start <= v.start() < a.end for a in mentions)), None)
    stop = verb.start() if verb else stop
    out: list[AgencyMention] = []
    for item in _PARTNER_ITEM.finditer(folded, pos, stop):
        raw = item.group()
        s = item.start() + len(raw) - len(raw.lstrip())
        if folded.startswith("va ", s):
            s += 3
        e = item.end() - (len(raw) - len(raw.rstrip()))
        words = folded[s:e].split()
        if not words or any(s <= a.start < e or a.start <= s < a.end for a in mentions):
            continue
        # a common noun phrase ("các cơ sở KCB", "địa phương"); a capitalised name no rule
        # reads is more likely a name the rules broke ("Văn hóa, Thé thao")
        if len(words) > 8 or not text[s:s + 1].islower() or any(w.isdigit() for w in words):
            break
        if _CONCERNED.match(folded[s:e]):
            continue      # the qualifier of the name before it
        if not _bodies_written().match(folded, s, e):
            break         # "thời gian, địa điểm": what is agreed on, not who
        out.append(AgencyMention(s, e, " ".join(text[s:e].split()), "written"))
    return out


# the local authorities as one partner: "Phối hợp với (các cấp) chính quyền địa phương rà soát
# ..." (not read as a body elsewhere, where it is the level of government: "mô hình chính quyền
# địa phương 2 cấp")
_LOCAL_AUTHORITIES = regex.compile(r"(?:cac[ \t\n]+(?:cap[ \t\n]+)?)?chinh[ \t\n]+quyen[ \t\n]+(?:dia[ \t\n]+phuong|co[ \t\n]+so)"
                                   r"(?:[ \t\n]+(?:cac|2|hai)[ \t\n]+cap)?")


def _names_a_body(name: str) -> bool:
    """A partner written out that names a body: a kind of body after "các"/"những"
    ("các cơ sở KCB"), or a unit's kind before its capitalised name ("phòng Y tế")."""
    return len(name.split()) >= 2 and (_KIND_THEN_NAME.match(name) is not None
                                       or _kinds_written().match(fold(name)) is not None
                                       or _LOCAL_AUTHORITIES.fullmatch(fold(name)) is not None)


_KIND_THEN_NAME = regex.compile(r"(?:[Pp]hòng|[Ss]ở|[Bb]an|[Cc]ục|[Cc]hi cục|[Tt]rung tâm|[Vv]ăn phòng|[Ủủ]y ban|[Uu]ỷ ban"
                                r"|[Hh]ội)[ \t\n]+\p{Lu}")


@cache
def _collective_kinds() -> str:
    """The kinds of body a collective names, folded, longest first, as one alternation."""
    kinds = sorted({fold(n) for n in agency_vocabulary().collective_nouns}, key=len, reverse=True)
    return "|".join(regex.escape(k) for k in kinds)


@cache
def _kinds_written() -> regex.Pattern:
    """A kind of body after a plural: "các cơ sở KCB", "những đơn vị"."""
    return regex.compile(rf"(?:cac|nhung)[ \t\n]+(?:{_collective_kinds()})(?!\p{{L}})")


@cache
def _bodies_written() -> regex.Pattern:
    """What a partner written out opens with: a plural ("các", "những") or a kind of body."""
    return regex.compile(rf"(?:cac|nhung|moi|{_collective_kinds()})(?!\p{{L}})")


def _labelled(groups, folded: str) -> Roles | None:
    """ "Cơ quan chủ trì: X; Cơ quan phối hợp: Y" name the roles outright; so do "X là cơ
    quan chủ trì, Y là cơ quan phối hợp" after the bodies."""
    pats = _patterns()
    lead = next((g for m in pats["lead_label"].finditer(folded)
                 if (g := _group_at(groups, m.end(), folded))), None)
    if lead is None:
        return _roles_stated_after(groups, folded)
    support = next((g for m in pats["support_label"].finditer(folded)
                    if (g := _group_at(groups, m.end(), folded))), [])
    return Roles(lead, support, "labelled")


# "X là cơ quan chủ trì", "Y là (các) đơn vị phối hợp": the role stated after the bodies
_STATED_ROLE = regex.compile(r"[ \t\n]*(?:,[ \t\n]*)?la[ \t\n]+(?:cac[ \t\n]+)?(?:co quan|don vi)[ \t\n]+"
                             r"(?P<role>chu tri|phoi hop)(?!\p{L})")


def _roles_stated_after(groups, folded: str) -> Roles | None:
    lead: list[AgencyMention] = []
    support: list[AgencyMention] = []
    for g in groups:
        if (m := _STATED_ROLE.match(folded, g[-1].end)) is not None:
            (lead if m["role"] == "chu tri" else support).extend(g)
    # (a lead stated alone reads as any subject does: "Giao X là cơ quan chủ trì, phối hợp với Y ...")
    return Roles(lead, support, "labelled") if lead and support else None


def find_roles(text: str, mentions: list[AgencyMention] | None = None) -> Roles:
    if mentions is None:
        return _cached_roles(text, letter_names())
    return _find_roles(text, mentions)


@lru_cache(maxsize=4096)
def _cached_roles(text: str, names) -> Roles:
    """(cached by the letter's own names too: they change what an agency is)"""
    return _find_roles(text, _with_place_subjects(text, find_agencies(text)))


# A province or city named as the one who acts, at a clause's start ("thành phố Huế cần tập
# trung thực hiện ...", "Tỉnh Gia Lai khẩn trương ...", "Tỉnh cần ..."): a conclusion after a
# leader's visit asks the place itself (its government), named as printed.
@cache
def _place() -> regex.Pattern:
    # (or capitalised alone, the place the letter is about: "Tỉnh cần tập trung ...")
    return regex.compile(r"(?<![\p{L}\d])(?:(?:[Tt]ỉnh|[Tt]hành[ \t\n]+phố)[ \t\n]+" + alternation(provinces())
                         + r"|Tỉnh|Thành[ \t\n]+phố)(?![\p{L}\d])")


# ... or several, listed: "Các tỉnh Nghệ An, Quảng Ngãi khẩn trương ...", "Thành phố Hà Nội
# và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh ...": each place, at its level
@cache
def _places() -> regex.Pattern:
    level = r"(?:[Tt]ỉnh|[Tt]hành[ \t\n]+phố)"
    place = rf"(?:(?:[Cc]ác[ \t\n]+)?{level}[ \t\n]+)?" + alternation(provinces())
    return regex.compile(rf"(?<![\p{{L}}\d]){place}(?:[ \t\n]*(?:,|và)[ \t\n]*{place})+(?![\p{{L}}\d])")


@cache
def _province_names() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\d])" + alternation(provinces()) + r"(?![\p{L}\d])")


def _listed_places(text: str, folded: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    found = []
    for m in _places().finditer(text):
        if any(a.start < m.end() and m.start() < a.end for a in mentions) or not opens_clause(text, 0, m.start()):
            continue
        after = m.end() + len(folded[m.end():]) - len(folded[m.end():].lstrip())
        if not _patterns()["verb_ahead"].match(folded, after):
            continue      # (an order's verb after them: "Các tỉnh A, B có 12 dự án" describes)
        for i, p in enumerate(_province_names().finditer(text, m.start(), m.end())):
            # (each takes its level words before it, "Các tỉnh ", "tỉnh ": the list opens the
            # clause, its items joined by commas and "và" alone)
            level = _LEVEL_BEFORE.search(text, m.start(), p.start())
            start = m.start() if i == 0 else level.start() if level else p.start()
            found.append(AgencyMention(start, p.end(), _place_name(p.group()), "local"))
    return found


_LEVEL_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Cc]ác[ \t\n]+)?(?:[Tt]ỉnh|[Tt]hành[ \t\n]+phố)[ \t\n]+$")


def _place_name(place: str) -> str:
    """A place named as the one who acts, at its level: "tỉnh Nghệ An", "thành phố Hà Nội"."""
    if place.lower().startswith(("thành phố ", "tỉnh ")):
        return place
    return f"{province_levels().get(place, 'tỉnh')} {place}"


def _with_place_subjects(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    if "ỉnh" not in text and "hành phố" not in text:
        return mentions
    folded = fold(text)
    found = _listed_places(text, folded, mentions)
    for m in _place().finditer(text):
        if any(a.start < m.end() and m.start() < a.end for a in found):
            continue
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in mentions):
            continue
        # (an order's verb after it, not any predicate: "Tỉnh X có 12 xã" describes)
        after = m.end() + len(folded[m.end():]) - len(folded[m.end():].lstrip())
        if opens_clause(text, 0, m.start()) and _patterns()["verb_ahead"].match(folded, after):
            found.append(AgencyMention(m.start(), m.end(), " ".join(m.group().split()), "local"))
    return sorted([*mentions, *found], key=lambda a: a.start) if found else mentions


def _find_roles(text: str, mentions: list[AgencyMention]) -> Roles:
    roles = _read_roles(text, mentions)
    # a lead is not its own partner ("X chủ trì ...; các đơn vị phối hợp với X ...")
    leads = {a.name for a in roles.lead}
    roles.support = [a for a in roles.support if a.name not in leads]
    return roles


@dataclass
class _Order:
    start: int                      # where the order's subject starts
    lead: list[AgencyMention]
    rule: str


# (not a second name or the members: "Ban Thường vụ (hoặc Ban Chủ nhiệm)", "cơ quan Thuế (gồm: ...)")
_ASIDE = regex.compile(r"[ \t\n]*\((?![ \t\n]*(?:hoac|va|gom|bao gom)(?!\p{L}))[^()\n;:]{1,40}\)(?=[ \t\n]*\p{L})")


def _orders(groups, folded: str) -> tuple[list[_Order], list[AgencyMention]]:
    """Every order of the text, in reading order, none inside another's subject; and the
    subjects that only join an order as partners ("X chủ trì, Y phối hợp kiểm tra", "các
    đơn vị phối hợp với X" after X's order)."""
    pats = _patterns()
    orders: list[_Order] = []
    partners: list[AgencyMention] = []
    # (tried only where an assigning word's first word stands, in a text that holds one)
    assigns = finditer_at(pats["assign"], folded, occurrences(folded, _assigning_firsts())) \
        if _may_assign(folded) else ()
    recounted: set[int] = set()     # "đã giao X ...": X was given an order elsewhere
    for m in assigns:
        g = _group_at(groups, m.end(), folded)
        alternative = (_ALTERNATIVE.search(folded, max(0, m.start() - 12), m.start())
                       or _in_document(groups, folded, m.start())
                       or _RESTRICTS.search(folded, max(0, m.start() - 8), m.end()))
        if g and not alternative:
            orders.append(_Order(g[0].start, g, "giao"))
        elif g:
            recounted.add(g[0].start)
    taken = {a.start for o in orders for a in o.lead} | recounted
    partner_zones = [(m.start(), _clause_end(folded, m.end()))
                     for m in finditer_at(pats["partner"], folded, occurrences(folded, _PARTNER_WORDS))]
    for i, g in enumerate(groups):
        if g[0].start in taken or any(a <= g[0].start < b for a, b in partner_zones):
            continue
        # (an aside in brackets may stand between the subject and its verb: "Đài Truyền hình
        # Việt Nam (VTV) chủ trì", "Sở Y tế (cơ quan thường trực) tham mưu")
        end = (aside.end() if (aside := _ASIDE.match(folded, g[-1].end)) else g[-1].end)
        if pats["chu_tri"].match(folded, end):
            if i == 0 and _DIRECTS.fullmatch(folded, 0, g[0].start):
                # "Chỉ đạo X chủ trì ..." opening an item: whoever the item is given to
                # directs X; X leads nothing of it (the heading's or addressee's task)
                continue
            subjects = _subjects(g, folded) or ([g[-1]] if not pats["chaired_by"].search(
                folded, max(0, g[0].start - 6), g[0].start) else [])
            # "A chỉ đạo X chủ trì ...": A is the one assigned, X its subordinate
            directing = i and _DIRECTS.fullmatch(folded, groups[i - 1][-1].end, g[0].start)
            if directing and _subjects(groups[i - 1], folded):
                subjects = _subjects(groups[i - 1], folded)
            if subjects:
                orders.append(_Order(subjects[0].start, subjects, "chu_tri"))
            continue
        if _predicate_after(folded, end, groups):
            subjects = _subjects(g, folded)
            # (whom an opening "chỉ đạo" directs: "Chỉ đạo các đơn vị trực thuộc, lực lượng
            # Công an xã tăng cường ...", the item's own assignee directs them)
            if not subjects or _DIRECTS_LIST.fullmatch(folded, 0, g[0].start) \
                    or (i == 0 and _DIRECTS.fullmatch(folded, 0, g[0].start)) \
                    or _directed(folded, g[0].start, groups):
                continue
            earlier = [a for o in orders if o.start < g[0].start for a in o.lead]
            # ("X chủ trì ...; Y phối hợp với X": Y supports X; but Y with partners of its own
            # besides X, "Y phối hợp với Bộ Z, X và các cơ quan liên quan rà soát ...", leads
            # an order of its own)
            joins = _SUPPORTS.match(folded, end) or (
                (m := _JOINS.match(folded, end))
                and (partner := _group_at(groups, m.end(), folded))
                and {a.name for a in partner} & {a.name for a in earlier}
                and all(a.name in {e.name for e in earlier} for a in partner if a.kind != "collective"))
            if earlier and joins:
                partners += subjects
            else:
                orders.append(_Order(subjects[0].start, subjects, "subject"))
    orders.sort(key=lambda o: o.start)
    out: list[_Order] = []
    for o in orders:
        if not any(a.start == b.start for p in out for a in o.lead for b in p.lead):
            out.append(o)
    return out, partners


_BRACKET = regex.compile(r"\([^()]*\)")
_JOINS = regex.compile(r"[ \t\n]*(?:cung[ \t\n]+)?phoi hop(?:[ \t\n]+chat che)?[ \t\n]+voi[ \t\n]+")


# an aside between a subject and its predicate: "Sở Tài chính, trên cơ sở đề xuất của các
# cơ quan, đơn vị, chủ trì tổng hợp", "Sở Nội vụ, căn cứ đề nghị của Sở Y tế, thẩm định"
_ASIDE_OPENS = regex.compile(r"[ \t\n]*,[ \t\n]*(?:tren co so|can cu|theo|sau khi|thong qua|trong pham vi)"
                             r"(?!\p{L})")
_ASIDE_COMMA = regex.compile(r",[ \t\n]*")


def _asides(groups, folded: str) -> list[tuple[int, int]]:
    """The asides after a clause's subject, up to the comma its predicate follows."""
    pats = _patterns()
    out = []
    for g in groups:
        m = _ASIDE_OPENS.match(folded, g[-1].end)
        if m is None or not _subjects(g, folded):
            continue
        stop = _CLAUSE_END.search(folded, m.end())
        stop = min(stop.start() if stop else len(folded), m.end() + 200)
        for c in _ASIDE_COMMA.finditer(folded, m.end(), stop):
            if pats["verb_ahead"].match(folded, c.end()) or folded.startswith("phoi hop", c.end()):
                out.append((m.start(), c.start()))
                break
    return out


# "Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.": a list's item, then after a dash who it
# falls to, and nothing more
_DASH_BEFORE = regex.compile(r"\S[ \t]+[-–—][ \t]*$")


# ... not a labelled line (a contact, a field) or one with a phone number or a code
_NOT_AN_ITEM = regex.compile(r":|\d{3}")


def _named_after_dash(text: str, groups: list[list[AgencyMention]]) -> list[AgencyMention] | None:
    """The agencies a text that orders nothing ends with, after a dash, or None (not a
    name after another: "Ban Công tác đặc biệt - Ủy ban Chuyên trách Chính phủ" is a list)."""
    group = groups[-1]
    if text[group[-1].end:].strip(" \t\n.;") or not _DASH_BEFORE.search(text, 0, group[0].start):
        return None
    if _NOT_AN_ITEM.search(text, 0, group[0].start):
        return None       # "- Đầu mối: ông A, điện thoại 0912.345.678 - Văn phòng Sở Y tế.": a contact
    if len(groups) > 1 and not text[groups[-2][-1].end:group[0].start].strip(" \t\n-–—"):
        return None
    return group


def _read_roles(text: str, mentions: list[AgencyMention]) -> Roles:
    folded = fold(text)
    pats = _patterns()
    groups = group_agencies(text, mentions)
    if "," in folded and (asides := _asides(groups, folded)):
        # the aside's bodies are no subjects or partners of the order around it
        for a, b in asides:
            text, folded = text[:a] + " " * (b - a) + text[b:], folded[:a] + " " * (b - a) + folded[b:]
        mentions = [x for x in mentions if not any(a <= x.start < b for a, b in asides)]
        groups = group_agencies(text, mentions)
    labelled = _labelled(groups, folded)
    if labelled is not None:
        return labelled
    orders, joined = _orders(groups, folded)
    # an order inside brackets only details the main one ("... (bộ, ngành báo cáo theo Phụ
    # lục 1; địa phương theo Phụ lục 2)"): its subject is no lead of its own
    brackets = [(m.start(), m.end()) for m in _BRACKET.finditer(folded)] if "(" in folded else []
    outside = [o for o in orders if not any(a < o.start < b for a, b in brackets)]
    if outside:
        orders = outside
    # "Chủ trì, phối hợp ..." / "Phối hợp với Y ..." with no agency of its own.
    if pats["bare_chu_tri"].match(folded):
        first = orders[0].start if orders else len(folded)
        lead = [a for o in orders for a in o.lead]
        return Roles(lead, _partners(groups, text, folded, 0, len(folded), lead),
                     "bare_chu_tri" if not orders or first > 40 else orders[0].rule)
    m = pats["bare_phoi_hop"].match(folded)
    if m:
        partner = _group_at(groups, m.end(), folded)
        if not partner and _WITH.search(m.group()):
            # ... as written where no agency rule reads it, if it names a body ("Phối hợp
            # với phòng Y tế ...", "các cơ sở KCB"), not a thing ("các chương trình ...")
            partner = [a for a in _written_partners(text, folded, m.end(), [a for g in groups for a in g])
                       if _names_a_body(a.name)]
            # ... and the bodies a rule reads after it, joined to it ("Phối hợp với chính quyền
            # địa phương, Công an tỉnh kiểm tra ...")
            if partner and (joint := _AND_NEXT.match(folded, partner[-1].end)) \
                    and (more := _group_at(groups, joint.end(), folded)):
                partner += more
        if partner:
            # "Phối hợp với Y ..." under a heading: the whole partner list leads, a
            # collective in it too (ANNOTATION.md, "Tasks")
            return Roles(partner, [], "bare_phoi_hop")
    if not orders:
        if groups and (named := _named_after_dash(text, groups)):
            return Roles(named, [], "labelled")
        return Roles([], _partners(groups, text, folded, 0, len(folded), []), None)
    lead: list[AgencyMention] = []
    support: list[AgencyMention] = []
    for i, o in enumerate(orders):
        lead += [a for a in o.lead if a.name not in {x.name for x in lead}]
        reach = orders[i + 1].start if i + 1 < len(orders) else len(folded)
        support += [a for a in _partners(groups, text, folded, o.lead[-1].end, reach, lead)
                    if a.name not in {x.name for x in support}]
    support += [a for a in joined if a.name not in {x.name for x in (*support, *lead)}]
    return Roles(lead, sorted(support, key=lambda a: a.start), orders[0].rule)
