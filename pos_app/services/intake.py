"""Taking goods in from the public: one intake per drop-off, in one of the four businesses.

An intake is a draft of lines (what was typed at the back counter) that any counter may
resume until it completes. Completing it checks everything first (the seller's identity,
every device against the stolen list and the store's records, the clerk's quote limit,
the payment) and then, in one transaction, makes the items, the business's own terms, the
payment out of the drawer or into store credit, the audit entries and the sync events.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain import devices
from pos_app.domain.masking import mask_name, mask_phone
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Category, ConsignmentContract, Intake, IntakeLine, Item, Party, Store
from pos_app.services import catalog, journal, settings, users
from pos_app.services.intake_terms import (
    CONSIGNMENT,
    LEASE_STOCK,
    MATCHMAKING,
    apply_terms,
    check_kind,
    default_terms,
)
from pos_app.services.store_db import StoreDB

MAX_LINES = 200


@dataclass(frozen=True)
class IntakeLineView:
    id: int
    position: int
    category: str  # the category's code
    category_name: str
    category_name_zh: str
    brand: str
    model: str
    serial: str  # IMEI or serial number as the store keeps it; "" if none
    attributes: dict
    notes: str
    amount: Money  # the quote (buy-back), asking price (consignment, matchmaking) or rent
    floor: Money | None  # the owner's lowest acceptable price
    deposit: Money | None  # lease stock: the deposit a renter leaves
    item_code: str | None  # once the intake completed

    @property
    def description(self) -> str:
        return " ".join(x for x in (self.brand, self.model) if x)


@dataclass(frozen=True)
class ContractView:
    number: str
    consignor_share_bp: int
    fee: Money  # per item, taken from the consignor's share
    starts_on: date
    expires_on: date
    at_expiry: str  # return | donate | store_stock
    markdowns: list[list[int]]  # [[days, percent off], ...]


@dataclass(frozen=True)
class IntakeView:
    id: int
    number: str  # "I-SH01-000123"
    kind: str
    status: str  # draft | completed | cancelled
    store_code: str
    store_name: str
    counter_id: int | None
    created_by_id: int
    created_at: datetime
    completed_at: datetime | None
    party_id: int | None
    party_name: str  # masked, as every document and list shows it
    party_phone: str  # masked
    party_id_type: str | None
    party_id_masked: str  # "" when no ID is on record
    payment_method: str | None
    payment_ref: str
    credit_bonus_bp: int
    total: Money  # the sum of the lines' amounts
    credit: Money | None  # store credit given for a buy-back, bonus included
    terms: dict
    lines: tuple[IntakeLineView, ...]
    contract: ContractView | None
    notes: str


def intake_number(store_code: str, intake_id: int) -> str:
    return f"I-{store_code}-{intake_id:06d}"


def contract_number(store_code: str, intake_id: int) -> str:
    """One contract per consignment drop-off, numbered after its intake."""
    return f"C-{store_code}-{intake_id:06d}"


# -- loading -------------------------------------------------------------------------------


def load_intake(s: Session, actor: Actor, intake_id: int, *, for_update: bool = False) -> Intake:
    stmt = select(Intake).where(Intake.id == intake_id)
    intake = s.scalars(stmt.with_for_update() if for_update else stmt).first()
    if intake is None or intake.store_id != actor.store_id:
        raise NotFound("Intake {key} was not found.", key=str(intake_id))
    return intake


def load_draft(s: Session, actor: Actor, intake_id: int, *, for_update: bool = True) -> Intake:
    """The intake, locked, if it can still be changed (another counter may be at it too)."""
    intake = load_intake(s, actor, intake_id, for_update=for_update)
    number = intake_number(_store(s, intake.store_id).code, intake.id)
    if intake.status == "completed":
        raise ValidationError("Intake {number} is completed; it can no longer be changed.",
                              number=number)
    if intake.status == "cancelled":
        raise ValidationError("Intake {number} was cancelled; it can no longer be changed.",
                              number=number)
    return intake


def lines_of(s: Session, intake_id: int) -> list[IntakeLine]:
    return list(s.scalars(select(IntakeLine).where(IntakeLine.intake_id == intake_id)
                          .order_by(IntakeLine.position, IntakeLine.id)))


def _store(s: Session, store_id: int) -> Store:
    return s.get(Store, store_id)


def view(s: Session, intake: Intake) -> IntakeView:
    """The intake as screens and documents show it; personal data masked."""
    store = _store(s, intake.store_id)
    cur = store.currency
    rows = s.execute(
        select(IntakeLine, Category.code, Category.name, Category.name_zh, Item.code)
        .join(Category, Category.id == IntakeLine.category_id)
        .outerjoin(Item, Item.id == IntakeLine.item_id)
        .where(IntakeLine.intake_id == intake.id).order_by(IntakeLine.position, IntakeLine.id)
    ).all()
    lines = tuple(
        IntakeLineView(ln.id, ln.position, code, name, name_zh, ln.brand, ln.model, ln.serial,
                       dict(ln.attributes or {}), ln.notes, Money(ln.amount_minor, cur),
                       None if ln.floor_minor is None else Money(ln.floor_minor, cur),
                       None if ln.deposit_minor is None else Money(ln.deposit_minor, cur), item)
        for ln, code, name, name_zh, item in rows)
    party = s.get(Party, intake.party_id) if intake.party_id else None
    total = (Money(intake.total_minor, cur) if intake.status == "completed"
             else Money.sum((ln.amount for ln in lines), cur))
    credit = None
    if intake.status == "completed" and intake.payment_method == "credit":
        credit = with_bonus(total, intake.credit_bonus_bp)
    contract = None
    c = s.scalars(select(ConsignmentContract).where(ConsignmentContract.intake_id == intake.id)).first()
    if c is not None:
        contract = ContractView(c.number, c.consignor_share_bp, Money(c.fee_minor, cur),
                                c.starts_on, c.expires_on, c.at_expiry, [list(m) for m in c.markdowns])
    return IntakeView(
        intake.id, intake_number(store.code, intake.id), intake.kind, intake.status, store.code,
        store.name, intake.counter_id, intake.created_by_id, intake.created_at,
        intake.completed_at, intake.party_id, mask_name(party.name) if party else "",
        mask_phone(party.phone) if party else "", party.id_type if party else None,
        (party.id_number_masked or "") if party else "", intake.payment_method,
        intake.payment_ref, intake.credit_bonus_bp, total, credit, dict(intake.terms or {}),
        lines, contract, intake.notes)


def with_bonus(total: Money, bonus_bp: int) -> Money:
    """`total` plus a bonus of `bonus_bp` basis points (500 = 5%), rounded half up once."""
    return total + total.percent(Decimal(bonus_bp) / 100)


# -- drafts --------------------------------------------------------------------------------


def _check_party(s: Session, actor: Actor, party_id: int) -> Party:
    party = s.get(Party, party_id)
    if party is None or party.store_id != actor.store_id:
        raise NotFound(what="Party", key=str(party_id))
    if party.blocked:
        raise ValidationError("This person is blocked: the store takes nothing in from them. "
                              "A manager can lift the block.")
    return party


def start_intake(db: StoreDB, actor: Actor, kind: str, party_id: int | None = None) -> IntakeView:
    """A new draft intake at the actor's counter, with the store's default terms for `kind`."""
    users.require(actor, Permission.INTAKE)
    check_kind(kind)
    values = settings.get_settings(db, actor.store_id)
    with db.write() as s:
        if party_id is not None:
            _check_party(s, actor, party_id)
        intake = Intake(store_id=actor.store_id, counter_id=actor.counter_id, kind=kind,
                        status="draft", party_id=party_id, created_by_id=actor.user_id,
                        created_at=now(), terms=default_terms(kind, values), payment_ref="",
                        total_minor=0, credit_bonus_bp=0, notes="")
        s.add(intake)
        s.flush()
        journal.record(s, actor, "intake.started", "intake", intake.id,
                       {"intake_id": intake.id, "kind": kind}, sync=False)
        return view(s, intake)


def _text(value: str | None, limit: int) -> str | None:
    """`value` stripped, or None if it is longer than `limit`."""
    value = (value or "").strip()
    return None if len(value) > limit else value


def _amount(value: object, currency: str, *, zero_ok: bool = False) -> int | None:
    """An amount of the store's currency in minor units; None if negative (or zero)."""
    if not isinstance(value, Money):
        raise TypeError(f"an amount is Money, not {type(value).__name__}")
    if value.currency != currency:
        raise ValidationError("Amounts are in {currency} in this store.", currency=currency)
    if value.minor < 0 or (value.minor == 0 and not zero_ok):
        return None
    return value.minor


_UNSET = object()


def _apply_line(s: Session, intake: Intake, line: IntakeLine, changes: dict[str, object]) -> None:
    """Check `changes` to a line (the names add_line takes) and write them on it."""
    currency = _store(s, intake.store_id).currency
    if "category" in changes:
        line.category_id = catalog.active_category(s, changes["category"]).id
    if "brand" in changes:
        line.brand = _text(changes["brand"], 80)
        if line.brand is None:
            raise ValidationError("A brand is at most 80 characters.")
    if "model" in changes:
        line.model = _text(changes["model"], 120)
        if line.model is None:
            raise ValidationError("A model is at most 120 characters.")
    if "notes" in changes:
        line.notes = _text(changes["notes"], 2000)
        if line.notes is None:
            raise ValidationError("Notes are at most 2000 characters.")
    if "attributes" in changes:
        attributes = changes["attributes"] or {}
        if not isinstance(attributes, dict):
            raise TypeError("attributes are a dict")
        line.attributes = dict(attributes)
    if "amount" in changes:
        line.amount_minor = _amount(changes["amount"], currency)
        if line.amount_minor is None:
            raise ValidationError("Enter the quote, asking price or rent: an amount above zero.")
    if "floor" in changes:
        floor = changes["floor"]
        if floor is not None and intake.kind not in (CONSIGNMENT, MATCHMAKING):
            raise ValidationError("A lowest price belongs to consignment and matchmaking only.")
        line.floor_minor = None if floor is None else _amount(floor, currency)
        if floor is not None and line.floor_minor is None:
            raise ValidationError("The lowest price is an amount above zero.")
    if "deposit" in changes:
        deposit = changes["deposit"]
        if deposit is not None and intake.kind != LEASE_STOCK:
            raise ValidationError("A deposit belongs to lease stock only.")
        line.deposit_minor = None if deposit is None else _amount(deposit, currency, zero_ok=True)
        if deposit is not None and line.deposit_minor is None:
            raise ValidationError("A deposit is an amount of zero or more.")
    if not (line.brand or line.model):
        raise ValidationError("Enter the item's brand or model.")
    if line.floor_minor is not None and line.floor_minor > line.amount_minor:
        raise ValidationError("The lowest price cannot be above the asking price.")
    if "serial" in changes or "category" in changes:
        raw = changes.get("serial", _UNSET)
        raw = line.serial if raw is _UNSET else raw
        line.serial = ""
        if (raw or "").strip():
            ref = s.scalar(select(Category.checklist_ref).where(Category.id == line.category_id))
            line.serial = devices.device_id(ref, raw)
    if line.serial:
        same = select(IntakeLine.position).where(IntakeLine.intake_id == intake.id,
                                                 IntakeLine.serial == line.serial)
        if line.id is not None:
            same = same.where(IntakeLine.id != line.id)
        twin = s.scalar(same.limit(1))
        if twin is not None:
            raise ValidationError("Line {line} already has the device {serial}; a device is taken "
                                  "in once.", line=twin, serial=line.serial)


LINE_FIELDS = frozenset({"category", "brand", "model", "serial", "attributes", "notes", "amount",
                         "floor", "deposit"})


def add_line(db: StoreDB, actor: Actor, intake_id: int, *, category: str | int, brand: str = "",
             model: str = "", serial: str | None = None, attributes: dict | None = None,
             notes: str = "", amount: Money, floor: Money | None = None,
             deposit: Money | None = None) -> IntakeView:
    """Add an item to a draft: the IMEI or serial is checked as it is typed."""
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        count, last = s.execute(select(func.count(), func.max(IntakeLine.position))
                                .where(IntakeLine.intake_id == intake.id)).one()
        if count >= MAX_LINES:
            raise ValidationError("An intake holds at most {limit} items; start another for the "
                                  "rest.", limit=MAX_LINES)
        line = IntakeLine(intake_id=intake.id, position=(last or 0) + 1, brand="", model="",
                          serial="", attributes={}, notes="", amount_minor=0)
        _apply_line(s, intake, line, {"category": category, "brand": brand, "model": model,
                                      "serial": serial, "attributes": attributes, "notes": notes,
                                      "amount": amount, "floor": floor, "deposit": deposit})
        s.add(line)
        s.flush()
        return view(s, intake)


def _line(s: Session, intake: Intake, line_id: int) -> IntakeLine:
    line = s.get(IntakeLine, line_id)
    if line is None or line.intake_id != intake.id:
        raise NotFound("Line {key} of this intake was not found.", key=str(line_id))
    return line


def update_line(db: StoreDB, actor: Actor, intake_id: int, line_id: int,
                **changes: object) -> IntakeView:
    """Change some of a draft line's fields (the names add_line takes)."""
    users.require(actor, Permission.INTAKE)
    unknown = set(changes) - LINE_FIELDS
    if unknown:
        raise TypeError(f"unknown line fields: {sorted(unknown)}")
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        with s.no_autoflush:
            _apply_line(s, intake, _line(s, intake, line_id), changes)
        return view(s, intake)


def remove_line(db: StoreDB, actor: Actor, intake_id: int, line_id: int) -> IntakeView:
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        s.delete(_line(s, intake, line_id))
        s.flush()
        return view(s, intake)


def set_party(db: StoreDB, actor: Actor, intake_id: int, party_id: int | None) -> IntakeView:
    """The seller, consignor or owner the goods come from (None: not chosen yet)."""
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        if party_id is not None:
            _check_party(s, actor, party_id)
        intake.party_id = party_id
        s.flush()
        return view(s, intake)


def set_terms(db: StoreDB, actor: Actor, intake_id: int, **terms: object) -> IntakeView:
    """Consignment: consignor_share_percent, fee (per item), days, at_expiry (return | donate |
    store_stock), markdowns [(days, percent)]. Lease stock: period_days, maintenance_notes.
    Matchmaking: contact_preference, listing_fee or commission_percent."""
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        intake.terms = apply_terms(intake.kind, dict(intake.terms or {}), terms,
                                   _store(s, intake.store_id).currency)
        s.flush()
        return view(s, intake)


def set_notes(db: StoreDB, actor: Actor, intake_id: int, notes: str) -> IntakeView:
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        text = _text(notes, 2000)
        if text is None:
            raise ValidationError("Notes are at most 2000 characters.")
        intake.notes = text
        s.flush()
        return view(s, intake)


def drafts(db: StoreDB, actor: Actor) -> list[IntakeView]:
    """The store's unfinished intakes, newest first, to resume at any counter."""
    users.require(actor, Permission.INTAKE)
    with db.read() as s:
        rows = s.scalars(select(Intake).where(Intake.store_id == actor.store_id,
                                              Intake.status == "draft")
                         .order_by(Intake.id.desc()).limit(200))
        return [view(s, i) for i in rows]


def get_intake(db: StoreDB, actor: Actor, intake_id: int) -> IntakeView:
    users.require(actor, Permission.INTAKE)
    with db.read() as s:
        return view(s, load_intake(s, actor, intake_id))


def cancel_intake(db: StoreDB, actor: Actor, intake_id: int, reason: str = "") -> IntakeView:
    """Give up a draft: nothing was taken in or paid, so nothing else changes."""
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        intake.status = "cancelled"
        s.flush()
        journal.record(s, actor, "intake.cancelled", "intake", intake.id,
                       {"intake_id": intake.id, "kind": intake.kind,
                        "reason": (reason or "").strip()[:200]}, sync=False)
        return view(s, intake)


# Completing lives in its own module (its checks and writes are a job of their own); the
# screens and the CLI find it here with the rest of the intake's API.
from pos_app.services.intake_complete import (
    CompletedIntake,
    DeviceFlag,
    complete_intake,
    device_flags,
)

__all__ = ["CompletedIntake", "ContractView", "DeviceFlag", "IntakeLineView", "IntakeView",
           "add_line", "cancel_intake", "complete_intake", "device_flags", "drafts", "get_intake",
           "remove_line", "set_notes", "set_party", "set_terms", "start_intake", "update_line"]
