"""The terms each business attaches to an intake, checked and kept as plain JSON on the intake:
consignment (split, fee, length, what happens at expiry, markdowns), lease stock (the rent
period, maintenance notes) and matchmaking (contact preference, listing fee or commission)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from pos_app.domain.markdown_schedule import parse_schedule
from pos_app.domain.money import Money
from pos_app.errors import ValidationError

BUY_BACK, CONSIGNMENT, LEASE_STOCK, MATCHMAKING = "buy_back", "consignment", "lease_stock", "matchmaking"
KINDS = (BUY_BACK, CONSIGNMENT, LEASE_STOCK, MATCHMAKING)
AT_EXPIRY = ("return", "donate", "store_stock")
CONTACT_PREFERENCES = ("phone", "sms", "wechat", "email", "via_store")
PAYMENT_METHODS = ("cash", "transfer", "credit")

TERM_NAMES: dict[str, frozenset[str]] = {
    BUY_BACK: frozenset(),
    CONSIGNMENT: frozenset({"consignor_share_percent", "fee", "days", "at_expiry", "markdowns"}),
    LEASE_STOCK: frozenset({"period_days", "maintenance_notes"}),
    MATCHMAKING: frozenset({"contact_preference", "listing_fee", "commission_percent"}),
}


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("Choose the kind of intake: buy-back, consignment, lease stock or "
                              "matchmaking.")
    return kind


def percent_bp(value: object, low: int, high: int) -> int | None:
    """A percent (int, Decimal or text such as "12.5") as basis points within [low, high] %,
    or None if it is not one."""
    if isinstance(value, (bool, float)):
        return None
    try:
        bp = Decimal(str(value).strip().rstrip("%")) * 100
    except InvalidOperation:
        return None
    if not bp.is_finite() or bp != bp.to_integral_value() or not low * 100 <= bp <= high * 100:
        return None
    return int(bp)


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _money_minor(value: object, currency: str) -> int | None:
    """An amount of zero or more in the store's currency, in minor units; None if not one."""
    if not isinstance(value, Money) or value.currency != currency or value.minor < 0:
        return None
    return value.minor


def default_terms(kind: str, settings: dict[str, object]) -> dict:
    """The terms a new intake starts with, from the store's settings."""
    if kind == CONSIGNMENT:
        return {"consignor_share_bp": int(settings["consignment_share_percent"]) * 100,
                "fee_minor": 0, "days": int(settings["consignment_days"]), "at_expiry": "return",
                "markdowns": parse_schedule(settings["markdown_schedule"])}
    if kind == LEASE_STOCK:
        return {"period_days": 1, "maintenance_notes": ""}
    if kind == MATCHMAKING:
        return {"contact_preference": "phone", "fee_minor": 0, "commission_bp": 0}
    return {}


def apply_terms(kind: str, terms: dict, changes: dict[str, object], currency: str) -> dict:
    """`terms` with `changes` (the names set_terms takes) checked and applied."""
    unknown = set(changes) - TERM_NAMES[kind]
    if unknown:
        raise ValidationError("“{name}” is not a term of this kind of intake.", name=min(unknown))
    out = dict(terms)
    for name, value in changes.items():
        if name == "consignor_share_percent":
            out["consignor_share_bp"] = percent_bp(value, 0, 100)
            if out["consignor_share_bp"] is None:
                raise ValidationError("The consignor's share is a percent from 0 to 100, with two "
                                      "decimals at most.")
        elif name == "fee":
            out["fee_minor"] = _money_minor(value, currency)
            if out["fee_minor"] is None:
                raise ValidationError("A fee per item is an amount of zero or more.")
        elif name == "days":
            if not _whole(value, 1, 730):
                raise ValidationError("A consignment lasts a whole number of days from 1 to 730.")
            out["days"] = value
        elif name == "at_expiry":
            if value not in AT_EXPIRY:
                raise ValidationError("At expiry, unsold items go back to the owner, are donated or "
                                      "become store stock.")
            out["at_expiry"] = value
        elif name == "markdowns":
            out["markdowns"] = parse_schedule(value)
        elif name == "period_days":
            if not _whole(value, 1, 365):
                raise ValidationError("A rent period is a whole number of days from 1 to 365.")
            out["period_days"] = value
        elif name == "maintenance_notes":
            out["maintenance_notes"] = str(value or "").strip()
        elif name == "contact_preference":
            if value not in CONTACT_PREFERENCES:
                raise ValidationError("Choose how buyers contact the seller: phone, text message, "
                                      "WeChat, e-mail or through the store.")
            out["contact_preference"] = value
        elif name == "listing_fee":
            out["fee_minor"] = _money_minor(value, currency)
            if out["fee_minor"] is None:
                raise ValidationError("A listing fee is an amount of zero or more.")
        elif name == "commission_percent":
            out["commission_bp"] = percent_bp(value, 0, 100)
            if out["commission_bp"] is None:
                raise ValidationError("A commission is a percent from 0 to 100, with two decimals "
                                      "at most.")
    if kind == MATCHMAKING and out.get("fee_minor") and out.get("commission_bp"):
        raise ValidationError("Charge a listing fee or a commission, not both.")
    return out


@dataclass(frozen=True)
class ConsignmentTerms:
    consignor_share_bp: int
    fee: Money
    days: int
    at_expiry: str
    markdowns: list[list[int]]

    def expires_on(self, starts_on: date) -> date:
        return starts_on + timedelta(days=self.days)


def consignment_terms(terms: dict, currency: str) -> ConsignmentTerms:
    return ConsignmentTerms(terms["consignor_share_bp"], Money(terms["fee_minor"], currency),
                            terms["days"], terms["at_expiry"], [list(m) for m in terms["markdowns"]])
