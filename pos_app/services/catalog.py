"""The category tree: what kinds of goods the store takes, with their tax, checklist and weight."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Category
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB
from pos_app.services.stores import tax_rate_bp

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]*(\.[a-z0-9][a-z0-9_\-]*)*$")


@dataclass(frozen=True)
class CategoryView:
    id: int
    code: str
    name: str
    name_zh: str
    parent_id: int | None
    tax_rate: Decimal | None  # percent; None means the store's own rate
    checklist_ref: str | None
    avg_weight_g: int
    active: bool = True


def _view(c: Category) -> CategoryView:
    rate = None if c.tax_rate_bp is None else Decimal(c.tax_rate_bp) / 100
    return CategoryView(c.id, c.code, c.name, c.name_zh, c.parent_id, rate, c.checklist_ref,
                        c.avg_weight_g, c.active)


def active_category(s: Session, category: str | int) -> Category:
    """The category named by id or code, inside the caller's transaction; NotFound if retired."""
    stmt = select(Category).where(Category.id == category if isinstance(category, int)
                                  else Category.code == category)
    cat = s.scalars(stmt).first()
    if cat is None or not cat.active:
        raise NotFound(what="Category", key=str(category))
    return cat


def list_categories(db: StoreDB, *, include_inactive: bool = False) -> list[CategoryView]:
    """Every category, parents before their children (ordered by code: "3c" < "3c.phone")."""
    with db.read() as s:
        stmt = select(Category).order_by(Category.code)
        if not include_inactive:
            stmt = stmt.where(Category.active)
        return [_view(c) for c in s.scalars(stmt)]


def add_category(db: StoreDB, actor: Actor, *, code: str, name: str, name_zh: str = "",
                 parent: str | int | None = None, tax_rate: Decimal | str | None = None,
                 checklist_ref: str | None = None, avg_weight_g: int = 0) -> CategoryView:
    """A new category, under `parent` (its code or id) when given; the code is unique."""
    users.require(actor, Permission.MANAGE_SETTINGS)
    code = (code or "").strip().lower()
    if not CODE_RE.match(code) or len(code) > 40:
        raise ValidationError("“{code}” is not a category code; use lower-case letters, digits "
                              "and dots, such as 3c.phone.", code=code)
    if not (name or "").strip():
        raise ValidationError("Enter the category's name.")
    if isinstance(avg_weight_g, bool) or not isinstance(avg_weight_g, int) or avg_weight_g < 0:
        raise ValidationError("An average weight is a whole number of grams, zero or more.")
    bp = None if tax_rate is None or str(tax_rate).strip() == "" else tax_rate_bp(tax_rate)
    with db.write() as s:
        parent_id = None
        if parent is not None:
            stmt = select(Category.id).where(
                Category.id == parent if isinstance(parent, int) else Category.code == parent)
            parent_id = s.scalar(stmt)
            if parent_id is None:
                raise NotFound(what="Category", key=str(parent))
        if s.scalar(select(func.count()).select_from(Category).where(Category.code == code)):
            raise ValidationError("The category code “{code}” is taken.", code=code)
        cat = Category(code=code, parent_id=parent_id, name=name.strip(),
                       name_zh=(name_zh or "").strip(), tax_rate_bp=bp,
                       checklist_ref=(checklist_ref or "").strip() or None,
                       avg_weight_g=avg_weight_g, active=True)
        s.add(cat)
        s.flush()
        journal.record(s, actor, "category.added", "category", cat.id,
                       {"code": cat.code, "name": cat.name, "name_zh": cat.name_zh,
                        "parent_id": parent_id, "tax_rate_bp": bp,
                        "checklist_ref": cat.checklist_ref, "avg_weight_g": avg_weight_g})
        return _view(cat)
