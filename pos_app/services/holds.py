"""Holds: an item on the shelf put aside for a customer until a time. Nobody else can buy it
meanwhile; when the time passes the hold lapses by itself (scans stop seeing it at once, and
`expire_holds` records the lapse for the audit trail)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.item_states import ItemState
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Hold, Item
from pos_app.services import items, journal, settings, users
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class HoldView:
    id: int
    code: str
    description: str
    customer_name: str
    customer_phone: str
    until: datetime
    status: str
    note: str


def _view(h: Hold, item: Item) -> HoldView:
    return HoldView(h.id, item.code, " ".join(p for p in (item.brand, item.model) if p),
                    h.customer_name, h.customer_phone, h.until, h.status, h.note)


def place_hold(db: StoreDB, actor: Actor, code: str, *, customer_name: str,
               customer_phone: str = "", party_id: int | None = None,
               until: datetime | None = None, note: str = "") -> HoldView:
    """Put an item on the shelf aside for a customer until `until` (default: hold_hours)."""
    users.require(actor, Permission.RESERVE)
    name = (customer_name or "").strip()
    if not name:
        raise ValidationError("Enter the name of the customer the item is held for.")
    at = now()
    with db.write() as s:
        item = items.load_for_update(s, code)
        if until is None:
            hours = int(settings.values(s, actor.store_id, ("hold_hours",))["hold_hours"])
            until = at + timedelta(hours=hours)
        if until <= at:
            raise ValidationError("A hold must end in the future.")
        from pos_app.services.sales import check_sellable  # the same refusals as a scan

        check_sellable(s, item.code, ItemState(item.state), item.id, item.held_until, at, None, "")
        hold = Hold(store_id=actor.store_id, item_id=item.id, party_id=party_id,
                    customer_name=name[:120], customer_phone=(customer_phone or "").strip()[:40],
                    until=until, status="active", created_by_id=actor.user_id, created_at=at,
                    note=(note or "").strip()[:200])
        s.add(hold)
        s.flush()
        # the customer's name stays in the holds table, out of the audit log and the sync feed
        journal.record(s, actor, "hold.placed", "hold", hold.id,
                       {"hold_id": hold.id, "code": item.code, "until": until.isoformat(),
                        "party_id": party_id})
        return _view(hold, item)


def _end(s: Session, actor: Actor | None, hold: Hold, status: str, at: datetime) -> None:
    hold.status, hold.ended_at = status, at
    journal.record(s, actor, f"hold.{status}", "hold", hold.id,
                   {"hold_id": hold.id, "store_id": hold.store_id}, sync=True)


def release_hold(db: StoreDB, actor: Actor, hold_id: int) -> None:
    """The customer no longer wants it: the item is free to sell again."""
    users.require(actor, Permission.RESERVE)
    with db.write() as s:
        hold = s.scalars(select(Hold).where(Hold.id == hold_id).with_for_update()).first()
        if hold is None or hold.store_id != actor.store_id:
            raise NotFound(what="Hold", key=str(hold_id))
        if hold.status != "active":
            raise ValidationError("This hold has already ended.")
        _end(s, actor, hold, "released", now())


def expire_holds(db: StoreDB, actor: Actor | None = None) -> int:
    """Record every hold whose time has passed as expired; returns how many."""
    at = now()
    with db.write() as s:
        stmt = select(Hold).where(Hold.status == "active", Hold.until <= at)
        if actor is not None:  # a till expires its own store's holds
            stmt = stmt.where(Hold.store_id == actor.store_id)
        due = s.scalars(stmt.with_for_update()).all()
        for hold in due:
            _end(s, actor, hold, "expired", at)
        return len(due)


def active_holds(db: StoreDB, actor: Actor) -> list[HoldView]:
    """Holds still in force, soonest to lapse first."""
    at = now()
    with db.read() as s:
        rows = s.execute(select(Hold, Item).join(Item, Item.id == Hold.item_id)
                         .where(Hold.store_id == actor.store_id, Hold.status == "active",
                                Hold.until > at).order_by(Hold.until)).all()
        return [_view(h, i) for h, i in rows]


def holds_in_force(db: StoreDB, actor: Actor) -> list[HoldView]:
    """What the holds list shows: lapsed holds recorded as expired first, then those in force."""
    expire_holds(db, actor)
    return active_holds(db, actor)
