"""Gift vouchers: sold at the till, spent as a tender, topped back up by a refund. What is left
on a voucher is the sum of its ledger, never a stored balance."""
from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Tender
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Store, Voucher, VoucherEntry
from pos_app.services import journal, sale_records, settings, users
from pos_app.services.sale_writer import Draft, write_sale
from pos_app.services.store_db import StoreDB

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I to misread


@dataclass(frozen=True)
class VoucherView:
    code: str
    balance: Money
    expires_on: date | None
    entries: tuple[tuple[str, Money, str, str], ...]  # (when, amount, reason, reference)


def _code() -> str:
    return "GV" + "".join(secrets.choice(ALPHABET) for _ in range(10))


def _load(s: Session, store_id: int, code: str, *, lock: bool = False) -> Voucher:
    stmt = select(Voucher).where(Voucher.code == (code or "").strip().upper(),
                                 Voucher.store_id == store_id)
    voucher = s.scalars(stmt.with_for_update() if lock else stmt).first()
    if voucher is None:
        raise NotFound("No gift voucher has the code {key}; check the code on the voucher.",
                       key=(code or "").strip() or "-")
    return voucher


def _balance_minor(s: Session, voucher_id: int) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(VoucherEntry.amount_minor), 0))
                        .where(VoucherEntry.voucher_id == voucher_id)))


def _entry(s: Session, actor: Actor, voucher: Voucher, amount: Money, reason: str,
           reference: str) -> None:
    s.add(VoucherEntry(voucher_id=voucher.id, amount_minor=amount.minor, reason=reason,
                       reference=reference[:60], at=now(), user_id=actor.user_id))
    s.flush()
    journal.record(s, actor, "voucher.entry", "voucher", voucher.code,
                   {"code": voucher.code, "amount_minor": amount.minor, "reason": reason,
                    "reference": reference})


def spend(s: Session, actor: Actor, code: str, amount: Money, reference: str) -> int:
    """Take `amount` off the voucher inside the caller's transaction; its id is returned."""
    voucher = _load(s, actor.store_id, code, lock=True)
    currency, locale = s.execute(select(Store.currency, Store.locale)
                                 .where(Store.id == actor.store_id)).one()
    if voucher.expires_on is not None and now().astimezone().date() > voucher.expires_on:
        raise ValidationError("Gift voucher {code} expired on {date}.", code=voucher.code,
                              date=voucher.expires_on.isoformat())
    held = _balance_minor(s, voucher.id)
    if held < amount.minor:
        raise ValidationError("Gift voucher {code} holds {held}, not enough to pay {amount}.",
                              code=voucher.code, held=Money(held, currency).format(locale),
                              amount=amount.format(locale))
    _entry(s, actor, voucher, -amount, "spent", reference)
    return voucher.id


def credit_back(s: Session, actor: Actor, code: str, amount: Money, reference: str) -> int:
    """Put `amount` back on a voucher (a refund of what it paid) in the caller's transaction."""
    voucher = _load(s, actor.store_id, code, lock=True)
    _entry(s, actor, voucher, amount, "refund", reference)
    return voucher.id


def sell_voucher(db: StoreDB, actor: Actor, amount: Money, tenders: Sequence[Tender], *,
                 party_id: int | None = None) -> tuple[str, sale_records.SaleRecord]:
    """Sell a new gift voucher worth `amount` (no tax: it is money paid in advance)."""
    users.require(actor, Permission.SELL)
    if amount.minor <= 0:
        raise ValidationError("A gift voucher must be worth more than zero.")
    with db.write() as s:
        days = int(settings.values(s, actor.store_id, ("voucher_days",))["voucher_days"])
        code = _code()
        while s.scalar(select(Voucher.id).where(Voucher.code == code)) is not None:
            code = _code()
        voucher = Voucher(store_id=actor.store_id, code=code, issued_at=now(),
                          expires_on=(now().astimezone().date() + timedelta(days=days)) if days else None,
                          issued_by_id=actor.user_id, party_id=party_id)
        s.add(voucher)
        s.flush()
        sale, _, _ = write_sale(s, actor, [Draft("voucher", code, "Gift voucher", amount, amount)],
                                tenders, kind="voucher", customer_party_id=party_id)
        _entry(s, actor, voucher, amount, "issued", sale.number)
        number = sale.number
    return code, sale_records.find_sale(db, number)


def voucher(db: StoreDB, actor: Actor, code: str) -> VoucherView:
    with db.read() as s:
        v = _load(s, actor.store_id, code)
        currency = s.scalar(select(Store.currency).where(Store.id == actor.store_id))
        rows = s.scalars(select(VoucherEntry).where(VoucherEntry.voucher_id == v.id)
                         .order_by(VoucherEntry.id)).all()
        return VoucherView(v.code, Money(_balance_minor(s, v.id), currency), v.expires_on,
                           tuple((r.at.isoformat(), Money(r.amount_minor, currency), r.reason,
                                  r.reference) for r in rows))
