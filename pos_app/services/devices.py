"""Device checks before an intake: has the store seen this IMEI or serial before, and is it on
the stolen-device list? And the list itself, imported from a CSV file until the sync fills it.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.devices import any_device_id
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import DomainError, StolenListLineError, ValidationError
from pos_app.models import Item, StolenDevice
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB

CSV_COLUMNS = ("serial", "source", "reported_at", "notes")
BATCH = 500


@dataclass(frozen=True)
class SeenDevice:
    """An item of the store's records with the same IMEI or serial."""

    code: str
    state: str
    when: datetime  # its last change of state
    where: str  # its location in the store


@dataclass(frozen=True)
class DeviceCheck:
    serial: str  # as the store keeps it
    stolen: bool
    stolen_source: str
    seen: list[SeenDevice]


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int  # blank lines, repeated lines and devices already listed with the same details


def _stolen_keys(serial: str) -> list[str]:
    """A 15-digit IMEI is also found under its first 14 digits: some lists leave out the
    check digit."""
    if len(serial) == 15 and serial.isdigit():
        return [serial, serial[:14]]
    return [serial]


def stolen_entry(s: Session, serial: str) -> StolenDevice | None:
    """The stolen-list entry for `serial` (typed in any form), inside the caller's transaction."""
    keys = _stolen_keys(any_device_id(serial))
    return s.scalars(select(StolenDevice).where(StolenDevice.serial.in_(keys))
                     .order_by(StolenDevice.id).limit(1)).first()


def is_stolen(s: Session, serial: str) -> bool:
    """Whether the device is on the stolen list, inside the caller's transaction."""
    return stolen_entry(s, serial) is not None


def seen_devices(s: Session, serial: str) -> list[SeenDevice]:
    """The store's items with this IMEI or serial, latest change first."""
    rows = s.execute(select(Item.code, Item.state, Item.state_changed_at, Item.location)
                     .where(Item.serial == any_device_id(serial))
                     .order_by(Item.state_changed_at.desc(), Item.id.desc())).all()
    return [SeenDevice(code, state, when, where or "") for code, state, when, where in rows]


def check_device(db: StoreDB, serial: str) -> DeviceCheck:
    """What the store knows of this device: stolen or not, and where it has been seen."""
    key = any_device_id(serial)
    with db.read() as s:
        entry = stolen_entry(s, key)
        return DeviceCheck(key, entry is not None, entry.source if entry else "",
                           seen_devices(s, key))


@dataclass(frozen=True)
class _Row:
    line: int
    serial: str
    source: str
    reported_at: datetime | None
    notes: str


def _read_text(text_or_path: str | Path) -> str:
    path = text_or_path if isinstance(text_or_path, Path) else None
    if path is None and text_or_path.strip() and not any(c in text_or_path for c in ",\n"):
        path = Path(text_or_path)
    if path is None:
        return text_or_path
    try:
        raw = path.read_bytes()
    except OSError:
        raise ValidationError("The file {path} cannot be read.", path=str(path)) from None
    for encoding in ("utf-8-sig", "gb18030"):  # gb18030: a list saved by Chinese Excel
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("The file {path} is not a text (CSV) file.", path=str(path))


def _reported_at(text: str) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text[:10])
        if len(text) > 10:
            datetime.fromisoformat(text)  # a time after the date must be a real one too
    except ValueError:
        raise ValidationError("“{text}” is not a date; write it as 2024-05-31.", text=text) from None
    moment = datetime.combine(day, time(0), tzinfo=UTC)
    if moment > now():
        raise ValidationError("The date reported, {text}, is in the future.", text=text)
    return moment


def _parse_row(line: int, fields: dict[str, str]) -> _Row:
    serial = any_device_id(fields.get("serial", ""))
    source = fields.get("source", "").strip()
    if len(source) > 60:
        raise ValidationError("A source is at most 60 characters.")
    notes = fields.get("notes", "").strip()
    if len(notes) > 1000:
        raise ValidationError("Notes are at most 1000 characters.")
    return _Row(line, serial, source, _reported_at(fields.get("reported_at", "").strip()), notes)


def _parse_csv(text: str) -> tuple[list[_Row], int]:
    """Every row checked before any is used: (rows to apply, rows skipped), or the first
    bad line as StolenListLineError."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    names = [h.strip().lower() for h in header or []]
    if "serial" not in names or set(names) - set(CSV_COLUMNS) or len(set(names)) != len(names):
        raise ValidationError("The first line of the file must name the columns "
                              "serial,source,reported_at,notes.")
    rows: dict[str, _Row] = {}
    skipped = 0
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            skipped += 1
            continue
        try:
            if len(values) > len(names):
                raise ValidationError("This line has {found} fields; the header names {expected}.",
                                      found=len(values), expected=len(names))
            row = _parse_row(line, dict(zip(names, values, strict=False)))
            earlier = rows.get(row.serial)
            if earlier is not None and earlier.line != line:
                if (earlier.source, earlier.reported_at, earlier.notes) != (
                        row.source, row.reported_at, row.notes):
                    raise ValidationError("{serial} is already on line {earlier} with other "
                                          "details.", serial=row.serial, earlier=earlier.line)
                skipped += 1
                continue
        except DomainError as problem:
            raise StolenListLineError(line=line, problem=problem) from problem
        rows[row.serial] = row
    return list(rows.values()), skipped


def import_stolen_csv(db: StoreDB, actor: Actor, text_or_path: str | Path) -> ImportResult:
    """Add or update stolen-list entries from CSV (header serial,source,reported_at,notes).

    A file with any bad line imports nothing; the error names the line and what is wrong."""
    users.require(actor, Permission.MAINTAIN_STOLEN_LIST)
    rows, skipped = _parse_csv(_read_text(text_or_path))
    added = updated = 0
    with db.write() as s:
        for start in range(0, len(rows), BATCH):
            batch = rows[start:start + BATCH]
            existing = {d.serial: d for d in s.scalars(select(StolenDevice).where(
                StolenDevice.serial.in_([r.serial for r in batch])))}
            for row in batch:
                entry = existing.get(row.serial)
                if entry is None:
                    s.add(StolenDevice(serial=row.serial, source=row.source,
                                       reported_at=row.reported_at, notes=row.notes))
                    added += 1
                elif (entry.source, entry.reported_at, entry.notes) == (
                        row.source, row.reported_at, row.notes):
                    skipped += 1
                else:
                    entry.source, entry.reported_at, entry.notes = (
                        row.source, row.reported_at, row.notes)
                    updated += 1
            s.flush()
        # The list comes down from the platform; a local import stays in the store.
        journal.record(s, actor, "stolen_list.imported", "stolen_devices", actor.store_id,
                       {"added": added, "updated": updated, "skipped": skipped}, sync=False)
    return ImportResult(added, updated, skipped)
