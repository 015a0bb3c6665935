"""Tasks from the outline: which items are tasks, and what each inherits from the
structure around it (ANNOTATION.md, "Tasks").

A task is the smallest enumerated item that asks an agency to do something; an item
with enumerated children only introduces them. What carries down: the agencies of an
assignee heading ("4. Công an tỉnh"), the roles, deadline and recipient of an
introducing line ("Giao Sở KH&CN chủ trì, phối hợp ... thực hiện các nhiệm vụ sau, báo
cáo UBND tỉnh trước ngày 10/7/2025:"), and a plan's fields ("Cơ quan chủ trì: X",
"Thời gian thực hiện: Quý III/2025"), which apply to every task of their unit.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from extractors.agencies import AgencyMention, find_agencies
from extractors.deadlines import DeadlineMatch, find_deadlines, find_field_deadlines
from extractors.deliverables import find_deliverables
from extractors.patterns import fold
from extractors.report_to import find_report_to
from extractors.roles import Roles, find_roles, has_order_verb, starts_with_action
from pipeline.addressees import ALIAS
from pipeline.assignees import agency_only, heading_offset, label_roles, same_agency, split_label
from pipeline.fields import FieldLine, read_field
from pipeline.layout import BRACKETED_NOTE, Paragraph
from pipeline.markers import BULLETS
from pipeline.outline import REPORTING_RULE, Item, Outline, formulas_end, is_caps

# Sections that state aims, not orders ("I. MỤC ĐÍCH, YÊU CẦU"): a title of these words, the
# first from the first list, the others from the second, joined by commas or "và".
# ... or that assess what was done ("II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "KHÓ KHĂN, VƯỚNG
# MẮC"): a conclusion's findings, whose run-in points are no orders either
_AIM_FIRST = ("muc dich|yeu cau|muc tieu|quan diem|can cu|su can thiet|tinh hinh|danh gia|pham vi|doi tuong"
              "|nguyen tac|ket qua dat duoc|ton tai|han che|kho khan|vuong mac|bat cap")
_AIM_NEXT = ("muc dich|yeu cau|muc tieu|quan diem|pham vi|doi tuong|nguyen tac|ket qua|ton tai|han che|kho khan"
             "|vuong mac|bat cap|nguyen nhan")
_AIM_TAIL = "chung|cu the|chu yeu|dat duoc|thi dua|ap dung|dieu chinh"


def _aims_title(first: str, after: str, tail: str) -> regex.Pattern:
    # (a title may open with "Về": "I. VỀ KẾT QUẢ ĐẠT ĐƯỢC")
    return regex.compile(rf"^(?:ve )?(?:{first})(?:(?:[ ,\-–]+|[ ]+va[ ]+)(?:{after}"
                         # ("đối tượng và thời gian thi đua": when the movement runs, not a task's time)
                         r"|(?<=(?:pham vi|doi tuong)[ ,va]+)thoi gian)[ ,]*)*"
                         rf"(?:[ ,]+(?:{tail}))?$")


_AIMS = _aims_title(_AIM_FIRST, _AIM_NEXT, _AIM_TAIL)
# ... and an emulation campaign's themes, criteria and awards ("II. NỘI DUNG THI ĐUA", "III. TIÊU
# CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG": what its units compete on and are judged by), where
# no item under them orders a body by name
_CAMPAIGN = "noi dung (?:dot |phong trao )?thi dua"
_CAMPAIGN_RULES = _aims_title(
    f"{_AIM_FIRST}|(?:tieu chi|tieu chuan)(?: thi dua| khen thuong)?|{_CAMPAIGN}",
    f"{_AIM_NEXT}|(?:tieu chi|tieu chuan)(?: thi dua| khen thuong)?|hinh thuc(?: khen thuong)?|thanh phan"
    f"|(?:co cau|so luong) khen thuong|{_CAMPAIGN}",
    f"{_AIM_TAIL}|khen thuong")
# ... or a monitoring plan's method, steps and the points it covers ("IV. PHƯƠNG PHÁP, CÁC
# BƯỚC GIÁM SÁT, ĐÁNH GIÁ", "III. NỘI DUNG KIỂM TRA"): how the work is done, which the orders
# of its "Tổ chức thực hiện" ask for
_METHOD = regex.compile(r"^(?:(?:noi dung|phuong phap|cach thuc|quy trinh|cac buoc)(?:,? (?:va )?(?=\p{L}))?)+"
                        r"(?:giam sat|kiem tra|thanh tra|danh gia|theo doi)(?:(?:,| va) (?:giam sat|kiem tra|thanh tra"
                        r"|danh gia|theo doi))*$")
# ... or a report's account of the year and its forecasts ("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH
# TẾ - XÃ HỘI NĂM 2025", "II. DỰ BÁO CÁC CHỈ TIÊU ... 2026 - 2028"), where no title word asks
# for work and, as in a campaign's rules, no item under it orders a body by name
_ASSESSMENT = regex.compile(r"^(?:ve )?(?:(?:tinh hinh|ket qua) thuc hien|danh gia (?:tinh hinh|ket qua)|du bao)(?!\p{L})"
                            # ("thực hiện nhiệm vụ": the account of the work done)
                            r"(?!.*(?<!\p{L})(?:(?<!thuc hien )nhiem vu|giai phap|bien phap|de xuat|kien nghi|to chuc"
                            r"|phuong huong|dinh huong|trien khai|ung pho|phong chong|trong tam|muc tieu|ke hoach"
                            r"|chuong trinh)(?!\p{L}))")
# ... but in a letter to others, "1. Yêu cầu chung:" heads what the addressees are asked
_REQUIREMENTS = regex.compile(r"^yeu cau(?: chung)?$")
# What a speaker does in an introducing line ("Chủ tịch UBND tỉnh chỉ đạo như sau:");
# it does not make the speaker a lead; nor does the issuer's own plan ("Ban Chỉ đạo
# xây dựng kế hoạch triển khai như sau:"). "X chỉ đạo Y thực hiện ...:" does.
# (a leader's name or what a body is about may stand between: "Phó Thủ tướng Chính phủ Hồ Quốc
# Dũng đã kết luận", "Trưởng Ban Chỉ đạo Quốc gia về phòng chống dịch Covid-19 có ý kiến")
_SPEAKER = regex.compile(r"[ \t\n]*(?:[\p{L}\d\-]+[ \t\n]+){0,8}?(?:(?:da|dong chi)[ \t\n]+)?"
                         r"(?:co y kien|huong dan|thong bao|ket luan|xay dung (?:ke hoach|chuong trinh)"
                         r"|bao cao(?=[^.;:]{0,80}nhu sau)"
                         r"|ban hanh (?:ke hoach|chuong trinh)"
                         r"|chi dao(?=[ \t\n]*(?:nhu sau|:|cac noi dung sau)))")
# An order to follow guidance set out below ("đề nghị các Cục Thuế xây dựng kế hoạch ...
# theo hướng dẫn sau:"): the order is the task; the guidance under it is none, but for
# items that order something themselves (ANNOTATION.md, "Tasks").
_GUIDANCE = regex.compile(r"(?<!\p{L})(?:theo|nhu|duoi day la)[ \t\n]+(?:cac[ \t\n]+)?(?:noi dung[ \t\n]+)?huong dan"
                          r"(?:[ \t\n]+(?:cu the|chi tiet))?[ \t\n]+(?:sau|nhu sau|duoi day)[ \t\n]*:?[ \t\n]*$")
# The kinds of letter that are written to others (a plan or programme allots work to its
# issuer too, and a notice of conclusions gives its issuing office tasks of the leader).
LETTER_TYPES = frozenset({"công văn", "công điện"})
# Praise and assessment, not orders ("1. Đánh giá cao sự chủ động của các bộ ..."), also with
# the speaker before it ("Bí thư Tỉnh ủy đánh giá cao ...", in a notice of a leader's conclusions).
_PRAISE = regex.compile(r"^(?:(?:dong chi[ \t\n]+)?(?:pho[ \t\n]+)?(?:bi thu|chu tich|thu tuong|bo truong)[^,.;:]{0,60}?[ \t\n]+)?"
                        r"(?:danh gia cao|hoan nghenh|bieu duong|ghi nhan|qua ra soat|qua kiem tra|theo bao cao)(?!\p{L})")
# An emulation campaign's theme, what everyone is to compete on, not an order to anyone:
# "Thi đua thực hiện thắng lợi nhiệm vụ ...", "Thi đua đẩy mạnh cải cách hành chính ..."
_THEME = regex.compile(r"^thi dua[ \t\n]+(?!khen thuong|va[ \t\n])\p{L}")
# what those who achieve get, in an emulation plan: "Tập thể, cá nhân có thành tích xuất sắc
# sẽ được khen thưởng", "Các xã hoàn thành trước ngày 30/6 được ưu tiên phân bổ vốn"
# (matched as printed: folded, "đạt" is also "đất")
_REWARDED_FOR = regex.compile(r"[^.;:]{0,80}?(?<!\p{L})(?P<done>hoàn thành|có thành tích|đạt|thực hiện tốt)(?!\p{L})"
                              r"[^.;:]{0,120}?(?<!để[ \t\n]+)(?<!\p{L})(?:sẽ[ \t\n]+)?được[ \t\n]+"
                              r"(?:khen thưởng|biểu dương|tuyên dương|vinh danh|ưu tiên|xét khen)(?!\p{L})",
                              regex.IGNORECASE)
# an award plan's quota: "Mỗi đơn vị xét chọn 01 tập thể, 01 cá nhân", "mỗi đoàn đề nghị không
# quá 02 cá nhân" (how many may be proposed, no order to propose them)
_QUOTA = regex.compile(r"(?:(?<!\p{L})mỗi[ \t\n]+[\p{L}, \t\n]{1,40}?[ \t\n]+(?:được[ \t\n]+)?"
                       r"(?:xét[ \t\n]+chọn|lựa[ \t\n]+chọn|chọn|đề[ \t\n]+nghị|khen[ \t\n]+thưởng)[ \t\n]+"
                       r"(?:(?:tối[ \t\n]+đa|không[ \t\n]+quá)[ \t\n]+)?"
                       # (without "mỗi", only after a heading's colon: "Các đơn vị còn lại: chọn không quá 01")
                       r"|(?<=:[ \t\n]*)(?:xét[ \t\n]+chọn|lựa[ \t\n]+chọn|chọn|đề[ \t\n]+nghị)[ \t\n]+"
                       r"(?:tối[ \t\n]+đa|không[ \t\n]+quá)[ \t\n]+)"
                       r"\d+[ \t\n]*(?:/[ \t\n]*\d+[ \t\n]*)?(?:cá[ \t\n]+nhân|tập[ \t\n]+thể|trường[ \t\n]+hợp)",
                       regex.IGNORECASE)
# (the count it ends on, looked for first: a digit is quick to find, where the pattern's
# lookbehind is tried at every position; it must match wherever _QUOTA does)
_QUOTA_COUNT = regex.compile(r"\d[ \t\n]*(?:cá[ \t\n]+nhân|tập[ \t\n]+thể|trường[ \t\n]+hợp)", regex.IGNORECASE)


# a figure: "Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25 trạm, ...);" / "Xây mới: 120
# phòng học." (a target's count, as a plan breaks its work down)
_FIGURE = regex.compile(r"[^:;.]{3,80}:[ \t\n*_]*\d[\d.,]*[ \t\n]+(?=\p{L})")


def _is_figure(text: str) -> bool:
    m = _FIGURE.match(text)
    return m is not None and not has_order_verb(text[m.end():]) and len(text[m.end():].split()) <= 25


def _is_quota(text: str) -> bool:
    """A quota, with no order before it (a heading before its colon aside: "Đoàn Kiểm tra
    giám sát: Mỗi đoàn xét chọn 01 cá nhân") nor after it ("..., gửi hồ sơ về Sở Nội vụ")."""
    m = _QUOTA.search(text) if _QUOTA_COUNT.search(text) else None
    if m is None:
        return False
    before = text[:m.start()]
    return not has_order_verb(before[before.rfind(":") + 1:]) and not has_order_verb(text[m.end():])


# a dossier's papers and procedure ("b) Thủ tục, hồ sơ đề nghị tặng Bằng khen" / "- Tờ trình
# ...;" / "- Báo cáo thành tích ..."): what to file, no orders of their own
_DOSSIER = regex.compile(r"^(?:thu tuc,? ho so|thanh phan ho so|ho so (?:de nghi|trinh|gom|bao gom))(?!\p{L})")
# the papers such a dossier lists ("Tờ trình ...", "Biên bản họp ...", "Báo cáo thành tích ...")
_PAPER = regex.compile(r"^(?:to trinh|bien ban|bao cao thanh tich|ban sao|danh sach|trich ngang|giay|don)(?!\p{L})")
# ... where no order follows in a later clause ("..., các xã chậm tiến độ phải báo cáo")
_LATER_CLAUSE = regex.compile(r"[,;][^.]*")
_SE = regex.compile(r"(?<!\p{L})sẽ(?!\p{L})")
# a liability, not an action: "Chịu trách nhiệm trước pháp luật nếu để xảy ra phá rừng"
_LIABLE_IF = regex.compile(r"^(?:phai )?chiu (?:hoan toan )?trach nhiem (?:truoc [^.;]{0,60}?)?"
                           r"(?:neu|khi|trong truong hop)(?!\p{L})")
# "..., đề nghị đơn vị làm thủ tục" (letter 032); not "Đơn đề nghị hỗ trợ" (a document).
_DUTY = regex.compile(r"(?<!\p{L}|don |giay |theo )de nghi(?!\p{L})")
# A decision's formal articles: issuing, entry into force, who executes it (ANNOTATION.md).
_FORMAL = regex.compile(r"^ban hanh kem theo (?:quyet dinh|chi thi|nghi quyet) nay|co hieu luc (?:ke tu|tu)"
                        r"|co hieu luc thi hanh|chiu trach nhiem thi hanh|can cu quyet dinh thi hanh")
# ... but not as the time of an order: "Trong thời gian Quyết định này có hiệu lực thi hành,
# nếu ... thì Sở Y tế chủ trì ..." (not the wait for it: "Trong thời gian chờ ...")
_WHILE_IN_FORCE = regex.compile(r"(?<!\p{L})trong thoi gian (?!cho |chua )[^,.;:]{0,40}?co hieu luc(?: thi hanh)?")


def _is_formal(folded: str) -> bool:
    """Is the text a decision's formal statement (its attachment, entry into force, who
    executes it)?"""
    return _FORMAL.search(_WHILE_IN_FORCE.sub(" ", folded)) is not None


# The parts of a regulation that say what it covers, whom it binds, what its words mean and
# what it delegates ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", "2. Nội dung phân
# cấp:"): lists of bodies and powers, no orders (a heading line, not a sentence about them)
_SCOPE = regex.compile(r"^(?:pham vi dieu chinh(?:(?:,| va) doi tuong (?:ap dung|dieu chinh))?"
                       r"|pham vi(?:,| va) doi tuong (?:ap dung|dieu chinh)"
                       r"|doi tuong (?:ap dung|dieu chinh)(?:(?:,| va) pham vi dieu chinh)?"
                       r"|giai thich (?:tu ngu|thuat ngu)|doi tuong (?:va noi dung |duoc )?(?:phan cap|uy quyen)"
                       r"|noi dung (?:phan cap|uy quyen))[ \t\n]*[:.]?[ \t\n]*$")
# What an article of a decision decides, rather than orders: "Điều 1. Công bố Danh mục ..."
_DECIDES = regex.compile(r"^(?:ban hanh|phe duyet|cong bo|thanh lap|kien toan|bo nhiem|dieu chinh"
                         r"|sua doi|bai bo|cong nhan|chap thuan)(?!\p{L})")
_NARRATIVE = regex.compile(r"^(?:ngay \d|nam \d|qua |theo bao cao|thoi gian qua|vua qua|hien nay)")

Ref = tuple[str, int, int]                       # an agency's name and where it is printed
Said = tuple[DeadlineMatch, str, int, int]       # a deadline, its phrase and where


@dataclass(frozen=True)
class Context:
    """What an item inherits from the headings, introducing lines and fields above it."""
    lead: tuple[Ref, ...] = ()
    support: tuple[Ref, ...] = ()
    # heading: "4. Công an tỉnh"; subject: "X có trách nhiệm:"; intro: an item that
    # assigns its sub-items; field: "Cơ quan chủ trì: X"
    kind: str | None = None
    deadlines: tuple[Said, ...] = ()
    # a plan's time field: the unit's own deadline, chosen with the task's own
    field_deadlines: tuple[Said, ...] = ()
    report_to: tuple[Ref, ...] = ()
    products: tuple[Ref, ...] = ()

    def assigned(self, lead: list[Ref], kind: str, support: list[Ref] = ()) -> "Context":
        return replace(self, lead=tuple(lead), support=tuple(support), kind=kind)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n, _, _ in self.lead)


@dataclass
class Fields:
    """What a unit's fields say; empty lists where a field is absent."""
    lead: list[Ref] = field(default_factory=list)
    support: list[Ref] = field(default_factory=list)
    performer: list[Ref] = field(default_factory=list)
    deadlines: list[Said] = field(default_factory=list)
    products: list[Ref] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lead or self.support or self.performer or self.deadlines or self.products)

    def merged(self, other: "Fields") -> "Fields":
        return Fields(*(mine or theirs for mine, theirs in zip(
            (self.lead, self.support, self.performer, self.deadlines, self.products),
            (other.lead, other.support, other.performer, other.deadlines, other.products))))

    def apply(self, ctx: Context) -> Context:
        """A field naming who leads beats a heading; "Đơn vị thực hiện" beside a "chủ trì"
        field is support, alone it is the lead."""
        lead, support = list(self.lead), list(self.support)
        if self.performer:
            (support if lead else lead).extend(self.performer)
        if lead:
            ctx = ctx.assigned(lead, "field", support or [])
        elif support:
            ctx = replace(ctx, support=tuple(support))
        if self.deadlines:
            ctx = replace(ctx, field_deadlines=tuple(self.deadlines))
        if self.products:
            ctx = replace(ctx, products=ctx.products + tuple(self.products))
        return ctx


@dataclass
class TaskDraft:
    section: str | None
    marker: str | None
    paras: list[Paragraph]
    text: str
    lead: list[tuple[str, int, int, bool]]        # name, doc start, doc end, inherited
    support: list[tuple[str, int, int, bool]]
    deadlines: list[tuple[DeadlineMatch, int, int, str, bool]]   # match, doc span, phrase, inherited
    report_to: list[tuple[str, int, int]]
    deliverables: list[tuple[str, int, int]]
    start: int = 0
    end: int = 0
    text_from: int | None = None                  # where the text starts (after a label)


def _placed(para: Paragraph, offset: int, mentions: list[AgencyMention]) -> list[Ref]:
    return [(a.name, para.to_text(offset + a.start), para.to_text(offset + a.end)) for a in mentions]


def _commitment(text: str) -> bool:
    """A commitment or a statement of what will be ("trong năm 2019 Bộ sẽ tổng kết", "các
    Cơ quan đại diện sẽ làm thủ tục ..."), not an order."""
    first_sentence = text.split(". ")[0]
    will = _SE.search(first_sentence)
    if will is None or starts_with_action(first_sentence):
        return False          # "Rà soát hồ sơ, hồ sơ nào không đủ điều kiện sẽ bị trả lại"
    roles = find_roles(first_sentence)
    if roles.rule == "giao":
        return False
    # "X (đại diện ở nước ngoài) sẽ ..." says what X will do; X's order before the "sẽ"
    # stays one ("Sở Y tế chủ trì kiểm tra; cơ sở nào vi phạm sẽ bị xử lý")
    subject = next((a for a in roles.lead if a.end <= will.start()), None)
    return subject is None or not has_order_verb(first_sentence[subject.end:will.start()])


def is_guidance(text: str) -> bool:
    """An order over guidance or over the contents of the report it asks for."""
    folded = fold(text)
    return _GUIDANCE.search(folded) is not None or _REPORT_CONTENTS.search(folded) is not None


def is_actionable(text: str) -> bool:
    """Does the text ask someone to do something?"""
    _, off = split_label(text)
    rest = text[off:]
    folded = fold(rest)
    if _commitment(rest) or _is_formal(folded) or _PRAISE.match(folded) or _LIABLE_IF.match(folded) \
            or _THEME.match(folded):
        return False
    if BRACKETED_NOTE.fullmatch(rest):
        return False      # "(Quét mã QR ở bên dưới để xem toàn văn ...)": a note to the reader
    if _is_quota(rest):
        return False      # "Mỗi đoàn xét chọn 01 cá nhân": a quota
    if "cac " in folded and _CARRY_OUT_END.search(folded) and (said := find_roles(rest)).rule == "subject" \
            and _ONLY_CARRY_OUT.fullmatch(folded, said.lead[-1].end) \
            and _BEFORE_EVERYONE.fullmatch(folded, 0, said.lead[0].start) \
            and all(fold(a.name).startswith("cac ") or a.kind == "collective" for a in said.lead):
        # "Căn cứ văn bản này, các cơ quan, đơn vị triển khai thực hiện./.": everyone urged, no
        # action (not "Về việc cấp giấy: UBND các xã tổ chức thực hiện", the topic's work)
        return False
    if starts_with_action(rest):
        return True
    topic = _TOPIC_LABEL.match(folded)
    if topic and starts_with_action(rest[topic.end():]) and not _BY_REFERENCE.match(folded, topic.end()):
        return True       # "Về lĩnh vực đất đai: Tăng cường ...": the topic, then the order
    if (reward := _REWARDED_FOR.match(rest)) is not None and not has_order_verb(rest[:reward.start("done")]) \
            and not ((later := _LATER_CLAUSE.search(rest, reward.end())) and has_order_verb(later.group())):
        return False      # "Các xã hoàn thành tốt nhiệm vụ được khen thưởng": who is rewarded, no order
    roles = find_roles(rest)
    if roles.rule in ("giao", "chu_tri", "subject", "bare_chu_tri", "bare_phoi_hop", "labelled"):
        return True
    # "... nếu có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo về UBND tỉnh"
    return _DUTY.search(folded) is not None or bool(find_agencies(rest) and find_report_to(rest))


# a label saying what an order is about, on the order's line: "Về lĩnh vực khoáng sản: "
# (folded; one clause, up to its colon). Not "Đối với X:", which names whom a rule binds
# ("Đối với người điều khiển phương tiện: hạn chế dừng, đỗ"), read as an assignee or not.
_TOPIC_LABEL = regex.compile(r"ve[ \t\n]+[^:;.]{2,200}?:[ \t\n*_]*")
# ... but a guide's "Về thành phần: thực hiện theo Mục II Hướng dẫn số 01" says how, by reference
_BY_REFERENCE = regex.compile(r"thuc hien(?:[ \t\n]+tuong tu)?[ \t\n]+(?:nhu|theo)(?!\p{L})")
# ... and the horizon its name ends with ("đến năm 2030"), not a time it is done by
_HORIZON = regex.compile(r"(?<!\p{L})(?:den|giai doan|thoi ky)[ \t\n]*$")
# an introducing line that issues a document by its name: "ban hành Kế hoạch ... như sau:"
_ISSUES_DOCUMENT = regex.compile(r"(?<!\p{L})(?:ban hanh|xay dung)[ \t\n]+(?:ke hoach|de an|chuong trinh|chien luoc"
                                 r"|quy che|huong dan|phuong an)(?!\p{L})")
# the place a provincial body is of: "... tỉnh Gia Lai", "... thành phố Hà Nội" (folded)
_PLACE_IN_NAME = regex.compile(r"(?:tinh|thanh pho)(?: [a-z]+)*$")
# a conclusion's heading over a request it answers ("Về kiến nghị giao Ủy ban nhân dân tỉnh X
# là chủ đầu tư ..."), and the request with its answer after the colon (folded)
_REQUEST = r"ve[ \t\n]+(?:cac[ \t\n]+)?(?:de nghi|kien nghi|de xuat)(?!\p{L})"
_REQUEST_TOPIC = regex.compile(_REQUEST)
_ANSWERS_REQUEST = regex.compile(_REQUEST + r"[^:]{3,600}?:[ \t\n*_]*(?=\S)")


def _topic_of(text: str):
    """The topic label an item opens with ("Về việc trình Quốc hội ...: "), which names
    no one who acts; not "Về phía Sở Y tế:", which names who, nor an opening phrase before
    its subject ("Về lâu dài, Sở Y tế nghiên cứu ... các nội dung: ...")."""
    folded = fold(text)
    m = _TOPIC_LABEL.match(folded)
    if m is None or folded.startswith("ve phia") or _SUBJECT_AFTER_COMMA.search(text, 0, m.end()):
        return None
    return m


# (a capitalised word after a comma inside a label starts a clause with its own subject)
_SUBJECT_AFTER_COMMA = regex.compile(r",[ \t\n]*\p{Lu}")


# a paragraph that is a note in brackets, under a field's values
_ASIDE = regex.compile(r"[ \t]*\([^()]*(?:\([^()]*\)[^()]*)*\)[ \t.;]*")
# a line that introduces its assignee's duties: "X có trách nhiệm:" (X up to 20 words)
_DUTY_LINE = regex.compile(r"(?P<who>(?:\S+[ \t\n]+){0,19}?\S+)[ \t\n]+(?:có|chịu)[ \t\n]+trách[ \t\n]+nhiệm"
                           r"(?:[ \t\n]+(?:thực[ \t\n]+hiện|như[ \t\n]+sau))?[ \t\n*_]*:?[ \t\n*_]*$")
# a leader an office speaks for, giving directions: "Phó Thủ tướng Chính phủ Trần Hồng Hà
# có ý kiến như sau:", "Chủ tịch UBND tỉnh đã kết luận:"
_SUPERIOR_SPEAKS = regex.compile(r"(?:^|[,;.][ \t\n]*)(?:Phó[ \t\n]+)?(?:Thủ[ \t\n]+tướng|Chủ[ \t\n]+tịch|Bộ[ \t\n]+trưởng)"
                                 r"(?!\p{L})[^,.;:]{0,80}?(?:đã[ \t\n]+)?(?:có[ \t\n]+ý[ \t\n]+kiến|kết[ \t\n]+luận"
                                 r"|chỉ[ \t\n]+đạo)[^.;]{0,40}:?[ \t\n]*$")
# what a paragraph that first recounts says: something done, received, cited, proposed
_RECOUNTS = regex.compile(r"^ngay \d|(?<!\p{L})(?:da|vua|nhan duoc|thuc hien|can cu|tai (?:cong van|van ban)(?: so)? \d"
                          r"|xet de nghi|trong thoi gian qua)(?!\p{L})")
_RECOUNTED = regex.compile(r"(?<!\p{L})(?:da|tung)[ \t\n]+(?:giao|yeu cau|de nghi|chi dao)(?!\p{L})")
_ASSIGNS = regex.compile(r"(?<!\p{L})(?:giao|yeu cau|de nghi)(?!\p{L})")


# a vague partner, kept as written and never promoted to lead: "các cơ quan, đơn vị liên quan"
_VAGUE = regex.compile(r"(?<!\p{L})(?:liên quan|có liên quan|khác)$")
# a line that lists what the letter sends with it (ANNOTATION.md: a document only forwarded
# is not part of the directive part): "Bộ Tài chính gửi kèm bộ tài liệu gồm:"
_ENCLOSES = regex.compile(r"(?<!\p{L})(?:gui kem|dinh kem)(?!\p{L})(?:(?!de nghi|yeu cau|giao)[^:.;])*"
                          r"(?<!\p{L})(?:gom|bao gom|sau)[ \t\n]*:[\s*_]*$")
# an introducing line that is only the roles, its partners below: "Chủ trì, phối hợp:",
# "Chủ trì, phối hợp với các đơn vị sau:"
_PARTNERS_BELOW = regex.compile(r"[\s*_]*chu tri,?[ \t\n]+(?:va[ \t\n]+)?phoi hop(?:[ \t\n]+voi)?"
                                r"(?:[ \t\n]+cac[ \t\n]+(?:co quan|don vi|so, ban, nganh)(?:,[ \t\n]+don vi)?[ \t\n]+(?:sau|nhu sau))?"
                                r"[\s*_:.]*")


# "để" opening a purpose, and the words that open the main clause again after it
_PURPOSE_WORD = regex.compile(r"(?<!\p{L})[Đđ]ể(?!\p{L})")
_MAIN_AGAIN = regex.compile(r"(?<!\p{L})(?:de nghi|yeu cau|giao|chi dao)(?!\p{L})")
_PURPOSE_END = regex.compile(r"[,;:]")


def _in_purpose(clause: str, folded: str, pos: int) -> bool:
    """Does `pos` of a clause (and its folded copy) lie in a purpose ("... rút kinh nghiệm
    để chủ động triển khai kịp thời công tác ứng phó, trong đó ... sau:")? The letter's
    lead-in's manner word there is the purpose's, not a deadline its items inherit
    (ANNOTATION.md: a purpose clause's time does not carry down)."""
    purpose = None
    for purpose in _PURPOSE_WORD.finditer(clause, 0, pos):
        pass
    # (a purpose ends at its comma: "Để chủ động ứng phó, các địa phương khẩn trương ...")
    return purpose is not None and not _MAIN_AGAIN.search(folded, purpose.end(), pos) \
        and not _PURPOSE_END.search(clause, purpose.end(), pos)


# a sentence's end: a full stop, then no lower-case word (OCR's stray dot, "các bộ quản lý.
# chuyên ngành", ends nothing)
_SENTENCE_STOP = regex.compile(r"\. (?!\p{Ll})")


def _names_no_one(title: str) -> bool:
    """A short title line over its body that names no agency ("2. Tổ chức thực hiện" /
    "Thủ trưởng các sở ...; Chủ tịch UBND các xã chịu trách nhiệm ..."): the body's roles
    are read without it (its verb would take the first subject for its object)."""
    t = title.strip()
    return bool(t) and not t.endswith((".", ";", ":", "!", "?")) and len(t.split()) <= 8 \
        and not find_agencies(t)


def _last_clause(text: str) -> tuple[str, int]:
    stop = max((m.start() for m in _SENTENCE_STOP.finditer(text)), default=-1) if ". " in text else -1
    cut = text.rfind("; ")
    start = stop + 2 if stop >= 0 else 0
    if stop > cut and _DETAILS_SENTENCE.match(fold(text[start:])) and not find_roles(text[start:]).lead:
        # "X chủ trì ... trước ngày 20/10/2024. Trong đó chú ý một số nội dung sau:": the
        # details are of X's order, the sentence before
        _, start = _last_clause(text[:stop + 1])
        return text[start:], start
    if cut > stop and _ASSIGNS.search(fold(text[start:cut])) and not _ASSIGNS.search(fold(text[cut + 2:])):
        cut = -1      # "yêu cầu Giám đốc các sở; Chủ tịch UBND các xã thực hiện": one list
    elif cut > stop and not has_order_verb(text[start:cut]) and find_agencies(text[start:cut]):
        cut = -1      # "Bí thư tỉnh ủy, thành ủy; Chủ tịch UBND các tỉnh tập trung ...": one subject
    elif cut > stop and _DETAILS_BEFORE.match(fold(text[cut + 2:])) and not find_roles(text[cut + 2:]).lead:
        cut = -1      # "X chỉ đạo thực hiện ...; trong đó lưu ý một số nội dung sau:": X's still
        # (not "...; trong đó, Sở Tài chính tập trung các nội dung sau:", a subject of its own)
    elif cut > stop and _ONLY_DETAILS.fullmatch(fold(text[cut + 2:])):
        cut = -1      # "Trong thời hạn 06 tháng, ..., các Bộ công bố danh mục ...; cụ thể như sau:"
    cut = max(cut, stop)
    return (text[cut + 2:], cut + 2) if cut >= 0 else (text, 0)


# a line that announces the members of the collective it names ("Giao các sở ... gồm:")
_MEMBERS_FOLLOW = regex.compile(r"(?<!\p{L})(?:bao )?gom[ \t\n]*:[ \t\n*_]*$")


# a clause that singles out part of the one before it, whose subject it keeps
_DETAILS_BEFORE = regex.compile(r"[ \t\n*_]*trong do(?!\p{L})")
# ... or a sentence that does ("Trong đó chú ý ...", "Đặc biệt lưu ý các nội dung sau:"), after
# the order whose details follow (not "Cụ thể như sau:", which after a call to report lists
# what the report holds)
_DETAILS_SENTENCE = regex.compile(r"[ \t\n*_]*(?:trong do|dac biet|luu y|chu y)(?!\p{L})")
# ... or a clause that says nothing but that the details follow
_ONLY_DETAILS = regex.compile(r"[ \t\n*_]*cu the(?:[ \t\n]+(?:nhu sau|la|gom|nhu))?[ \t\n]*:?[ \t\n*_]*")


_LEAD_FIELDS = ("lead", "lead_support", "performer")
# a unit's line that names who leads it: "Cơ quan chủ trì: X", "Bộ phận giúp việc: X chủ trì, ..."
_SHORT_LABEL = regex.compile(r"[^:.;]{2,40}:[ \t]*")


def _names_its_leader(text: str) -> bool:
    if (f := read_field(text)) is not None and f.kind in _LEAD_FIELDS:
        return True
    label = _SHORT_LABEL.match(text)
    return label is not None and find_roles(text[label.end():]).rule == "chu_tri"


def _a_units_order(text: str, year: int | None) -> bool:
    """An order of a unit of work, not a criterion worded as one: a field naming who leads
    ("Bộ phận giúp việc: ... chủ trì"), or a body named as the one who acts with a date to
    meet or someone to report to ("Các xã tự kiểm tra, gửi báo cáo về Sở Nội vụ trước ...")."""
    if _names_its_leader(text):
        return True
    return _names_its_lead(text) and is_actionable(text) and bool(
        find_report_to(text) or any(d.kind in ("date", "month", "quarter") for d in find_deadlines(text, year)))


# a plan's funds ("IV. VỐN ĐẦU TƯ", "III. KINH PHÍ THỰC HIỆN", "NGUỒN VỐN VÀ KINH PHÍ"): what
# the money pays for, line by line
_FUNDING = regex.compile(r"^(?:ve )?(?:du toan |khai toan )?(?:nguon )?(?:von|kinh phi)(?: dau tu)?(?: thuc hien)?"
                         r"(?:(?:,| va) (?:nguon )?(?:von|kinh phi)(?: dau tu)?(?: thuc hien)?)?"
                         r"(?: (?:ke hoach|de an|chuong trinh)(?: nay)?)?$")


def is_aims_section(item: Item, to_others: bool = False, year: int | None = None) -> bool:
    title = fold(item.para.text).strip(" .:")
    if _FUNDING.match(title) and (item.kind in ("roman", "capital") or is_caps(item.para.text)):
        # no orders, but where a body is named to find or allot the money ("Sở Tài chính
        # tham mưu bố trí kinh phí ...")
        return not any(_names_its_lead(p.text) and is_actionable(p.text)
                       for p in [*item.body, *_descendant_paras(item)])
    if _AIMS.match(title) is None:
        # a campaign's rules, unless an item under it orders a body by name ("1. Sở X chủ trì
        # hướng dẫn ..., hoàn thành trước ..."); a monitoring plan's method, unless its units
        # name who leads them (an inspection programme's "Bộ phận giúp việc: X chủ trì")
        # (a report's part is a section's title: not a run-in "(i) Đánh giá khả năng ..." item)
        campaign = _CAMPAIGN_RULES.match(title) is not None or (
            _ASSESSMENT.match(title) is not None and (item.kind in ("roman", "capital") or is_caps(item.para.text)))
        if not campaign and _METHOD.match(title) is None:
            return False
        if any(_a_units_order(p.text, year) if campaign else _names_its_leader(p.text)
               for p in [*item.body, *_descendant_paras(item)]):
            return False
    return not (to_others and _REQUIREMENTS.match(title)) \
        and not (item.children and any(_ASKS_BELOW.search(p.text) for p in item.body))


# a line in an assessment that asks for the items below it: "Thời gian tới, thành phố Huế cần tập
# trung thực hiện một số nhiệm vụ, giải pháp sau đây:" (a conclusion's assessment section)
# (with its tones: folded, "cần" is "căn cứ")
_ASKS_BELOW = regex.compile(r"(?<!\p{L})(?<!được[ \t\n]+)(?:cần|đề nghị|yêu cầu|giao|phải)(?!\p{L})[^.;:]*"
                            r"(?:nhiệm vụ|giải pháp|nội dung|công việc)[^.;:]*sau(?: đây)?[ \t\n*_]*:[ \t\n*_]*$",
                            regex.I)


class TaskBuilder:
    def __init__(self, letter_year: int | None, issuer: str | None = None, to_others: bool = False):
        self.year = letter_year
        self.issuer = issuer
        # a letter to others: what its issuer says it does itself is no task of it
        self.to_others = to_others
        # the section being read is mostly lists of orders (_mostly_orders)
        self.orders_section = False
        self.drafts: list[TaskDraft] = []

    # -- context -------------------------------------------------------------
    def intro_context(self, para: Paragraph, ctx: Context, assigns: str = "subject",
                      letter_intro: bool = False) -> Context:
        """The context an introducing line gives: who it assigns (not a speaker, nor
        the issuer drafting its own plan), the deadline and recipient it ties to the work.
        (`letter_intro`: the letter's own lead-in, before its first item.)"""
        clause, off = _last_clause(para.text)
        if ctx.lead and _PARTNERS_BELOW.fullmatch(fold(clause)):
            # "2.3. Công an tỉnh / b) Chủ trì, phối hợp: - Sở Tài chính tham mưu ...": the
            # heading's agency leads, each item's own subject is its partner
            return replace(ctx, kind="partners")
        roles = find_roles(clause)
        folded = fold(clause)
        # a speaker, not an assignee: "X có ý kiến như sau:", and in a letter to others the
        # issuer introducing what it says ("Bộ Nội vụ thông tin như sau:"); the speaker's verb
        # may stand before whom it asks ("UBND tỉnh báo cáo và đề nghị Bộ Xây dựng nội dung như sau:")
        speaking = roles.rule == "subject" and (
            any(_SPEAKER.match(folded, a.end) for a in (roles.lead[0], roles.lead[-1]))
            or (self.to_others and self._issuer_only(roles.lead, clause)))
        if self.to_others and _SUPERIOR_SPEAKS.search(clause):
            # the issuer conveys its superior's orders ("Phó Thủ tướng ... có ý kiến như sau:"
            # in a letter of the Government Office): an order to the issuer is one of them
            self.to_others = False
        # (not the horizon in the name of the plan the line issues: "UBND Thành phố ban hành Kế
        # hoạch phát triển mạng lưới cấp nước ... đến năm 2035 với những nội dung sau:")
        said = tuple((d, para.text[off + d.start:off + d.end], para.to_text(off + d.start),
                      para.to_text(off + d.end)) for d in find_deadlines(clause, self.year, asked=True)
                     if not (_ISSUES_DOCUMENT.search(folded, 0, d.start)
                             and _HORIZON.search(folded, max(0, d.start - 16), d.start))
                     and not (letter_intro and d.kind == "continuous" and _in_purpose(clause, folded, d.start)))
        if said:
            ctx = replace(ctx, deadlines=said)
        report = find_report_to(clause)
        if report:
            ctx = replace(ctx, report_to=tuple(_placed(para, off, report)))
        if roles.rule in ("giao", "chu_tri", "subject", "labelled") and roles.lead and not speaking:
            lead = [(self._fullest(n, ctx), s, e) for n, s, e in _placed(para, off, roles.lead)]
            duty = _DUTY_LINE.match(clause)
            if duty and len(roles.lead) == 1 and roles.lead[0].kind == "collective" and roles.lead[0].start == 0 \
                    and duty.end("who") > roles.lead[0].end:
                # "Các đơn vị cấp nước sạch trên địa bàn có trách nhiệm:": the collective
                # as the line describes it
                who = clause[:duty.end("who")]
                lead = [(" ".join(who.split()), para.to_text(off), para.to_text(off + len(who)))]
            # the short name the line gives them ("... (sau đây gọi tắt là các bộ, cơ quan
            # trung ương và địa phương)") is how the letter names them from then on
            alias = ALIAS.search(clause, roles.lead[-1].end)
            if alias and alias.start() - roles.lead[-1].end < 300 \
                    and not _CLAUSE_BREAK.search(clause[roles.lead[-1].end:alias.start()]):
                a0, a1 = off + alias.start("alias"), off + alias.end("alias")
                lead = [(" ".join(alias["alias"].split()), para.to_text(a0), para.to_text(a1))]
            kind = "guidance" if is_guidance(clause) else assigns
            return ctx.assigned(lead, kind, _placed(para, off, roles.support))
        return ctx

    def heading_context(self, para: Paragraph, names: list[str], ctx: Context) -> Context:
        """The context under an assignee heading, its agencies placed in the letter."""
        off = heading_offset(para.text)
        found = {a.name: a for a in find_agencies(para.text[off:])}
        refs = [(n, para.to_text(off + found[n].start), para.to_text(off + found[n].end))
                if n in found else (n, para.start, para.end) for n in names]
        return ctx.assigned(refs, "heading")

    @staticmethod
    def _fullest(name: str, ctx: Context) -> str:
        """ "Cục Thuế" stands for the fuller name its letter gave ("Cục Thuế các tỉnh, ...")."""
        for full in ctx.names:
            if same_agency(name, full) and len(full) > len(name):
                return full
        return name

    # -- fields --------------------------------------------------------------
    def read_fields(self, item: Item) -> Fields:
        """The fields written out among an item's children and body."""
        out = Fields()
        for child in item.children:
            line = read_field(child.para.text)
            if line and not _topic_heading(child, line):
                self._field(line, [child.para, *child.body], child, out)
        for para in item.body:
            line = read_field(para.text)
            if line:
                self._field(line, [para], None, out)
        return out

    def _field(self, line: FieldLine, paras: list[Paragraph], item: Item | None, out: Fields) -> None:
        if line.kind in ("content", "other"):
            return
        # "Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ngành": two fields, one line
        second = _second_field(paras[0].text, line.value_start)
        if second is not None:
            at, nested = second
            self._field(nested, [paras[0].part(at, len(paras[0].text))], None, out)
            paras = [paras[0].part(0, at), *paras[1:]]
        if line.kind == "lead_support" and item is not None:
            nested = self.read_fields(item)
            out.lead, out.support = out.lead or nested.lead, out.support or nested.support
            return
        # the value: after the colon, and the lines under a label that stands alone; a
        # field line among them is a field of the same unit ("- Cơ quan thực hiện: X" over
        # "* Thời gian thực hiện: ...")
        pieces = [(paras[0], line.value_start)] + [(p, 0) for p in paras[1:]]
        if item is not None:
            for c in _descendants(item):
                if any(read_field(a.para.text) for a in _ancestors(c, item)):
                    continue      # read with the field line above it
                nested = read_field(c.para.text)
                if nested is not None:
                    # a field of the same unit, with the values listed under it
                    # ("2. Cơ quan chủ trì, thực hiện" / "a) Cơ quan chủ trì" / "- Bộ X.")
                    self._field(nested, [c.para, *c.body], c, out)
                else:
                    pieces += [(p, 0) for p in (c.para, *c.body)]
        if line.kind == "deadline":
            for p, off in pieces:
                out.deadlines += [(d, p.text[off + d.start:off + d.end], p.to_text(off + d.start),
                                   p.to_text(off + d.end)) for d in find_field_deadlines(p.text[off:], self.year)]
            return
        if line.kind == "product":
            out.products += [(p.text[off:].strip(" .;"), p.to_text(off), p.end) for p, off in pieces
                             if p.text[off:].strip(" .;")]
            return
        lead, support = [], []
        for n, (p, off) in enumerate(pieces):
            value = p.text[off:]
            if _ASIDE.fullmatch(value):
                continue      # "(Văn phòng Ban Chỉ đạo, cơ quan thường trực ... giúp ...)": a note
            roles = find_roles(value)
            if roles.rule in ("chu_tri", "subject", "labelled") and roles.lead:
                lead += _placed(p, off, roles.lead)
                support += _placed(p, off, roles.support)
            else:
                named = find_agencies(value)
                # a value no agency rule reads is kept as written: on the label's own line,
                # or a short item listed under it ("- Các quân khu; các tỉnh.")
                lead += _placed(p, off, named) + _as_written(p, off, n == 0, named)
        if line.kind == "support":
            out.support += lead + support
        elif line.kind == "performer":
            out.performer += lead
            out.support += support
        else:
            out.lead += lead
            out.support += support

    # -- tasks ---------------------------------------------------------------
    def emit(self, paras: list[Paragraph], ctx: Context, section: str | None,
             marker: str | None, text_start: int = 0, titled: bool = False) -> TaskDraft:
        """A task of `paras`; its text starts `text_start` into the first paragraph. `titled`:
        the first paragraph is a section's title, which names no subject ("VII. CHẾ ĐỘ BÁO CÁO"
        / "Các sở ... gửi báo cáo"): the roles are read after it."""
        if not text_start and (field := read_field(paras[0].text)) is not None and field.kind == "content" \
                and paras[0].text[field.value_start:].strip():
            text_start = field.value_start     # "Nội dung: Khảo sát ...": the content is the task
        text = " ".join(p.text for p in paras)[text_start:]
        bounds, pos = [], -text_start
        for p in paras:
            bounds.append((pos, p))
            pos += len(p.text) + 1

        def to_doc(i: int) -> int:
            for start, p in reversed(bounds):
                if i >= start:
                    return p.to_text(min(i - start, len(p.text)))
            return paras[0].to_text(text_start)

        label, partners, off = label_roles(text)
        if label:
            first = paras[0]

            def refs(names: list[str]) -> list[Ref]:
                found = []
                for n in names:
                    i = text.find(n)
                    found.append((n, to_doc(i), to_doc(i + len(n))) if 0 <= i < off else (n, first.start, first.start))
                return found
            ctx = ctx.assigned(refs(label), "heading", refs(partners))
            text, text_start = text[off:], text_start + off
            bounds = [(s - off, p) for s, p in bounds]
        # (the title blanked, not cut: the mentions' offsets stay the text's)
        skip = len(paras[0].text) + 1 if titled and not label and not text_start else 0
        # "Về đề nghị Bộ X ban hành ...: Bộ Y nghiên cứu ...": the request a conclusion answers
        # names no one who acts; the answer after its colon does
        if not label and (asked := _ANSWERS_REQUEST.match(fold(text)) or _topic_of(text)):
            skip = asked.end()
        read = " " * skip + text[skip:] if skip else text      # where the roles and recipients are read
        roles = find_roles(read)
        lead, support = self._resolve_roles(roles, ctx)
        where = {n: (s, e) for n, s, e in (*ctx.lead, *ctx.support)}

        def placed(name: str, mention: AgencyMention | None) -> tuple[str, int, int, bool]:
            if mention is not None:
                if mention.title and self.issuer and same_agency(name, self.issuer):
                    name = f"{mention.title} {name}"   # "Chủ tịch UBND tỉnh" in a letter of the UBND
                return name, to_doc(mention.start), to_doc(mention.end), False
            start, end = where.get(name, (paras[0].start, paras[0].start))
            return name, start, end, True

        own = [(d, to_doc(d.start), to_doc(d.end), text[d.start:d.end], False)
               for d in find_deadlines(text, self.year)]
        own += [(d, s, e, t, False) for d, t, s, e in ctx.field_deadlines]
        inherited = [(d, s, e, t, True) for d, t, s, e in ctx.deadlines]
        mentions = find_agencies(read)
        # (a title before the issuer goes too: the guide's "báo cáo lãnh đạo UBND tỉnh" is
        # "UBND tỉnh"; the issuer's exception is the assignees')
        # (a lone lead collects the others' reports and reports on: ANNOTATION.md's "who the result goes to")
        reporter = frozenset(n for n, _ in lead) if len(lead) == 1 else frozenset()
        report = [(a.name, to_doc(a.start), to_doc(a.end)) for a in find_report_to(read, mentions, reporter)] \
            or list(ctx.report_to)
        products = [(d.text, to_doc(d.start), to_doc(d.end)) for d in find_deliverables(text)]
        products += [p for p in ctx.products if p[0] not in {q[0] for q in products}]
        draft = TaskDraft(section, marker, paras, text, [placed(n, a) for n, a in lead],
                          [placed(n, a) for n, a in support], own + inherited,
                          report, products, paras[0].start, paras[-1].end, to_doc(0))
        self.drafts.append(draft)
        return draft

    def _resolve_roles(self, roles: Roles, ctx: Context):
        """Names with their mention (None when carried down from the context)."""
        ctx_lead = [(n, None) for n in ctx.names]
        ctx_support = [(n, None) for n, _, _ in ctx.support]
        if roles.rule == "bare_chu_tri":
            return ctx_lead, [(a.name, a) for a in roles.support] or ctx_support
        if roles.rule == "bare_phoi_hop":
            named = [a for a in roles.lead if a.kind != "collective"]
            vague = [a for a in roles.lead if a.kind == "collective"]
            if {a.name for a in roles.lead} <= set(ctx.names):
                # "Giao X chủ trì, phối hợp với H: - Phối hợp với X ...": the item's partner
                # is the context's lead, so the context's supports are the item's
                return ctx_lead, ctx_support
            if named and {a.name for a in named} <= set(ctx.names):
                # "Giao X chủ trì, phối hợp với H: - Phối hợp với X ...": the item's partner
                # is the context's lead, so the context's supports are the item's
                return ctx_lead, ctx_support + [(a.name, a) for a in vague]
            if ctx.kind == "heading" and roles.lead:
                return [(a.name, a) for a in roles.lead], ctx_lead
            named_partners = [a for a in roles.lead if not _VAGUE.search(a.name)]
            if not ctx_lead and not self.to_others and named_partners:
                # "Phối hợp với lực lượng quân đội, công an hỗ trợ ..." in a plan, under no
                # assignee: those it names are who act (in a letter to others, its addressees
                # lead; a vague "các cơ quan liên quan" stays a partner)
                return ([(a.name, a) for a in named_partners],
                        [(a.name, a) for a in roles.lead if a not in named_partners])
            return ctx_lead, [(a.name, a) for a in roles.lead]
        if roles.rule == "subject" and ctx.kind == "partners":
            return ctx_lead, [(a.name, a) for a in [*roles.lead, *roles.support]]
        if roles.rule == "subject" and ctx.kind == "field" and ctx.lead \
                and all(a.kind == "collective" for a in roles.lead):
            # "..., các cơ quan, đơn vị tổ chức tuyên truyền" in a unit whose field says
            # "Cơ quan thực hiện: Sở X; Sở Y": the field names who they are
            return ctx_lead, [(a.name, a) for a in roles.support] or ctx_support
        if roles.rule in ("labelled", "giao", "chu_tri", "subject"):
            lead = [(self._fullest(a.name, ctx), a) for a in roles.lead]
            if roles.rule in ("subject", "chu_tri", "giao") and not roles.support and ctx.kind == "intro" \
                    and {n for n, _ in lead} <= set(ctx.names):
                # "X chủ trì, phối hợp với Y ..., chú ý các nội dung sau:" / "- X nghiên cứu ...":
                # the item names the lead again, who works with the partners it was given
                return lead, ctx_support
            return lead, [(a.name, a) for a in roles.support]
        return ctx_lead, [(a.name, a) for a in roles.support] or ctx_support

    # -- traversal -----------------------------------------------------------
    def visit(self, item: Item, ctx: Context, section: str | None, borrowed: Fields | None = None,
              top: bool = False, in_orders: bool = False) -> None:
        text = item.para.text
        marker = item.para.marker.raw if item.para.marker else None
        folded = fold(text)
        if _SCOPE.match(folded):
            return          # whom the rules bind and what they delegate: no orders
        if item.kind == "dieu" and (_DECIDES.match(folded) or _is_formal(folded)):
            # what the article decides or states is no order; a paragraph under it that gives
            # a named body an order of its own is ("Điều 2. Quyết định này có hiệu lực ..." /
            # "Giao Văn phòng UBND tỉnh chủ trì, ...")
            if not folded.startswith("cong bo"):      # (a published list's entries are none)
                for p in [*item.body, *_descendant_paras(item)]:
                    if _opens_with_an_order(p.text):
                        self.emit([p], ctx, section, p.marker.raw if p.marker else None)
            return
        if not top and _DOSSIER.match(folded) and not text.rstrip().endswith((".", ";")) \
                and (item.children or item.body):
            # what to file and how: only an order under it is a task (one to a named body, or
            # one that opens with its verb and is no paper of the list)
            for p in [*item.body, *_descendant_paras(item)]:
                if is_actionable(p.text) and (_names_its_lead(p.text) or (
                        starts_with_action(p.text) and not _PAPER.match(fold(p.text)))):
                    self.emit([p], ctx, section, None)
            return
        line = None if top else read_field(text)   # a section is no field ("III. KINH PHÍ")
        if line is not None and _topic_heading(item, line):
            line = None
        if line is not None and line.kind not in ("content",):
            return                      # a field: read with its unit
        _lift_items_from_fields(item)
        _give_fields_to_their_items(item)
        fields = self.read_fields(item)
        if not fields and borrowed:
            fields = borrowed
        content = [c for c in item.children if not _is_field(c)]
        body = [p for p in item.body if read_field(p.text) is None]
        heading = agency_only(text)
        here = self.heading_context(item.para, heading, ctx) if heading else ctx
        sent = next((i for i, b in enumerate(body) if _ENCLOSES.search(fold(b.text))), None)
        if sent is not None:
            # "Bộ Tài chính gửi kèm bộ tài liệu gồm:" / "- Cẩm nang ...": what is sent with
            # the letter, no orders; the item is what comes before
            body, content = body[:sent], []
        if not heading and line is None and len(content) == 1 and _labels_its_content(item):
            # "a) Hoạt động 1" / "- Nội dung: Triển khai ..." / "- Cơ quan thực hiện: ...": one
            # task, starting at the item's short heading line (ANNOTATION.md, "text")
            child = content[0]
            self.emit([item.para, child.para, *child.body], fields.apply(here) if fields else here,
                      section, marker)
            return
        if not content:
            self._leaf(item, body, fields.apply(here) if fields else here, section, marker,
                       heading is not None, top, ctx, in_orders)
            return
        if not heading and line is None and _form_steps(content):
            # how to fill in a form or a record: coding rules, no order (ANNOTATION.md,
            # "Tasks"); the order that asks for it, with its time, recipient or report, is the task
            if _asks_by(text):
                self.emit([item.para, *body, *_descendant_paras(item)], fields.apply(here) if fields else here,
                          section, marker)
            return
        if not heading and line is None and self._lists_parts(item, content):
            # "Lập hồ sơ hoàn công ..., bao gồm: + Đơn ...; + Biên bản ...": one task; a
            # paragraph after the last part that orders someone by name is a task of its own
            after = [p for p in content[-1].body if _names_its_lead(p.text)]
            paras = [p for p in (item.para, *body, *_descendant_paras(item)) if p not in after]
            self.emit(paras, fields.apply(here) if fields else here, section, marker)
            for p in after:
                self.emit([p], here, section, None)
            return
        if not heading and line is None:
            if self._is_order(text, here) and not _heads_activities(content) and not _assigns_its_parts(content):
                # an order of its own over notes or details ("1. Thủ trưởng các sở ... triển
                # khai thực hiện." over "* Lưu ý: ..."): a task, whose lead its children keep
                # (not a plan's topic over its labelled activities: "2. Duy trì các mô hình ..."
                # over "a) Hoạt động 1" / "- Nội dung: ...")
                draft = self.emit([item.para], fields.apply(here) if fields else here, section, marker)
                if draft.lead:
                    here = here.assigned([(n, s_, e) for n, s_, e, _ in draft.lead], "task")
            else:
                here = self.intro_context(item.para, here, assigns="intro")
        inner = fields.apply(here) if fields else here
        if _MEMBERS_FOLLOW.search(folded) and (opening := _opening_collective(text)) is not None \
                and (members := self._members(content)):
            # the same list under the item's own line: "2. Các sở quản lý chuyên ngành, gồm:"
            # (whose collective, with no verb after it, is no subject the intro reads; not the
            # bodies an order's object lists: "1. Thanh tra tỉnh kiểm tra các đơn vị, gồm:")
            lead = self.heading_context(item.para, [opening], Context()).lead
            inner = inner.assigned([*lead, *members], inner.kind, list(inner.support))
        if not heading and line is None and body and _TOPIC_LABEL.fullmatch(folded.rstrip()) \
                and not body[0].text.rstrip().endswith(":") and is_actionable(f"{text} {body[0].text}"):
            # "1.2. Về lĩnh vực khoáng sản:" / "Tăng cường ..." over its bullets: the topic's
            # own order is a task, the bullets under it tasks of their own
            self.emit([item.para, body[0]], inner, section, marker)
            body = body[1:]
        for b in body:
            if b.text.rstrip().endswith(":"):
                inner = self.intro_context(b, inner, assigns="intro")
                if _MEMBERS_FOLLOW.search(fold(b.text)) and (members := self._members(content)):
                    # "Giao các sở quản lý chuyên ngành gồm:" / "- Sở Xây dựng (đối với ...);" ...:
                    # the collective and each member lead what they are given (ANNOTATION.md,
                    # "collective như: A, B")
                    inner = inner.assigned([*inner.lead, *members], inner.kind, list(inner.support))
            elif self._orders(b.text) or (inner.lead and inner.kind in ("heading", "field")
                                          and is_actionable(b.text)):
                self.emit([b], inner, section, None)
        borrowed_by = _borrowed_fields(self, content)
        in_list = _orders_list(content, self.orders_section)
        for child in content:
            self.visit(child, inner, section, borrowed_by.get(id(child)), in_orders=id(child) in in_list)

    def _members(self, content: list[Item]) -> list[Ref]:
        """The bodies a run of bullets that only name them lists (two at least), placed."""
        members: list[Ref] = []
        for child in content:
            names = agency_only(child.para.text) if child.kind in BULLETS and not child.children else None
            if not names:
                break
            members += self.heading_context(child.para, names, Context()).lead
        return members if len(members) >= 2 else []

    def _is_order(self, text: str, ctx: Context) -> bool:
        """A sentence that orders something itself, not a heading over its parts: it
        ends a sentence, it is long or names who acts, and it gives an order."""
        t = text.rstrip()
        if not t.endswith((".", ";", "./.")):
            return False
        roles = find_roles(t)
        named = roles.rule in ("giao", "chu_tri", "subject", "labelled")
        return (named or len(t.split()) >= 15) and is_actionable(t)

    def _lists_parts(self, item: Item, content: list[Item]) -> bool:
        """An order ending with a colon over items that only list what it asks for."""
        if not item.para.text.rstrip().endswith(":") or not is_actionable(item.para.text):
            return False
        # "X ... báo cáo về các nội dung sau:" lists what goes into the report, even
        # where a part says how ("trong đó báo cáo rõ ..."): ANNOTATION.md, "Tasks"
        contents = _REPORT_CONTENTS.search(fold(item.para.text)) is not None
        if find_roles(item.para.text).rule in ("giao", "subject", "chu_tri") and not contents:
            return False          # "Giao X thực hiện các nhiệm vụ sau:" assigns its items
        # (a content of two or three words, "Đề xuất, kiến nghị.", names a part of the report)
        return not any(c.children or agency_only(c.para.text) or (
            starts_with_action(c.para.text) and len(c.para.text.split()) > 3 if contents
            else is_actionable(c.para.text))
            for c in content)

    def _leaf(self, item: Item, body: list[Paragraph], ctx: Context, section: str | None,
              marker: str | None, heading: bool, top: bool, outer: Context, in_orders: bool = False) -> None:
        paras = [item.para, *body]
        if heading:
            # "4. Công an tỉnh" over its body: the text starts at the body; a later paragraph
            # that calls on many bodies ("Yêu cầu Sở X, Công an tỉnh, Sở Y và các đơn vị ...
            # khẩn trương ...", the letter's closing call) is a task of its own (one that only
            # gives another body a part stays: ANNOTATION.md, "an agency given its own order
            # inside the item")
            own = [i for i, b in enumerate(body) if i and _OPENS_ASSIGNING.match(fold(b.text))
                   and (roles := find_roles(b.text)).rule == "giao" and len(roles.lead) >= 3
                   and is_actionable(b.text)]
            for start, end in zip([0, *own], [*own, len(body)]):
                if body[start:end]:
                    self.emit(body[start:end], ctx if start == 0 else outer, section, marker if start == 0 else None)
            return
        # a paragraph under an item that orders something itself, to an agency of its own
        # ("c) Thanh tra Chính phủ ... thực hiện nghiêm ..." / "Đề nghị Kiểm toán Nhà nước
        # ..."), is a task of its own; under a heading line, the body is the item's text
        # (a topic heading names no lead of its own: "Về kiến nghị giao UBND tỉnh ...:")
        heads_topic = _topic_of(item.para.text) is not None or _REQUEST_TOPIC.match(fold(item.para.text))
        own = [b for b in body if not heads_topic and _names_its_lead(item.para.text) and _names_its_lead(b.text)
               and _leads(b.text) != _leads(item.para.text)]
        paras = [p for p in paras if p not in own]
        joined = " ".join(p.text for p in paras)
        # The items right under an assignee ("X ... thực hiện như sau:", "4. Công an tỉnh",
        # "Cơ quan chủ trì: X") are its orders, even one that opens with a purpose clause.
        folded = fold(joined)
        ordered = (bool(ctx.lead) and (ctx.kind in ("heading", "intro", "field", "task")
                                       or (top and ctx.kind == "subject") or "co trach nhiem" in folded)
                   or in_orders) and not _commitment(joined) and not _PRAISE.match(folded) \
            and not _THEME.match(folded) and not _is_quota(joined)
        # (a title line over the order: "4.1. Ứng dụng hệ thống GIS trong quản lý quy hoạch" /
        # "Nghiên cứu, ứng dụng GIS ...", one task from the title on)
        titled_order = len(paras) > 1 and item.kind == "decimal" and _TITLE_LINE.fullmatch(item.para.text) \
            and not is_caps(item.para.text) and starts_with_action(paras[1].text) \
            and not _BY_REFERENCE.match(fold(paras[1].text))
        if (ordered or titled_order or is_actionable(joined)) and not self._issuers_own(joined) \
                and not _is_figure(joined):
            self.emit(paras, ctx, section, marker, titled=len(paras) > 1 and paras[0] is item.para
                      and ((item.kind in ("roman", "capital") and is_caps(item.para.text))
                           or _names_no_one(item.para.text)))
        for b in own:
            self.emit([b], ctx, section, None)

    def _issuers_own(self, text: str) -> bool:
        """In a letter to others, an item whose subject is the issuer itself ("2. ... Bộ Nội
        vụ được giao xây dựng ...") is what the issuer does, not an order of the letter."""
        if not self.issuer:
            return False
        place = self._issuers_place()
        if not self.to_others:
            # (in a plan the issuer's own items are tasks; the place it governs, named as the
            # one who acts, is the issuer describing itself: "tỉnh Gia Lai xây dựng kế hoạch ...")
            if place is None or place not in fold(text):
                return False
            roles = find_roles(text)
            return roles.rule == "subject" and all(self._names_issuers_place(a.name) for a in roles.lead)
        head = " ".join(fold(self.issuer).split()[:2])
        if head not in fold(text) and not (place and place in fold(text)):
            return False          # the issuer is not named: no need to read the roles
        roles = find_roles(text)
        return roles.rule in ("subject", "chu_tri") and self._issuer_only(roles.lead, text)

    def _issuer_only(self, leads: list[AgencyMention], text: str) -> bool:
        """The issuer is the only subject ("Văn phòng Chính phủ nhận được ...", "Bộ Ngoại
        giao xin gửi kèm ..."), and no one is asked anything: not "các Cục Thuế" (the
        issuer is one body), not a paragraph that goes on "đề nghị ..."."""
        return bool(self.issuer and leads and not _ASKS.search(fold(text)) and not _ASKS_NAMED.search(text)
                    and all(not fold(a.name).startswith("cac ") and (same_agency(a.name, self.issuer)
                                                                    or self._names_issuers_place(a.name))
                            for a in leads))

    def _issuers_place(self) -> str | None:
        """The province or city a provincial issuer governs, folded ("tinh gia lai" of "UBND
        tỉnh Gia Lai"), or None."""
        m = _PLACE_IN_NAME.search(fold(self.issuer or ""))
        return m.group() if m else None

    def _names_issuers_place(self, name: str) -> bool:
        """ "tỉnh Gia Lai", or "Tỉnh" alone, in a letter of the UBND tỉnh Gia Lai: the issuer's own."""
        place = self._issuers_place()
        level = "thanh pho" if place and place.startswith("thanh pho") else "tinh"
        return place is not None and fold(name) in (place, level)

    def _orders(self, text: str) -> bool:
        """An unnumbered paragraph is a task only if it gives an order: "Giao X ...",
        "đề nghị X ...", or X doing something by a deadline or for a report; a
        paragraph that recounts what happened ("Ngày 01/7/2013, Bộ X ban hành ...") does not."""
        if not is_actionable(text):
            return False
        roles = find_roles(text)
        if roles.rule == "giao":
            return True
        if _NARRATIVE.match(fold(text)):
            return False
        if self._issuer_only(roles.lead, text) and roles.rule in ("subject", "chu_tri"):
            return False      # what the issuer says it does itself (ANNOTATION.md, "Tasks")
        if roles.rule is None and _RECOUNTED.search(fold(text)):
            return False      # "... đã giao Bộ X ..., báo cáo trước ngày ...": an order given before
        return roles.rule in ("subject", "chu_tri", "labelled") or bool(
            find_deadlines(text, self.year) or find_report_to(text))


# a lead-in that asks for a report and lists its contents: "báo cáo cụ thể về một số
# nội dung sau:", "thống kê, cung cấp các thông tin sau:"
# (a report that is only the purpose, "Để có cơ sở tổng hợp báo cáo ..., đề nghị ... các
# nội dung sau:", is not the one asked for: no comma between)
_REPORT_CONTENTS = regex.compile(r"(?<!\p{L})(?<!(?:de(?![ \t\n]+(?:nghi|xuat))|co so)(?:[ \t\n]+\S+){0,3}[ \t\n]+)"
                                 r"(?:bao cao|thong ke|cung cap)(?!\p{L})(?:[^.;:,]{0,80}?"
                                 r"(?<!\p{L})(?:noi dung|thong tin|so lieu)(?:[ \t\n]+(?:chu yeu|chinh|cu the))?"
                                 r"[ \t\n]+(?:nhu[ \t\n]+)?sau"
                                 # ... or the report's details announced in a clause of their own: "báo cáo
                                 # kết quả về Sở X trước ngày 20/4; cụ thể như sau:"
                                 r"|[^.:]{0,120}?[;,][ \t\n]*cu the(?:[ \t\n]+(?:nhu sau|gom|la))?)[ \t\n]*:[ \t\n]*$")


def _opens_with_an_order(text: str) -> bool:
    """Does the paragraph open by giving a named body an order ("Giao Sở X chủ trì ...",
    "Sở Tài chính bố trí kinh phí ..."), not recount one ("Các hồ sơ đã được Sở X chủ trì
    thẩm định ...", "Việc giao Sở X ... chấm dứt")?"""
    if not is_actionable(text):
        return False
    roles = find_roles(text)
    if roles.rule == "giao":
        return _OPENS_ASSIGNING.match(fold(text)) is not None
    return roles.rule in ("chu_tri", "subject") and bool(roles.lead) and roles.lead[0].start <= 12 \
        and not _PASSIVE_BEFORE.search(fold(text[:roles.lead[0].start]))


_OPENS_ASSIGNING = regex.compile(r"[ \t\n]*(?:giao|yeu cau|de nghi)(?!\p{L})")
_PASSIVE_BEFORE = regex.compile(r"(?<!\p{L})(?:duoc|bi|viec)(?!\p{L})")


def _form_steps(content: list[Item]) -> bool:
    return all(_FORM_STEP.match(c.para.text) and not c.children for c in content)


def _asks_by(text: str) -> bool:
    """Does the text set a time or name whom to send it to ("... trước ngày 30/6/2026",
    "định kỳ hằng quý", "trong thời hạn 10 ngày"), or ask for a report?"""
    return bool(find_deadlines(text)) or bool(find_report_to(text)) \
        or _REPORT_CONTENTS.search(fold(text)) is not None


# a step of filling in a form or a data record ("Chọn mã số 3 để ghi vào Trường số 16", "Ghi
# mức hưởng tại mục Mức hưởng của Bảng kê"): guidance on how, no order (ANNOTATION.md, "Tasks")
_FORM_STEP = regex.compile(
    r"^(?:ghi|chọn|điền|nhập|đánh dấu)(?![ \t\n]+(?:nhận|hình|chép|âm|khẩu|học|cảnh|ngũ|nhà thầu|lựa|cử))(?!\p{L})"
    r"[^;]{0,160}?(?<!\p{L})(?:vào|tại|ở)[ \t\n]+(?:trường[ \t\n]+số|cột|ô(?:[ \t\n]+số)?|mục|bảng(?:[ \t\n]+kê)?"
    r"|biểu(?:[ \t\n]+mẫu)?|mẫu[ \t\n]+số)(?!\p{L})", regex.I)


# someone asked: "đề nghị Quý cơ quan", "yêu cầu các đơn vị" (not "hồ sơ đề nghị xây dựng")
_ASKS = regex.compile(r"(?<!\p{L})(?:de nghi|yeu cau|giao|chi dao)[ \t\n]+(?:quy|cac|dong chi|d/c|ong|ba)(?!\p{L})")


_ASKS_NAMED = regex.compile(r"(?<!\p{L})(?:[đĐ]ề nghị|[yY]êu cầu|[gG]iao)[ \t\n]+\p{Lu}")
_CLAUSE_BREAK = regex.compile(r"[;.]\s")


# what opens a bullet that is no order in a list of orders: a note, an example, a result
_NOT_AN_ORDER = regex.compile(r"^(?:luu y|ghi chu|vi du|trong do|ket qua|tinh hinh|nguyen nhan|muc tieu"
                              r"|khong|chua|da |dang |con |so luong|so lieu|ty le|tong so)")


def _orders_list(content: list[Item], in_orders_section: bool = False) -> set[int]:
    """The bullets of a list of orders that no verb of the vocabulary opens: where most of a
    list's bullets (three at least) are orders, its other bullets that read as a sentence of
    their own are orders too ("- Khơi thông cống rãnh." among "- Rà soát ...", "- Tổ chức
    ..."). A list is of one kind; its items stand in the same relation to the heading. So is
    a section's every list that holds an order, where most of the section's bullets are
    orders (`in_orders_section`: "b) Hợp tác:" / "- Mời gọi các doanh nghiệp ..." / "- Tham
    gia hội thảo ..." beside "- Chia sẻ kinh nghiệm ..." in a plan's tasks)."""
    bullets = [c for c in content if c.kind in BULLETS and not c.children]
    if not bullets or (len(bullets) < 3 and not in_orders_section):
        return set()
    orders = {id(c) for c in bullets if is_actionable(c.para.text)}
    # (in a section of orders, a list with no order at all is of another kind: "Các hệ thống
    # dùng chung gồm" / "- Hệ thống quản lý văn bản ...")
    if len(orders) < 0.6 * len(bullets) and not (in_orders_section and orders):
        return set()
    return {id(c) for c in bullets if id(c) not in orders and c.para.text[:1].isupper()
            and not c.para.text.rstrip().endswith(":") and len(c.para.text.split()) >= 4
            and not _NOT_AN_ORDER.match(fold(c.para.text)) and not _NARRATIVE.match(fold(c.para.text))}


# a title: a short line that ends no sentence (markup aside); wrapped, up to three lines
# ("2.3. Đối với công tác quản lý, thống kê, kê khai, ... và công tác báo cáo kết quả ...")
_TITLE_LINE = regex.compile(r"[^.;:!?]{3,240}?[ \t*_]*")


def _mostly_orders(section: Item) -> bool:
    """Are four in five of a section's bullets, ten at least, orders?"""
    bullets = [c for c in _descendants(section) if c.kind in BULLETS and not c.children]
    return len(bullets) >= 10 and sum(is_actionable(c.para.text) for c in bullets) >= 0.8 * len(bullets)


def _is_field(item: Item) -> bool:
    line = read_field(item.para.text)
    return line is not None and line.kind != "content" and not _topic_heading(item, line)


def _content_field(item: Item) -> Item | None:
    """The one written-out content field among an item's children ("- Nội dung: ..."), if
    that is all the item holds besides its other fields."""
    inner = [c for c in item.children if not _is_field(c)]
    if len(inner) != 1:
        return None
    line = read_field(inner[0].para.text)
    return inner[0] if line is not None and line.kind == "content" else None


def _heads_activities(content: list[Item]) -> bool:
    """Are the items a plan's labelled activities, each over its written-out fields
    ("a) Hoạt động 1" / "- Nội dung: ..." / "- Cơ quan thực hiện: ...")?"""
    return any(len(c.para.text.split()) <= 6 and _content_field(c) is not None for c in content)


def _assigns_its_parts(content: list[Item]) -> bool:
    """Do the items name who does each part ("1. Kiện toàn Ban Chỉ đạo các cấp." over
    "- Sở Nội vụ chủ trì ..." / "- UBND các xã: Thành lập ...")? Then the item over them only
    introduces them (ANNOTATION.md: the smallest enumerated item is the task). A note under
    an order ("* Ghi chú: Sở Tư pháp hướng dẫn biểu mẫu") is no part of it."""
    parts = [c for c in content if not _NOTE.match(fold(c.para.text))]
    return bool(parts) and all(_names_its_lead(c.para.text) or agency_only(c.para.text)
                               or label_roles(c.para.text)[0] for c in parts)


_NOTE = regex.compile(r"[ \t*_]*(?:ghi chu|luu y|chu y)[ \t*_]*:")


def _labels_its_content(item: Item) -> bool:
    """Is `item` a short label ("Hoạt động 1") over one content field with a value of its
    own ("- Nội dung: Triển khai ...", not "- Nội dung:" over its parts)?"""
    child = _content_field(item)
    return (child is not None and not child.children and len(item.para.text.split()) <= 6
            and bool(child.para.text[read_field(child.para.text).value_start:].strip())
            and not is_actionable(item.para.text))


def _topic_heading(item: Item, line: FieldLine) -> bool:
    """ "7. Kinh phí thực hiện" over its own items is a heading of a topic, not a field; so is
    a label over orders that each name who does them ("2. Trách nhiệm thực hiện" / "- Sở Nội
    vụ hướng dẫn ..." / "- Đề nghị Ủy ban MTTQ tỉnh ..."): no value of the label's."""
    rest = item.para.text[line.value_start:]
    if rest.strip(" .:;*") or not item.children:
        return False
    if line.kind == "other":
        return True
    if line.kind != "performer":
        return False          # ("- Cơ quan phối hợp" over "+ Công an tỉnh bảo đảm ...": its values)
    # (a label with its colon is a field whatever its values say: "- Cơ quan thực hiện:" /
    # "+ Sở X chủ trì, ..." / "+ Sở Y đăng tải ..."; nor is one over names or its own fields)
    children = item.children
    colon = item.para.text[:line.value_start].rstrip(" *").endswith(":")
    return not colon and not any(agency_only(c.para.text) or read_field(c.para.text) for c in children) \
        and 2 * sum(_names_its_lead(c.para.text) for c in children) >= len(children)


def _names_its_lead(text: str) -> bool:
    return find_roles(text).rule in ("giao", "chu_tri", "subject", "labelled")


def _leads(text: str) -> set[str]:
    return {a.name for a in find_roles(text).lead}


_WRITTEN_PART = regex.compile(r"[^;]+")
# a name, not a sentence nor OCR debris: capitalised (or "các ..."), up to six words
_NAME_LIKE = regex.compile(r"^(?:\p{Lu}|các\s)[\p{L} ,\-]*$(?<=^(?:\S+\s+){0,5}\S+)")


def _as_written(p: Paragraph, off: int, on_label_line: bool, named: list[AgencyMention]) -> list[Ref]:
    """The parts of a field value (split at ";") no agency rule reads, as written: any on
    the label's own line, short ones (a name, not a sentence) on the lines under it."""
    out: list[Ref] = []
    for m in _WRITTEN_PART.finditer(p.text, off):
        if any(m.start() <= off + a.start < m.end() for a in named):
            continue
        written = m.group().strip(" .;\t\n")
        if not written or (not on_label_line and not _NAME_LIKE.match(written)):
            continue
        at = p.text.find(written, m.start())
        out.append((written, p.to_text(at), p.to_text(at + len(written))))
    return out


_SENTENCE_END = regex.compile(r"[.!?](?:[ \t]*[)\]”\"'])?[ \t]+(?=\p{Lu})")


# ... what may stand before the ones urged: the basis of the call, the call's word
_BEFORE_EVERYONE = regex.compile(r"[ \t\n]*(?:(?:can cu|tren co so)[^,:;]{0,40},[ \t\n]*)?"
                                 r"(?:(?:de nghi|yeu cau)[ \t\n]+)?")
# a subject's predicate that only says to carry out (what the letter says), the sentence's
# end; what such a text ends with is looked for before its roles are read
_CARRY_OUT = r"thuc hien(?:[ \t\n]+nghiem(?:[ \t\n]+tuc)?)?[ \t\n]*[./]*[ \t\n]*"
_CARRY_OUT_END = regex.compile(_CARRY_OUT + "$")
_ONLY_CARRY_OUT = regex.compile(r"[ \t\n,]*(?:(?:nghiem tuc|khan truong|chu dong)[ \t\n]+)?(?:to chuc[ \t\n]+)?"
                                r"(?:trien khai[ \t\n]+)?" + _CARRY_OUT)


# a sentence that only urges everyone to carry out what the letter says
_EXHORTATION = regex.compile(r"(?<!\p{L})(?:nghiem tuc|khan truong|to chuc)?[ \t\n]*(?:trien khai[ \t\n]+)?thuc hien"
                             r"(?:[ \t\n]+nghiem)?[ \t\n]+(?:(?:nhung|cac)[ \t\n]+noi dung(?:[ \t\n]+(?:neu )?tren)?"
                             r"|(?:cong van|chi thi|van ban|ke hoach|thong bao) nay)[ \t\n]*[./]*$")


def _order_sentence(text: str) -> int:
    """Where the sentence that gives a paragraph's order starts: a paragraph that first
    recounts ("Thực hiện ý kiến của Ban Tổ chức Trung ương ..., Bộ Nội vụ đã xây dựng ...")
    is the task from its ordering sentence on ("Để việc đề xuất ..., đề nghị bộ, ngành
    ... gửi về Bộ Nội vụ trước ngày ...")."""
    roles = find_roles(text)
    if roles.rule not in ("giao", "subject", "chu_tri") or not roles.lead:
        return 0
    at = roles.lead[0].start
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    if start and not _RECOUNTS.search(fold(text[:start])):
        start = 0     # "Yêu cầu báo cáo tại Công văn này thay thế ... Cục Thuế thực hiện ...": one task
    # "... yêu cầu các sở nghiêm túc thực hiện những nội dung trên. Giao Sở Y tế ...": the
    # exhortation is no task; the order after it is
    end = _SENTENCE_END.search(text, at)
    if end and _EXHORTATION.search(fold(text[start:end.start() + 1])):
        later = _order_sentence(text[end.end():])
        if find_roles(text[end.end():]).lead:
            return end.end() + later
    return start


def _second_field(text: str, start: int) -> tuple[int, FieldLine] | None:
    """Where a second field starts on a field's line, after a semicolon, and what it is."""
    at = text.find(";", start)
    while at >= 0:
        rest = at + 1 + len(text[at + 1:]) - len(text[at + 1:].lstrip())
        nested = read_field(text[rest:])
        if nested is not None and nested.kind not in ("content", "other") and text[rest:][:nested.value_start].rstrip().endswith(":"):
            return rest, nested
        at = text.find(";", at + 1)
    return None


def _lift_items_from_fields(item: Item) -> None:
    """Content items printed after a block of field bullets nest under its last field by
    their markers ("- Cơ quan thực hiện: ..." / "- Thời gian: ..." / "a) Số hóa ..."); they
    are the unit's items, which the fields before them apply to (ANNOTATION.md, "Headings
    and fields")."""
    lifted: list[Item] = []
    for child in item.children:
        lifted.append(child)
        if child.marker is None or child.marker.numbered or read_field(child.para.text) is None:
            continue
        items = [c for c in child.children if c.marker is not None and c.marker.numbered
                 and read_field(c.para.text) is None]
        if items and len(items) == len(child.children):
            for c in items:
                c.parent = item
            lifted.extend(items)
            child.children = []
    item.children = lifted


def _give_fields_to_their_items(item: Item) -> bool:
    """Field lines printed between an item's children, one after each ("- Tuyên truyền ..."
    / "Thời gian thực hiện: ..." / "- Tham mưu ..." / "Thời gian hoàn thành: ..."), are
    each the field of the child before it, not of the unit; a block of fields before or
    after all the children stays the unit's (ANNOTATION.md, "Headings and fields")."""
    children = [c for c in item.children if read_field(c.para.text) is None]
    fields = [p for p in item.body if read_field(p.text) is not None]
    if len(children) < 2 or not fields:
        return any(read_field(p.text) for c in children for p in c.body)     # (given before)
    first, last = children[0].para.start, children[-1].para.start
    if not any(first < p.start < last for p in fields):
        return False
    for p in fields:
        owner = next((c for c in reversed(children) if c.para.start < p.start), None)
        if owner is not None:
            item.body.remove(p)
            owner.body.append(p)
    return True


def _ancestors(item: Item, below: Item) -> list[Item]:
    """The items between `item` and `below` (exclusive)."""
    out: list[Item] = []
    node = item.parent
    while node is not None and node is not below:
        out.append(node)
        node = node.parent
    return out


def _opening_collective(text: str) -> str | None:
    """The collective an item's line opens with (after "Giao"), or None."""
    off = heading_offset(text)
    opening = next(iter(find_agencies(text[off:])), None)
    return opening.name if opening is not None and opening.start == 0 and opening.kind == "collective" else None


def _descendant_paras(item: Item) -> list[Paragraph]:
    return [p for c in _descendants(item) for p in (c.para, *c.body)]


def _descendants(item: Item) -> list[Item]:
    out: list[Item] = []
    for c in item.children:
        out += [c, *_descendants(c)]
    return out


def _borrowed_fields(builder: TaskBuilder, siblings: list[Item]) -> dict[int, Fields]:
    """Items of a plan without fields of their own take those of the next sibling of
    their family that has some: a block printed after 1.2 covers 1.1 too. A unit whose
    items each carry their own fields ("- Tuyên truyền ..." / "Thời gian: ...") neither
    lends nor borrows: its fields are its items'."""
    itemised = {id(s) for s in siblings if _give_fields_to_their_items(s)}
    own = {id(s): builder.read_fields(s) for s in siblings}
    out: dict[int, Fields] = {}
    following: Fields | None = None
    family = None
    for s in reversed(siblings):
        if id(s) in itemised:
            continue
        if own[id(s)]:
            following, family = own[id(s)], s.family
        elif following is not None and s.family == family \
                and not any(_is_field(c) for c in _descendants(s)):
            # (an item whose sub-items carry fields of their own has its fields there)
            out[id(s)] = following
    return out


# the report a run-in enumeration ends with: "(i) ...; (ii) ..., báo cáo Thủ tướng Chính phủ
# trong tháng 11", after the last item's own words
_SHARED_TAIL = regex.compile(r"[,;][ \t]+(?:va[ \t]+)?(?:(?:tong hop|kip thoi)[ \t]*,?[ \t]+)*(?:bao cao|trinh)"
                             r"(?!\p{L})[^,;]*\.?[ \t]*$")


def _share_run_in_tails(drafts: list[TaskDraft], text: str) -> None:
    """The report clause after the last item of a run-in enumeration ends the whole
    enumeration: its recipient and its time go to every item that has none of its own."""
    run: list[TaskDraft] = []
    for d in [*drafts, None]:
        para = d.paras[0] if d is not None else None
        inline = para is not None and para.marker is not None and run and \
            run[-1].paras[-1].end <= para.start and _same_line(text, run[-1].paras[-1], para)
        if inline:
            run.append(d)
            continue
        if len(run) > 1:
            _share_tail(run)
        run = [d] if d is not None else []


def _same_line(text: str, before: Paragraph, after: Paragraph) -> bool:
    # (a run-in item's marker follows its sibling's text on the same line)
    return after.marker is not None and "\n" not in text[before.end:after.marker.start]


_HARD = frozenset({"date", "month", "quarter", "half", "year"})


def _share_tail(run: list[TaskDraft]) -> None:
    last = run[-1]
    tail = _SHARED_TAIL.search(fold(last.text))
    if tail is None:
        return
    at = last.text_from + tail.start() if last.text_from is not None else last.start
    deadlines = [d for d in last.deadlines if not d[4] and d[1] >= at]
    report = [r for r in last.report_to if r[1] >= at]
    # (the clause is the sentence's own, shared by its items: not an inherited deadline)
    for d in run[:-1]:
        if deadlines and not any(not x[4] and x[0].kind in _HARD for x in d.deadlines):
            d.deadlines = deadlines + d.deadlines
        if report and not d.report_to:
            d.report_to = list(report)


def introduced_lead(outline: Outline, year: int | None = None) -> tuple[str, ...]:
    """The lead that the letter's introducing line gives to everything under it."""
    ctx = Context()
    builder = TaskBuilder(year)
    for p in outline.intro:
        ctx = builder.intro_context(p, ctx)
    return ctx.names


def build_tasks(outline: Outline, labels: list[str | None], letter_year: int | None,
                issuer: str | None = None, to_others: bool = False, text: str | None = None) -> list[TaskDraft]:
    builder = TaskBuilder(letter_year, issuer, to_others)
    ctx = Context()
    for p in outline.intro:
        ctx = builder.intro_context(p, ctx, letter_intro=True)
        if ctx.kind == "guidance":
            builder.emit([p], ctx, None, None)     # the order to follow the guidance below
    first = outline.sections[0].para.start if outline.sections else None
    for p in outline.loose:
        if (first is None or p.start < first) and builder._orders(p.text):
            builder.emit([p], ctx, None, None, _order_sentence(p.text))
    for item, label in zip(outline.sections, labels):
        if is_aims_section(item, to_others, letter_year):
            continue
        builder.orders_section = _mostly_orders(item)
        builder.visit(item, ctx, label, top=True)
    if text is not None:
        _share_run_in_tails(builder.drafts, text)
    last_label = next((lb for lb in reversed(labels) if lb), None)
    for p in outline.loose:
        if first is not None and p.start > first and builder._orders(p.text):
            # an order of its own after the items: in the last section (letter 018's
            # "Bộ Tài chính xem xét tạm ứng ..."), the sections' deadlines not carried over
            here, start = ctx, _order_sentence(p.text)
            if not start and (start := formulas_end(p.text)):
                # "Trên đây là ... Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện. Định kỳ hằng
                # năm ... báo cáo ...": the rule after the formulas, its lead the call's
                called = find_roles(p.text[:start]).lead
                if called and not find_roles(p.text[start:]).lead:
                    here = ctx.assigned([(a.name, p.to_text(a.start), p.to_text(a.end)) for a in called], "intro")
            builder.emit([p], here, last_label, None, start)
    _share_report_rule(builder.drafts)
    return builder.drafts


_REPORTS = regex.compile(r"(?<!\p{L})bao cao(?!\p{L})")


def _share_report_rule(drafts: list[TaskDraft]) -> None:
    """A section's (or the letter's) reporting rule stated in a paragraph after its items, "Cục Thuế ...
    định kỳ báo cáo ... và gửi về Tổng cục Thuế trước ngày 10 ...", names where the reports
    its items ask for go ("báo cáo kết quả ...", with no recipient of their own)."""
    for i, rule in enumerate(drafts):
        # (an unnumbered paragraph after a section's items: a bullet among them is a report of
        # its own, and a letter with no sections has no items the rule could close)
        if rule.marker is not None or rule.section is None or not rule.report_to \
                or not REPORTING_RULE.search(fold(rule.text)):
            continue
        for d in drafts[:i]:
            if d.section == rule.section and d.marker is not None and not d.report_to \
                    and _REPORTS.search(fold(d.text)):
                d.report_to = list(rule.report_to)
