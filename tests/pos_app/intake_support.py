"""Shared steps of the intake tests: people with and without identity, devices, drawers."""
from __future__ import annotations

from sqlalchemy import func, select

from pos_app.domain.devices import imei_check_digit
from pos_app.domain.money import Money
from pos_app.models import (
    AuditEntry,
    CashMovement,
    ConsignmentContract,
    CreditEntry,
    Intake,
    IntakeLine,
    Item,
    LeaseTerms,
    Listing,
    OutboxEvent,
    PriceChange,
    StolenDevice,
)
from pos_app.services import parties, shifts

RESIDENT_ID = "11010519491231002X"


def imei(first_14: str) -> str:
    """A valid IMEI: 14 digits and their Luhn check digit."""
    return first_14 + imei_check_digit(first_14)


def person(store, name="李小明", phone="13812345678", id_number=RESIDENT_ID,
           id_type="resident_id") -> int:
    """A person, with an ID on record when `id_number` is given."""
    view = parties.add_party(store.db, store.clerk, name, phone=phone)
    if id_number:
        parties.set_identity(store.db, store.clerk, view.id, id_type, id_number)
    return view.id


def open_drawer(store, yuan="2000", actor=None):
    return shifts.open_shift(store.db, actor or store.clerk, Money.of(yuan))


def list_stolen(store, serial: str) -> None:
    with store.db.write() as s:
        s.add(StolenDevice(serial=serial, source="police"))


def counts(store) -> dict[str, int]:
    """Rows of every table an intake's completion writes."""
    with store.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Item, CashMovement, CreditEntry, ConsignmentContract, LeaseTerms,
                          Listing, PriceChange, AuditEntry, OutboxEvent)}


def status(store, intake_id: int) -> str:
    with store.db.read() as s:
        return s.get(Intake, intake_id).status


def line_items(store, intake_id: int) -> list[int | None]:
    with store.db.read() as s:
        return list(s.scalars(select(IntakeLine.item_id).where(IntakeLine.intake_id == intake_id)))


def outbox(store, event_type: str) -> list[str]:
    with store.db.read() as s:
        return list(s.scalars(select(OutboxEvent.payload).where(OutboxEvent.event_type == event_type)
                              .order_by(OutboxEvent.id)))
