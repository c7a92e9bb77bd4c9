"""Taking goods in from the public: one intake per drop-off, its lines, and the terms each
business attaches to an item (consignment contract, lease terms, matchmaking listing)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, MinorUnits, UTCDateTime, utcnow


class Intake(Base):
    """A drop-off: a draft until completed (items created, payment made), or cancelled."""

    __tablename__ = "intakes"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # buy_back | consignment | lease_stock | matchmaking
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True, index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    payment_method: Mapped[str | None] = mapped_column(String(16), nullable=True)  # cash | transfer | credit
    payment_ref: Mapped[str] = mapped_column(String(80), default="")
    total_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    credit_bonus_bp: Mapped[int] = mapped_column(Integer, default=0)
    terms: Mapped[dict] = mapped_column(JSON, default=dict)  # the business's own terms
    notes: Mapped[str] = mapped_column(Text, default="")


class IntakeLine(Base):
    """One item of a drop-off, as typed; the item itself is made when the intake completes."""

    __tablename__ = "intake_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    brand: Mapped[str] = mapped_column(String(80), default="")
    model: Mapped[str] = mapped_column(String(120), default="")
    serial: Mapped[str] = mapped_column(String(40), default="")  # IMEI or serial number
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    amount_minor: Mapped[int] = mapped_column(MinorUnits, default=0)  # quote, asking price or rent
    floor_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)  # lowest acceptable
    deposit_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), nullable=True)


class ConsignmentContract(Base):
    __tablename__ = "consignment_contracts"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"))
    consignor_share_bp: Mapped[int] = mapped_column(Integer)  # 6000 = the consignor gets 60%
    fee_minor: Mapped[int] = mapped_column(MinorUnits, default=0)  # per item, taken from the share
    starts_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    at_expiry: Mapped[str] = mapped_column(String(16))  # return | donate | store_stock
    markdowns: Mapped[list] = mapped_column(JSON, default=list)  # [[days, percent], ...]
    status: Mapped[str] = mapped_column(String(12), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LeaseTerms(Base):
    __tablename__ = "lease_terms"
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    rent_minor: Mapped[int] = mapped_column(MinorUnits)
    period_days: Mapped[int] = mapped_column(Integer, default=1)
    deposit_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    maintenance_notes: Mapped[str] = mapped_column(Text, default="")


class Listing(Base):
    """A matchmaking listing: a person's item offered for a direct sale, for a fee."""

    __tablename__ = "listings"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), unique=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    asking_minor: Mapped[int] = mapped_column(MinorUnits)
    contact_preference: Mapped[str] = mapped_column(String(16), default="phone")
    fee_minor: Mapped[int] = mapped_column(MinorUnits, default=0)  # a fixed listing fee, or
    commission_bp: Mapped[int] = mapped_column(Integer, default=0)  # a share of the sale price
    status: Mapped[str] = mapped_column(String(12), default="listed")  # listed | closed | withdrawn
    deal_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    deal_price_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
