"""People and businesses the store deals with: sellers, consignors, renters and buyers.

Names, phones and e-mails are personal data: shown masked unless the actor may see them
whole, and never written to the audit log or the sync outbox (those carry the id and kind).
ID numbers are stricter still: stored encrypted with a key kept outside the database
(services.secrets), found again by a keyed hash, shown masked to everyone, and revealed
whole only to a role allowed to, for a stated reason that is audited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.identity import mask_id_number, validate_id_number
from pos_app.domain.masking import mask_email, mask_name, mask_phone
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Party
from pos_app.services import journal, secrets, users
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
    id_type: str | None = None  # resident_id, passport, hk_macau_permit, other; None if none
    id_masked: str = ""  # the ID number masked for everyone; reveal_id_number shows it whole


def _view(p: Party, reveal: bool) -> PartyView:
    name, phone, email = p.name, p.phone or "", p.email or ""
    if not reveal:
        name, phone, email = mask_name(name), mask_phone(phone), mask_email(email)
    return PartyView(p.id, p.kind, name, phone, email, p.is_seller, p.is_consignor,
                     p.is_renter, p.is_buyer, p.blocked, p.notes, not reveal,
                     p.id_type, p.id_number_masked or "")


def _reveals(actor: Actor) -> bool:
    return actor.can(Permission.REVEAL_PERSONAL_DATA)


def add_party(db: StoreDB, actor: Actor, name: str, *, phone: str | None = None,
              email: str | None = None, kind: str = "person", is_seller: bool = False,
              is_consignor: bool = False, is_renter: bool = False, is_buyer: bool = False,
              notes: str = "") -> PartyView:
    """Record a person or business; the view returned is masked unless the actor may reveal."""
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        party = add_party_in(s, actor, name, phone=phone, email=email, kind=kind,
                             is_seller=is_seller, is_consignor=is_consignor, is_renter=is_renter,
                             is_buyer=is_buyer, notes=notes)
        return _view(party, _reveals(actor))


def checked_name(name: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the person's or business's name.")
    if len(name) > 120:
        raise ValidationError("A name is at most 120 characters.")
    return name


def checked_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("A party is a person or a business.")
    return kind


def checked_phone(phone: str | None) -> str | None:
    phone = (phone or "").strip() or None
    if phone is not None and not PHONE_RE.match(phone):
        raise ValidationError("“{phone}” is not a phone number.", phone=phone)
    return phone


def checked_email(email: str | None) -> str | None:
    email = (email or "").strip() or None
    if email is not None and (len(email) > 120 or not EMAIL_RE.match(email)):
        raise ValidationError("“{email}” is not an e-mail address.", email=email)
    return email


def add_party_in(s: Session, actor: Actor, name: str, *, phone: str | None = None,
                 email: str | None = None, kind: str = "person", is_seller: bool = False,
                 is_consignor: bool = False, is_renter: bool = False, is_buyer: bool = False,
                 notes: str = "") -> Party:
    """A person or business written inside the caller's transaction (an import adds many in
    one), checked as add_party checks it; audited and queued for sync without personal data."""
    name, kind = checked_name(name), checked_kind(kind)
    phone, email = checked_phone(phone), checked_email(email)
    party = Party(store_id=actor.store_id, kind=kind, name=name, phone=phone, email=email,
                  is_seller=is_seller, is_consignor=is_consignor, is_renter=is_renter,
                  is_buyer=is_buyer, notes=(notes or "").strip(), created_at=now())
    s.add(party)
    s.flush()
    journal.record(s, actor, "party.added", "party", party.id, {"id": party.id, "kind": kind})
    return party


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


def _identity_text(id_type: str, number: str) -> str:
    return f"{id_type}:{number}"


def _load(s: Session, actor: Actor, party_id: int) -> Party:
    party = s.get(Party, party_id, with_for_update=True)
    if party is None or party.store_id != actor.store_id:
        raise NotFound(what="Person", key=str(party_id))
    return party


def _key_is_new(s: Session) -> bool:
    """True when no ID number is stored yet (so a key may be made); otherwise check that the
    key at hand opens the stored numbers, so none is saved or sought under a stray key."""
    sample = s.scalars(select(Party.id_number_enc).where(Party.id_number_enc.is_not(None))
                       .order_by(Party.id).limit(1)).first()
    if sample is None:
        return True
    secrets.decrypt(sample)  # SecretKeyMissing, SecretKeyDamaged or SecretKeyWrong
    return False


def set_identity(db: StoreDB, actor: Actor, party_id: int, id_type: str,
                 id_number: str) -> PartyView:
    """Record a person's ID document: encrypted, hashed for look-ups, masked for display.

    The audit entry and the sync event carry the party and the ID type, never the number."""
    users.require(actor, Permission.INTAKE)
    number = validate_id_number(id_type, id_number)
    with db.write() as s:
        party = _load(s, actor, party_id)
        digest = secrets.keyed_hash(_identity_text(id_type, number), create_key=_key_is_new(s))
        other = s.scalars(select(Party.id).where(Party.store_id == actor.store_id,
                                                 Party.id_number_hash == digest,
                                                 Party.id != party.id).limit(1)).first()
        if other is not None:
            raise ValidationError("This ID number is already on record for person {other}; "
                                  "use that record.", other=other)
        party.id_type = id_type
        party.id_number_enc = secrets.encrypt(number)
        party.id_number_hash = digest
        party.id_number_masked = mask_id_number(id_type, number)
        journal.record(s, actor, "party.identity_set", "party", party.id,
                       {"id": party.id, "id_type": id_type})
        return _view(party, _reveals(actor))


def find_by_identity(db: StoreDB, actor: Actor, id_type: str, id_number: str) -> PartyView | None:
    """The person of this store who showed this ID before (a seller seen before, perhaps
    blocked), whatever spacing or case the number is typed in; None if nobody did."""
    users.require(actor, Permission.INTAKE)
    number = validate_id_number(id_type, id_number)
    with db.read() as s:
        if _key_is_new(s):
            return None
        digest = secrets.keyed_hash(_identity_text(id_type, number), create_key=False)
        party = s.scalars(select(Party).where(Party.store_id == actor.store_id,
                                              Party.id_number_hash == digest)
                          .order_by(Party.id).limit(1)).first()
        return None if party is None else _view(party, _reveals(actor))


def _reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Give the reason.")
    if len(reason) > 200:
        raise ValidationError("A reason is at most 200 characters.")
    return reason


def reveal_id_number(db: StoreDB, actor: Actor, party_id: int, reason: str) -> str:
    """The whole ID number, for a role allowed to see it; the audit log records who asked
    and why (not the number). It is not sent to the platform."""
    users.require(actor, Permission.REVEAL_PERSONAL_DATA)
    reason = _reason(reason)
    with db.write() as s:
        party = _load(s, actor, party_id)
        if party.id_number_enc is None:
            raise ValidationError("No ID number is on record for this person.")
        number = secrets.decrypt(party.id_number_enc)
        journal.record(s, actor, "party.id_revealed", "party", party.id,
                       {"id": party.id, "id_type": party.id_type, "reason": reason}, sync=False)
        return number


def _set_blocked(db: StoreDB, actor: Actor, party_id: int, reason: str, blocked: bool) -> PartyView:
    users.require(actor, Permission.BLOCK_SELLERS)
    reason = _reason(reason)
    with db.write() as s:
        party = _load(s, actor, party_id)
        if party.blocked and blocked:
            raise ValidationError("This person is already blocked.")
        if not party.blocked and not blocked:
            raise ValidationError("This person is not blocked.")
        party.blocked = blocked
        action = "party.blocked" if blocked else "party.unblocked"
        # The reason is free text: kept in the store's audit log, not sent to the platform.
        journal.audit(s, actor, action, "party", party.id, {"id": party.id, "reason": reason})
        journal.enqueue(s, actor, action, "party", party.id, {"id": party.id, "blocked": blocked})
        return _view(party, _reveals(actor))


def block_party(db: StoreDB, actor: Actor, party_id: int, reason: str) -> PartyView:
    """A manager stops the store buying from or consigning for this person."""
    return _set_blocked(db, actor, party_id, reason, True)


def unblock_party(db: StoreDB, actor: Actor, party_id: int, reason: str) -> PartyView:
    """A manager lifts a block."""
    return _set_blocked(db, actor, party_id, reason, False)
