"""People correct what chidao extracted: a task's fields edited, a task split, merged with
the next one, added or removed, and the letter accepted. Each change is validated by the
same pydantic models as chidao's JSON, saved to the registry as the letter's corrected
record (the first extraction stays in `letters.original_record`), and kept in
`corrections` with who made it and when, in one transaction with its audit entry.

Two people editing the same task: each save carries the task's version; a save whose
version is no longer current is refused (`Conflict`), never applied over the other."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import ValidationError
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Engine

from pipeline.registry.schema import corrections, letters, sources, tasks
from pipeline.registry.store import ingest_in, now, record_audit
from pipeline.render.rows import vn_date
from schemas import Letter
from schemas.deadline import Deadline
from schemas.gold import GoldLetter
from schemas.task import Task

EDITABLE = ("lead", "support", "report_to", "section", "text", "deadline")


class CorrectionError(ValueError):
    """A value the records refuse; `str()` names the field and the reason."""


class Conflict(RuntimeError):
    """The task changed since the editor loaded it."""


class UnknownLetter(LookupError):
    pass


@dataclass
class Stored:
    letter: Letter
    versions: dict[str, int]
    corrected: bool
    original: Letter | None
    reviewed_by: str | None
    reviewed_at: datetime | None
    text: str | None                     # the letter's text, when it was uploaded
    file_name: str | None


def load(engine: Engine, sha: str) -> Stored:
    with engine.connect() as conn:
        row = conn.execute(select(letters).where(letters.c.sha256 == sha)).first()
        if row is None:
            raise UnknownLetter(sha)
        versions = {r.id: r.version for r in conn.execute(
            select(tasks.c.id, tasks.c.version).where(tasks.c.letter_sha == sha))}
        src = conn.execute(select(sources.c.text, sources.c.name)
                           .where(sources.c.letter_sha == sha)).first()
    return Stored(Letter.model_validate_json(row.record), versions, bool(row.corrected),
                  Letter.model_validate_json(row.original_record) if row.original_record else None,
                  row.reviewed_by, row.reviewed_at, src.text if src else None,
                  src.name if src else None)


def _names(value) -> list[str]:
    """"A; B" or a list, as a clean list of names."""
    items = value.split(";") if isinstance(value, str) else list(value or [])
    return [" ".join(str(i).split()) for i in items if str(i).strip()]


def _deadline(old: Deadline | None, span, kind: str | None, due: str | None,
              recurrence: str | None) -> Deadline | None:
    if not kind:
        return None
    if due:
        try:
            date.fromisoformat(due)
        except ValueError:
            raise CorrectionError(f"deadline.due: {due!r} is not a date (YYYY-MM-DD)") from None
    if old and (old.kind, old.due, old.recurrence) == (kind, due or None, recurrence or None):
        return old
    # the letter's own phrase stays where there was one; a deadline the extraction missed
    # has none in the letter, so its span is empty (nothing to highlight)
    printed = old.text if old else (vn_date(due) if due else kind)
    where = old.span if old else span.model_copy(update={"end": span.start})
    return Deadline.model_validate({"kind": kind, "due": due or None,
                                    "recurrence": recurrence or None, "text": printed,
                                    "span": where.model_dump()})


def edited_task(task: Task, fields: dict) -> Task:
    """`task` with `fields` replaced, validated as chidao's JSON is (CorrectionError)."""
    data = task.model_dump(mode="json")
    for key in ("lead", "support", "report_to"):
        if key in fields:
            data[key] = _names(fields[key])
    if "section" in fields:
        data["section"] = (fields["section"] or "").strip() or None
    if "text" in fields:
        if not (fields["text"] or "").strip():
            raise CorrectionError("text: a task has a text")
        data["text"] = fields["text"].strip()
    try:
        if "deadline" in fields:
            d = fields["deadline"] or {}
            dl = _deadline(task.deadline, task.span, d.get("kind"), d.get("due"), d.get("recurrence"))
            data["deadline"] = dl.model_dump(mode="json") if dl else None
        # evidence of a value no longer there would highlight a name the task lost
        data["evidence"] = [e for e in data["evidence"] if e["field"] == "deliverable"
                            or e["value"] in data.get(e["field"], [])]
        return Task.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "task"
        raise CorrectionError(f"{where}: {err['msg']}") from None


def _bump(conn: Connection, task_id: str, version: int | None) -> None:
    """Take the task's next version, or refuse if another save took it first."""
    query = update(tasks).where(tasks.c.id == task_id)
    if version is not None:
        query = query.where(tasks.c.version == version)
    if not conn.execute(query.values(version=tasks.c.version + 1)).rowcount:
        last = conn.execute(select(corrections.c.by, corrections.c.at)
                            .where(corrections.c.task_id == task_id)
                            .order_by(corrections.c.id.desc())).first()
        who = f" ({last.by}, {last.at:%H:%M %d/%m/%Y})" if last else ""
        raise Conflict(f"Nhiệm vụ {task_id} vừa được người khác sửa{who}; thay đổi của bạn "
                       "chưa được lưu. Tải lại trang để xem bản mới rồi sửa lại.")


def _save(conn: Connection, letter: Letter, new_tasks: list[Task], action: str, task_id: str | None,
          before, after, actor: str) -> Letter:
    changed = letter.model_copy(update={"tasks": new_tasks})
    Letter.model_validate(changed.model_dump(mode="json"))      # the whole record stays valid
    ingest_in(conn, changed, corrected=True)
    dump = lambda x: None if x is None else (x.model_dump_json() if hasattr(x, "model_dump_json")
                                             else json.dumps(x, ensure_ascii=False))
    conn.execute(insert(corrections).values(letter_sha=letter.source.sha256, task_id=task_id,
                                            action=action, before=dump(before), after=dump(after),
                                            by=actor, at=now()))
    record_audit(conn, actor, f"correct:{action}", task_id, letter.source.sha256)
    return changed


def _current(conn: Connection, sha: str) -> Letter:
    row = conn.execute(select(letters.c.record).where(letters.c.sha256 == sha)).first()
    if row is None:
        raise UnknownLetter(sha)
    return Letter.model_validate_json(row.record)


def _index(letter: Letter, task_id: str) -> int:
    for i, t in enumerate(letter.tasks):
        if t.id == task_id:
            return i
    raise CorrectionError(f"{task_id}: no such task in this letter")


def edit_task(engine: Engine, sha: str, task_id: str, version: int | None, fields: dict,
              actor: str) -> Task:
    with engine.begin() as conn:
        letter = _current(conn, sha)
        i = _index(letter, task_id)
        new = edited_task(letter.tasks[i], fields)
        _bump(conn, task_id, version)
        if new != letter.tasks[i]:
            _save(conn, letter, [*letter.tasks[:i], new, *letter.tasks[i + 1:]], "edit", task_id,
                  letter.tasks[i], new, actor)
        return new


def _new_id(conn: Connection, letter: Letter) -> str:
    """An id no task of the letter has had: a removed task's id is never given again."""
    prefix = letter.source.sha256[:8]
    seen = " ".join([t.id for t in letter.tasks] + [
        f"{r.task_id} {r.before or ''} {r.after or ''}" for r in conn.execute(
            select(corrections.c.task_id, corrections.c.before, corrections.c.after)
            .where(corrections.c.letter_sha == letter.source.sha256))])
    numbers = [int(n) for n in re.findall(rf"{prefix}-(\d+)", seen)]
    return f"{prefix}-{max(numbers, default=0) + 1:03d}"


def split_task(engine: Engine, sha: str, task_id: str, version: int | None, at: int,
               actor: str) -> tuple[Task, Task]:
    """Two tasks from one, its text cut at character `at`; both keep its other fields."""
    with engine.begin() as conn:
        letter = _current(conn, sha)
        i = _index(letter, task_id)
        task = letter.tasks[i]
        first, second = task.text[:at].strip(), task.text[at:].strip()
        if not first or not second:
            raise CorrectionError("text: a split leaves text on both sides")
        cut = min(task.span.start + at, task.span.end)
        one = edited_task(task, {"text": first}).model_copy(
            update={"span": task.span.model_copy(update={"end": cut})})
        two = edited_task(task, {"text": second}).model_copy(
            update={"id": _new_id(conn, letter), "span": task.span.model_copy(update={"start": cut})})
        _bump(conn, task_id, version)
        _save(conn, letter, [*letter.tasks[:i], one, two, *letter.tasks[i + 1:]], "split", task_id,
              task, [one.model_dump(mode="json"), two.model_dump(mode="json")], actor)
        return one, two


def merge_with_next(engine: Engine, sha: str, task_id: str, version: int | None,
                    actor: str) -> Task:
    """One task from a task and the one after it: texts joined, agencies united."""
    with engine.begin() as conn:
        letter = _current(conn, sha)
        i = _index(letter, task_id)
        if i + 1 >= len(letter.tasks):
            raise CorrectionError("merge: the last task has no next one")
        a, b = letter.tasks[i], letter.tasks[i + 1]
        union = lambda x, y: list(dict.fromkeys([*x, *y]))
        merged = Task.model_validate({
            **a.model_dump(mode="json"), "text": f"{a.text}\n{b.text}",
            "lead": union(a.lead, b.lead), "support": union(a.support, b.support),
            "report_to": union(a.report_to, b.report_to),
            "deliverables": union(a.deliverables, b.deliverables),
            "citations": union(a.citations, b.citations),
            "deadline": (a.deadline or b.deadline).model_dump(mode="json") if (a.deadline or b.deadline) else None,
            "evidence": [e.model_dump(mode="json") for e in (*a.evidence, *b.evidence)],
            "span": {"start": min(a.span.start, b.span.start), "end": max(a.span.end, b.span.end),
                     "page": a.span.page}})
        _bump(conn, a.id, version)
        _bump(conn, b.id, None)
        _save(conn, letter, [*letter.tasks[:i], merged, *letter.tasks[i + 2:]], "merge", a.id,
              [a.model_dump(mode="json"), b.model_dump(mode="json")], merged, actor)
        return merged


def add_task(engine: Engine, sha: str, fields: dict, actor: str) -> Task:
    """A task the extraction missed, at the end of the letter."""
    with engine.begin() as conn:
        letter = _current(conn, sha)
        blank = Task(id=_new_id(conn, letter), section=None, marker=None, text="-", lead=[], support=[],
                     deadline=None, other_deadlines=[], report_to=[], deliverables=[], citations=[],
                     gaps=[], evidence=[], span={"start": 0, "end": 0})
        new = edited_task(blank, fields)
        _save(conn, letter, [*letter.tasks, new], "add", new.id, None, new, actor)
        return new


def remove_task(engine: Engine, sha: str, task_id: str, version: int | None, actor: str) -> None:
    with engine.begin() as conn:
        letter = _current(conn, sha)
        i = _index(letter, task_id)
        _bump(conn, task_id, version)
        _save(conn, letter, [*letter.tasks[:i], *letter.tasks[i + 1:]], "remove", task_id,
              letter.tasks[i], None, actor)


def accept(engine: Engine, sha: str, actor: str) -> None:
    """The letter is reviewed: its record, corrected or not, is the office's."""
    with engine.begin() as conn:
        letter = _current(conn, sha)
        conn.execute(update(letters).where(letters.c.sha256 == sha)
                     .values(reviewed_by=actor, reviewed_at=now(), corrected=True))
        conn.execute(insert(corrections).values(letter_sha=sha, task_id=None, action="accept",
                                                before=None, after=None, by=actor, at=now()))
        record_audit(conn, actor, "accept", None, sha, {"tasks": len(letter.tasks)})


def history(engine: Engine, sha: str) -> list:
    with engine.connect() as conn:
        return conn.execute(select(corrections).where(corrections.c.letter_sha == sha)
                            .order_by(corrections.c.id)).all()


# ---------------------------------------------------------------- corrections as test data

def gold_of(letter: Letter) -> dict:
    """A letter as a gold file (../shared/ANNOTATION.md), validated by the gold model."""
    d = letter.document
    deadline = lambda dl: {"kind": dl.kind, "due": dl.due, "recurrence": dl.recurrence}
    data = {
        "document": {"number": d.number, "symbol": d.symbol, "date": d.date, "issuer": d.issuer,
                     "doc_type": d.doc_type},
        "citations": [{"ref": c.ref, "date": c.date} for c in letter.citations],
        "sections": [{"label": s.label, "agencies": s.agencies} for s in letter.sections],
        "tasks": [{"section": t.section, "text": t.text, "lead": t.lead, "support": t.support,
                   "deadline": deadline(t.deadline) if t.deadline else None,
                   "other_deadlines": [deadline(o) for o in t.other_deadlines],
                   "report_to": t.report_to, "deliverables": t.deliverables} for t in letter.tasks],
    }
    return GoldLetter.model_validate(data).model_dump(mode="json")


def export_gold(engine: Engine, out) -> int:
    """Every corrected or reviewed letter as corpus files: OUT/gold/<stem>.json and, when its
    text was uploaded, OUT/letters/<stem>.txt. The number of letters written."""
    from pathlib import Path

    out = Path(out)
    with engine.connect() as conn:
        rows = conn.execute(select(letters.c.sha256, letters.c.record, sources.c.text)
                            .outerjoin(sources, sources.c.letter_sha == letters.c.sha256)
                            .where(letters.c.corrected.is_(True))
                            .order_by(letters.c.sha256)).all()
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for r in rows:
        stem = f"web_{r.sha256[:16]}"
        body = json.dumps(gold_of(Letter.model_validate_json(r.record)), ensure_ascii=False, indent=2)
        (out / "gold" / f"{stem}.json").write_text(body + "\n", encoding="utf-8")
        if r.text is not None:
            (out / "letters").mkdir(exist_ok=True)
            (out / "letters" / f"{stem}.txt").write_text(r.text, encoding="utf-8")
    return len(rows)
