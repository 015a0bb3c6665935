"""Deadlines as offices keep them: an agency asks for more time with a reason, the clerk or
the leader approves or refuses. One pending request a task (a unique index says so, so
two at once cannot both pass). Approval moves the task's current deadline; the letter's
own, against which on-time rates are measured, never moves."""
from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from pipeline.registry.schema import extensions, tasks
from pipeline.registry.store import UnknownTask, now, record_audit


class ExtensionError(ValueError):
    """A request the registry refuses; `str()` says why, in the office's words."""


def request(engine: Engine, task_id: str, new_due: date, reason: str, actor: str) -> int:
    if not reason.strip():
        raise ExtensionError("Cần nêu lý do xin gia hạn.")
    try:
        with engine.begin() as conn:
            row = conn.execute(select(tasks.c.due, tasks.c.current_due)
                               .where(tasks.c.id == task_id)).first()
            if row is None:
                raise UnknownTask(task_id)
            current = row.current_due or row.due
            if current and new_due <= current:
                raise ExtensionError(f"Hạn mới phải sau hạn hiện tại ({current:%d/%m/%Y}).")
            rid = conn.execute(insert(extensions).values(
                task_id=task_id, requested_by=actor, reason=reason.strip(), new_due=new_due,
                state="pending", created_at=now())).inserted_primary_key[0]
            record_audit(conn, actor, "extension:request", task_id,
                         detail={"new_due": new_due.isoformat(), "reason": reason.strip()})
            return rid
    except IntegrityError:
        raise ExtensionError("Nhiệm vụ này đã có một đề nghị gia hạn đang chờ xử lý.") from None


def decide(engine: Engine, request_id: int, approve: bool, actor: str, note: str = "") -> None:
    with engine.begin() as conn:
        row = conn.execute(select(extensions).where(extensions.c.id == request_id)).first()
        if row is None:
            raise ExtensionError("Không có đề nghị gia hạn này.")
        done = conn.execute(update(extensions).where(extensions.c.id == request_id)
                            .where(extensions.c.state == "pending")
                            .values(state="approved" if approve else "refused", decided_by=actor,
                                    decided_at=now(), decision_note=note.strip() or None)).rowcount
        if not done:
            raise ExtensionError("Đề nghị này đã được xử lý.")
        if approve:
            conn.execute(update(tasks).where(tasks.c.id == row.task_id)
                         .values(current_due=row.new_due, version=tasks.c.version + 1))
        record_audit(conn, actor, "extension:" + ("approve" if approve else "refuse"), row.task_id,
                     detail={"request": request_id, "new_due": row.new_due.isoformat(), "note": note})


def of_task(engine: Engine, task_id: str) -> list:
    with engine.connect() as conn:
        return conn.execute(select(extensions).where(extensions.c.task_id == task_id)
                            .order_by(extensions.c.id)).all()


def pending(engine: Engine, task_ids: list[str] | None = None) -> list:
    with engine.connect() as conn:
        query = select(extensions).where(extensions.c.state == "pending").order_by(extensions.c.id)
        if task_ids is not None:
            query = query.where(extensions.c.task_id.in_(task_ids))
        return conn.execute(query).all()
