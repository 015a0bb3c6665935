"""Tasks from the outline: which items are tasks, and their roles, deadlines,
report-to authorities, products and citations (ANNOTATION.md, "Tasks").

Roles carry down: an agency heading ("4. Công an tỉnh") or an introducing line
("Giao Sở KH&CN chủ trì, phối hợp ... thực hiện các nhiệm vụ sau:") gives its
lead, support and deadlines to the items under it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from extractors.agencies import find_agencies
from extractors.agency_names import expand_abbreviations
from extractors.deadlines import DeadlineMatch, find_deadlines
from extractors.deliverables import find_deliverables
from extractors.patterns import fold
from extractors.report_to import find_report_to
from extractors.roles import Roles, find_roles, starts_with_action
from pipeline.layout import Paragraph
from pipeline.outline import Item, Outline

# Sections that state aims, not orders ("I. MỤC ĐÍCH, YÊU CẦU").
_AIMS = regex.compile(r"^(?:muc dich|yeu cau|muc tieu|quan diem|can cu|su can thiet|tinh hinh"
                      r"|danh gia|pham vi|doi tuong|nguyen tac)(?:[ ,\-–]+(?:muc dich|yeu cau|muc tieu"
                      r"|quan diem|pham vi|doi tuong|nguyen tac)[ ,]*)*$")
# What a speaker does in an introducing line ("Chủ tịch UBND tỉnh chỉ đạo như sau:");
# it does not make the speaker a lead. "X chỉ đạo Y thực hiện ...:" does: X is assigned.
_SPEAKER = regex.compile(r"[ \t\n]*(?:co y kien|huong dan|thong bao|ket luan"
                         r"|chi dao(?=[ \t\n]*(?:nhu sau|:|cac noi dung sau)))")
_DOI_VOI = regex.compile(r"^(?:đối với|Đối với)\s+")
_JOINERS = regex.compile(r"[\s,;.:\-–]|và")
_CAC = regex.compile(r"^các\s+", regex.I)
_NON_WORD = regex.compile(r"[^\p{L}\d]+")
_LABEL = regex.compile(r"([^:]{3,120}):\s+")
_SHARED_HEAD = regex.compile(r"cac (?:bo|so)(?:, co quan)?$")   # "Các Bộ: Tài chính, Công an"
# Praise and assessment, not orders ("1. Đánh giá cao sự chủ động của các bộ ...").
_PRAISE = regex.compile(r"^(?:danh gia cao|hoan nghenh|bieu duong|ghi nhan|bieu duong|bieu duong va)(?!\p{L})")
_DEADLINE_LINE = regex.compile(r"^thoi (?:gian|han)(?: hoan (?:tat|thanh)| thuc hien)?\s*:")
_SE = regex.compile(r"(?<!\p{L})sẽ(?!\p{L})")
# "..., đề nghị đơn vị làm thủ tục" (letter 032); not "Đơn đề nghị hỗ trợ" (a document).
_DUTY = regex.compile(r"(?<!\p{L}|don |giay |theo )de nghi(?!\p{L})")


@dataclass(frozen=True)
class Context:
    """What an item inherits from the headings and introducing lines above it."""
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    # heading: "4. Công an tỉnh"; subject: "X có trách nhiệm:"; intro: an item that
    # assigns its sub-items; task: a task whose notes follow it
    kind: str | None = None
    # deadlines said above: (match, phrase, start, end) with offsets in the letter
    deadlines: tuple[tuple[DeadlineMatch, str, int, int], ...] = ()
    # where each inherited agency was read: (name, start, end) in the letter
    where: tuple[tuple[str, int, int], ...] = ()

    def inherit(self, lead: list[tuple[str, int, int]], kind: str,
                support: list[tuple[str, int, int]] = ()) -> "Context":
        """The context under a heading or introducing line that names agencies."""
        return replace(self, lead=tuple(n for n, _, _ in lead),
                       support=tuple(n for n, _, _ in support), kind=kind,
                       where=self.where + tuple(lead) + tuple(support))

    def span_of(self, name: str) -> tuple[int, int] | None:
        return next(((s, e) for n, s, e in reversed(self.where) if n == name), None)


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


def agency_only(text: str) -> list[str] | None:
    """The agencies of a heading that names nothing else ("4. Công an tỉnh", "đ) Bộ Công an:")."""
    t = text.strip().rstrip(":.;").strip()
    if len(t) > 250:
        return None      # a heading that only names agencies is short
    t = _DOI_VOI.sub("", t)
    mentions = find_agencies(t)
    if not mentions:
        return None
    rest = t
    for a in reversed(mentions):
        rest = rest[:a.start] + rest[a.end:]
    if _JOINERS.sub("", rest):
        return None
    return [a.name for a in mentions]


def _mentions_in(para: Paragraph, names: list[str] | None) -> list[tuple[str, int, int]]:
    """Heading agencies with their place in the letter."""
    if not names:
        return []
    found = {a.name: a for a in find_agencies(para.text)}
    out = []
    for n in names:
        a = found.get(n)
        out.append((n, para.to_text(a.start), para.to_text(a.end)) if a else (n, para.start, para.end))
    return out


def _label_span(para: Paragraph, text: str, name: str) -> tuple[int, int]:
    """Where the label "Sở Tư pháp: ..." names `name` (the label opens the first paragraph)."""
    i = text.find(name)
    if 0 <= i < len(para.text):
        return para.to_text(i), para.to_text(i + len(name))
    return para.start, para.start


def same_agency(short: str, full: str) -> bool:
    """Is `short` the same agency as `full`, named shorter ("các Cục Thuế")?"""
    def key(name: str) -> str:
        return " ".join(fold(expand_abbreviations(_CAC.sub("", name))).replace(",", " ").split())
    return key(full).startswith(key(short))


def as_addressed(name: str, addressees: list[str]) -> str:
    """The Kính gửi form of an agency the text names with other punctuation (OCR'd
    "Cục Thuế các tỉnh thành phố" for the addressee "Cục Thuế các tỉnh, thành phố")."""
    def key(text: str) -> str:
        return _NON_WORD.sub(" ", fold(expand_abbreviations(text))).strip()
    k = key(name)
    return next((a for a in addressees if key(a) == k), name)


def introduced_lead(outline: Outline) -> tuple[str, ...]:
    """The lead that the letter's introducing line gives to everything under it."""
    ctx = Context()
    builder = TaskBuilder(None)
    for p in outline.intro:
        ctx = builder._intro_context(p, ctx)
    return ctx.lead


def split_label(text: str) -> tuple[list[str], int]:
    """ "Sở Tư pháp: Phối hợp với ..." -> (["Sở Tư pháp"], offset of the order)."""
    m = _LABEL.match(text)
    if m and not _SHARED_HEAD.match(fold(m.group(1))):
        agencies = agency_only(m.group(1))
        if agencies:
            return agencies, m.end()
    return [], 0


def _commitment(text: str) -> bool:
    """The issuer's own commitment ("trong năm 2019 Bộ sẽ tổng kết"), not an order."""
    first_sentence = text.split(". ")[0]
    if not _SE.search(first_sentence):
        return False
    return find_roles(first_sentence).rule not in ("giao", "subject")


# A decision's formal articles: issuing, entry into force, who executes it (ANNOTATION.md).
_FORMAL = regex.compile(r"^ban hanh kem theo (?:quyet dinh|chi thi|nghi quyet) nay|co hieu luc (?:ke tu|tu)"
                        r"|co hieu luc thi hanh|chiu trach nhiem thi hanh|can cu quyet dinh thi hanh")
# What an article of a decision decides, rather than orders: "Điều 1. Công bố Danh mục ..."
_DECIDES = regex.compile(r"^(?:ban hanh|phe duyet|cong bo|thanh lap|kien toan|bo nhiem|dieu chinh"
                         r"|sua doi|bai bo|cong nhan|chap thuan)(?!\p{L})")


def _is_actionable(text: str) -> bool:
    _, off = split_label(text)
    rest = text[off:]
    if _commitment(rest) or _FORMAL.search(fold(rest)) or _PRAISE.match(fold(rest)):
        return False
    if starts_with_action(rest):
        return True
    roles = find_roles(rest)
    if roles.rule in ("giao", "chu_tri", "subject", "bare_chu_tri", "bare_phoi_hop"):
        return True
    return _DUTY.search(fold(rest)) is not None


_TERMINAL = (".", ";", "./.")


def _last_clause(text: str) -> tuple[str, int]:
    cut = max(text.rfind("; "), text.rfind(". "))
    return (text[cut + 2:], cut + 2) if cut >= 0 else (text, 0)


class TaskBuilder:
    def __init__(self, letter_year: int | None):
        self.year = letter_year
        self.drafts: list[TaskDraft] = []

    # -- context -------------------------------------------------------------
    def _intro_context(self, para: Paragraph, ctx: Context, assigns: str = "subject") -> Context:
        """The context an introducing line gives; `assigns` is its kind when the line
        names who is to act ("Giao X ...:", "X có trách nhiệm:")."""
        clause, off = _last_clause(para.text)
        roles = find_roles(clause)
        speaking = roles.rule == "subject" and _SPEAKER.match(fold(clause), roles.lead[-1].end)
        said = tuple((d, para.text[off + d.start:off + d.end], para.to_text(off + d.start),
                      para.to_text(off + d.end)) for d in find_deadlines(clause, self.year))
        ctx = replace(ctx, deadlines=ctx.deadlines + said)
        if roles.rule in ("giao", "chu_tri", "subject") and roles.lead and not speaking:
            def placed(a):
                return para.to_text(off + a.start), para.to_text(off + a.end)
            return ctx.inherit([(self._fullest(a.name, ctx), *placed(a)) for a in roles.lead], assigns,
                               [(a.name, *placed(a)) for a in roles.support])
        return ctx

    # -- tasks ---------------------------------------------------------------
    def emit(self, paras: list[Paragraph], ctx: Context, section: str | None,
             marker: str | None) -> TaskDraft:
        text = " ".join(p.text for p in paras)
        # Offsets of `text` back to the letter: paragraph by paragraph.
        bounds, pos = [], 0
        for p in paras:
            bounds.append((pos, p))
            pos += len(p.text) + 1

        def to_doc(i: int) -> int:
            for start, p in reversed(bounds):
                if i >= start:
                    return p.to_text(min(i - start, len(p.text)))
            return paras[0].to_text(0)

        label, off = split_label(text)
        local = ctx.inherit([(n, *_label_span(paras[0], text, n)) for n in label], "heading") \
            if label else ctx
        body = text[off:]
        mentions = find_agencies(body)
        roles = find_roles(body)          # cached: _is_actionable read the same text
        lead, support = self._resolve_roles(roles, local)
        span = lambda a: (to_doc(off + a.start), to_doc(off + a.end))  # noqa: E731
        def placed(name, mention):
            if mention is not None:
                return (name, *span(mention), False)
            start, end = local.span_of(name) or (paras[0].start, paras[0].start)
            return (name, start, end, True)
        lead_out = [placed(n, a) for n, a in lead]
        support_out = [placed(n, a) for n, a in support]
        own = [(d, to_doc(off + d.start), to_doc(off + d.end), body[d.start:d.end], False)
               for d in find_deadlines(body, self.year)]
        # the nearest introducing line first: its deadline is the one meant
        seen = {(s, e) for _, s, e, _, _ in own}
        inherited = [(d, s, e, t, True) for d, t, s, e in reversed(ctx.deadlines) if (s, e) not in seen]
        report = [(a.name, *span(a)) for a in find_report_to(body, mentions)]
        products = [(d.text, to_doc(off + d.start), to_doc(off + d.end))
                    for d in find_deliverables(body)]
        draft = TaskDraft(section, marker, paras, text, lead_out, support_out, own + inherited,
                          report, products, paras[0].start, paras[-1].end)
        self.drafts.append(draft)
        return draft

    def _resolve_roles(self, roles: Roles, ctx: Context):
        """Names with their mention (None when carried down from the context)."""
        ctx_lead = [(n, None) for n in ctx.lead]
        ctx_support = [(n, None) for n in ctx.support]
        if roles.rule == "bare_chu_tri":
            return ctx_lead, [(a.name, a) for a in roles.support] or ctx_support
        if roles.rule == "bare_phoi_hop":
            named = [a for a in roles.lead if a.kind != "collective"]
            vague = [a for a in roles.lead if a.kind == "collective"]
            if named and {a.name for a in named} <= set(ctx.lead):
                # "Giao X chủ trì, phối hợp với H: - Phối hợp với X ...": the item's partner
                # is the context's lead, so the context's supports are the item's
                return ctx_lead, ctx_support + [(a.name, a) for a in vague]
            if ctx.kind == "heading" and named:
                return [(a.name, a) for a in named], ctx_lead + [(a.name, a) for a in vague]
            return ctx_lead, [(a.name, a) for a in roles.lead]
        if roles.rule in ("labelled", "giao", "chu_tri", "subject"):
            lead = [(self._fullest(a.name, ctx), a) for a in roles.lead]
            return lead, [(a.name, a) for a in roles.support]
        return ctx_lead, [(a.name, a) for a in roles.support] or ctx_support

    def _closing_deadline(self, item: Item, ctx: Context) -> Context:
        """ "2.1. Bước 1: 2.1.a ... 2.1.b ... Thời gian hoàn tất: trước ngày 27/6/2014" (letter
        008): a deadline line closing the last sub-item closes the whole step."""
        last = item.children[-1] if item.children else None
        para = last.body[-1] if last and last.body else None
        if para is None or not _DEADLINE_LINE.match(fold(para.text)):
            return ctx
        said = tuple((d, para.text[d.start:d.end], para.to_text(d.start), para.to_text(d.end))
                     for d in find_deadlines(para.text, self.year))
        return replace(ctx, deadlines=ctx.deadlines + said) if said else ctx

    @staticmethod
    def _fullest(name: str, ctx: Context) -> str:
        """ "Cục Thuế" stands for the fuller name its letter gave ("Cục Thuế các tỉnh, ...")."""
        for full in ctx.lead:
            if same_agency(name, full) and len(full) > len(name):
                return full
        return name

    # -- traversal -----------------------------------------------------------
    def visit(self, item: Item, ctx: Context, section: str | None, top: bool = False) -> None:
        text = item.para.text
        marker = item.para.marker.raw if item.para.marker else None
        if item.kind == "dieu" and _DECIDES.match(fold(text)):
            return
        heading_agencies = _mentions_in(item.para, agency_only(text))
        if not item.children:
            paras = [item.para, *item.body]
            if heading_agencies:
                if item.body:
                    self.emit(paras, ctx.inherit(heading_agencies, "heading"), section, marker)
                return
            joined = " ".join(p.text for p in paras)
            # The numbered items right under "X ... thực hiện như sau:" are X's orders
            # (letters 005, 027), even when one opens with a purpose clause.
            # So are the bullets under an agency heading ("1.1. Ủy ban nhân dân Thành phố:")
            # and the notes under an item that is a task itself ("* Lưu ý: ...").
            ordered = bool(ctx.lead) and not _commitment(joined) and (
                ctx.kind in ("heading", "task", "intro") or (top and ctx.kind == "subject")
                # "..., cơ sở KCB có trách nhiệm ..." in a letter that assigns its addressees
                or "co trach nhiem" in fold(joined))
            if ordered or _is_actionable(joined):
                self.emit(paras, ctx, section, marker)
            return
        inner = ctx
        if heading_agencies:
            inner = ctx.inherit(heading_agencies, "heading")
        elif text.rstrip().endswith(":") or not text.rstrip().endswith(_TERMINAL):
            # "2. UBND các tỉnh chỉ đạo ... thực hiện các nội dung sau:", or a heading
            # without a colon ("1. Bộ Công Thương chủ trì, phối hợp với ..." then a), b)):
            # the items under it are that assignee's orders.
            inner = self._intro_context(item.para, ctx, assigns="intro")
        elif text.rstrip().endswith((".", ";", "./.")) and _is_actionable(text):
            draft = self.emit([item.para], ctx, section, marker)
            if draft.lead:
                inner = ctx.inherit([(n, s, e) for n, s, e, _ in draft.lead], "task")
        for b in item.body:
            if b.text.rstrip().endswith(":"):
                inner = self._intro_context(b, inner)
            elif _is_actionable(b.text):
                self.emit([b], inner, section, None)
        acting = [c for c in item.children if c.children or _is_actionable(c.para.text)
                  or agency_only(c.para.text)]
        if not acting and text.rstrip().endswith(":") and _is_actionable(text):
            # "Lập hồ sơ hoàn công ..., bao gồm: + Đơn ...; + Biên bản ...": one task.
            self.emit([item.para, *item.body, *_descendant_paras(item)], ctx, section, marker)
            return
        inner = self._closing_deadline(item, inner)
        for child in item.children:
            self.visit(child, inner, section)


def _descendant_paras(item: Item) -> list[Paragraph]:
    out: list[Paragraph] = []
    for c in item.children:
        out.extend([c.para, *c.body, *_descendant_paras(c)])
    return out


def is_aims_section(item: Item) -> bool:
    return _AIMS.match(fold(item.para.text).strip(" .:")) is not None


_NARRATIVE = regex.compile(r"^(?:ngay \d|nam \d|qua |theo bao cao|thoi gian qua|vua qua|hien nay)")


def _orders(text: str, year: int | None) -> bool:
    """An unnumbered paragraph is a task only if it gives an order: "Giao X ...",
    "đề nghị X ...", or X doing something by a deadline or for a report; a
    paragraph that recounts what happened ("Ngày 01/7/2013, Bộ X ban hành ...") does not."""
    if not _is_actionable(text):
        return False
    roles = find_roles(text)
    if roles.rule == "giao":
        return True
    if _NARRATIVE.match(fold(text)):
        return False
    return bool(find_deadlines(text, year) or find_report_to(text))


def build_tasks(outline: Outline, labels: list[str | None], letter_year: int | None) -> list[TaskDraft]:
    builder = TaskBuilder(letter_year)
    ctx = Context()
    for p in outline.intro:
        ctx = builder._intro_context(p, ctx)
    for p in outline.loose:
        if outline.sections and p.start > outline.sections[0].para.start:
            continue   # handled below, after the sections
        if _orders(p.text, letter_year):
            builder.emit([p], ctx, None, None)
    for item, label in zip(outline.sections, labels):
        if is_aims_section(item):
            continue
        builder.visit(item, ctx, label, top=True)
    for p in outline.loose:
        if outline.sections and p.start > outline.sections[0].para.start and _orders(p.text, letter_year):
            # A closing order of its own (letter 012): the context's agencies resolve
            # short names, but the section's deadlines do not carry over.
            builder.emit([p], replace(ctx, deadlines=()), None, None)
    return builder.drafts
