"""Writing one receipt inside the caller's transaction: the sale, its lines, its tenders, the
drawer's cash, store credit and voucher spending, consignor shares, audit and outbox together.

Every way the till takes money (a counter sale, a lot sale, a rental, a matchmaking fee, a
gift voucher) goes through `write_sale`, so each is whole or absent after a crash and each
shows up the same way in the drawer, the shift report and the sync feed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.domain.sale import (
    Discount,
    Line,
    SaleTotals,
    Settlement,
    Tender,
    consignor_share,
    price_sale,
    settle,
)
from pos_app.errors import BasketEmpty, ValidationError
from pos_app.models import ConsignorEntry, Counter, Sale, SaleLine, Shift, Store
from pos_app.models import Tender as TenderRow
from pos_app.services import credit, journal, settings, shifts, voucher_ledger

SALE_KINDS = ("sale", "lot", "rental", "deal", "voucher")
LINE_KINDS = ("item", "stock", "rent", "deposit", "fee", "voucher")


@dataclass(frozen=True)
class Consigned:
    """The consignment terms a sold line pays its owner by."""

    party_id: int
    share_percent: Decimal
    fee: Money


@dataclass(frozen=True)
class Draft:
    """One line as the writer records it; the caller has already moved any item it names."""

    kind: str
    code: str
    description: str
    unit_price: Money  # what it sells for now (after markdowns)
    list_price: Money  # before markdowns
    quantity: int = 1
    tax_rate: Decimal = Decimal(0)
    discount: Discount | None = None
    item_id: int | None = None
    stock_line_id: int | None = None
    category_id: int | None = None
    grade: str | None = None
    cost: Money | None = None
    consigned: Consigned | None = None

    def __post_init__(self) -> None:
        if self.kind not in LINE_KINDS:
            raise ValueError(f"line kind must be one of {LINE_KINDS}, not {self.kind!r}")


@dataclass(frozen=True)
class StoreTerms:
    """What the store's settings say about selling, read once per sale."""

    currency: str
    locale: str
    tax_rate: Decimal  # the store's rate, for categories without their own
    tax_inclusive: bool
    cash_rounding: Money | None
    discount_borne_by: str
    discount_limit: Decimal


def store_terms(s: Session, store_id: int) -> StoreTerms:
    currency, locale, bp = s.execute(select(Store.currency, Store.locale, Store.tax_rate_bp)
                                     .where(Store.id == store_id)).one()
    values = settings.values(s, store_id, ("tax_inclusive", "cash_rounding",
                                           "consignment_discount_borne_by",
                                           "discount_limit_percent"))
    step = values["cash_rounding"]
    return StoreTerms(currency, locale or "zh_CN", Decimal(bp) / 100, bool(values["tax_inclusive"]),
                      None if step == "none" else Money.of(str(step), currency),
                      str(values["consignment_discount_borne_by"]),
                      Decimal(values["discount_limit_percent"]))


def price(drafts: Sequence[Draft], sale_discount: Discount | None, terms: StoreTerms) -> SaleTotals:
    lines = [Line(d.code, d.description, d.unit_price, d.quantity, d.tax_rate, d.discount)
             for d in drafts]
    return price_sale(lines, sale_discount, tax_inclusive=terms.tax_inclusive,
                      currency=terms.currency, locale=terms.locale)


locked_shift = shifts.locked_open_shift  # the actor's counter's open shift, locked


def number_in_shift(s: Session, prefix: str, table, shift: Shift) -> str:
    """The next number of a document the till writes (a sale; a refund with prefix "R"):
    STORE + counter + shift + running number, unique per store without a shared sequence,
    because the shift row is locked while its number is taken."""
    store_code, counter_no = s.execute(
        select(Store.code, Counter.number).join(Counter, Counter.store_id == Store.id)
        .where(Counter.id == shift.counter_id)).one()
    n = s.scalar(select(func.count()).select_from(table).where(table.shift_id == shift.id)) + 1
    return f"{prefix}{store_code}{counter_no:02d}-{shift.id}-{n}"


def sale_number(s: Session, shift: Shift) -> str:
    return number_in_shift(s, "", Sale, shift)


def write_sale(s: Session, actor: Actor, drafts: Sequence[Draft], tenders: Sequence[Tender], *,
               kind: str = "sale", sale_discount: Discount | None = None,
               customer_party_id: int | None = None, authorisation_id: int | None = None,
               note: str = "", terms: StoreTerms | None = None,
               shift: Shift | None = None) -> tuple[Sale, SaleTotals, Settlement]:
    """Record a paid receipt in the caller's transaction and return it with its arithmetic.

    Items are moved by the caller (sold, rented out, lotted out) before this is called;
    store credit needs `customer_party_id`, a voucher tender names its voucher code.
    """
    if kind not in SALE_KINDS:
        raise ValueError(f"sale kind must be one of {SALE_KINDS}, not {kind!r}")
    if not drafts:
        raise BasketEmpty()
    terms = terms or store_terms(s, actor.store_id)
    shift = shift or locked_shift(s, actor)
    totals = price(drafts, sale_discount, terms)
    settlement = settle(totals.total, tenders, cash_rounding=terms.cash_rounding,
                        locale=terms.locale)
    at = now()
    sale = Sale(number=sale_number(s, shift), store_id=actor.store_id, counter_id=shift.counter_id,
                shift_id=shift.id, kind=kind, status="completed",
                customer_party_id=customer_party_id, created_by_id=actor.user_id, created_at=at,
                tax_inclusive=terms.tax_inclusive, subtotal_minor=totals.subtotal.minor,
                discount_minor=totals.discounts.minor, tax_minor=totals.tax.minor,
                total_minor=settlement.rounded_total.minor, rounding_minor=settlement.rounding.minor,
                change_minor=settlement.change.minor,
                discount_kind=sale_discount.kind if sale_discount else None,
                discount_value=str(_entered(sale_discount)) if sale_discount else None,
                discount_authorisation_id=authorisation_id, note=(note or "")[:500])
    s.add(sale)
    s.flush()
    line_rows = _write_lines(s, actor, sale, drafts, totals, terms, at)
    tender_rows = _write_tenders(s, actor, sale, shift, settlement, customer_party_id, at)
    journal.record(s, actor, "sale.completed", "sale", sale.number,
                   _payload(sale, line_rows, tender_rows))
    return sale, totals, settlement


def _entered(discount: Discount) -> Decimal:
    return discount.value.amount if isinstance(discount.value, Money) else discount.value


def _write_lines(s: Session, actor: Actor, sale: Sale, drafts: Sequence[Draft],
                 totals: SaleTotals, terms: StoreTerms, at: datetime) -> list[SaleLine]:
    rows = []
    for position, (draft, priced) in enumerate(zip(drafts, totals.lines, strict=True), start=1):
        share = Money.zero(terms.currency)
        if draft.consigned is not None:
            c = draft.consigned
            share = consignor_share(priced.net, c.share_percent, c.fee * draft.quantity,
                                    terms.discount_borne_by, priced.gross)
        row = SaleLine(sale_id=sale.id, position=position, kind=draft.kind, item_id=draft.item_id,
                       stock_line_id=draft.stock_line_id, code=draft.code[:40],
                       description=draft.description[:200], grade=draft.grade,
                       category_id=draft.category_id, quantity=draft.quantity,
                       unit_minor=draft.unit_price.minor, list_minor=draft.list_price.minor,
                       line_discount_minor=priced.line_discount.minor,
                       sale_discount_minor=priced.sale_discount.minor, net_minor=priced.net.minor,
                       tax_minor=priced.tax.minor, total_minor=priced.total.minor,
                       tax_rate_bp=int(draft.tax_rate * 100),
                       cost_minor=(draft.cost.minor if draft.cost else 0) * draft.quantity,
                       discount_kind=draft.discount.kind if draft.discount else None,
                       discount_value=str(_entered(draft.discount)) if draft.discount else None,
                       consignor_party_id=draft.consigned.party_id if draft.consigned else None,
                       consignor_share_minor=share.minor)
        s.add(row)
        rows.append(row)
    s.flush()
    for row in rows:
        if row.consignor_party_id is not None and row.consignor_share_minor:
            s.add(ConsignorEntry(store_id=actor.store_id, party_id=row.consignor_party_id,
                                 kind="sale_share", amount_minor=row.consignor_share_minor,
                                 item_id=row.item_id, sale_line_id=row.id, at=at,
                                 user_id=actor.user_id, note=sale.number))
    return rows


def _write_tenders(s: Session, actor: Actor, sale: Sale, shift: Shift, settlement: Settlement,
                   customer_party_id: int | None, at: datetime) -> list[TenderRow]:
    rows = []
    for t in settlement.tenders:
        row = TenderRow(sale_id=sale.id, shift_id=shift.id, kind=t.kind, amount_minor=t.amount.minor,
                        reference=t.reference[:60], at=at)
        if t.kind == "credit":
            if customer_party_id is None:
                raise ValidationError("Choose the customer whose store credit pays for this sale.")
            credit.add_credit(s, actor, customer_party_id, -t.amount, "sale", sale.number)
            row.party_id = customer_party_id
        elif t.kind == "voucher":
            row.voucher_id = voucher_ledger.spend(s, actor, t.reference, t.amount, sale.number)
        s.add(row)
        rows.append(row)
    if settlement.change.minor:  # the change handed back, as its own line in the tender list
        rows.append(TenderRow(sale_id=sale.id, shift_id=shift.id, kind="cash",
                              amount_minor=-settlement.change.minor, reference="change", at=at))
        s.add(rows[-1])
    s.flush()
    drawer = settlement.cash_in_drawer
    if drawer.minor:
        shifts.record_cash(s, actor, shift, "sale", drawer, sale.number)
    return rows


def _payload(sale: Sale, lines: list[SaleLine], tenders: list[TenderRow]) -> dict:
    return {
        "number": sale.number, "kind": sale.kind, "shift_id": sale.shift_id,
        "customer_party_id": sale.customer_party_id, "total_minor": sale.total_minor,
        "subtotal_minor": sale.subtotal_minor, "discount_minor": sale.discount_minor,
        "tax_minor": sale.tax_minor, "rounding_minor": sale.rounding_minor,
        "change_minor": sale.change_minor, "created_at": sale.created_at.isoformat(),
        "lines": [{"kind": r.kind, "code": r.code, "quantity": r.quantity,
                   "unit_minor": r.unit_minor, "net_minor": r.net_minor, "tax_minor": r.tax_minor,
                   "total_minor": r.total_minor,
                   "consignor_share_minor": r.consignor_share_minor} for r in lines],
        "tenders": [{"kind": t.kind, "amount_minor": t.amount_minor, "reference": t.reference}
                    for t in tenders],
    }
