"""Log-in with a PIN, lock-out after wrong PINs, user administration and manager authorisation."""
from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import Type
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.roles import (
    AUTHORISABLE,
    AUTHORISING_ROLES,
    ROLE_PERMISSIONS,
    Permission,
    Role,
)
from pos_app.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_app.models import AuditEntry, ManagerAuthorisation, User
from pos_app.services import settings, users
from pos_app.services.users import ManagerOverride


def _user(store, username: str) -> User:
    with store.db.read() as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        s.expunge(user)
        return user


def _audit_count(store) -> int:
    with store.db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_pins_are_kept_as_argon2id_hashes_never_in_clear(store, production_hasher):
    users.create_user(store.db, store.admin, "lin", "Lin Wei 林伟", Role.CLERK, "731946")
    row = _user(store, "lin")
    assert row.secret_hash.startswith("$argon2id$")
    assert row.secret_kind == "pin"
    with store.db.read() as s:
        every_value = [str(v) for r in s.execute(select(User.__table__)).all() for v in r]
    assert not any("731946" in v for v in every_value)
    # the program's own hasher (not the cheap one the tests use) is argon2id too
    assert production_hasher.type is Type.ID
    real = production_hasher.hash("731946")
    assert real.startswith("$argon2id$") and "731946" not in real
    assert production_hasher.verify(real, "731946")
    with pytest.raises(VerifyMismatchError):
        production_hasher.verify(real, "731947")


def test_the_right_pin_logs_in_as_the_user_at_the_counter(store):
    actor = users.login(store.db, " clerk ", store.pins["clerk"], store.counter_id)
    assert (actor.username, actor.role, actor.store_id, actor.counter_id) == (
        "clerk", Role.CLERK, store.store_id, store.counter_id)
    assert actor.display_name == "Clerk 测试"
    assert actor.can(Permission.SELL) and not actor.can(Permission.REFUND)
    assert _user(store, "clerk").last_login_at is not None


def test_wrong_pins_count_down_then_lock_the_account(store):
    settings.set_settings(store.db, store.admin, {"lockout_attempts": 3, "lockout_minutes": 10})
    with pytest.raises(AuthenticationFailed) as first:
        users.login(store.db, "clerk", "0000")
    assert first.value.message == (
        "Wrong user name or PIN. 2 attempts left before the account is locked.")
    assert _user(store, "clerk").failed_attempts == 1  # committed although login raised
    with pytest.raises(AuthenticationFailed, match="1 attempts left"):
        users.login(store.db, "clerk", "0001")
    assert _user(store, "clerk").failed_attempts == 2
    with pytest.raises(AccountLocked) as locked:
        users.login(store.db, "clerk", "0002")
    row = _user(store, "clerk")
    assert row.locked_until is not None
    assert timedelta(minutes=9) < row.locked_until - clock.now() <= timedelta(minutes=10)
    assert locked.value.message.startswith("This account is locked after too many wrong PINs.")
    assert row.locked_until.astimezone().strftime("%H:%M") in locked.value.message
    actions = list(store.actions())
    assert actions[-3:] == ["user.login_failed", "user.login_failed", "user.locked"]


def test_a_locked_account_refuses_even_the_right_pin_until_the_lock_ends(store):
    settings.set_settings(store.db, store.admin, {"lockout_attempts": 2, "lockout_minutes": 15})
    for _ in range(2):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.login(store.db, "clerk", "9999")
    with pytest.raises(AccountLocked):
        users.login(store.db, "clerk", store.pins["clerk"])
    with clock.set_to(clock.now() + timedelta(minutes=14)), pytest.raises(AccountLocked):
        users.login(store.db, "clerk", store.pins["clerk"])
    with clock.set_to(clock.now() + timedelta(minutes=15, seconds=1)):
        actor = users.login(store.db, "clerk", store.pins["clerk"])
    assert actor.username == "clerk"
    row = _user(store, "clerk")
    assert (row.failed_attempts, row.locked_until) == (0, None)


def test_a_good_login_clears_the_wrong_pin_count(store):
    settings.set_settings(store.db, store.admin, {"lockout_attempts": 3})
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            users.login(store.db, "clerk", "0000")
    users.login(store.db, "clerk", store.pins["clerk"])
    assert _user(store, "clerk").failed_attempts == 0
    # so the next slip starts a fresh count instead of locking the account at once
    with pytest.raises(AuthenticationFailed, match="2 attempts left"):
        users.login(store.db, "clerk", "0000")


def test_an_unknown_user_is_told_the_same_as_a_wrong_pin_and_nothing_is_written(store):
    before = _audit_count(store)
    with pytest.raises(AuthenticationFailed) as caught:
        users.login(store.db, "nobody", "1234")
    assert caught.value.message == (
        "Wrong user name or PIN. 5 attempts left before the account is locked.")
    assert _audit_count(store) == before


def test_an_inactive_user_cannot_log_in_and_is_not_listed(store):
    users.update_user(store.db, store.admin, store.clerk.user_id, active=False)
    with pytest.raises(AuthenticationFailed):
        users.login(store.db, "clerk", store.pins["clerk"])
    assert "clerk" not in [u.username for u in users.login_names(store.db)]
    users.update_user(store.db, store.admin, store.clerk.user_id, active=True)
    assert users.login(store.db, "clerk", store.pins["clerk"]).username == "clerk"


def test_the_login_screen_lists_the_active_people_by_name(store):
    names = [u.display_name for u in users.login_names(store.db)]
    assert names == sorted(names) and "Ada Admin" in names and len(names) == 5


@pytest.mark.parametrize("pin", ["123", "12a4", "abcd", "", "1234567890123", "12 34", "1234\n",
                                 "１２３４", "١٢٣٤"])
def test_a_pin_is_4_to_12_plain_digits(store, pin):
    with pytest.raises(ValidationError) as caught:
        users.create_user(store.db, store.admin, "newbie", "New Bie", Role.CLERK, pin)
    assert caught.value.message == "A PIN is 4 to 12 digits."
    with pytest.raises(ValidationError):
        users.update_user(store.db, store.admin, store.clerk.user_id, secret=pin)
    assert "newbie" not in [u.username for u in users.list_users(store.db, store.admin)]
    assert users.login(store.db, "clerk", store.pins["clerk"])


@pytest.mark.parametrize("pin", ["1234", "000000", "123456789012"])
def test_good_pins_are_accepted(store, pin):
    users.create_user(store.db, store.admin, "newbie", "New Bie", Role.CLERK, pin)
    assert users.login(store.db, "newbie", pin).role == Role.CLERK


def test_a_password_needs_eight_characters(store):
    with pytest.raises(ValidationError, match="at least 8"):
        users.create_user(store.db, store.admin, "office", "Office", Role.MANAGER, "short",
                          secret_kind="password")
    users.create_user(store.db, store.admin, "office", "Office", Role.MANAGER, "long enough 长",
                      secret_kind="password")
    assert users.login(store.db, "office", "long enough 长").role == Role.MANAGER


def test_user_names_are_unique_and_well_formed(store):
    with pytest.raises(ValidationError, match="“clerk” is taken"):
        users.create_user(store.db, store.admin, "clerk", "Another", Role.CLERK, "1234")
    for bad in ("a", "has space", "名字", "x" * 41):
        with pytest.raises(ValidationError, match="user name is 2 to 40"):
            users.create_user(store.db, store.admin, bad, "Someone", Role.CLERK, "1234")
    with pytest.raises(ValidationError, match="person's name"):
        users.create_user(store.db, store.admin, "ok_name", " ", Role.CLERK, "1234")
    assert len(users.list_users(store.db, store.admin)) == 5


def test_a_manager_manages_staff_but_not_administrators(store):
    summary = users.create_user(store.db, store.manager, "temp", "Temp Clerk", Role.CLERK, "2468")
    assert summary.role == Role.CLERK and summary.active
    before = _audit_count(store)
    with pytest.raises(PermissionDenied, match=r"\(manager\) may not manage an administrator"):
        users.create_user(store.db, store.manager, "boss2", "Boss Two", Role.ADMIN, "2468")
    with pytest.raises(PermissionDenied):
        users.update_user(store.db, store.manager, summary.id, role=Role.ADMIN)
    with pytest.raises(PermissionDenied):
        users.update_user(store.db, store.manager, store.admin.user_id, secret="1111")
    with pytest.raises(PermissionDenied):
        users.update_user(store.db, store.manager, store.admin.user_id, active=False)
    assert _audit_count(store) == before
    assert [u.username for u in users.list_users(store.db, store.admin) if u.role == Role.ADMIN] == [
        "admin"]
    assert users.login(store.db, "admin", store.pins["admin"])


@pytest.mark.parametrize("who", ["clerk", "grader", "kiosk"])
def test_staff_without_the_right_cannot_manage_users(store, who):
    actor = getattr(store, who)
    before = _audit_count(store)
    with pytest.raises(PermissionDenied) as caught:
        users.create_user(store.db, actor, "sneaky", "Sneaky", Role.MANAGER, "1234")
    assert caught.value.message == (
        f"Your role ({who}) may not manage users. Ask a manager to authorise it.")
    with pytest.raises(PermissionDenied):
        users.update_user(store.db, actor, actor.user_id, role=Role.MANAGER)
    with pytest.raises(PermissionDenied):
        users.list_users(store.db, actor)
    assert _audit_count(store) == before
    assert _user(store, who).role == who


def test_changing_a_user_is_audited_and_resetting_the_pin_unlocks(store):
    settings.set_settings(store.db, store.admin, {"lockout_attempts": 1})
    with pytest.raises(AccountLocked):
        users.login(store.db, "grader", "0000")
    updated = users.update_user(store.db, store.admin, store.grader.user_id,
                                display_name="Grace Grader", role=Role.CLERK, secret="8642")
    assert (updated.display_name, updated.role, updated.locked_until) == (
        "Grace Grader", Role.CLERK, None)
    assert users.login(store.db, "grader", "8642").role == Role.CLERK
    with pytest.raises(AccountLocked):  # the old PIN is now a wrong one (one try allowed)
        users.login(store.db, "grader", store.pins["grader"])
    with store.db.read() as s:
        data = s.scalars(select(AuditEntry.data).where(AuditEntry.action == "user.updated")).one()
    assert '"secret":"reset"' in data and "8642" not in data


def test_nobody_changes_their_own_role_or_deactivates_themselves(store):
    with pytest.raises(ValidationError, match="own role"):
        users.update_user(store.db, store.admin, store.admin.user_id, role=Role.MANAGER)
    with pytest.raises(ValidationError, match="deactivate yourself"):
        users.update_user(store.db, store.admin, store.admin.user_id, active=False)
    with pytest.raises(NotFound):
        users.update_user(store.db, store.admin, 31337, display_name="Ghost")
    assert _user(store, "admin").role == "admin" and _user(store, "admin").active


def test_a_manager_authorises_what_a_clerk_may_not_do(store):
    with pytest.raises(PermissionDenied):
        users.authorise(store.db, store.clerk, Permission.REFUND)
    authority = users.authorise(store.db, store.clerk, Permission.REFUND,
                                ManagerOverride("manager", store.pins["manager"]))
    assert (authority.permission, authority.manager_id) == (Permission.REFUND, store.manager.user_id)
    own = users.authorise(store.db, store.manager, Permission.REFUND)
    assert own.manager_id is None


def test_a_wrong_manager_pin_is_refused_and_counted_against_the_manager(store):
    with pytest.raises(AuthenticationFailed, match="4 attempts left"):
        users.authorise(store.db, store.clerk, Permission.VOID, ManagerOverride("manager", "1111"))
    assert _user(store, "manager").failed_attempts == 1
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ManagerAuthorisation)) == 0


def test_a_clerk_cannot_vouch_as_a_manager(store):
    users.create_user(store.db, store.admin, "clerk2", "Second Clerk", Role.CLERK, "7777")
    with pytest.raises(PermissionDenied, match=r"\(clerk\)"):
        users.authorise(store.db, store.clerk, Permission.REFUND, ManagerOverride("clerk2", "7777"))
    with pytest.raises(PermissionDenied):
        users.authorise(store.db, store.clerk, Permission.REFUND, ManagerOverride("grader", store.pins["grader"]))


def test_some_rights_cannot_be_lent_even_by_a_manager(store):
    with pytest.raises(PermissionDenied):
        users.authorise(store.db, store.clerk, Permission.MANAGE_USERS,
                        ManagerOverride("manager", store.pins["manager"]))
    with pytest.raises(PermissionDenied):
        users.authorise(store.db, store.kiosk, Permission.MANAGE_SETTINGS,
                        ManagerOverride("admin", store.pins["admin"]))


def test_what_each_role_may_do():
    every = set(Permission)
    assert ROLE_PERMISSIONS[Role.ADMIN] == every - {Permission.KIOSK_QUOTE}
    assert ROLE_PERMISSIONS[Role.MANAGER] == every - {Permission.KIOSK_QUOTE, Permission.MANAGE_SETTINGS}
    assert ROLE_PERMISSIONS[Role.KIOSK] == {Permission.KIOSK_QUOTE}
    assert Permission.SELL in ROLE_PERMISSIONS[Role.CLERK]
    assert Permission.SELL not in ROLE_PERMISSIONS[Role.GRADER]
    assert not {Permission.REFUND, Permission.VOID, Permission.WRITE_OFF, Permission.MANAGE_USERS,
                Permission.REVEAL_PERSONAL_DATA} & ROLE_PERMISSIONS[Role.CLERK]
    # whatever a manager may lend, a manager has; and only managers and admins lend
    for role in AUTHORISING_ROLES:
        assert AUTHORISABLE <= ROLE_PERMISSIONS[role]
    assert AUTHORISING_ROLES == {Role.MANAGER, Role.ADMIN}
    assert not {Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS} & AUTHORISABLE
