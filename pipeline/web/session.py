"""Logging in and out, and the home page each role starts from."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from pipeline.registry.accounts import check_password, close_session, open_session
from pipeline.web.auth import COOKIE, Actor, check_csrf, identify, page_actor, same_origin
from pipeline.web.common import engine_of, render

router = APIRouter()
HOME = {"admin": "/users", "clerk": "/letters", "agency": "/my", "leader": "/dashboard"}


def _safe_next(target: str | None) -> str | None:
    """Only a path of this site, never another site's address."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@router.get("/", include_in_schema=False)
def home(actor: Actor = Depends(page_actor)):
    return RedirectResponse(HOME[actor.role], status_code=303)


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str | None = None):
    if identify(request):
        return RedirectResponse(_safe_next(next) or "/", status_code=303)
    return render(request, "login.html", next=_safe_next(next) or "")


@router.post("/login", include_in_schema=False)
async def login(request: Request):
    form = await request.form()
    name = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    target = _safe_next(str(form.get("next", ""))) or "/"
    if not same_origin(request):
        return render(request, "login.html", status_code=403, next="",
                      error="Biểu mẫu đăng nhập không gửi từ trang này.")
    limiter = request.app.state.limiter
    address = request.client.host if request.client else "?"
    wait = limiter.wait(name, address)
    if wait:
        return render(request, "login.html", status_code=429, next=target, username=name,
                      error=f"Đăng nhập sai quá nhiều lần; thử lại sau {max(1, wait // 60)} phút.")
    user = await run_in_threadpool(check_password, engine_of(request), name, password)
    if user is None:
        limiter.failed(name, address)
        return render(request, "login.html", status_code=401, next=target, username=name,
                      error="Tên đăng nhập hoặc mật khẩu không đúng.")
    limiter.succeeded(name)
    token, _ = open_session(engine_of(request), user)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https", max_age=12 * 3600)
    return response


@router.post("/logout", include_in_schema=False)
async def logout(request: Request, actor: Actor = Depends(page_actor)):
    form = await request.form()
    check_csrf(actor, form.get("csrf"))
    close_session(engine_of(request), request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
