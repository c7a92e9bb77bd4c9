"""The store, its counters and kiosks, its settings and its item-code sequence."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, UTCDateTime, utcnow


class Store(Base):
    __tablename__ = "stores"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)  # 13% = 1300 basis points
    locale: Mapped[str] = mapped_column(String(16), default="zh_CN")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Counter(Base):
    """A till or a kiosk; every payment, shift and audit entry names the counter it came from."""

    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("store_id", "number", name="store_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10), default="counter")  # counter | kiosk
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    __tablename__ = "settings"
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class CodeSequence(Base):
    """The next item-code number of a store, taken inside the writing transaction."""

    __tablename__ = "code_sequences"
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger, default=1)
