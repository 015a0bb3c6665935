"""Reading and writing the registry: letters in, tasks out, progress appended.

Ingesting is idempotent by the letter's content hash; a letter's tasks keep the ids
extraction gives them (hash prefix and number), so updates stay attached across
re-ingests. A hand-corrected JSON record replaces an extraction of the same letter; an
extraction never replaces a corrected record.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.engine import Connection, Engine

from extractors.agency_names import agency_key
from extractors.citations import citation_key
from pipeline.registry.gazetteer import Gazetteer
from pipeline.registry.schema import audit, citations, letters, task_agencies, tasks, updates
from pipeline.registry.status import DONE_ON_TIME, OPEN_LATE, Judged, judge
from pipeline.registry.workdays import relative_due
from pipeline.render.rows import letter_ref
from schemas import Letter
from schemas.task import Task


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def now() -> datetime:
    """When a change is recorded: local time to the second (offices keep one time zone)."""
    return datetime.now().replace(microsecond=0)


def record_audit(conn: Connection, actor: str, action: str, task_id: str | None = None,
                 letter_sha: str | None = None, detail: dict | str = "") -> None:
    """An audit entry, written in the transaction of the change it records."""
    if not isinstance(detail, str):
        detail = json.dumps(detail, ensure_ascii=False, default=str)
    conn.execute(insert(audit).values(at=now(), actor=actor, action=action, task_id=task_id,
                                      letter_sha=letter_sha, detail=detail))


def ingest(engine: Engine, letter: Letter, corrected: bool = False) -> str:
    """Store a letter and its tasks: "added", "replaced" or "unchanged"."""
    with engine.begin() as conn:
        return ingest_in(conn, letter, corrected)


def ingest_in(conn: Connection, letter: Letter, corrected: bool = False) -> str:
    """`ingest` inside a transaction the caller holds (a correction and its audit entry)."""
    sha = letter.source.sha256
    row = conn.execute(select(letters.c.corrected, letters.c.record, letters.c.original_record)
                       .where(letters.c.sha256 == sha)).first()
    record = letter.model_dump_json()
    if row is not None and (row.corrected and not corrected or row.record == record):
        return "unchanged"
    if row is not None:
        # keep the progress history of tasks that remain, whatever else changes
        conn.execute(delete(citations).where(citations.c.letter_sha == sha))
        ids = [t.id for t in letter.tasks]
        old = [r.id for r in conn.execute(select(tasks.c.id).where(tasks.c.letter_sha == sha))]
        gone = [i for i in old if i not in ids]
        if gone:
            conn.execute(delete(updates).where(updates.c.task_id.in_(gone)))
        conn.execute(delete(task_agencies).where(task_agencies.c.task_id.in_(old)))
        conn.execute(delete(tasks).where(tasks.c.letter_sha == sha).where(tasks.c.id.in_(gone)))
        conn.execute(letters.update().where(letters.c.sha256 == sha).values(
            corrected=corrected, record=record, ref=letter_ref(letter),
            original_record=row.original_record or (row.record if corrected and not row.corrected
                                                    else None)))
    else:
        d = letter.document
        conn.execute(insert(letters).values(
            sha256=sha, ref=letter_ref(letter), number=d.number, symbol=d.symbol,
            issuer=d.issuer, date=_date(d.date), doc_type=d.doc_type,
            source_path=letter.source.path, corrected=corrected, record=record))
    existing = {r.id for r in conn.execute(select(tasks.c.id).where(tasks.c.letter_sha == sha))}
    signed = _date(letter.document.date)
    for n, t in enumerate(letter.tasks, 1):
        due = None
        if t.deadline:
            due = _date(t.deadline.due) or relative_due(t.deadline.text, signed)
        values = dict(letter_sha=sha, n=n, section=t.section, text=t.text,
                      deadline_kind=t.deadline.kind if t.deadline else None,
                      due=due,
                      recurrence=t.deadline.recurrence if t.deadline else None,
                      deadline_text=t.deadline.text if t.deadline else None,
                      record=t.model_dump_json())
        if t.id in existing:
            conn.execute(tasks.update().where(tasks.c.id == t.id).values(**values))
        else:
            conn.execute(insert(tasks).values(id=t.id, **values))
        rows = [dict(task_id=t.id, role=role, name=name, key=agency_key(name))
                for role, names in (("lead", t.lead), ("support", t.support),
                                    ("report_to", t.report_to)) for name in names]
        if rows:
            conn.execute(insert(task_agencies), rows)
    cites = [dict(letter_sha=sha, ref=c.ref, key=citation_key(c.ref), date=_date(c.date))
             for c in letter.citations]
    if cites:
        conn.execute(insert(citations), cites)
    return "replaced" if row is not None else "added"


class UnknownTask(LookupError):
    pass


def add_update(engine: Engine, task_id: str, status: str, on: date, note: str,
               by: str | None = None, actor: str | None = None) -> None:
    """Append a progress note; its audit entry is written in the same transaction."""
    with engine.begin() as conn:
        add_update_in(conn, task_id, status, on, note, by, actor)


def add_update_in(conn: Connection, task_id: str, status: str, on: date, note: str,
                  by: str | None = None, actor: str | None = None) -> None:
    if conn.execute(select(tasks.c.id).where(tasks.c.id == task_id)).first() is None:
        raise UnknownTask(task_id)
    conn.execute(insert(updates).values(task_id=task_id, status=status, date=on, note=note, by=by))
    record_audit(conn, actor or f"cli:{by or ''}", "update", task_id,
                 detail={"status": status, "date": on.isoformat(), "note": note, "by": by})


@dataclass
class TaskView:
    id: str
    letter: str
    letter_sha: str
    section: str | None
    task: Task
    judged: Judged
    last_update: date | None
    last_note: str
    original_due: date | None = None        # the letter's deadline
    version: int = 1
    on_time: bool | None = None             # done by the original deadline (None: not done)
    done_on: date | None = None
    extended: bool = False                  # an approved extension moved the deadline


def list_tasks(engine: Engine, gazetteer: Gazetteer, as_of: date, agency: str | None = None,
               letter: str | None = None, status: str | None = None,
               due_before: date | None = None, overdue: bool = False, *,
               due_after: date | None = None, text: str | None = None,
               ids: list[str] | None = None, chasing: bool = False) -> list[TaskView]:
    """Tasks with their status at `as_of`. Overdue is judged against the deadline in force
    (an approved extension moves it); on time against the letter's own. The tasks of a
    đôn đốc letter that chase tracked ones are left out unless `chasing`."""
    with engine.connect() as conn:
        query = select(tasks.c.id, tasks.c.record, tasks.c.letter_sha, tasks.c.section,
                       tasks.c.deadline_kind, tasks.c.due, tasks.c.current_due, tasks.c.version,
                       tasks.c.recurrence, letters.c.ref) \
            .join(letters, letters.c.sha256 == tasks.c.letter_sha).order_by(letters.c.ref, tasks.c.n)
        if not chasing:
            query = query.where(tasks.c.chases.is_(None))
        if ids is not None:
            query = query.where(tasks.c.id.in_(ids))
        if text:
            words = [w for w in text.split() if w]
            for w in words:
                like = f"%{w.lower()}%"
                query = query.where(or_(func.lower(tasks.c.text).like(like),
                                        tasks.c.id.in_(select(task_agencies.c.task_id)
                                                       .where(func.lower(task_agencies.c.name).like(like)))))
        if agency:
            names = [r.name for r in conn.execute(select(task_agencies.c.name).distinct())]
            wanted = [n for n in names if gazetteer.addresses(n, agency)]
            ids = select(task_agencies.c.task_id).where(task_agencies.c.name.in_(wanted)) \
                .where(task_agencies.c.role.in_(["lead", "support"]))
            query = query.where(tasks.c.id.in_(ids))
        if letter:
            key = citation_key(letter)
            refs = [r for r in conn.execute(select(letters.c.sha256, letters.c.ref, letters.c.number,
                                                   letters.c.symbol))
                    if key in (citation_key(r.ref.split(" ", 1)[-1]),
                               citation_key(f"{r.number}/{r.symbol}")) or r.sha256.startswith(letter)
                    or letter.casefold() in r.ref.casefold()]
            query = query.where(tasks.c.letter_sha.in_([r.sha256 for r in refs]))
        rows = conn.execute(query).all()
        history = {}
        wanted_ids = {r.id for r in rows}
        notes = select(updates).order_by(updates.c.id)
        if len(wanted_ids) <= 500:           # a page or one task: only their notes
            notes = notes.where(updates.c.task_id.in_(wanted_ids))
        for u in conn.execute(notes):
            if u.task_id in wanted_ids:
                history.setdefault(u.task_id, []).append(u)
    out = []
    for r in rows:
        done = [u for u in history.get(r.id, []) if u.status == "done"]
        last = history.get(r.id, [None])[-1]
        done_on = done[-1].date if done else None
        judged = judge(r.deadline_kind, r.current_due or r.due, r.recurrence, done_on, as_of)
        against_letter = judge(r.deadline_kind, r.due, r.recurrence, done_on, as_of)
        on_time = None if done_on is None else against_letter.status == DONE_ON_TIME
        view = TaskView(r.id, r.ref, r.letter_sha, r.section, Task.model_validate_json(r.record),
                        judged, last.date if last else None, last.note if last else "",
                        r.due, r.version, on_time, done_on, r.current_due is not None)
        if status and judged.status != status:
            continue
        if overdue and judged.status != OPEN_LATE:
            continue
        if due_before and not (judged.due and judged.due < due_before):
            continue
        if due_after and not (judged.due and judged.due >= due_after):
            continue
        out.append(view)
    return out


def refs(engine: Engine, ref: str) -> tuple[list[str], list[str]]:
    """(letters that cite `ref`, documents cited by the letters that are `ref`)."""
    key = citation_key(ref)
    with engine.connect() as conn:
        citing = [r.ref for r in conn.execute(
            select(letters.c.ref).join(citations, citations.c.letter_sha == letters.c.sha256)
            .where(citations.c.key == key).distinct().order_by(letters.c.ref))]
        own = [r.sha256 for r in conn.execute(select(letters.c.sha256, letters.c.number, letters.c.symbol))
               if r.number and r.symbol and citation_key(f"{r.number}/{r.symbol}") == key]
        cited = [r.ref for r in conn.execute(select(citations.c.ref).where(citations.c.letter_sha.in_(own))
                                             .distinct().order_by(citations.c.ref))]
    return citing, cited


def stored_letters(engine: Engine, shas: list[str] | None = None) -> list[Letter]:
    with engine.connect() as conn:
        query = select(letters.c.record).order_by(letters.c.ref)
        if shas is not None:
            query = query.where(letters.c.sha256.in_(shas))
        return [Letter.model_validate_json(r.record) for r in conn.execute(query)]


def json_row(v: TaskView) -> dict:
    return {"id": v.id, "letter": v.letter, "section": v.section, "text": v.task.text,
            "lead": v.task.lead, "support": v.task.support,
            "deadline": v.task.deadline.text if v.task.deadline else None,
            "due": v.judged.due.isoformat() if v.judged.due else None,
            "status": v.judged.status, "overdue_days": v.judged.overdue_days,
            "last_update": v.last_update.isoformat() if v.last_update else None,
            "last_note": v.last_note}


def dumps(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)
