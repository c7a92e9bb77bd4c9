"""Money as whole minor units (fen for CNY): exact, never float.

Every amount the store keeps, prints or adds up is an integer count of the currency's
smallest unit, so till totals and consignment payouts always add up to the fen. Rounding
happens only where a rule asks for it (commission, tax, splits), and says how.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import (
    ROUND_05UP,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
    InvalidOperation,
)
from fractions import Fraction
from functools import cache, lru_cache

from babel import Locale
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    is_currency,
)

from pos_app.errors import (
    AmountEmpty,
    AmountMalformed,
    AmountNegative,
    AmountTooLarge,
    AmountTooPrecise,
    InvalidAmount,
)

#: Largest amount `parse_money` accepts, in minor units (10 billion yuan): anything
#: bigger typed at a till is a slip of the finger, not a price.
MAX_INPUT_MINOR = 10**12

Factor = Decimal | int


@cache
def currency_exponent(currency: str) -> int:
    """Decimal places of the currency's minor unit (CNY 2, JPY 0), per CLDR."""
    if not isinstance(currency, str):
        raise TypeError(f"currency must be a str, not {type(currency).__name__}")
    if len(currency) != 3 or not currency.isascii() or not currency.isupper():
        raise ValueError(f"{currency!r} is not an ISO 4217 currency code")
    if not is_currency(currency):
        raise ValueError(f"{currency!r} is not a currency known to CLDR")
    return get_currency_precision(currency)


def _round(value: Fraction, rounding: str) -> int:
    """Round an exact rational to an integer with a `decimal` rounding mode."""
    sign = -1 if value < 0 else 1
    whole, rest = divmod(abs(value.numerator), value.denominator)
    if rest == 0:
        return sign * whole
    twice, den = 2 * rest, value.denominator
    if rounding == ROUND_HALF_UP:
        up = twice >= den
    elif rounding == ROUND_HALF_EVEN:
        up = twice > den or (twice == den and whole % 2 == 1)
    elif rounding == ROUND_HALF_DOWN:
        up = twice > den
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign > 0
    elif rounding == ROUND_FLOOR:
        up = sign < 0
    elif rounding == ROUND_05UP:
        up = whole % 5 == 0
    else:
        raise ValueError(f"unknown rounding mode {rounding!r}")
    return sign * (whole + up)


def _exact(value: object, what: str) -> Fraction:
    """An int or finite Decimal as an exact Fraction; floats are refused outright."""
    if isinstance(value, float):
        raise TypeError(f"{what} must be a Decimal or int, not float (floats are inexact)")
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"{what} must be a Decimal or int, not {type(value).__name__}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value}")
    return Fraction(value)


@dataclass(frozen=True, order=False)
class Money:
    """An exact amount: `minor` units of `currency` (129950 CNY is ¥1,299.50).

    Equal only to Money of the same currency and amount; ordering and arithmetic
    across currencies raise ValueError rather than guess an exchange rate.
    """

    minor: int
    currency: str = "CNY"

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError(f"Money.minor must be an int, not {type(self.minor).__name__}")
        currency_exponent(self.currency)

    # construction

    @classmethod
    def zero(cls, currency: str = "CNY") -> Money:
        return cls(0, currency)

    @classmethod
    def of(cls, value: Decimal | int | str, currency: str = "CNY") -> Money:
        """Exactly `value` major units (Money.of("12.50") is 1250 fen); never rounds."""
        if isinstance(value, str):
            try:
                number = Decimal(value)
            except InvalidOperation:
                raise InvalidAmount(text=value) from None
        elif isinstance(value, float):
            raise TypeError("Money.of() refuses float; pass a Decimal, int or str")
        elif isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            raise TypeError(f"Money.of() takes Decimal, int or str, not {type(value).__name__}")
        else:
            number = value
        if isinstance(number, Decimal) and not number.is_finite():
            raise InvalidAmount(text=str(value))
        places = currency_exponent(currency)
        scaled = Fraction(number) * 10**places
        if scaled.denominator != 1:
            raise AmountTooPrecise(text=str(value), currency=currency, places=places)
        return cls(scaled.numerator, currency)

    @classmethod
    def from_decimal(
        cls, value: Decimal, currency: str = "CNY", rounding: str = ROUND_HALF_UP
    ) -> Money:
        """`value` major units rounded to the currency's minor unit."""
        places = currency_exponent(currency)
        return cls(_round(_exact(value, "value") * 10**places, rounding), currency)

    @staticmethod
    def sum(items: Iterable[Money], currency: str = "CNY") -> Money:
        """Total of `items`; `currency` is what an empty total is counted in."""
        total = Money.zero(currency)
        for item in items:
            total = total + item
        return total

    # reading

    @property
    def exponent(self) -> int:
        return currency_exponent(self.currency)

    @property
    def amount(self) -> Decimal:
        """The amount in major units, exact, with the currency's decimal places."""
        digits = tuple(int(d) for d in str(abs(self.minor)))
        return Decimal((int(self.minor < 0), digits, -self.exponent))

    def format(self, locale: str = "en_US") -> str:
        """The amount as a clerk or customer reads it ("¥1,299.00" in zh_CN)."""
        return format_currency(self.amount, self.currency, locale=locale)

    # arithmetic

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __bool__(self) -> bool:
        return self.minor != 0

    def __mul__(self, other: object) -> Money:
        if isinstance(other, float):
            raise TypeError("Money cannot be multiplied by a float; use .multiply(Decimal)")
        if isinstance(other, bool) or not isinstance(other, int):
            return NotImplemented
        return Money(self.minor * other, self.currency)

    __rmul__ = __mul__

    def multiply(self, factor: Factor, rounding: str = ROUND_HALF_UP) -> Money:
        """This amount times `factor`, rounded once to the minor unit."""
        return Money(_round(self.minor * _exact(factor, "factor"), rounding), self.currency)

    def percent(self, pct: Factor, rounding: str = ROUND_HALF_UP) -> Money:
        """`pct` percent of this amount (12.5 gives a 12.5% commission), rounded once."""
        return Money(_round(self.minor * _exact(pct, "pct") / 100, rounding), self.currency)

    def allocate(self, ratios: Sequence[Factor]) -> list[Money]:
        """Split in proportion to `ratios`, losing and inventing no minor unit.

        Each part is its exact share rounded down; the units left over go one each to
        the parts with the largest remainders, earlier parts first on ties. A negative
        amount splits like its absolute value, so a refund mirrors its sale.
        """
        shares = [_exact(r, "ratio") for r in ratios]
        if not shares:
            raise ValueError("allocate() needs at least one ratio")
        if any(s < 0 for s in shares):
            raise ValueError("allocation ratios cannot be negative")
        whole = sum(shares)
        if whole == 0:
            raise ValueError("allocation ratios cannot all be zero")
        total = abs(self.minor)
        exact = [total * s / whole for s in shares]
        parts = [int(e) for e in exact]  # exact shares are >= 0, so int() is floor
        left = total - sum(parts)
        by_remainder = sorted(range(len(parts)), key=lambda i: (-(exact[i] - parts[i]), i))
        for i in by_remainder[:left]:
            parts[i] += 1
        sign = -1 if self.minor < 0 else 1
        return [Money(sign * p, self.currency) for p in parts]

    def split(self, n: int) -> list[Money]:
        """`n` parts as equal as possible, the larger ones first."""
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"split() takes an int, not {type(n).__name__}")
        if n < 1:
            raise ValueError("split() needs at least one part")
        return self.allocate([1] * n)

    # ordering: same currency only

    def _key(self, other: object) -> int:
        if not isinstance(other, Money):
            raise TypeError(f"cannot compare Money with {type(other).__name__}")
        self._same_currency(other)
        return other.minor

    def __lt__(self, other: object) -> bool:
        return self.minor < self._key(other)

    def __le__(self, other: object) -> bool:
        return self.minor <= self._key(other)

    def __gt__(self, other: object) -> bool:
        return self.minor > self._key(other)

    def __ge__(self, other: object) -> bool:
        return self.minor >= self._key(other)


# tax: Chinese shelf prices include VAT


def _rate(rate_percent: Factor) -> Fraction:
    rate = _exact(rate_percent, "rate_percent")
    if rate < 0:
        raise ValueError("a tax rate cannot be negative")
    return rate


def tax_in_gross(gross: Money, rate_percent: Factor) -> Money:
    """The tax contained in a tax-inclusive price: gross × r / (100 + r), half-up."""
    rate = _rate(rate_percent)
    return Money(_round(gross.minor * rate / (100 + rate), ROUND_HALF_UP), gross.currency)


def add_tax(net: Money, rate_percent: Factor) -> Money:
    """The tax-inclusive price of `net`: net plus net × r / 100 rounded half-up."""
    rate = _rate(rate_percent)
    return net + Money(_round(net.minor * rate / 100, ROUND_HALF_UP), net.currency)


# parsing what a clerk types

_EXTRA_SIGNS = {"CNY": ("¥", "元", "RMB")}
_MINUS_SIGNS = "-\u2212\u2012\u2013\ufe63"
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u200b\ufeff"))
_SPACES = "\u00a0\u202f\u2009\u2007\u3000"


def _half_width(text: str) -> str:
    """Full-width forms (from Chinese input methods) to their ASCII twins."""
    folded = "".join(
        unicodedata.normalize("NFKC", c) if unicodedata.east_asian_width(c) == "F" else c
        for c in text
    )
    return folded.translate(_INVISIBLE)


@lru_cache(maxsize=64)
def _notation(currency: str, locale: str) -> tuple[tuple[str, ...], str, str, tuple[int, int]]:
    """Currency signs (longest first), decimal mark, group mark and grouping of a locale."""
    signs = {currency, get_currency_symbol(currency, locale), get_currency_symbol(currency, "en")}
    signs.update(_EXTRA_SIGNS.get(currency, ()))
    signs = {_half_width(s).strip().upper() for s in signs}
    decimal = _half_width(get_decimal_symbol(locale))
    group = _half_width(get_group_symbol(locale))
    if group in _SPACES:
        group = " "
    grouping = Locale.parse(locale).decimal_formats[None].grouping
    return tuple(sorted(signs, key=len, reverse=True)), decimal, group, grouping


def _example(currency: str, locale: str) -> str:
    return format_currency(Decimal("1299.50"), currency, format="#,##0.00", locale=locale)


def _grouped_ok(integer: str, group: str, grouping: tuple[int, int]) -> bool:
    if group not in integer:
        return True
    chunks = integer.split(group)
    primary, secondary = grouping
    sizes = [secondary] * (len(chunks) - 2) + [primary]
    return 1 <= len(chunks[0]) <= sizes[0] and all(
        len(c) == size for c, size in zip(chunks[1:], sizes, strict=True)
    )


def parse_money(
    text: str, currency: str = "CNY", locale: str = "en_US", allow_negative: bool = False
) -> Money:
    """Read an amount typed or pasted by a clerk: "1,299.50", "¥12", "１２", "12元".

    Group marks must sit where the locale puts them, so "12,5" is refused rather than
    read as 125 or 12.5. Raises an InvalidAmount subclass whose message says what to fix.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_money() takes a str, not {type(text).__name__}")
    places = currency_exponent(currency)
    signs, decimal, group, grouping = _notation(currency, locale)
    example = _example(currency, locale)
    rest = _half_width(text).strip()
    if not rest:
        raise AmountEmpty(text=text, example=example)
    if decimal == ".":
        rest = rest.replace("。", ".")

    minus = sign_count = 0
    while True:
        rest = rest.strip()
        upper = rest.upper()
        sign = next((s for s in signs if upper.startswith(s) or upper.endswith(s)), None)
        if sign is not None:
            rest = rest[len(sign) :] if upper.startswith(sign) else rest[: -len(sign)]
            sign_count += 1
        elif rest[:1] and rest[0] in _MINUS_SIGNS:
            rest, minus = rest[1:], minus + 1
        elif rest[-1:] and rest[-1] in _MINUS_SIGNS:
            rest, minus = rest[:-1], minus + 1
        else:
            break
    if minus > 1 or sign_count > 1:
        raise AmountMalformed(text=text, example=example)

    if group == " ":
        rest = "".join(" " if c in _SPACES else c for c in rest)
    integer, _, fraction = rest.partition(decimal)
    ascii_digits = re.compile(r"[0-9]*")
    if (
        not (integer or fraction)
        or not ascii_digits.fullmatch(integer.replace(group, ""))
        or not ascii_digits.fullmatch(fraction)
        or not _grouped_ok(integer, group, grouping)
    ):
        raise AmountMalformed(text=text, example=example)

    digits = integer.replace(group, "").lstrip("0")
    fraction = fraction.rstrip("0")
    limit = Money(MAX_INPUT_MINOR, currency).format(locale)
    if len(digits) > len(str(MAX_INPUT_MINOR)):
        raise AmountTooLarge(text=text, limit=limit)
    if len(fraction) > places:
        raise AmountTooPrecise(text=text, currency=currency, places=places)
    minor = int(digits or "0") * 10**places + int(fraction.ljust(places, "0") or "0")
    if minor > MAX_INPUT_MINOR:
        raise AmountTooLarge(text=text, limit=limit)
    if minus and minor and not allow_negative:
        raise AmountNegative(text=text)
    return Money(-minor if minus else minor, currency)
