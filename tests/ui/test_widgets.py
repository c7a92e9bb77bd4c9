"""The reusable widgets, driven the way a clerk drives them: keys, clicks, a scanner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from pos_app.domain.money import Money
from ui.theme import KIOSK_MIN_TOUCH_PX
from ui.widgets import MoneyEdit, PinPad, ScannerInput

# -- PinPad -----------------------------------------------------------------------------


@pytest.fixture
def pad(qtbot) -> PinPad:
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    pad.setFocus()
    return pad


def test_pin_typed_on_the_keyboard_is_submitted_with_enter(qtbot, pad: PinPad) -> None:
    qtbot.keyClicks(pad, "4711")
    with qtbot.waitSignal(pad.submitted) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert blocker.args == ["4711"]
    assert pad.pin() == ""


def test_pin_pressed_on_the_buttons_is_submitted_with_ok(qtbot, pad: PinPad) -> None:
    for digit in "2580":
        qtbot.mouseClick(pad.digit_button(digit), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.submitted) as blocker:
        qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["2580"]


def test_backspace_key_and_button_remove_the_last_digit(qtbot, pad: PinPad) -> None:
    qtbot.keyClicks(pad, "1234")
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.pin() == "123"
    qtbot.mouseClick(pad.backspace_button, Qt.MouseButton.LeftButton)
    assert pad.pin() == "12"
    qtbot.keyClicks(pad, "9")
    with qtbot.waitSignal(pad.submitted) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Enter)
    assert blocker.args == ["129"]


def test_pin_display_shows_dots_not_digits(qtbot, pad: PinPad) -> None:
    qtbot.keyClicks(pad, "835")
    shown = pad._display.text()
    assert shown == "●●●"
    assert not any(c.isdigit() for c in shown)


def test_letters_are_ignored_and_the_pin_stops_at_twelve_digits(qtbot, pad: PinPad) -> None:
    qtbot.keyClicks(pad, "12ab34")
    assert pad.pin() == "1234"
    qtbot.keyClicks(pad, "5678901234567")
    assert pad.pin() == "123456789012"
    assert len(pad.pin()) == PinPad.MAX_LENGTH


def test_clear_and_escape_empty_the_pin(qtbot, pad: PinPad) -> None:
    qtbot.keyClicks(pad, "99")
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.pin() == ""
    qtbot.keyClicks(pad, "77")
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert pad.pin() == ""


def test_an_empty_pin_is_never_submitted(qtbot, pad: PinPad) -> None:
    with qtbot.assertNotEmitted(pad.submitted):
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert not pad.ok_button.isEnabled()


def test_error_shows_under_the_display_until_the_next_digit(qtbot, pad: PinPad) -> None:
    pad.setError("Wrong user name or PIN.")
    assert pad.errorText() == "Wrong user name or PIN."
    assert pad._error.isVisible()
    qtbot.keyClicks(pad, "1")
    assert pad.errorText() == ""
    assert not pad._error.isVisible()


def test_kiosk_pin_pad_buttons_are_large_touch_targets(qtbot) -> None:
    pad = PinPad(kiosk=True)
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    buttons = pad.findChildren(QPushButton)
    assert len(buttons) == 13
    assert all(b.height() >= KIOSK_MIN_TOUCH_PX for b in buttons)
    assert all(b.width() >= KIOSK_MIN_TOUCH_PX for b in buttons)


# -- MoneyEdit --------------------------------------------------------------------------


@pytest.fixture
def money_edit(qtbot) -> MoneyEdit:
    edit = MoneyEdit(locale="en_US")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "“abc” is not an amount; type it like 1,299.50."),
        ("-5", "“-5” is negative; enter an amount of zero or more."),
        ("1.234", "“1.234” has more decimal places than CNY allows (2)."),
    ],
)
def test_money_edit_rejects_what_is_not_an_amount_and_says_why(
    qtbot, money_edit: MoneyEdit, typed: str, message: str
) -> None:
    qtbot.keyClicks(money_edit, typed)
    assert money_edit.value() is None
    assert money_edit.errorMessage() == message

    qtbot.keyClick(money_edit, Qt.Key.Key_Return)  # leaving the field shows the problem
    assert money_edit.isInvalidShown()
    assert money_edit.property("invalid") is True
    assert money_edit.toolTip() == message


def test_money_edit_accepts_a_grouped_amount(qtbot, money_edit: MoneyEdit) -> None:
    with qtbot.waitSignal(
        money_edit.valueChanged, check_params_cb=lambda v: v == Money(129950, "CNY")
    ):
        qtbot.keyClicks(money_edit, "1,299.50")
    qtbot.keyClick(money_edit, Qt.Key.Key_Return)
    assert money_edit.value() == Money(129950, "CNY")
    assert money_edit.errorMessage() == ""
    assert not money_edit.isInvalidShown()
    assert money_edit.toolTip() == ""


def test_money_edit_clears_the_red_once_the_text_is_fixed(qtbot, money_edit: MoneyEdit) -> None:
    qtbot.keyClicks(money_edit, "12a")
    qtbot.keyClick(money_edit, Qt.Key.Key_Return)
    assert money_edit.isInvalidShown()
    qtbot.keyClick(money_edit, Qt.Key.Key_Backspace)
    assert money_edit.value() == Money(1200, "CNY")
    assert not money_edit.isInvalidShown()
    assert money_edit.property("invalid") is False


def test_money_edit_empty_is_no_value_and_no_error(qtbot, money_edit: MoneyEdit) -> None:
    qtbot.keyClick(money_edit, Qt.Key.Key_Return)
    assert money_edit.value() is None
    assert money_edit.errorMessage() == ""
    assert not money_edit.isInvalidShown()


def test_money_edit_shows_a_value_it_can_read_back(qtbot, money_edit: MoneyEdit) -> None:
    with qtbot.waitSignal(money_edit.valueChanged) as blocker:
        money_edit.setValue(Money(129950, "CNY"))
    assert blocker.args == [Money(129950, "CNY")]
    assert "1,299.50" in money_edit.text()
    assert money_edit.value() == Money(129950, "CNY")
    money_edit.setValue(None)
    assert money_edit.text() == ""
    assert money_edit.value() is None


def test_money_edit_refuses_another_currency(money_edit: MoneyEdit) -> None:
    with pytest.raises(ValueError, match="CNY"):
        money_edit.setValue(Money(100, "EUR"))


def test_money_edit_for_refunds_accepts_negative_amounts(qtbot) -> None:
    edit = MoneyEdit(locale="en_US", allow_negative=True)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "-5")
    assert edit.value() == Money(-500, "CNY")


# -- ScannerInput -----------------------------------------------------------------------


@pytest.fixture
def scanner(qtbot) -> ScannerInput:
    field = ScannerInput()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    return field


def test_scan_ending_in_enter_emits_the_trimmed_code_and_empties(
    qtbot, scanner: ScannerInput
) -> None:
    qtbot.keyClicks(scanner, "  SH01-000123-7 ")
    with qtbot.waitSignal(scanner.scanned) as blocker:
        qtbot.keyClick(scanner, Qt.Key.Key_Return)
    assert blocker.args == ["SH01-000123-7"]
    assert scanner.text() == ""
    qtbot.waitUntil(scanner.hasFocus)


def test_keypad_enter_works_like_return_for_two_scans_in_a_row(
    qtbot, scanner: ScannerInput
) -> None:
    codes = []
    scanner.scanned.connect(codes.append)
    for code in ("4006381333931", "SH01-000124-5"):
        qtbot.keyClicks(scanner, code)
        qtbot.keyClick(scanner, Qt.Key.Key_Enter)
    assert codes == ["4006381333931", "SH01-000124-5"]


def test_enter_on_an_empty_field_emits_nothing(qtbot, scanner: ScannerInput) -> None:
    qtbot.keyClicks(scanner, "   ")
    with qtbot.assertNotEmitted(scanner.scanned):
        qtbot.keyClick(scanner, Qt.Key.Key_Return)
    assert scanner.text() == ""


def test_a_scan_in_a_dialog_does_not_press_its_default_button(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = ScannerInput(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()

    with qtbot.waitSignal(field.scanned):
        qtbot.keyClicks(field, "SH01-000123-7")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
