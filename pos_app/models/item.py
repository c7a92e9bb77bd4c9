"""One-of-a-kind items with their state history, and quantity stock lines for new accessories."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.domain.search_terms import short_terms
from pos_app.models.base import Base, MinorUnits, UTCDateTime, utcnow


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        Index("ix_items_state_changed", "state", "state_changed_at"),
        Index("ix_items_comparable_sales", "brand", "model", "grade", "sold_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    brand: Mapped[str] = mapped_column(String(80), default="")
    model: Mapped[str] = mapped_column(String(120), default="")
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    grade: Mapped[str | None] = mapped_column(String(4), nullable=True)
    acquisition: Mapped[str] = mapped_column(String(16))
    owner_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True, index=True)
    cost_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    price_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    location: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(20))
    state_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    search_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    serial: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)  # IMEI/serial
    floor_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)  # consignor's lowest
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("consignment_contracts.id"), nullable=True)
    held_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # not sold before
    sold_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    sold_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __mapper_args__ = {"version_id_col": version}


@event.listens_for(Item, "before_insert")
@event.listens_for(Item, "before_update")
def _keep_short_terms(_mapper, _connection, item: Item) -> None:
    """Whoever writes an item through the ORM keeps its short search terms in step."""
    state = inspect(item)
    if state.pending or any(state.attrs[name].history.has_changes() for name in ("brand", "model", "notes")):
        item.search_terms = short_terms(item.brand or "", item.model or "", item.notes or "")


class ItemEvent(Base):
    """One checked move of an item's state: when, by whom, at which counter, and why."""

    __tablename__ = "item_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_state: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    authorisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("manager_authorisations.id"), nullable=True
    )


class StockLine(Base):
    """New goods sold by quantity (chargers, cases): one row per SKU per store."""

    __tablename__ = "stock_lines"
    __table_args__ = (UniqueConstraint("store_id", "sku", name="store_sku"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    price_minor: Mapped[int] = mapped_column(MinorUnits)
    cost_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class StockMovement(Base):
    __tablename__ = "stock_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    stock_line_id: Mapped[int] = mapped_column(ForeignKey("stock_lines.id"), index=True)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
