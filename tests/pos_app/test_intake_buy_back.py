"""Buy-back intakes through the services, on both engines: the seller's identity, the devices
checked, the quote limit, and the seller paid from the drawer, by transfer or in store credit."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from pos_app.domain import holding
from pos_app.domain.money import Money
from pos_app.errors import ImeiCheckDigit, PermissionDenied, ValidationError
from pos_app.models import CashMovement, CreditEntry, Intake, Item, ManagerAuthorisation
from pos_app.services import credit, intake, parties, settings, shifts, stores, users
from pos_app.services.intake_complete import DuplicateDevice, QuoteOverLimit, StolenDeviceRefused
from pos_app.services.users import ManagerOverride
from tests.pos_app.intake_support import (
    counts,
    imei,
    line_items,
    list_stolen,
    open_drawer,
    outbox,
    person,
    status,
)

PHONE = imei("35391110123456")
PHONE_2 = imei("35391110654321")
PHONE_3 = imei("86012345678901")


def _drop_off(store, party_id=None, actor=None, phone=PHONE, quote="1200"):
    """A buy-back of a phone and a coat: one intake, two lines."""
    actor = actor or store.clerk
    draft = intake.start_intake(store.db, actor, "buy_back", party_id)
    intake.add_line(store.db, actor, draft.id, category="3c.phone", brand="Apple",
                    model="iPhone 13 128GB", serial=phone, amount=Money.of(quote),
                    attributes={"colour": "蓝色"})
    return intake.add_line(store.db, actor, draft.id, category="clothing.women", brand="优衣库",
                           model="羽绒服", amount=Money.of("30"))


def _items(store, codes):
    with store.db.read() as s:
        found = {i.code: i for i in s.scalars(select(Item).where(Item.code.in_(codes)))}
        s.expunge_all()
        return found


def test_a_cash_buy_back_pays_from_the_drawer_and_takes_every_item_in(store):
    shift = open_drawer(store, "2000")
    seller = person(store)
    draft = _drop_off(store, seller)
    assert [ln.position for ln in draft.lines] == [1, 2] and draft.total == Money.of("1230")
    done = intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")

    assert shifts.drawer_balance(store.db, shift.id) == Money.of("770")
    with store.db.read() as s:
        movement = s.get(CashMovement, done.cash_movement_id)
        assert (movement.kind, movement.amount_minor, movement.reference, movement.shift_id) == (
            "buy_back", -123000, done.intake.number, shift.id)
    view = done.intake
    assert view.status == "completed" and view.payment_method == "cash"
    assert view.number == f"I-SH01-{draft.id:06d}" and len(done.item_codes) == 2
    assert [ln.item_code for ln in view.lines] == list(done.item_codes)
    phone, coat = (_items(store, done.item_codes)[c] for c in done.item_codes)
    assert (phone.acquisition, phone.state, phone.cost_minor, phone.serial) == (
        "buy_back", "received", 120000, PHONE)
    assert phone.owner_party_id is None and phone.held_until is None  # holding 0 days: sellable
    assert phone.attributes == {"colour": "蓝色"} and coat.cost_minor == 3000 and coat.serial is None

    completed = json.loads(outbox(store, "intake.completed")[0])
    assert completed | {"items": None} == {
        "intake_id": draft.id, "number": view.number, "kind": "buy_back", "party_id": seller,
        "lines": 2, "items": None, "total_minor": 123000, "payment_method": "cash",
        "credit_minor": None, "credit_bonus_bp": 0, "contract": None, "held_until": None,
        "seen_before": []}
    assert completed["items"] == list(done.item_codes)
    text = json.dumps([json.loads(p) for p in outbox(store, "intake.completed")], ensure_ascii=False)
    assert "李小明" not in text and "13812345678" not in text and "1101" not in text
    assert store.actions()[-4:] == ["item.received", "item.received", "cash.moved",
                                    "intake.completed"]
    with pytest.raises(ValidationError, match="is completed; it can no longer be changed"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")


def test_bought_back_items_are_held_for_the_days_the_store_sets(store):
    settings.set_settings(store.db, store.admin, {"holding_days": 7})
    open_drawer(store)
    done = intake.complete_intake(store.db, store.clerk, _drop_off(store, person(store)).id,
                                  payment_method="cash")
    until = done.intake.completed_at + timedelta(days=7)
    items = _items(store, done.item_codes)
    assert {i.held_until for i in items.values()} == {until}
    phone = items[done.item_codes[0]]
    with pytest.raises(holding.ItemHeld) as caught:
        holding.assert_sellable(phone, until - timedelta(seconds=1))
    assert caught.value.message.startswith(f"Item {phone.code} is held until ")
    assert caught.value.message.endswith("; it cannot be sold before.")
    holding.assert_sellable(phone, until)


def test_holding_rules_without_a_database():
    received = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert holding.held_until(received, 0) is None
    assert holding.held_until(received, 15) == datetime(2024, 5, 16, 9, 30, tzinfo=UTC)
    item = type("I", (), {"code": "SH01-00000011", "held_until": None})()
    holding.assert_sellable(item, received)  # never held
    with pytest.raises(ValueError):
        holding.held_until(received, -1)


def test_a_transfer_needs_its_reference_and_touches_no_drawer(store):
    draft = _drop_off(store, person(store))
    before = counts(store)
    with pytest.raises(ValidationError, match="bank transfer's reference"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer")
    assert counts(store) == before and status(store, draft.id) == "draft"
    done = intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer",
                                  payment_ref=" WX-2024-0001 ")
    assert done.intake.payment_ref == "WX-2024-0001" and done.cash_movement_id is None
    assert counts(store)["cash_movements"] == 0


def test_store_credit_gives_the_quote_plus_the_bonus(store):
    settings.set_settings(store.db, store.admin, {"credit_bonus_percent": 5})
    seller = person(store)
    done = intake.complete_intake(store.db, store.clerk, _drop_off(store, seller).id,
                                  payment_method="credit")
    assert done.credit == Money.of("1291.50") == done.intake.credit  # 1230 + 5%
    assert credit.balance(store.db, seller) == Money.of("1291.50")
    other = intake.complete_intake(store.db, store.clerk,
                                   _drop_off(store, seller, phone=PHONE_2, quote="1000").id,
                                   payment_method="credit", credit_bonus_percent=10)
    assert other.credit == Money.of("1133") and other.intake.credit_bonus_bp == 1000
    assert credit.balance(store.db, seller) == Money.of("2424.50")
    with store.db.read() as s:
        refs = list(s.scalars(select(CreditEntry.reference).order_by(CreditEntry.id)))
    assert refs == [done.intake.number, other.intake.number]
    with pytest.raises(ValidationError, match="bonus is a percent from 0 to 50"):
        intake.complete_intake(store.db, store.clerk, _drop_off(store, seller, phone=PHONE_3).id,
                               payment_method="credit", credit_bonus_percent=60)


def test_a_buy_back_without_the_sellers_identity_is_refused_and_writes_nothing(store):
    open_drawer(store)
    anonymous = _drop_off(store)
    no_id = _drop_off(store, person(store, "张三", phone="13900001111", id_number=None),
                      phone=PHONE_2)
    no_phone = intake.start_intake(store.db, store.clerk, "buy_back",
                                   person(store, "王五", phone=None, id_number="110101199003077571"))
    intake.add_line(store.db, store.clerk, no_phone.id, category="bags", brand="Coach",
                    model="Tabby 26", amount=Money.of("800"))
    before = counts(store)
    for draft, message in (
            (anonymous, ("Choose the seller: line 1 (Apple iPhone 13 128GB) is bought back only "
                         "from a seller whose name, ID and phone are on record.")),
            (no_id, ("Record the seller's ID type and number: line 1 (Apple iPhone 13 128GB) is "
                     "bought back only with them on record.")),
            (no_phone, ("Record the seller's phone number: line 1 (Coach Tabby 26) is bought back "
                        "only with it on record."))):
        with pytest.raises(ValidationError) as caught:
            intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
        assert caught.value.message == message
        assert status(store, draft.id) == "draft"
        assert line_items(store, draft.id) and set(line_items(store, draft.id)) == {None}
    assert counts(store) == before  # no items, no cash movement, no audit entry


def test_goods_outside_the_id_categories_are_bought_without_an_id(store):
    settings.set_settings(store.db, store.admin, {"id_required_categories": ["3c"]})
    draft = intake.start_intake(store.db, store.clerk, "buy_back")
    intake.add_line(store.db, store.clerk, draft.id, category="bags", brand="Coach",
                    model="Tabby 26", amount=Money.of("800"))
    done = intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer",
                                  payment_ref="T-1")
    assert done.intake.party_id is None and len(done.item_codes) == 1


def test_a_blocked_seller_is_refused(store):
    seller = person(store)
    draft = _drop_off(store, seller)
    parties.block_party(store.db, store.manager, seller, "sold a stolen phone")
    before = counts(store)
    with pytest.raises(ValidationError, match="This person is blocked"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer",
                               payment_ref="T-1")
    assert counts(store) == before and status(store, draft.id) == "draft"
    with pytest.raises(ValidationError, match="This person is blocked"):
        intake.start_intake(store.db, store.clerk, "buy_back", seller)


def test_a_stolen_device_blocks_the_whole_intake(store):
    open_drawer(store)
    draft = _drop_off(store, person(store))
    list_stolen(store, PHONE)
    flags = intake.device_flags(store.db, store.clerk, draft.id)
    assert [(f.line, f.serial, f.stolen) for f in flags] == [(1, PHONE, True)]
    before = counts(store)
    with pytest.raises(StolenDeviceRefused) as caught:
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash",
                               allow_duplicate_of={PHONE: "no"})
    assert caught.value.message == (
        f"Line 1 (Apple iPhone 13 128GB): the device {PHONE} is on the stolen-device list. Do not "
        "take it in; the intake cannot complete.")
    assert counts(store) == before and status(store, draft.id) == "draft"


def test_a_device_seen_before_is_flagged_and_taken_in_only_with_a_reason(store):
    seller = person(store)
    first = intake.complete_intake(store.db, store.clerk, _drop_off(store, seller).id,
                                   payment_method="transfer", payment_ref="T-1")
    again = _drop_off(store, seller)
    [flag] = intake.device_flags(store.db, store.clerk, again.id)
    assert (flag.line, flag.stolen, [d.code for d in flag.seen]) == (
        1, False, [first.item_codes[0]])
    before = counts(store)
    with pytest.raises(DuplicateDevice) as caught:
        intake.complete_intake(store.db, store.clerk, again.id, payment_method="transfer",
                               payment_ref="T-2")
    message = caught.value.message
    assert message.startswith(f"Line 1 (Apple iPhone 13 128GB): the device {PHONE} is already in "
                              f"the store's records as item {first.item_codes[0]} (received since ")
    assert flag.seen[0].when.astimezone().strftime("%Y-%m-%d") in message
    assert counts(store) == before
    with pytest.raises(ValidationError, match="Give the reason"):
        intake.complete_intake(store.db, store.clerk, again.id, payment_method="transfer",
                               payment_ref="T-2", allow_duplicate_of={PHONE: " "})
    done = intake.complete_intake(store.db, store.clerk, again.id, payment_method="transfer",
                                  payment_ref="T-2",
                                  allow_duplicate_of={PHONE[:6] + " " + PHONE[6:]: "sold back"})
    assert [f.line for f in done.duplicates] == [1]
    phone = _items(store, done.item_codes[:1])[done.item_codes[0]]
    assert phone.attributes["seen_before"] == {"items": [first.item_codes[0]], "reason": "sold back"}
    payload = json.loads(outbox(store, "intake.completed")[-1])
    assert payload["seen_before"] == [{"line": 1, "items": [first.item_codes[0]]}]


def test_cash_needs_an_open_shift_with_enough_in_the_drawer(store):
    draft = _drop_off(store, person(store))
    before = counts(store)
    with pytest.raises(ValidationError, match="This counter has no open shift"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
    open_drawer(store, "1000")
    with pytest.raises(ValidationError) as caught:
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
    assert caught.value.message.startswith("The drawer holds ¥1,000.00, not enough to pay out "
                                           "¥1,230.00")
    assert counts(store)["items"] == before["items"] and status(store, draft.id) == "draft"
    with pytest.raises(ValidationError, match="Choose how the seller is paid"):
        intake.complete_intake(store.db, store.clerk, draft.id)


def test_a_quote_above_the_clerks_limit_needs_a_manager(store):
    open_drawer(store, "5000")
    seller = person(store)
    draft = _drop_off(store, seller, quote="2000.01")
    before = counts(store)
    with pytest.raises(QuoteOverLimit) as caught:
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
    assert isinstance(caught.value, PermissionDenied)
    assert caught.value.message == ("The quote for line 1 (¥2,000.01) is above your limit of "
                                    "¥2,000.00 per item; ask a manager to authorise it.")
    with pytest.raises(PermissionDenied):  # a clerk cannot vouch for a clerk
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash",
                               override=ManagerOverride("clerk", store.pins["clerk"]))
    assert counts(store) == before and status(store, draft.id) == "draft"
    done = intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash",
                                  override=ManagerOverride("manager", store.pins["manager"]))
    with store.db.read() as s:
        auth = s.execute(select(ManagerAuthorisation.manager_id, ManagerAuthorisation.requested_by_id,
                                ManagerAuthorisation.permission, ManagerAuthorisation.reason)).one()
    assert tuple(auth) == (store.manager.user_id, store.clerk.user_id, "PRICE_OVERRIDE",
                           f"buy-back quote over the limit, {done.intake.number}")
    # a manager's own quote has no limit
    own = intake.complete_intake(store.db, store.manager,
                                 _drop_off(store, seller, store.manager, PHONE_2, "4000").id,
                                 payment_method="transfer", payment_ref="T-9")
    assert own.intake.status == "completed"


def test_a_draft_is_resumed_and_completed_at_another_counter(store):
    counter_2 = stores.add_counter(store.db, store.admin, "Back counter")
    manager_2 = users.login(store.db, "manager", store.pins["manager"], counter_2.id)
    started = intake.start_intake(store.db, store.clerk, "buy_back")
    intake.add_line(store.db, store.clerk, started.id, category="3c.phone", brand="华为",
                    model="Mate 40", serial=PHONE, amount=Money.of("900"))
    assert started.counter_id == store.counter_id

    [resumed] = intake.drafts(store.db, manager_2)
    assert resumed.id == started.id and resumed.lines[0].model == "Mate 40"
    intake.set_party(store.db, manager_2, started.id, person(store))
    intake.add_line(store.db, manager_2, started.id, category="books", brand="三体",
                    model="刘慈欣", amount=Money.of("15"))
    shift_2 = open_drawer(store, "1000", actor=manager_2)
    done = intake.complete_intake(store.db, manager_2, started.id, payment_method="cash")
    assert shifts.drawer_balance(store.db, shift_2.id) == Money.of("85")
    assert len(done.item_codes) == 2 and intake.drafts(store.db, store.clerk) == []
    assert intake.get_intake(store.db, store.clerk, started.id).status == "completed"


def test_draft_lines_are_checked_as_they_are_typed(store):
    draft = intake.start_intake(store.db, store.clerk, "buy_back")
    with pytest.raises(ImeiCheckDigit):
        intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="Apple",
                        model="iPhone", serial=PHONE[:-1] + str((int(PHONE[-1]) + 1) % 10),
                        amount=Money.of("100"))
    with pytest.raises(ValidationError, match="amount above zero"):
        intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="Apple",
                        model="iPhone", amount=Money.zero())
    with pytest.raises(ValidationError, match="brand or model"):
        intake.add_line(store.db, store.clerk, draft.id, category="books", amount=Money.of("1"))
    with pytest.raises(ValidationError, match="lowest price belongs to consignment"):
        intake.add_line(store.db, store.clerk, draft.id, category="books", brand="x",
                        amount=Money.of("1"), floor=Money.of("1"))
    view = intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="Apple",
                           model="iPhone", serial=f" {PHONE[:8]}-{PHONE[8:]} ",
                           amount=Money.of("100"))
    assert view.lines[0].serial == PHONE and len(view.lines) == 1
    with pytest.raises(ValidationError, match="Line 1 already has the device"):
        intake.add_line(store.db, store.clerk, draft.id, category="3c.tablet", brand="Apple",
                        model="iPad", serial=PHONE, amount=Money.of("100"))
    line = view.lines[0]
    changed = intake.update_line(store.db, store.clerk, draft.id, line.id, amount=Money.of("120"),
                                 model="iPhone 12")
    assert (changed.lines[0].amount, changed.lines[0].model) == (Money.of("120"), "iPhone 12")
    assert intake.remove_line(store.db, store.clerk, draft.id, line.id).lines == ()
    with pytest.raises(ValidationError, match="Add at least one item"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer",
                               payment_ref="T")
    with pytest.raises(ValidationError, match="enter the IMEI or serial number"):
        intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="Apple",
                        model="iPhone", amount=Money.of("100"))
        intake.set_party(store.db, store.clerk, draft.id, person(store))
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer",
                               payment_ref="T")


def test_a_cancelled_intake_can_no_longer_change(store):
    draft = _drop_off(store, person(store))
    cancelled = intake.cancel_intake(store.db, store.clerk, draft.id, "seller changed their mind")
    assert cancelled.status == "cancelled" and intake.drafts(store.db, store.clerk) == []
    with pytest.raises(ValidationError, match="was cancelled"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="transfer",
                               payment_ref="T")
    assert counts(store)["items"] == 0


def test_the_intake_needs_the_right_and_a_known_kind(store):
    with pytest.raises(PermissionDenied):
        intake.start_intake(store.db, store.kiosk, "buy_back")
    with pytest.raises(ValidationError, match="Choose the kind of intake"):
        intake.start_intake(store.db, store.clerk, "gift")
    with store.db.read() as s:
        assert s.scalars(select(Intake)).all() == []


@pytest.mark.parametrize("key, bad", [
    ("id_required_categories", "3c.phone"), ("id_required_categories", ["3C phone"]),
    ("holding_days", 91), ("holding_days", -1), ("credit_bonus_percent", 51),
    ("buy_back_quote_limit", "2000"), ("markdown_schedule", [[30, 20], [20, 40]]),
    ("markdown_schedule", [[30, 100]]), ("consignment_share_percent", 101),
    ("consignment_days", 0),
])
def test_intake_settings_are_checked(sqlite_store, key, bad):
    with pytest.raises(ValidationError):
        settings.set_settings(sqlite_store.db, sqlite_store.admin, {key: bad})


def test_intake_settings_have_their_defaults(sqlite_store):
    values = settings.get_settings(sqlite_store.db, sqlite_store.store_id)
    assert values["id_required_categories"] == ["3c.phone", "3c.tablet", "3c.laptop",
                                                "3c.camera", "3c.watch", "bags"]
    assert (values["holding_days"], values["credit_bonus_percent"], values["markdown_schedule"],
            values["consignment_share_percent"], values["consignment_days"]) == (
        0, 0, [[30, 20], [60, 40]], 60, 90)
    assert replace(sqlite_store.clerk).counter_id == sqlite_store.counter_id
