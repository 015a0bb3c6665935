"""The whole extraction of one letter: read, normalise, segment, extract, validate."""
from __future__ import annotations

from pathlib import Path

from extractors import clear_caches
from extractors.agencies import find_agencies, is_known_name, listed_units, shared_heads, title_end, use_letter_names
from extractors.citations import citation_key, find_citations, printed_ref
from extractors.named_references import find_named_references
from extractors.roles import find_roles
from pipeline.addressees import Addressees, find_aliases
from pipeline.assignees import addressed_keys, agency_only, as_addressed, same_agency
from pipeline.attachments import find_issued_attachment
from pipeline.header import Header, parse_header
from pipeline.layout import join_pieces, paragraphs
from pipeline.numbering import label_sections, numbering_warnings
from pipeline.outline import Item, build_outline
from pipeline.readers import RawDocument, read
from pipeline.tables import find_task_tables, table_tasks
from pipeline.tasks import LETTER_TYPES, TaskDraft, build_tasks, introduced_lead
from pipeline.textmap import Text
from schemas import (
    Citation, DateParts, Deadline, Document, Evidence, Letter, Mention, NamedReference,
    Section, Signer, Source, Task, Warning,
)
from schemas.deadline import HARD_KINDS


def extract(path_or_text: str | Path) -> Letter:
    """Extract a letter given its path or its text."""
    return extract_document(read(path_or_text))


def extract_document(raw: RawDocument) -> Letter:
    clear_caches()
    doc = Text.from_source(raw.source, raw.page_starts)
    text = doc.view              # every stage matches on the view; offsets are view offsets
    header = parse_header(text)
    use_letter_names(f.value for f in header.recipients if f.value)
    warnings = [Warning(code=c, message=m) for c, m in raw.warnings]
    warnings += [Warning(code=c, message=m, span=doc.span(s, e)) for c, m, s, e in header.warnings]

    attachment = find_issued_attachment(text, header.body_start, header.closing_start)
    start, end = (attachment.start, attachment.end) if attachment else (header.body_start,
                                                                        header.closing_start)
    tables = find_task_tables(text, start, end)
    paras = paragraphs(text, start, end, skip=[(t.start, t.end) for t in tables])
    # a plan's appendix after its signature may hold its task table (ANNOTATION.md: a plan's
    # task table is part of its directive part); its rows sit in no section
    appended = find_task_tables(text, end) if attachment is None else []
    outline = build_outline(paras)
    labels = label_sections(outline.sections, text)
    warnings += [Warning(code=c, message=m, span=doc.span(s, e)) for c, m, s, e in outline.warnings]
    warnings += [Warning(code=c, message=m, span=doc.span(s, e))
                 for c, m, s, e in numbering_warnings(outline.sections)]
    year = header.date_parts[2]

    groups = find_citations(text, _own_ref(header))
    citations, cite_warnings = _citations(doc, groups)
    warnings += cite_warnings

    issuer = header.issuer.value if header.issuer else None
    # a letter to others (công văn, công điện ...), not a plan that allots work to its issuer too
    to_others = bool(header.recipients) and (header.doc_type is None or header.doc_type.value in LETTER_TYPES)
    drafts = build_tasks(outline, labels, year, issuer, to_others=to_others, text=text)
    drafts += table_tasks(tables, year, _section_at(outline, labels))
    drafts += table_tasks(appended, year, lambda offset: None)
    drafts.sort(key=lambda d: d.start)
    # the addressees as agencies: a title before one is not part of it
    recipients = [r for f in header.recipients if f.value for r in _recipients(doc, text, f)]
    addressees = [r[0] for r in recipients]
    after_list = header.recipients[-1].end if header.recipients else header.body_start
    readdress = Addressees(recipients, find_aliases(text, max(0, after_list - 5), after_list + 250), text)
    intro_lead = introduced_lead(outline, year)
    named: dict[tuple[str, int, int], list[tuple[str, int, int]]] = {}   # tasks share their agencies
    by_key = addressed_keys(addressees)       # (compared with every name a task gives)
    tasks = [_task(doc, raw, i, d, groups, by_key, readdress, named) for i, d in enumerate(drafts, 1)]
    for t in tasks:
        if not t.lead:
            warnings.append(Warning(code="task_without_lead",
                                    message=f"task {t.id} names no lead agency", span=t.span))
    if not tasks:
        warnings.append(Warning(code="no_tasks", message="no task was found in the letter"))

    return Letter(
        source=Source(path=raw.path, sha256=raw.sha256, format=raw.format, encoding=raw.encoding,
                      ocr_pages=list(raw.ocr_pages)),
        document=_document(doc, header),
        citations=citations,
        named_references=[
            NamedReference(name=doc.unsplit(n.name, *n.spans[0]),
                           mentions=[_mention(doc, s, e) for s, e in n.spans])
            for n in find_named_references(text)
        ],
        sections=[_section(doc, item, label, intro_lead)
                  for item, label in zip(outline.sections, labels) if label is not None],
        tasks=tasks,
        warnings=warnings,
    )


def _own_ref(header: Header) -> set[str]:
    """The letter's own number and symbol, which is not a citation (ANNOTATION.md)."""
    if not (header.number and header.symbol and header.number.value and header.symbol.value):
        return set()
    year = f"{header.symbol_year}/" if header.symbol_year else ""
    sep = "-" if header.party else "/"
    return {citation_key(f"{header.number.value}{sep}{year}{header.symbol.value}")}


def _recipients(doc: Text, text: str, f) -> list[tuple[str, int, int]]:
    """A Kính gửi item as addressees, its title aside; a list that shares its head ("Các
    sở: Tài chính, Xây dựng, Y tế") is one addressee an item."""
    cut = title_end(f.value)
    item = text[f.start:f.end]
    # (a title before the list's head is dropped with it: "Chủ tịch UBND các tỉnh: A, B")
    if len(units := listed_units(item)) > 1:
        return [(doc.printed_value(n, f.start + s, f.start + e), f.start + s, f.start + e) for n, s, e in units]
    if not cut and shared_heads(item):
        listed = find_agencies(item)
        if len(listed) > 1:
            return [(_listed_name(doc, a.name, f.start + a.start, f.start + a.end), f.start + a.start, f.start + a.end)
                    for a in listed]
    if not cut and len(names := agency_only(item) or []) > 1:
        # an item that names the local bodies of one place ("HĐND, UBND các xã") or bodies the
        # gazetteer knows ("Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam"); a list of kinds
        # ("Các Bộ, cơ quan ngang Bộ") stays the one addressee it is printed as
        listed = [a for a in find_agencies(item)
                  if a.name in names and (a.kind == "local" or is_known_name(a.name))]
        if len(listed) == len(names):
            return [(doc.printed_value(a.name, f.start + a.start, f.start + a.end), f.start + a.start, f.start + a.end)
                    for a in listed]
    return [(doc.printed_value(f.value[cut:], f.start + cut, f.end), f.start + cut, f.end)]


def _listed_name(doc: Text, name: str, start: int, end: int) -> str:
    """An item of a shared-head list as printed, with the head it shares before it."""
    printed = " ".join(doc.printed(start, end).split())
    head = name.split()[0]
    return printed if printed.split()[:1] == [head] else f"{head} {printed}"


def _section_at(outline, labels):
    """The label of the section a text offset falls in (None before the first)."""
    starts = [(item.para.start, label) for item, label in zip(outline.sections, labels)]

    def section_of(offset: int) -> str | None:
        current = None
        for start, label in starts:
            if start <= offset:
                current = label
        return current
    return section_of


def _mention(doc: Text, start: int, end: int) -> Mention:
    span = doc.span(start, end)
    return Mention(start=span.start, end=span.end, page=span.page, text=doc.source[span.start:span.end])


def _field(header_field):
    return header_field.value if header_field else None


def _document(doc: Text, h: Header) -> Document:
    def printed(f):
        """A value read from the letter's words, glued as printed."""
        return doc.unsplit(f.value, f.start, f.end) if f is not None and f.value else _field(f)

    spans = {}
    for name in ("issuer", "parent", "number", "symbol", "place", "doc_type", "subject"):
        f = getattr(h, name)
        if f is not None and f.end > f.start:
            spans[name] = doc.span(f.start, f.end)
    if h.date_field is not None:
        spans["date"] = doc.span(h.date_field.start, h.date_field.end)
    day, month, year = h.date_parts
    return Document(
        issuer=_field(h.issuer), parent=_field(h.parent), number=_field(h.number),
        symbol=_field(h.symbol), place=_field(h.place), date=h.date,
        date_parts=DateParts(day=day, month=month, year=year),
        doc_type=_field(h.doc_type), subject=printed(h.subject),
        recipients=[doc.printed_value(f.value, f.start, f.end) for f in h.recipients if f.value],
        signer=Signer(authority=_field(h.signer_authority), title=_field(h.signer_title),
                      name=printed(h.signer_name)),
        distribution=[printed(f) for f in h.distribution if f.value],
        spans=spans,
    )


def _citations(doc: Text, groups) -> tuple[list[Citation], list[Warning]]:
    out, warnings = [], []
    for g in groups:
        first = g.mentions[0]
        dated = [m for m in g.mentions if m.date]
        issuers = [m for m in g.mentions if m.issuer]
        ref = printed_ref(g)
        if len({m.date for m in dated}) > 1:
            warnings.append(Warning(
                code="citation_dates_differ",
                message=f"{ref} is dated " + " and ".join(dict.fromkeys(m.date for m in dated)),
                span=doc.span(dated[1].start, dated[1].end)))
        for m in (m for m in g.mentions if m.repaired):
            warnings.append(Warning(
                code="citation_ocr_read",
                message=f"{ref}: read across a space OCR put inside the "
                        + " and the ".join(m.repaired),
                span=doc.span(m.start, m.end)))
        names = list(dict.fromkeys(m.issuer for m in issuers))
        if len(names) > 1:
            warnings.append(Warning(
                code="citation_issuers_differ",
                message=f"{ref} is attributed to " + " and to ".join(names),
                span=doc.span(issuers[1].start, issuers[1].end)))
        out.append(Citation(
            ref=ref, doc_type=next((m.doc_type for m in g.mentions if m.doc_type), None),
            number=first.number, year=first.year or (int(dated[0].date[:4]) if dated else None),
            issuer=names[0] if names else None, date=dated[0].date if dated else None,
            mentions=[_mention(doc, m.start, m.end) for m in g.mentions]))
    return out, warnings


def _sentence_case(name: str) -> str:
    return name[:1].lower() + name[1:]


def _distinct(names) -> list[str]:
    """Each name once, as first printed: "Các Cục Thuế" opening a sentence and "các Cục
    Thuế" inside one are one body."""
    first: dict[str, str] = {}
    for n in names:
        first.setdefault(_sentence_case(n), n)
    return list(first.values())


def _section(doc: Text, item: Item, label: str, intro_lead: tuple[str, ...]) -> Section:
    """Agencies the heading names; the letter's general addressee (named in the
    introducing line) is not repeated as a section's own (letter 027)."""
    text = item.para.text
    agencies = agency_only(text)
    if agencies is None:
        roles = find_roles(text)
        agencies = [a.name for a in roles.lead] if roles.rule in ("giao", "chu_tri", "subject") else []
        agencies = [a for a in agencies if not any(same_agency(a, x) for x in intro_lead)]
    printed = join_pieces(item.para.pieces, doc.printed)
    title = printed if len(printed) <= 160 else printed[:160].rsplit(" ", 1)[0] + " …"
    span = doc.span(item.para.start, item.para.end)
    return Section(label=label, title=title,
                   agencies=list(dict.fromkeys(doc.printed_value(a, item.para.start, item.para.end)
                                               for a in agencies)),
                   span=span)


def _deadline(doc: Text, d, start: int, end: int, phrase: str, inherited: bool) -> Deadline:
    return Deadline(kind=d.kind, due=d.due, recurrence=d.recurrence,
                    text=" ".join(doc.printed(start, end).split()), span=doc.span(start, end),
                    inherited=inherited)


def _same_body(a: str, b: str) -> bool:
    """One body named twice, the one name perhaps longer ("Sở Nội vụ", "Sở Nội vụ tỉnh X");
    a bare head ("Bộ") is no name of its own."""
    def words(name: str) -> int:
        return len(name.split()) - name.lower().startswith("các ")
    return min(words(a), words(b)) >= 2 and (same_agency(a, b) or same_agency(b, a))


def _printed_text(doc: Text, d: TaskDraft) -> str:
    """The task's text as printed, from where it starts (after a label) to its end."""
    if not d.paras:               # a table row: one cell
        return " ".join(doc.printed(d.text_from, d.text_from + len(d.text)).split()) \
            if d.text_from is not None else " ".join(d.text.split())
    pieces = [(max(s, d.text_from), e) for p in d.paras for s, e in p.pieces if e > d.text_from]
    return " ".join(join_pieces(pieces, doc.printed).split())


_PRECEDENCE = {"recurring": 0, "relative": 1, "continuous": 2}


def choose_deadline(deadlines: list[Deadline]) -> Deadline | None:
    """The task's own deadline beats an inherited one; among them the first hard one,
    else recurring beats relative beats continuous (ANNOTATION.md)."""
    for pool in ([x for x in deadlines if not x.inherited], [x for x in deadlines if x.inherited]):
        hard = [x for x in pool if x.kind in HARD_KINDS]
        if hard:
            return hard[0]
        if pool:
            return min(pool, key=lambda x: _PRECEDENCE.get(x.kind, 3))
    return None


def _task(doc: Text, raw: RawDocument, n: int, d: TaskDraft, groups, addressees: dict[str, str],
          readdress: Addressees, named: dict[tuple[str, int, int], list[tuple[str, int, int]]]) -> Task:
    deadlines = [_deadline(doc, *x) for x in d.deadlines]
    primary = choose_deadline(deadlines)
    others = [x for x in deadlines if x is not primary]

    def name(value: str, s: int, e: int) -> str:
        printed = doc.printed_value(value, s, e)
        # a title is no part of a name ("Thủ trưởng các cơ quan ... thuộc Bộ" as a heading wrote it)
        # (a known name opening with a title's words stays whole; "Tổng Thanh tra Chính phủ"
        # heads "Thanh tra Chính phủ", not "Chính phủ")
        cut = title_end(printed)
        if cut and len(printed[cut:].split()) >= 2 and not is_known_name(printed):
            rest = printed.split(maxsplit=1)[1]
            printed = rest if is_known_name(rest) else printed[cut:]
        return as_addressed(printed, addressees)

    def addressed(value: str, s: int, e: int) -> list[tuple[str, int, int]]:
        """The name as printed, a re-mention of the addressees as Kính gửi names them (its
        evidence then points at the Kính gửi line); read once per letter."""
        key = (value, s, e)
        if key not in named:
            named[key] = readdress.resolve(name(value, s, e), s, e)
        return named[key]

    def resolved(entries):
        return [(r, rs, re_, i) for v, s, e, i in entries for r, rs, re_ in addressed(v, s, e)]
    lead_ = resolved(d.lead)
    if not lead_:
        # an order that names no agency is addressed to the letter's addressees (ANNOTATION.md)
        lead_ = [(r, rs, re_, True) for r, rs, re_ in readdress.recipients]
    support_ = resolved(d.support)
    report_ = [(name(v, s, e), s, e) for v, s, e in d.report_to]
    if len({x[0] for x in lead_}) == 1:
        # a lone lead does not report to itself ("Sở X tiếp nhận hồ sơ ... chuyển về Sở X")
        report_ = [x for x in report_ if not _same_body(x[0], lead_[0][0])]
    products_ = [(doc.printed_value(v, s, e), s, e) for v, s, e in d.deliverables]
    evidence = (
        [Evidence(field="lead", value=n_, span=doc.span(s, e), inherited=i) for n_, s, e, i in lead_]
        + [Evidence(field="support", value=n_, span=doc.span(s, e), inherited=i)
           for n_, s, e, i in support_]
        + [Evidence(field="report_to", value=n_, span=doc.span(s, e)) for n_, s, e in report_]
        + [Evidence(field="deliverable", value=n_, span=doc.span(s, e))
           for n_, s, e in products_])
    lead = _distinct(x[0] for x in lead_)
    support = [x for x in _distinct(x[0] for x in support_) if _sentence_case(x) not in map(_sentence_case, lead)]
    report_to = _distinct(x[0] for x in report_)
    deliverables = list(dict.fromkeys(x[0] for x in products_))
    cited = [printed_ref(g) for g in groups
             if any(d.start <= m.start < d.end for m in g.mentions)]
    gaps = []
    if not lead:
        gaps += ["người", "trách nhiệm"]
    if primary is None:
        gaps.append("thời gian")
    if not deliverables:
        gaps.append("sản phẩm")
    if not report_to:
        gaps.append("thẩm quyền")
    text = _printed_text(doc, d)
    return Task(
        id=f"{raw.sha256[:8]}-{n:03d}", section=d.section, marker=d.marker,
        text=text, lead=lead, support=support,
        deadline=primary, other_deadlines=others, report_to=report_to,
        deliverables=deliverables, citations=cited, gaps=gaps, evidence=evidence,
        span=doc.span(d.start, d.end))
