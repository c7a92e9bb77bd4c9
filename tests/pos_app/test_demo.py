"""The demo store: realistic, complete, reproducible, and written only through the services
the screens use (intakes, inspections, prices, the label queue, the drawer, and the counters:
sales, returns, voids, holds, vouchers, rentals, consignor payouts, deals and lots)."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pos_app.cli import main
from pos_app.domain.grading import derive_grade
from pos_app.domain.identity import validate_id_number
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.roles import Role
from pos_app.errors import ValidationError
from pos_app.models import (
    AuditEntry,
    CashMovement,
    Checklist,
    ConsignmentContract,
    ConsignorEntry,
    ConsignorPayout,
    CreditEntry,
    Hold,
    Inspection,
    Intake,
    IntakeLine,
    Item,
    ItemEvent,
    LabelJob,
    LeaseTerms,
    Listing,
    ManagerAuthorisation,
    OutboxEvent,
    Party,
    PriceChange,
    Refund,
    RefundLine,
    Rental,
    Sale,
    SaleLine,
    Shift,
    Tender,
    User,
    VoucherEntry,
)
from pos_app.services import demo, journal, label_queue, secrets, stores, users
from pos_app.services.store_db import StoreDB, open_store
from tests.conftest import _fresh_pg_database
from tests.pos_app.conftest import FAST_HASHER

ITEMS, DAYS = 150, 5
KINDS = {"buy_back", "consignment", "lease_stock", "matchmaking"}


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One demo store per engine for the tests that only read it (filling one takes seconds),
    in folders and with a key file of its own."""
    folder = tmp_path_factory.mktemp("demo")
    key = folder / "secret.key"
    pg = None if request.param == "sqlite" else _fresh_pg_database()
    url = f"sqlite:///{folder / 'store.db'}" if pg is None else next(pg)
    with pytest.MonkeyPatch.context() as patch:
        for name in ("POS_DATA_DIR", "POS_LOG_DIR", "POS_CONFIG_DIR"):
            patch.setenv(name, str(folder / name.lower()))
        patch.setenv(secrets.KEY_FILE_ENV, str(key))
        patch.setattr(users, "HASHER", FAST_HASHER)
        db = open_store(url)
        summary = demo.fill_demo_store(db, items=ITEMS, days=DAYS, seed=7)
    yield db, summary, key
    db.close()
    if pg is not None:
        next(pg, None)  # drops the database


@pytest.fixture
def demo_db(demo_store, monkeypatch: pytest.MonkeyPatch):
    db, summary, key = demo_store
    monkeypatch.setenv(secrets.KEY_FILE_ENV, str(key))  # the key the demo's ID numbers use
    return db, summary


def _items(db: StoreDB) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(Item.code, Item.brand, Item.model, Item.state, Item.grade, Item.cost_minor,
                   Item.price_minor, Item.acquisition, Item.serial, Item.sold_minor,
                   Item.state_changed_at).order_by(Item.code))]


def test_every_state_appears_and_every_item_came_in_through_a_completed_intake(demo_db):
    db, summary = demo_db
    rows = _items(db)
    assert len(rows) == ITEMS == summary.items
    assert {r[3] for r in rows} == {s.value for s in ItemState}
    assert {r[7] for r in rows} == KINDS
    assert Counter(r[3] for r in rows) == Counter(
        {k: v for k, v in summary.items_by_state.items() if v})
    assert summary.store_code == "DEMO" and summary.days == DAYS and summary.parties >= 30
    assert ("admin", "admin", "1234") in summary.logins
    assert ("clerk1", "clerk", "1111") in summary.logins
    with db.read() as s:
        by_status = Counter(s.execute(select(Intake.kind, Intake.status)).all())
        made = s.scalar(select(func.count()).select_from(IntakeLine)
                        .where(IntakeLine.item_id.is_not(None)))
        contracts = s.scalar(select(func.count()).select_from(ConsignmentContract))
        leases = s.scalar(select(func.count()).select_from(LeaseTerms))
        listings = s.scalar(select(func.count()).select_from(Listing))
        for item in s.scalars(select(Item)).all():
            if item.state == ItemState.RENTED_OUT:
                assert item.acquisition == Acquisition.LEASE_STOCK
            if item.state in (ItemState.PAID_OUT, ItemState.RETURNED_TO_OWNER):
                assert item.acquisition in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING)
            if item.acquisition in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING):
                assert item.owner_party_id is not None and item.floor_minor is not None
                assert item.price_minor >= item.floor_minor
            if item.acquisition == Acquisition.CONSIGNMENT:
                assert item.contract_id is not None
            if item.acquisition == Acquisition.BUY_BACK and item.price_minor is not None:
                assert item.price_minor > item.cost_minor > 0
            if item.state not in (ItemState.RECEIVED, ItemState.RETURNED_TO_OWNER,
                                  ItemState.WRITTEN_OFF):
                assert item.grade in ("A+", "A", "B", "C", "D")
            if item.state in (ItemState.SOLD, ItemState.PAID_OUT, ItemState.LOTTED_OUT):
                assert item.sold_minor > 0 and item.sold_at is not None
        devices = s.scalars(select(Item.serial).where(Item.serial.is_not(None))).all()
    assert made == ITEMS
    assert {kind for (kind, status) in by_status if status == "completed"} == KINDS
    assert sum(n for (kind, status), n in by_status.items() if status == "completed") \
        == sum(summary.intakes_by_kind.values())
    assert by_status[("buy_back", "completed")] > by_status[("consignment", "completed")]
    drafts = sum(n for (kind, status), n in by_status.items() if status == "draft")
    assert drafts == summary.draft_intakes >= 1
    assert any(status == "cancelled" for (kind, status) in by_status)
    assert contracts == by_status[("consignment", "completed")]
    assert leases == sum(1 for r in rows if r[7] == "lease_stock")
    assert listings == sum(1 for r in rows if r[7] == "matchmaking")
    assert len(devices) == len(set(devices)) > 0  # every device number is the store's once


def test_several_items_come_in_one_drop_off_with_one_party_and_terms(demo_db):
    db, _ = demo_db
    with db.read() as s:
        sizes = Counter(s.execute(select(IntakeLine.intake_id)
                                  .where(IntakeLine.item_id.is_not(None))).scalars())
        intakes = s.execute(select(Intake.kind, Intake.party_id, Intake.payment_method,
                                   Intake.payment_ref, Intake.terms)
                            .where(Intake.status == "completed")).all()
    assert max(sizes.values()) >= 2
    for kind, party_id, method, ref, terms in intakes:
        if kind in ("buy_back", "consignment", "matchmaking"):
            assert party_id is not None
        if kind == "buy_back":
            assert method in ("cash", "transfer", "credit")
            assert (ref != "") == (method == "transfer")
        if kind == "consignment":
            assert {"consignor_share_bp", "days", "at_expiry", "markdowns"} <= set(terms)
        if kind == "lease_stock":
            assert terms["period_days"] >= 1
        if kind == "matchmaking":
            assert terms["fee_minor"] or terms["commission_bp"]
    assert {r.payment_method for r in intakes if r.kind == "buy_back"} == {"cash", "transfer",
                                                                          "credit"}


def test_sellers_have_valid_ids_on_record_encrypted_with_the_key(demo_db):
    db, _ = demo_db
    with db.read() as s:
        ids = set(s.scalars(select(Intake.party_id).where(Intake.kind == "buy_back",
                                                          Intake.status == "completed")))
        sellers = s.scalars(select(Party).where(Party.id.in_(ids))).all()
        assert sellers
        for party in sellers:
            assert party.id_type and party.phone and party.id_number_hash
            number = secrets.decrypt(party.id_number_enc)  # the test's own key file
            assert validate_id_number(party.id_type, number) == number
            assert party.id_number_masked != number and number not in party.id_number_enc
        kinds = {p.id_type for p in s.scalars(select(Party).where(Party.id_type.is_not(None)))}
    assert "resident_id" in kinds


def test_items_are_inspected_against_their_checklist_with_grades_spread(demo_db):
    db, summary = demo_db
    with db.read() as s:
        rows = s.execute(select(Inspection.answers, Inspection.derived_grade, Inspection.grade,
                                Inspection.override_reason, Checklist.definition)
                         .join(Checklist, Checklist.id == Inspection.checklist_id)).all()
        never = s.scalar(select(func.count()).select_from(Item).where(
            Item.state.not_in([ItemState.RECEIVED, ItemState.WRITTEN_OFF,
                               ItemState.RETURNED_TO_OWNER]),
            ~Item.id.in_(select(Inspection.item_id))))
    assert len(rows) == summary.inspections >= ITEMS * 0.8
    assert never == 0
    assert {r.grade for r in rows} == {"A+", "A", "B", "C", "D"}
    for answers, derived, grade, reason, definition in rows:
        assert derive_grade(definition, answers)[0] == derived
        assert (grade != derived) == bool(reason)
    assert any(r.grade != r.derived_grade for r in rows)


def test_prices_labels_and_the_label_queue(demo_db):
    db, _ = demo_db
    with db.read() as s:
        priced = s.scalars(select(Item.code).where(Item.state == ItemState.PRICED)).all()
        printed = s.scalar(select(func.count()).select_from(LabelJob)
                           .where(LabelJob.printed_at.is_not(None)))
        labelled_events = s.scalar(select(func.count()).select_from(ItemEvent)
                                   .where(ItemEvent.to_state == ItemState.LABELLED))
        unpriced = s.scalar(select(func.count()).select_from(Item).where(
            Item.price_minor.is_not(None), ~Item.id.in_(select(PriceChange.item_id)),
            Item.acquisition == Acquisition.BUY_BACK))
    waiting = label_queue.pending(db)
    assert waiting and {p.code for p in waiting} <= set(priced)
    assert printed >= labelled_events > 0
    assert unpriced == 0  # every price a buy-back got is in its price history


def test_shifts_open_with_a_float_and_close_with_a_count_and_cash_buy_backs_leave_the_drawer(
        demo_db):
    db, summary = demo_db
    with db.read() as s:
        all_shifts = s.execute(select(Shift.id, Shift.opening_float_minor, Shift.opened_at,
                                      Shift.closed_at, Shift.expected_minor, Shift.counted_minor,
                                      Shift.counted_detail)).all()
        moved = dict(s.execute(select(CashMovement.reference, CashMovement.amount_minor)
                               .where(CashMovement.kind == "buy_back")).all())
        cash = s.execute(select(Intake.id, Intake.total_minor).where(
            Intake.kind == "buy_back", Intake.payment_method == "cash")).all()
        store_code = s.scalar(text("SELECT code FROM stores"))
        credit = s.scalar(select(func.count()).select_from(CreditEntry))
        kinds = set(s.scalars(select(CashMovement.kind)))
        for sh in all_shifts:
            total = s.scalar(select(func.coalesce(func.sum(CashMovement.amount_minor), 0))
                             .where(CashMovement.shift_id == sh.id))
            assert sh.closed_at is not None and sh.counted_minor is not None
            assert sh.expected_minor == sh.opening_float_minor + total >= 0  # float + movements
            assert sh.opening_float_minor > 0
            outside = s.scalar(select(func.count()).select_from(CashMovement).where(
                CashMovement.shift_id == sh.id,
                (CashMovement.at < sh.opened_at) | (CashMovement.at > sh.closed_at)))
            assert outside == 0  # no cash moves without its shift open
            if sh.counted_detail is not None:  # the blind count by notes and coins
                assert sum(round(float(d) * 100) * n for d, n in sh.counted_detail.items()) \
                    == sh.counted_minor
    assert len(all_shifts) == summary.shifts == 2 * DAYS  # two tills, every day
    off = [sh for sh in all_shifts if sh.counted_minor != sh.expected_minor]
    assert off and len(off) == summary.shifts_over_short
    assert sum(1 for sh in all_shifts if sh.counted_detail) >= len(all_shifts) // 2
    assert cash and len(moved) == len(cash)
    for intake_id, total in cash:
        assert moved[f"I-{store_code}-{intake_id:06d}"] == -total
    assert credit >= 1
    assert {"sale", "refund", "buy_back", "paid_out", "rental_refund"} <= kinds


def _money_rows(s, sale_id: int) -> list[tuple[str, int, str]]:
    return [tuple(r) for r in s.execute(select(Tender.kind, Tender.amount_minor, Tender.reference)
                                        .where(Tender.sale_id == sale_id).order_by(Tender.id))]


def test_sales_are_rung_up_in_baskets_paid_every_way_with_discounts(demo_db):
    db, summary = demo_db
    with db.read() as s:
        sales = s.execute(select(Sale).where(Sale.kind == "sale")).scalars().all()
        s.expunge_all()
        sizes = Counter(s.scalars(select(SaleLine.sale_id).join(Sale, Sale.id == SaleLine.sale_id)
                                  .where(Sale.kind == "sale", SaleLine.kind == "item")))
        paid = {sale.id: _money_rows(s, sale.id) for sale in sales}
        line_discounts = Counter(s.scalars(select(SaleLine.discount_kind)
                                           .where(SaleLine.discount_kind.is_not(None))))
        stock_lines = s.scalar(select(func.count()).select_from(SaleLine)
                               .where(SaleLine.kind == "stock"))
        authorised = s.scalars(select(ManagerAuthorisation.permission)
                               .join(Sale, Sale.discount_authorisation_id
                                     == ManagerAuthorisation.id)).all()
        shifts_of = {sh.id: sh for sh in s.execute(
            select(Shift.id, Shift.counter_id, Shift.opened_at, Shift.closed_at))}
    assert len(sales) == summary.counter["sales"] > 10
    assert max(sizes.values()) >= 2  # baskets of several items
    assert stock_lines >= 1  # an accessory by quantity
    kinds = Counter()
    for sale in sales:
        rows = paid[sale.id]
        taken = sum(amount for kind, amount, _ in rows if amount > 0)
        change = -sum(amount for kind, amount, ref in rows if amount < 0)
        assert taken - change == sale.total_minor == (
            sale.subtotal_minor - sale.discount_minor + sale.rounding_minor
            + (0 if sale.tax_inclusive else sale.tax_minor))
        assert change == sale.change_minor
        assert all(ref for kind, _, ref in rows if kind in ("card", "mobile", "voucher"))
        assert all(kind == "cash" and ref == "change" for kind, a, ref in rows if a < 0)
        shift = shifts_of[sale.shift_id]
        assert shift.counter_id == sale.counter_id
        assert shift.opened_at <= sale.created_at <= shift.closed_at
        positive = frozenset(kind for kind, amount, _ in rows if amount > 0)
        kinds.update(positive)
        if "credit" in positive:
            assert sale.customer_party_id is not None
        if len(positive) > 1:
            kinds["split"] += 1
        if change:
            kinds["change"] += 1
    assert {"cash", "card", "mobile", "credit", "voucher", "split", "change"} <= set(kinds)
    assert any(sale.discount_kind == "percent" for sale in sales)
    assert {"amount", "percent"} <= set(line_discounts) | {s.discount_kind for s in sales}
    assert "DISCOUNT_OVER_LIMIT" in authorised  # past the limit with a manager's PIN


def test_every_item_sold_is_on_exactly_one_completed_sale_not_given_back(demo_db):
    db, _ = demo_db
    with db.read() as s:
        sold = dict(s.execute(select(Item.id, Item.sold_minor)
                              .where(Item.state == ItemState.SOLD)).all())
        lines = s.execute(select(SaleLine.item_id, SaleLine.total_minor)
                          .join(Sale, Sale.id == SaleLine.sale_id)
                          .where(Sale.status == "completed", Sale.kind == "sale",
                                 SaleLine.kind == "item",
                                 SaleLine.returned_quantity < SaleLine.quantity)).all()
    held = Counter(item_id for item_id, _ in lines)
    assert sold and all(held[item_id] == 1 for item_id in sold)
    assert {item_id: total for item_id, total in lines if item_id in sold} == sold


def test_returns_and_voids_give_back_through_the_till(demo_db):
    db, summary = demo_db
    with db.read() as s:
        refunds = s.execute(select(Refund.id, Refund.kind, Refund.sale_id, Refund.shift_id,
                                   Refund.total_minor, Refund.authorisation_id,
                                   User.role).join(User, User.id == Refund.created_by_id)).all()
        dispositions = set(s.scalars(select(RefundLine.disposition)))
        given = {r.id: s.execute(select(Tender.kind, Tender.amount_minor)
                                 .where(Tender.refund_id == r.id)).all() for r in refunds}
        sales = {sale.id: sale for sale in s.execute(
            select(Sale.id, Sale.status, Sale.voided_at, Sale.shift_id, Sale.total_minor))}
        lines_per_sale = Counter(s.scalars(select(SaleLine.sale_id)))
        back_per_refund = Counter(s.scalars(select(RefundLine.refund_id)))
        back_lines = Counter(s.scalars(select(RefundLine.refund_id)))
    returns = [r for r in refunds if r.kind == "return"]
    voids = [r for r in refunds if r.kind == "void"]
    assert len(returns) == summary.counter["returns"] >= 3
    assert len(voids) == summary.counter["voids"] >= 1
    assert {"stock", "reinspect"} <= dispositions
    assert any(back_per_refund[r.id] < lines_per_sale[r.sale_id] for r in returns)  # partial
    assert {kind for r in returns for kind, _ in given[r.id]} >= {"credit"}
    assert any(kind != "credit" for r in returns for kind, _ in given[r.id])
    for r in refunds:
        assert -sum(amount for _, amount in given[r.id]) == r.total_minor >= 0
    for r in voids:  # in the sale's own shift, with a manager
        sale = sales[r.sale_id]
        assert sale.status == "voided" and sale.voided_at is not None
        assert r.shift_id == sale.shift_id
        assert r.role == "manager" or r.authorisation_id is not None
        assert r.total_minor == sale.total_minor
        assert back_lines[r.id] == lines_per_sale[sale.id]  # everything on it came back


def test_holds_end_every_way_and_gift_vouchers_are_sold_and_spent(demo_db):
    db, summary = demo_db
    with db.read() as s:
        holds = s.execute(select(Hold.status, Hold.sale_id, Hold.item_id, Hold.until)).all()
        sold_on = set(s.execute(select(SaleLine.sale_id, SaleLine.item_id)).all())
        statuses = {sale.id: sale.status for sale in s.scalars(select(Sale))}
        end = s.scalar(select(func.max(Shift.closed_at)))
        entries = Counter(s.scalars(select(VoucherEntry.reason)))
    assert {h.status for h in holds} == {"active", "sold", "released", "expired"}
    assert len(holds) == summary.counter["holds placed"]
    for h in holds:
        if h.status == "sold":
            assert statuses[h.sale_id] == "completed" and (h.sale_id, h.item_id) in sold_on
        if h.status == "active":
            assert h.until > end  # still waiting for its customer
        if h.status == "expired":
            assert h.until <= end
    assert entries["issued"] == summary.counter["gift vouchers"] >= 1 and entries["spent"] >= 1


def test_consignors_are_paid_out_every_way_and_an_expired_contract_is_settled(demo_db):
    db, summary = demo_db
    with db.read() as s:
        payouts = s.execute(select(ConsignorPayout.method, ConsignorPayout.amount_minor,
                                   ConsignorPayout.shift_id, ConsignorPayout.reference,
                                   ConsignorPayout.bonus_minor)).all()
        moved = set(s.execute(select(CashMovement.shift_id, CashMovement.amount_minor)
                              .where(CashMovement.kind == "consignor_payout")).all())
        ledger = Counter(s.scalars(select(ConsignorEntry.kind)))
        bonus_credit = s.scalar(select(func.count()).select_from(CreditEntry)
                                .where(CreditEntry.reason == "consignor payout"))
        settled = s.scalars(select(ConsignmentContract.id)
                            .where(ConsignmentContract.status == "settled")).all()
        ended = set(s.scalars(select(Item.state).where(Item.contract_id.in_(settled))))
        paid_out = s.scalars(select(Item.acquisition).where(Item.state == ItemState.PAID_OUT)).all()
    assert len(payouts) == summary.counter["consignor payouts"]
    assert {p.method for p in payouts} == {"cash", "transfer", "credit"}
    for p in payouts:
        assert p.amount_minor > 0
        assert (p.shift_id is not None) == (p.method == "cash")
        assert (p.reference != "") == (p.method == "transfer")
        if p.method == "cash":  # from the drawer of the shift it was paid in
            assert (p.shift_id, -p.amount_minor) in moved
    assert any(p.bonus_minor > 0 for p in payouts if p.method == "credit") and bonus_credit >= 1
    assert ledger["sale_share"] > 0 and ledger["payout"] == len(payouts)
    assert settled and summary.counter["contracts settled"] >= 1
    assert ended & {ItemState.RETURNED_TO_OWNER, ItemState.DONATED}
    assert set(paid_out) == {"consignment", "matchmaking"}


def test_rentals_go_out_come_back_late_or_damaged_and_some_are_overdue(demo_db):
    db, summary = demo_db
    with db.read() as s:
        rentals = s.execute(select(Rental.status, Rental.sale_id, Rental.refund_id,
                                   Rental.late_fee_minor, Rental.damage_fee_minor,
                                   Rental.returned_at, Rental.due_at, Rental.item_id)).all()
        end = s.scalar(select(func.max(Shift.closed_at)))
        kinds = dict(s.execute(select(Sale.id, Sale.kind)).all())
        deposits = s.scalar(select(func.count()).select_from(SaleLine)
                            .where(SaleLine.kind == "deposit"))
        refunds = dict(s.execute(select(Refund.id, Refund.kind)).all())
        states = dict(s.execute(select(Item.id, Item.state)).all())
    out = [r for r in rentals if r.status == "out"]
    back = [r for r in rentals if r.status == "returned"]
    assert len(rentals) == summary.counter["rented out"] and deposits == len(rentals)
    assert len(back) == summary.counter["rentals back"] >= 2
    assert all(kinds[r.sale_id] == "rental" for r in rentals)
    assert all(refunds[r.refund_id] == "rental_return" for r in back if r.refund_id)
    assert any(r.late_fee_minor > 0 and r.returned_at > r.due_at for r in back)
    assert any(r.damage_fee_minor > 0 for r in back)
    assert all(states[r.item_id] == ItemState.RENTED_OUT for r in out)
    overdue = [r for r in out if r.due_at < end]
    assert len(overdue) == summary.counter["overdue"] >= 1


def test_matchmaking_deals_are_closed_and_grade_d_goods_go_out_in_a_lot(demo_db):
    db, summary = demo_db
    with db.read() as s:
        closed = s.execute(select(Listing.deal_sale_id, Listing.deal_price_minor, Item.state)
                           .join(Item, Item.id == Listing.item_id)
                           .where(Listing.status == "closed")).all()
        deal_kinds = set(s.scalars(select(Sale.kind).where(
            Sale.id.in_([c.deal_sale_id for c in closed]))))
        lots = s.execute(select(Sale.id, Party.kind).join(Party, Party.id == Sale.customer_party_id)
                         .where(Sale.kind == "lot")).all()
        lotted = s.execute(select(Item.grade, Item.state).join(SaleLine, SaleLine.item_id == Item.id)
                           .join(Sale, Sale.id == SaleLine.sale_id)
                           .where(Sale.kind == "lot")).all()
    assert len(closed) == summary.counter["deals"] >= 1 and deal_kinds == {"deal"}
    assert all(c.deal_price_minor > 0 and c.state == ItemState.PAID_OUT for c in closed)
    assert len(lots) == summary.counter["lots"] >= 1
    assert {kind for _, kind in lots} == {"business"}
    assert lotted and set(lotted) == {("D", ItemState.LOTTED_OUT)}


def test_the_summary_reports_the_counters_figures(demo_db):
    _, summary = demo_db
    text_ = demo.describe(summary)
    for words in ("At the counters:", "sales", "returns", "voids", "holds placed",
                  "consignor payouts", "rented out", "rentals back", "rentals still out",
                  "overdue", "deals", "lots", "over or short"):
        assert words in text_


def test_every_change_is_audited_in_order_and_no_personal_data_is(demo_db):
    db, _ = demo_db
    with db.read() as s:
        events = s.scalar(select(func.count()).select_from(ItemEvent))
        without_history = s.scalar(select(func.count()).select_from(Item).where(
            ~Item.id.in_(select(ItemEvent.item_id))))
        report = journal.verify_chain(s)
        times = [t for (t,) in s.execute(select(ItemEvent.at).order_by(ItemEvent.id))]
        audit_times = [t for (t,) in s.execute(select(AuditEntry.at).order_by(AuditEntry.seq))]
        people = s.execute(select(Party.name, Party.phone, Party.email,
                                  Party.id_number_enc)).all()
        logged = "\n".join(s.scalars(select(AuditEntry.data))) + "\n".join(
            s.scalars(select(OutboxEvent.payload)))
        actions = set(s.scalars(select(AuditEntry.action)))
    assert without_history == 0
    assert report.ok and report.checked > events > ITEMS * 3
    assert times == sorted(times) and audit_times == sorted(audit_times)
    assert (times[-1] - times[0]).days < DAYS and times[-1].date() < demo.DEMO_END
    assert {"shift.opened", "shift.closed", "cash.moved", "party.identity_set", "intake.started",
            "intake.completed", "intake.cancelled", "inspection.recorded",
            "inspection.grade_overridden", "label.queued", "label.printed", "item.labelled",
            "item.priced", "item.sold"} <= actions
    assert people
    for name, phone, email, sealed in people:
        assert name not in logged
        assert phone is None or phone not in logged
        assert email is None or email not in logged
        if sealed:
            assert secrets.decrypt(sealed) not in logged


# -- the same seed, the same store ---------------------------------------------------------------


def _without(data: str, key: str) -> str:
    parsed = json.loads(data)
    parsed.pop(key, None)
    return json.dumps(parsed, sort_keys=True)


def _no_voucher(text_: str) -> str:
    return re.sub(r"GV[0-9A-Z]{10}", "GV…", text_)


def _snapshot(db: StoreDB) -> dict[str, list]:
    """Everything the demo wrote but what is random by design: the inspections' verification
    codes, the encrypted ID numbers (a fresh nonce each), the PIN hashes' salts and the gift
    vouchers' codes (a guessable code would be money)."""
    with db.read() as s:
        def rows(*columns, order):
            return [tuple(r) for r in s.execute(select(*columns).order_by(*order))]
        return {
            "items": _items(db),
            "intakes": rows(Intake.id, Intake.kind, Intake.status, Intake.party_id,
                            Intake.counter_id, Intake.created_by_id, Intake.completed_at,
                            Intake.payment_method, Intake.payment_ref, Intake.total_minor,
                            Intake.terms, order=[Intake.id]),
            "lines": rows(IntakeLine.intake_id, IntakeLine.position, IntakeLine.serial,
                          IntakeLine.amount_minor, IntakeLine.floor_minor, IntakeLine.item_id,
                          order=[IntakeLine.id]),
            "inspections": rows(Inspection.item_id, Inspection.answers, Inspection.grade,
                                Inspection.derived_grade, Inspection.override_reason,
                                Inspection.at, order=[Inspection.id]),
            "parties": rows(Party.name, Party.phone, Party.id_type, Party.id_number_masked,
                            Party.id_number_hash, order=[Party.id]),
            "shifts": rows(Shift.counter_id, Shift.opened_at, Shift.opening_float_minor,
                           Shift.expected_minor, Shift.counted_minor, order=[Shift.id]),
            "cash": rows(CashMovement.shift_id, CashMovement.amount_minor, CashMovement.at,
                         order=[CashMovement.id]),
            "labels": rows(LabelJob.item_id, LabelJob.queued_at, LabelJob.printed_at,
                           order=[LabelJob.id]),
            "sales": rows(Sale.number, Sale.kind, Sale.status, Sale.total_minor,
                          Sale.created_at, Sale.customer_party_id, order=[Sale.id]),
            "tenders": [(kind, amount, _no_voucher(ref)) for kind, amount, ref in s.execute(
                select(Tender.kind, Tender.amount_minor, Tender.reference).order_by(Tender.id))],
            "refunds": rows(Refund.number, Refund.kind, Refund.total_minor, order=[Refund.id]),
            "holds": rows(Hold.item_id, Hold.status, Hold.until, order=[Hold.id]),
            "rentals": rows(Rental.item_id, Rental.due_at, Rental.status, Rental.late_fee_minor,
                            order=[Rental.id]),
            "payouts": rows(ConsignorPayout.method, ConsignorPayout.amount_minor,
                            ConsignorPayout.reference, order=[ConsignorPayout.id]),
            "audit": [(seq, at, action, _no_voucher(str(entity)),
                       _no_voucher(_without(data, "verification_code")))
                      for seq, at, action, entity, data in s.execute(
                          select(AuditEntry.seq, AuditEntry.at, AuditEntry.action,
                                 AuditEntry.entity_id, AuditEntry.data)
                          .order_by(AuditEntry.seq))],
        }


def _fill(path: Path, seed: int) -> StoreDB:
    db = open_store(f"sqlite:///{path}")
    demo.fill_demo_store(db, items=60, days=4, seed=seed)
    return db


def test_the_same_seed_makes_the_same_store_and_another_seed_another(tmp_path: Path):
    first, again, other = (_fill(tmp_path / name, seed) for name, seed in
                           (("a.db", 3), ("b.db", 3), ("c.db", 4)))
    try:
        a, b, c = _snapshot(first), _snapshot(again), _snapshot(other)
        for table in a:
            assert a[table] == b[table], table
        assert a["items"] != c["items"]
        assert [r[1:] for r in a["items"]] != [r[1:] for r in c["items"]]
        assert a["audit"] != c["audit"]
    finally:
        for db in (first, again, other):
            db.close()


# -- adding to a store, the command, the settings after ------------------------------------------


def test_a_store_that_is_already_set_up_gets_the_demo_added(db_url: str):
    db = open_store(db_url)
    try:
        boss = stores.initialise_store(db, store_name="绿循环 Green Loop", store_code="SH01",
                                       admin_username="owner", admin_display_name="Owner",
                                       admin_secret="9876")
        users.create_user(db, boss, "clerk1", "Existing Clerk", Role.CLERK, "5555")
        summary = demo.fill_demo_store(db, items=30, days=3, seed=1)
        assert summary.store_code == "SH01" and "clerk1" in summary.kept_users
        assert "clerk1" not in [name for name, _, _ in summary.logins]
        users.login(db, "clerk1", "5555")  # the existing account kept its PIN
        again = demo.fill_demo_store(db, items=20, days=3, seed=2)
        assert set(again.kept_users) >= {"admin", "manager1", "clerk1", "kiosk1"}
        with db.read() as s:
            codes = s.scalars(select(Item.code)).all()
            usernames = s.scalars(select(User.username)).all()
            open_shifts = s.scalar(select(func.count()).select_from(Shift)
                                   .where(Shift.closed_at.is_(None)))
            assert journal.verify_chain(s).ok
        assert len(codes) == 50 and all(c.startswith("SH01-") for c in codes)
        assert len(usernames) == len(set(usernames))
        assert len(stores.list_counters(db, boss.store_id)) == 3
        assert open_shifts == 0
    finally:
        db.close()


def test_the_demo_command_fills_the_store_and_prints_the_logins(db_url: str, capsys):
    assert main(["demo", "--db", db_url, "--items", "60", "--days", "3"]) == 0
    out = capsys.readouterr().out
    for login in ("admin", "1234", "manager1", "2222", "clerk1", "1111", "grader1", "3333",
                  "kiosk1", "4444", "on_shelf", "buy_back", "drafts to resume", "inspections"):
        assert login in out
    db = open_store(db_url)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Item)) == 60
        actor = users.login(db, "grader2", "3334")
        assert actor.role == Role.GRADER
        names = [c.name for c in stores.list_counters(db, actor.store_id)]
        assert names == ["Counter 1", "Counter 2", "Kiosk – Garden Compound"]
        assert {u.role for u in users.login_names(db)} == set(Role)
    finally:
        db.close()


def test_sqlite_is_back_to_full_synchronous_commits_after_the_demo(sqlite_url: str):
    db = open_store(sqlite_url)
    try:
        demo.fill_demo_store(db, items=10, days=2, seed=1)
        with db.read() as s:
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        db.close()


@pytest.mark.parametrize("kwargs", [{"items": -1}, {"days": 0}])
def test_nonsense_sizes_are_refused(sqlite_url: str, kwargs):
    db = open_store(sqlite_url)
    try:
        with pytest.raises(ValidationError, match="demo"):
            demo.fill_demo_store(db, **kwargs)
        assert not stores.is_initialised(db)
    finally:
        db.close()
