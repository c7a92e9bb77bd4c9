"""Completing an intake: every check first, then the items, the business's terms, the payment,
the audit entry and the sync event in one transaction; a refusal writes nothing."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain import devices as device_rules
from pos_app.domain import holding
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import PermissionDenied, ValidationError
from pos_app.models import (
    Category,
    ConsignmentContract,
    Intake,
    IntakeLine,
    LeaseTerms,
    Listing,
    Party,
    PriceChange,
    Store,
)
from pos_app.services import credit, devices, items, journal, settings, shifts, users
from pos_app.services.intake import (
    IntakeView,
    contract_number,
    intake_number,
    lines_of,
    load_draft,
    load_intake,
    view,
    with_bonus,
)
from pos_app.services.intake_terms import (
    BUY_BACK,
    CONSIGNMENT,
    LEASE_STOCK,
    MATCHMAKING,
    PAYMENT_METHODS,
    consignment_terms,
    percent_bp,
)
from pos_app.services.store_db import StoreDB
from pos_app.services.users import Authority, ManagerOverride

# Devices whose number the law asks for when they come from the public (the stolen-list check).
SERIAL_REQUIRED_REFS = device_rules.IMEI_REFS | device_rules.IMEI_OR_SERIAL_REFS


class QuoteOverLimit(PermissionDenied):
    template = ("The quote for line {line} ({amount}) is above your limit of {limit} per item; "
                "ask a manager to authorise it.")


class StolenDeviceRefused(ValidationError):
    template = ("Line {line} ({item}): the device {serial} is on the stolen-device list. Do not "
                "take it in; the intake cannot complete.")


class DuplicateDevice(ValidationError):
    template = ("Line {line} ({item}): the device {serial} is already in the store's records as "
                "item {code} ({state} since {when}). Check the device; to take it in anyway, "
                "give the reason.")


class DuplicateDeviceAt(DuplicateDevice):
    template = ("Line {line} ({item}): the device {serial} is already in the store's records as "
                "item {code} ({state} since {when}, at {where}). Check the device; to take it in "
                "anyway, give the reason.")


@dataclass(frozen=True)
class DeviceFlag:
    """A device of a line that the store has seen before, or that is on the stolen list."""

    line: int
    serial: str
    stolen: bool
    seen: tuple[devices.SeenDevice, ...]


@dataclass(frozen=True)
class CompletedIntake:
    intake: IntakeView
    item_codes: tuple[str, ...]
    cash_movement_id: int | None
    credit: Money | None  # store credit given, bonus included
    contract_number: str | None
    duplicates: tuple[DeviceFlag, ...]  # devices seen before, taken in with a reason


@dataclass
class _Plan:
    intake: Intake
    lines: list[IntakeLine]
    store: Store
    party: Party | None
    currency: str = "CNY"
    locale: str = "zh_CN"
    bonus_bp: int = 0
    over_limit: tuple[int, int] | None = None  # (line, quote) of the first over the limit
    limit: Money | None = None
    flags: list[DeviceFlag] = field(default_factory=list)
    allowed: dict[str, str] = field(default_factory=dict)  # serial -> the reason given


def _describe(line: IntakeLine) -> str:
    return " ".join(x for x in (line.brand, line.model) if x)


def _in_any(code: str, prefixes: list[str]) -> bool:
    return any(code == p or code.startswith(p + ".") for p in prefixes)


def _check_identity(s: Session, plan: _Plan, required: list[str]) -> None:
    """A buy-back of the categories in `required` needs the seller's name, ID and phone."""
    codes = dict(s.execute(select(Category.id, Category.code)
                           .where(Category.id.in_({ln.category_id for ln in plan.lines}))).all())
    needing = [ln for ln in plan.lines if _in_any(codes[ln.category_id], required)]
    if not needing:
        return
    first = needing[0]
    party = plan.party
    if party is None:
        raise ValidationError("Choose the seller: line {line} ({item}) is bought back only from a "
                              "seller whose name, ID and phone are on record.",
                              line=first.position, item=_describe(first))
    has_id = bool(party.id_type and party.id_number_hash)
    has_phone = bool((party.phone or "").strip())
    if not has_id and not has_phone:
        raise ValidationError("Record the seller's ID type and number and phone number: line "
                              "{line} ({item}) is bought back only with them on record.",
                              line=first.position, item=_describe(first))
    if not has_id:
        raise ValidationError("Record the seller's ID type and number: line {line} ({item}) is "
                              "bought back only with them on record.",
                              line=first.position, item=_describe(first))
    if not has_phone:
        raise ValidationError("Record the seller's phone number: line {line} ({item}) is bought "
                              "back only with it on record.",
                              line=first.position, item=_describe(first))


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def _check_devices(s: Session, plan: _Plan) -> None:
    refs = dict(s.execute(select(Category.id, Category.checklist_ref)
                          .where(Category.id.in_({ln.category_id for ln in plan.lines}))).all())
    for ln in plan.lines:
        if not ln.serial:
            if plan.intake.kind != LEASE_STOCK and refs.get(ln.category_id) in SERIAL_REQUIRED_REFS:
                raise ValidationError("Line {line} ({item}): enter the IMEI or serial number; a "
                                      "device from the public is checked against the stolen-device "
                                      "list.", line=ln.position, item=_describe(ln))
            continue
        if devices.is_stolen(s, ln.serial):
            raise StolenDeviceRefused(line=ln.position, item=_describe(ln), serial=ln.serial)
        seen = devices.seen_devices(s, ln.serial)
        if not seen:
            continue
        if ln.serial not in plan.allowed:
            last = seen[0]
            error = DuplicateDeviceAt if last.where else DuplicateDevice
            raise error(line=ln.position, item=_describe(ln), serial=ln.serial, code=last.code,
                        state=last.state, when=_when(last.when), where=last.where)
        plan.flags.append(DeviceFlag(ln.position, ln.serial, False, tuple(seen)))


def _allowed(allow: Mapping[str, str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for serial, reason in (allow or {}).items():
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("Give the reason for taking in a device the store has seen "
                                  "before.")
        out[device_rules.any_device_id(serial)] = reason[:200]
    return out


def _check(s: Session, actor: Actor, intake: Intake, values: dict, payment_method: str | None,
           payment_ref: str, bonus_percent: object, allow: Mapping[str, str] | None) -> _Plan:
    """Every rule of completing, read-only: run before a manager is asked and again inside
    the writing transaction."""
    store = s.get(Store, intake.store_id)
    lines = lines_of(s, intake.id)
    if not lines:
        raise ValidationError("Add at least one item before completing the intake.")
    party = s.get(Party, intake.party_id) if intake.party_id else None
    plan = _Plan(intake, lines, store, party, store.currency, store.locale or "zh_CN",
                 allowed=_allowed(allow))
    if party is not None and party.blocked:
        raise ValidationError("This person is blocked: the store takes nothing in from them. "
                              "A manager can lift the block.")
    if intake.kind in (CONSIGNMENT, MATCHMAKING) and party is None:
        raise ValidationError("Choose the owner of the goods: a consignment or matchmaking intake "
                              "needs one.")
    if intake.kind == BUY_BACK:
        _check_identity(s, plan, list(values["id_required_categories"]))
    _check_devices(s, plan)
    _check_payment(s, actor, plan, values, payment_method, payment_ref, bonus_percent)
    if intake.kind == BUY_BACK and not actor.can(Permission.PRICE_OVERRIDE):
        plan.limit = Money.of(int(values["buy_back_quote_limit"]), store.currency)
        plan.over_limit = next(((ln.position, ln.amount_minor) for ln in lines
                                if ln.amount_minor > plan.limit.minor), None)
    return plan


def _check_payment(s: Session, actor: Actor, plan: _Plan, values: dict,
                   payment_method: str | None, payment_ref: str, bonus_percent: object) -> None:
    if plan.intake.kind != BUY_BACK:
        if payment_method is not None or bonus_percent is not None:
            raise ValidationError("Only a buy-back pays the seller at intake.")
        return
    if payment_method not in PAYMENT_METHODS:
        raise ValidationError("Choose how the seller is paid: cash, bank transfer or store credit.")
    if bonus_percent is not None and payment_method != "credit":
        raise ValidationError("A bonus is given only with store credit.")
    if payment_method == "transfer":
        ref = (payment_ref or "").strip()
        if not ref:
            raise ValidationError("Enter the bank transfer's reference.")
        if len(ref) > 80:
            raise ValidationError("A payment reference is at most 80 characters.")
    if payment_method == "credit":
        if plan.party is None:
            raise ValidationError("Choose the seller: store credit is kept in a person's name.")
        chosen = values["credit_bonus_percent"] if bonus_percent is None else bonus_percent
        bonus_bp = percent_bp(chosen, 0, 50)
        if bonus_bp is None:
            raise ValidationError("A store-credit bonus is a percent from 0 to 50, with two "
                                  "decimals at most.")
        plan.bonus_bp = bonus_bp
    if payment_method == "cash":
        if actor.counter_id is None:
            raise ValidationError("Log in at a counter to use its cash drawer.")
        shift = shifts.open_shift_at(s, actor.counter_id)
        if shift is None:
            raise ValidationError("This counter has no open shift, so no cash can be paid out; "
                                  "open a shift, or pay by transfer or store credit.")
        total = sum(ln.amount_minor for ln in plan.lines)
        held = shifts.balance_minor(s, shift)
        if held < total:
            cur = plan.currency
            raise shifts.short_of_cash(Money(held, cur), Money(total, cur), plan.locale)


def _raise_over_limit(plan: _Plan) -> None:
    line, quote = plan.over_limit
    raise QuoteOverLimit(line=line, amount=Money(quote, plan.currency).format(plan.locale),
                         limit=plan.limit.format(plan.locale))


def device_flags(db: StoreDB, actor: Actor, intake_id: int) -> list[DeviceFlag]:
    """The draft's devices the store has seen before or that are on the stolen list, to show
    before the intake is completed."""
    users.require(actor, Permission.INTAKE)
    flags = []
    with db.read() as s:
        intake = load_intake(s, actor, intake_id)
        for ln in lines_of(s, intake.id):
            if ln.serial:
                stolen = devices.is_stolen(s, ln.serial)
                seen = tuple(devices.seen_devices(s, ln.serial))
                if stolen or seen:
                    flags.append(DeviceFlag(ln.position, ln.serial, stolen, seen))
    return flags


def complete_intake(db: StoreDB, actor: Actor, intake_id: int, payment_method: str | None = None,
                    payment_ref: str = "", credit_bonus_percent: int | Decimal | None = None,
                    override: ManagerOverride | None = None,
                    allow_duplicate_of: Mapping[str, str] | None = None) -> CompletedIntake:
    """Take the drop-off in: items made, terms written, the seller paid, all or nothing.

    `allow_duplicate_of` maps a device number the store has seen before to the reason it is
    taken in again. A buy-back quote above a clerk's limit needs a manager's `override`.
    """
    users.require(actor, Permission.INTAKE)
    values = settings.get_settings(db, actor.store_id)
    args = (values, payment_method, payment_ref, credit_bonus_percent, allow_duplicate_of)
    authority: Authority | None = None
    with db.read() as s:  # check everything before asking a manager for anything
        plan = _check(s, actor, load_draft(s, actor, intake_id, for_update=False), *args)
    if plan.over_limit is not None:
        if override is None:
            _raise_over_limit(plan)
        authority = users.authorise(db, actor, Permission.PRICE_OVERRIDE, override)
    with db.write() as s:
        intake = load_draft(s, actor, intake_id)
        plan = _check(s, actor, intake, *args)
        if plan.over_limit is not None and authority is None:
            _raise_over_limit(plan)
        return _write(s, actor, plan, values, payment_method, payment_ref, authority)


def _write(s: Session, actor: Actor, plan: _Plan, values: dict, payment_method: str | None,
           payment_ref: str, authority: Authority | None) -> CompletedIntake:
    intake, store, party, kind = plan.intake, plan.store, plan.party, plan.intake.kind
    cur, at, terms = store.currency, now(), dict(plan.intake.terms or {})
    number = intake_number(store.code, intake.id)
    total = Money(sum(ln.amount_minor for ln in plan.lines), cur)
    if authority is not None:
        users.record_authority(s, actor, authority, f"buy-back quote over the limit, {number}")
    contract = None
    if kind == CONSIGNMENT:
        ct = consignment_terms(terms, cur)
        starts = at.astimezone().date()
        contract = ConsignmentContract(
            store_id=store.id, number=contract_number(store.code, intake.id), party_id=party.id,
            intake_id=intake.id, consignor_share_bp=ct.consignor_share_bp, fee_minor=ct.fee.minor,
            starts_on=starts, expires_on=ct.expires_on(starts), at_expiry=ct.at_expiry,
            markdowns=ct.markdowns, status="active", created_at=at)
        s.add(contract)
        s.flush()
    held = holding.held_until(at, int(values["holding_days"])) if kind == BUY_BACK else None
    flags = {f.serial: f for f in plan.flags}
    codes = []
    for ln in plan.lines:
        attributes = dict(ln.attributes or {})
        if ln.serial in flags:
            attributes["seen_before"] = {"items": [d.code for d in flags[ln.serial].seen],
                                         "reason": plan.allowed[ln.serial]}
        asking = kind in (CONSIGNMENT, MATCHMAKING)
        item = items.add_received(
            s, actor, category=ln.category_id, acquisition=kind, brand=ln.brand, model=ln.model,
            cost=Money(ln.amount_minor, cur) if kind == BUY_BACK else None, attributes=attributes,
            notes=ln.notes, owner_party_id=party.id if kind in (CONSIGNMENT, MATCHMAKING) else None,
            serial=ln.serial or None, held_until=held if kind == BUY_BACK else None,
            price=Money(ln.amount_minor, cur) if asking else None,
            floor=Money(ln.floor_minor, cur) if asking and ln.floor_minor is not None else None,
            contract_id=contract.id if contract is not None else None)
        if asking:
            s.add(PriceChange(item_id=item.id, old_minor=None, new_minor=ln.amount_minor,
                              reason="asking price at intake", at=at, user_id=actor.user_id))
        if kind == LEASE_STOCK:
            s.add(LeaseTerms(item_id=item.id, rent_minor=ln.amount_minor,
                             period_days=terms["period_days"], deposit_minor=ln.deposit_minor or 0,
                             maintenance_notes=terms.get("maintenance_notes", "")))
        if kind == MATCHMAKING:
            s.add(Listing(item_id=item.id, party_id=party.id, asking_minor=ln.amount_minor,
                          contact_preference=terms["contact_preference"],
                          fee_minor=terms["fee_minor"], commission_bp=terms["commission_bp"],
                          status="listed"))
        ln.item_id = item.id
        codes.append(item.code)
    movement_id, given = None, None
    if payment_method == "cash":
        shift = shifts.locked_open_shift(s, actor)  # NoOpenShift if it closed meanwhile
        movement_id = shifts.record_cash(s, actor, shift, "buy_back", -total, number).id
    elif payment_method == "credit":
        given = with_bonus(total, plan.bonus_bp)
        credit.add_credit(s, actor, party.id, given, "buy-back", number)
    if party is not None:
        party.is_seller = party.is_seller or kind in (BUY_BACK, MATCHMAKING)
        party.is_consignor = party.is_consignor or kind == CONSIGNMENT
    intake.status, intake.completed_at, intake.total_minor = "completed", at, total.minor
    intake.payment_method = payment_method
    intake.payment_ref = (payment_ref or "").strip()[:80] if payment_method == "transfer" else ""
    intake.credit_bonus_bp = plan.bonus_bp
    s.flush()
    journal.record(s, actor, "intake.completed", "intake", intake.id, {
        "intake_id": intake.id, "number": number, "kind": kind, "party_id": intake.party_id,
        "lines": len(plan.lines), "items": codes, "total_minor": total.minor,
        "payment_method": payment_method, "credit_minor": given.minor if given else None,
        "credit_bonus_bp": plan.bonus_bp, "contract": contract.number if contract else None,
        "held_until": held.isoformat() if held else None,
        "seen_before": [{"line": f.line, "items": [d.code for d in f.seen]} for f in plan.flags],
    })
    return CompletedIntake(view(s, intake), tuple(codes), movement_id, given,
                           contract.number if contract else None, tuple(plan.flags))

