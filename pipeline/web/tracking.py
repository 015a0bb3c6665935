"""Tracking: the task list (filters in the URL), a task's page with its history, status
changes and notes, extension requests and decisions, an agency's own page, the
leader's dashboard and ranking, the tracking register, follow-up letters, exports."""
from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from pipeline.registry import extensions as ext
from pipeline.registry import reports
from pipeline.registry.ranking import in_period, letter_dates, rank, write_ranking, write_register
from pipeline.registry.schema import audit, letters, sources, updates
from pipeline.registry.status import OPEN_LATE, OPEN_ON_TIME, STATUSES
from pipeline.registry.store import add_update, json_row, list_tasks
from pipeline.web.auth import Actor, check_csrf, need, page_actor
from pipeline.web.common import (engine_of, gazetteer_of, parse_date, render, scope, today,
                                 visible_task)
from pipeline.web.letters import download

router = APIRouter(include_in_schema=False)


@dataclass
class Filters:
    agency: str = ""
    letter: str = ""
    status: str = ""
    due_from: date | None = None
    due_to: date | None = None
    overdue: bool = False
    q: str = ""
    sort: str = ""

    @classmethod
    def of(cls, request: Request) -> "Filters":
        p = request.query_params
        status = p.get("status", "")
        if status and status not in STATUSES:
            raise HTTPException(422, f"Trạng thái không rõ: {status}")
        return cls(p.get("agency", "").strip(), p.get("letter", "").strip(), status,
                   parse_date(p.get("due_from"), "Hạn từ"), parse_date(p.get("due_to"), "Hạn đến"),
                   p.get("overdue") in ("1", "on", "true"), p.get("q", "").strip(),
                   p.get("sort", ""))

    def query(self, **extra) -> str:
        values = {"agency": self.agency, "letter": self.letter, "status": self.status,
                  "due_from": self.due_from.isoformat() if self.due_from else "",
                  "due_to": self.due_to.isoformat() if self.due_to else "",
                  "overdue": "1" if self.overdue else "", "q": self.q, "sort": self.sort, **extra}
        return urlencode({k: v for k, v in values.items() if v})


def tasks_for(request: Request, actor: Actor, f: Filters):
    agency = scope(actor) or f.agency or None
    views = list_tasks(engine_of(request), gazetteer_of(request), today(), agency=agency,
                       letter=f.letter or None, status=f.status or None,
                       due_before=f.due_to + timedelta(days=1) if f.due_to else None,
                       overdue=f.overdue, due_after=f.due_from, text=f.q or None)
    if f.sort == "due" or actor.role == "agency":
        views.sort(key=lambda v: (v.judged.due is None, v.judged.due or date.max, v.id))
    return views


def _no_admin(actor: Actor) -> None:
    if actor.role == "admin":
        raise HTTPException(403, "Tài khoản quản trị không theo dõi nhiệm vụ.")


@router.get("/tasks")
def tasks_page(request: Request, actor: Actor = Depends(page_actor)):
    _no_admin(actor)
    f = Filters.of(request)
    views = tasks_for(request, actor, f)
    return render(request, "tasks.html", views=views, f=f, agencies=gazetteer_of(request).agencies)


@router.get("/tasks.{fmt}")
def tasks_export(request: Request, fmt: str, actor: Actor = Depends(page_actor)):
    _no_admin(actor)
    f = Filters.of(request)
    views = tasks_for(request, actor, f)
    rows = [json_row(v) for v in views]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for r in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items()})
        return download(("\ufeff" + buf.getvalue()).encode("utf-8"), "nhiem-vu.csv")
    if fmt == "xlsx":
        from pipeline.registry.export import write_xlsx
        return download(_written(lambda out: write_xlsx(rows, out), "xlsx"), "nhiem-vu.xlsx")
    raise HTTPException(404, "Xuất ra .csv hoặc .xlsx.")


def _written(write, suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"out.{suffix}"
        write(out)
        return out.read_bytes()


@router.get("/register.xlsx")
def register(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    views = tasks_for(request, actor, Filters.of(request))
    with engine_of(request).connect() as conn:
        meta = {r.sha256: (r.ref, r.date, r.issuer)
                for r in conn.execute(select(letters.c.sha256, letters.c.ref, letters.c.date, letters.c.issuer))}
    return download(_written(lambda out: write_register(views, meta, out), "xlsx"), "so-theo-doi.xlsx")


@router.get("/my")
def my_page(request: Request, actor: Actor = Depends(page_actor)):
    if actor.role != "agency":
        raise HTTPException(403, "Trang này dành cho tài khoản của cơ quan, đơn vị.")
    views = tasks_for(request, actor, Filters())
    return render(request, "my.html", views=views)


@router.get("/tasks/{task_id}")
def task_page(request: Request, task_id: str, actor: Actor = Depends(page_actor)):
    view = visible_task(request, actor, task_id)
    engine = engine_of(request)
    with engine.connect() as conn:
        history = conn.execute(select(updates).where(updates.c.task_id == task_id)
                               .order_by(updates.c.id)).all()
        trail = conn.execute(select(audit).where(audit.c.task_id == task_id).order_by(audit.c.id)).all()
    return render(request, "task.html", v=view, history=history, trail=trail,
                  requests=ext.of_task(engine, task_id), chasers=reports.chasers(engine, task_id),
                  pending=any(r.state == "pending" for r in ext.of_task(engine, task_id)))


@router.post("/tasks/{task_id}/updates")
async def post_update(request: Request, task_id: str, actor: Actor = Depends(page_actor)):
    need(actor, "progress")
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    visible_task(request, actor, task_id)
    status = str(form.get("status", ""))
    note = str(form.get("note", "")).strip()
    if status not in ("in_progress", "done"):
        raise HTTPException(422, "Trạng thái: chọn 'đang thực hiện' hoặc 'đã hoàn thành'.")
    if not note:
        raise HTTPException(422, "Cần ghi nội dung tiến độ.")
    on = parse_date(str(form.get("date", "")), "Ngày") or today()
    by = actor.user.agency or actor.user.label
    await run_in_threadpool(add_update, engine_of(request), task_id, status, on, note, by, actor.name)
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


@router.post("/tasks/{task_id}/extensions")
async def post_extension(request: Request, task_id: str, actor: Actor = Depends(page_actor)):
    need(actor, "request")
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    visible_task(request, actor, task_id)
    new_due = parse_date(str(form.get("new_due", "")), "Hạn mới")
    if new_due is None:
        raise HTTPException(422, "Cần chọn hạn mới.")
    try:
        await run_in_threadpool(ext.request, engine_of(request), task_id, new_due,
                                str(form.get("reason", "")), actor.name)
    except ext.ExtensionError as exc:
        raise HTTPException(409, str(exc)) from None
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


@router.post("/extensions/{request_id}")
async def decide_extension(request: Request, request_id: int, actor: Actor = Depends(page_actor)):
    need(actor, "decide")
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    try:
        await run_in_threadpool(ext.decide, engine_of(request), request_id,
                                str(form.get("decision")) == "approve", actor.name,
                                str(form.get("note", "")))
    except ext.ExtensionError as exc:
        raise HTTPException(409, str(exc)) from None
    back = str(form.get("back", ""))
    return RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/dashboard",
                            status_code=303)


# ------------------------------------------------------------------ the leader's picture

def _period(request: Request) -> tuple[date | None, date | None]:
    p = request.query_params
    return parse_date(p.get("from"), "Từ ngày"), parse_date(p.get("to"), "Đến ngày")


@router.get("/dashboard")
def dashboard(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    engine, places = engine_of(request), gazetteer_of(request)
    start, end = _period(request)
    views = list_tasks(engine, places, today())
    period = in_period(views, letter_dates(engine), start, end)
    ranks = rank(period, places)
    overdue = sorted((v for v in views if v.judged.status == OPEN_LATE),
                     key=lambda v: -v.judged.overdue_days)
    soon = sorted((v for v in views if v.judged.status == OPEN_ON_TIME and v.judged.due
                   and v.judged.due <= today() + timedelta(days=7)), key=lambda v: v.judged.due)
    waiting = ext.pending(engine)
    by_id = {v.id: v for v in views}
    mine = []
    if actor.user.full_name:          # letters the leader signed, or whose direction they gave
        name = actor.user.full_name
        with engine.connect() as conn:
            text = dict(conn.execute(select(sources.c.letter_sha, sources.c.text)).all())
            signed = {r.sha256 for r in conn.execute(select(letters.c.sha256, letters.c.record))
                      if (json.loads(r.record)["document"].get("signer") or {}).get("name") == name
                      or name in text.get(r.sha256, "")}
        mine = [v for v in views if v.letter_sha in signed]
    totals = {"tasks": len(period), "done": sum(v.done_on is not None for v in period),
              "on_time": sum(bool(v.on_time) for v in period),
              "overdue": sum(v.judged.status == OPEN_LATE for v in period)}
    t = today()
    quarter = date(t.year, (t.month - 1) // 3 * 3 + 1, 1)
    shortcuts = [("Tất cả", ""), ("Năm nay", f"from={date(t.year, 1, 1)}"),
                 ("Quý này", f"from={quarter}"), ("Tháng này", f"from={t.replace(day=1)}")]
    return render(request, "dashboard.html", shortcuts=shortcuts, ranks=ranks, overdue=overdue, soon=soon,
                  waiting=waiting, by_id=by_id, mine=mine, totals=totals, start=start, end=end,
                  period_query=urlencode({k: v.isoformat() for k, v in (("from", start), ("to", end)) if v}))


@router.get("/dashboard/ranking.xlsx")
def ranking_xlsx(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    engine, places = engine_of(request), gazetteer_of(request)
    start, end = _period(request)
    ranks = rank(in_period(list_tasks(engine, places, today()), letter_dates(engine), start, end), places)
    title = ("Xếp hạng thực hiện nhiệm vụ" + (f" từ {start:%d/%m/%Y}" if start else "")
             + (f" đến {end:%d/%m/%Y}" if end else "") + f" (số liệu ngày {today():%d/%m/%Y})")
    return download(_written(lambda out: write_ranking(ranks, title, out), "xlsx"), "xep-hang.xlsx")


# ------------------------------------------------------------------ follow-up letters

@router.get("/followups")
def followups_page(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    return render(request, "followups.html", agencies=gazetteer_of(request).agencies)


@router.post("/followups")
async def followups(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "edit")
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    as_of = parse_date(str(form.get("as_of", "")), "Tính đến ngày") or today()
    report_by = parse_date(str(form.get("report_by", "")), "Báo cáo trước ngày")
    soon = str(form.get("soon", "7"))
    agency = str(form.get("agency", "")).strip() or None
    from pipeline.registry.followups import write_followups

    def make() -> bytes | None:
        with tempfile.TemporaryDirectory() as tmp:
            written = write_followups(engine_of(request), gazetteer_of(request), Path(tmp), as_of,
                                      report_by, agency, int(soon) if soon.isdigit() else 7, {})
            if not written:
                return None
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for path in written:
                    z.write(path, path.name)
            return buf.getvalue()

    data = await run_in_threadpool(make)
    if data is None:
        return render(request, "followups.html", status_code=200, agencies=gazetteer_of(request).agencies,
                      message="Không có cơ quan nào có nhiệm vụ quá hạn hoặc sắp đến hạn.")
    return download(data, f"don-doc-{as_of.isoformat()}.zip")


@router.get("/export.{fmt}")
def export(request: Request, fmt: str, actor: Actor = Depends(page_actor)):
    need(actor, "read_all")
    return tasks_export(request, fmt, actor)
