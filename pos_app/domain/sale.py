"""The arithmetic of a sale with no I/O: discounts, tax, tenders, change and consignor shares.

Every amount is Money (whole minor units) and every rate a Decimal percent: no float. Each
rounding is half-up and happens once, where a rule asks for it; splits use Money.allocate,
so no fen is lost or invented.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from pos_app.domain.money import Money, add_tax, tax_in_gross
from pos_app.errors import (
    CardReferenceMissing,
    ConsignmentFeeNegative,
    ConsignorShareInvalid,
    DiscountNegative,
    DiscountPercentOutOfRange,
    LineDiscountTooLarge,
    MobileReferenceMissing,
    NonCashOverpaid,
    QuantityInvalid,
    SaleDiscountTooLarge,
    SaleUnderpaid,
    TenderNotPositive,
    TransferReferenceMissing,
)

DISCOUNT_KINDS = ("amount", "percent")
TENDER_KINDS = ("cash", "card", "mobile", "transfer", "credit", "voucher")
NEEDS_REFERENCE = {"card": CardReferenceMissing, "mobile": MobileReferenceMissing,
                   "transfer": TransferReferenceMissing}
DISCOUNT_BORNE_BY = ("store", "shared")


def _percent(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"{what} must be a Decimal or int percent, not {type(value).__name__}")
    value = Decimal(value)
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value}")
    return value


@dataclass(frozen=True)
class Discount:
    """A discount as the clerk entered it: `value` is Money for "amount", a Decimal percent
    for "percent"."""

    kind: str
    value: Decimal | Money

    def __post_init__(self) -> None:
        if self.kind not in DISCOUNT_KINDS:
            raise ValueError(f"discount kind must be one of {DISCOUNT_KINDS}, not {self.kind!r}")
        if self.kind == "amount":
            if not isinstance(self.value, Money):
                raise TypeError("an amount discount takes Money")
            if self.value.minor < 0:
                raise DiscountNegative()
        else:
            pct = _percent(self.value, "a percent discount")
            if pct < 0:
                raise DiscountNegative()
            if pct > 100:
                raise DiscountPercentOutOfRange(value=pct)
            object.__setattr__(self, "value", pct)

    def amount_of(self, base: Money) -> Money:
        """What this discount takes off `base` (a percent rounded half-up)."""
        if self.kind == "amount":
            return self.value  # type: ignore[return-value]
        return base.percent(self.value)  # type: ignore[arg-type]

    def fraction_of(self, base: Money) -> Fraction:
        """The share of `base` this discount asks for, exactly (no rounding)."""
        if self.kind == "percent":
            return Fraction(self.value) / 100  # type: ignore[arg-type]
        if base.minor == 0:
            return Fraction(0) if self.value.minor == 0 else Fraction(1)  # type: ignore[union-attr]
        return Fraction(self.value.minor, base.minor)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Line:
    """One line of a basket: a unique item (quantity 1) or a stock line with a quantity."""

    code: str
    description: str
    unit_price: Money
    quantity: int = 1
    tax_rate: Decimal = Decimal(0)
    discount: Discount | None = None

    def __post_init__(self) -> None:
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) or self.quantity < 1:
            raise QuantityInvalid(code=self.code)
        if not isinstance(self.unit_price, Money):
            raise TypeError("unit_price must be Money")
        if self.unit_price.minor < 0:
            raise ValueError("a unit price cannot be negative")
        rate = _percent(self.tax_rate, "tax_rate")
        if rate < 0:
            raise ValueError("a tax rate cannot be negative")
        object.__setattr__(self, "tax_rate", rate)

    @property
    def gross(self) -> Money:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class PricedLine:
    """A line after discounts and tax. `net` is what the line sells for before tax is added
    (tax included in it when prices are tax-inclusive); `total` is what the customer pays."""

    line: Line
    gross: Money
    line_discount: Money
    sale_discount: Money
    net: Money
    tax: Money
    total: Money

    @property
    def discount(self) -> Money:
        return self.line_discount + self.sale_discount


@dataclass(frozen=True)
class SaleTotals:
    """A priced basket: subtotal − discounts (+ tax when prices exclude it) = total."""

    lines: tuple[PricedLine, ...]
    sale_discount: Discount | None
    tax_inclusive: bool
    subtotal: Money
    discounts: Money
    tax: Money
    total: Money

    @property
    def tax_by_rate(self) -> dict[Decimal, Money]:
        """Tax per rate, for the receipt, in the order the rates first appear."""
        out: dict[Decimal, Money] = {}
        for p in self.lines:
            rate = p.line.tax_rate
            out[rate] = out.get(rate, Money.zero(p.tax.currency)) + p.tax
        return out


def price_sale(
    lines: Sequence[Line],
    sale_discount: Discount | None = None,
    *,
    tax_inclusive: bool = True,
    currency: str = "CNY",
    locale: str = "en_US",
) -> SaleTotals:
    """Price a basket: line discounts, then the sale discount spread over the lines in
    proportion to what each still costs, then tax per line at its category's rate.

    `currency` is what an empty basket is counted in; `locale` formats amounts in refusals.
    """
    lines = tuple(lines)
    if lines:
        currency = lines[0].unit_price.currency
    nets: list[Money] = []
    line_discounts: list[Money] = []
    for line in lines:
        gross = line.gross
        taken = line.discount.amount_of(gross) if line.discount else Money.zero(currency)
        if taken > gross:
            raise LineDiscountTooLarge(
                code=line.code, discount=taken.format(locale), price=gross.format(locale)
            )
        line_discounts.append(taken)
        nets.append(gross - taken)

    base = Money.sum(nets, currency)
    off = sale_discount.amount_of(base) if sale_discount else Money.zero(currency)
    if off > base:
        raise SaleDiscountTooLarge(discount=off.format(locale), net=base.format(locale))
    if off and base:
        shares = off.allocate([n.minor for n in nets])
    else:
        shares = [Money.zero(currency) for _ in nets]

    priced = []
    for line, taken, net, share in zip(lines, line_discounts, nets, shares, strict=True):
        net = net - share
        if net.minor < 0:  # allocation never does this; a guard, not a rule
            raise LineDiscountTooLarge(
                code=line.code, discount=(taken + share).format(locale),
                price=line.gross.format(locale),
            )
        if tax_inclusive:
            tax, total = tax_in_gross(net, line.tax_rate), net
        else:
            total = add_tax(net, line.tax_rate)
            tax = total - net
        priced.append(PricedLine(line, line.gross, taken, share, net, tax, total))

    def add(values: Iterable[Money]) -> Money:
        return Money.sum(values, currency)

    return SaleTotals(
        lines=tuple(priced),
        sale_discount=sale_discount,
        tax_inclusive=tax_inclusive,
        subtotal=add(p.gross for p in priced),
        discounts=add(p.discount for p in priced),
        tax=add(p.tax for p in priced),
        total=add(p.total for p in priced),
    )


def discount_percent_of(totals: SaleTotals) -> Decimal:
    """The discounts as a percent of the subtotal, to two places (half-up), for display."""
    if totals.subtotal.minor == 0:
        return Decimal("0.00")
    exact = Fraction(totals.discounts.minor * 100, totals.subtotal.minor)
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def needs_manager(totals: SaleTotals, limit_percent: Decimal | int) -> bool:
    """Whether any line is discounted past `limit_percent` of its price, counting its own
    discount and the sale discount together (10% then 10% is 19%).

    Judged on the discounts as entered, exactly, so the rounding of a fen never asks for a
    manager, and a big discount on one line cannot hide behind a large basket.
    """
    limit = Fraction(_percent(limit_percent, "limit_percent")) / 100
    base = Money.sum((p.gross - p.line_discount for p in totals.lines), totals.subtotal.currency)
    sale = totals.sale_discount.fraction_of(base) if totals.sale_discount else Fraction(0)
    for p in totals.lines:
        own = p.line.discount.fraction_of(p.gross) if p.line.discount else Fraction(0)
        if 1 - (1 - own) * (1 - sale) > limit:
            return True
    return False


# tenders


@dataclass(frozen=True)
class Tender:
    """One payment: cash, bank card, mobile (WeChat Pay, Alipay), bank transfer (a wholesaler
    paying a lot), store credit or voucher. Card, mobile and transfer payments carry the
    reference from the terminal or the bank."""

    kind: str
    amount: Money
    reference: str = ""

    def __post_init__(self) -> None:
        if self.kind not in TENDER_KINDS:
            raise ValueError(f"tender kind must be one of {TENDER_KINDS}, not {self.kind!r}")
        if not isinstance(self.amount, Money):
            raise TypeError("a tender amount must be Money")
        if self.amount.minor <= 0:
            raise TenderNotPositive()
        reference = (self.reference or "").strip()
        if self.kind in NEEDS_REFERENCE and not reference:
            raise NEEDS_REFERENCE[self.kind]()
        object.__setattr__(self, "reference", reference)


@dataclass(frozen=True)
class Settlement:
    """How a sale was paid: paid − change = rounded_total = total + rounding."""

    paid: Money
    change: Money
    rounded_total: Money
    rounding: Money
    tenders: tuple[Tender, ...] = field(default=())

    @property
    def cash_in_drawer(self) -> Money:
        """What the drawer gains: cash taken less change given."""
        cash = Money.sum((t.amount for t in self.tenders if t.kind == "cash"), self.paid.currency)
        return cash - self.change


def round_cash(total: Money, step: Money) -> Money:
    """`total` rounded half-up to a multiple of `step` (0.10 or 1.00 yuan)."""
    if step.minor <= 0:
        raise ValueError("a cash rounding step must be more than zero")
    units, rest = divmod(total.minor, step.minor)
    return Money((units + (2 * rest >= step.minor)) * step.minor, total.currency)


def settle(
    total: Money,
    tenders: Sequence[Tender],
    *,
    cash_rounding: Money | None = None,
    locale: str = "en_US",
) -> Settlement:
    """Check the tenders pay `total` and work out the change, which comes only from cash.

    With `cash_rounding`, a sale paid in cash alone is rounded to that step and the rounding
    recorded; split or non-cash payments are never rounded.
    """
    if total.minor < 0:
        raise ValueError("a sale total cannot be negative; a refund is settled as a return")
    tenders = tuple(tenders)
    currency = total.currency
    cash_only = bool(tenders) and all(t.kind == "cash" for t in tenders)
    rounded = round_cash(total, cash_rounding) if cash_rounding is not None and cash_only else total
    paid = Money.sum((t.amount for t in tenders), currency)
    if paid < rounded:
        raise SaleUnderpaid(paid=paid.format(locale), due=(rounded - paid).format(locale))
    non_cash = Money.sum((t.amount for t in tenders if t.kind != "cash"), currency)
    if non_cash > rounded:
        raise NonCashOverpaid(paid=non_cash.format(locale), total=rounded.format(locale))
    return Settlement(paid, paid - rounded, rounded, rounded - total, tenders)


# consignment


def consignor_share(
    line_net: Money,
    share_percent: Decimal | int,
    fee: Money,
    discount_borne_by: str,
    list_price: Money,
) -> Money:
    """What the consignor is owed for a sold line: their share (half-up) less the fee, never
    below zero. If the store bears discounts the share is of the list price, else of the net."""
    pct = _percent(share_percent, "share_percent")
    if not 0 <= pct <= 100:
        raise ConsignorShareInvalid(value=pct)
    if fee.minor < 0:
        raise ConsignmentFeeNegative()
    if discount_borne_by not in DISCOUNT_BORNE_BY:
        raise ValueError(
            f"discount_borne_by must be one of {DISCOUNT_BORNE_BY}, not {discount_borne_by!r}"
        )
    base = list_price if discount_borne_by == "store" else line_net
    share = base.percent(pct) - fee
    return share if share.minor > 0 else Money.zero(share.currency)
