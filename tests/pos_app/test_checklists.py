"""Checklists kept in the database as versions: the shipped ones installed once, new versions
published by those allowed to, and a category's checklist found up the category tree."""
from __future__ import annotations

import copy
import json
import threading

import pytest
from sqlalchemy import func, select

from pos_app.domain.grading import ChecklistInvalid
from pos_app.errors import PermissionDenied, ValidationError
from pos_app.models import AuditEntry, Checklist, OutboxEvent
from pos_app.services import catalog, checklists
from pos_app.services.store_db import StoreDB, open_store

from .conftest import Store

SHIPPED = checklists.shipped_definitions()


def _rows(store: Store) -> list[tuple[str, int]]:
    with store.db.read() as s:
        return list(s.execute(select(Checklist.ref, Checklist.version)
                              .order_by(Checklist.ref, Checklist.version)).all())


def _phone_v2() -> dict:
    definition = copy.deepcopy(SHIPPED["phone"])
    battery = next(q for q in definition["questions"] if q["key"] == "battery_health")
    battery["thresholds"] = [{"min": 95, "cap": "A+"}, {"min": 88, "cap": "A"},
                             {"min": 0, "cap": "B"}]
    definition["questions"].insert(3, {
        "key": "box", "label": "Original box", "label_zh": "原装包装盒", "kind": "yes_no",
        "required": True, "caps": {"yes": None, "no": "A"}})
    return definition


def test_every_shipped_checklist_loads_as_version_1(store: Store) -> None:
    for ref, definition in SHIPPED.items():
        view = checklists.current(store.db, ref)
        assert (view.ref, view.version, view.name) == (ref, 1, definition["name"])
        assert view.definition == definition
    assert _rows(store) == sorted((ref, 1) for ref in SHIPPED)


def test_installing_the_shipped_checklists_is_idempotent(store: Store) -> None:
    assert sorted(checklists.ensure_shipped(store.db)) == sorted(SHIPPED)
    assert checklists.ensure_shipped(store.db) == []
    checklists.current(store.db, "phone")
    assert len(_rows(store)) == len(SHIPPED)
    assert store.actions().count("checklist.installed") == len(SHIPPED)


def test_counters_installing_at_once_make_one_version_1_per_ref(store: Store) -> None:
    counters = [open_store(store.url) for _ in range(3)]
    start = threading.Barrier(len(counters), timeout=60)
    errors: list[BaseException] = []

    def install(db: StoreDB) -> None:
        try:
            start.wait()
            checklists.ensure_shipped(db)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=install, args=(db,)) for db in counters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for db in counters:
        db.close()
    assert errors == []
    assert _rows(store) == sorted((ref, 1) for ref in SHIPPED)


def test_an_unknown_ref_has_no_checklist(store: Store) -> None:
    with pytest.raises(checklists.NoChecklist, match="no inspection checklist “drone”"):
        checklists.current(store.db, "drone")


def test_a_category_finds_its_checklist_up_the_tree(store: Store) -> None:
    assert checklists.for_category(store.db, "3c.phone").ref == "phone"
    assert checklists.for_category(store.db, "clothing.women").ref == "clothing"
    assert checklists.for_category(store.db, "bags").ref == "luxury"
    catalog.add_category(store.db, store.admin, code="clothing.shoes", name="Shoes",
                         name_zh="鞋", parent="clothing")
    assert checklists.for_category(store.db, "clothing.shoes").ref == "clothing"
    catalog.add_category(store.db, store.admin, code="3c.drone", name="Drones",
                         name_zh="无人机", parent="3c")
    with pytest.raises(checklists.CategoryHasNoChecklist, match="“3c.drone”"):
        checklists.for_category(store.db, "3c.drone")


def test_publishing_makes_a_new_version_and_keeps_the_old(store: Store) -> None:
    v1 = checklists.current(store.db, "phone")
    v2 = checklists.publish(store.db, store.admin, "phone", _phone_v2())
    assert (v2.version, v2.ref) == (2, "phone")
    assert checklists.current(store.db, "phone") == v2
    assert [v.version for v in checklists.versions(store.db, "phone")] == [1, 2]
    assert checklists.versions(store.db, "phone")[0] == v1
    assert checklists.versions(store.db, "phone")[0].definition == SHIPPED["phone"]
    with store.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "checklist.published")).one()
        assert entry.user_id == store.admin.user_id
        assert json.loads(entry.data)["version"] == 2
        assert s.scalar(select(func.count()).select_from(OutboxEvent)
                        .where(OutboxEvent.event_type == "checklist.published")) == 1


def test_publishing_fills_in_the_defaults(store: Store) -> None:
    definition = {"name": "Drones", "name_zh": "无人机", "questions": [
        {"key": "flies", "label": "Flies steadily", "label_zh": "飞行平稳", "kind": "yes_no",
         "caps": {"no": "D"}}]}
    view = checklists.publish(store.db, store.admin, "drone", definition)
    assert view.version == 1
    assert view.questions[0]["required"] is False
    assert view.questions[0]["caps"] == {"yes": None, "no": "D"}


@pytest.mark.parametrize("who", ["grader", "clerk", "kiosk"])
def test_only_managers_and_admins_may_publish(store: Store, who: str) -> None:
    with pytest.raises(PermissionDenied):
        checklists.publish(store.db, getattr(store, who), "phone", _phone_v2())
    assert checklists.current(store.db, "phone").version == 1


def test_a_manager_publishes_a_new_version(store: Store) -> None:
    assert checklists.publish(store.db, store.manager, "phone", _phone_v2()).version == 2


def test_an_invalid_or_unchanged_definition_publishes_nothing(store: Store) -> None:
    checklists.ensure_shipped(store.db)
    before = (_rows(store), store.audit_head(), store.counts())
    broken = _phone_v2()
    broken["questions"][0]["kind"] = "barcode"
    with pytest.raises(ChecklistInvalid, match="the kind “barcode”"):
        checklists.publish(store.db, store.admin, "phone", broken)
    with pytest.raises(ChecklistInvalid, match="its ref “tablet” is not “phone”"):
        checklists.publish(store.db, store.admin, "phone", SHIPPED["tablet"])
    with pytest.raises(ValidationError, match="unchanged"):
        checklists.publish(store.db, store.admin, "phone", SHIPPED["phone"])
    assert (_rows(store), store.audit_head(), store.counts()) == before
