"""Draft letters from extracted tasks: an assignment letter (công văn giao nhiệm vụ)
grouped by lead agency, and follow-up letters (công văn đôn đốc) with each task's
state at a date. What a letter says is built here as plain data (`LetterView`); the
layout is templates/letter.docx and templates/letter.html.j2.

Each task is written as the letter printed it. What the source said once for several
tasks goes where the draft says it: the lead into its section's heading ("Giao X chủ
trì ..."), and support, deadline and report-to, when the item does not name them, at
the end of the item; so extracting the draft gives back the source's tasks.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import regex

from extractors.agency_names import agency_key
from extractors.patterns import fold
from extractors.roles import find_roles
from pipeline.render.office import Office
from pipeline.render.rows import clean, one_line, vn_date
from schemas import Letter
from schemas.deadline import HARD_KINDS
from schemas.task import Task

BLANK = "\u00a0" * 6          # Số and the day and month of a draft: the văn thư fills them


@dataclass
class Block:
    kind: str                 # "heading" | "paragraph" | "item"
    text: str


@dataclass
class LetterView:
    office: Office
    subject: str
    place_date: str
    recipients: list[str]
    body: list[Block]
    distribution: list[str]
    number_blank: str = BLANK
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ shared wording

def full_reference(letter: Letter) -> str:
    """The source letter cited in full: "Công văn số 1234/UBND-KGVX ngày 20/11/2025 của
    Ủy ban nhân dân tỉnh Phú Thọ về việc ..." (what it prints of it)."""
    d = letter.document
    kind = (d.doc_type or "văn bản").capitalize()
    code = f"{d.number or '…'}/{d.symbol}" if d.symbol else ""
    out = f"{kind} số {code}" if code else kind
    if d.date:
        out += f" ngày {vn_date(d.date)}"
    if d.issuer:
        out += f" của {d.issuer}"
    if d.subject:
        subject = regex.sub(r"^(?:V/v|Về việc)\s*", "", one_line(d.subject)).rstrip(" .;,")
        out += f" về việc {subject}" if not subject.lower().startswith("về") else f" {subject}"
    return out


def short_reference(letter: Letter) -> str:
    d = letter.document
    kind = (d.doc_type or "văn bản").capitalize()
    return f"{kind} số {d.number or '…'}/{d.symbol}" if d.symbol else kind


def place_date(office: Office, on: date | None, year: int) -> str:
    place = office.place or "......"
    if on is None:
        return f"{place}, ngày{BLANK}tháng{BLANK}năm {year}"
    return f"{place}, ngày {on.day:02d} tháng {on.month:02d} năm {on.year}"


def distribution(office: Office) -> list[str]:
    unit = f", {office.unit}" if office.unit else ""
    return ["Như trên", f"Lưu: VT{unit}"]


def _mentions(text: str, phrase: str) -> bool:
    return fold(one_line(phrase)) in fold(one_line(text))


def task_sentence(task: Task) -> str:
    """The task as printed, completed with what it inherited: support, deadline, report-to."""
    text = one_line(task.text).rstrip(" ;.")
    extra = []
    if not _supports_in_heading(task):
        # a support the item's own words name as one ("Hội Cựu chiến binh" inside "Hội Cựu
        # chiến binh các cấp" is not): what a reader of the item would not find is added
        named = {agency_key(a.name) for a in find_roles(text).support}
        missing = [a for a in task.support if agency_key(a) not in named]
        if missing:
            extra.append("phối hợp với " + ", ".join(missing))
    if task.deadline and (task.deadline.inherited or not _mentions(text, task.deadline.text)):
        extra.append("thời hạn: " + one_line(task.deadline.text))
    missing = [a for a in task.report_to if not _mentions(text, a)]
    if missing:
        extra.append("báo cáo " + ", ".join(missing))
    return text + ("; " + "; ".join(extra) if extra else "") + "."


def _supports_in_heading(task: Task) -> list[str]:
    """Supports a "Phối hợp với X ..." item had from its heading: the item names the
    lead, so they go to the heading of its group ("Giao X chủ trì, phối hợp với H")."""
    text = one_line(task.text)
    if not fold(text[:12]).lower().startswith("phoi hop"):
        return []
    return [a for a in task.support if not _mentions(text, a)]


def _join_agencies(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


# ------------------------------------------------------------------ assignment

def assignment_letter(letters: list[Letter], office: Office, on: date | None = None) -> LetterView:
    """A công văn assigning every task of `letters`, a numbered section a lead agency."""
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Task]] = {}
    for letter in letters:
        for task in letter.tasks:
            key = (tuple(task.lead), tuple(_supports_in_heading(task)))
            groups.setdefault(key, []).append(task)
    year = on.year if on else (letters[0].document.date_parts.year or date.today().year)
    body = [Block("paragraph", f"Thực hiện {'; '.join(full_reference(x) for x in letters)}, "
                               f"{office.issuer or 'cơ quan'} giao nhiệm vụ cụ thể như sau:")]
    for n, ((leads, supports), tasks) in enumerate(
            sorted(groups.items(), key=lambda g: not g[0][0]), 1):
        if leads:
            helpers = f", phối hợp với {_join_agencies(list(supports))}" if supports else ""
            body.append(Block("heading", f"{n}. Giao {_join_agencies(list(leads))} chủ trì{helpers} "
                                         "thực hiện các nhiệm vụ sau:"))
        else:
            body.append(Block("heading", f"{n}. Các nhiệm vụ chưa rõ cơ quan chủ trì:"))
        body += [Block("item", f"- {task_sentence(t)}") for t in tasks]
    report = office.report_to or office.issuer
    body.append(Block("paragraph", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các "
                                   f"cơ quan, đơn vị kịp thời báo cáo {report} để được hướng dẫn, "
                                   "giải quyết."))
    body.append(Block("paragraph", "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./."))
    recipients = _unique([a for leads, _ in groups for a in leads])
    subject = "triển khai thực hiện " + "; ".join(short_reference(x) for x in letters)
    return _cleaned(LetterView(office, subject, place_date(office, on, year),
                               recipients or ["Các cơ quan, đơn vị liên quan"], body,
                               distribution(office)))


# ------------------------------------------------------------------ follow-up

def task_state(task: Task, as_of: date) -> tuple[str, bool]:
    """What a follow-up says of a task's deadline at `as_of`, and whether it is overdue."""
    dl = task.deadline
    if dl is None:
        return "chưa có thời hạn", False
    if dl.kind == "continuous":
        return "thực hiện thường xuyên", False
    if dl.kind == "recurring":
        return f"định kỳ ({one_line(dl.text)})", False
    if dl.kind in HARD_KINDS and dl.due:
        due = date.fromisoformat(dl.due)
        days = (as_of - due).days
        if days > 0:
            return f"thời hạn {vn_date(dl.due)}, đã quá hạn {days} ngày", True
        return f"thời hạn {vn_date(dl.due)}, còn {-days} ngày", False
    return f"thời hạn: {one_line(dl.text)}", False


def agencies(letters: list[Letter]) -> list[str]:
    return _unique([a for x in letters for t in x.tasks for a in t.lead])


def followup_letters(letters: list[Letter], office: Office, as_of: date,
                     report_by: date | None = None, agency: str | None = None,
                     to_all: bool = False, on: date | None = None) -> list[tuple[str, LetterView]]:
    """Follow-up letters, one an agency (or one to all): (agency, letter)."""
    report_by = report_by or as_of + timedelta(days=7)
    names = agencies(letters)
    if agency:
        key = agency_key(agency)
        names = [n for n in _unique(names + [a for x in letters for t in x.tasks for a in t.support])
                 if agency_key(n) == key]
        if not names:
            return []
    if to_all:
        return [("", _followup(letters, office, as_of, report_by, names, on))]
    return [(n, _followup(letters, office, as_of, report_by, [n], on)) for n in names]


def _followup(letters, office, as_of, report_by, names, on) -> LetterView:
    year = (on or as_of).year
    refs = "; ".join(full_reference(x) for x in letters)
    whom = names[0] if len(names) == 1 else "các cơ quan, đơn vị"
    body = [Block("paragraph", f"Thực hiện {refs}, {whom} được giao chủ trì, phối hợp thực "
                               f"hiện các nhiệm vụ. Theo dõi đến ngày {vn_date(as_of.isoformat())}, "
                               "các nhiệm vụ và thời hạn như sau:")]
    for n, name in enumerate(names, 1):
        if len(names) > 1:
            body.append(Block("heading", f"{n}. {name}:"))
        for letter in letters:
            for task in letter.tasks:
                keys = {agency_key(a) for a in task.lead}
                role = "chủ trì" if agency_key(name) in keys else (
                    "phối hợp" if agency_key(name) in {agency_key(a) for a in task.support} else None)
                if role is None:
                    continue
                state, _ = task_state(task, as_of)
                text = one_line(task.text).rstrip(" ;.")
                body.append(Block("item", f"- {text} ({role}; {state})."))
    body.append(Block("paragraph", f"Để bảo đảm tiến độ, {office.issuer or 'cơ quan'} đề nghị "
                                   f"{whom} khẩn trương thực hiện các nhiệm vụ nêu trên, nhất là "
                                   "các nhiệm vụ đã quá hạn; báo cáo kết quả thực hiện về "
                                   f"{office.report_to or office.issuer} trước ngày "
                                   f"{vn_date(report_by.isoformat())}./."))
    subject = "đôn đốc thực hiện nhiệm vụ tại " + "; ".join(short_reference(x) for x in letters)
    return _cleaned(LetterView(office, subject, place_date(office, on, year), names, body,
                               distribution(office)))


# ------------------------------------------------------------------ output

def render_docx(view: LetterView) -> bytes:
    from docxtpl import DocxTemplate

    from templates import TEMPLATES

    tpl = DocxTemplate(TEMPLATES / "letter.docx")
    tpl.render(_context(view), autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def render_html(view: LetterView) -> bytes:
    from pipeline.render.tables import jinja

    return jinja().get_template("letter.html.j2").render(**_context(view)).encode("utf-8")


def write_letter(view: LetterView, out: Path) -> None:
    kind = out.suffix.lower()
    data = render_docx(view) if kind == ".docx" else render_html(view)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)


def _context(view: LetterView) -> dict:
    # "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG": one line each, then the title
    signer = [line.strip() for line in view.office.signer_authority.split("/") if line.strip()]
    signer += [view.office.signer_title] if view.office.signer_title else []
    return {"office": view.office, "subject": view.subject, "place_date": view.place_date,
            "recipients": view.recipients, "body": view.body, "distribution": view.distribution,
            "number_blank": view.number_blank, "signer_lines": signer}


def _cleaned(view: LetterView) -> LetterView:
    """Letter text is data: characters XML cannot hold are dropped, with a warning."""
    dropped: list[str] = []
    view.subject = clean(view.subject, dropped)
    view.place_date = clean(view.place_date, dropped)
    view.recipients = [clean(r[:1].upper() + r[1:], dropped) for r in view.recipients]
    view.distribution = [clean(r, dropped) for r in view.distribution]
    for b in view.body:
        b.text = clean(b.text, dropped)
    values = {k: clean(v, dropped) for k, v in view.office.model_dump().items()}
    view.office = Office(**values)
    if dropped:
        view.warnings.append(f"dropped {len(dropped)} characters that XML cannot hold")
    return view


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        if agency_key(n) not in seen:
            seen.add(agency_key(n))
            out.append(n)
    return out


def slug(name: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")[:60] or "co-quan"
