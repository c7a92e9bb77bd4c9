"""Ledgers of money the store owes: to consignors, on gift vouchers; payouts to consignors;
rentals out. A balance is always the sum of its entries, never a field."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, MinorUnits, UTCDateTime, utcnow


class ConsignorEntry(Base):
    """What the store owes a consignor: + their share of a sale, − a return's reversal, − a payout."""

    __tablename__ = "consignor_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # sale_share | return_reversal | payout | adjustment
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), nullable=True)
    sale_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), nullable=True)
    refund_line_id: Mapped[int | None] = mapped_column(ForeignKey("refund_lines.id"), nullable=True)
    payout_id: Mapped[int | None] = mapped_column(ForeignKey("consignor_payouts.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class ConsignorPayout(Base):
    """A payment to a consignor: cash from the drawer, a bank transfer, or store credit (with
    any bonus the store adds)."""

    __tablename__ = "consignor_payouts"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))  # cash | transfer | credit
    amount_minor: Mapped[int] = mapped_column(MinorUnits)  # taken off what is owed
    bonus_minor: Mapped[int] = mapped_column(MinorUnits, default=0)  # extra credit, on top
    reference: Mapped[str] = mapped_column(String(80), default="")
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Voucher(Base):
    """A gift voucher; what is left on it is the sum of its entries."""

    __tablename__ = "vouchers"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    code: Mapped[str] = mapped_column(String(24), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True)


class VoucherEntry(Base):
    __tablename__ = "voucher_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(MinorUnits)  # + issued or refunded, − spent
    reason: Mapped[str] = mapped_column(String(120), default="")
    reference: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Rental(Base):
    """A lease item out with a customer: rent and deposit taken on `sale_id`, checked in on
    `refund_id` with the deposit given back less late and damage fees."""

    __tablename__ = "rentals"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    out_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    periods: Mapped[int] = mapped_column(Integer, default=1)
    rent_minor: Mapped[int] = mapped_column(MinorUnits)  # the whole rent taken
    deposit_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    status: Mapped[str] = mapped_column(String(10), default="out", index=True)  # out | returned
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id"), nullable=True)
    late_fee_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    damage_fee_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
