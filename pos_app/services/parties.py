"""People and businesses the store deals with: sellers, consignors, renters and buyers.

Names, phones and e-mails are personal data: shown masked unless the actor may see them
whole, and never written to the audit log or the sync outbox (those carry the id and kind).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from pos_app.clock import now
from pos_app.domain.masking import mask_email, mask_name, mask_phone
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import ValidationError
from pos_app.models import Party
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB

KINDS = ("person", "business")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 \-]{4,30}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PartyView:
    """A party as one actor may see it: `masked` tells whether name, phone and e-mail are."""

    id: int
    kind: str
    name: str
    phone: str
    email: str
    is_seller: bool
    is_consignor: bool
    is_renter: bool
    is_buyer: bool
    blocked: bool
    notes: str
    masked: bool


def _view(p: Party, reveal: bool) -> PartyView:
    name, phone, email = p.name, p.phone or "", p.email or ""
    if not reveal:
        name, phone, email = mask_name(name), mask_phone(phone), mask_email(email)
    return PartyView(p.id, p.kind, name, phone, email, p.is_seller, p.is_consignor,
                     p.is_renter, p.is_buyer, p.blocked, p.notes, not reveal)


def _reveals(actor: Actor) -> bool:
    return actor.can(Permission.REVEAL_PERSONAL_DATA)


def add_party(db: StoreDB, actor: Actor, name: str, *, phone: str | None = None,
              email: str | None = None, kind: str = "person", is_seller: bool = False,
              is_consignor: bool = False, is_renter: bool = False, is_buyer: bool = False,
              notes: str = "") -> PartyView:
    """Record a person or business; the view returned is masked unless the actor may reveal."""
    users.require(actor, Permission.INTAKE)
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the person's or business's name.")
    if len(name) > 120:
        raise ValidationError("A name is at most 120 characters.")
    if kind not in KINDS:
        raise ValidationError("A party is a person or a business.")
    phone = (phone or "").strip() or None
    if phone is not None and not PHONE_RE.match(phone):
        raise ValidationError("“{phone}” is not a phone number.", phone=phone)
    email = (email or "").strip() or None
    if email is not None and (len(email) > 120 or not EMAIL_RE.match(email)):
        raise ValidationError("“{email}” is not an e-mail address.", email=email)
    with db.write() as s:
        party = Party(store_id=actor.store_id, kind=kind, name=name, phone=phone, email=email,
                      is_seller=is_seller, is_consignor=is_consignor, is_renter=is_renter,
                      is_buyer=is_buyer, notes=(notes or "").strip(), created_at=now())
        s.add(party)
        s.flush()
        journal.record(s, actor, "party.added", "party", party.id, {"id": party.id, "kind": kind})
        return _view(party, _reveals(actor))


def list_parties(db: StoreDB, actor: Actor, query: str = "", *, offset: int = 0,
                 limit: int = 100) -> list[PartyView]:
    """A page of the store's parties by name whose name or phone contains every word of `query`."""
    users.require(actor, Permission.INTAKE)
    stmt = select(Party).where(Party.store_id == actor.store_id)
    for word in (query or "").split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        stmt = stmt.where(or_(Party.name.ilike(pattern, escape="\\"),
                              Party.phone.like(pattern, escape="\\")))
    reveal = _reveals(actor)
    with db.read() as s:
        rows = s.scalars(stmt.order_by(Party.name, Party.id).offset(offset).limit(limit)).all()
        return [_view(p, reveal) for p in rows]
