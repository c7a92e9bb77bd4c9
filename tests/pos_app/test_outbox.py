"""The sync outbox: every change the platform must hear of waits here, written in the same
transaction as the change and its audit entry, in the order the changes happened."""
from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from pos_app.domain.item_states import ItemState as S
from pos_app.domain.money import Money
from pos_app.errors import AuthenticationFailed
from pos_app.models import AuditEntry, OutboxEvent
from pos_app.services import items, journal, settings, stores, users


def _outbox(store) -> list[OutboxEvent]:
    with store.db.read() as s:
        rows = s.scalars(select(OutboxEvent).order_by(OutboxEvent.id)).all()
        s.expunge_all()
        return rows


def _audit(store) -> list[AuditEntry]:
    with store.db.read() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        s.expunge_all()
        return rows


def test_a_new_store_queues_its_creation_and_its_staff(store):
    events = _outbox(store)
    assert [e.event_type for e in events] == ["store.created"] + ["user.created"] * 5
    created = events[0]
    assert (created.store_id, created.counter_id, created.aggregate) == (store.store_id, None, "store")
    assert json.loads(created.payload)["code"] == "SH01"
    for e in events[1:]:
        assert "secret" not in e.payload and "$argon2" not in e.payload


def test_an_items_life_is_queued_in_order_with_what_the_platform_needs(store):
    code = items.receive_item(store.db, store.clerk, category="3c.phone", acquisition="buy_back",
                              brand="Apple", model="iPhone 12", cost=Money.of("1500")).code
    items.transition(store.db, store.grader, code, S.GRADED, grade="A")
    items.transition(store.db, store.grader, code, S.PRICED, price=Money.of("2999"))
    items.transition(store.db, store.grader, code, S.LABELLED)
    items.transition(store.db, store.clerk, code, S.ON_SHELF)
    items.transition(store.db, store.clerk, code, S.SOLD, reason="walk-in")
    events = [e for e in _outbox(store) if e.aggregate == "item"]
    assert [e.event_type for e in events] == [
        "item.received", "item.graded", "item.priced", "item.labelled", "item.on_shelf", "item.sold"]
    assert {e.aggregate_id for e in events} == {code}
    payloads = [json.loads(e.payload) for e in events]
    assert [p["version"] for p in payloads] == [1, 2, 3, 4, 5, 6]
    assert [p.get("from_state") for p in payloads] == [
        None, "received", "graded", "priced", "labelled", "on_shelf"]
    sold = payloads[-1]
    assert (sold["state"], sold["grade"], sold["price_minor"], sold["reason"]) == (
        "sold", "A", 299900, "walk-in")
    for e in events:
        assert uuid.UUID(e.event_id).version == 4
        assert (e.sent_at, e.attempts, e.last_error) == (None, 0, None)
        assert e.store_id == store.store_id and e.counter_id == store.counter_id
        assert e.created_at is not None
    assert len({e.event_id for e in events}) == len(events)


def test_each_queued_change_carries_exactly_its_audited_data(store):
    code = items.receive_item(store.db, store.clerk, category="books", acquisition="buy_back",
                              brand="三联", model="乡土中国").code
    items.transition(store.db, store.grader, code, S.GRADED, grade="C")
    audited = {(e.action, e.entity_id): e.data for e in _audit(store)}
    for event in _outbox(store):
        assert audited[(event.event_type, event.aggregate_id)] == event.payload


def test_local_only_changes_are_audited_but_not_queued(store):
    before = len(_outbox(store))
    settings.set_settings(store.db, store.admin, {"lockout_minutes": 20})
    users.update_user(store.db, store.admin, store.clerk.user_id, display_name="Clerk Renamed")
    with pytest.raises(AuthenticationFailed):
        users.login(store.db, "clerk", "0000")
    code = items.receive_item(store.db, store.clerk, category="books", acquisition="buy_back").code
    items.transition(store.db, store.clerk, code, S.GRADED, grade="B",
                     override=users.ManagerOverride("manager", store.pins["manager"]))
    actions = [e.action for e in _audit(store)][-6:]
    assert actions == ["settings.changed", "user.updated", "user.login_failed", "item.received",
                       "manager.authorised", "item.graded"]
    assert [e.event_type for e in _outbox(store)[before:]] == ["item.received", "item.graded"]


def test_store_and_counter_changes_are_queued(store):
    before = len(_outbox(store))
    stores.update_store(store.db, store.admin, name="Green Loop East")
    stores.add_counter(store.db, store.admin, "Kiosk 1", kind="kiosk")
    assert [e.event_type for e in _outbox(store)[before:]] == ["store.updated", "counter.added"]


def test_record_writes_the_audit_entry_and_the_outbox_row_together(store):
    with store.db.write() as s:
        entry = journal.record(s, store.admin, "test.thing", "thing", 7, {"n": 1, "名": "值"})
        quiet = journal.record(s, store.admin, "test.quiet", "thing", 7, {"n": 2}, sync=False)
    assert quiet.seq == entry.seq + 1
    events = _outbox(store)
    assert events[-1].event_type == "test.thing"
    assert events[-1].payload == entry.data == '{"n":1,"名":"值"}'
    assert not any(e.event_type == "test.quiet" for e in events)
