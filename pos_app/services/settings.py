"""Store settings kept in the database, with the defaults a new store starts from."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

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
}


def _get(s: Session, store_id: int | None, key: str) -> object:
    stmt = select(Setting.value).where(Setting.key == key)
    if store_id is not None:
        stmt = stmt.where(Setting.store_id == store_id)
    value = s.scalars(stmt.limit(1)).first()
    return DEFAULTS.get(key) if value is None else value


def lockout_attempts(s: Session, store_id: int | None) -> int:
    return int(_get(s, store_id, "lockout_attempts"))


def lockout_minutes(s: Session, store_id: int | None) -> int:
    return int(_get(s, store_id, "lockout_minutes"))


LANGUAGES = ("en", "zh_CN")
PRINTER_KEYS = ("label_printer", "receipt_printer", "report_printer", "label_size")


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
