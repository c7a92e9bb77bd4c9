"""Stock lines for new accessories: quantities move only through audited, synced adjustments."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos_app.domain.money import Money
from pos_app.domain.roles import Role
from pos_app.errors import NotFound, PermissionDenied, ValidationError
from pos_app.models import AuditEntry, OutboxEvent, StockLine, StockMovement
from pos_app.services import stock, stores, users
from pos_app.services.store_db import open_store


@pytest.fixture
def shop(db_url):
    db = open_store(db_url)
    admin = stores.initialise_store(db, store_name="Shop", store_code="SH01", admin_username="admin",
                                    admin_display_name="Admin", admin_secret="1234")
    users.create_user(db, admin, "clerk", "Clerk", Role.CLERK, "1111")
    yield db, admin, users.login(db, "clerk", "1111")
    db.close()


def _counts(db):
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in
                     (StockMovement, AuditEntry, OutboxEvent))


def test_adding_and_adjusting_stock_is_audited_and_queued_for_sync(shop):
    db, admin, _ = shop
    line = stock.add_stock_line(db, admin, sku="chg-20w", name="USB-C charger 20W 充电器",
                                category="3c.accessory", price=Money.of("59"), quantity=10)
    assert (line.sku, line.quantity, line.price) == ("CHG-20W", 10, Money(5900))
    before = _counts(db)
    line = stock.adjust(db, admin, "CHG-20W", -3, "sold at fair")
    assert line.quantity == 7
    assert _counts(db) == (before[0] + 1, before[1] + 1, before[2] + 1)
    with db.read() as s:
        payload = s.scalars(select(OutboxEvent.payload).order_by(OutboxEvent.id.desc())).first()
    assert '"delta":-3' in payload and '"quantity":7' in payload


def test_stock_never_goes_below_zero_and_a_refusal_changes_nothing(shop):
    db, admin, _ = shop
    stock.add_stock_line(db, admin, sku="CASE1", name="Case", category="3c.accessory",
                         price=Money.of("19.90"), quantity=2)
    before = _counts(db)
    with pytest.raises(ValidationError, match="Only 2"):
        stock.adjust(db, admin, "CASE1", -3, "count")
    assert _counts(db) == before
    with db.read() as s:
        assert s.scalar(select(StockLine.quantity).where(StockLine.sku == "CASE1")) == 2


@pytest.mark.parametrize("kwargs", [
    {"sku": "", "name": "x", "price": Money(100)},
    {"sku": "X", "name": "x", "price": Money(0)},
    {"sku": "X", "name": "x", "price": Money(100), "quantity": -1},
])
def test_bad_stock_lines_are_refused(shop, kwargs):
    db, admin, _ = shop
    with pytest.raises(ValidationError):
        stock.add_stock_line(db, admin, category="3c.accessory", **kwargs)
    assert stock.list_stock(db, admin.store_id) == []


def test_a_clerk_cannot_adjust_stock_and_unknown_skus_are_named(shop):
    db, admin, clerk = shop
    with pytest.raises(PermissionDenied):
        stock.adjust(db, clerk, "CASE1", 1, "delivery")
    with pytest.raises(NotFound, match="NOPE"):
        stock.adjust(db, admin, "NOPE", 1, "delivery")
