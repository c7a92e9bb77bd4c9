"""The notes and coins a drawer is counted in, and what a count by denomination comes to.

A blind count is entered as so many of each note and coin; the total is exact (minor units)
and every count is a whole number of pieces, so a slip of the finger is refused, not summed.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pos_app.domain.money import Money
from pos_app.errors import InvalidAmount, ValidationError

MAX_COUNT = 99_999  # pieces of one denomination: more is a slip of the finger, not a drawer


class DenominationsInvalid(ValidationError):
    template = "Denominations are a list of notes and coins such as 100, 50, 0.5."


class DenominationUnknown(ValidationError):
    template = "“{denomination}” is not one of the notes and coins counted here ({known})."


class DenominationTwice(ValidationError):
    template = "{denomination} is counted twice; give one count for each note or coin."


class CountNotWhole(ValidationError):
    template = "The count of {denomination} must be a whole number of 0 or more, not “{count}”."


class CountTooLarge(ValidationError):
    template = "{count} pieces of {denomination} is more than a drawer holds; count them again."


def label(denomination: Money) -> str:
    """A denomination as the setting spells it: "100", "0.5"."""
    return format(denomination.amount.normalize(), "f")


def key(denomination: Money) -> str:
    """How a denomination is stored in a count: its amount with the currency's places."""
    return str(denomination.amount)


def _money(text: object, currency: str) -> Money | None:
    if not isinstance(text, str):
        return None
    try:
        value = Money.of(text.strip(), currency)
    except (InvalidAmount, InvalidOperation, ValueError):
        return None
    return value if value.minor > 0 else None


def parse_denominations(values: object, currency: str) -> tuple[Money, ...]:
    """The `denominations` setting as Money, largest first; each once, exact in `currency`."""
    if not isinstance(values, (list, tuple)) or not values:
        raise DenominationsInvalid()
    parsed = [_money(v, currency) for v in values]
    if any(m is None for m in parsed) or len(set(parsed)) != len(parsed):
        raise DenominationsInvalid()
    return tuple(sorted(parsed, key=lambda m: m.minor, reverse=True))


@dataclass(frozen=True)
class CountLine:
    denomination: Money
    count: int

    @property
    def amount(self) -> Money:
        return self.denomination * self.count


@dataclass(frozen=True)
class Count:
    """A drawer counted by denomination: one line per note and coin, largest first."""

    lines: tuple[CountLine, ...]
    currency: str

    @property
    def total(self) -> Money:
        return Money.sum((line.amount for line in self.lines), self.currency)

    def detail(self) -> dict[str, int]:
        """The count as kept with the shift: {"100.00": 3, "0.50": 2, …}."""
        return {key(line.denomination): line.count for line in self.lines}


def _whole(count: object, denomination: str) -> int:
    if isinstance(count, bool) or not isinstance(count, int):
        if isinstance(count, Decimal) and count.is_finite() and count == count.to_integral_value():
            count = int(count)
        else:
            raise CountNotWhole(denomination=denomination, count=str(count))
    if count < 0:
        raise CountNotWhole(denomination=denomination, count=str(count))
    if count > MAX_COUNT:
        raise CountTooLarge(denomination=denomination, count=str(count))
    return count


def read_count(counts: Mapping[str, object], currency: str,
               denominations: Sequence[Money] | None = None) -> Count:
    """`counts` ({"100": 3, "0.5": 2}) checked against `denominations` (any positive amount
    of the currency when None); denominations left out count as none."""
    if not isinstance(counts, Mapping):
        raise TypeError(f"counts is a mapping of denomination to count, not {type(counts).__name__}")
    allowed = None if denominations is None else {d.minor: d for d in denominations}
    known = ", ".join(label(d) for d in denominations or ())
    seen: dict[int, CountLine] = {}
    for text, count in counts.items():
        value = _money(text, currency)
        if value is None or (allowed is not None and value.minor not in allowed):
            raise DenominationUnknown(denomination=str(text), known=known)
        if value.minor in seen:
            raise DenominationTwice(denomination=label(value))
        seen[value.minor] = CountLine(value, _whole(count, label(value)))
    for d in denominations or ():
        seen.setdefault(d.minor, CountLine(d, 0))
    lines = sorted(seen.values(), key=lambda line: line.denomination.minor, reverse=True)
    return Count(tuple(lines), currency)


def count_total(counts: Mapping[str, object], currency: str,
                denominations: Sequence[Money] | None = None) -> Money:
    """What a count by denomination comes to, exactly."""
    return read_count(counts, currency, denominations).total
