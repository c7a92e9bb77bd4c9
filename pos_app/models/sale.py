"""What the till rings up and gives back: sales (and lot sales, rentals, matchmaking deals),
their lines, the tenders that paid them, returns and voids, and items put aside on hold."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, MinorUnits, UTCDateTime, utcnow


class Sale(Base):
    """One receipt: `kind` is sale, lot, rental or deal; a void sets `status` to voided."""

    __tablename__ = "sales"
    __table_args__ = (Index("ix_sales_store_created", "store_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"), nullable=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(10), default="sale")
    status: Mapped[str] = mapped_column(String(10), default="completed")  # completed | voided
    customer_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True,
                                                          index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    tax_inclusive: Mapped[bool] = mapped_column(Boolean, default=True)
    subtotal_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    discount_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    tax_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    total_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    rounding_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    change_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    discount_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)  # amount | percent
    discount_value: Mapped[str | None] = mapped_column(String(20), nullable=True)  # as entered
    discount_authorisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("manager_authorisations.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class SaleLine(Base):
    """A line: an item, a stock line by quantity, a rent, a deposit or a service fee."""

    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="item")  # item|stock|rent|deposit|fee
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), nullable=True, index=True)
    stock_line_id: Mapped[int | None] = mapped_column(ForeignKey("stock_lines.id"), nullable=True)
    code: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str | None] = mapped_column(String(4), nullable=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), nullable=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_minor: Mapped[int] = mapped_column(MinorUnits)  # the shelf price at the scan
    list_minor: Mapped[int] = mapped_column(MinorUnits)  # the price before any markdown
    line_discount_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    sale_discount_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    net_minor: Mapped[int] = mapped_column(MinorUnits)
    tax_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    total_minor: Mapped[int] = mapped_column(MinorUnits)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    cost_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    discount_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    discount_value: Mapped[str | None] = mapped_column(String(20), nullable=True)
    consignor_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True)
    consignor_share_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    returned_quantity: Mapped[int] = mapped_column(Integer, default=0)


class Tender(Base):
    """Money in (+, a sale) or out (−, a refund) by one means; card and mobile keep the
    terminal's reference, credit the person, a voucher its ledger."""

    __tablename__ = "tenders"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True, index=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id"), nullable=True, index=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # cash | card | mobile | credit | voucher
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    reference: Mapped[str] = mapped_column(String(60), default="")
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Refund(Base):
    """Money and goods given back against a sale: a return, a void or a rental's check-in."""

    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"), nullable=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    kind: Mapped[str] = mapped_column(String(14), default="return")  # return|void|rental_return
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    total_minor: Mapped[int] = mapped_column(MinorUnits, default=0)  # given back, positive
    authorisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("manager_authorisations.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


class RefundLine(Base):
    __tablename__ = "refund_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id"), index=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    amount_minor: Mapped[int] = mapped_column(MinorUnits)  # given back for the line, positive
    tax_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    disposition: Mapped[str] = mapped_column(String(12), default="stock")  # stock|reinspect|write_off
    consignor_reversed_minor: Mapped[int] = mapped_column(MinorUnits, default=0)


class Hold(Base):
    """An item put aside for a customer until a time; it lapses by itself when the time passes."""

    __tablename__ = "holds"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True)
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    until: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active|released|sold|expired
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
