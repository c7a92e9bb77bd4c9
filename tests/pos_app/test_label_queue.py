"""The label queue: priced items wait, print in a batch, and move on to `labelled` together."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.errors import NotFound, PermissionDenied, ValidationError
from pos_app.models import LabelJob, OutboxEvent
from pos_app.services import items, label_queue, pricing
from pos_app.services.users import ManagerOverride
from tests.pos_app.pricing_support import decoded, make_item, pages_as_png, rows


def _state(store, code: str) -> ItemState:
    return items.find_by_code(store.db, code).state


def test_queue_print_and_mark_printed_moves_items_to_labelled(store, tmp_path: Path) -> None:
    codes = [make_item(store, model=f"iPhone {n} 128GB", price=str(1000 + n)) for n in (11, 12, 13)]
    jobs = label_queue.queue(store.db, store.clerk, codes)
    assert label_queue.queue(store.db, store.clerk, codes[:1]) == jobs[:1]  # waits once
    waiting = label_queue.pending(store.db)
    assert [(p.job_id, p.code, p.price, p.state) for p in waiting] == [
        (j, c, Money.of(str(1000 + n)), ItemState.PRICED)
        for j, c, n in zip(jobs, codes, (11, 12, 13), strict=True)]
    assert waiting[0].name == "Apple 苹果 iPhone 11 128GB"

    pdf = label_queue.render_pending(store.db, store.clerk, "a4-4x10", 2)
    [page] = pages_as_png(pdf, tmp_path)
    assert sorted(t for f, t, *_ in decoded(page) if f == "Code128") == sorted(codes)
    assert all(_state(store, c) == ItemState.PRICED for c in codes)  # not printed yet

    before = rows(store)
    moved = label_queue.mark_printed(store.db, store.clerk, jobs)
    assert moved == codes
    assert all(_state(store, c) == ItemState.LABELLED for c in codes)
    assert label_queue.pending(store.db) == []
    after = rows(store)
    assert after["item_events"] == before["item_events"] + 3
    assert store.actions()[-2:] == ["label.printed", "item.labelled"]
    with store.db.read() as s:
        sent = s.scalars(select(OutboxEvent.event_type).where(
            OutboxEvent.event_type.like("label.%"))).all()
    assert sent == []  # the platform hears of the items' move, not of the printer
    # printed twice by mistake: nothing more happens
    assert label_queue.mark_printed(store.db, store.clerk, jobs) == []
    assert rows(store) == after


def test_only_the_chosen_jobs_print_and_an_item_on_the_shelf_stays_there(store) -> None:
    shelf = make_item(store, state=ItemState.ON_SHELF, price="500")
    priced = make_item(store, price="600")
    jobs = label_queue.queue(store.db, store.clerk, [shelf, priced], template="roll-40x30")
    assert {p.template for p in label_queue.pending(store.db)} == {"roll-40x30"}
    assert label_queue.render_pending(store.db, store.clerk, "roll-40x30", job_ids=jobs[:1])
    assert label_queue.mark_printed(store.db, store.clerk, jobs[:1]) == []
    assert _state(store, shelf) == ItemState.ON_SHELF
    assert [p.code for p in label_queue.pending(store.db)] == [priced]


def test_a_repriced_labelled_item_comes_back_for_a_new_label(store) -> None:
    code = make_item(store, state=ItemState.LABELLED, price="1289")
    pricing.set_price(store.db, store.grader, code, Money.of("1199"), "slow seller",
                      override=ManagerOverride("manager", store.pins["manager"]))
    [waiting] = label_queue.pending(store.db)
    assert (waiting.code, waiting.price, waiting.state) == (code, Money.of("1199"), ItemState.PRICED)
    assert label_queue.mark_printed(store.db, store.clerk, [waiting.job_id]) == [code]
    assert _state(store, code) == ItemState.LABELLED


def test_refusals_change_nothing(store) -> None:
    priced = make_item(store)
    graded = make_item(store, state=ItemState.GRADED)
    before = rows(store)
    with pytest.raises(PermissionDenied):
        label_queue.queue(store.db, store.kiosk, [priced])
    with pytest.raises(ValidationError, match="no price yet"):
        label_queue.queue(store.db, store.clerk, [priced, graded])
    with pytest.raises(ValidationError):
        label_queue.queue(store.db, store.clerk, [priced], template="a5-2x2")
    with pytest.raises(ValidationError):
        label_queue.render_pending(store.db, store.clerk, "a4-3x8")  # nothing waits
    assert rows(store) == before

    [job] = label_queue.queue(store.db, store.clerk, [priced])
    before = rows(store)
    with pytest.raises(NotFound):
        label_queue.mark_printed(store.db, store.clerk, [job, job + 100])
    with pytest.raises(PermissionDenied):
        label_queue.mark_printed(store.db, store.kiosk, [job])
    with pytest.raises(PermissionDenied):
        label_queue.render_pending(store.db, store.kiosk, "a4-3x8")
    assert rows(store) == before
    assert _state(store, priced) == ItemState.PRICED


def test_removing_a_waiting_label(store) -> None:
    code = make_item(store)
    [job] = label_queue.queue(store.db, store.clerk, [code])
    assert label_queue.remove(store.db, store.clerk, [job]) == 1
    assert label_queue.pending(store.db) == []
    with store.db.read() as s:
        assert s.scalar(select(LabelJob.id)) is None
    assert store.actions()[-1] == "label.removed"
