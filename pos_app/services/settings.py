"""Store settings kept in the database, with the defaults a new store starts from."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.domain import pricing
from pos_app.domain.markdown_schedule import parse_schedule
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import PermissionDenied, ValidationError
from pos_app.models import Setting
from pos_app.services import journal
from pos_app.services.store_db import StoreDB

DEFAULTS: dict[str, object] = {
    "lockout_attempts": 5,
    "lockout_minutes": 15,
    "discount_limit_percent": 10,
    "language": "zh_CN",
    "label_printer": "",
    "receipt_printer": "",
    "report_printer": "",
    "label_size": "50x30mm",
    # intake
    "id_required_categories": ["3c.phone", "3c.tablet", "3c.laptop", "3c.camera", "3c.watch",
                               "bags"],  # a buy-back of these needs the seller's identity
    "holding_days": 0,  # days a bought-back item is held before it may be sold
    "credit_bonus_percent": 0,  # extra store credit when a seller takes credit, not cash
    "buy_back_quote_limit": 2000,  # yuan per item a clerk may quote without a manager
    "markdown_schedule": [[30, 20], [60, 40]],  # consignment: [days, percent off]
    "consignment_share_percent": 60,  # the consignor's share of the sale price
    "consignment_days": 90,  # a consignment contract's length
    # pricing
    "price_endings": "9",  # "9" (1,289; 4.90 under 10 yuan), "0" (whole tens) or "none"
    "target_margin_percent": 35,  # a buy-back quote leaves the store this share of the resale
    "refurbishment_costs": {},  # {category code: yuan} taken off a buy-back quote
    "auto_markdown": False,  # mark store stock down by markdown_schedule as it ages
    # the counter
    "tax_inclusive": True,  # shelf prices include tax (the tax is shown on the receipt)
    "cash_rounding": "none",  # "none", "0.10" or "1.00": a cash-only sale rounds to this step
    "return_window_days": 14,  # days a sale may be returned without a manager
    "consignment_discount_borne_by": "store",  # "store": the consignor's share ignores discounts
    "hold_hours": 48,  # how long an item is put aside for a customer by default
    "rental_late_fee_percent": 100,  # per day late, as a percent of the daily rent
    "return_policy": "",  # printed on receipts; empty: the standard text with the window
    "receipt_width_mm": 80,  # 58 or 80
    "receipt_escpos": "",  # an ESC/POS printer: "usb:VID:PID", "network:HOST" or "" for none
    "drawer_kick": True,  # open the cash drawer through the ESC/POS printer on a cash sale
    "voucher_days": 365,  # a gift voucher is valid this many days (0: no end)
    "denominations": ["100", "50", "20", "10", "5", "1", "0.5", "0.1"],  # counted at close
    # backups
    "backup_keep": 14,  # day-close backups kept in the data folder's backups folder
}


def _get(s: Session, store_id: int | None, key: str) -> object:
    stmt = select(Setting.value).where(Setting.key == key)
    if store_id is not None:
        stmt = stmt.where(Setting.store_id == store_id)
    value = s.scalars(stmt.limit(1)).first()
    return DEFAULTS.get(key) if value is None else value


def values(s: Session, store_id: int, keys: tuple[str, ...]) -> dict[str, object]:
    """Several settings in one query, each its default when the store has not set it."""
    rows = dict(s.execute(select(Setting.key, Setting.value)
                          .where(Setting.store_id == store_id, Setting.key.in_(keys))).all())
    return {k: rows.get(k, DEFAULTS.get(k)) for k in keys}


def lockout_attempts(s: Session, store_id: int | None) -> int:
    return int(_get(s, store_id, "lockout_attempts"))


def lockout_minutes(s: Session, store_id: int | None) -> int:
    return int(_get(s, store_id, "lockout_minutes"))


LANGUAGES = ("en", "zh_CN")
CATEGORY_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]*(\.[a-z0-9][a-z0-9_\-]*)*$")
PRINTER_KEYS = ("label_printer", "receipt_printer", "report_printer", "label_size")


CASH_ROUNDING = ("none", "0.10", "1.00")
ESCPOS_RE = re.compile(r"^(|usb:[0-9a-fA-F]{4}:[0-9a-fA-F]{4}|network:[A-Za-z0-9.\-]{1,100})$")


def _check_denominations(value: object) -> None:
    try:
        ok = (isinstance(value, list) and 0 < len(value) <= 20
              and all(isinstance(v, str) and Decimal(v) > 0 for v in value))
    except InvalidOperation:
        ok = False
    if not ok:
        raise ValidationError("Denominations are a list of notes and coins such as 100, 50, 0.5.")


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _validate(key: str, value: object) -> None:
    if key == "lockout_attempts" and not _whole(value, 1, 20):
        raise ValidationError("Wrong PINs before an account locks: a whole number from 1 to 20.")
    if key == "lockout_minutes" and not _whole(value, 1, 1440):
        raise ValidationError("Minutes an account stays locked: a whole number from 1 to 1440.")
    if key == "discount_limit_percent" and not _whole(value, 0, 100):
        raise ValidationError("A clerk's discount limit is a whole percent from 0 to 100.")
    if key == "language" and value not in LANGUAGES:
        raise ValidationError("Choose English or Simplified Chinese.")
    if key in PRINTER_KEYS and (not isinstance(value, str) or len(value) > 120):
        raise ValidationError("A printer or label setting is a name of at most 120 characters.")
    if key == "id_required_categories" and not (
            isinstance(value, list) and all(isinstance(c, str) and CATEGORY_CODE_RE.match(c)
                                            for c in value)):
        raise ValidationError("Categories that need the seller's identity: a list of category "
                              "codes such as 3c.phone.")
    if key == "holding_days" and not _whole(value, 0, 90):
        raise ValidationError("Days a bought-back item is held: a whole number from 0 to 90.")
    if key == "credit_bonus_percent" and not _whole(value, 0, 50):
        raise ValidationError("The store-credit bonus is a whole percent from 0 to 50.")
    if key == "buy_back_quote_limit" and not _whole(value, 0, 10_000_000):
        raise ValidationError("A clerk's buy-back quote limit is a whole number of yuan per item, "
                              "from 0 to 10000000.")
    if key == "markdown_schedule":
        parse_schedule(value)
    if key == "consignment_share_percent" and not _whole(value, 0, 100):
        raise ValidationError("The consignor's share is a whole percent from 0 to 100.")
    if key == "consignment_days" and not _whole(value, 1, 730):
        raise ValidationError("A consignment lasts a whole number of days from 1 to 730.")
    if key in ("tax_inclusive", "drawer_kick") and not isinstance(value, bool):
        raise ValidationError("Choose yes or no.")
    if key == "cash_rounding" and value not in CASH_ROUNDING:
        raise ValidationError("Cash rounding is none, to 0.10 or to 1.00.")
    if key == "return_window_days" and not _whole(value, 0, 365):
        raise ValidationError("The return window is a whole number of days from 0 to 365.")
    if key == "consignment_discount_borne_by" and value not in ("store", "shared"):
        raise ValidationError("A discount on a consigned item is borne by the store or shared.")
    if key == "hold_hours" and not _whole(value, 1, 24 * 30):
        raise ValidationError("A hold lasts a whole number of hours from 1 to 720.")
    if key == "rental_late_fee_percent" and not _whole(value, 0, 1000):
        raise ValidationError("The late fee is a whole percent of the daily rent from 0 to 1000.")
    if key == "return_policy" and (not isinstance(value, str) or len(value) > 400):
        raise ValidationError("The return policy is a text of at most 400 characters.")
    if key == "receipt_width_mm" and value not in (58, 80):
        raise ValidationError("Receipts are 58 or 80 mm wide.")
    if key == "receipt_escpos" and not (isinstance(value, str) and ESCPOS_RE.match(value)):
        raise ValidationError("An ESC/POS printer is usb:VENDOR:PRODUCT (hex), network:HOST, "
                              "or empty for none.")
    if key == "voucher_days" and not _whole(value, 0, 3650):
        raise ValidationError("A voucher is valid a whole number of days from 0 to 3650.")
    if key == "denominations":
        _check_denominations(value)
    if key == "backup_keep" and not _whole(value, 1, 365):
        raise ValidationError("Keep a whole number of day-close backups from 1 to 365.")
    pricing.validate_setting(key, value)


def get_settings(db: StoreDB, store_id: int) -> dict[str, object]:
    with db.read() as s:
        rows = s.scalars(select(Setting).where(Setting.store_id == store_id)).all()
        return {**DEFAULTS, **{r.key: r.value for r in rows}}


def set_settings(db: StoreDB, actor: Actor, values: dict[str, object]) -> dict[str, object]:
    """Change known settings; personal choices such as the language need no special right."""
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValidationError("Unknown setting “{name}”.", name=sorted(unknown)[0])
    if set(values) - {"language"} and not actor.can(Permission.MANAGE_SETTINGS):
        raise PermissionDenied(role=str(actor.role), action=str(Permission.MANAGE_SETTINGS))
    for key, value in values.items():
        _validate(key, value)
    with db.write() as s:
        for key, value in values.items():
            row = s.get(Setting, (actor.store_id, key))
            if row is None:
                s.add(Setting(store_id=actor.store_id, key=key, value=value))
            else:
                row.value = value
        journal.record(s, actor, "settings.changed", "store", actor.store_id, dict(values), sync=False)
    return get_settings(db, actor.store_id)
