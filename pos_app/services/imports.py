"""Items and people from a spreadsheet (a store moving to Circular POS): read the CSV file,
show every row's problems, and import all the rows or none.

`preview(db, actor, kind, path)` reads the whole file and checks every row against the store;
`import_rows(db, actor, preview)` writes the rows of a preview without problems in one
transaction — items through items.add_received (new codes, history, audit and sync), people
through parties.add_party_in — after checking the store once more.

The file: CSV, UTF-8 (with or without a BOM) or GB18030 as Chinese Excel saves it, the first
row naming the columns (any order, any case; columns left out are empty). Rows are numbered
as a spreadsheet numbers them: the column names are row 1.

Items (`kind="items"`; needs the right to adjust stock):
    category     required: a category's code (3c.phone) or its English or Chinese name
    code         the item's code in the old system, kept as the item's "legacy_code"
                 attribute (the item gets a new code and a new label): up to 40 letters,
                 digits and - . / _; unique in the file and in the store
    brand, model, notes, location
    serial       IMEI (15 digits with a right check digit, for phones) or serial number;
                 unique in the file and in the store, and not on the stolen-device list
    grade        A+, A, B, C or D: the item comes in graded
    price        with a grade: the item comes in priced and its label is queued
    cost         what the store paid; amounts like 1289.50, never negative
    acquisition  store_stock (default) or buy_back

People and businesses (`kind="parties"`; needs the right to see personal data):
    name         required
    kind         person (default) or business
    phone, email unique in the file and in the store
    seller, consignor, renter, buyer   yes/no (1/0, true/false, 是/否); empty is no
    notes
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.devices import device_id
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money, parse_money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import DomainError, ValidationError
from pos_app.models import Category, Item, Party, PriceChange, Store
from pos_app.services import devices, items, journal, label_queue, parties, users
from pos_app.services.store_db import StoreDB

KINDS = ("items", "parties")
ITEM_COLUMNS = ("code", "category", "brand", "model", "serial", "grade", "acquisition", "cost",
                "price", "location", "notes")
PARTY_COLUMNS = ("name", "kind", "phone", "email", "seller", "consignor", "renter", "buyer",
                 "notes")
COLUMNS = {"items": ITEM_COLUMNS, "parties": PARTY_COLUMNS}
REQUIRED = {"items": ("category",), "parties": ("name",)}
RIGHTS = {"items": Permission.MANAGE_STOCK, "parties": Permission.REVEAL_PERSONAL_DATA}
ACQUISITIONS = (Acquisition.STORE_STOCK.value, Acquisition.BUY_BACK.value)
LIMITS = {"brand": 80, "model": 120, "location": 40, "notes": 1000}
LEGACY_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-./_]{0,39}")
YES = frozenset({"1", "yes", "y", "true", "x", "是"})
NO = frozenset({"", "0", "no", "n", "false", "否"})
STEP = 200  # rows between progress reports
REASON = "imported"

Progress = Callable[[int, int], None]


class UnknownImport(ValidationError):
    template = "There is no import of “{kind}”; choose items or parties."


class FileUnreadable(ValidationError):
    template = "The file {path} cannot be read."


class NotCsv(ValidationError):
    template = ("The file {path} is not a CSV text file; save the spreadsheet as “CSV UTF-8” "
                "and choose that file.")


class MalformedCsv(ValidationError):
    template = ("The file is not well-formed CSV from this row on (a quote left open, or a "
                "stray quote inside a field); nothing after it was read.")


class EmptyFile(ValidationError):
    template = "The file has no rows to import."


class UnknownColumn(ValidationError):
    template = "“{column}” is not a column of this import; the columns are {columns}."


class MissingColumn(ValidationError):
    template = "The first row does not name the required column “{column}”."


class DuplicateColumn(ValidationError):
    template = "The first row names the column “{column}” twice."


class FieldCount(ValidationError):
    template = "This row has {found} fields but the first row names {expected} columns."


class RequiredValue(ValidationError):
    template = "“{column}” is empty; every row needs it."


class TooLong(ValidationError):
    template = "“{column}” is at most {limit} characters."


class BadCode(ValidationError):
    template = ("“{code}” cannot be an item code: use up to 40 letters, digits, dashes, dots, "
                "slashes or underscores.")


class UnknownCategory(ValidationError):
    template = "There is no category “{category}”; use a category's code, such as 3c.phone, or its name."


class AmbiguousCategory(ValidationError):
    template = "“{category}” names more than one category; use the category's code."


class BadAcquisition(ValidationError):
    template = "“{value}” cannot be imported; items come in as store_stock or buy_back."


class PriceNeedsGrade(ValidationError):
    template = "An item with a price needs its grade."


class NotYesNo(ValidationError):
    template = "“{value}” in “{column}” is not yes or no."


class DuplicateInFile(ValidationError):
    template = "The {column} “{value}” is also on row {other}."


class AlreadyInStore(ValidationError):
    template = "The {column} “{value}” is already in the store's records."


class StolenDevice(ValidationError):
    template = "The device {serial} is on the stolen-device list."


class ImportHasProblems(ValidationError):
    template = "The file has {count} problems; correct them and preview it again. Nothing was imported."


class ImportOutdated(ValidationError):
    template = ("The store changed since the preview: {count} rows now have problems. Preview "
                "the file again; nothing was imported.")


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as a spreadsheet numbers it: the column names are row 1
    column: str  # "" when the problem is the whole row's or the file's
    error: DomainError  # its template is translated on the screen

    @property
    def message(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: tuple[str, ...]  # as in the file, in the order of ImportPreview.columns
    problems: tuple[ImportProblem, ...]


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    path: str
    columns: tuple[str, ...]  # the file's own columns, as named in its first row
    rows: tuple[PreviewRow, ...]
    problems: tuple[ImportProblem, ...]  # every problem, the file's own first, then by row
    records: tuple = field(repr=False, default=())  # what import_rows writes

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.records)

    @property
    def rows_with_problems(self) -> int:
        return sum(1 for r in self.rows if r.problems)


@dataclass(frozen=True)
class ImportResult:
    kind: str
    imported: int
    keys: tuple[str, ...]  # the new items' codes, or the new parties' ids


@dataclass(frozen=True)
class _ItemRecord:
    row: int
    legacy_code: str
    category_id: int
    brand: str
    model: str
    serial: str
    grade: str
    acquisition: str
    cost: Money | None
    price: Money | None
    location: str
    notes: str
    keys: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _PartyRecord:
    row: int
    name: str
    kind: str
    phone: str | None
    email: str | None
    flags: dict[str, bool]
    notes: str
    keys: tuple[tuple[str, str], ...]


# -- reading the file ---------------------------------------------------------------------

def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError:
        raise FileUnreadable(path=str(path)) from None
    if b"\x00" in raw or raw.startswith(b"PK\x03\x04"):  # a binary file, an .xlsx
        raise NotCsv(path=str(path))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotCsv(path=str(path))


def _records(text: str) -> tuple[list[tuple[int, list[str]]], list[ImportProblem]]:
    """(row number, fields) of every record, the header first; a malformed record ends it."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    found: list[tuple[int, list[str]]] = []
    while True:
        row = len(found) + 1
        try:
            fields = next(reader)
        except StopIteration:
            return found, []
        except csv.Error:
            return found, [ImportProblem(row, "", MalformedCsv())]
        found.append((row, fields))


def _header(kind: str, fields: list[str]) -> tuple[tuple[str, ...], list[ImportProblem]]:
    names = tuple(f.strip().lower() for f in fields)
    known = COLUMNS[kind]
    # a column without a name (a spreadsheet's trailing comma) is left out
    problems = [ImportProblem(1, name, UnknownColumn(column=name, columns=", ".join(known)))
                for name in names if name and name not in known]
    problems += [ImportProblem(1, name, DuplicateColumn(column=name))
                 for i, name in enumerate(names) if name and name in names[:i]]
    problems += [ImportProblem(1, name, MissingColumn(column=name))
                 for name in REQUIRED[kind] if name not in names]
    return names, problems


# -- checking rows ------------------------------------------------------------------------

class _Row:
    """One row's values by column, collecting its problems rather than stopping at one."""

    def __init__(self, number: int, values: dict[str, str]) -> None:
        self.number = number
        self.values = values
        self.problems: list[ImportProblem] = []
        self.keys: list[tuple[str, str]] = []  # what must be unique, as far as it reads

    def text(self, column: str) -> str:
        value = self.values.get(column, "").strip()
        limit = LIMITS.get(column)
        if limit is not None and len(value) > limit:
            self.problem(column, TooLong(column=column, limit=limit))
        return value

    def problem(self, column: str, error: DomainError) -> None:
        self.problems.append(ImportProblem(self.number, column, error))

    def checked(self, column: str, check: Callable[[str], object]) -> object:
        try:
            return check(self.values.get(column, ""))
        except DomainError as error:
            self.problem(column, error)
            return None


class _Categories:
    """The active categories by code and by name (English or Chinese), read once."""

    def __init__(self, s: Session) -> None:
        self.by_code: dict[str, tuple[int, str | None]] = {}
        self.by_name: dict[str, list[tuple[int, str | None]]] = {}
        for id_, code, name, name_zh, ref in s.execute(
                select(Category.id, Category.code, Category.name, Category.name_zh,
                       Category.checklist_ref).where(Category.active)):
            self.by_code[code.lower()] = (id_, ref)
            for n in {name.strip().lower(), (name_zh or "").strip().lower()} - {""}:
                self.by_name.setdefault(n, []).append((id_, ref))

    def find(self, text: str) -> tuple[int, str | None]:
        key = text.strip().lower()
        if key in self.by_code:
            return self.by_code[key]
        named = self.by_name.get(key, [])
        if len(named) > 1:
            raise AmbiguousCategory(category=text.strip())
        if not named:
            raise UnknownCategory(category=text.strip())
        return named[0]


def _money(currency: str) -> Callable[[str], Money | None]:
    def read(text: str) -> Money | None:
        return parse_money(text, currency) if text.strip() else None
    return read


def _item(row: _Row, categories: _Categories, currency: str) -> _ItemRecord | None:
    code = row.text("code")
    if code and not LEGACY_CODE.fullmatch(code):
        row.problem("code", BadCode(code=code))
    elif code:
        row.keys.append(("code", code.upper()))
    category = row.text("category")
    found = None
    if not category:
        row.problem("category", RequiredValue(column="category"))
    else:
        found = row.checked("category", categories.find)
    serial = row.text("serial")
    if serial and found is not None:
        serial = row.checked("serial", lambda text: device_id(found[1], text)) or ""
        if serial:
            row.keys.append(("serial", serial))
    grade = row.text("grade").upper()
    if grade and grade not in items.GRADES:
        row.problem("grade", ValidationError("“{grade}” is not a grade.", grade=grade))
    acquisition = row.text("acquisition").lower() or Acquisition.STORE_STOCK.value
    if acquisition not in ACQUISITIONS:
        row.problem("acquisition", BadAcquisition(value=acquisition))
    cost = row.checked("cost", _money(currency))
    price = row.checked("price", _money(currency))
    if price is not None and price.minor <= 0:
        row.problem("price", ValidationError("A price must be above zero."))
    if price is not None and not grade:
        row.problem("price", PriceNeedsGrade())
    brand, model, location, notes = (row.text(c) for c in ("brand", "model", "location", "notes"))
    if row.problems:
        return None
    return _ItemRecord(row.number, code, found[0], brand, model, serial, grade, acquisition, cost,
                       price, location, notes, tuple(row.keys))


def _yes_no(column: str) -> Callable[[str], bool]:
    def read(text: str) -> bool:
        value = text.strip().lower()
        if value in YES or value in NO:
            return value in YES
        raise NotYesNo(value=text.strip(), column=column)
    return read


def _party(row: _Row) -> _PartyRecord | None:
    name = row.checked("name", parties.checked_name)
    kind = row.checked("kind", lambda text: parties.checked_kind(text.strip().lower() or "person"))
    phone = row.checked("phone", parties.checked_phone)
    email = row.checked("email", parties.checked_email)
    flags = {f: row.checked(f, _yes_no(f)) for f in ("seller", "consignor", "renter", "buyer")}
    notes = row.text("notes")
    row.keys += [k for k in (("phone", _phone_key(phone)), ("email", (email or "").lower())) if k[1]]
    if row.problems:
        return None
    return _PartyRecord(row.number, name, kind, phone, email, flags, notes, tuple(row.keys))


def _phone_key(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")


Keyed = dict[int, list[tuple[str, str]]]  # row -> its (column, normalised value) keys


def _duplicates_in_file(keyed: Keyed, shown: dict[int, dict[str, str]]) -> list[ImportProblem]:
    first: dict[tuple[str, str], int] = {}
    problems = []
    for row, keys in keyed.items():
        for key in keys:
            if key in first:
                column = key[0]
                problems.append(ImportProblem(row, column, DuplicateInFile(
                    column=column, value=shown[row].get(column, "").strip(), other=first[key])))
            else:
                first[key] = row
    return problems


def _in_store(s: Session, actor: Actor, kind: str, keyed: Keyed) -> list[ImportProblem]:
    """Rows whose code, device, phone or e-mail the store already has (or lists as stolen)."""
    wanted: dict[tuple[str, str], list[int]] = {}
    for row, keys in keyed.items():
        for key in keys:
            wanted.setdefault(key, []).append(row)
    taken: set[tuple[str, str]] = set()
    if kind == "items":
        codes = [v for c, v in wanted if c == "code"]
        serials = [v for c, v in wanted if c == "serial"]
        for start in range(0, len(codes), 500):
            taken |= {("code", c) for c in s.scalars(
                select(Item.code).where(Item.code.in_(codes[start:start + 500])))}
        if codes:
            legacy = Item.attributes["legacy_code"].as_string()
            for part in s.execute(select(legacy).where(Item.store_id == actor.store_id,
                                                       legacy.is_not(None))
                                  .execution_options(yield_per=5000)).partitions():
                taken |= {("code", c.upper()) for (c,) in part} & wanted.keys()
        for start in range(0, len(serials), 500):
            taken |= {("serial", v) for v in s.scalars(
                select(Item.serial).where(Item.serial.in_(serials[start:start + 500])))}
    else:
        for part in s.execute(select(Party.phone, Party.email)
                              .where(Party.store_id == actor.store_id)
                              .execution_options(yield_per=5000)).partitions():
            for phone, email in part:
                taken |= {("phone", _phone_key(phone)), ("email", (email or "").lower())} & wanted.keys()
    problems = [ImportProblem(row, column, AlreadyInStore(column=column, value=value))
                for (column, value) in sorted(taken) for row in wanted[(column, value)]]
    if kind == "items":
        problems += [ImportProblem(row, "serial", StolenDevice(serial=value))
                     for (column, value), rows in wanted.items() if column == "serial"
                     and _stolen(s, value) for row in rows]
    return problems


def _stolen(s: Session, serial: str) -> bool:
    try:
        return devices.is_stolen(s, serial)
    except DomainError:  # a serial number that reads as a mistyped IMEI cannot be on the list
        return False


def _check_kind(actor: Actor, kind: str) -> None:
    if kind not in KINDS:
        raise UnknownImport(kind=kind)
    users.require(actor, RIGHTS[kind])


def preview(db: StoreDB, actor: Actor, kind: str, path: str | Path,
            progress: Progress | None = None) -> ImportPreview:
    """Read the whole file and check every row; nothing is written. A problem of the file
    itself (unreadable, not CSV, a bad first row) is listed like a row's, as row 0 or 1."""
    _check_kind(actor, kind)
    path = Path(path)
    try:
        found, file_problems = _records(_text(path))
    except ValidationError as error:
        return ImportPreview(kind, str(path), (), (), (ImportProblem(0, "", error),))
    if not found:
        return ImportPreview(kind, str(path), (), (), (ImportProblem(0, "", EmptyFile()),))
    columns, header_problems = _header(kind, found[0][1])
    if header_problems:
        return ImportPreview(kind, str(path), columns, (), tuple(header_problems + file_problems))
    body = [(n, fields) for n, fields in found[1:] if any(f.strip() for f in fields)]
    rows: dict[int, _Row] = {}
    records = []
    with db.read() as s:
        currency = s.scalar(select(Store.currency).where(Store.id == actor.store_id))
        categories = _Categories(s) if kind == "items" else None
        for done, (number, fields) in enumerate(body, 1):
            row = rows[number] = _Row(number, dict(zip(columns, fields, strict=False)))
            if len(fields) != len(columns):
                row.problem("", FieldCount(found=len(fields), expected=len(columns)))
            record = _item(row, categories, currency) if kind == "items" else _party(row)
            if record is not None and not row.problems:
                records.append(record)
            if progress is not None and (done % STEP == 0 or done == len(body)):
                progress(done, len(body))
        shown = {n: r.values for n, r in rows.items()}
        keyed = {n: r.keys for n, r in rows.items() if r.keys}
        for problem in _duplicates_in_file(keyed, shown) + _in_store(s, actor, kind, keyed):
            rows[problem.row].problems.append(problem)
    if not body:
        file_problems.insert(0, ImportProblem(0, "", EmptyFile()))
    preview_rows = tuple(
        PreviewRow(n, tuple(fields[:len(columns)]) + ("",) * (len(columns) - len(fields)),
                   tuple(sorted(rows[n].problems, key=lambda p: _order(columns, p))))
        for n, fields in body)
    problems = tuple(file_problems) + tuple(p for r in preview_rows for p in r.problems)
    good = tuple(r for r in records if not rows[r.row].problems)
    return ImportPreview(kind, str(path), columns, preview_rows, problems, good)


def _order(columns: tuple[str, ...], problem: ImportProblem) -> int:
    return columns.index(problem.column) + 1 if problem.column in columns else 0


# -- importing ----------------------------------------------------------------------------

def import_rows(db: StoreDB, actor: Actor, checked: ImportPreview,
                progress: Progress | None = None) -> ImportResult:
    """Write every row of a preview without problems in one transaction, or nothing: refused
    when the preview has a problem, or when the store changed since and now makes one."""
    _check_kind(actor, checked.kind)
    if checked.problems:
        raise ImportHasProblems(count=len(checked.problems))
    if not checked.records:
        raise EmptyFile()
    records = list(checked.records)
    if checked.kind == "items":
        users.require(actor, Permission.INTAKE)
        if any(r.grade for r in records):
            users.require(actor, Permission.GRADE)
        if any(r.price for r in records):
            users.require(actor, Permission.PRICE)
    keys: list[str] = []
    with db.write() as s:
        stale = _in_store(s, actor, checked.kind, {r.row: list(r.keys) for r in records})
        if stale:
            raise ImportOutdated(count=len({p.row for p in stale}))
        write = _write_item if checked.kind == "items" else _write_party
        priced = []
        for done, record in enumerate(records, 1):
            key, item = write(s, actor, record)
            keys.append(key)
            if item is not None and item.price_minor is not None:
                priced.append(item)
            if progress is not None and (done % STEP == 0 or done == len(records)):
                progress(done, len(records))
        if priced:
            label_queue.add_jobs(s, actor, priced)
        journal.record(s, actor, f"import.{checked.kind}", "import", Path(checked.path).name,
                       {"kind": checked.kind, "rows": len(records)}, sync=False)
    return ImportResult(checked.kind, len(records), tuple(keys))


def _write_item(s: Session, actor: Actor, r: _ItemRecord) -> tuple[str, Item]:
    item = items.add_received(s, actor, category=r.category_id, acquisition=r.acquisition,
                              brand=r.brand, model=r.model, cost=r.cost,
                              attributes={"legacy_code": r.legacy_code} if r.legacy_code else None,
                              notes=r.notes, location=r.location, serial=r.serial or None)
    if r.grade:
        items.move(s, actor, item, ItemState.GRADED, reason=REASON, grade=r.grade)
    if r.price is not None:
        items.move(s, actor, item, ItemState.PRICED, reason=REASON, price=r.price)
        s.add(PriceChange(item_id=item.id, old_minor=None, new_minor=r.price.minor,
                          reason=REASON, at=now(), user_id=actor.user_id))
    return item.code, item


def _write_party(s: Session, actor: Actor, r: _PartyRecord) -> tuple[str, None]:
    party = parties.add_party_in(s, actor, r.name, phone=r.phone, email=r.email, kind=r.kind,
                                 is_seller=r.flags["seller"], is_consignor=r.flags["consignor"],
                                 is_renter=r.flags["renter"], is_buyer=r.flags["buyer"],
                                 notes=r.notes)
    return str(party.id), None
