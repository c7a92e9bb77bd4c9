"""What the status bar of a counter shows: who is working where, the shift, the sync backlog."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from pos_app.domain.roles import Actor, Role
from pos_app.models import Counter, OutboxEvent, Shift
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class StatusSummary:
    username: str
    display_name: str
    role: Role
    counter_name: str | None
    counter_kind: str | None
    shift_open: bool
    shift_since: datetime | None  # aware UTC; the screen shows it in local time
    pending_sync: int  # outbox rows not yet sent to the platform


def summary(db: StoreDB, actor: Actor) -> StatusSummary:
    """One read for the whole status bar, cheap enough to run every half minute."""
    with db.read() as s:
        counter = None if actor.counter_id is None else s.get(Counter, actor.counter_id)
        since = None
        if actor.counter_id is not None:
            since = s.scalar(
                select(Shift.opened_at)
                .where(Shift.counter_id == actor.counter_id, Shift.closed_at.is_(None))
                .order_by(Shift.opened_at.desc()).limit(1)
            )
        pending = s.scalar(
            select(func.count(OutboxEvent.id)).where(OutboxEvent.sent_at.is_(None))
        ) or 0
        return StatusSummary(
            username=actor.username,
            display_name=actor.display_name,
            role=Role(actor.role),
            counter_name=None if counter is None else counter.name,
            counter_kind=None if counter is None else counter.kind,
            shift_open=since is not None,
            shift_since=since,
            pending_sync=int(pending),
        )
