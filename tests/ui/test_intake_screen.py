"""The intake screen driven end to end over a real store, as a clerk types and clicks: each of
the four businesses, the drawer of a cash buy-back, the refusals that change nothing, a
manager's PIN for a quote over the limit, drafts saved and resumed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from pos_app.domain.money import Money
from pos_app.models import (
    ConsignmentContract,
    Intake,
    Item,
    LeaseTerms,
    Listing,
    ManagerAuthorisation,
)
from pos_app.services import intake, parties, shifts
from tests.pos_app.intake_support import RESIDENT_ID, counts, imei, list_stolen, person, status
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.intake import IntakeScreen
from ui.widgets.manager_pin_dialog import ManagerPinDialog

PHONE = imei("35391110123456")
PHONE_2 = imei("86012345678901")

click = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot, store) -> IntakeScreen:  # noqa: F811
    widget = IntakeScreen(session_for(store, store.clerk))
    with qtbot.waitSignal(widget.ready, timeout=20_000):
        show(qtbot, widget, 1280, 860)
    return widget


def choose_kind(screen: IntakeScreen, kind: str, qtbot) -> None:
    qtbot.mouseClick(screen.kind_buttons[kind], click)
    assert screen.kind == kind


def add_person(qtbot, screen: IntakeScreen, name: str, phone: str, id_number: str = "") -> None:
    """Type a new person in (QTest types ASCII only; the names are in pinyin)."""
    panel = screen.party
    qtbot.keyClicks(panel.name, name)
    qtbot.keyClicks(panel.phone, phone)
    if id_number:
        qtbot.keyClicks(panel.id_number, id_number)
    with qtbot.waitSignal(panel.partyChosen, timeout=20_000):
        qtbot.mouseClick(panel.add_button, click)


def find_person(qtbot, screen: IntakeScreen, query: str) -> None:
    panel = screen.party
    with qtbot.waitSignal(panel.searched, timeout=20_000):
        qtbot.keyClicks(panel.search, query)
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    with qtbot.waitSignal(panel.partyChosen, timeout=20_000):
        panel.results.itemClicked.emit(panel.results.item(0))


def add_line(qtbot, screen: IntakeScreen, *, category: str, brand: str, model: str,
             amount: str, serial: str = "", floor: str = "", deposit: str = "") -> str:
    """Fill the line form and add it; what the device check said (the form then empties)."""
    lines = screen.lines
    checked = ""
    lines.category.setCurrentIndex(lines.category.findData(category))
    qtbot.keyClicks(lines.brand, brand)
    qtbot.keyClicks(lines.model, model)
    if serial:
        lines.serial.setFocus()
        with qtbot.waitSignal(lines.deviceChecked, timeout=20_000):
            qtbot.keyClicks(lines.serial, serial)
            qtbot.keyClick(lines.serial, Qt.Key.Key_Return)  # as a scanner does
        checked = lines.device_text()
    qtbot.keyClicks(lines.amount, amount)
    if floor:
        qtbot.keyClicks(lines.floor, floor)
    if deposit:
        qtbot.keyClicks(lines.deposit, deposit)
    before = len(screen.intake.lines) if screen.intake else 0
    qtbot.mouseClick(lines.add_button, click)
    qtbot.waitUntil(lambda: screen.intake is not None and len(screen.intake.lines) == before + 1,
                    timeout=20_000)
    return checked


def complete(qtbot, screen: IntakeScreen):
    with qtbot.waitSignal(screen.completed, timeout=30_000) as done:
        qtbot.mouseClick(screen.complete_button, click)
    return done.args[0]


def refused(qtbot, screen: IntakeScreen) -> str:
    with qtbot.waitSignal(screen.failed, timeout=30_000) as failed:
        qtbot.mouseClick(screen.complete_button, click)
    return failed.args[0]


# -- buy-back ----------------------------------------------------------------------------------


def test_a_cash_buy_back_opens_a_shift_pays_from_the_drawer_and_prints(qtbot, screen, store) -> None:  # noqa: F811
    choose_kind(screen, "buy_back", qtbot)
    add_person(qtbot, screen, "Li Xiaoming", "13812345678", RESIDENT_ID)
    assert screen.party.party.id_masked == "110***********002X"
    assert screen.party.id_number.text() == ""  # the number is not kept on the screen
    checked = add_line(qtbot, screen, category="3c.phone", brand="Apple",
                       model="iPhone 13 128GB", serial=PHONE, amount="1200")
    assert checked == f"{PHONE}: not seen before, not on the stolen-device list."
    add_line(qtbot, screen, category="clothing.women", brand="Uniqlo", model="Down coat", amount="30")
    assert screen.total.text() == f"Total: {Money.of('1230').format('en_US')} (2 items)"

    # no shift yet: the screen offers to open one with its float
    payment = screen.payment
    qtbot.waitUntil(lambda: "no open shift" in payment.drawer_text())
    assert payment.open_row.isVisible()
    qtbot.keyClicks(payment.opening_float, "2000")
    with qtbot.waitSignal(payment.drawerChecked, timeout=20_000):
        qtbot.mouseClick(payment.open_button, click)
    assert payment.drawer_text() == f"The drawer holds {Money.of('2000').format('en_US')}."

    done = complete(qtbot, screen)
    shift = shifts.current_shift(store.db, store.counter_id)
    assert shifts.drawer_balance(store.db, shift.id) == Money.of("770")
    assert len(done.item_codes) == 2
    assert screen.result_text.text().startswith(f"Intake {done.intake.number} is complete: "
                                                "2 items taken in (")
    assert screen.result_text.text().endswith(f"Paid {Money.of('1230').format('en_US')} in cash.")
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 2
        assert s.scalar(select(Item.serial).where(Item.code == done.item_codes[0])) == PHONE

    with qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        qtbot.mouseClick(screen.print_button, click)
    assert opened.args[0].pdf.startswith(b"%PDF")
    assert screen.print_button.text() == "&Print the receipt…"


def test_a_buy_back_without_the_sellers_identity_is_refused_and_nothing_is_written(
        qtbot, screen, store) -> None:  # noqa: F811
    shifts.open_shift(store.db, store.clerk, Money.of("2000"))
    add_person(qtbot, screen, "Wang Fang", "13900001111")  # no ID document typed
    assert screen.party.warning.text().startswith("No ID document on record")
    add_line(qtbot, screen, category="3c.phone", brand="Huawei", model="Mate 40",
             serial=PHONE, amount="900")
    before = counts(store)
    text = refused(qtbot, screen)
    assert text == ("Record the seller's ID type and number: line 1 (Huawei Mate 40) is bought "
                    "back only with them on record.")
    assert screen.message_text() == text
    assert counts(store) == before
    assert status(store, screen.intake.id) == "draft"
    assert shifts.drawer_balance(
        store.db, shifts.current_shift(store.db, store.counter_id).id) == Money.of("2000")
    assert screen.complete_button.isEnabled()  # record the ID and try again


def test_a_stolen_device_is_shown_and_blocks_the_intake(qtbot, screen, store) -> None:  # noqa: F811
    list_stolen(store, PHONE_2)
    find_person_id = person(store)
    assert find_person_id
    find_person(qtbot, screen, "138")
    checked = add_line(qtbot, screen, category="3c.phone", brand="Apple", model="iPhone 11",
                       serial=PHONE_2, amount="500")
    assert checked.startswith(f"{PHONE_2} is on the stolen-device list (police).")
    screen.payment.buttons["transfer"].setChecked(True)
    qtbot.keyClicks(screen.payment.reference, "TX-1")
    before = counts(store)
    assert "stolen-device list" in refused(qtbot, screen)
    assert counts(store) == before


def test_a_quote_over_the_limit_asks_a_manager_and_then_completes(qtbot, screen, store) -> None:  # noqa: F811
    find_person_id = person(store)
    assert find_person_id
    find_person(qtbot, screen, "138")
    add_line(qtbot, screen, category="3c.phone", brand="Apple", model="iPhone 15 Pro",
             serial=PHONE, amount="5200")
    screen.lines.table.selectRow(0)  # the line back in the form
    assert screen.lines.amount.value() == Money.of("5200")
    assert screen.lines.limit_label.text().startswith("Above your limit of")
    screen.lines.clear()
    qtbot.mouseClick(screen.payment.buttons["credit"], click)
    screen.payment.bonus.setValue(5)
    qtbot.mouseClick(screen.complete_button, click)
    qtbot.waitUntil(lambda: _pin_dialog() is not None, timeout=20_000)
    dialog = _pin_dialog()
    assert "above your limit" in dialog.reason.text()
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, "9999")  # wrong: asked again
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text().startswith("Wrong user name or PIN"),
                    timeout=20_000)
    qtbot.keyClicks(dialog.pin, store.pins["manager"])
    with qtbot.waitSignal(screen.completed, timeout=30_000) as done:
        dialog.accept()
    assert done.args[0].credit == Money.of("5460")
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ManagerAuthorisation)) == 1


# -- the other businesses ----------------------------------------------------------------------


def test_a_consignment_with_terms_prints_its_agreement(qtbot, screen, store) -> None:  # noqa: F811
    parties.add_party(store.db, store.clerk, "Chen Jing", phone="13700002222")
    choose_kind(screen, "consignment", qtbot)
    assert screen.payment.isHidden() and not screen.terms.isHidden()
    find_person(qtbot, screen, "137")
    add_line(qtbot, screen, category="bags", brand="Coach", model="Tabby 26", amount="1800",
             floor="1200")
    terms = screen.terms
    terms.share.setValue(55)
    terms.days.setValue(60)
    terms.at_expiry.setCurrentIndex(terms.at_expiry.findData("donate"))
    terms.markdowns.set_steps([[20, 10], [40, 25]])
    done = complete(qtbot, screen)
    assert done.contract_number == f"C-SH01-{done.intake.id:06d}"
    with store.db.read() as s:
        contract = s.scalars(select(ConsignmentContract)).one()
        assert (contract.consignor_share_bp, contract.at_expiry, contract.markdowns) == (
            5500, "donate", [[20, 10], [40, 25]])
        item = s.scalars(select(Item)).one()
        assert (item.price_minor, item.floor_minor) == (180000, 120000)
    assert "Contract C-SH01-" in screen.result_text.text()
    with qtbot.waitSignal(screen.previewOpened, timeout=20_000):
        qtbot.mouseClick(screen.print_button, click)


def test_lease_stock_needs_no_person_and_keeps_rent_and_deposit(qtbot, screen, store) -> None:  # noqa: F811
    choose_kind(screen, "lease_stock", qtbot)
    add_line(qtbot, screen, category="3c.camera", brand="Canon", model="EOS R6",
             serial="CN12345678", amount="150", deposit="3000")
    screen.terms.period.setValue(7)
    qtbot.keyClicks(screen.terms.maintenance, "Clean the sensor after each rental")
    complete(qtbot, screen)
    with store.db.read() as s:
        lease = s.scalars(select(LeaseTerms)).one()
        assert (lease.rent_minor, lease.deposit_minor, lease.period_days) == (15000, 300000, 7)
    assert not screen.print_button.isVisible()  # lease stock prints its labels only


def test_a_matchmaking_listing_with_a_commission_prints_its_cards(qtbot, screen, store) -> None:  # noqa: F811
    choose_kind(screen, "matchmaking", qtbot)
    add_person(qtbot, screen, "Zhao Lei", "13600003333")
    add_line(qtbot, screen, category="furniture", brand="IKEA", model="Desk", amount="400")
    terms = screen.terms
    terms.contact.setCurrentIndex(terms.contact.findData("wechat"))
    qtbot.mouseClick(terms.by_commission, click)
    terms.commission.setValue(8)
    complete(qtbot, screen)
    with store.db.read() as s:
        listing = s.scalars(select(Listing)).one()
        assert (listing.contact_preference, listing.commission_bp, listing.fee_minor) == (
            "wechat", 800, 0)
    with qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        qtbot.mouseClick(screen.print_button, click)
    assert opened.args[0].pdf.startswith(b"%PDF")


# -- drafts ------------------------------------------------------------------------------------


def test_a_draft_is_saved_and_resumed(qtbot, screen, store) -> None:  # noqa: F811
    choose_kind(screen, "consignment", qtbot)
    add_person(qtbot, screen, "Chen Jing", "13700002222")
    add_line(qtbot, screen, category="bags", brand="Coach", model="Tabby", amount="1500")
    screen.terms.days.setValue(45)
    with qtbot.waitSignal(screen.draftsLoaded, timeout=20_000):
        qtbot.mouseClick(screen.save_button, click)
    number = f"I-SH01-{intake.drafts(store.db, store.clerk)[0].id:06d}"
    assert screen.message_text() == f"Intake {number} was saved as a draft."
    assert screen.intake is None and screen.drafts.count() == 1

    with qtbot.waitSignal(screen.intakeChanged, timeout=20_000):
        screen._draft_chosen(screen.drafts.item(0))
    assert screen.kind == "consignment" and screen.terms.days.value() == 45
    assert screen.lines.table.rowCount() == 1
    assert screen.party.party is not None
    complete(qtbot, screen)
    with store.db.read() as s:
        assert s.scalars(select(Intake.status)).all() == ["completed"]


def test_the_screen_speaks_chinese(qtbot, screen, switch_language) -> None:
    switch_language("zh_CN")
    assert screen.kind_buttons["buy_back"].text() == "回收"
    assert screen.complete_button.text().startswith("完成")


def _pin_dialog() -> ManagerPinDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ManagerPinDialog) and w.isVisible()), None)


def test_the_quote_comes_from_the_stores_sales_with_its_reason(qtbot, screen, store) -> None:  # noqa: F811
    from tests.pos_app.pricing_support import sell

    for yuan in ("1499", "1599", "1699"):
        sell(store, sold=yuan, days_ago=10, brand="Apple", model="iPhone 13 128GB", grade="B")
    lines = screen.lines
    lines.category.setCurrentIndex(lines.category.findData("3c.phone"))
    qtbot.keyClicks(lines.brand, "Apple")
    qtbot.keyClicks(lines.model, "iPhone 13 128GB")
    with qtbot.waitSignal(lines.quoted, timeout=20_000):
        qtbot.mouseClick(lines.quote_button, click)
    assert lines.amount.value() is not None and lines.amount.value() < Money.of("1599")
    assert "Median of 3 sales of Apple iPhone 13 128GB grade B in the last 90 days" in (
        lines.quote_reason.text())


def test_a_device_seen_before_needs_a_reason_to_be_taken_in_again(qtbot, screen, store) -> None:  # noqa: F811
    from pos_app.services import items

    earlier = items.receive_item(store.db, store.manager, category="3c.phone",
                                 acquisition="buy_back", brand="Apple", model="iPhone 13",
                                 serial=PHONE, location="Back room").code
    find_person_id = person(store)
    assert find_person_id
    find_person(qtbot, screen, "138")
    checked = add_line(qtbot, screen, category="3c.phone", brand="Apple", model="iPhone 13",
                       serial=PHONE, amount="800")
    assert checked.startswith(f"Seen before: {PHONE} is item {earlier} (Received since ")
    assert ", at Back room)" in checked
    qtbot.mouseClick(screen.payment.buttons["transfer"], click)
    qtbot.keyClicks(screen.payment.reference, "TX-9")
    assert "already in the store's records" in refused(qtbot, screen)

    screen.lines.table.selectRow(0)  # the line back in the form: the check runs again
    qtbot.waitUntil(lambda: screen.lines.allow_reason.isVisible(), timeout=20_000)
    qtbot.keyClicks(screen.lines.allow_reason, "Returned by the same seller after repair")
    done = complete(qtbot, screen)
    assert len(done.duplicates) == 1 and done.duplicates[0].serial == PHONE
