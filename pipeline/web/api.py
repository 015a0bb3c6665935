"""The JSON API (/api/...): the same rights as the pages, a session cookie (with its CSRF
token in X-CSRF-Token for changes) or a personal token (Authorization: Bearer ...).
The OpenAPI description is /api/openapi.json."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from pipeline.registry import corrections as fix
from pipeline.registry import extensions as ext
from pipeline.registry.status import STATUSES
from pipeline.registry.store import TaskView, add_update, list_tasks
from pipeline.render.rows import letter_ref
from pipeline.web.auth import Actor, api_actor, api_right, need
from pipeline.web.common import engine_of, gazetteer_of, scope, today, visible_task
from pipeline.web.convert import max_upload, read_upload_name

router = APIRouter(prefix="/api", tags=["api"])


class TaskOut(BaseModel):
    id: str
    letter: str
    letter_id: str
    section: str | None
    text: str
    lead: list[str]
    support: list[str]
    report_to: list[str]
    deadline: str | None = Field(description="the deadline as the letter prints it")
    due: dt.date | None = Field(description="the deadline in force (after an approved extension)")
    original_due: dt.date | None = Field(description="the letter's own deadline")
    status: str = Field(description="one of the four statuses offices report")
    overdue_days: int
    last_update: dt.date | None
    last_note: str
    version: int


class LetterOut(BaseModel):
    id: str
    ref: str
    reviewed: bool
    record: dict = Field(description="the letter as chidao's JSON (the corrected one, if corrected)")
    tasks: list[TaskOut]


class UploadOut(BaseModel):
    id: str | None
    state: Literal["done", "duplicate", "failed"]
    reason: str = ""
    ref: str = ""
    tasks: list[TaskOut] = []


class TaskPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["in_progress", "done"] | None = None
    note: str | None = None
    date: dt.date | None = None
    version: int | None = Field(None, description="the version read; a stale one is refused (409)")
    lead: list[str] | None = None
    support: list[str] | None = None
    report_to: list[str] | None = None
    section: str | None = None
    text: str | None = None
    deadline_kind: str | None = None
    deadline_due: str | None = None
    deadline_recurrence: str | None = None


def visible(*rights: str):
    """A dependency: (caller, task) when the caller has a right and may see the task; so
    another agency's task is a 404 before its body is even read."""
    def dependency(request: Request, task_id: str,
                   actor: Actor = Depends(api_right(*rights))) -> tuple[Actor, TaskView]:
        return actor, visible_task(request, actor, task_id)
    return dependency


def task_out(v: TaskView) -> TaskOut:
    return TaskOut(id=v.id, letter=v.letter, letter_id=v.letter_sha, section=v.section, text=v.task.text,
                   lead=v.task.lead, support=v.task.support, report_to=v.task.report_to,
                   deadline=v.task.deadline.text if v.task.deadline else None, due=v.judged.due,
                   original_due=v.original_due, status=v.judged.status,
                   overdue_days=v.judged.overdue_days, last_update=v.last_update,
                   last_note=v.last_note, version=v.version)


def _letter(request: Request, sha: str) -> LetterOut:
    try:
        stored = fix.load(engine_of(request), sha)
    except fix.UnknownLetter:
        raise HTTPException(404, "Không có văn bản này.") from None
    views = list_tasks(engine_of(request), gazetteer_of(request), today(), letter=sha, chasing=True)
    return LetterOut(id=sha, ref=letter_ref(stored.letter), reviewed=stored.reviewed_at is not None,
                     record=stored.letter.model_dump(mode="json"),
                     tasks=[task_out(v) for v in views if v.letter_sha == sha])


@router.post("/letters", response_model=UploadOut,
             responses={201: {"model": UploadOut}, 422: {"description": "the file could not be read"}})
async def upload_letter(request: Request, file: UploadFile = File(...),
                        actor: Actor = Depends(api_right("edit"))):
    """Upload one letter (multipart, field `file`); the answer waits for its conversion."""
    need(actor, "edit")
    data = await file.read(max_upload() + 1)
    item = await request.app.state.converter.convert_one(read_upload_name(file.filename), data, actor.name)
    if item.state == "failed":
        return JSONResponse(UploadOut(id=None, state="failed", reason=item.reason).model_dump(mode="json"),
                            status_code=422)
    letter = _letter(request, item.sha)
    body = UploadOut(id=item.sha, state=item.state, ref=letter.ref, tasks=letter.tasks)
    return JSONResponse(body.model_dump(mode="json"), status_code=201 if item.state == "done" else 200)


@router.get("/letters", response_model=list[dict])
def letters_list(request: Request, actor: Actor = Depends(api_actor)):
    """Letters of the registry: id, ref, reviewed."""
    need(actor, "read_all")
    from sqlalchemy import select

    from pipeline.registry.schema import letters
    with engine_of(request).connect() as conn:
        return [{"id": r.sha256, "ref": r.ref, "reviewed": r.reviewed_at is not None}
                for r in conn.execute(select(letters.c.sha256, letters.c.ref, letters.c.reviewed_at)
                                      .order_by(letters.c.ref))]


@router.get("/letters/{letter_id}", response_model=LetterOut)
def letter(request: Request, letter_id: str, actor: Actor = Depends(api_actor)):
    need(actor, "read_all")
    return _letter(request, letter_id)


@router.get("/tasks", response_model=list[TaskOut])
def tasks(request: Request, actor: Actor = Depends(api_actor),
          agency: str | None = None, letter: str | None = None,
          status: str | None = Query(None, description="; ".join(STATUSES)),
          due_from: dt.date | None = None, due_to: dt.date | None = None, overdue: bool = False,
          q: str | None = Query(None, description="words of the task's text or its agencies")):
    """Tasks an account may see, with the filters of the task list."""
    if actor.role == "admin":
        raise HTTPException(403, "Tài khoản quản trị không theo dõi nhiệm vụ.")
    if status and status not in STATUSES:
        raise HTTPException(422, f"status: one of {'; '.join(STATUSES)}")
    views = list_tasks(engine_of(request), gazetteer_of(request), today(),
                       agency=scope(actor) or agency, letter=letter, status=status,
                       due_before=due_to + dt.timedelta(days=1) if due_to else None, overdue=overdue,
                       due_after=due_from, text=q)
    return [task_out(v) for v in views]


@router.get("/tasks/{task_id}", response_model=TaskOut)
def task(request: Request, task_id: str, actor: Actor = Depends(api_actor)):
    return task_out(visible_task(request, actor, task_id))


@router.patch("/tasks/{task_id}", response_model=TaskOut)
def patch_task(request: Request, task_id: str, body: TaskPatch,
               seen: tuple = Depends(visible("progress", "edit"))):
    """Progress (`status`, `note`, `date`: agencies and clerks) and corrected fields
    (clerks; with `version`, a stale edit is refused with 409)."""
    actor, view = seen
    engine = engine_of(request)
    fields = {k: v for k, v in body.model_dump(exclude_unset=True).items()
              if k in ("lead", "support", "report_to", "section", "text")}
    if body.deadline_kind is not None:
        fields["deadline"] = {"kind": body.deadline_kind, "due": body.deadline_due,
                              "recurrence": body.deadline_recurrence}
    if fields:
        need(actor, "edit")
        try:
            fix.edit_task(engine, view.letter_sha, task_id, body.version, fields, actor.name)
        except fix.Conflict as exc:
            raise HTTPException(409, str(exc)) from None
        except fix.CorrectionError as exc:
            raise HTTPException(422, str(exc)) from None
    if body.status or body.note:
        need(actor, "progress")
        if not body.status or not (body.note or "").strip():
            raise HTTPException(422, "status and note go together")
        add_update(engine, task_id, body.status, body.date or today(), body.note.strip(),
                   actor.user.agency or actor.user.label, actor.name)
    elif not fields:
        raise HTTPException(422, "nothing to change: give status and note, or corrected fields")
    return task_out(visible_task(request, actor, task_id))


class ExtensionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    new_due: dt.date
    reason: str


@router.post("/tasks/{task_id}/extensions", status_code=201)
def request_extension(request: Request, task_id: str, body: ExtensionIn,
                      seen: tuple = Depends(visible("request"))):
    """An agency asks for a later deadline (one pending request a task)."""
    actor, _ = seen
    try:
        rid = ext.request(engine_of(request), task_id, body.new_due, body.reason, actor.name)
    except ext.ExtensionError as exc:
        raise HTTPException(409, str(exc)) from None
    return {"id": rid, "state": "pending"}


@router.get("/agencies")
def agencies(request: Request, actor: Actor = Depends(api_actor)) -> dict:
    """The gazetteer's agencies and communes (names to use for `agency`)."""
    places = gazetteer_of(request)
    return {"province": places.province, "agencies": places.agencies,
            "communes": sorted(places.communes.values())}
