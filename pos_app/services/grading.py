"""Inspecting an item against its category's checklist and grading it by the checklist's rules.

One inspection is one transaction: the inspection row, the item's serial, the move to
`graded` with its history row, and the audit and outbox entries commit together or not at all.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain import item_states
from pos_app.domain.codes import parse_item_code
from pos_app.domain.grading import GRADE_ORDER, answer_text, derive_grade, label, validate_answers
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import ConcurrentChange, DomainError, NotFound, ValidationError
from pos_app.models import Category, Checklist, Inspection, Item, Store, User
from pos_app.services import checklists, items, journal, users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

# Crockford's base 32: no I, L, O or U, so a code read out or typed back is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10  # 50 random bits
VERIFY_PREFIX = "CPV:"


class NotInspected(DomainError):
    template = "Item {code} has not been inspected yet."


@dataclass(frozen=True)
class InspectionView:
    id: int
    item_code: str
    store_name: str
    brand: str
    model: str
    category: str
    category_zh: str
    checklist_id: int
    checklist_ref: str
    checklist_version: int
    checklist_name: str
    definition: dict  # the checklist version the answers were given against
    answers: dict
    derived_grade: str
    grade: str
    override_reason: str
    graded_by: str  # the grader's display name
    at: datetime
    verification_code: str

    @property
    def overridden(self) -> bool:
        return self.grade != self.derived_grade

    def lines(self, language: str = "en") -> list[tuple[str, str]]:
        """Every question of the checklist with its answer ("" when left unanswered)."""
        return [(label(q, language), answer_text(q, self.answers.get(q["key"]), language))
                for q in self.definition["questions"]]

    def reasons(self, language: str = "en") -> list[str]:
        return derive_grade(self.definition, self.answers, language=language, partial=True)[1]


def new_verification_code() -> str:
    number = int.from_bytes(secrets.token_bytes(7), "big") >> (56 - 5 * CODE_LENGTH)
    return "".join(CODE_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))


def normalise_verification_code(text: str) -> str:
    """A code as printed, typed or scanned ("CPV:…", lower case, O for 0, I or L for 1)."""
    code = (text or "").strip().upper()
    code = code.removeprefix(VERIFY_PREFIX)
    code = code.replace("-", "").replace(" ", "")
    return code.translate(str.maketrans("OIL", "011"))


def _unused_code(s: Session) -> str:
    while True:
        code = new_verification_code()
        if s.scalar(select(Inspection.id).where(Inspection.verification_code == code)) is None:
            return code


@dataclass(frozen=True)
class _Plan:
    item: Item
    checklist: Checklist
    answers: dict
    derived: str
    grade: str
    reason: str
    permission: Permission | None  # what the move to graded needs; None: graded already


def _plan(s: Session, code: str, answers: dict, override_grade: str | None,
          override_reason: str, *, for_update: bool) -> _Plan:
    """Everything inspect_item decides, checked before anything is written."""
    if for_update:
        item = items.load_for_update(s, code)
    else:
        wanted = parse_item_code(code).text
        item = s.scalars(select(Item).where(Item.code == wanted)).first()
        if item is None:
            raise NotFound(what="Item", key=wanted)
    checklist = checklists.current_row(s, checklists.ref_for_category(s, item.category_id))
    clean = validate_answers(checklist.definition, answers)
    derived, _ = derive_grade(checklist.definition, clean)
    grade, reason = derived, ""
    if override_grade is not None and override_grade != derived:
        if override_grade not in GRADE_ORDER:
            raise ValidationError("“{grade}” is not a grade.", grade=override_grade)
        reason = (override_reason or "").strip()
        if not reason:
            raise ValidationError("Give a reason for changing the grade from {derived} to "
                                  "{grade}.", derived=derived, grade=override_grade)
        if len(reason) > 200:
            raise ValidationError("A reason may have at most 200 characters.")
        grade = override_grade
    permission = None if item.state == ItemState.GRADED else item_states.required_permission(
        item.code, Acquisition(item.acquisition), ItemState(item.state), ItemState.GRADED)
    return _Plan(item, checklist, clean, derived, grade, reason, permission)


def inspect_item(db: StoreDB, actor: Actor, code: str, answers: dict, *,
                 override_grade: str | None = None, override_reason: str = "",
                 override: ManagerOverride | None = None) -> InspectionView:
    """Inspect the item against its category's current checklist and grade it.

    The grade is the checklist's (the worst defect caps it) unless `override_grade` differs,
    which needs a reason and is audited with both grades. Grading needs Permission.GRADE; a
    manager's `override` lets a clerk do it (checked after the answers, before writing).
    """
    checklists.ensure_shipped(db)
    if override is not None and not actor.can(Permission.GRADE):
        with db.read() as s:  # refuse bad answers before asking a manager for a PIN
            _plan(s, code, answers, override_grade, override_reason, for_update=False)
    authority = users.authorise(db, actor, Permission.GRADE, override)
    try:
        with db.write() as s:
            plan = _plan(s, code, answers, override_grade, override_reason, for_update=True)
            item = plan.item
            inspection = Inspection(
                item_id=item.id, checklist_id=plan.checklist.id, answers=plan.answers,
                derived_grade=plan.derived, grade=plan.grade, override_reason=plan.reason,
                graded_by_id=actor.user_id, at=now(), verification_code=_unused_code(s))
            s.add(inspection)
            serial = _device_answer(plan.checklist.definition, plan.answers)
            if serial is not None:
                item.serial = serial
            s.flush()
            if plan.permission is None:  # inspected again before pricing: a new grade only
                users.record_authority(s, actor, authority, plan.reason)
                item.grade = plan.grade
                s.flush()
                journal.record(s, actor, "item.regraded", "item", item.code,
                               {"code": item.code, "state": item.state, "grade": item.grade,
                                "version": item.version})
            elif plan.permission == Permission.GRADE:
                items.move(s, actor, item, ItemState.GRADED, grade=plan.grade,
                           reason=plan.reason, authority=authority)
            else:  # a rental's return: the move needs its own right; the grading was vouched for
                users.record_authority(s, actor, authority, plan.reason)
                items.move(s, actor, item, ItemState.GRADED, grade=plan.grade,
                           reason=plan.reason)
            journal.record(s, actor, "inspection.recorded", "inspection", inspection.id,
                           _payload(item.code, plan, inspection))
            if plan.reason:
                journal.record(s, actor, "inspection.grade_overridden", "inspection",
                               inspection.id,
                               {"code": item.code, "derived_grade": plan.derived,
                                "grade": plan.grade, "reason": plan.reason})
            return _view(s, inspection)
    except StaleDataError:
        raise ConcurrentChange(code=code) from None


def _device_answer(definition: dict, answers: dict) -> str | None:
    for q in definition["questions"]:
        if q["kind"] == "device_id" and q["key"] in answers:
            return answers[q["key"]]
    return None


def _payload(code: str, plan: _Plan, inspection: Inspection) -> dict:
    """What the platform hears: the grade and the answers, but not the device's number."""
    device_keys = {q["key"] for q in plan.checklist.definition["questions"]
                   if q["kind"] == "device_id"}
    return {"code": code, "checklist_ref": plan.checklist.ref,
            "checklist_version": plan.checklist.version,
            "answers": {k: v for k, v in plan.answers.items() if k not in device_keys},
            "derived_grade": plan.derived, "grade": plan.grade,
            "verification_code": inspection.verification_code}


def _view(s: Session, inspection: Inspection) -> InspectionView:
    item_code, store_name, brand, model, category, category_zh = s.execute(
        select(Item.code, Store.name, Item.brand, Item.model, Category.name, Category.name_zh)
        .join(Store, Store.id == Item.store_id).join(Category, Category.id == Item.category_id)
        .where(Item.id == inspection.item_id)
    ).one()
    grader = s.scalar(select(User.display_name).where(User.id == inspection.graded_by_id))
    checklist = checklists.by_id(s, inspection.checklist_id)
    return InspectionView(
        inspection.id, item_code, store_name, brand, model, category, category_zh or category,
        checklist.id, checklist.ref, checklist.version, checklist.name, checklist.definition,
        dict(inspection.answers), inspection.derived_grade, inspection.grade,
        inspection.override_reason, grader, inspection.at, inspection.verification_code)


def latest_inspection(db: StoreDB, code: str) -> InspectionView | None:
    """The item's newest inspection, or None if it has never been inspected."""
    item_code = items.find_by_code(db, code).code
    with db.read() as s:
        inspection = s.scalars(
            select(Inspection).join(Item, Item.id == Inspection.item_id)
            .where(Item.code == item_code).order_by(Inspection.id.desc()).limit(1)).first()
        return None if inspection is None else _view(s, inspection)


def inspection_by_verification_code(db: StoreDB, code: str) -> InspectionView:
    """The inspection a printed report's code names, for checking a report is genuine."""
    wanted = normalise_verification_code(code)
    with db.read() as s:
        inspection = s.scalars(
            select(Inspection).where(Inspection.verification_code == wanted)).first()
        if inspection is None:
            raise NotFound(what="Inspection", key=wanted or code)
        return _view(s, inspection)
