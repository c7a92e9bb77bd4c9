"""Items on a real database: codes, the checked life cycle, one transaction per move,
manager authorisation, two counters racing for one item, and finding items again."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain.codes import make_item_code, parse_item_code
from pos_app.domain.item_states import TERMINAL, Acquisition, ItemState, next_states
from pos_app.domain.money import Money
from pos_app.errors import (
    AuthenticationFailed,
    ConcurrentChange,
    IllegalTransition,
    InvalidItemCode,
    ItemCodeMistyped,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_app.models import (
    AuditEntry,
    CodeSequence,
    Item,
    ItemEvent,
    ManagerAuthorisation,
    OutboxEvent,
    Party,
    User,
)
from pos_app.services import items, journal, users
from pos_app.services.store_db import open_store
from pos_app.services.users import ManagerOverride

S = ItemState


def _owner(store) -> int:
    with store.db.write() as s:
        party = Party(store_id=store.store_id, name="王芳", phone="13812345678", is_consignor=True,
                      created_at=now())
        s.add(party)
        s.flush()
        return party.id


def _receive(store, acquisition="buy_back", actor=None, **kw):
    if acquisition in ("consignment", "matchmaking") and "owner_party_id" not in kw:
        kw["owner_party_id"] = _owner(store)
    kw.setdefault("category", "3c.phone")
    kw.setdefault("brand", "Apple")
    kw.setdefault("model", "iPhone 12")
    return items.receive_item(store.db, actor or store.admin, acquisition=acquisition, **kw)


def _row(store, code: str) -> tuple:
    with store.db.read() as s:
        return tuple(s.execute(select(Item.__table__).where(Item.code == code)).one())


def _snapshot(store, code: str) -> tuple:
    """The item's row, the rows every move writes, and the audit chain's head."""
    return _row(store, code), store.counts(), store.audit_head()


def _move(store, code, to, actor=None, **kw):
    if to == S.GRADED:
        kw.setdefault("grade", "B")
    if to == S.PRICED:
        kw.setdefault("price", Money.of("1999"))
    return items.transition(store.db, actor or store.admin, code, to, **kw)


# -- codes ---------------------------------------------------------------------------------


def test_items_get_sequential_codes_with_the_store_prefix(store):
    codes = [_receive(store, model=f"iPhone {n}").code for n in range(1, 6)]
    parsed = [parse_item_code(c) for c in codes]
    assert [p.sequence for p in parsed] == [1, 2, 3, 4, 5]
    assert all(p.store_code == "SH01" and p.text == c for p, c in zip(parsed, codes))
    assert codes == [make_item_code("SH01", n) for n in range(1, 6)]
    assert all(c.startswith("SH01-") for c in codes)
    with store.db.read() as s:
        assert s.get(CodeSequence, store.store_id).next_value == 6


def test_a_received_item_is_written_with_its_history_audit_and_outbox_row(store):
    before = store.counts()
    view = _receive(store, brand=" Huawei ", model=" Mate 40 ", cost=Money.of("800"),
                    notes="屏幕有划痕", location="A-3", attributes={"imei": "356938035643809"},
                    actor=store.clerk)
    assert (view.brand, view.model, view.state, view.grade, view.price) == (
        "Huawei", "Mate 40", S.RECEIVED, None, None)
    assert (view.category, view.cost, view.location, view.version) == (
        "Mobile phones", Money(80000, "CNY"), "A-3", 1)
    after = store.counts()
    assert after["item_events"] == before["item_events"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    assert after["sync_outbox"] == before["sync_outbox"] + 1
    with store.db.read() as s:
        item = s.scalars(select(Item).where(Item.code == view.code)).one()
        assert item.attributes == {"imei": "356938035643809"} and item.created_by_id == store.clerk.user_id
        event = s.scalars(select(OutboxEvent).order_by(OutboxEvent.id.desc())).first()
        assert (event.event_type, event.aggregate, event.aggregate_id) == (
            "item.received", "item", view.code)
        assert (event.store_id, event.counter_id, event.sent_at) == (
            store.store_id, store.counter_id, None)
        assert '"category":"3c.phone"' in event.payload
    assert items.history(store.db, view.code)[0][1:4] == (None, "received", store.clerk.user_id)


@pytest.mark.parametrize("kw, error", [
    ({"category": "no.such"}, NotFound),
    ({"acquisition": "consignment", "owner_party_id": None}, ValidationError),
    ({"acquisition": "matchmaking", "owner_party_id": None}, ValidationError),
    ({"cost": Money(-1)}, ValidationError),
])
def test_bad_intakes_are_refused_and_use_no_code(store, kw, error):
    before = store.counts()
    with pytest.raises(error):
        _receive(store, **kw)
    assert store.counts() == before
    assert _receive(store).code == make_item_code("SH01", 1)


def test_the_kiosk_and_the_grader_take_in_only_what_their_role_allows(store):
    with pytest.raises(PermissionDenied):
        _receive(store, actor=store.kiosk)
    assert _receive(store, actor=store.grader).state == S.RECEIVED
    assert items.count(store.db) == 1


# -- the life cycle on the database ----------------------------------------------------------

PATHS = {
    "buy_back": [S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RESERVED, S.ON_SHELF, S.SOLD,
                 S.RETURNED, S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.SOLD],
    "consignment": [S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RESERVED, S.SOLD, S.PAID_OUT],
    "lease_stock": [S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RENTED_OUT, S.GRADED,
                    S.PRICED, S.LABELLED, S.ON_SHELF, S.RENTED_OUT, S.WRITTEN_OFF],
    "matchmaking": [S.RETURNED_TO_OWNER],
    "store_stock": [S.GRADED, S.LOTTED_OUT],
}


@pytest.mark.parametrize("acquisition", sorted(PATHS))
def test_items_walk_legal_paths_and_every_illegal_move_is_refused_changing_nothing(
        store, acquisition):
    view = _receive(store, acquisition)
    code, state, version = view.code, S.RECEIVED, 1
    for to in [*PATHS[acquisition], None]:
        legal = set(next_states(Acquisition(acquisition), state))
        for wrong in set(ItemState) - legal:
            before = _snapshot(store, code)
            with pytest.raises(IllegalTransition) as caught:
                _move(store, code, wrong)
            assert caught.value.message == (
                f"Item {code} cannot go from “{state.value}” to “{wrong.value}”.")
            assert _snapshot(store, code) == before
        if to is None:
            break
        before = store.counts()
        view = _move(store, code, to, reason=f"to {to.value}")
        assert (view.state, view.version) == (to, version + 1)
        assert store.counts()["item_events"] == before["item_events"] + 1
        assert store.counts()["sync_outbox"] == before["sync_outbox"] + 1
        assert store.actions()[-1] == f"item.{to.value}"
        assert items.find_by_code(store.db, code).state == to
        state, version = to, version + 1
    assert state in TERMINAL or acquisition in ("buy_back",)
    walked = [to for _, frm, to, _, _ in items.history(store.db, code)]
    assert walked == ["received", *[s.value for s in PATHS[acquisition]]]


def test_grading_and_pricing_set_the_grade_and_price(store):
    code = _receive(store).code
    with pytest.raises(ValidationError, match="Choose a grade"):
        items.transition(store.db, store.grader, code, S.GRADED)
    with pytest.raises(ValidationError, match="“E” is not a grade"):
        items.transition(store.db, store.grader, code, S.GRADED, grade="E")
    assert items.transition(store.db, store.grader, code, S.GRADED, grade="A").grade == "A"
    for bad in (None, Money(0), Money(-100)):
        before = _snapshot(store, code)
        with pytest.raises(ValidationError):
            items.transition(store.db, store.grader, code, S.PRICED, price=bad)
        assert _snapshot(store, code) == before
    view = items.transition(store.db, store.grader, code, S.PRICED, price=Money.of("2499.50"))
    assert (view.state, view.price, view.grade) == (S.PRICED, Money(249950, "CNY"), "A")


def test_a_grade_or_price_cannot_ride_along_on_another_move(store):
    """Only grading sets a grade and only pricing sets a price: a sale cannot reprice."""
    code = _receive(store).code
    for to in (S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF):
        _move(store, code, to)
    before = _snapshot(store, code)
    with pytest.raises(ValueError):
        items.transition(store.db, store.clerk, code, S.SOLD, price=Money(1))
    with pytest.raises(ValueError):
        items.transition(store.db, store.clerk, code, S.SOLD, grade="A")
    assert _snapshot(store, code) == before
    assert items.find_by_code(store.db, code).price == Money.of("1999")


def test_each_role_moves_items_only_as_far_as_its_rights_go(store):
    code = _receive(store).code
    before = _snapshot(store, code)
    with pytest.raises(PermissionDenied, match=r"\(clerk\) may not grade items"):
        items.transition(store.db, store.clerk, code, S.GRADED, grade="B")
    assert _snapshot(store, code) == before
    items.transition(store.db, store.grader, code, S.GRADED, grade="B")
    items.transition(store.db, store.grader, code, S.PRICED, price=Money.of("99"))
    items.transition(store.db, store.grader, code, S.LABELLED)
    items.transition(store.db, store.clerk, code, S.ON_SHELF)
    before = _snapshot(store, code)
    with pytest.raises(PermissionDenied):
        items.transition(store.db, store.grader, code, S.SOLD)
    with pytest.raises(PermissionDenied):
        items.transition(store.db, store.kiosk, code, S.SOLD)
    assert _snapshot(store, code) == before
    items.transition(store.db, store.clerk, code, S.SOLD)
    with pytest.raises(PermissionDenied, match="refund a sale"):
        items.transition(store.db, store.clerk, code, S.RETURNED)
    assert items.find_by_code(store.db, code).state == S.SOLD


# -- one transaction per move ------------------------------------------------------------------


def _on_shelf(store) -> str:
    code = _receive(store).code
    for to in (S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF):
        _move(store, code, to)
    return code


def test_if_the_outbox_fails_after_the_item_was_written_nothing_is_kept(store, monkeypatch):
    code = _on_shelf(store)
    before = _snapshot(store, code)
    seen = {}

    def broken_enqueue(session, *args, **kwargs):
        seen["state"] = session.scalar(select(Item.state).where(Item.code == code))
        seen["events"] = session.scalar(select(func.count()).select_from(ItemEvent))
        raise RuntimeError("outbox is full")

    monkeypatch.setattr(journal, "enqueue", broken_enqueue)
    with pytest.raises(RuntimeError, match="outbox is full"):
        items.transition(store.db, store.clerk, code, S.SOLD)
    # the item update and its event had reached the database inside the transaction...
    assert seen == {"state": "sold", "events": before[1]["item_events"] + 1}
    # ...and were rolled back with it
    assert _snapshot(store, code) == before
    assert items.find_by_code(store.db, code).state == S.ON_SHELF
    monkeypatch.undo()
    assert items.transition(store.db, store.clerk, code, S.SOLD).state == S.SOLD
    with store.db.read() as s:
        assert journal.verify_chain(s).ok


def test_if_the_audit_fails_no_outbox_row_and_no_state_change(store, monkeypatch):
    code = _on_shelf(store)
    before = _snapshot(store, code)

    def broken_audit(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(journal, "audit", broken_audit)
    with pytest.raises(RuntimeError, match="disk full"):
        items.transition(store.db, store.clerk, code, S.SOLD)
    with pytest.raises(RuntimeError):
        _receive(store)
    assert _snapshot(store, code) == before
    assert items.count(store.db) == 1


def test_a_failed_intake_gives_its_code_back(store, monkeypatch):
    monkeypatch.setattr(journal, "enqueue", lambda *a, **k: (_ for _ in ()).throw(OSError("x")))
    with pytest.raises(OSError):
        _receive(store)
    monkeypatch.undo()
    assert items.count(store.db) == 0
    assert _receive(store).code == make_item_code("SH01", 1)


# -- manager authorisation ---------------------------------------------------------------------


def test_a_clerk_writes_off_an_item_only_with_a_managers_pin(store):
    code = _receive(store).code
    before = _snapshot(store, code)
    with pytest.raises(PermissionDenied) as caught:
        items.transition(store.db, store.clerk, code, S.WRITTEN_OFF, reason="dropped")
    assert caught.value.message == (
        "Your role (clerk) may not write off, donate or lot out items. Ask a manager to authorise it.")
    assert _snapshot(store, code) == before

    view = items.transition(store.db, store.clerk, code, S.WRITTEN_OFF, reason="screen shattered",
                            override=ManagerOverride("manager", store.pins["manager"]))
    assert view.state == S.WRITTEN_OFF
    with store.db.read() as s:
        auth = s.scalars(select(ManagerAuthorisation)).one()
        assert (auth.requested_by_id, auth.manager_id, auth.permission, auth.reason) == (
            store.clerk.user_id, store.manager.user_id, "WRITE_OFF", "screen shattered")
        assert auth.counter_id == store.counter_id
        event = s.scalars(select(ItemEvent).order_by(ItemEvent.id.desc())).first()
        assert (event.to_state, event.user_id, event.authorisation_id) == (
            "written_off", store.clerk.user_id, auth.id)
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)).all()
        assert [e.action for e in entries] == ["item.written_off", "manager.authorised"]
        assert entries[1].entity_id == str(auth.id) and entries[1].user_id == store.clerk.user_id
        assert f'"manager_id":{store.manager.user_id}' in entries[1].data


def test_a_wrong_manager_pin_changes_nothing_but_counts_the_failure(store):
    code = _receive(store).code
    row, counts, _ = _snapshot(store, code)
    with pytest.raises(AuthenticationFailed, match="4 attempts left"):
        items.transition(store.db, store.clerk, code, S.WRITTEN_OFF,
                         override=ManagerOverride("manager", "9999"))
    assert _row(store, code) == row
    after = store.counts()
    assert after["item_events"] == counts["item_events"]
    assert after["sync_outbox"] == counts["sync_outbox"]
    assert after["manager_authorisations"] == 0
    assert after["audit_log"] == counts["audit_log"] + 1  # the failed PIN, and only that
    assert store.actions()[-1] == "user.login_failed"
    with store.db.read() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "manager")) == 1


def test_a_clerks_pin_does_not_authorise_a_write_off(store):
    users.create_user(store.db, store.admin, "clerk2", "Clerk Two", "clerk", "6543")
    code = _receive(store).code
    before = _snapshot(store, code)
    with pytest.raises(PermissionDenied, match=r"\(clerk\)"):
        items.transition(store.db, store.clerk, code, S.WRITTEN_OFF,
                         override=ManagerOverride("clerk2", "6543"))
    assert _snapshot(store, code) == before


def test_a_move_is_refused_if_the_item_changed_so_that_it_needs_another_right(store, monkeypatch):
    """A clerk takes a rented item back for inspection (a renter's right) with a manager standing
    by; between the check and the write the item was put back on sale and priced, so that the
    same move now means re-grading it."""
    code = _receive(store, "lease_stock").code
    for to in (S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RENTED_OUT):
        _move(store, code, to)
    real_authorise = users.authorise

    def authorise_while_another_counter_moves_it(db, actor, permission, override=None):
        authority = real_authorise(db, actor, permission, override)
        if actor == store.clerk:  # the admin's moves below pass straight through
            _move(store, code, S.ON_SHELF)
            _move(store, code, S.PRICED)
        return authority

    monkeypatch.setattr(users, "authorise", authorise_while_another_counter_moves_it)
    before = store.counts()
    with pytest.raises(ConcurrentChange):
        items.transition(store.db, store.clerk, code, S.GRADED, grade="A",
                         override=ManagerOverride("manager", store.pins["manager"]))
    monkeypatch.undo()
    view = items.find_by_code(store.db, code)
    assert (view.state, view.grade) == (S.PRICED, "B")
    assert store.counts()["item_events"] == before["item_events"] + 2


# -- two counters, one item --------------------------------------------------------------------


def test_a_move_based_on_a_stale_screen_is_refused(store):
    code = _on_shelf(store)
    seen = items.find_by_code(store.db, code)
    items.transition(store.db, store.clerk, code, S.RESERVED, expected_version=seen.version)
    before = _snapshot(store, code)
    with pytest.raises(ConcurrentChange) as caught:
        items.transition(store.db, store.clerk, code, S.SOLD, expected_version=seen.version)
    assert caught.value.message == (
        f"Item {code} was changed at another counter; reload it and try again.")
    assert _snapshot(store, code) == before
    fresh = items.find_by_code(store.db, code)
    assert items.transition(store.db, store.clerk, code, S.SOLD,
                            expected_version=fresh.version).state == S.SOLD


@pytest.mark.parametrize("with_version", [True, False])
def test_two_counters_selling_one_item_at_once_sell_it_once(store, monkeypatch, with_version):
    code = _on_shelf(store)
    version = items.find_by_code(store.db, code).version
    other_counter = open_store(store.url)
    both_checked = threading.Barrier(2, timeout=30)
    real_authorise = users.authorise

    def authorise_then_wait(*args, **kwargs):
        authority = real_authorise(*args, **kwargs)
        both_checked.wait()  # both counters have checked the move; now both write
        return authority

    monkeypatch.setattr(users, "authorise", authorise_then_wait)
    results: list[object] = [None, None]

    def sell(n, db):
        try:
            results[n] = items.transition(db, store.clerk, code, S.SOLD,
                                          expected_version=version if with_version else None)
        except Exception as exc:  # noqa: BLE001 - inspected below
            results[n] = exc

    threads = [threading.Thread(target=sell, args=(n, db))
               for n, db in enumerate((store.db, other_counter))]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        other_counter.close()
    sold = [r for r in results if isinstance(r, items.ItemView)]
    refused = [r for r in results if not isinstance(r, items.ItemView)]
    assert len(sold) == 1 and sold[0].state == S.SOLD, results
    expected = ConcurrentChange if with_version else IllegalTransition
    assert len(refused) == 1 and isinstance(refused[0], expected), results
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ItemEvent)
                        .where(ItemEvent.to_state == "sold")) == 1
        assert s.scalar(select(func.count()).select_from(OutboxEvent)
                        .where(OutboxEvent.event_type == "item.sold")) == 1
        assert journal.verify_chain(s).ok


def test_the_items_version_column_refuses_a_write_over_a_newer_row(store):
    code = _receive(store).code
    with store.db._writer() as stale:
        item = stale.scalars(select(Item).where(Item.code == code)).one()
        stale.commit()  # the session keeps version 1 in memory
        _move(store, code, S.GRADED)  # another counter moves the item to version 2
        item.location = "B-1"
        with pytest.raises(StaleDataError):
            stale.flush()
        stale.rollback()
    assert items.find_by_code(store.db, code).location == ""


# -- finding items -----------------------------------------------------------------------------


@pytest.fixture
def stocked(store):
    rows = [
        ("Apple", "iPhone 12 Pro", "屏幕有划痕 轻微磨损"),
        ("Apple", "iPhone 13", "电池健康 91%"),
        ("Huawei", "Mate 40 Pro", "no scratches"),
        ("Sony", "WH-1000XM4", "降噪耳机 带盒"),
        ("Xiaomi", "Redmi Note 12", "屏幕完好"),
        ("Nikon", "Z50_kit", "100% working"),
    ]
    codes = {}
    for brand, model, notes in rows:
        codes[model] = _receive(store, brand=brand, model=model, notes=notes).code
    return codes


@pytest.mark.parametrize("query, models", [
    ("", ["Z50_kit", "Redmi Note 12", "WH-1000XM4", "Mate 40 Pro", "iPhone 13", "iPhone 12 Pro"]),
    ("iphone", ["iPhone 13", "iPhone 12 Pro"]),
    ("PHON", ["iPhone 13", "iPhone 12 Pro"]),
    ("apple 12", ["iPhone 12 Pro"]),
    ("12", ["Redmi Note 12", "iPhone 12 Pro"]),
    ("pro", ["Mate 40 Pro", "iPhone 12 Pro"]),
    ("划痕", ["iPhone 12 Pro"]),
    ("有划痕", ["iPhone 12 Pro"]),
    ("屏幕", ["Redmi Note 12", "iPhone 12 Pro"]),
    ("屏幕 完好", ["Redmi Note 12"]),
    ("降噪耳机", ["WH-1000XM4"]),
    ("1000xm", ["WH-1000XM4"]),
    ("hua 40", ["Mate 40 Pro"]),
    ("%", ["Z50_kit", "iPhone 13"]),
    ("_", ["Z50_kit"]),
    ("0_k", ["Z50_kit"]),
    ("samsung", []),
    ('iph"one', []),
    ("划痕 huawei", []),
])
def test_search_finds_items_by_any_part_of_their_words_on_both_engines(store, stocked, query, models):
    found = items.search(store.db, query)
    assert [v.model for v in found] == models
    assert items.count(store.db, query) == len(models)


def test_search_filters_by_state_and_pages_newest_first(store, stocked):
    code = stocked["iPhone 13"]
    _move(store, code, S.GRADED)
    assert [v.model for v in items.search(store.db, "iphone", states=[S.GRADED])] == ["iPhone 13"]
    assert items.count(store.db, "", states=[S.RECEIVED]) == 5
    assert items.count(store.db, "", states=[S.RECEIVED, S.GRADED]) == 6
    page1 = items.search(store.db, "", limit=4)
    page2 = items.search(store.db, "", offset=4, limit=4)
    assert len(page1) == 4 and len(page2) == 2
    assert [v.id for v in page1 + page2] == sorted((v.id for v in page1 + page2), reverse=True)


def test_find_by_code_reads_scans_and_refuses_mistyped_codes(store, stocked):
    code = stocked["Mate 40 Pro"]
    assert items.find_by_code(store.db, code).model == "Mate 40 Pro"
    assert items.find_by_code(store.db, f"  {code.lower()} ").code == code
    full_width = "".join(chr(ord(c) + 0xFEE0) if c != "-" else "－" for c in code)
    assert items.find_by_code(store.db, full_width).code == code

    good_check = code[-1]
    wrong_check = next(c for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != good_check)
    with pytest.raises(ItemCodeMistyped) as caught:
        items.find_by_code(store.db, code[:-1] + wrong_check)
    assert isinstance(caught.value, InvalidItemCode)
    for garbage in ("", "hello", "SH01-123", "SH01-0000000"):
        with pytest.raises(InvalidItemCode):
            items.find_by_code(store.db, garbage)
    unknown = make_item_code("SH01", 999)
    with pytest.raises(NotFound) as missing:
        items.find_by_code(store.db, unknown)
    assert missing.value.message == f"Item “{unknown}” was not found."
    with pytest.raises(NotFound):
        items.transition(store.db, store.admin, unknown, S.GRADED, grade="A")
    with pytest.raises(ItemCodeMistyped):
        items.history(store.db, code[:-1] + wrong_check)


def test_search_uses_the_engines_text_index(store, stocked):
    with store.db.read() as s:
        if store.db.dialect == "sqlite":
            rows = s.execute(text("SELECT rowid FROM items_fts WHERE items_fts MATCH '\"划痕\"'")).all()
            assert rows == []  # two characters are below the trigram index; LIKE finds them
            hits = s.execute(text("SELECT count(*) FROM items_fts WHERE items_fts MATCH '\"有划痕\"'"))
            assert hits.scalar() == 1
        else:
            assert s.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1


def test_a_held_buy_back_cannot_be_sold_or_reserved_until_its_holding_period_ends(store):
    from datetime import timedelta

    from pos_app.clock import now, set_to
    from pos_app.domain.holding import ItemHeld
    from pos_app.models import Item

    code = _receive(store).code
    for to in (S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF):
        _move(store, code, to)
    with store.db.write() as s:
        s.scalars(select(Item).where(Item.code == code)).one().held_until = now() + timedelta(days=7)
    before = store.counts()
    for to in (S.SOLD, S.RESERVED):
        with pytest.raises(ItemHeld, match=code):
            items.transition(store.db, store.admin, code, to)
    assert store.counts() == before
    with set_to(now() + timedelta(days=8)):
        sold = items.transition(store.db, store.admin, code, S.SOLD)
    assert sold.state == S.SOLD
    with store.db.read() as s:
        row = s.scalars(select(Item).where(Item.code == code)).one()
        assert (row.sold_minor, row.sold_at is not None) == (row.price_minor, True)
