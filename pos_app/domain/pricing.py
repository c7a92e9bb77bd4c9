"""Pricing rules with no I/O: medians of sales, price endings, markdowns and buy-back quotes.

Every amount is Money (whole minor units) and every ratio an int or Decimal: no float anywhere.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from pos_app.domain.money import Money
from pos_app.errors import ValidationError

ENDINGS = ("9", "0", "none")
"""The store's price endings: nearest amount ending in 9 yuan, whole tens of yuan, or as is."""

# What an item of each grade fetches, as a percent of grade A: used to compare sales across
# grades when too few sales of the very grade exist.
GRADE_FACTORS: dict[str, int] = {"A+": 115, "A": 100, "B": 85, "C": 70, "D": 40}


def median(values: Iterable[Money]) -> Money:
    """The middle amount; of an even count, the mean of the two middle ones rounded half-up."""
    ordered = sorted(values, key=lambda m: m.minor)
    if not ordered:
        raise ValueError("the median of no amounts is undefined")
    currency = ordered[0].currency
    if any(m.currency != currency for m in ordered):
        raise ValueError("cannot take the median of amounts in different currencies")
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return Money(ordered[mid - 1].minor + ordered[mid].minor, currency).multiply(Decimal("0.5"))


def scale_to_grade(amount: Money, from_grade: str | None, to_grade: str) -> Money:
    """What an item of `to_grade` would fetch, given `amount` fetched by one of `from_grade`
    (rounded half-up to the minor unit)."""
    source = GRADE_FACTORS.get(from_grade or "", GRADE_FACTORS["B"])
    target = GRADE_FACTORS[to_grade]
    if source == target:
        return amount
    return Money((2 * amount.minor * target + source) // (2 * source), amount.currency)


def _nearest(price: int, below: int | None, above: int | None) -> int:
    """The nearer of two candidates (the higher one on a tie)."""
    if below is None:
        return above  # type: ignore[return-value]
    if above is None or price - below < above - price:
        return below
    return above


def _nines_around(p: int, unit: int) -> tuple[int | None, int]:
    """The amounts ending in 9 next to `p` (minor units) at or below it and at or above it:
    0.90, 1.90 … 9.90 under ten units (just 9 for a currency without minor units), then
    19, 29, 39 …"""
    small = [n * unit + unit * 9 // 10 for n in range(10)] if unit > 1 else [9]
    ten, nine = 10 * unit, 9 * unit
    k_below = (p - nine) // ten
    k_above = max(1, -((nine - p) // ten))
    below = [c for c in small if c <= p] + ([k_below * ten + nine] if k_below >= 1 else [])
    above = [c for c in small if c >= p] + [k_above * ten + nine]
    return max(below, default=None), min(above)


def apply_ending(price: Money, endings: str) -> Money:
    """`price` moved to the store's chosen ending.

    "9": the nearest amount ending in 9 whole units (1,287 → 1,289; 1,283 → 1,279); below 10
    units the ending is .90 instead (4.60 → 4.90). "0": the nearest whole ten (1,284 → 1,280);
    below 10 units the nearest whole unit, never zero. "none": unchanged. Ties go up; zero and
    negative amounts are left as they are.
    """
    if endings not in ENDINGS:
        raise ValueError(f"unknown price ending {endings!r}; choose one of {ENDINGS}")
    p = price.minor
    if endings == "none" or p <= 0:
        return price
    unit = 10**price.exponent
    if endings == "9":
        return Money(_nearest(p, *_nines_around(p, unit)), price.currency)
    # "0": whole tens from 10 up, whole units below
    if p < 10 * unit - unit // 2:
        rounded = max(unit, (p + unit // 2) // unit * unit)
    else:
        ten = 10 * unit
        rounded = (p + ten // 2) // ten * ten
    return Money(rounded, price.currency)


def markdown_price(price: Money, schedule: Iterable[Sequence[int]], age_days: int,
                   floor: Money | None = None) -> tuple[Money, Decimal]:
    """The price after the steepest markdown step the item's age has reached, and the percent
    actually taken off. Never below `floor` (the consignor's lowest price), and a markdown
    never raises a price that is already under the floor."""
    percent = max((Decimal(pct) for days, pct in schedule if age_days >= days), default=Decimal(0))
    if percent <= 0:
        return price, Decimal(0)
    marked = price - price.percent(percent)
    if floor is not None and marked < floor:
        marked = min(price, floor)
        if price.minor == 0:
            return price, Decimal(0)
        taken = (Decimal((price - marked).minor * 100) / Decimal(price.minor)).quantize(
            Decimal("0.1"), rounding=ROUND_DOWN)
        return marked, taken.quantize(Decimal(1)) if taken == taken.to_integral() else taken
    return marked, percent


def buy_back_quote(resale: Money, margin_percent: int | Decimal, refurbishment: Money) -> Money:
    """What the store offers a seller: the resale price less the target margin and the
    refurbishment cost, rounded down to whole units; never negative."""
    if margin_percent < 0 or margin_percent >= 100:
        raise ValueError("a target margin is a percent from 0 up to (not including) 100")
    offer = resale - resale.percent(margin_percent) - refurbishment
    unit = 10**resale.exponent
    return Money(max(0, offer.minor) // unit * unit, resale.currency)


MAX_REFURBISHMENT = 1_000_000  # yuan: a cost above this in the settings is a slip of the finger
_CATEGORY_CODE = re.compile(r"^[a-z0-9][a-z0-9_\-]*(\.[a-z0-9][a-z0-9_\-]*)*$")


def _yuan(value: object) -> Decimal | None:
    """A refurbishment cost as written in the settings (whole or "12.50" yuan), or None."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if not number.is_finite() or number < 0 or number > MAX_REFURBISHMENT:
        return None
    return number if number == number.quantize(Decimal("0.01")) else None


def refurbishment_cost(costs: dict, category_code: str, currency: str = "CNY") -> Money:
    """The refurbishment cost of a category: its own entry, else its nearest parent's
    ("3c.phone", then "3c"), else nothing."""
    code = category_code
    while code:
        if code in costs and (number := _yuan(costs[code])) is not None:
            return Money.from_decimal(number, currency)
        code = code.rpartition(".")[0]
    return Money.zero(currency)


def validate_setting(key: str, value: object) -> None:
    """Refuse a pricing setting the rules above cannot use; other keys pass through."""
    if key == "price_endings" and value not in ENDINGS:
        raise ValidationError("Price endings: 9 (such as 1,289), 0 (whole tens) or none.")
    if key == "target_margin_percent" and not (
            isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 90):
        raise ValidationError("The target margin on buy-backs is a whole percent from 0 to 90.")
    if key == "refurbishment_costs" and not (
            isinstance(value, dict)
            and all(isinstance(k, str) and _CATEGORY_CODE.match(k) and _yuan(v) is not None
                    for k, v in value.items())):
        raise ValidationError("Refurbishment costs: a category code such as 3c.phone and an "
                              "amount in yuan from 0 to 1000000 for each.")
    if key == "auto_markdown" and not isinstance(value, bool):
        raise ValidationError("Automatic markdowns of store stock are either on or off.")
