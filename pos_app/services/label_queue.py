"""The label queue: priced items wait here and are printed in batches on a sheet or a roll.

Printing a batch is two steps: `render_pending` makes the PDF, and once the labels came out
of the printer `mark_printed` records it, moving each priced item on to `labelled` in one
transaction. An item waits in the queue once, however often it is queued.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import Item, LabelJob
from pos_app.printing import labels
from pos_app.services import items, journal, pricing, settings, users
from pos_app.services.store_db import StoreDB

LABELLABLE = (ItemState.PRICED, ItemState.LABELLED, ItemState.ON_SHELF)


@dataclass(frozen=True)
class PendingLabel:
    job_id: int
    code: str
    name: str  # brand and model
    grade: str | None
    price: Money | None  # today's shelf price
    state: ItemState
    template: str  # the template asked for when queued ("" for the store's default)
    queued_at: datetime


def _check_template(template: str | None) -> str:
    if template and template not in labels.TEMPLATES:
        raise ValidationError("There is no label template “{name}”.", name=template)
    return template or ""


def add_jobs(s: Session, actor: Actor, found: Iterable[Item], template: str = "") -> list[int]:
    """Queue a label for each item inside the caller's transaction; an item already waiting
    keeps its place (and its job)."""
    found = list(found)
    waiting = dict(s.execute(
        select(LabelJob.item_id, LabelJob.id)
        .where(LabelJob.item_id.in_([i.id for i in found]), LabelJob.printed_at.is_(None))).all())
    job_ids = []
    for item in found:
        if item.id not in waiting:
            job = LabelJob(item_id=item.id, template=template, queued_at=now(),
                           queued_by_id=actor.user_id)
            s.add(job)
            s.flush()
            waiting[item.id] = job.id
            journal.record(s, actor, "label.queued", "item", item.code,
                           {"code": item.code, "job_id": job.id, "template": template}, sync=False)
        job_ids.append(waiting[item.id])
    return job_ids


def queue(db: StoreDB, actor: Actor, codes: Sequence[str], template: str | None = None) -> list[int]:
    """Put the items' labels in the queue (one transaction); the job ids, in the codes' order."""
    users.require(actor, Permission.PRINT_LABELS)
    template = _check_template(template)
    wanted = pricing.canonical_codes(codes)
    if not wanted:
        raise ValidationError("Choose the items to print labels for.")
    with db.write() as s:
        rows = {i.code: i for i in s.scalars(select(Item).where(Item.code.in_(set(wanted))))}
        for code in wanted:
            item = rows.get(code)
            if item is None:
                raise NotFound(what="Item", key=code)
            if item.price_minor is None:
                raise ValidationError("Item {code} has no price yet, so it cannot get a label.",
                                      code=code)
            if ItemState(item.state) not in LABELLABLE:
                raise ValidationError("Item {code} cannot get a label while it is “{state}”.",
                                      code=code, state=item.state)
        return add_jobs(s, actor, [rows[c] for c in dict.fromkeys(wanted)], template)


_PENDING = (select(LabelJob.id, Item.code, LabelJob.template, LabelJob.queued_at)
            .join(Item, Item.id == LabelJob.item_id)
            .where(LabelJob.printed_at.is_(None)).order_by(LabelJob.id))


def _pending_rows(s: Session, job_ids: Sequence[int] | None) -> list:
    stmt = _PENDING if job_ids is None else _PENDING.where(LabelJob.id.in_(list(job_ids)))
    return list(s.execute(stmt))


def pending(db: StoreDB) -> list[PendingLabel]:
    """The labels waiting to be printed, first queued first."""
    with db.read() as s:
        rows = _pending_rows(s, None)
        found = pricing.priced_items(s, [r.code for r in rows])
    out = []
    for job_id, code, template, queued_at in rows:
        item = found[code]
        out.append(PendingLabel(job_id, code, item.name, item.grade,
                                item.shelf.price if item.shelf else None, item.state, template,
                                queued_at))
    return out


def _unknown_or_printed(s: Session, job_ids: Sequence[int], found: set[int]) -> None:
    for job_id in job_ids:
        if job_id not in found:
            printed = s.scalar(select(LabelJob.printed_at).where(LabelJob.id == job_id))
            if printed is None:
                raise NotFound("Label {key} is not in the queue; reload the queue.", key=str(job_id))


def render_pending(db: StoreDB, actor: Actor, template: str, start_position: int = 1, *,
                   job_ids: Sequence[int] | None = None, language: str | None = None) -> bytes:
    """The PDF of the waiting labels (all of them, or the jobs given), first queued first.
    Nothing is marked printed: call mark_printed once they came out of the printer."""
    users.require(actor, Permission.PRINT_LABELS)
    with db.read() as s:
        rows = _pending_rows(s, job_ids)
        if job_ids is not None:
            _unknown_or_printed(s, job_ids, {r.id for r in rows})
        language = language or str(settings._get(s, actor.store_id, "language"))
    if not rows:
        raise ValidationError("No labels are waiting to be printed.")
    return labels.render_labels(db, [r.code for r in rows], template=template,
                                start_position=start_position, language=language)


def mark_printed(db: StoreDB, actor: Actor, job_ids: Sequence[int]) -> list[str]:
    """Record the jobs' labels as printed, and move each priced item to `labelled`: one
    transaction for the batch. Jobs already printed are left as they are. The codes moved."""
    users.require(actor, Permission.PRINT_LABELS)
    job_ids = list(dict.fromkeys(job_ids))
    moved: list[str] = []
    with db.write() as s:
        jobs = list(s.scalars(select(LabelJob).where(LabelJob.id.in_(job_ids),
                                                     LabelJob.printed_at.is_(None))
                              .order_by(LabelJob.id).with_for_update()))
        _unknown_or_printed(s, job_ids, {j.id for j in jobs})
        by_id = {i.id: i for i in s.scalars(
            select(Item).where(Item.id.in_([j.item_id for j in jobs])).with_for_update(of=Item))}
        at = now()
        for job in jobs:
            item = by_id[job.item_id]
            job.printed_at = at
            journal.record(s, actor, "label.printed", "item", item.code,
                           {"code": item.code, "job_id": job.id, "template": job.template},
                           sync=False)
            if ItemState(item.state) == ItemState.PRICED:
                items.move(s, actor, item, ItemState.LABELLED, reason="label printed")
                moved.append(item.code)
    return moved


def remove(db: StoreDB, actor: Actor, job_ids: Sequence[int]) -> int:
    """Take waiting labels out of the queue without printing them; how many were removed."""
    users.require(actor, Permission.PRINT_LABELS)
    with db.write() as s:
        jobs = list(s.scalars(select(LabelJob).where(LabelJob.id.in_(list(job_ids)),
                                                     LabelJob.printed_at.is_(None))))
        _unknown_or_printed(s, job_ids, {j.id for j in jobs})
        codes = dict(s.execute(select(Item.id, Item.code)
                               .where(Item.id.in_([j.item_id for j in jobs]))).all())
        for job in jobs:
            journal.record(s, actor, "label.removed", "item", codes[job.item_id],
                           {"code": codes[job.item_id], "job_id": job.id}, sync=False)
            s.delete(job)
        return len(jobs)
