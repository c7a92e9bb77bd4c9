"""A finished sale as the receipt, the return screen and the reports read it, found by its
number or by the QR code printed on its receipt."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.domain.money import Money
from pos_app.errors import NotFound
from pos_app.models import Counter, Party, Refund, Sale, SaleLine, Store, Tender, User
from pos_app.services import settings
from pos_app.services.store_db import StoreDB

QR_PREFIX = "CPOS-SALE:"


def qr_text(number: str) -> str:
    """What a receipt's QR code holds: enough to find the sale again at any counter."""
    return QR_PREFIX + number


def number_from_scan(text: str) -> str:
    text = (text or "").strip()
    return text[len(QR_PREFIX):] if text.upper().startswith(QR_PREFIX) else text


@dataclass(frozen=True)
class RecordLine:
    id: int
    position: int
    kind: str
    code: str
    description: str
    grade: str | None
    quantity: int
    unit_price: Money
    list_price: Money
    discount: Money  # line and sale discount together
    net: Money
    tax: Money
    total: Money
    tax_rate: Decimal
    returned_quantity: int
    item_id: int | None
    consignor_party_id: int | None
    consignor_share: Money


@dataclass(frozen=True)
class RecordTender:
    kind: str
    amount: Money  # negative for the change given
    reference: str


@dataclass(frozen=True)
class SaleRecord:
    id: int
    number: str
    kind: str
    status: str
    store_name: str
    store_code: str
    counter_name: str
    clerk: str
    created_at: datetime
    shift_id: int | None
    customer_party_id: int | None
    customer_name: str
    tax_inclusive: bool
    subtotal: Money
    discounts: Money
    tax: Money
    total: Money
    rounding: Money
    change: Money
    lines: tuple[RecordLine, ...]
    tenders: tuple[RecordTender, ...]
    return_until: date
    refunded: Money  # given back so far by returns and voids
    locale: str

    @property
    def paid(self) -> Money:
        return Money.sum((t.amount for t in self.tenders if t.amount.minor > 0),
                         self.total.currency)

    @property
    def tax_by_rate(self) -> dict[Decimal, Money]:
        out: dict[Decimal, Money] = {}
        for line in self.lines:
            out[line.tax_rate] = out.get(line.tax_rate, Money.zero(self.total.currency)) + line.tax
        return out

    @property
    def qr(self) -> str:
        return qr_text(self.number)


def load_record(s: Session, sale: Sale) -> SaleRecord:
    store = s.get(Store, sale.store_id)
    cur = store.currency
    counter = s.get(Counter, sale.counter_id) if sale.counter_id else None
    clerk = s.get(User, sale.created_by_id)
    customer = s.get(Party, sale.customer_party_id) if sale.customer_party_id else None
    rows = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)
                     .order_by(SaleLine.position)).all()
    lines = tuple(RecordLine(
        r.id, r.position, r.kind, r.code, r.description, r.grade, r.quantity,
        Money(r.unit_minor, cur), Money(r.list_minor, cur),
        Money(r.line_discount_minor + r.sale_discount_minor, cur), Money(r.net_minor, cur),
        Money(r.tax_minor, cur), Money(r.total_minor, cur), Decimal(r.tax_rate_bp) / 100,
        r.returned_quantity, r.item_id, r.consignor_party_id, Money(r.consignor_share_minor, cur))
        for r in rows)
    tenders = tuple(RecordTender(t.kind, Money(t.amount_minor, cur), t.reference) for t in s.scalars(
        select(Tender).where(Tender.sale_id == sale.id).order_by(Tender.id)))
    refunded = sum(s.scalars(select(Refund.total_minor).where(Refund.sale_id == sale.id)))
    window = int(settings.values(s, sale.store_id, ("return_window_days",))["return_window_days"])
    return SaleRecord(
        sale.id, sale.number, sale.kind, sale.status, store.name, store.code,
        counter.name if counter else "", clerk.display_name if clerk else "", sale.created_at,
        sale.shift_id, sale.customer_party_id, customer.name if customer else "",
        sale.tax_inclusive, Money(sale.subtotal_minor, cur), Money(sale.discount_minor, cur),
        Money(sale.tax_minor, cur), Money(sale.total_minor, cur), Money(sale.rounding_minor, cur),
        Money(sale.change_minor, cur), lines, tenders,
        (sale.created_at + timedelta(days=window)).astimezone().date(), Money(int(refunded), cur),
        store.locale or "zh_CN")


def find_sale(db: StoreDB, number_or_qr: str) -> SaleRecord:
    """The sale a receipt number or a scanned receipt QR code names."""
    number = number_from_scan(number_or_qr)
    with db.read() as s:
        sale = s.scalars(select(Sale).where(Sale.number == number)).first()
        if sale is None:
            raise NotFound("No sale has the receipt number {key}; check the number or scan the "
                           "receipt's QR code.", key=number or "-")
        return load_record(s, sale)
