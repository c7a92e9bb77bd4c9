"""Log-in, lock-out, user administration and on-the-spot manager authorisation.

Secrets are hashed with argon2id. Wrong PINs are counted in their own transaction so a
failed attempt is never rolled back with the action it tried to authorise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.roles import AUTHORISABLE, AUTHORISING_ROLES, Actor, Permission, Role, role_can
from pos_app.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_app.models import ManagerAuthorisation, User
from pos_app.services import journal, settings
from pos_app.services.store_db import StoreDB

HASHER = PasswordHasher()  # argon2id with the library's RFC 9106 defaults
PIN_RE = re.compile(r"[0-9]{4,12}\Z")  # ASCII digits only; "$" would let "1234\n" in
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,40}$")


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class ManagerOverride:
    """A manager's user name and PIN, typed at the clerk's counter."""

    username: str
    secret: str


@dataclass(frozen=True)
class Authority:
    """Why an action may go ahead: the actor's own role, or a manager who vouched for it."""

    permission: Permission
    manager_id: int | None = None


def _summary(u: User) -> UserSummary:
    return UserSummary(u.id, u.username, u.display_name, Role(u.role), u.active, u.locked_until)


def validate_secret(kind: str, secret: str) -> None:
    if kind == "pin" and not PIN_RE.match(secret or ""):
        raise ValidationError("A PIN is 4 to 12 digits.")
    if kind == "password" and len(secret or "") < 8:
        raise ValidationError("A password needs at least 8 characters.")
    if kind not in ("pin", "password"):
        raise ValidationError("Choose a PIN or a password.")


def validate_username(username: str) -> str:
    """The user name as it will be stored, or ValidationError saying what a name may hold."""
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise ValidationError("A user name is 2 to 40 letters, digits, dots, dashes or underscores.")
    return username


def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def _secret_matches(user: User, secret: str) -> bool:
    try:
        return HASHER.verify(user.secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def _check_credentials(db: StoreDB, username: str, secret: str, counter_id: int | None) -> User:
    """Verify and count the attempt in its own committed transaction; raise after commit."""
    failure: Exception | None = None
    with db.write() as s:
        user = s.scalars(select(User).where(User.username == username.strip(), User.active)).first()
        if user is None:
            limit = settings.lockout_attempts(s, None)
            failure = AuthenticationFailed(remaining=limit)
        elif user.locked_until is not None and user.locked_until > now():
            failure = AccountLocked(until=user.locked_until.astimezone().strftime("%H:%M"))
        elif _secret_matches(user, secret):
            user.failed_attempts, user.locked_until, user.last_login_at = 0, None, now()
            if HASHER.check_needs_rehash(user.secret_hash):
                user.secret_hash = hash_secret(secret)
            s.flush()  # an expunged object's changes are never written
            s.expunge(user)
            return user
        else:
            limit = settings.lockout_attempts(s, user.store_id)
            user.failed_attempts += 1
            actor = Actor(user.id, user.username, user.display_name, Role(user.role), user.store_id, counter_id)
            if user.failed_attempts >= limit:
                user.locked_until = now() + timedelta(minutes=settings.lockout_minutes(s, user.store_id))
                user.failed_attempts = 0
                journal.record(s, actor, "user.locked", "user", user.id, {"username": user.username}, sync=False)
                failure = AccountLocked(until=user.locked_until.astimezone().strftime("%H:%M"))
            else:
                journal.record(s, actor, "user.login_failed", "user", user.id,
                               {"username": user.username}, sync=False)
                failure = AuthenticationFailed(remaining=limit - user.failed_attempts)
    raise failure


def login(db: StoreDB, username: str, secret: str, counter_id: int | None = None) -> Actor:
    user = _check_credentials(db, username, secret, counter_id)
    return Actor(user.id, user.username, user.display_name, Role(user.role), user.store_id, counter_id)


def login_names(db: StoreDB) -> list[UserSummary]:
    """The active people who may log in at a counter, for the login screen's list."""
    with db.read() as s:
        users = s.scalars(select(User).where(User.active).order_by(User.display_name)).all()
        return [_summary(u) for u in users]


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(role=str(actor.role), action=str(permission))


def authorise(db: StoreDB, actor: Actor, permission: Permission,
              override: ManagerOverride | None = None) -> Authority:
    """Decide, before the action's transaction, whether `actor` may do it now."""
    if actor.can(permission):
        return Authority(permission)
    if override is None or permission not in AUTHORISABLE:
        raise PermissionDenied(role=str(actor.role), action=str(permission))
    manager = _check_credentials(db, override.username, override.secret, actor.counter_id)
    if Role(manager.role) not in AUTHORISING_ROLES or not role_can(Role(manager.role), permission):
        raise PermissionDenied(role=str(manager.role), action=str(permission))
    return Authority(permission, manager.id)


def record_authority(s: Session, actor: Actor, authority: Authority, reason: str = "") -> int | None:
    """Write the manager's authorisation inside the action's own transaction."""
    if authority.manager_id is None:
        return None
    row = ManagerAuthorisation(store_id=actor.store_id, counter_id=actor.counter_id,
                               requested_by_id=actor.user_id, manager_id=authority.manager_id,
                               permission=authority.permission.name, reason=reason[:200], at=now())
    s.add(row)
    s.flush()
    journal.record(s, actor, "manager.authorised", "manager_authorisation", row.id,
                   {"permission": authority.permission.name, "manager_id": authority.manager_id,
                    "reason": reason}, sync=False)
    return row.id


def _guard_admin(actor: Actor, role: Role | str) -> None:
    if Role(role) == Role.ADMIN and actor.role != Role.ADMIN:
        raise PermissionDenied(role=str(actor.role), action="manage an administrator")


def create_user(db: StoreDB, actor: Actor, username: str, display_name: str, role: Role | str,
                secret: str, secret_kind: str = "pin") -> UserSummary:
    require(actor, Permission.MANAGE_USERS)
    _guard_admin(actor, role)
    return _insert_user(db, actor, username, display_name, Role(role), secret, secret_kind)


def _insert_user(db: StoreDB, actor: Actor | None, username: str, display_name: str, role: Role,
                 secret: str, secret_kind: str, store_id: int | None = None) -> UserSummary:
    username = validate_username(username)
    if not (display_name or "").strip():
        raise ValidationError("Enter the person's name.")
    validate_secret(secret_kind, secret)
    with db.write() as s:
        if s.scalar(select(func.count()).where(User.username == username)):
            raise ValidationError("The user name “{name}” is taken.", name=username)
        user = User(store_id=store_id or actor.store_id, username=username,
                    display_name=display_name.strip(), role=role.value, secret_kind=secret_kind,
                    secret_hash=hash_secret(secret), created_at=now())
        s.add(user)
        s.flush()
        journal.record(s, actor, "user.created", "user", user.id,
                       {"username": username, "role": role.value, "store_id": user.store_id})
        return _summary(user)


def list_users(db: StoreDB, actor: Actor) -> list[UserSummary]:
    require(actor, Permission.MANAGE_USERS)
    with db.read() as s:
        return [_summary(u) for u in s.scalars(select(User).order_by(User.username)).all()]


def update_user(db: StoreDB, actor: Actor, user_id: int, *, display_name: str | None = None,
                role: Role | str | None = None, active: bool | None = None,
                secret: str | None = None, secret_kind: str = "pin") -> UserSummary:
    """Change a user's name, role, PIN or standing; unlocks the account when the PIN is reset."""
    require(actor, Permission.MANAGE_USERS)
    if secret is not None:
        validate_secret(secret_kind, secret)
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(what="User", key=str(user_id))
        _guard_admin(actor, user.role)
        changes: dict[str, object] = {}
        if display_name is not None and display_name.strip():
            user.display_name = changes["display_name"] = display_name.strip()
        if role is not None and Role(role).value != user.role:
            _guard_admin(actor, role)
            if user.id == actor.user_id:
                raise ValidationError("You cannot change your own role.")
            user.role = changes["role"] = Role(role).value
        if active is not None and active != user.active:
            if user.id == actor.user_id and not active:
                raise ValidationError("You cannot deactivate yourself.")
            user.active = changes["active"] = active
        if secret is not None:
            user.secret_hash, user.secret_kind = hash_secret(secret), secret_kind
            user.failed_attempts, user.locked_until = 0, None
            changes["secret"] = "reset"
        journal.record(s, actor, "user.updated", "user", user.id, changes, sync=False)
        return _summary(user)
