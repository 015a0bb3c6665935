"""Accounts of the web app: users with a role, Argon2 password hashes, login sessions and
personal API tokens. Only hashes are stored: a session cookie or a token is shown once,
to its owner, and the registry keeps its sha256."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from pipeline.registry.schema import sessions, users
from pipeline.registry.store import now

ROLES = ("admin", "clerk", "agency", "leader")
ROLE_NAMES = {"admin": "Quản trị", "clerk": "Văn thư, chuyên viên", "agency": "Cơ quan, đơn vị",
              "leader": "Lãnh đạo"}
SESSION_HOURS = 12
MIN_PASSWORD = 8


class AccountError(ValueError):
    """A user name, role or password the registry refuses; `str()` says why."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    agency: str | None
    full_name: str | None
    active: bool

    @property
    def label(self) -> str:
        return self.full_name or self.name


def _hasher():
    from argon2 import PasswordHasher
    return PasswordHasher()


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _user(row) -> User:
    return User(row.id, row.name, row.role, row.agency, row.full_name, bool(row.active))


def add_user(engine: Engine, name: str, role: str, password: str, agency: str | None = None,
             full_name: str | None = None) -> User:
    name = name.strip()
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise AccountError(f"{name!r}: a user name is one word of at most 80 characters")
    if role not in ROLES:
        raise AccountError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if (role == "agency") != bool(agency):
        raise AccountError("an agency account needs --agency, and only an agency account takes it")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password has at least {MIN_PASSWORD} characters")
    with engine.begin() as conn:
        if conn.execute(select(users.c.id).where(users.c.name == name)).first():
            raise AccountError(f"user {name!r} exists already")
        conn.execute(insert(users).values(name=name, role=role, agency=agency, full_name=full_name,
                                          password_hash=_hasher().hash(password), active=True))
    return get_user(engine, name)


def get_user(engine: Engine, name: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    return _user(row) if row else None


def list_users(engine: Engine) -> list[User]:
    with engine.connect() as conn:
        return [_user(r) for r in conn.execute(select(users).order_by(users.c.name))]


def set_password(engine: Engine, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password has at least {MIN_PASSWORD} characters")
    with engine.begin() as conn:
        done = conn.execute(update(users).where(users.c.name == name)
                            .values(password_hash=_hasher().hash(password))).rowcount
        if not done:
            raise AccountError(f"no user {name!r}")
        uid = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
        conn.execute(delete(sessions).where(sessions.c.user_id == uid))   # log out everywhere


def set_active(engine: Engine, name: str, active: bool) -> None:
    with engine.begin() as conn:
        if not conn.execute(update(users).where(users.c.name == name).values(active=active)).rowcount:
            raise AccountError(f"no user {name!r}")
        if not active:
            uid = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
            conn.execute(delete(sessions).where(sessions.c.user_id == uid))


# A hash to verify against when the name is unknown, so both cases take the same time.
_DUMMY = None


def check_password(engine: Engine, name: str, password: str) -> User | None:
    """The active user with this name and password, else None."""
    from argon2.exceptions import InvalidHashError, VerificationError

    global _DUMMY
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    hasher = _hasher()
    if row is None:
        _DUMMY = _DUMMY or hasher.hash("not a password")
        try:
            hasher.verify(_DUMMY, password)
        except VerificationError:
            pass
        return None
    try:
        hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if hasher.check_needs_rehash(row.password_hash):
        with engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == row.id)
                         .values(password_hash=hasher.hash(password)))
    return _user(row) if row.active else None


def new_token(engine: Engine, name: str) -> str:
    """A new personal API token for `name` (the earlier one stops working)."""
    token = "chd_" + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        if not conn.execute(update(users).where(users.c.name == name)
                            .values(token_hash=_sha(token))).rowcount:
            raise AccountError(f"no user {name!r}")
    return token


def user_by_token(engine: Engine, token: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.token_hash == _sha(token))).first()
    return _user(row) if row and row.active else None


def open_session(engine: Engine, user: User) -> tuple[str, str]:
    """(cookie value, CSRF token) of a new session of `user`."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = now() + timedelta(hours=SESSION_HOURS)
    with engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.expires_at < now()))
        conn.execute(insert(sessions).values(token_hash=_sha(token), user_id=user.id, csrf=csrf,
                                             expires_at=expires))
    return token, csrf


def session_user(engine: Engine, token: str) -> tuple[User, str] | None:
    """The user of a live session and its CSRF token."""
    with engine.connect() as conn:
        row = conn.execute(select(users, sessions.c.csrf, sessions.c.expires_at)
                           .join(sessions, sessions.c.user_id == users.c.id)
                           .where(sessions.c.token_hash == _sha(token))).first()
    if row is None or row.expires_at < now() or not row.active:
        return None
    return _user(row), row.csrf


def close_session(engine: Engine, token: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == _sha(token)))
