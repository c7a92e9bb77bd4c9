"""Inspecting and grading items on a real database: one transaction that writes the inspection,
the item's serial and grade, its history, the audit and the outbox, or nothing at all."""
from __future__ import annotations

import copy
import json
import re

import pytest
from sqlalchemy import func, select

from pos_app.domain.devices import imei_check_digit
from pos_app.domain.grading import AnswerOutOfRange, AnswersMissing, ItemRefused
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.errors import IllegalTransition, NotFound, PermissionDenied, ValidationError
from pos_app.models import (
    AuditEntry,
    Inspection,
    Item,
    ItemEvent,
    ManagerAuthorisation,
    OutboxEvent,
)
from pos_app.services import checklists, grading, items
from pos_app.services.users import ManagerOverride

from .conftest import Store

IMEI = "35693803564380" + imei_check_digit("35693803564380")
PHONE = {
    "device_id": IMEI, "model": "iPhone 13", "storage": "gb128", "colour": "午夜色",
    "battery_health": 86, "screen": "flawless", "body": "scratches", "buttons": "all_work",
    "cameras": "all_work", "speakers": "all_work", "charging": "normal", "biometrics": "works",
    "activation_lock_off": True, "carrier_lock": "unlocked", "data_wiped": True,
}


def _phone(store: Store, **kw: object) -> str:
    return items.receive_item(store.db, store.grader, category="3c.phone",
                              acquisition="buy_back", brand="Apple", model="iPhone 13 128GB",
                              **kw).code


def _snapshot(store: Store, code: str) -> tuple:
    checklists.ensure_shipped(store.db)
    with store.db.read() as s:
        item = s.scalars(select(Item).where(Item.code == code)).one()
        inspections = s.scalar(select(func.count()).select_from(Inspection))
        return (item.state, item.grade, item.serial, item.version, inspections,
                store.counts(), store.audit_head())


def _audit(store: Store, action: str) -> list[dict]:
    with store.db.read() as s:
        return [json.loads(d) for d in s.scalars(
            select(AuditEntry.data).where(AuditEntry.action == action).order_by(AuditEntry.seq))]


def test_inspecting_grades_the_item_in_one_audited_transaction(store: Store) -> None:
    code = _phone(store)
    checklists.ensure_shipped(store.db)  # once per database, on first use
    before = store.counts()
    view = grading.inspect_item(store.db, store.grader, code, PHONE)

    assert (view.grade, view.derived_grade, view.overridden) == ("B", "B", False)
    assert view.reasons() == ["Body and frame: Visible scratches or scuffs caps the grade at B",
                              "Battery health 86% caps the grade at A"]
    assert (view.checklist_ref, view.checklist_version) == ("phone", 1)
    assert view.graded_by == "Grader 测试" and view.item_code == code
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{10}", view.verification_code)
    assert view.answers["battery_health"] == 86 and view.answers["device_id"] == IMEI

    found = items.find_by_code(store.db, code)
    assert (found.state, found.grade) == (ItemState.GRADED, "B")
    with store.db.read() as s:
        assert s.scalar(select(Item.serial).where(Item.code == code)) == IMEI
        row = s.scalars(select(Inspection)).one()
        assert (row.grade, row.derived_grade, row.graded_by_id) == ("B", "B", store.grader.user_id)
        assert row.answers == view.answers
        event = s.scalars(select(ItemEvent).order_by(ItemEvent.id.desc())).first()
        assert (event.from_state, event.to_state) == ("received", "graded")
        outbox = s.scalars(select(OutboxEvent.event_type).order_by(OutboxEvent.id)).all()
    after = store.counts()
    assert after["item_events"] == before["item_events"] + 1
    assert after["audit_log"] == before["audit_log"] + 2
    assert after["sync_outbox"] == before["sync_outbox"] + 2
    assert outbox[-2:] == ["item.graded", "inspection.recorded"]
    recorded = _audit(store, "inspection.recorded")[-1]
    assert recorded["grade"] == "B" and recorded["checklist_version"] == 1
    assert "device_id" not in recorded["answers"]  # the device's number stays in the store


def test_the_inspection_is_found_again_by_item_and_by_verification_code(store: Store) -> None:
    code = _phone(store)
    assert grading.latest_inspection(store.db, code) is None
    view = grading.inspect_item(store.db, store.grader, code, PHONE)
    assert grading.latest_inspection(store.db, code.lower()) == view
    assert grading.inspection_by_verification_code(store.db, view.verification_code) == view
    typed = "cpv:" + view.verification_code.lower().replace("0", "o").replace("1", "l")
    assert grading.inspection_by_verification_code(store.db, typed) == view
    with pytest.raises(NotFound):
        grading.inspection_by_verification_code(store.db, "CPV:0000000000")


@pytest.mark.parametrize(("changes", "error"), [
    ({"battery_health": 180}, AnswerOutOfRange),
    ({"activation_lock_off": False}, ItemRefused),
    ({"screen": None}, AnswersMissing),
])
def test_a_refused_inspection_changes_nothing(store: Store, changes: dict, error: type) -> None:
    code = _phone(store)
    before = _snapshot(store, code)
    with pytest.raises(error):
        grading.inspect_item(store.db, store.grader, code, {**PHONE, **changes})
    assert _snapshot(store, code) == before


def test_an_override_needs_a_reason_and_is_audited_with_both_grades(store: Store) -> None:
    code = _phone(store)
    before = _snapshot(store, code)
    for reason in ("", "   "):
        with pytest.raises(ValidationError, match="reason for changing the grade from B to C"):
            grading.inspect_item(store.db, store.grader, code, PHONE, override_grade="C",
                                 override_reason=reason)
    with pytest.raises(ValidationError, match="“E” is not a grade"):
        grading.inspect_item(store.db, store.grader, code, PHONE, override_grade="E",
                             override_reason="odd")
    assert _snapshot(store, code) == before

    view = grading.inspect_item(store.db, store.grader, code, PHONE, override_grade="C",
                                override_reason="Speaker grille dented")
    assert (view.derived_grade, view.grade, view.override_reason) == ("B", "C",
                                                                     "Speaker grille dented")
    assert items.find_by_code(store.db, code).grade == "C"
    assert _audit(store, "inspection.grade_overridden") == [
        {"code": code, "derived_grade": "B", "grade": "C", "reason": "Speaker grille dented"}]
    assert items.history(store.db, code)[-1][4] == "Speaker grille dented"


def test_choosing_the_derived_grade_is_no_override(store: Store) -> None:
    code = _phone(store)
    view = grading.inspect_item(store.db, store.grader, code, PHONE, override_grade="B")
    assert not view.overridden and view.override_reason == ""
    assert _audit(store, "inspection.grade_overridden") == []


def test_a_clerk_cannot_grade_without_a_managers_override(store: Store) -> None:
    code = _phone(store)
    before = _snapshot(store, code)
    with pytest.raises(PermissionDenied):
        grading.inspect_item(store.db, store.clerk, code, PHONE)
    assert _snapshot(store, code) == before

    view = grading.inspect_item(store.db, store.clerk, code, PHONE,
                                override=ManagerOverride("manager", store.pins["manager"]))
    assert view.grade == "B"
    with store.db.read() as s:
        auth = s.scalars(select(ManagerAuthorisation)).one()
        assert (auth.manager_id, auth.requested_by_id, auth.permission) == (
            store.manager.user_id, store.clerk.user_id, "GRADE")
        event = s.scalars(select(ItemEvent).order_by(ItemEvent.id.desc())).first()
        assert event.authorisation_id == auth.id


def test_bad_answers_are_refused_before_a_managers_pin_is_checked(store: Store) -> None:
    code = _phone(store)
    with pytest.raises(AnswerOutOfRange):
        grading.inspect_item(store.db, store.clerk, code, {**PHONE, "battery_health": 180},
                             override=ManagerOverride("manager", "9999"))
    assert "user.login_failed" not in store.actions()


def test_old_inspections_keep_their_version_and_new_ones_use_the_newest(store: Store) -> None:
    first = _phone(store)
    old = grading.inspect_item(store.db, store.grader, first, PHONE)
    definition = copy.deepcopy(checklists.current(store.db, "phone").definition)
    definition["questions"].insert(3, {
        "key": "box", "label": "Original box", "label_zh": "原装包装盒", "kind": "yes_no",
        "required": True, "caps": {"no": "A"}})
    battery = next(q for q in definition["questions"] if q["key"] == "battery_health")
    battery["thresholds"] = [{"min": 95, "cap": "A+"}, {"min": 0, "cap": "C"}]
    checklists.publish(store.db, store.admin, "phone", definition)

    again = grading.latest_inspection(store.db, first)
    assert again == old
    assert (again.checklist_version, again.grade) == (1, "B")
    assert "box" not in [q["key"] for q in again.definition["questions"]]
    assert ("Battery health", "86%") in again.lines()
    assert again.reasons()[-1] == "Battery health 86% caps the grade at A"  # v1's thresholds

    second = _phone(store)
    with pytest.raises(AnswersMissing, match="Original box"):
        grading.inspect_item(store.db, store.grader, second, PHONE)
    new = grading.inspect_item(store.db, store.grader, second, {**PHONE, "box": False})
    assert (new.checklist_version, new.grade) == (2, "C")
    assert ("原装包装盒", "否") in new.lines("zh_CN")


def test_a_priced_item_is_graded_again(store: Store) -> None:
    code = _phone(store)
    grading.inspect_item(store.db, store.grader, code, PHONE)
    items.transition(store.db, store.grader, code, ItemState.PRICED,
                     price=Money(399900, "CNY"))
    view = grading.inspect_item(store.db, store.grader, code, {**PHONE, "battery_health": 75})
    assert (view.grade, items.find_by_code(store.db, code).state) == ("C", ItemState.GRADED)
    assert grading.latest_inspection(store.db, code) == view
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Inspection)) == 2


def test_an_item_on_the_shelf_cannot_be_regraded(store: Store) -> None:
    code = _phone(store)
    grading.inspect_item(store.db, store.grader, code, PHONE)
    items.transition(store.db, store.grader, code, ItemState.PRICED, price=Money(1000, "CNY"))
    items.transition(store.db, store.grader, code, ItemState.LABELLED)
    before = _snapshot(store, code)
    with pytest.raises(IllegalTransition):
        grading.inspect_item(store.db, store.grader, code, PHONE)
    assert _snapshot(store, code) == before


def test_each_category_is_inspected_with_its_own_checklist(store: Store) -> None:
    code = items.receive_item(store.db, store.grader, category="clothing.women",
                              acquisition="buy_back", brand="优衣库", model="羊毛大衣").code
    answers = {"size": "M", "material": "Wool 羊毛", "stains": "none", "holes": "none",
               "pilling": "light", "odour": "none", "labels_present": True, "washed": True}
    view = grading.inspect_item(store.db, store.grader, code, answers)
    assert (view.checklist_ref, view.grade) == ("clothing", "A")
    with store.db.read() as s:
        assert s.scalar(select(Item.serial).where(Item.code == code)) is None


def test_a_category_without_a_checklist_cannot_be_inspected(store: Store) -> None:
    code = items.receive_item(store.db, store.grader, category="3c.accessory",
                              acquisition="store_stock", brand="Anker", model="20W").code
    with pytest.raises(checklists.CategoryHasNoChecklist):
        grading.inspect_item(store.db, store.grader, code, {"model": "x"})
    assert items.find_by_code(store.db, code).state == ItemState.RECEIVED


def test_a_graded_item_is_inspected_again_before_pricing(store: Store) -> None:
    code = _phone(store)
    first = grading.inspect_item(store.db, store.grader, code, PHONE)
    events = store.counts()["item_events"]
    again = grading.inspect_item(store.db, store.grader, code, {**PHONE, "body": "like_new"})
    assert (first.grade, again.grade) == ("B", "A")
    assert grading.latest_inspection(store.db, code) == again
    found = items.find_by_code(store.db, code)
    assert (found.state, found.grade) == (ItemState.GRADED, "A")
    assert store.counts()["item_events"] == events  # no move: the state stayed graded
    assert store.actions()[-2:] == ["item.regraded", "inspection.recorded"]


def test_a_rental_comes_back_and_is_graded_again(store: Store) -> None:
    code = items.receive_item(store.db, store.manager, category="3c.tablet",
                              acquisition="lease_stock", brand="Apple", model="iPad Air").code
    tablet = {k: v for k, v in PHONE.items() if k != "device_id"} | {"device_id": "DMPX12AB"}
    grading.inspect_item(store.db, store.manager, code, tablet)
    items.transition(store.db, store.manager, code, ItemState.PRICED, price=Money(9900, "CNY"))
    for state in (ItemState.LABELLED, ItemState.ON_SHELF, ItemState.RENTED_OUT):
        items.transition(store.db, store.manager, code, state)
    with pytest.raises(PermissionDenied):  # a grader may grade but not take a rental back
        grading.inspect_item(store.db, store.grader, code, tablet)
    view = grading.inspect_item(store.db, store.clerk, code, {**tablet, "screen": "cracked"},
                                override=ManagerOverride("manager", store.pins["manager"]))
    assert view.grade == "D"
    assert items.find_by_code(store.db, code).state == ItemState.GRADED
    with store.db.read() as s:
        auth = s.scalars(select(ManagerAuthorisation)).one()
        assert (auth.permission, auth.requested_by_id) == ("GRADE", store.clerk.user_id)
