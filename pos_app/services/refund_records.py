"""A refund as its slip, the return screen and the reports read it: what went back, how the
money was given back, and who authorised it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.domain.money import Money
from pos_app.errors import NotFound
from pos_app.models import (
    Counter,
    ManagerAuthorisation,
    Party,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Store,
    Tender,
    User,
)
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class RefundRecordLine:
    sale_line_id: int
    code: str
    description: str
    quantity: int
    amount: Money  # given back, tax included
    tax: Money
    disposition: str  # stock | reinspect | write_off
    consignor_reversed: Money


@dataclass(frozen=True)
class RefundRecordTender:
    kind: str
    amount: Money  # positive: given back
    reference: str


@dataclass(frozen=True)
class RefundRecord:
    id: int
    number: str
    kind: str  # return | void | rental_return
    sale_number: str
    store_name: str
    store_code: str
    counter_name: str
    clerk: str
    authorised_by: str  # the manager who gave their PIN, or ""
    created_at: datetime
    customer_name: str
    reason: str
    total: Money
    lines: tuple[RefundRecordLine, ...]
    tenders: tuple[RefundRecordTender, ...]
    locale: str


def load_refund(s: Session, refund: Refund) -> RefundRecord:
    store = s.get(Store, refund.store_id)
    cur = store.currency
    sale = s.get(Sale, refund.sale_id)
    counter = s.get(Counter, refund.counter_id) if refund.counter_id else None
    clerk = s.get(User, refund.created_by_id)
    manager = ""
    if refund.authorisation_id is not None:
        manager = s.scalar(select(User.display_name).join(
            ManagerAuthorisation, ManagerAuthorisation.manager_id == User.id)
            .where(ManagerAuthorisation.id == refund.authorisation_id)) or ""
    customer = s.get(Party, sale.customer_party_id) if sale.customer_party_id else None
    rows = s.execute(select(RefundLine, SaleLine.code, SaleLine.description)
                     .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
                     .where(RefundLine.refund_id == refund.id).order_by(RefundLine.id)).all()
    lines = tuple(RefundRecordLine(r.sale_line_id, code, description, r.quantity,
                                   Money(r.amount_minor, cur), Money(r.tax_minor, cur),
                                   r.disposition, Money(r.consignor_reversed_minor, cur))
                  for r, code, description in rows)
    tenders = tuple(RefundRecordTender(t.kind, Money(-t.amount_minor, cur), t.reference)
                    for t in s.scalars(select(Tender).where(Tender.refund_id == refund.id)
                                       .order_by(Tender.id)))
    return RefundRecord(refund.id, refund.number, refund.kind, sale.number, store.name, store.code,
                        counter.name if counter else "", clerk.display_name if clerk else "",
                        manager, refund.created_at, customer.name if customer else "",
                        refund.reason, Money(refund.total_minor, cur), lines, tenders,
                        store.locale or "zh_CN")


def find_refund(db: StoreDB, number: str) -> RefundRecord:
    """The refund a refund slip's number names."""
    number = (number or "").strip()
    with db.read() as s:
        refund = s.scalars(select(Refund).where(Refund.number == number)).first()
        if refund is None:
            raise NotFound("No refund has the number {key}; check the number on the refund slip.",
                           key=number or "-")
        return load_refund(s, refund)


def refunds_of_sale(db: StoreDB, sale_number: str) -> list[RefundRecord]:
    """Every return, void or check-in made against a sale, oldest first."""
    with db.read() as s:
        refunds = s.scalars(select(Refund).join(Sale, Sale.id == Refund.sale_id)
                            .where(Sale.number == sale_number).order_by(Refund.id)).all()
        return [load_refund(s, r) for r in refunds]
