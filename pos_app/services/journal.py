"""Every change of stock or money writes here, inside its own transaction: the audit chain
entry and the sync outbox row commit with the change or not at all.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.roles import Actor
from pos_app.models import AuditEntry, AuditHead, OutboxEvent

GENESIS = "0" * 64


def canonical_json(data: object) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, seq: int, at: datetime, store_id, counter_id, user_id,
               action: str, entity_type: str, entity_id: str, data: str) -> str:
    body = canonical_json(
        [seq, at.isoformat(timespec="microseconds"), store_id, counter_id, user_id,
         action, entity_type, entity_id, data]
    )
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def _locked_head(session: Session) -> AuditHead:
    """The chain head (made by the first migration), row-locked so counters append in turn;
    locked once per transaction (a sale writes several entries)."""
    transaction = session.get_transaction()
    cached = session.info.get("audit_head")
    if cached is not None and cached[0] is transaction:
        return cached[1]
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
    session.info["audit_head"] = (transaction, head)
    return head


def audit(session: Session, actor: Actor | None, action: str, entity_type: str,
          entity_id: object, data: dict) -> AuditEntry:
    head = _locked_head(session)
    at = now().astimezone(UTC)  # hashed as it reads back: the column keeps UTC, not the zone
    seq = head.seq + 1
    payload = canonical_json(data)
    store_id = actor.store_id if actor else data.get("store_id")
    counter_id = actor.counter_id if actor else None
    user_id = actor.user_id if actor else None
    digest = entry_hash(head.hash, seq, at, store_id, counter_id, user_id, action, entity_type,
                        str(entity_id), payload)
    entry = AuditEntry(seq=seq, at=at, store_id=store_id, counter_id=counter_id, user_id=user_id,
                       action=action, entity_type=entity_type, entity_id=str(entity_id),
                       data=payload, prev_hash=head.hash, hash=digest)
    session.add(entry)
    head.seq, head.hash = seq, digest
    return entry


def enqueue(session: Session, actor: Actor | None, event_type: str, aggregate: str,
            aggregate_id: object, payload: dict) -> OutboxEvent:
    event = OutboxEvent(
        event_id=str(uuid.uuid4()),
        store_id=actor.store_id if actor else payload.get("store_id"),
        counter_id=actor.counter_id if actor else None,
        event_type=event_type, aggregate=aggregate, aggregate_id=str(aggregate_id),
        payload=canonical_json(payload),
    )
    session.add(event)
    return event


def record(session: Session, actor: Actor | None, action: str, entity_type: str,
           entity_id: object, data: dict, *, sync: bool = True) -> AuditEntry:
    """Audit `action` and, when the platform must hear of it, queue it for sync."""
    entry = audit(session, actor, action, entity_type, entity_id, data)
    if sync:
        enqueue(session, actor, action, entity_type, entity_id, data)
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    bad_seq: int | None = None
    problem: str = ""


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in order; the first entry that was altered, removed or inserted fails it."""
    prev_hash, expected_seq, checked, last_id = GENESIS, 1, 0, 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            break
        for e in rows:
            last_id = e.id
            if e.seq != expected_seq:
                return ChainReport(False, checked, expected_seq,
                                   f"entry {expected_seq} is missing (found {e.seq} next)")
            if e.prev_hash != prev_hash:
                return ChainReport(False, checked, e.seq, f"entry {e.seq} does not follow entry {e.seq - 1}")
            digest = entry_hash(prev_hash, e.seq, e.at, e.store_id, e.counter_id, e.user_id,
                                e.action, e.entity_type, e.entity_id, e.data)
            if digest != e.hash:
                return ChainReport(False, checked, e.seq, f"entry {e.seq} was altered")
            prev_hash, expected_seq, checked = e.hash, expected_seq + 1, checked + 1
        session.expunge_all()
    head = session.get(AuditHead, 1)
    if head is None:
        return ChainReport(False, checked, checked + 1, "the log's head record was removed")
    if head.seq != checked or head.hash != prev_hash:
        return ChainReport(False, checked, checked + 1,
                           f"entries after {checked} were removed (the log's head says {head.seq})")
    return ChainReport(True, checked)
