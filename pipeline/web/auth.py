"""Who is asking, and may they: session cookies for pages, personal tokens for other
systems, CSRF tokens on every form, login attempts limited, and the roles' rights.

    admin   accounts and agencies
    clerk   uploads, reviews, corrects, sends follow-ups, sees everything
    agency  its own tasks (led, supported, or reaching it through a group): status,
            progress notes, extension requests
    leader  reads everything, decides extension requests, changes nothing else
"""
from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from dataclasses import dataclass

from fastapi import HTTPException, Request

from pipeline.registry.accounts import User, session_user, user_by_token

COOKIE = "chidao_session"

# the rights of each role; a route names the right it needs
RIGHTS = {
    "read_all": {"clerk", "leader"},          # letters, every task, dashboard, exports
    "edit": {"clerk"},                        # upload, review, correct, follow-ups, proposals
    "decide": {"clerk", "leader"},            # extension requests
    "progress": {"clerk", "agency"},          # status changes and progress notes
    "request": {"agency"},                    # ask for an extension
    "admin": {"admin"},                       # accounts, agencies
}


@dataclass(frozen=True)
class Actor:
    user: User
    csrf: str | None          # None for a bearer token (no cookie: nothing to forge)

    @property
    def role(self) -> str:
        return self.user.role

    @property
    def name(self) -> str:
        return self.user.name

    def can(self, right: str) -> bool:
        return self.user.role in RIGHTS[right]


class LoginRequired(Exception):
    """A page asked for without a session: the login page, then back."""


def identify(request: Request) -> Actor | None:
    engine = request.app.state.engine
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        user = user_by_token(engine, header[7:].strip())
        return Actor(user, None) if user else None
    cookie = request.cookies.get(COOKIE)
    if cookie:
        found = session_user(engine, cookie)
        if found:
            return Actor(*found)
    return None


def page_actor(request: Request) -> Actor:
    actor = identify(request)
    if actor is None:
        raise LoginRequired()
    request.state.actor = actor
    return actor


def api_actor(request: Request) -> Actor:
    actor = identify(request)
    if actor is None:
        raise HTTPException(401, "Cần đăng nhập (phiên hoặc Authorization: Bearer <token>).",
                            headers={"WWW-Authenticate": "Bearer"})
    if request.method not in ("GET", "HEAD", "OPTIONS") and actor.csrf is not None:
        check_csrf(actor, request.headers.get("x-csrf-token"))
    request.state.actor = actor
    return actor


def api_right(*rights: str):
    """A dependency: the API caller, if it has one of `rights` (checked before the body is)."""
    def dependency(request: Request) -> Actor:
        actor = api_actor(request)
        if not any(actor.can(r) for r in rights):
            raise HTTPException(403, "Tài khoản của bạn không có quyền này.")
        return actor
    return dependency


def need(actor: Actor, right: str) -> None:
    if not actor.can(right):
        raise HTTPException(403, "Tài khoản của bạn không có quyền này.")


def check_csrf(actor: Actor, token: str | None) -> None:
    """A cookie session's unsafe request carries the session's CSRF token."""
    if actor.csrf is None:
        return
    if not token or not hmac.compare_digest(token, actor.csrf):
        raise HTTPException(403, "Phiên làm việc không hợp lệ (CSRF); tải lại trang rồi thử lại.")


def same_origin(request: Request) -> bool:
    """A login form posted from another site is refused (there is no session yet to hold
    a CSRF token; the browser's Origin header says where the form came from)."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


class LoginLimiter:
    """At most `attempts` failed logins in `window` seconds for a user name and for an
    address; past that, logins are refused without checking the password."""

    def __init__(self, attempts: int = 5, window: float = 300.0):
        self.attempts, self.window = attempts, window
        self._failures: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque:
        q = self._failures.setdefault(key, deque())
        while q and q[0] < at - self.window:
            q.popleft()
        return q

    def wait(self, name: str, address: str) -> int:
        """Seconds until a login may be tried again; 0 when it may now."""
        at = time.monotonic()
        with self._lock:
            waits = [int(q[0] + self.window - at) + 1 for key in (f"u:{name}", f"a:{address}")
                     if len(q := self._recent(key, at)) >= self.attempts]
        return max(waits, default=0)

    def failed(self, name: str, address: str) -> None:
        at = time.monotonic()
        with self._lock:
            for key in (f"u:{name}", f"a:{address}"):
                self._recent(key, at).append(at)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(f"u:{name}", None)
