"""Money moving in and out: the drawer's cash movements per shift, store credit, price history."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, MinorUnits, UTCDateTime, utcnow


class CashMovement(Base):
    """Cash into (+) or out of (−) a counter's drawer during a shift."""

    __tablename__ = "cash_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # buy_back, sale, refund, payout, float, deposit…
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    reference: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class CreditEntry(Base):
    """A line of a person's store-credit ledger; the balance is the sum."""

    __tablename__ = "credit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    reason: Mapped[str] = mapped_column(String(120), default="")
    reference: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class PriceChange(Base):
    __tablename__ = "price_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    old_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    new_minor: Mapped[int] = mapped_column(MinorUnits)
    reason: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class LabelJob(Base):
    """An item waiting in the label queue; printed_at is set when its label went out."""

    __tablename__ = "label_queue"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    template: Mapped[str] = mapped_column(String(40), default="")
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    queued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
