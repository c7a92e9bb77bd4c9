"""The shift screen over a real store: open a shift with its float, pay cash out with a reason,
close with a blind count typed through the dialog, then see the result and the Z report."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from pos_app.domain.money import Money
from pos_app.domain.roles import Permission
from pos_app.models import CashMovement, Shift
from pos_app.services import shifts
from tests.pos_app.counter_support import cash, on_shelf, ring
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.registry import all_specs
from ui.screens.shift import ShiftScreen
from ui.screens.shift.dialogs import BlindCountDialog, CashMoveDialog


@pytest.fixture
def screen(qtbot, store) -> ShiftScreen:  # noqa: F811
    widget = ShiftScreen(session_for(store, store.clerk))
    show(qtbot, widget)
    qtbot.waitUntil(lambda: widget.open_box.isVisible())
    return widget


def _texts(*widgets) -> str:
    return "\n".join(label.text() for w in widgets for label in w.findChildren(QLabel)
                     if label.isVisible())


def _open(qtbot, screen: ShiftScreen, float_text: str = "500") -> None:
    qtbot.keyClicks(screen.opening_float, float_text)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.drawer_box.isVisible() or screen.message.isVisible(),
                    timeout=20_000)
    assert screen.drawer_box.isVisible(), screen.message_text()


def _pay_out(qtbot, screen: ShiftScreen, amount: str, reason: str) -> CashMoveDialog:
    qtbot.mouseClick(screen.paid_out_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CashMoveDialog) and dialog.kind == "paid_out"
    qtbot.keyClicks(dialog.amount, amount)
    qtbot.keyClicks(dialog.reason, reason)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    return dialog


def test_the_screen_is_registered_for_whoever_runs_a_shift() -> None:
    spec = next(s for s in all_specs() if s.key == "shift")
    assert spec.title == "Shift and drawer" and spec.permission == Permission.MANAGE_SHIFT


def test_open_pay_out_and_close_with_a_blind_count(qtbot, screen: ShiftScreen, store) -> None:  # noqa: F811
    assert "No shift is open" in screen.state.text()
    _open(qtbot, screen, "500")
    assert shifts.current_shift(store.db, store.counter_id).opening_float == Money.of("500")
    assert "with a float of CN¥500.00" in screen.state.text()

    ring(store, on_shelf(store, "99"), tenders=[cash("100")])  # ¥99 into the drawer
    with qtbot.waitSignal(screen.cashMoved, timeout=10_000) as moved:
        _pay_out(qtbot, screen, "20.50", "cleaning supplies")
    assert moved.args[0].amount == Money.of("-20.50")
    assert screen.dialog is None and screen.message_text() == "Paid out CN¥20.50: cleaning supplies"
    with store.db.read() as s:
        assert s.execute(select(CashMovement.kind, CashMovement.amount_minor, CashMovement.reference)
                         .where(CashMovement.kind == "paid_out")).all() == [
            ("paid_out", -2050, "cleaning supplies")]

    # more than the drawer holds: refused in the dialog, which stays open
    dialog = _pay_out(qtbot, screen, "10000", "safe drop")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "not enough to pay out ¥10,000.00" in dialog.error.text()
    dialog.reject()

    expected = Money.of("578.50")  # 500 + 99 − 20.50
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, BlindCountDialog), timeout=10_000)
    count = screen.dialog
    qtbot.waitExposed(count)
    # blind: nothing on the screen or in the dialog tells what the drawer should hold
    shown = _texts(screen, count)
    assert expected.format("en_US") not in shown and "Expected" not in shown
    assert [label.text() for label in count.names] == [
        "CN¥100.00", "CN¥50.00", "CN¥20.00", "CN¥10.00", "CN¥5.00", "CN¥1.00", "CN¥0.50",
        "CN¥0.10"]

    # Enter moves from field to field, and from the last to the Close button
    count.spins[0].setFocus()
    qtbot.keyClicks(count.spins[0], "5")
    qtbot.keyClick(count.spins[0], Qt.Key.Key_Return)
    assert count.focusWidget() is count.spins[1] and count.isVisible()
    qtbot.keyClicks(count.spins[1], "1")
    qtbot.keyClick(count.spins[1], Qt.Key.Key_Enter)
    qtbot.keyClicks(count.spins[2], "1")
    qtbot.keyClick(count.spins[2], Qt.Key.Key_Tab)
    for spin, n in zip(count.spins[3:], (0, 1, 2, 1, 0), strict=True):  # 10 5 1 0.5 0.1
        spin.setValue(n)
    qtbot.keyClick(count.spins[-1], Qt.Key.Key_Return)
    assert count.focusWidget() is count.close_button and count.isVisible()
    assert count.total.text() == "Counted: CN¥577.50"
    assert expected.format("en_US") not in _texts(screen, count)

    with qtbot.waitSignal(screen.shiftClosed, timeout=10_000) as closed, \
            qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        qtbot.keyClick(count.close_button, Qt.Key.Key_Return)
    view = closed.args[0]
    assert (view.expected, view.counted, view.over_short) == (
        expected, Money.of("577.50"), Money.of("-1"))
    with store.db.read() as s:
        row = s.get(Shift, view.id)
        assert row.counted_detail["100.00"] == 5 and row.counted_detail["0.50"] == 1
    assert screen.closed_text().splitlines()[1:] == [
        "Expected in the drawer: CN¥578.50", "Counted: CN¥577.50",
        "The drawer is short by CN¥1.00."]
    assert "No shift is open" in screen.state.text() and not screen.drawer_box.isVisible()

    preview = opened.args[0]
    text = PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
    assert "Z report — shift closed" in text and "¥578.50" in text and "-¥1.00" in text
    assert preview.windowTitle() == "Z report"


def test_a_bad_count_is_refused_in_the_dialog_and_the_x_report_opens(
        qtbot, screen: ShiftScreen, store) -> None:  # noqa: F811
    _open(qtbot, screen, "100")
    with qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        qtbot.mouseClick(screen.x_button, Qt.MouseButton.LeftButton)
    assert "X report — shift open" in PdfReader(io.BytesIO(opened.args[0].pdf)).pages[0].extract_text()

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, BlindCountDialog), timeout=10_000)
    count = screen.dialog
    count.notes_and_coins = (Money.of("3"), *count.notes_and_coins[1:])  # a note the store lacks
    qtbot.mouseClick(count.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count.error.isVisible(), timeout=10_000)
    assert "is not one of the notes and coins counted here" in count.error.text()
    assert shifts.current_shift(store.db, store.counter_id) is not None
    count.reject()


def test_the_screen_follows_a_language_switch(qtbot, screen: ShiftScreen, switch_language) -> None:
    _open(qtbot, screen, "0")
    switch_language("zh_CN")
    assert screen.heading.text() and screen.drawer_box.isVisible()
    assert "¥0.00" in screen.state.text()
