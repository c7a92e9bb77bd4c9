"""Writing what is given back against a sale inside the caller's transaction: the refund, its
lines, the tenders paid back, the drawer's cash, store credit and vouchers topped back up,
consignor shares reversed, audit and outbox together.

Returns, voids and a rental's check-in all give back through `write_refund`, the counterpart
of `sale_writer.write_sale`, so each is whole or absent after a crash and shows up the same
way in the drawer, the consignor's account and the sync feed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.errors import ValidationError
from pos_app.models import ConsignorEntry, Refund, RefundLine, Sale, SaleLine, Shift, Store, Voucher
from pos_app.models import Tender as TenderRow
from pos_app.services import credit, journal, shifts, voucher_ledger
from pos_app.services.sale_writer import number_in_shift

REFUND_KINDS = ("return", "void", "rental_return")
DISPOSITIONS = ("stock", "reinspect", "write_off")
REFUND_TO = ("original", "credit")
# The order a refund to the original tenders uses them: the terminals' money first, cash last,
# so the drawer gives out only what no other tender can take back.
PAYBACK_ORDER = ("card", "mobile", "transfer", "voucher", "credit", "cash")


@dataclass(frozen=True)
class GivenBack:
    """One sale line (some or all of its quantity) given back; `amount` overrides the line's
    own share (a rental deposit given back less its fees)."""

    line: SaleLine
    quantity: int
    disposition: str = "stock"
    amount: Money | None = None

    def __post_init__(self) -> None:
        if self.disposition not in DISPOSITIONS:
            raise ValueError(f"disposition must be one of {DISPOSITIONS}, not {self.disposition!r}")


@dataclass(frozen=True)
class Payback:
    """Money given back by one means: a card or mobile payment by its terminal reference,
    store credit to a person, a voucher by its id, or cash."""

    kind: str
    amount: Money  # positive: what goes back to the customer
    reference: str = ""
    party_id: int | None = None
    voucher_id: int | None = None

    @property
    def key(self) -> tuple:
        return _key(self.kind, self.reference, self.party_id, self.voucher_id)


def _key(kind: str, reference: str, party_id: int | None, voucher_id: int | None) -> tuple:
    if kind == "cash":  # the drawer is one purse: cash taken, change given, cash refunded
        return ("cash",)
    if kind == "credit":
        return ("credit", party_id)
    if kind == "voucher":
        return ("voucher", voucher_id)
    return (kind, reference)


def units_share(minor: int, quantity: int, start: int, count: int, currency: str) -> Money:
    """Units `start`..`start+count` of a line amount split over its `quantity` units, so the
    parts of every partial return add up to the line exactly (no fen lost or invented)."""
    parts = Money(minor, currency).allocate([1] * quantity)
    return Money.sum(parts[start:start + count], currency)


def line_refund(line: SaleLine, quantity: int, currency: str) -> tuple[Money, Money, Money]:
    """What `quantity` more units of `line` give back: (amount with tax, tax, consignor share)."""
    start = line.returned_quantity
    return (units_share(line.total_minor, line.quantity, start, quantity, currency),
            units_share(line.tax_minor, line.quantity, start, quantity, currency),
            units_share(line.consignor_share_minor, line.quantity, start, quantity, currency))


def refundable(s: Session, sale: Sale, currency: str) -> list[Payback]:
    """What each of the sale's tenders can still give back (taken less already given back),
    in the order a refund to the original tenders uses them."""
    left: dict[tuple, int] = {}
    shown: dict[tuple, Payback] = {}
    taken = s.scalars(select(TenderRow).where(TenderRow.sale_id == sale.id).order_by(TenderRow.id))
    given = s.scalars(select(TenderRow).join(Refund, Refund.id == TenderRow.refund_id)
                      .where(Refund.sale_id == sale.id).order_by(TenderRow.id))
    for row in [*taken, *given]:
        key = _key(row.kind, row.reference, row.party_id, row.voucher_id)
        left[key] = left.get(key, 0) + row.amount_minor
        if key not in shown and row.refund_id is None:
            shown[key] = Payback(row.kind, Money.zero(currency),
                                 "" if row.kind == "cash" else row.reference, row.party_id,
                                 row.voucher_id)
    out = [Payback(p.kind, Money(left[key], currency), p.reference, p.party_id, p.voucher_id)
           for key, p in shown.items() if left[key] > 0]
    return sorted(out, key=lambda p: PAYBACK_ORDER.index(p.kind))


def plan_payback(s: Session, sale: Sale, amount: Money, refund_to: str,
                 party_id: int | None) -> list[Payback]:
    """How `amount` goes back: all to the person's store credit, or to the sale's own tenders
    (each at most what it still holds of the sale), with cash taking whatever is left."""
    if refund_to not in REFUND_TO:
        raise ValueError(f"refund_to must be one of {REFUND_TO}, not {refund_to!r}")
    if amount.minor <= 0:
        return []
    if refund_to == "credit":
        if party_id is None:
            raise ValidationError("Choose the customer whose store credit takes the refund; "
                                  "this sale names no customer.")
        return [Payback("credit", amount, party_id=party_id)]
    out, left = [], amount
    for tender in refundable(s, sale, amount.currency):
        part = min(tender.amount, left)
        if part.minor > 0:
            out.append(Payback(tender.kind, part, tender.reference, tender.party_id,
                               tender.voucher_id))
            left = left - part
    if left.minor > 0:
        cash = next((p for p in out if p.kind == "cash"), None)
        out = [p for p in out if p is not cash]
        out.append(Payback("cash", left + (cash.amount if cash else Money.zero(left.currency))))
    return out


def write_refund(s: Session, actor: Actor, sale: Sale, kind: str, lines: Sequence[GivenBack], *,
                 shift: Shift, refund_to: str = "original", party_id: int | None = None,
                 adjustment: Money | None = None, authorisation_id: int | None = None,
                 reason: str = "", cash_kind: str = "refund") -> Refund:
    """Record what is given back in the caller's transaction and return the refund.

    Items are moved (and stock put back) by the caller; `adjustment` is added to the money
    given back beyond the lines' amounts (the sale's cash rounding on its last return).
    """
    if kind not in REFUND_KINDS:
        raise ValueError(f"refund kind must be one of {REFUND_KINDS}, not {kind!r}")
    currency = s.scalar(select(Store.currency).where(Store.id == sale.store_id))
    at = now()
    amounts = []
    for given in lines:
        line = given.line
        if given.quantity < 1 or line.returned_quantity + given.quantity > line.quantity:
            raise ValueError("a line cannot be given back beyond its quantity")
        amount, tax, share = line_refund(given.line, given.quantity, currency)
        if given.amount is not None:
            amount, tax, share = given.amount, Money.zero(currency), Money.zero(currency)
        amounts.append((amount, tax, share))
    total = Money.sum((a for a, _, _ in amounts), currency) + (adjustment or Money.zero(currency))
    if total.minor < 0:
        raise ValueError("a refund cannot take money")
    paybacks = plan_payback(s, sale, total, refund_to, party_id)
    refund = Refund(number=number_in_shift(s, "R", Refund, shift), store_id=sale.store_id,
                    counter_id=shift.counter_id, shift_id=shift.id, sale_id=sale.id, kind=kind,
                    created_by_id=actor.user_id, created_at=at, total_minor=total.minor,
                    authorisation_id=authorisation_id, reason=(reason or "").strip()[:200])
    s.add(refund)
    s.flush()
    line_rows = _write_lines(s, actor, sale, refund, lines, amounts, at)
    tender_rows = _write_paybacks(s, actor, refund, shift, paybacks, cash_kind, at)
    journal.record(s, actor, f"refund.{kind}", "refund", refund.number,
                   _payload(sale, refund, line_rows, tender_rows))
    return refund


def _write_lines(s: Session, actor: Actor, sale: Sale, refund: Refund,
                 lines: Sequence[GivenBack], amounts: list, at) -> list[RefundLine]:
    rows = []
    for given, (amount, tax, share) in zip(lines, amounts, strict=True):
        row = RefundLine(refund_id=refund.id, sale_line_id=given.line.id, quantity=given.quantity,
                         amount_minor=amount.minor, tax_minor=tax.minor,
                         disposition=given.disposition, consignor_reversed_minor=share.minor)
        s.add(row)
        rows.append((given.line, row))
        given.line.returned_quantity += given.quantity
    s.flush()
    for line, row in rows:
        if line.consignor_party_id is not None and row.consignor_reversed_minor:
            s.add(ConsignorEntry(store_id=sale.store_id, party_id=line.consignor_party_id,
                                 kind="return_reversal", amount_minor=-row.consignor_reversed_minor,
                                 item_id=line.item_id, sale_line_id=line.id, refund_line_id=row.id,
                                 at=at, user_id=actor.user_id, note=refund.number))
    return [row for _, row in rows]


def _write_paybacks(s: Session, actor: Actor, refund: Refund, shift: Shift,
                    paybacks: Sequence[Payback], cash_kind: str, at) -> list[TenderRow]:
    rows = []
    for p in paybacks:
        row = TenderRow(refund_id=refund.id, shift_id=shift.id, kind=p.kind,
                        amount_minor=-p.amount.minor, reference=p.reference[:60],
                        party_id=p.party_id, voucher_id=p.voucher_id, at=at)
        if p.kind == "cash":
            shifts.record_cash(s, actor, shift, cash_kind, -p.amount, refund.number)
        elif p.kind == "credit":
            credit.add_credit(s, actor, p.party_id, p.amount, "refund", refund.number)
        elif p.kind == "voucher":
            code = s.scalar(select(Voucher.code).where(Voucher.id == p.voucher_id))
            row.reference = code
            voucher_ledger.credit_back(s, actor, code, p.amount, refund.number)
        s.add(row)
        rows.append(row)
    s.flush()
    return rows


def _payload(sale: Sale, refund: Refund, lines: list[RefundLine],
             tenders: list[TenderRow]) -> dict:
    return {
        "number": refund.number, "kind": refund.kind, "sale": sale.number,
        "shift_id": refund.shift_id, "total_minor": refund.total_minor,
        "created_at": refund.created_at.isoformat(), "authorisation_id": refund.authorisation_id,
        "lines": [{"sale_line_id": r.sale_line_id, "quantity": r.quantity,
                   "amount_minor": r.amount_minor, "tax_minor": r.tax_minor,
                   "disposition": r.disposition,
                   "consignor_reversed_minor": r.consignor_reversed_minor} for r in lines],
        "tenders": [{"kind": t.kind, "amount_minor": t.amount_minor, "reference": t.reference}
                    for t in tenders],
    }
