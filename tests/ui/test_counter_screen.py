"""The counter screen driven as a clerk drives it, over a real store: codes typed into the scan
field with Enter (as a keyboard-wedge scanner does), the keys of the till, the amount typed
where the focus is; the database is checked afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import func, select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.models import Hold, ManagerAuthorisation, Sale, StockLine
from pos_app.models import Tender as TenderRow
from pos_app.services import parties, shifts, stock, vouchers
from tests.pos_app.counter_support import (
    item_state,
    on_shelf,
    open_drawer,
    ring,
    set_settings,
    table_counts,
)
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.counter import CounterScreen
from ui.screens.counter import screen as counter_screen
from ui.screens.counter.amount_dialogs import DiscountDialog, VoucherDialog
from ui.screens.counter.hold_dialogs import HoldDialog, HoldsDialog
from ui.widgets.manager_pin_dialog import ManagerPinDialog
from ui.widgets.pdf_preview import PdfPreviewDialog

WAIT = 30_000


def en(amount: str) -> str:
    return Money.of(amount).format("en_US")


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The receipts the screen sent to the printer, by sale number."""
    numbers: list[str] = []
    monkeypatch.setattr(counter_screen, "print_receipt",
                        lambda parent, session, record, **kw: numbers.append(record.number))
    return numbers


@pytest.fixture
def drawer(store):  # noqa: F811
    return open_drawer(store, "500")


@pytest.fixture
def counter(qtbot, store, drawer, printed) -> CounterScreen:  # noqa: F811
    return counter_screen_for(qtbot, store)


def counter_screen_for(qtbot, store) -> CounterScreen:  # noqa: F811
    widget = CounterScreen(session_for(store, store.clerk))
    with qtbot.waitSignal(widget.ready, timeout=WAIT):
        show(qtbot, widget, 1024, 768)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.scanner, timeout=WAIT)
    return widget


def focused(qtbot):
    """Where the keyboard is (once a closed dialog has handed the window back)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    return QApplication.focusWidget()


def typed(qtbot, text: str) -> None:
    """Keys typed wherever the keyboard focus is, as a clerk types."""
    qtbot.keyClicks(focused(qtbot), text)


def key(qtbot, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(qtbot), which, modifier)


def scan(qtbot, screen: CounterScreen, code: str) -> None:
    """A keyboard-wedge scanner: the code typed into the focused scan field, then Enter."""
    assert focused(qtbot) is screen.scanner
    typed(qtbot, code)
    key(qtbot, Qt.Key.Key_Return)


def settled(qtbot, screen: CounterScreen) -> None:
    qtbot.waitUntil(lambda: not screen.till.busy(), timeout=WAIT)


def codes_in(screen: CounterScreen) -> list[str]:
    return [row.code for row in screen.till.basket.rows()]


def opened(qtbot, screen: CounterScreen, kind: type, trigger) -> object:
    """The dialog of type `kind` that `trigger()` makes the screen open."""
    with qtbot.waitSignal(screen.dialogOpened, timeout=WAIT,
                          check_params_cb=lambda d: isinstance(d, kind)) as shown:
        trigger()
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    return dialog


def sales_count(store) -> int:  # noqa: F811
    with store.db.read() as s:
        return s.scalar(select(func.count()).select_from(Sale))


# -- selling ----------------------------------------------------------------------------------


def test_three_scans_f12_the_amount_and_enter_make_a_cash_sale(qtbot, counter, store, drawer,  # noqa: F811
                                                              printed) -> None:
    codes = [on_shelf(store, "1289"), on_shelf(store, "99"), on_shelf(store, "12")]
    for code in codes:
        scan(qtbot, counter, code)
    key(qtbot, Qt.Key.Key_F12)  # at once: the scans may still be on their way
    assert counter.stack.currentWidget() is counter.payment
    assert QApplication.focusWidget() is counter.payment.amount
    qtbot.waitUntil(lambda: counter.payment.amount.text() == en("1400"), timeout=WAIT)
    assert counter.payment.amount.selectedText() == en("1400")  # typing replaces it
    typed(qtbot, "1500")
    with qtbot.waitSignal(counter.completed, timeout=WAIT) as done:
        key(qtbot, Qt.Key.Key_Return)
    record = done.args[0]

    assert [line.code for line in record.lines] == codes
    assert record.total == Money.of("1400") and record.change == Money.of("100")
    assert all(item_state(store, code) == ItemState.SOLD for code in codes)
    assert shifts.drawer_balance(store.db, drawer.id) == Money.of("1900")
    assert counter.done.change_text() == en("100")
    assert counter.done.isVisible() and record.number in counter.done.heading.text()
    assert printed == [record.number]
    assert codes_in(counter) == [] and QApplication.focusWidget() is counter.scanner


def test_with_no_printer_set_up_the_receipt_opens_in_the_preview(qtbot, store, drawer) -> None:  # noqa: F811
    screen = counter_screen_for(qtbot, store)
    scan(qtbot, screen, on_shelf(store, "99"))
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: screen.payment.amount.text() == en("99"), timeout=WAIT)
    with qtbot.waitSignal(screen.completed, timeout=WAIT) as done:
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in screen.findChildren(PdfPreviewDialog)),
                    timeout=WAIT)
    [preview] = [d for d in screen.findChildren(PdfPreviewDialog) if d.isVisible()]
    assert preview.windowTitle() == f"Receipt {done.args[0].number}"
    preview.reject()


def test_a_split_tender_card_with_its_reference_then_cash(qtbot, counter, store, drawer) -> None:  # noqa: F811
    scan(qtbot, counter, on_shelf(store, "1000"))
    settled(qtbot, counter)
    key(qtbot, Qt.Key.Key_F12)
    key(qtbot, Qt.Key.Key_F7)  # bank card
    assert counter.payment.kind == "card"
    typed(qtbot, "800")
    key(qtbot, Qt.Key.Key_Return)  # no reference yet: the reference field is next
    assert QApplication.focusWidget() is counter.payment.reference
    typed(qtbot, "T-778812")
    key(qtbot, Qt.Key.Key_Return)
    assert counter.payment.kind == "cash" and counter.payment.remaining.text() == en("200")
    assert counter.payment.amount.text() == en("200")
    typed(qtbot, "250")
    with qtbot.waitSignal(counter.completed, timeout=WAIT) as done:
        key(qtbot, Qt.Key.Key_Return)
    record = done.args[0]
    with store.db.read() as s:
        rows = s.execute(select(TenderRow.kind, TenderRow.amount_minor, TenderRow.reference)
                         .where(TenderRow.sale_id == record.id).order_by(TenderRow.id)).all()
    assert [tuple(r) for r in rows] == [("card", 80000, "T-778812"), ("cash", 25000, ""),
                                        ("cash", -5000, "change")]
    assert shifts.drawer_balance(store.db, drawer.id) == Money.of("700")
    assert counter.done.change_text() == en("50")


def test_a_cash_sale_is_rounded_as_the_store_says(qtbot, store, drawer, printed) -> None:  # noqa: F811
    set_settings(store, cash_rounding="1.00")
    screen = counter_screen_for(qtbot, store)
    scan(qtbot, screen, on_shelf(store, "12.40"))
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: screen.payment.amount.text() == en("12"), timeout=WAIT)
    assert screen.payment.due.text() == en("12") and screen.totals.total_text() == en("12.40")
    typed(qtbot, "20")
    with qtbot.waitSignal(screen.completed, timeout=WAIT) as done:
        key(qtbot, Qt.Key.Key_Return)
    record = done.args[0]
    assert (record.total, record.rounding, record.change) == (
        Money.of("12"), Money.of("-0.40"), Money.of("8"))
    assert screen.done.change_text() == en("8")


def test_a_card_payment_without_its_reference_is_refused(qtbot, counter, store) -> None:  # noqa: F811
    scan(qtbot, counter, on_shelf(store, "300"))
    settled(qtbot, counter)
    key(qtbot, Qt.Key.Key_F12)
    key(qtbot, Qt.Key.Key_F8)  # WeChat Pay / Alipay
    counter.payment.add_payment()
    assert "transaction number" in counter.payment.error_text()
    assert counter.payment.tenders == [] and sales_count(store) == 0
    key(qtbot, Qt.Key.Key_Escape)
    assert counter.stack.currentWidget() is counter.actions_page
    assert QApplication.focusWidget() is counter.scanner and len(codes_in(counter)) == 1


def test_a_discount_past_the_limit_needs_a_managers_pin(qtbot, counter, store) -> None:  # noqa: F811
    code = on_shelf(store, "1000")
    scan(qtbot, counter, code)
    settled(qtbot, counter)
    dialog = opened(qtbot, counter, DiscountDialog, lambda: key(
        qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier))
    assert "10%" in dialog.hint.text()  # the clerk's limit
    typed(qtbot, "25")
    key(qtbot, Qt.Key.Key_Return)
    settled(qtbot, counter)
    assert counter.totals.total_text() == en("750")
    assert "manager" in counter.totals.manager_note.text()

    before = table_counts(store)
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counter.payment.amount.text() == en("750"), timeout=WAIT)
    pin = opened(qtbot, counter, ManagerPinDialog, lambda: key(qtbot, Qt.Key.Key_Return))
    assert "more than 10%" in pin.reason.text()
    qtbot.keyClicks(pin.username, "manager")
    qtbot.keyClicks(pin.pin, "9999")
    pin.accept()
    qtbot.waitUntil(lambda: pin.error_text().startswith("Wrong user name or PIN"), timeout=WAIT)
    assert table_counts(store) == before and item_state(store, code) == ItemState.ON_SHELF
    pin.reject()  # the clerk gives up: the refusal is shown, nothing is sold
    qtbot.waitUntil(lambda: "needs a manager" in counter.payment.error_text(), timeout=WAIT)
    assert table_counts(store) == before and counter.payment.tenders == []

    pin = opened(qtbot, counter, ManagerPinDialog, lambda: counter.payment.add_payment())
    qtbot.keyClicks(pin.username, "manager")
    qtbot.keyClicks(pin.pin, store.pins["manager"])
    with qtbot.waitSignal(counter.completed, timeout=WAIT) as done:
        pin.accept()
    record = done.args[0]
    assert record.total == Money.of("750") and record.discounts == Money.of("250")
    with store.db.read() as s:
        authorisation = s.scalar(select(Sale.discount_authorisation_id)
                                 .where(Sale.id == record.id))
        manager = s.scalar(select(ManagerAuthorisation.manager_id)
                           .where(ManagerAuthorisation.id == authorisation))
    assert manager == store.manager.user_id


def test_a_sold_item_or_one_in_the_sale_already_is_refused(qtbot, counter, store) -> None:  # noqa: F811
    sold = on_shelf(store, "500")
    receipt = ring(store, sold)
    kept = on_shelf(store, "80")
    scan(qtbot, counter, kept)
    settled(qtbot, counter)
    with qtbot.waitSignal(counter.failed, timeout=WAIT) as refused:
        scan(qtbot, counter, sold)
    assert f"Item {sold} was already sold (receipt {receipt.number})" in refused.args[0]
    assert counter.message.property("role") == "error" and counter.message.isVisible()
    with qtbot.waitSignal(counter.failed, timeout=WAIT) as twice:
        scan(qtbot, counter, kept.lower())  # the same item typed by hand
    assert twice.args[0] == f"Item {kept} is already in this sale."
    settled(qtbot, counter)
    assert codes_in(counter) == [kept] and counter.totals.total_text() == en("80")


def test_a_stock_line_takes_a_quantity(qtbot, counter, store) -> None:  # noqa: F811
    stock.add_stock_line(store.db, store.admin, sku="CHG-20W", name="USB-C charger 20W",
                         category="3c.phone", price=Money.of("59"), quantity=5)
    scan(qtbot, counter, "CHG-20W")
    scan(qtbot, counter, "CHG-20W")  # once more: one more
    settled(qtbot, counter)
    assert [(r.code, r.quantity) for r in counter.till.basket.rows()] == [("CHG-20W", 2)]
    dialog = opened(qtbot, counter, QInputDialog, lambda: key(qtbot, Qt.Key.Key_F4))
    dialog.setIntValue(4)
    dialog.accept()
    settled(qtbot, counter)
    assert counter.till.basket.rows()[0].quantity == 4
    with qtbot.waitSignal(counter.failed, timeout=WAIT) as refused:
        scan(qtbot, counter, "9*CHG-20W")
    assert refused.args[0] == "USB-C charger 20W (CHG-20W) is out of stock; only 5 left."
    settled(qtbot, counter)
    assert counter.till.basket.rows()[0].quantity == 4
    assert counter.totals.total_text() == en("236")
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counter.payment.amount.text() == en("236"), timeout=WAIT)
    with qtbot.waitSignal(counter.completed, timeout=WAIT):
        key(qtbot, Qt.Key.Key_Return)
    with store.db.read() as s:
        assert s.scalar(select(StockLine.quantity).where(StockLine.sku == "CHG-20W")) == 1


def test_an_item_found_by_search_is_added_like_a_scan(qtbot, counter, store) -> None:  # noqa: F811
    code = on_shelf(store, "450", brand="Sony", model="WH-1000XM4")
    key(qtbot, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is counter.search.field
    with qtbot.waitSignal(counter.search.searched, timeout=WAIT):
        typed(qtbot, "WH-1000")
        key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Down)  # into the results
    assert QApplication.focusWidget() is counter.search.results
    key(qtbot, Qt.Key.Key_Return)
    settled(qtbot, counter)
    assert codes_in(counter) == [code] and QApplication.focusWidget() is counter.scanner


def test_an_item_put_on_hold_is_refused_then_sold_to_its_customer(qtbot, counter, store) -> None:  # noqa: F811
    code = on_shelf(store, "300")
    scan(qtbot, counter, code)
    settled(qtbot, counter)
    dialog = opened(qtbot, counter, HoldDialog, lambda: key(
        qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier))
    qtbot.keyClicks(dialog.name, "Liu Yang")
    qtbot.keyClicks(dialog.phone, "13900001111")
    dialog.submit()
    qtbot.waitUntil(lambda: codes_in(counter) == [], timeout=WAIT)
    assert counter.message_text().startswith(f"{code} is held for Liu Yang until ")

    with qtbot.waitSignal(counter.failed, timeout=WAIT) as refused:
        scan(qtbot, counter, code)
    assert refused.args[0].startswith(f"Item {code} is on hold for Liu Yang until")

    holds_list = opened(qtbot, counter, HoldsDialog, lambda: key(
        qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    qtbot.waitUntil(lambda: len(holds_list.holds) == 1, timeout=WAIT)
    holds_list.sell()
    settled(qtbot, counter)
    assert codes_in(counter) == [code]
    assert "held for Liu Yang" in counter.till.basket.data(counter.till.basket.index(0, 1))
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counter.payment.amount.text() == en("300"), timeout=WAIT)
    with qtbot.waitSignal(counter.completed, timeout=WAIT) as done:
        key(qtbot, Qt.Key.Key_Return)
    with store.db.read() as s:
        assert s.execute(select(Hold.status, Hold.sale_id)).one() == ("sold", done.args[0].id)


def test_a_gift_voucher_is_sold_through_the_payment_panel(qtbot, counter, store) -> None:  # noqa: F811
    dialog = opened(qtbot, counter, VoucherDialog, lambda: key(
        qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier))
    qtbot.keyClicks(dialog.amount, "200")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert counter.stack.currentWidget() is counter.payment
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.payment.amount, timeout=WAIT)
    assert counter.payment.amount.text() == en("200")
    with qtbot.waitSignal(counter.completed, timeout=WAIT):
        key(qtbot, Qt.Key.Key_Return)
    code = counter.done.voucher_code
    assert code.startswith("GV") and code in counter.done.voucher.text()
    assert vouchers.voucher(store.db, store.clerk, code).balance == Money.of("200")


def test_store_credit_needs_the_customer_chosen_with_f6(qtbot, counter, store) -> None:  # noqa: F811
    party = parties.add_party(store.db, store.clerk, "Zhang Wei", phone="13900002222")
    scan(qtbot, counter, on_shelf(store, "100"))
    settled(qtbot, counter)
    key(qtbot, Qt.Key.Key_F12)
    picker = opened(qtbot, counter, counter_screen.CustomerPicker, lambda: key(qtbot, Qt.Key.Key_F9))
    assert "choose them with F6" in counter.payment.error_text()
    qtbot.waitUntil(lambda: picker.results.count() == 1, timeout=WAIT)
    picker.choose_current()
    assert counter.till.customer.id == party.id
    qtbot.waitUntil(lambda: "store credit" in counter.customer_label.text(), timeout=WAIT)
    key(qtbot, Qt.Key.Key_F9)
    assert counter.payment.kind == "credit"
    with qtbot.waitSignal(counter.failed, timeout=WAIT) as refused:
        key(qtbot, Qt.Key.Key_Return)  # no credit on the account: refused, nothing sold
    assert refused.args[0] and sales_count(store) == 0


def test_twenty_scans_typed_without_waiting_land_in_order(qtbot, counter, store) -> None:  # noqa: F811
    codes = [on_shelf(store, str(10 + n)) for n in range(20)]
    for code in codes:
        scan(qtbot, counter, code)
    settled(qtbot, counter)
    assert codes_in(counter) == codes
    assert counter.totals.total_text() == en(str(sum(10 + n for n in range(20))))


def test_clear_and_delete_take_lines_off(qtbot, counter, store) -> None:  # noqa: F811
    first, second = on_shelf(store, "10"), on_shelf(store, "20")
    scan(qtbot, counter, first)
    scan(qtbot, counter, second)
    settled(qtbot, counter)
    key(qtbot, Qt.Key.Key_Up)  # the first line
    key(qtbot, Qt.Key.Key_Delete)
    settled(qtbot, counter)
    assert codes_in(counter) == [second]
    box = opened(qtbot, counter, counter_screen.QMessageBox, lambda: key(
        qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
    box.button(counter_screen.QMessageBox.StandardButton.Yes).click()
    settled(qtbot, counter)
    assert codes_in(counter) == [] and counter.totals.total_text() == en("0")


# -- languages --------------------------------------------------------------------------------


def render(qtbot, counter: CounterScreen, store, folder: Path) -> list[Path]:  # noqa: F811
    """The screen with a basket, then with the payment half taken, as PNGs in `folder`."""
    for code in (on_shelf(store, "1289", brand="Apple 苹果", model="iPhone 13 128GB"),
                 on_shelf(store, "99", brand="Anker", model="PowerCore 10000")):
        scan(qtbot, counter, code)
    settled(qtbot, counter)
    paths = [folder / "basket.png", folder / "payment.png"]
    QApplication.processEvents()  # the layout follows before the picture is taken
    assert counter.grab().save(str(paths[0]))
    key(qtbot, Qt.Key.Key_F12)
    key(qtbot, Qt.Key.Key_F7)
    typed(qtbot, "1000")
    key(qtbot, Qt.Key.Key_Return)
    typed(qtbot, "T-1")
    key(qtbot, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert counter.grab().save(str(paths[1]))
    return paths


def test_the_screen_renders_in_english(qtbot, counter, store, tmp_path) -> None:  # noqa: F811
    assert all(p.stat().st_size for p in render(qtbot, counter, store, tmp_path))
    assert counter.buttons[counter.pay_action].text() == "Pay  (F12)"


def test_the_screen_follows_a_switch_to_chinese(qtbot, counter, store, switch_language,  # noqa: F811
                                               tmp_path) -> None:
    assert switch_language("zh_CN")
    assert counter.scanner.placeholderText() == "扫描或输入编码，然后按回车键"
    assert all(p.stat().st_size for p in render(qtbot, counter, store, tmp_path))
    assert counter.totals.total_text() == Money.of("1388").format("zh_CN")
    assert counter.payment.remaining.text() == Money.of("388").format("zh_CN")
