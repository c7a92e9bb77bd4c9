"""Inspection checklists kept in the database as numbered versions, one series per ref.

A change is published as a new version and old versions are never edited, so an inspection
keeps the questions it was answered against. The shipped checklists (assets/templates/
checklists/*.json) become version 1 of every ref that has none yet; the format is described
in pos_app.domain.grading.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_app.assets import templates_dir
from pos_app.clock import now
from pos_app.domain.grading import ChecklistInvalid, validate_definition
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import DomainError, NotFound, ValidationError
from pos_app.models import Category, Checklist
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB


class NoChecklist(DomainError):
    template = "There is no inspection checklist “{ref}”."


class CategoryHasNoChecklist(DomainError):
    template = ("The category “{category}” has no inspection checklist; an administrator can "
                "give it one.")


class ChecklistPublishedMeanwhile(DomainError):
    template = ("Someone else published the checklist “{ref}” at the same time; reload it "
                "and try again.")


@dataclass(frozen=True)
class ChecklistView:
    id: int
    ref: str
    version: int
    name: str
    definition: dict

    @property
    def name_zh(self) -> str:
        return self.definition.get("name_zh") or self.name

    @property
    def questions(self) -> list[dict]:
        return self.definition["questions"]


def view(row: Checklist) -> ChecklistView:
    return ChecklistView(row.id, row.ref, row.version, row.name, copy.deepcopy(row.definition))


def shipped_dir() -> Path:
    return templates_dir() / "checklists"


@cache
def _shipped() -> dict[str, dict]:
    found: dict[str, dict] = {}
    for path in sorted(shipped_dir().glob("*.json")):
        definition = validate_definition(json.loads(path.read_text(encoding="utf-8")))
        found[definition["ref"]] = definition
    return found


def shipped_definitions() -> dict[str, dict]:
    """The checklists this version of the program ships, by ref, checked."""
    return copy.deepcopy(_shipped())


def _latest(s: Session, ref: str) -> Checklist | None:
    return s.scalars(select(Checklist).where(Checklist.ref == ref)
                     .order_by(Checklist.version.desc()).limit(1)).first()


def ensure_shipped(db: StoreDB) -> list[str]:
    """Install each shipped checklist as version 1 of a ref that has no version yet; the refs
    installed. Idempotent; two counters racing are settled by the unique (ref, version)."""
    shipped = _shipped()
    with db.read() as s:
        have = set(s.scalars(select(Checklist.ref).distinct()))
    installed = []
    for ref in sorted(set(shipped) - have):
        try:
            with db.write() as s:
                if _latest(s, ref) is not None:
                    continue
                definition = copy.deepcopy(shipped[ref])
                row = Checklist(ref=ref, version=1, name=definition["name"],
                                definition=definition, created_at=now(), created_by_id=None)
                s.add(row)
                s.flush()
                journal.record(s, None, "checklist.installed", "checklist", row.id,
                               {"ref": ref, "version": 1, "definition": definition})
        except IntegrityError:
            continue  # another counter installed it first
        installed.append(ref)
    return installed


def current_row(s: Session, ref: str) -> Checklist:
    """The newest version of `ref` inside the caller's transaction (after ensure_shipped)."""
    row = _latest(s, ref)
    if row is None:
        raise NoChecklist(ref=ref)
    return row


def current(db: StoreDB, ref: str) -> ChecklistView:
    """The version new inspections use: the newest one published for `ref`."""
    with db.read() as s:
        row = _latest(s, ref)
        if row is not None:
            return view(row)
    ensure_shipped(db)
    with db.read() as s:
        return view(current_row(s, ref))


def by_id(s: Session, checklist_id: int) -> ChecklistView:
    row = s.get(Checklist, checklist_id)
    if row is None:
        raise NotFound(what="Checklist", key=str(checklist_id))
    return view(row)


def versions(db: StoreDB, ref: str) -> list[ChecklistView]:
    """Every version of `ref`, oldest first."""
    ensure_shipped(db)
    with db.read() as s:
        rows = s.scalars(select(Checklist).where(Checklist.ref == ref)
                         .order_by(Checklist.version)).all()
        return [view(r) for r in rows]


def publish(db: StoreDB, actor: Actor, ref: str, definition: dict) -> ChecklistView:
    """A new version of `ref` from `definition` (checked first); the old versions stay."""
    users.require(actor, Permission.EDIT_CHECKLISTS)
    if not isinstance(definition, dict):
        raise ChecklistInvalid(problem="it must be an object.")
    definition = validate_definition({"ref": ref, **definition})
    if definition["ref"] != ref:
        raise ChecklistInvalid(problem=f"its ref “{definition['ref']}” is not “{ref}”.")
    ensure_shipped(db)
    try:
        with db.write() as s:
            latest = _latest(s, ref)
            if latest is not None and latest.definition == definition:
                raise ValidationError("The checklist is unchanged; there is nothing to publish.")
            version = (s.scalar(select(func.max(Checklist.version))
                                .where(Checklist.ref == ref)) or 0) + 1
            row = Checklist(ref=ref, version=version, name=definition["name"],
                            definition=definition, created_at=now(), created_by_id=actor.user_id)
            s.add(row)
            s.flush()
            journal.record(s, actor, "checklist.published", "checklist", row.id,
                           {"ref": ref, "version": version, "definition": definition})
            return view(row)
    except IntegrityError:
        raise ChecklistPublishedMeanwhile(ref=ref) from None


def ref_for_category(s: Session, category_id: int) -> str:
    """The checklist_ref of the category, or of the nearest ancestor that has one."""
    seen: set[int] = set()
    cat = s.get(Category, category_id)
    first = cat
    while cat is not None and cat.id not in seen:
        if cat.checklist_ref:
            return cat.checklist_ref
        seen.add(cat.id)
        cat = s.get(Category, cat.parent_id) if cat.parent_id is not None else None
    raise CategoryHasNoChecklist(category=first.code if first else str(category_id))


def for_category(db: StoreDB, category_code: str) -> ChecklistView:
    """The current checklist for items of `category_code`, found up the category tree."""
    with db.read() as s:
        category_id = s.scalar(select(Category.id).where(Category.code == category_code))
        if category_id is None:
            raise NotFound(what="Category", key=category_code)
        ref = ref_for_category(s, category_id)
    return current(db, ref)
