"""Letters: upload with progress, the review page (text with its marks beside the task
table), corrections, acceptance, the letter's downloads, and report proposals."""
from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select

from pipeline.registry import corrections as fix
from pipeline.registry import reports
from pipeline.registry.schema import letters, sources, tasks
from pipeline.registry.store import list_tasks
from pipeline.render.rows import letter_ref
from pipeline.web.auth import Actor, check_csrf, need, page_actor
from pipeline.web.common import engine_of, gazetteer_of, render, today
from pipeline.web.convert import KINDS, max_upload, read_upload_name
from pipeline.web.highlight import LABELS, highlighted

router = APIRouter(include_in_schema=False)
KIND_NAMES = {"date": "ngày cụ thể", "month": "trong tháng", "quarter": "trong quý",
              "half": "trong 6 tháng", "year": "trong năm", "recurring": "định kỳ",
              "continuous": "thường xuyên", "relative": "tính từ một mốc"}
RECURRENCE_NAMES = {"daily": "hằng ngày", "weekly": "hằng tuần", "monthly": "hằng tháng",
                    "quarterly": "hằng quý", "half-yearly": "6 tháng", "yearly": "hằng năm"}


async def _form(request: Request, actor: Actor):
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    return form


def _stored(request: Request, sha: str) -> fix.Stored:
    try:
        return fix.load(engine_of(request), sha)
    except fix.UnknownLetter:
        raise HTTPException(404, "Không có văn bản này.") from None


# ------------------------------------------------------------------ upload

@router.get("/upload")
def upload_page(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    return render(request, "upload.html", kinds=", ".join(KINDS), max_mb=max_upload() // 2**20)


@router.post("/upload")
async def upload(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    if int(request.headers.get("content-length") or 0) > max_upload() * 4 + 2**20:
        raise HTTPException(413, f"Tải lên quá lớn: tối đa {max_upload() // 2**20} MB một tệp.")
    form = await _form(request, actor)
    files = [f for f in form.getlist("files") if hasattr(f, "read")]
    uploads = []
    try:
        for f in files:
            data = await f.read(max_upload() + 1)
            uploads.append((read_upload_name(f.filename), data))
    finally:
        await form.close()
    if not uploads:
        return render(request, "upload.html", status_code=422, kinds=", ".join(KINDS),
                      max_mb=max_upload() // 2**20, error="Chưa chọn tệp nào.")
    job = await run_in_threadpool(request.app.state.converter.submit, uploads, actor.name)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    job = request.app.state.converter.job(job_id)
    if job is None or job.owner != actor.name:
        raise HTTPException(404, "Không có lượt tải lên này.")
    name = "job_items.html" if request.headers.get("hx-request") else "job.html"
    return render(request, name, job=job)


# ------------------------------------------------------------------ letters

@router.get("/letters")
def letters_page(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    with engine_of(request).connect() as conn:
        counts = dict(conn.execute(select(tasks.c.letter_sha, func.count())
                                   .where(tasks.c.chases.is_(None)).group_by(tasks.c.letter_sha)).all())
        rows = conn.execute(select(letters.c.sha256, letters.c.ref, letters.c.issuer, letters.c.date,
                                   letters.c.reviewed_by, letters.c.reviewed_at, letters.c.corrected,
                                   letters.c.ingested_at)
                            .order_by(letters.c.ingested_at.desc(), letters.c.ref)).all()
    return render(request, "letters.html", rows=rows, counts=counts,
                  proposals=reports.pending_proposals(engine_of(request)))


@router.get("/letters/{sha}")
def review_page(request: Request, sha: str, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    stored = _stored(request, sha)
    views = {v.id: v for v in list_tasks(engine_of(request), gazetteer_of(request), today(),
                                         letter=sha, chasing=True) if v.letter_sha == sha}
    about, by = reports.links_of(engine_of(request), sha)
    return render(request, "review.html", sha=sha, stored=stored, letter=stored.letter,
                  ref=letter_ref(stored.letter), views=views, labels=LABELS,
                  text=highlighted(stored.text, stored.letter) if stored.text is not None else None,
                  history=fix.history(engine_of(request), sha), about=about, by=by,
                  proposals=reports.pending_proposals(engine_of(request), sha),
                  agencies=gazetteer_of(request).agencies, kinds=KIND_NAMES,
                  recurrences=RECURRENCE_NAMES)


@router.get("/letters/{sha}/file")
def letter_file(request: Request, sha: str, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    with engine_of(request).connect() as conn:
        row = conn.execute(select(sources.c.name, sources.c.data).where(sources.c.letter_sha == sha)).first()
    if row is None:
        raise HTTPException(404, "Không có tệp gốc của văn bản này.")
    from urllib.parse import quote
    name = Path(row.name).name
    return Response(row.data, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


@router.get("/letters/{sha}/letter.json")
def letter_json(request: Request, sha: str, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    stored = _stored(request, sha)
    return Response(stored.letter.model_dump_json(indent=2), media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{sha[:16]}.json"'})


@router.get("/letters/{sha}/table.{fmt}")
def letter_table(request: Request, sha: str, fmt: str, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    if fmt not in ("xlsx", "docx"):
        raise HTTPException(404, "Bảng chỉ có dạng .xlsx hoặc .docx.")
    stored = _stored(request, sha)
    from pipeline.render.tables import write_table

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"giao-viec.{fmt}"
        write_table([stored.letter], out)
        data = out.read_bytes()
    return download(data, f"giao-viec-{sha[:8]}.{fmt}")


def download(data: bytes, name: str) -> Response:
    types = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "zip": "application/zip", "csv": "text/csv; charset=utf-8", "json": "application/json"}
    return Response(data, media_type=types.get(name.rsplit(".", 1)[-1], "application/octet-stream"),
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


# ------------------------------------------------------------------ corrections

def task_fields(form) -> dict:
    """The task fields of an edit form, as `corrections.edited_task` takes them."""
    fields = {k: str(form.get(k, "")) for k in ("lead", "support", "report_to", "section", "text")
              if k in form}
    if "deadline_kind" in form:
        fields["deadline"] = {"kind": str(form.get("deadline_kind") or ""),
                              "due": str(form.get("deadline_due") or ""),
                              "recurrence": str(form.get("deadline_recurrence") or "")}
    return fields


def _version(form) -> int | None:
    raw = str(form.get("version", "")).strip()
    return int(raw) if raw.isdigit() else None


@router.get("/letters/{sha}/tasks/{task_id}/edit")
def edit_page(request: Request, sha: str, task_id: str, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    stored = _stored(request, sha)
    task = next((t for t in stored.letter.tasks if t.id == task_id), None)
    if task is None:
        raise HTTPException(404, "Không có nhiệm vụ này trong văn bản.")
    return _edit(request, stored, sha, task, stored.versions.get(task_id))


def _edit(request, stored, sha, task, version, error: str = "", status: int = 200, values=None):
    excerpt = stored.text[task.span.start:task.span.end] if stored.text else ""
    cuts = [i + 1 for i, c in enumerate(task.text[:-1]) if c in ";.\n" and task.text[i + 1:].strip()]
    return render(request, "edit.html", status_code=status, sha=sha, task=task, version=version,
                  error=error, excerpt=excerpt, values=values or {}, cuts=cuts,
                  agencies=gazetteer_of(request).agencies, kinds=KIND_NAMES,
                  recurrences=RECURRENCE_NAMES, ref=letter_ref(stored.letter))


@router.post("/letters/{sha}/tasks/{task_id}")
async def save_task(request: Request, sha: str, task_id: str, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    form = await _form(request, actor)
    action = str(form.get("action", "save"))
    engine, version = engine_of(request), _version(form)
    try:
        if action == "save":
            await run_in_threadpool(fix.edit_task, engine, sha, task_id, version, task_fields(form), actor.name)
        elif action == "split":
            at = int(str(form.get("at", "0")) or 0)
            await run_in_threadpool(fix.split_task, engine, sha, task_id, version, at, actor.name)
        elif action == "merge":
            await run_in_threadpool(fix.merge_with_next, engine, sha, task_id, version, actor.name)
        elif action == "remove":
            await run_in_threadpool(fix.remove_task, engine, sha, task_id, version, actor.name)
        else:
            raise HTTPException(422, f"Thao tác không rõ: {action}")
    except fix.UnknownLetter:
        raise HTTPException(404, "Không có văn bản này.") from None
    except (fix.CorrectionError, fix.Conflict, ValueError) as exc:
        stored = _stored(request, sha)
        task = next((t for t in stored.letter.tasks if t.id == task_id), None)
        if task is None:
            raise HTTPException(404, "Không có nhiệm vụ này trong văn bản.") from None
        status = 409 if isinstance(exc, fix.Conflict) else 422
        return _edit(request, stored, sha, task, version, str(exc), status, values=dict(form))
    return RedirectResponse(f"/letters/{sha}#row-{task_id}", status_code=303)


@router.post("/letters/{sha}/tasks")
async def add_task(request: Request, sha: str, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    form = await _form(request, actor)
    try:
        task = await run_in_threadpool(fix.add_task, engine_of(request), sha, task_fields(form), actor.name)
    except fix.UnknownLetter:
        raise HTTPException(404, "Không có văn bản này.") from None
    except fix.CorrectionError as exc:
        raise HTTPException(422, str(exc)) from None
    return RedirectResponse(f"/letters/{sha}#row-{task.id}", status_code=303)


@router.post("/letters/{sha}/accept")
async def accept(request: Request, sha: str, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    await _form(request, actor)
    try:
        await run_in_threadpool(fix.accept, engine_of(request), sha, actor.name)
    except fix.UnknownLetter:
        raise HTTPException(404, "Không có văn bản này.") from None
    return RedirectResponse(f"/letters/{sha}?accepted=1", status_code=303)


@router.post("/proposals/{proposal_id}")
async def decide_proposal(request: Request, proposal_id: int, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    form = await _form(request, actor)
    confirm = str(form.get("decision")) == "confirm"
    task_id = await run_in_threadpool(reports.decide_proposal, engine_of(request), proposal_id,
                                      confirm, actor.name)
    if task_id is None:
        raise HTTPException(404, "Không có đề xuất này, hoặc nó đã được xử lý.")
    back = str(form.get("back", "")) or "/letters"
    return RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/letters",
                            status_code=303)
