"""Checklists as versioned data, the inspections made with them, photos and the stolen list."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.models.base import Base, UTCDateTime, utcnow


class Checklist(Base):
    """One version of a category's checklist; a change makes a new version, never an edit."""

    __tablename__ = "checklists"
    __table_args__ = (UniqueConstraint("ref", "version", name="ref_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(60), index=True)  # Category.checklist_ref
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    definition: Mapped[dict] = mapped_column(JSON)  # questions, answers, grade caps
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Inspection(Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id"))
    answers: Mapped[dict] = mapped_column(JSON)
    derived_grade: Mapped[str] = mapped_column(String(4))
    grade: Mapped[str] = mapped_column(String(4))
    override_reason: Mapped[str] = mapped_column(String(200), default="")
    graded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    verification_code: Mapped[str] = mapped_column(String(24), unique=True)


class ItemPhoto(Base):
    __tablename__ = "item_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(200))  # beside the database, in its photos folder
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StolenDevice(Base):
    """A device reported stolen (from the platform, or imported from CSV): intake is blocked."""

    __tablename__ = "stolen_devices"
    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    source: Mapped[str] = mapped_column(String(60), default="")
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
