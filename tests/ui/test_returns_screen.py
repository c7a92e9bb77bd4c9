"""The returns screen over a real store: a receipt scanned by its QR code, lines ticked and
returned, a manager's PIN past the window, a void of a sale of this shift, the refund slip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.domain.roles import Permission
from pos_app.domain.sale import Tender
from pos_app.services import shifts
from tests.pos_app.counter_support import (
    cash,
    consigned_on_shelf,
    item_state,
    on_shelf,
    open_drawer,
    ring,
    yuan,
)
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.registry import all_specs
from ui.screens.returns import ReturnsScreen
from ui.screens.returns.lines_table import CODE
from ui.widgets.manager_pin_dialog import ManagerPinDialog


@pytest.fixture
def screen(qtbot, store) -> ReturnsScreen:  # noqa: F811
    widget = ReturnsScreen(session_for(store, store.clerk))
    show(qtbot, widget)
    return widget


def _scan(qtbot, screen: ReturnsScreen, text: str) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=20_000):
        qtbot.keyClicks(screen.scanner, text)
        qtbot.keyClick(screen.scanner, Qt.Key.Key_Return)


def _tick(qtbot, screen: ReturnsScreen, row: int, goes_to: str = "stock") -> None:
    with qtbot.waitSignal(screen.quoted, timeout=20_000):
        box = screen.table.goes_to_box(row)
        box.setCurrentIndex(box.findData(goes_to))
        screen.table.set_checked(row)


def test_the_screen_is_registered_for_whoever_sells() -> None:
    spec = next(s for s in all_specs() if s.key == "returns")
    assert spec.title == "Returns" and spec.permission == Permission.SELL


def test_a_return_through_the_screen_gives_the_money_back_and_shelves_the_item(
        qtbot, screen: ReturnsScreen, store, tmp_path) -> None:  # noqa: F811
    shift = open_drawer(store, "100")
    a, b = on_shelf(store, "600"), on_shelf(store, "400")
    sale = ring(store, a, b, tenders=[Tender("card", yuan("700"), "T-5521"), cash("300")])
    _scan(qtbot, screen, sale.qr)
    assert screen.table.rowCount() == 2 and sale.number in screen.heading.text()
    assert "Returnable until" in screen.window_note.text()
    assert screen.void_button.isVisible()  # rung up in this shift
    assert not screen.return_button.isEnabled()
    _tick(qtbot, screen, 1)
    assert screen.amount.text() == "To give back: CN¥400.00"
    qtbot.keyClicks(screen.reason, "wrong colour")
    with qtbot.waitSignal(screen.refunded, timeout=20_000) as done:
        qtbot.mouseClick(screen.return_button, Qt.MouseButton.LeftButton)
    refund = done.args[0]
    assert [(t.kind, t.amount, t.reference) for t in refund.tenders] == [
        ("card", yuan("400"), "T-5521")]
    assert screen.message_text() == (f"Refund {refund.number}: CN¥400.00 given back. "
                                     "Bank card CN¥400.00 (T-5521)")
    assert item_state(store, b) == ItemState.ON_SHELF and item_state(store, a) == ItemState.SOLD
    assert shifts.drawer_balance(store.db, shift.id) == yuan("400")
    qtbot.waitUntil(lambda: screen.table.item(1, 3).text() == "1", timeout=20_000)
    assert not screen.table.item(1, CODE).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Given back so far: CN¥400.00" in screen.window_note.text()

    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as opened:
        qtbot.mouseClick(screen.slip_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert preview.pdf.startswith(b"%PDF")
    screen.grab().save(str(tmp_path / "returns.png"))
    preview.close()


def test_past_the_window_the_manager_types_a_pin_in_the_dialog(
        qtbot, screen: ReturnsScreen, store) -> None:  # noqa: F811
    with clock.set_to(clock.now() - timedelta(days=30)):
        open_drawer(store)
        code, _party = consigned_on_shelf(store, "1000")
        sale = ring(store, code)
    _scan(qtbot, screen, sale.number)
    assert "manager must authorise" in screen.window_note.text()
    _tick(qtbot, screen, 0, "reinspect")
    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as asked:
        qtbot.mouseClick(screen.return_button, Qt.MouseButton.LeftButton)
    dialog = asked.args[0]
    assert isinstance(dialog, ManagerPinDialog) and "return window" not in dialog.reason.text()
    assert "could be returned until" in dialog.reason.text()
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, store.pins["manager"])
    with qtbot.waitSignal(screen.refunded, timeout=20_000) as done:
        dialog.accept()
    assert done.args[0].authorised_by == "Manager 测试"
    assert item_state(store, code) == ItemState.RETURNED


def test_a_void_through_the_screen_with_the_managers_pin(
        qtbot, screen: ReturnsScreen, store) -> None:  # noqa: F811
    shift = open_drawer(store, "200")
    code = on_shelf(store, "350")
    sale = ring(store, code, tenders=[cash("400")])
    _scan(qtbot, screen, sale.number)
    qtbot.mouseClick(screen.void_button, Qt.MouseButton.LeftButton)
    assert "reason" in screen.message_text() and screen.confirm is None
    qtbot.keyClicks(screen.reason, "rung up twice")
    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as confirm:
        qtbot.mouseClick(screen.void_button, Qt.MouseButton.LeftButton)
    assert "CN¥350.00" in confirm.args[0].text()
    with qtbot.waitSignal(screen.dialogOpened, timeout=20_000) as asked:
        screen.confirm.button(QMessageBox.StandardButton.Yes).click()
    dialog = asked.args[0]
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, store.pins["manager"])
    with qtbot.waitSignal(screen.refunded, timeout=20_000) as done:
        dialog.accept()
    assert done.args[0].kind == "void"
    assert screen.message_text().startswith(f"Sale {sale.number} voided: CN¥350.00 given back.")
    assert item_state(store, code) == ItemState.ON_SHELF
    assert shifts.drawer_balance(store.db, shift.id) == yuan("200")
    qtbot.waitUntil(lambda: "voided" in screen.window_note.text(), timeout=20_000)
    assert not screen.void_button.isVisible() and not screen.return_button.isEnabled()


def test_an_unknown_receipt_is_refused_on_the_screen(
        qtbot, screen: ReturnsScreen, store) -> None:  # noqa: F811
    with qtbot.waitSignal(screen.failed, timeout=20_000):
        qtbot.keyClicks(screen.scanner, "NOPE-1-1")
        qtbot.keyClick(screen.scanner, Qt.Key.Key_Return)
    assert "No sale has the receipt number NOPE-1-1" in screen.message_text()
