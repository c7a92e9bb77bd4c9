"""Store credit: a ledger per person, whose balance is the sum of its entries.

Credit is money the store owes; an entry is audited and queued for sync with the change
that caused it, and spending never takes a balance below zero.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import CreditEntry, Party, Store, User
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB


def _party(s: Session, party_id: int, *, for_update: bool = False) -> Party:
    stmt = select(Party).where(Party.id == party_id)
    party = s.scalars(stmt.with_for_update() if for_update else stmt).first()
    if party is None:
        raise NotFound(what="Party", key=str(party_id))
    return party


def _balance_minor(s: Session, party_id: int) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                        .where(CreditEntry.party_id == party_id)))


def add_credit(s: Session, actor: Actor, party_id: int, amount: Money, reason: str,
               reference: str = "") -> CreditEntry:
    """Credit (+) or spend (−) a person's store credit inside the caller's transaction."""
    party = _party(s, party_id, for_update=True)  # one change to a ledger at a time
    if party.store_id != actor.store_id:
        raise NotFound(what="Party", key=str(party_id))
    currency, locale = s.execute(select(Store.currency, Store.locale)
                                 .where(Store.id == party.store_id)).one()
    if amount.currency != currency:
        raise ValidationError("Amounts are in {currency} in this store.", currency=currency)
    if amount.minor == 0:
        raise ValidationError("A store-credit entry must not be zero.")
    if not (reason or "").strip():
        raise ValueError("a store-credit entry needs its reason")
    held = _balance_minor(s, party_id)
    if held + amount.minor < 0:
        raise ValidationError("The store credit is {held}, not enough to pay {amount}.",
                              held=Money(held, currency).format(locale),
                              amount=(-amount).format(locale))
    entry = CreditEntry(party_id=party_id, amount_minor=amount.minor, reason=reason.strip()[:120],
                        reference=(reference or "")[:60], at=now(), user_id=actor.user_id)
    s.add(entry)
    s.flush()
    journal.record(s, actor, "credit.added", "party", party_id,
                   {"party_id": party_id, "entry_id": entry.id, "amount_minor": amount.minor,
                    "reason": entry.reason, "reference": entry.reference})
    return entry


def balance(db: StoreDB, party_id: int) -> Money:
    with db.read() as s:
        party = _party(s, party_id)
        currency = s.scalar(select(Store.currency).where(Store.id == party.store_id))
        return Money(_balance_minor(s, party_id), currency)


def balance_minor(s: Session, party_id: int) -> int:
    """A person's store credit in minor units, inside the caller's session."""
    return _balance_minor(s, party_id)


@dataclass(frozen=True)
class CreditLine:
    at: datetime
    amount: Money  # + credited, − spent
    balance: Money  # after this line
    reason: str
    reference: str
    by: str


def history(db: StoreDB, actor: Actor, party_id: int) -> list[CreditLine]:
    """Every movement of a person's store credit, oldest first, with the balance after each."""
    users.require(actor, Permission.SELL)
    with db.read() as s:
        party = _party(s, party_id)
        if party.store_id != actor.store_id:
            raise NotFound(what="Party", key=str(party_id))
        currency = s.scalar(select(Store.currency).where(Store.id == party.store_id))
        rows = s.execute(select(CreditEntry, User.display_name)
                         .outerjoin(User, User.id == CreditEntry.user_id)
                         .where(CreditEntry.party_id == party_id)
                         .order_by(CreditEntry.at, CreditEntry.id)).all()
        running, out = 0, []
        for entry, by in rows:
            running += entry.amount_minor
            out.append(CreditLine(entry.at, Money(entry.amount_minor, currency),
                                  Money(running, currency), entry.reason, entry.reference, by or ""))
        return out


def adjust(db: StoreDB, actor: Actor, party_id: int, amount: Money, reason: str) -> CreditLine:
    """A manager's correction of a person's store credit, up (+) or down (−), with the reason
    kept on the ledger line; the same right as paying out money the store owes."""
    users.require(actor, Permission.PAY_CONSIGNORS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Give the reason for changing the store credit.")
    with db.write() as s:
        entry = add_credit(s, actor, party_id, amount, reason, "adjustment")
        return CreditLine(entry.at, amount, Money(_balance_minor(s, party_id), amount.currency),
                          entry.reason, entry.reference, actor.display_name)
