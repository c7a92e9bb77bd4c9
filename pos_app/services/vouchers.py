"""Gift vouchers: sold at the till and looked up; spending and refunding them as a tender is
voucher_ledger's, which the sale and refund writers use."""
from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Tender
from pos_app.errors import ValidationError
from pos_app.models import Party, Store, Voucher, VoucherEntry
from pos_app.services import sale_records, settings, users, voucher_ledger
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


def sell_voucher(db: StoreDB, actor: Actor, amount: Money, tenders: Sequence[Tender], *,
                 party_id: int | None = None) -> tuple[str, sale_records.SaleRecord]:
    """Sell a new gift voucher worth `amount` (no tax: it is money paid in advance)."""
    users.require(actor, Permission.SELL)
    if amount.minor <= 0:
        raise ValidationError("A gift voucher must be worth more than zero.")
    with db.write() as s:
        if party_id is not None:
            party = s.get(Party, party_id)
            if party is None or party.store_id != actor.store_id:
                raise ValidationError("Choose the customer again; that customer was not found.")
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
        voucher_ledger.entry(s, actor, voucher, amount, "issued", sale.number)
        number = sale.number
    return code, sale_records.find_sale(db, number)


def voucher(db: StoreDB, actor: Actor, code: str) -> VoucherView:
    users.require(actor, Permission.SELL)
    with db.read() as s:
        v = voucher_ledger.load(s, actor.store_id, code)
        currency = s.scalar(select(Store.currency).where(Store.id == actor.store_id))
        rows = s.scalars(select(VoucherEntry).where(VoucherEntry.voucher_id == v.id)
                         .order_by(VoucherEntry.id)).all()
        return VoucherView(v.code, Money(voucher_ledger.balance_minor(s, v.id), currency), v.expires_on,
                           tuple((r.at.isoformat(), Money(r.amount_minor, currency), r.reason,
                                  r.reference) for r in rows))
