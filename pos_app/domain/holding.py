"""The holding period of bought-back goods: the law may require the store to keep an item
for some days before it resells it (in case it turns out to be stolen)."""
from __future__ import annotations

from datetime import datetime, timedelta

from pos_app.errors import DomainError


class ItemHeld(DomainError):
    template = "Item {code} is held until {until}; it cannot be sold before."


def held_until(received_at: datetime, holding_days: int) -> datetime | None:
    """When a bought-back item received at `received_at` may first be sold; None: at once."""
    if isinstance(holding_days, bool) or not isinstance(holding_days, int) or holding_days < 0:
        raise ValueError(f"holding days must be a whole number of zero or more, not {holding_days!r}")
    return received_at + timedelta(days=holding_days) if holding_days else None


def is_held(item: object, now: datetime) -> bool:
    until = getattr(item, "held_until", None)
    return until is not None and now < until


def assert_sellable(item: object, now: datetime) -> None:
    """Refuse the sale of an item (anything with `code` and `held_until`) still held at `now`."""
    if is_held(item, now):
        until = item.held_until.astimezone().strftime("%Y-%m-%d %H:%M")
        raise ItemHeld(code=item.code, until=until)
