"""Reading and writing the registry: letters in, tasks out, progress appended.

Ingesting is idempotent by the letter's content hash; a letter's tasks keep the ids
extraction gives them (hash prefix and number), so updates stay attached across
re-ingests. A hand-corrected JSON record replaces an extraction of the same letter; an
extraction never replaces a corrected record.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from extractors.agency_names import agency_key
from extractors.citations import citation_key
from pipeline.registry.gazetteer import Gazetteer
from pipeline.registry.schema import citations, letters, task_agencies, tasks, updates
from pipeline.registry.status import OPEN_LATE, Judged, judge
from pipeline.render.rows import letter_ref
from schemas import Letter
from schemas.task import Task


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def ingest(engine: Engine, letter: Letter, corrected: bool = False) -> str:
    """Store a letter and its tasks: "added", "replaced" or "unchanged"."""
    sha = letter.source.sha256
    with engine.begin() as conn:
        row = conn.execute(select(letters.c.corrected, letters.c.record)
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
                corrected=corrected, record=record, ref=letter_ref(letter)))
        else:
            d = letter.document
            conn.execute(insert(letters).values(
                sha256=sha, ref=letter_ref(letter), number=d.number, symbol=d.symbol,
                issuer=d.issuer, date=_date(d.date), doc_type=d.doc_type,
                source_path=letter.source.path, corrected=corrected, record=record))
        existing = {r.id for r in conn.execute(select(tasks.c.id).where(tasks.c.letter_sha == sha))}
        for n, t in enumerate(letter.tasks, 1):
            values = dict(letter_sha=sha, n=n, section=t.section, text=t.text,
                          deadline_kind=t.deadline.kind if t.deadline else None,
                          due=_date(t.deadline.due) if t.deadline else None,
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
               by: str | None = None) -> None:
    with engine.begin() as conn:
        if conn.execute(select(tasks.c.id).where(tasks.c.id == task_id)).first() is None:
            raise UnknownTask(task_id)
        conn.execute(insert(updates).values(task_id=task_id, status=status, date=on, note=note, by=by))


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


def list_tasks(engine: Engine, gazetteer: Gazetteer, as_of: date, agency: str | None = None,
               letter: str | None = None, status: str | None = None,
               due_before: date | None = None, overdue: bool = False) -> list[TaskView]:
    with engine.connect() as conn:
        query = select(tasks.c.id, tasks.c.record, tasks.c.letter_sha, tasks.c.section,
                       tasks.c.deadline_kind, tasks.c.due, tasks.c.recurrence, letters.c.ref) \
            .join(letters, letters.c.sha256 == tasks.c.letter_sha).order_by(letters.c.ref, tasks.c.n)
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
        for u in conn.execute(select(updates).order_by(updates.c.id)):
            history.setdefault(u.task_id, []).append(u)
    out = []
    for r in rows:
        done = [u for u in history.get(r.id, []) if u.status == "done"]
        last = history.get(r.id, [None])[-1]
        judged = judge(r.deadline_kind, r.due, r.recurrence, done[-1].date if done else None, as_of)
        view = TaskView(r.id, r.ref, r.letter_sha, r.section, Task.model_validate_json(r.record),
                        judged, last.date if last else None, last.note if last else "")
        if status and judged.status != status:
            continue
        if overdue and judged.status != OPEN_LATE:
            continue
        if due_before and not (judged.due and judged.due < due_before):
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
