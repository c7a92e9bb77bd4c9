"""A gift voucher's ledger: spending it as a tender and topping it back up on a refund, inside
the caller's transaction. What is left on a voucher is the sum of its entries."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Store, Voucher, VoucherEntry
from pos_app.services import journal


def load(s: Session, store_id: int, code: str, *, lock: bool = False) -> Voucher:
    stmt = select(Voucher).where(Voucher.code == (code or "").strip().upper(),
                                 Voucher.store_id == store_id)
    voucher = s.scalars(stmt.with_for_update() if lock else stmt).first()
    if voucher is None:
        raise NotFound("No gift voucher has the code {key}; check the code on the voucher.",
                       key=(code or "").strip() or "-")
    return voucher


def balance_minor(s: Session, voucher_id: int) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(VoucherEntry.amount_minor), 0))
                        .where(VoucherEntry.voucher_id == voucher_id)))


def entry(s: Session, actor: Actor, voucher: Voucher, amount: Money, reason: str,
           reference: str) -> None:
    s.add(VoucherEntry(voucher_id=voucher.id, amount_minor=amount.minor, reason=reason,
                       reference=reference[:60], at=now(), user_id=actor.user_id))
    s.flush()
    journal.record(s, actor, "voucher.entry", "voucher", voucher.code,
                   {"code": voucher.code, "amount_minor": amount.minor, "reason": reason,
                    "reference": reference})


def spend(s: Session, actor: Actor, code: str, amount: Money, reference: str) -> int:
    """Take `amount` off the voucher inside the caller's transaction; its id is returned."""
    voucher = load(s, actor.store_id, code, lock=True)
    currency, locale = s.execute(select(Store.currency, Store.locale)
                                 .where(Store.id == actor.store_id)).one()
    if voucher.expires_on is not None and now().astimezone().date() > voucher.expires_on:
        raise ValidationError("Gift voucher {code} expired on {date}.", code=voucher.code,
                              date=voucher.expires_on.isoformat())
    held = balance_minor(s, voucher.id)
    if held < amount.minor:
        raise ValidationError("Gift voucher {code} holds {held}, not enough to pay {amount}.",
                              code=voucher.code, held=Money(held, currency).format(locale),
                              amount=amount.format(locale))
    entry(s, actor, voucher, -amount, "spent", reference)
    return voucher.id


def credit_back(s: Session, actor: Actor, code: str, amount: Money, reference: str) -> int:
    """Put `amount` back on a voucher (a refund of what it paid) in the caller's transaction."""
    voucher = load(s, actor.store_id, code, lock=True)
    entry(s, actor, voucher, amount, "refund", reference)
    return voucher.id
