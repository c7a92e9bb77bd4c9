"""The rentals screen over a real store: a lease item rented out to a customer and paid for,
the lists of rentals due and overdue, and a late check-in with a damage fee."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.domain.roles import Permission
from pos_app.services import rentals, shifts
from tests.pos_app.counter_support import cash, customer, item_state, open_drawer, yuan
from tests.pos_app.rental_support import lease_item
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.registry import all_specs
from ui.screens.rentals import RentalsScreen
from ui.screens.rentals.check_in_dialog import CheckInDialog
from ui.screens.rentals.screen import STATUS


@pytest.fixture
def screen(qtbot, store) -> RentalsScreen:  # noqa: F811
    widget = RentalsScreen(session_for(store, store.clerk))
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        show(qtbot, widget, 1300, 700)
    return widget


def test_the_screen_is_registered_for_whoever_rents() -> None:
    spec = next(s for s in all_specs() if s.key == "rentals")
    assert spec.title == "Rentals" and spec.permission == Permission.RENT


def test_renting_out_through_the_screen(qtbot, screen: RentalsScreen, store) -> None:  # noqa: F811
    shift = open_drawer(store, "100")
    code = lease_item(store, rent="50", period_days=1, deposit="500")
    party = customer(store, "李娜")
    panel = screen.rent_out
    with qtbot.waitSignal(panel.quoted, timeout=20_000):
        qtbot.keyClicks(panel.scanner, code)
        qtbot.keyClick(panel.scanner, Qt.Key.Key_Return)
    assert "Sony A7 III" in panel.item.text()
    with qtbot.waitSignal(panel.quoted, timeout=20_000):
        panel.periods.setValue(2)
    assert "CN¥600.00" in panel.terms.text()
    assert panel.tender.amount.value() == yuan("600")
    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as opened:
        qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    picker = opened.args[0]
    qtbot.waitUntil(lambda: picker.results.count() == 1, timeout=20_000)
    picker.choose_current()
    assert panel.customer.id == party
    panel.tender.amount.clear()
    qtbot.keyClicks(panel.tender.amount, "700")
    opened_dialogs: list = []
    screen.dialogOpened.connect(opened_dialogs.append)
    with qtbot.waitSignal(screen.rentedOut, timeout=20_000) as rented:
        qtbot.mouseClick(panel.rent_button, Qt.MouseButton.LeftButton)
    out = rented.args[0]
    assert out.sale.total == yuan("600") and out.sale.change == yuan("100")
    assert "rented out on receipt" in panel.message_text() and "CN¥100.00" in panel.message_text()
    assert item_state(store, code) == ItemState.RENTED_OUT
    assert shifts.drawer_balance(store.db, shift.id) == yuan("700")
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=20_000)
    assert screen.table.item(0, 0).text() == code and screen.table.item(0, 2).text() == "李*"
    qtbot.waitUntil(lambda: bool(opened_dialogs), timeout=20_000)  # the receipt's preview
    receipt = opened_dialogs[0]
    assert receipt.pdf.startswith(b"%PDF") and out.sale.number in receipt.windowTitle()
    receipt.close()


def test_a_late_check_in_with_damage_through_the_screen(
        qtbot, screen: RentalsScreen, store, tmp_path) -> None:  # noqa: F811
    open_drawer(store, "0")
    code = lease_item(store, rent="50", period_days=1, deposit="500")
    start = clock.now() - timedelta(days=4, hours=1)  # two days rented: 2 days and 1 hour late
    with clock.set_to(start):
        rentals.rent_out(store.db, store.clerk, code, customer(store), 2, [cash("600")])
    with qtbot.waitSignal(screen.loaded, timeout=20_000):
        screen.reload()
    assert screen.which.currentData() == "all"  # nothing due today, so everything out is shown
    screen.which.setCurrentIndex(screen.which.findData("overdue"))
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, STATUS).text().startswith("Overdue 2 day")
    assert "0 due today, 1 overdue, 1 out in all" == screen.counts.text()

    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as opened:
        qtbot.keyClicks(screen.scanner, code)
        qtbot.keyClick(screen.scanner, Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert isinstance(dialog, CheckInDialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=20_000)
    assert dialog.sums.text().startswith("3 day")  # "3 days late", once English plurals exist
    assert dialog.sums.text().endswith(" late: late fee CN¥150.00. "
                                       "Deposit to give back: CN¥350.00.")
    with qtbot.waitSignal(dialog.quoted, timeout=20_000):
        qtbot.keyClicks(dialog.damage, "80")
    assert dialog.sums.text().endswith("Deposit to give back: CN¥270.00.")
    dialog.goes_to.setCurrentIndex(dialog.goes_to.findData(ItemState.GRADED))
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Describe the damage" in dialog.message.text()
    qtbot.keyClicks(dialog.notes, "dent on the lens hood")
    dialog.grab().save(str(tmp_path / "check-in.png"))
    with qtbot.waitSignal(screen.checkedIn, timeout=20_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    checked = done.args[0]
    assert checked.refund.total == yuan("270") and checked.rental.notes == "dent on the lens hood"
    assert screen.message_text() == "Sony A7 III checked in. Deposit given back: CN¥270.00."
    assert item_state(store, code) == ItemState.GRADED
    qtbot.waitUntil(lambda: screen.table.rowCount() == 0, timeout=20_000)
    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as slip:
        qtbot.mouseClick(screen.slip_button, Qt.MouseButton.LeftButton)
    assert slip.args[0].pdf.startswith(b"%PDF")
    slip.args[0].close()
