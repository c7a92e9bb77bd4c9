"""People and businesses the store deals with: sellers, consignors, renters, buyers."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, UTCDateTime, utcnow


class Party(Base):
    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    kind: Mapped[str] = mapped_column(String(10), default="person")  # person | business
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    email: Mapped[str | None] = mapped_column(String(120), nullable=True)
    id_type: Mapped[str | None] = mapped_column(String(20), nullable=True)  # resident_id, passport…
    id_number_enc: Mapped[str | None] = mapped_column(Text, nullable=True)  # encrypted, key off the DB
    id_number_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # keyed
    id_number_masked: Mapped[str | None] = mapped_column(String(40), nullable=True)
    is_seller: Mapped[bool] = mapped_column(Boolean, default=False)
    is_consignor: Mapped[bool] = mapped_column(Boolean, default=False)
    is_renter: Mapped[bool] = mapped_column(Boolean, default=False)
    is_buyer: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
