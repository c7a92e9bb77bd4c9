"""The store: first-run set-up, its counters, its settings, and who may change them."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_app.domain.default_categories import DEFAULT_CATEGORIES
from pos_app.errors import (
    AlreadyInitialised,
    InvalidStoreCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_app.models import AuditEntry, Category, CodeSequence, Counter, Setting, Store, User
from pos_app.services import journal, settings, stores


def _setup(db, **overrides):
    args = {"store_name": "Green Loop", "store_code": "sh01", "tax_rate": "13",
            "admin_username": "boss", "admin_display_name": "The Boss", "admin_secret": "2468"}
    args.update(overrides)
    return stores.initialise_store(db, **args)


def _nothing_written(db) -> bool:
    with db.read() as s:
        return all(s.scalar(select(func.count()).select_from(model)) == 0
                   for model in (Store, User, Category, Counter, CodeSequence, AuditEntry))


def test_a_new_store_gets_its_counter_categories_admin_and_audit_entries(db):
    assert not stores.is_initialised(db)
    admin = _setup(db, store_name="  Green Loop 绿循环 ", tax_rate="6.5")
    assert stores.is_initialised(db)
    info = stores.get_store(db)
    assert (info.code, info.name, info.currency, info.tax_rate, info.locale) == (
        "SH01", "Green Loop 绿循环", "CNY", Decimal("6.5"), "zh_CN")
    assert admin.role == "admin" and admin.store_id == info.id and admin.username == "boss"
    counters = stores.list_counters(db, info.id)
    assert [(c.number, c.name, c.kind, c.active) for c in counters] == [(1, "Counter 1", "counter", True)]
    with db.read() as s:
        cats = {c.code: c for c in s.scalars(select(Category))}
        assert set(cats) == {row[0] for row in DEFAULT_CATEGORIES}
        assert cats["3c.phone"].parent_id == cats["3c"].id
        assert cats["3c.phone"].name_zh == "手机"
        assert cats["books"].tax_rate_bp == 900
        assert cats["3c.phone"].tax_rate_bp is None
        assert s.get(CodeSequence, info.id).next_value == 1
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
        assert actions == ["store.created", "user.created"]
        assert journal.verify_chain(s).ok


@pytest.mark.parametrize("rate, bp", [("13", 1300), ("6.5", 650), ("0", 0), ("100", 10000),
                                      ("13%", 1300), (" 9 ", 900), ("6.25", 625), (Decimal(3), 300)])
def test_tax_rates_in_percent_with_two_decimals_at_most(rate, bp):
    assert stores.tax_rate_bp(rate) == bp


@pytest.mark.parametrize("rate", ["abc", "-1", "101", "13.123", "", "NaN", "sNaN", "Infinity",
                                  "1e400", "13,5"])
def test_bad_tax_rates_are_refused_and_nothing_is_written(db, rate):
    with pytest.raises(ValidationError):
        stores.tax_rate_bp(rate)
    with pytest.raises(ValidationError):
        _setup(db, tax_rate=rate)
    assert _nothing_written(db)


@pytest.mark.parametrize("code", ["S", "1SH", "SH-01", "SHOP0001", "", "店01", "sh 01"])
def test_bad_store_codes_are_refused_and_nothing_is_written(db, code):
    with pytest.raises(InvalidStoreCode) as caught:
        _setup(db, store_code=code)
    assert "SH01" in caught.value.message  # the message shows a good example
    assert _nothing_written(db)


@pytest.mark.parametrize("overrides", [
    {"store_name": "  "},
    {"currency": "XYZ"},
    {"admin_username": "a b"},
    {"admin_display_name": ""},
    {"admin_secret": "12"},
    {"admin_secret": "abcd"},
])
def test_a_refused_first_run_leaves_nothing_half_made(db, overrides):
    with pytest.raises(ValidationError):
        _setup(db, **overrides)
    assert _nothing_written(db)
    _setup(db)  # and the same database can still be set up properly
    assert stores.is_initialised(db)


def test_a_store_is_set_up_only_once(db):
    _setup(db)
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(AlreadyInitialised):
        _setup(db, store_code="BJ02", admin_username="other")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 1
        assert s.scalar(select(func.count()).select_from(User)) == 1
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before
    assert stores.get_store(db).code == "SH01"


def test_the_admin_renames_the_store_and_changes_its_tax_rate(store):
    info = stores.update_store(store.db, store.admin, name="Green Loop East", tax_rate="9")
    assert (info.name, info.tax_rate) == ("Green Loop East", Decimal(9))
    assert stores.get_store(store.db, store.store_id) == info
    assert store.actions()[-1] == "store.updated"
    with pytest.raises(ValidationError):
        stores.update_store(store.db, store.admin, tax_rate="101")
    with pytest.raises(ValidationError):
        stores.update_store(store.db, store.admin, name=" ")
    assert stores.get_store(store.db).tax_rate == Decimal(9)


@pytest.mark.parametrize("who", ["clerk", "grader", "kiosk", "manager"])
def test_only_the_admin_changes_the_store_and_its_counters(store, who):
    actor = getattr(store, who)
    before = store.counts()
    with pytest.raises(PermissionDenied) as caught:
        stores.update_store(store.db, actor, name="Mine now")
    assert f"({who})" in caught.value.message
    with pytest.raises(PermissionDenied):
        stores.add_counter(store.db, actor, "Till 2")
    with pytest.raises(PermissionDenied):
        stores.update_counter(store.db, actor, store.counter_id, active=False)
    assert stores.get_store(store.db).name == "Green Loop 绿循环"
    assert len(stores.list_counters(store.db, store.store_id)) == 1
    assert store.counts() == before


def test_counters_and_kiosks_are_numbered_in_order_and_can_be_renamed_or_retired(store):
    till = stores.add_counter(store.db, store.admin, " Till 2 ")
    kiosk = stores.add_counter(store.db, store.admin, "Compound kiosk 小区回收", kind="kiosk")
    assert (till.number, till.name, till.kind) == (2, "Till 2", "counter")
    assert (kiosk.number, kiosk.kind) == (3, "kiosk")
    stores.update_counter(store.db, store.admin, till.id, name="Back till", active=False)
    listed = stores.list_counters(store.db, store.store_id)
    assert [(c.number, c.name, c.active) for c in listed] == [
        (1, "Counter 1", True), (2, "Back till", False), (3, "Compound kiosk 小区回收", True)]
    assert store.actions()[-3:] == ["counter.added", "counter.added", "counter.updated"]
    with pytest.raises(ValidationError):
        stores.add_counter(store.db, store.admin, "Drive-through", kind="drone")
    with pytest.raises(ValidationError):
        stores.add_counter(store.db, store.admin, "  ")
    with pytest.raises(NotFound):
        stores.update_counter(store.db, store.admin, 9999, name="Ghost")
    assert len(stores.list_counters(store.db, store.store_id)) == 3


def test_a_new_store_starts_from_the_default_settings(store):
    assert settings.get_settings(store.db, store.store_id) == settings.DEFAULTS
    assert settings.DEFAULTS["lockout_attempts"] == 5


def test_settings_are_saved_per_store_and_audited(store):
    result = settings.set_settings(store.db, store.admin,
                                   {"lockout_attempts": 3, "label_printer": "Zebra ZD421"})
    assert result["lockout_attempts"] == 3 and result["label_printer"] == "Zebra ZD421"
    settings.set_settings(store.db, store.admin, {"lockout_attempts": 4})
    got = settings.get_settings(store.db, store.store_id)
    assert got == {**settings.DEFAULTS, "lockout_attempts": 4, "label_printer": "Zebra ZD421"}
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Setting)) == 2
        assert settings.lockout_attempts(s, store.store_id) == 4
    assert store.actions()[-2:] == ["settings.changed", "settings.changed"]


@pytest.mark.parametrize("values", [
    {"lockout_attempts": 0},
    {"lockout_attempts": -3},
    {"lockout_attempts": "5"},
    {"lockout_attempts": 2.5},
    {"lockout_attempts": True},
    {"lockout_minutes": None},
    {"discount_limit_percent": 101},
    {"discount_limit_percent": -1},
    {"lockout_minutes": 1441},
    {"lockout_attempts": 21},
    {"language": "fr"},
    {"label_printer": 5},
    {"receipt_printer": "x" * 121},
    {"no_such_setting": 1},
])
def test_bad_settings_are_refused_and_nothing_is_saved(store, values):
    before = store.counts()
    with pytest.raises(ValidationError):
        settings.set_settings(store.db, store.admin, values)
    assert settings.get_settings(store.db, store.store_id) == settings.DEFAULTS
    assert store.counts() == before


def test_a_clerk_may_choose_the_language_but_not_the_lockout(store):
    with pytest.raises(PermissionDenied):
        settings.set_settings(store.db, store.clerk, {"lockout_attempts": 99})
    with pytest.raises(PermissionDenied):
        settings.set_settings(store.db, store.manager, {"language": "en", "receipt_printer": "x"})
    assert settings.set_settings(store.db, store.clerk, {"language": "en"})["language"] == "en"
    assert settings.get_settings(store.db, store.store_id)["lockout_attempts"] == 5


def test_the_store_of_a_user(store):
    assert stores.store_of_user(store.db, store.clerk.user_id) == store.store_id
    with pytest.raises(NotFound):
        stores.store_of_user(store.db, 424242)
