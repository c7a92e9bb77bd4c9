"""Parties: personal data kept whole in the store, shown masked, never audited or synced."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from pos_app.errors import PermissionDenied, ValidationError
from pos_app.models import AuditEntry, OutboxEvent, Party
from pos_app.services import parties


def test_a_clerk_adds_a_seller_and_sees_the_name_and_phone_masked(store):
    view = parties.add_party(store.db, store.clerk, "王小明", phone="13812345678",
                             email="12345678@qq.com", is_seller=True, notes="常客 regular")
    assert (view.name, view.phone, view.email, view.masked) == ("王**", "138****5678",
                                                                "1***@qq.com", True)
    assert view.is_seller and not view.is_consignor and view.kind == "person"
    with store.db.read() as s:
        row = s.get(Party, view.id)
        assert (row.name, row.phone, row.email, row.store_id) == (
            "王小明", "13812345678", "12345678@qq.com", store.store_id)


def test_list_parties_is_masked_for_a_clerk_and_whole_for_a_manager(store):
    parties.add_party(store.db, store.clerk, "李娜", phone="15900001111", is_consignor=True)
    parties.add_party(store.db, store.clerk, "Lily Chen", phone="021-62345678", kind="person")
    clerk_sees = {p.phone: p.name for p in parties.list_parties(store.db, store.clerk)}
    manager_sees = {p.phone: p.name for p in parties.list_parties(store.db, store.manager)}
    assert clerk_sees == {"159****1111": "李*", "021*****5678": "Lily C."}
    assert manager_sees == {"15900001111": "李娜", "021-62345678": "Lily Chen"}
    assert all(not p.masked for p in parties.list_parties(store.db, store.admin))


def test_parties_are_found_by_name_or_phone_digits_a_page_at_a_time(store):
    for n in range(5):
        parties.add_party(store.db, store.clerk, f"张{'伟芳娜敏静'[n]}", phone=f"1390000{n:04d}")
    parties.add_party(store.db, store.clerk, "上海绿源再生资源回收有限公司", kind="business",
                      phone="021-55556666")
    assert [p.name for p in parties.list_parties(store.db, store.manager, "张娜")] == ["张娜"]
    found = parties.list_parties(store.db, store.manager, "0003")
    assert [p.phone for p in found] == ["13900000003"]
    assert [p.kind for p in parties.list_parties(store.db, store.manager, "绿源")] == ["business"]
    assert parties.list_parties(store.db, store.manager, "100%") == []
    page = parties.list_parties(store.db, store.manager, "张", offset=2, limit=2)
    everyone = parties.list_parties(store.db, store.manager, "张")
    assert len(everyone) == 5 and page == everyone[2:4]


def test_adding_a_party_is_audited_and_synced_without_personal_data(store):
    view = parties.add_party(store.db, store.clerk, "赵丽娟", phone="18600002222",
                             email="zhao@example.com", kind="person", is_buyer=True)
    with store.db.read() as s:
        audit = s.execute(select(AuditEntry.data, AuditEntry.entity_id, AuditEntry.user_id)
                          .where(AuditEntry.action == "party.added")).one()
        payload = s.scalars(select(OutboxEvent.payload)
                            .where(OutboxEvent.event_type == "party.added")).one()
    expected = f'{{"id":{view.id},"kind":"person"}}'
    assert audit == (expected, str(view.id), store.clerk.user_id)
    assert payload == expected


@pytest.mark.parametrize("kwargs, message", [
    ({"name": " "}, "name"),
    ({"name": "x" * 121}, "120"),
    ({"name": "A", "phone": "call me"}, "phone"),
    ({"name": "A", "email": "nobody"}, "e-mail"),
    ({"name": "A", "kind": "robot"}, "person or a business"),
])
def test_bad_party_details_are_refused_and_nothing_is_written(store, kwargs, message):
    before = store.counts()
    with pytest.raises(ValidationError, match=message):
        parties.add_party(store.db, store.clerk, **kwargs)
    assert store.counts() == before


def test_a_kiosk_may_neither_add_nor_list_parties(store):
    with pytest.raises(PermissionDenied):
        parties.add_party(store.db, store.kiosk, "王芳", phone="13800000000")
    with pytest.raises(PermissionDenied):
        parties.list_parties(store.db, store.kiosk)
