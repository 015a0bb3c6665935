"""Headings and labels that only name who is to act (ANNOTATION.md, "Headings and fields"):
"2. Sở Xây dựng", "b) Trách nhiệm của Sở Y tế:", "Đối với UBND các huyện:", "2.5. Giao Phòng
Kế toán", "Sở Tư pháp: Phối hợp với ...". The task text starts at the body under them.
"""
from __future__ import annotations

from functools import cache

import regex

from extractors.agencies import find_agencies, is_known_name, shared_heads, stripped_titles
from extractors.agency_names import expand_abbreviations
from extractors.patterns import fold
from extractors.roles import has_order_verb, starts_with_action
from extractors.vocabulary import action_vocabulary, agency_vocabulary

# Words that may stand before the assignee in a heading that names nothing else.
_LEAD_WORDS = regex.compile(
    r"^(?:(?:trach nhiem|nhiem vu|phan cong|cong viec)(?: cua| giao cho| giao)?|doi voi|ve phia|giao(?: cho)?"
    r"|(?:de nghi|yeu cau)(?: |\s*:))\s*", regex.I)
# (and a re-mention's "nêu trên": "4. Các Sở Xây dựng nêu trên")
_JOINERS = regex.compile(r"[\s,;.:\-–]|và|\(|\)|(?:nêu|nói)[ \t\n]+trên")
# "Đối với các tổ chức khác", "Trách nhiệm của các đơn vị": the form names an assignee
# even where the words after it are no agency chidao knows.
_TOPIC = regex.compile(r"(?<!\p{L})(?:truong hop|viec|nhung|noi dung|van de|ho gia dinh|nguoi)(?!\p{L})")
_ASSIGNEE_FORM = regex.compile(r"^(?:doi voi|trach nhiem cua|nhiem vu cua)\s+(?P<who>\S.*)$")
_CAC = regex.compile(r"^các\s+", regex.I)
_NON_WORD = regex.compile(r"[^\p{L}\d]+")
_LABEL = regex.compile(r"([^:]{3,120}):\s+")
_SHARED_LABEL = regex.compile(r"([^:]{3,120}:[^:]{3,200}):\s+")    # its first colon a shared head's
_APPOSITION = regex.compile(r"[ \t]+[-–][ \t]+(?=(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]hành viên|[Tt]hường trực)(?!\p{L}))")
# the plural of a kind of body, then what says which: "các cơ sở sản xuất có ...", "những xã
# còn ..." (as printed, tones and all: folded, "phường" is "phương án", "trường" "trường hợp");
# a kind that begins a thing's name is none ("các ngành nghề", agencies.yaml collective_things)
@cache
def _bodies() -> regex.Pattern:
    things = agency_vocabulary().collective_things
    spaced = r"[ \t\n]+".join

    def kind(noun: str) -> str:
        if noun not in things:
            return spaced(noun.split())
        return spaced(noun.split()) + r"(?![ \t\n]+(?:" + "|".join(spaced(t.split()) for t in things[noun]) + r")(?!\p{L}))"

    return regex.compile(
        r"(?:các|những)[ \t\n]+(?:cơ[ \t\n]+sở(?![ \t\n]+(?:dữ liệu|vật chất|hạ tầng|pháp lý))"
        r"|doanh[ \t\n]+nghiệp|" + kind("đơn vị") + r"|cơ[ \t\n]+quan|tổ[ \t\n]+chức|nhà[ \t\n]+máy|xã|phường"
        r"|địa[ \t\n]+phương|trường(?![ \t\n]+hợp)|bệnh[ \t\n]+viện|hợp[ \t\n]+tác[ \t\n]+xã"
        r"|(?:tổng[ \t\n]+)?công[ \t\n]+ty|tập[ \t\n]+đoàn|chủ[ \t\n]+đầu[ \t\n]+tư|nhà[ \t\n]+thầu"
        r"|ngân[ \t\n]+hàng|chi[ \t\n]+nhánh|ban[ \t\n]+quản[ \t\n]+lý|sở|" + kind("ngành") +
        r"|hội(?![ \t\n]+(?:nghị|thảo|thi|chợ|diễn))|cảng|cửa[ \t\n]+khẩu)(?!\p{L})", regex.I)


# words that make a heading an order of its own: "Đối với các đơn vị chưa nộp, đề nghị ...:"
_ASKS = regex.compile(r"(?<!\p{L})(?:de nghi|yeu cau|giao|chi dao|khan truong|nghiem tuc)(?!\p{L})")
# things in the plural are topics, not assignees: "Đối với các dự án chậm tiến độ:"
_THINGS = regex.compile(r"(?:cac|nhung)[ \t\n]+(?:du an|cong trinh|khoan|ho so|chuong trinh|de an|nhiem vu"
                        r"|noi dung|van ban|thu tuc|linh vuc|tai san|khu vuc|tuyen|mat hang|san pham|chi tieu"
                        r"|phuong an|phuong tien|hoi nghi|hoi thao|so lieu"
                        r"|co so (?:du lieu|vat chat|ha tang|phap ly))(?!\p{L})")
_BRACKETED = regex.compile(r"\s*\([^()]*\)")
# (... or the part of the work it answers for: "Sở Xây dựng (đối với tài sản hạ tầng đô thị)")
_APPOSITIVE_BRACKET = regex.compile(r"\s*\(\s*(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]hường trực|[Đđ]ầu mối|[Ll]à"
                                    r"|[Đđ]ối với|[Pp]hụ trách|[Tt]rong lĩnh vực|[Tt]hành viên)(?!\p{L})[^()]*\)")
_UNIT_IN_BRACKETS = regex.compile(r"[ \t]*\([ \t]*\p{Lu}[^()\n]{2,80}\)[ \t]*")
_NAME_GOES_ON = regex.compile(r"(?:,[ \t\n]*\p{Lu}\p{Ll}*(?:[ \t\n]+(?:\p{Lu}\p{Ll}*|\p{Ll}+)){0,3}){1,2}"
                              r"(?:[ \t\n]+và[ \t\n]+\p{Lu}\p{Ll}*(?:[ \t\n]+\p{Ll}+){0,2})?[ \t\n]*")


# "UBND các tỉnh từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Gia Lai, Đắk Lắk":
# the ones a heading stresses among its assignees are no others
_STRESSED = regex.compile(r"[ \t\n]*,?[ \t\n]*(?:trong[ \t\n]+đó[ \t\n]*,?[ \t\n]*)?(?:trọng[ \t\n]+tâm[ \t\n]+là"
                          r"|nhất[ \t\n]+là|đặc[ \t\n]+biệt[ \t\n]+là|ưu[ \t\n]+tiên[ \t\n]+là)(?!\p{L})[^.;]*$")
# (its stressing words looked for first: the pattern, free to start on any space, is slow
# to try at every position of a long text that has none; they must stand wherever it matches)
_STRESS_WORDS = regex.compile(r"(?:tâm|nhất|biệt|tiên)[ \t\n]+là(?!\p{L})")


@cache
def _titles_pattern() -> regex.Pattern:
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(t) for t in stripped_titles()) + r")(?!\p{L})")


def _bare_titles_in(rest: str) -> str:
    """What is left of a heading once its titles are taken out."""
    return _titles_pattern().sub("", rest)


def agency_only(text: str) -> list[str] | None:
    """The agencies of a heading that names nothing else, or None."""
    t = text.strip().rstrip(":.;").strip()
    if _STRESS_WORDS.search(t) and (stressed := _STRESSED.search(t)) is not None and stressed.start() > 0:
        t = t[:stressed.start()]
    if len(t) > 250:
        return None      # a heading that only names agencies is short
    lead = _LEAD_WORDS.match(fold(t))
    if lead:
        t = t[lead.end():]
    mentions = find_agencies(t)
    rest = t
    # (the head of a shared-head list, "Các Sở: ", names no one by itself)
    spans = sorted([(a.start, a.end) for a in mentions] + shared_heads(t), reverse=True)
    for s, e in spans:
        rest = rest[:s] + rest[e:]
    # a body and, in brackets, its unit that does the work or the body it belongs to
    # ("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"): one assignee, as printed
    if len(mentions) == 2 and mentions[0].start == 0 and _UNIT_IN_BRACKETS.fullmatch(t, mentions[0].end) \
            and not t[t.find("(", mentions[0].end) + 1:mentions[1].start].strip() \
            and not t[mentions[1].end:t.rfind(")")].strip():
        return [" ".join(t.split())]
    # (the titles of their heads are no words of their own: "Bộ trưởng, Thủ trưởng cơ quan ngang
    # bộ, Chủ tịch UBND các tỉnh" names the bodies)
    if mentions and not _JOINERS.sub("", _bare_titles_in(rest)):
        return [a.name for a in mentions]
    # "Vụ Kế hoạch, Tài chính" alone on its line: a name with a comma in it (the words
    # after the comma capitalised, none a name of its own)
    if len(mentions) == 1 and mentions[0].start == 0 and _NAME_GOES_ON.fullmatch(t, mentions[0].end) \
            and not starts_with_action(t[mentions[0].end:].lstrip(" ,")):
        return [" ".join(t.split())]
    # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the agency, then what it is
    # (or in brackets: "Sở Xây dựng (Cơ quan thường trực Ban An toàn giao thông)"; a bracket
    # that lists members, "(gồm cả các bệnh viện tuyến tỉnh)", names them too: below; one
    # that says more, "(phối hợp với Sở X)", "(hoàn thành trước ...)", is no heading's)
    if mentions and mentions[0].start == 0 and _APPOSITIVE_BRACKET.fullmatch(t, mentions[0].end):
        return [mentions[0].name]
    # (... after a list of them: "Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (đối
    # với ...)")
    if len(mentions) > 1 and mentions[0].start == 0 and _APPOSITIVE_BRACKET.fullmatch(t, mentions[-1].end) \
            and (listed := agency_only(t[:mentions[-1].end])) is not None:
        return listed
    if mentions and mentions[0].start == 0:
        apposition = _APPOSITION.match(t, mentions[0].end)
        if apposition and not starts_with_action(t[apposition.end():]) and len(t.split()) <= 16:
            return [mentions[0].name]
    if not text.rstrip().endswith((".", ";")):
        members = _with_members(t, mentions)
        if members:
            return members
    form = _ASSIGNEE_FORM.match(fold(text.strip().rstrip(":.;").strip()))
    # (a bracket only says who the assignee covers: "các cơ quan quản lý cấp trên (bao gồm ...)")
    bare = _BRACKETED.sub("", t).strip()
    topic = _TOPIC.search(fold(bare)) or _THINGS.match(fold(bare))
    named = mentions or fold(bare).startswith("cac ") or form and form.group(0).startswith(("trach nhiem", "nhiem vu"))
    if form and named and len(bare.split()) <= 8 and not starts_with_action(bare) and not topic:
        return [bare]
    # "Đối với các cơ sở sản xuất có lưu lượng khí thải lớn ... :": bodies of a kind, however
    # long the words that say which (a colon ends the heading)
    # (the verbs of a description may stand there, "các đơn vị thực hiện dịch vụ thu gom")
    # (a topic only where the heading opens with one: "người lao động" may describe the bodies)
    if form and _bodies().match(bare) and text.rstrip().endswith(":") and len(bare.split()) <= 40 \
            and not _ASKS.search(fold(bare)) and not _TOPIC.search(fold(" ".join(bare.split()[1:4]))):
        return [bare]
    # "3. Cơ quan tổ chức việc nhập cảnh": a body described by the work it does, its verb
    # made a noun by "việc" (no order: "Cơ quan chủ trì tổ chức thực hiện")
    if _DESCRIBED_BODY.match(bare) and len(bare.split()) <= 10 and not text.rstrip().endswith((".", ";")):
        return [bare]
    # "3. Các cơ sở KCB BHYT trên địa bàn Thành phố": bodies of a kind, named in the plural
    # by a heading alone (no verb, no stop)
    if _bodies().match(bare) and len(bare.split()) <= 12 and not text.rstrip().endswith((".", ";")) \
            and not has_order_verb(bare) and not topic:
        return [bare]
    return None


# a body's kind, one or two words of what it does, then "việc": "Cơ quan tổ chức việc nhập cảnh"
_DESCRIBED_BODY = regex.compile(r"(?:[Cc]ơ[ \t]+quan|[Đđ]ơn[ \t]+vị)(?:,?[ \t]+(?:cơ[ \t]+quan|đơn[ \t]+vị|tổ[ \t]+chức))?"
                                r"(?:[ \t]+\p{Ll}+){1,2}[ \t]+việc[ \t]+\p{Ll}")


# "(gồm các Sở: Xây dựng, Tài chính)", "(bao gồm cả cơ quan đại diện chủ sở hữu)": the
# members an assignee heading's bracket names
_MEMBERS = regex.compile(r"[ \t]*\((?:bao[ \t]+)?gồm(?:[ \t]+cả)?[ \t:]+(?P<who>[^()]+)\)[*_ \t]*$")
_LISTED_MEMBERS = regex.compile(r"[ \t]*\((?P<who>[^()]+,[^()]+)\)[*_ \t]*$")
# what opens a predicate after a collective, where a description would stand ("cơ quan
# tham mưu" is a kind of body, so that verb is not here)
@cache
def _predicate() -> regex.Pattern:
    return regex.compile(
        "(?:" + "|".join(fold(w) for w in (*action_vocabulary().adverbs, "chu tri", "phoi hop", "thuc hien",
                                          "trien khai", "to chuc", "chi dao", "co trach nhiem", "chiu trach nhiem",
                                          "ra soat", "xay dung", "bao cao"))
        + r")(?!\p{L})")
_COLLECTIVE_START = regex.compile(r"^(?:các|cơ quan|đơn vị)[ \t]", regex.I)


def _with_members(t: str, mentions: list) -> list[str] | None:
    """An assignee heading and the members its bracket names: "Các cơ quan tham mưu quản
    lý ngành (gồm các Sở: Xây dựng, Tài chính)" -> the collective as written and each
    member (ANNOTATION.md: "collective như: A, B" names the collective and A and B)."""
    m = _MEMBERS.search(t)
    listed = False
    if m is None:
        # ... or lists them with no "gồm": "Các cơ quan cấp phép (Sở Xây dựng, Ban quản
        # lý Khu Kinh tế Vân Phong)": two bodies or more
        m = _LISTED_MEMBERS.search(t)
        if m is None:
            return None
        listed = True
    head = t[:m.start()].strip()
    who = agency_only(head)
    if who is None:
        # a collective described in lower case, no other name before the bracket
        if (not mentions or mentions[0].start != 0 or mentions[0].kind != "collective"
                or any(a.start < m.start() for a in mentions[1:]) or len(head.split()) > 12
                or _predicate().match(fold(head[mentions[0].end:].strip()))):
            return None       # (an order: "Các sở, ngành khẩn trương rà soát (gồm ...)")
        who = [head]
    inside = m["who"].strip()
    members = agency_only(inside)
    if listed and (members is None or len(members) < 2):
        return None
    if members is None and _COLLECTIVE_START.match(inside) and len(inside.split()) <= 10 \
            and not starts_with_action(inside):
        members = [inside]
    return who + members if members else None


def heading_offset(text: str) -> int:
    """Where the agencies of an assignee heading start in `text` (after "Giao", "Đối với")."""
    t = text.lstrip()
    lead = _LEAD_WORDS.match(fold(t))
    return len(text) - len(t) + (lead.end() if lead else 0)


def split_label(text: str) -> tuple[list[str], int]:
    """ "Sở Tư pháp: Phối hợp với ..." -> (["Sở Tư pháp"], offset of the order)."""
    lead, _, offset = label_roles(text)
    return lead, offset


def label_roles(text: str) -> tuple[list[str], list[str], int]:
    """The agencies a label names before the order, its partners, and where the order
    starts: "Sở Tư pháp: Phối hợp với ..." -> (["Sở Tư pháp"], [], 12); "Sở Tài chính
    phối hợp Ban Quản lý Khu kinh tế: hướng dẫn ..." -> (["Sở Tài chính"], ["Ban Quản lý
    Khu kinh tế"], 42)."""
    m = _LABEL.match(text)
    # "Các Bộ: Tài chính, Công an ...", "Chủ tịch UBND các tỉnh: Hưng Yên, ..." share a
    # head: the label, if any, ends at the next colon ("Các Sở: Tài chính, Xây dựng: ...")
    heads = shared_heads(text[:m.end() + 80]) if m else []
    if m and any(h0 < m.end(1) < h1 for h0, h1 in heads):
        m = _SHARED_LABEL.match(text)
    if m and _MEMBERS_COLON.search(fold(m.group(1))):
        return [], [], 0    # "... phối hợp với các cơ quan như: Sở A, Sở B ...": the colon lists members
    if m and fold(m.group(1).lstrip()).startswith(("de nghi", "yeu cau")):
        # "Đề nghị X: chỉ đạo ..." run in is the order itself: its text keeps the words (a
        # heading line of its own, "6. Đề nghị X" over the body, is a label like "Giao X")
        return [], [], 0
    if m:
        agencies = agency_only(m.group(1))
        if agencies:
            return agencies, [], m.end()
        pair = _PARTNERED.fullmatch(fold(m.group(1)))
        if pair:
            lead, partners = agency_only(m.group(1)[:pair.end("lead")]), agency_only(m.group(1)[pair.start("with"):])
            if lead and partners:
                return lead, partners, m.end()
    return [], [], 0


# a colon after which a collective's members follow ("như:", "gồm:"), not an order
_MEMBERS_COLON = regex.compile(r"(?<!\p{L})(?:nhu(?:[ \t\n]+la)?|(?:bao[ \t\n]+)?gom(?:[ \t\n]+co)?)[ \t\n]*$")


# a label naming who leads and who joins: "Sở Tài chính (chủ trì,) phối hợp (với) Sở Y tế"
_PARTNERED = regex.compile(r"(?P<lead>.+?)(?:,?[ \t\n]+chu tri)?,?[ \t\n]+phoi hop(?:[ \t\n]+voi)?[ \t\n]+(?P<with>.+)")


def same_agency(short: str, full: str) -> bool:
    """Is `short` the same agency as `full`, named shorter ("các Cục Thuế")?"""
    def key(name: str) -> str:
        return " ".join(fold(expand_abbreviations(_CAC.sub("", name))).replace(",", " ").split())
    return key(full).startswith(key(short))


def as_addressed(name: str, addressees: list[str] | dict[str, str]) -> str:
    """The Kính gửi form of an agency the text names with other punctuation (OCR'd
    "Cục Thuế các tỉnh thành phố" for the addressee "Cục Thuế các tỉnh, thành phố").
    `addressees`: the names, or `addressed_keys` of them (worked out once per letter)."""
    keys = addressees if isinstance(addressees, dict) else addressed_keys(addressees)
    addressed = keys.get(_addressed_key(name), name)
    # (the same words with other tones: one of the two printings is OCR's or a typo; the
    # one the gazetteer knows is kept, else the one at hand, "thành phố" in the body for
    # Kính gửi's OCR'd "thành phô")
    ours, theirs = _NON_WORD.sub("", name.casefold()), _NON_WORD.sub("", addressed.casefold())
    if ours != theirs and fold(ours) == fold(theirs) and not (is_known_name(addressed) and not is_known_name(name)):
        return name
    return addressed


def addressed_keys(addressees: list[str]) -> dict[str, str]:
    """The addressees by the key `as_addressed` compares (the first of those that share one)."""
    out: dict[str, str] = {}
    for a in addressees:
        out.setdefault(_addressed_key(a), a)
    return out


def _addressed_key(text: str) -> str:
    return _NON_WORD.sub(" ", fold(expand_abbreviations(text))).strip()
