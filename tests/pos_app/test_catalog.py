"""The category tree: read by every intake screen, changed only by whoever runs the store."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_app.domain.default_categories import DEFAULT_CATEGORIES
from pos_app.errors import NotFound, PermissionDenied, ValidationError
from pos_app.models import AuditEntry, OutboxEvent
from pos_app.services import catalog


def test_a_new_store_lists_the_default_categories_parents_first(store):
    cats = catalog.list_categories(store.db)
    assert {c.code for c in cats} == {row[0] for row in DEFAULT_CATEGORIES}
    by_code = {c.code: c for c in cats}
    seen: set[int] = set()
    for c in cats:
        assert c.parent_id is None or c.parent_id in seen
        seen.add(c.id)
    phone = by_code["3c.phone"]
    assert (phone.name, phone.name_zh, phone.parent_id, phone.checklist_ref, phone.avg_weight_g,
            phone.tax_rate) == ("Mobile phones", "手机", by_code["3c"].id, "phone", 190, None)
    assert by_code["books"].tax_rate == Decimal(9)


def test_the_admin_adds_a_category_under_a_parent_and_it_is_audited(store):
    before = store.counts()
    view = catalog.add_category(store.db, store.admin, code="3C.Drone", name="Drones",
                                name_zh="无人机", parent="3c", tax_rate="6.5",
                                checklist_ref="electronics", avg_weight_g=900)
    assert (view.code, view.tax_rate, view.avg_weight_g) == ("3c.drone", Decimal("6.5"), 900)
    assert view in catalog.list_categories(store.db)
    after = store.counts()
    assert after["audit_log"] == before["audit_log"] + 1
    assert after["sync_outbox"] == before["sync_outbox"] + 1
    with store.db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (entry.action, entry.entity_id) == ("category.added", str(view.id))
        assert '"tax_rate_bp":650' in entry.data
        assert s.scalars(select(OutboxEvent.event_type).order_by(OutboxEvent.id.desc())).first() \
            == "category.added"


def test_a_manager_may_not_change_the_category_tree(store):
    with pytest.raises(PermissionDenied):
        catalog.add_category(store.db, store.manager, code="toys", name="Toys")


@pytest.mark.parametrize("kwargs, error, message", [
    ({"code": "3c.phone", "name": "Phones again"}, ValidationError, "taken"),
    ({"code": "toys", "name": "Toys", "parent": "nope"}, NotFound, "nope"),
    ({"code": "玩具", "name": "Toys"}, ValidationError, "category code"),
    ({"code": "toys", "name": " "}, ValidationError, "name"),
    ({"code": "toys", "name": "Toys", "tax_rate": "abc"}, ValidationError, "tax rate"),
    ({"code": "toys", "name": "Toys", "avg_weight_g": -5}, ValidationError, "grams"),
])
def test_bad_categories_are_refused_and_nothing_is_written(store, kwargs, error, message):
    before = store.counts()
    with pytest.raises(error, match=message):
        catalog.add_category(store.db, store.admin, **kwargs)
    assert store.counts() == before


def test_inactive_categories_are_listed_only_when_asked(store):
    from pos_app.models import Category

    with store.db.write() as s:
        s.scalars(select(Category).where(Category.code == "furniture")).one().active = False
    assert "furniture" not in {c.code for c in catalog.list_categories(store.db)}
    listed = {c.code: c for c in catalog.list_categories(store.db, include_inactive=True)}
    assert listed["furniture"].active is False
