"""Accounts and agencies (the admin's pages)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from pipeline.registry.accounts import ROLES, AccountError, add_user, list_users, set_active, set_password
from pipeline.web.auth import Actor, check_csrf, need, page_actor
from pipeline.web.common import engine_of, gazetteer_of, render

router = APIRouter(include_in_schema=False)


def _users_page(request: Request, status: int = 200, error: str = "", message: str = ""):
    return render(request, "users.html", status_code=status, users=list_users(engine_of(request)),
                  roles=ROLES, agencies=gazetteer_of(request).agencies, error=error, message=message)


@router.get("/users")
def users_page(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "admin")
    return _users_page(request)


@router.post("/users")
async def users_post(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "admin")
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    action = str(form.get("action", "add"))
    name = str(form.get("username", "")).strip()
    engine = engine_of(request)
    try:
        if action == "add":
            agency = str(form.get("agency", "")).strip() or None
            if agency and not gazetteer_of(request).known(agency):
                raise AccountError(f"{agency!r} không có trong danh mục cơ quan")
            agency = gazetteer_of(request).display(agency) if agency else None
            await run_in_threadpool(add_user, engine, name, str(form.get("role", "")),
                                    str(form.get("password", "")), agency,
                                    str(form.get("full_name", "")).strip() or None)
            message = f"Đã tạo tài khoản {name}."
        elif action == "password":
            await run_in_threadpool(set_password, engine, name, str(form.get("password", "")))
            message = f"Đã đổi mật khẩu của {name}."
        elif action in ("disable", "enable"):
            if name == actor.name:
                raise AccountError("không thể tự khóa tài khoản của mình")
            set_active(engine, name, action == "enable")
            message = f"Đã {'mở' if action == 'enable' else 'khóa'} tài khoản {name}."
        else:
            raise HTTPException(422, f"Thao tác không rõ: {action}")
    except AccountError as exc:
        return _users_page(request, 422, error=str(exc))
    return _users_page(request, message=message)


@router.get("/agencies")
def agencies_page(request: Request, actor: Actor = Depends(page_actor)):
    need(actor, "admin")
    places = gazetteer_of(request)
    bound: dict[str, list[str]] = {}
    for u in list_users(engine_of(request)):
        if u.agency:
            bound.setdefault(u.agency, []).append(u.name)
    return render(request, "agencies.html", places=places, bound=bound,
                  communes=sorted(places.communes.values()))

