"""A counter's shift: the span in which its drawer's money is counted."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, MinorUnits, UTCDateTime, utcnow


class Shift(Base):
    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"), index=True)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opening_float_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    expected_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    counted_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    counted_detail: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # {"100.00": 3, …}
