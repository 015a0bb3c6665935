"""What every page handler shares: templates, the registry and gazetteer of the app,
form values, the visibility of a task to an account."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates

from pipeline.registry.accounts import ROLE_NAMES
from pipeline.registry.status import STATUSES, countdown
from pipeline.registry.store import TaskView, list_tasks
from pipeline.render.rows import one_line, vn_date
from pipeline.web.auth import Actor

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(STATUSES=STATUSES, ROLE_NAMES=ROLE_NAMES, countdown=countdown,
                             vn_date=vn_date, one_line=one_line)
templates.env.filters["d"] = lambda d: d.strftime("%d/%m/%Y") if d else ""
templates.env.filters["dt"] = lambda d: d.strftime("%H:%M %d/%m/%Y") if d else ""
templates.env.filters["names"] = lambda xs: "; ".join(xs or [])

STATE_CLASS = {STATUSES[0]: "ok", STATUSES[1]: "late-done", STATUSES[2]: "open", STATUSES[3]: "late"}
templates.env.globals["STATE_CLASS"] = STATE_CLASS


def today() -> date:
    return date.today()


def render(request: Request, name: str, status_code: int = 200, **context):
    actor: Actor | None = getattr(request.state, "actor", None)
    context.setdefault("today", today())
    return templates.TemplateResponse(request, name, {"actor": actor, **context},
                                      status_code=status_code)


def parse_date(value: str | None, field: str = "ngày") -> date | None:
    """"2025-07-10" (a date input) or "10/7/2025"; empty is None; else a 422."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if "/" in value:
            d, m, y = (int(x) for x in value.split("/"))
            return date(y, m, d)
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{field}: {value!r} không phải một ngày (dd/mm/yyyy)") from None


def engine_of(request: Request):
    return request.app.state.engine


def gazetteer_of(request: Request):
    return request.app.state.gazetteer


def scope(actor: Actor) -> str | None:
    """The agency an account's view is limited to (None: every task)."""
    return actor.user.agency if actor.role == "agency" else None


def visible_task(request: Request, actor: Actor, task_id: str) -> TaskView:
    """The task, if this account may see it; 404 otherwise (another agency's task does not
    exist for it), 403 for a role that sees no tasks."""
    if actor.role == "admin":
        raise HTTPException(403, "Tài khoản quản trị không theo dõi nhiệm vụ.")
    views = list_tasks(engine_of(request), gazetteer_of(request), today(), agency=scope(actor),
                       ids=[task_id], chasing=True)
    if not views:
        raise HTTPException(404, "Không có nhiệm vụ này.")
    return views[0]
