"""The office web app: `create_app(db)` gives the ASGI app `chidao serve` runs.

Pages are rendered on the server (Jinja2, htmx for the parts that refresh); the JSON
API under /api/ has the same rights. No request shows a traceback: errors are a page
(or JSON under /api/) with one sentence, and the server log keeps the details."""
from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipeline.web.auth import LoginLimiter, LoginRequired
from pipeline.web.common import HERE, render

log = logging.getLogger("chidao.web")


def create_app(db: str | None = None, province: str = "phu-tho", workers: int | None = None):
    from pipeline.registry.db import connect
    from pipeline.registry.gazetteer import gazetteer
    from pipeline.web import admin, api, letters, session, tracking
    from pipeline.web.convert import Converter

    engine = connect(db)
    places = gazetteer(province)
    if workers is None:
        workers = int(os.environ.get("CHIDAO_WEB_WORKERS", max(1, (os.cpu_count() or 2) - 1)))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.converter = Converter(engine, places, workers)
        try:
            yield
        finally:
            app.state.converter.close()
            engine.dispose()

    app = FastAPI(title="chidao", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Nhiệm vụ của văn bản chỉ đạo: tải lên, xem, cập nhật tiến độ.")
    app.state.engine, app.state.gazetteer = engine, places
    app.state.limiter = LoginLimiter()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for module in (session, letters, tracking, admin, api):
        app.include_router(module.router)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "Yêu cầu không hợp lệ."
        if exc.status_code == 404 and message == "Not Found":
            message = "Không có trang này."
        if exc.status_code == 405:
            message = "Trang này không nhận yêu cầu kiểu này."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return render(request, "error.html", status_code=exc.status_code, message=message,
                      code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        err = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid"}
        where = ".".join(str(p) for p in err["loc"] if p not in ("body", "query", "path"))
        message = f"{where}: {err['msg']}" if where else err["msg"]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=422)
        return render(request, "error.html", status_code=422, message=message, code=422)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        log.exception("%s %s", request.method, request.url.path)
        message = "Đã có lỗi trong máy chủ; thao tác chưa được thực hiện. Lỗi đã được ghi lại."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=500)
        return render(request, "error.html", status_code=500, message=message, code=500)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self'; frame-ancestors 'none'; form-action 'self'")
        return response

    return app


__all__ = ["create_app", "HTTPException"]
