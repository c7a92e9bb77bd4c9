"""The consignors screen and the store-credit screen over a real store: a payout made through
the dialog changes the balance shown and the drawer, a statement opens in the preview, an
expired contract is settled with one button, and ledgers are looked up."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pos_app.domain.item_states import ItemState
from pos_app.services import consignors, credit, shifts, vouchers
from tests.pos_app.consignor_support import consignment
from tests.pos_app.counter_support import cash, customer, item_state, open_drawer, ring, yuan
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.accounts import AccountsScreen
from ui.screens.consignors import ConsignorsScreen
from ui.screens.consignors.common import cell_texts, money
from ui.screens.consignors.screen import OWED


def _screen(qtbot, store) -> ConsignorsScreen:  # noqa: F811
    widget = ConsignorsScreen(session_for(store, store.manager))
    show(qtbot, widget)
    return widget


def _choose_first(qtbot, screen: ConsignorsScreen) -> None:
    qtbot.waitUntil(lambda: screen.list.rowCount() >= 1, timeout=10_000)
    with qtbot.waitSignal(screen.account.loaded, timeout=10_000):
        screen.list.selectRow(0)


def test_a_cash_payout_through_the_screen_changes_the_balance(qtbot, store) -> None:  # noqa: F811
    open_drawer(store, "500")
    party, _, (code, _kept) = consignment(store, ("1000", "300"))
    ring(store, code)
    screen = _screen(qtbot, store)
    _choose_first(qtbot, screen)
    assert "¥600.00" in screen.account.owed.text()
    assert screen.account.tabs.tabText(0) == "In the store (1)"

    qtbot.mouseClick(screen.account.pay_button, Qt.MouseButton.LeftButton)
    dialog = screen.account.dialog
    assert dialog.amount.value() == yuan("600")
    assert dialog.method.currentData() == "cash"
    assert not dialog.credit_note.isVisible()
    dialog.method.setCurrentIndex(dialog.method.findData("credit"))
    assert dialog.credit_note.isVisible() and dialog.bonus.isVisible()
    dialog.method.setCurrentIndex(dialog.method.findData("cash"))
    dialog.amount.setText("200")
    with qtbot.waitSignal(screen.account.paidOut, timeout=10_000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: "¥400.00" in screen.account.owed.text(), timeout=10_000)
    qtbot.waitUntil(lambda: cell_texts(screen.list, OWED) == [money(yuan("400"))], timeout=10_000)
    assert screen.account.tabs.tabText(3) == "Payouts (1)"
    assert consignors.account(store.db, store.manager, party).owed == yuan("400")
    shift = shifts.current_shift(store.db, store.counter_id)
    assert shifts.drawer_balance(store.db, shift.id) == yuan("1300")


def test_a_refused_payout_stays_in_the_dialog(qtbot, store) -> None:  # noqa: F811
    open_drawer(store, "500")
    party, _, (code,) = consignment(store, ("1000",))
    ring(store, code)
    screen = _screen(qtbot, store)
    _choose_first(qtbot, screen)
    qtbot.mouseClick(screen.account.pay_button, Qt.MouseButton.LeftButton)
    dialog = screen.account.dialog
    dialog.method.setCurrentIndex(dialog.method.findData("transfer"))
    dialog.ok_button.click()  # no reference
    qtbot.waitUntil(lambda: "reference" in dialog.error_message(), timeout=10_000)
    assert dialog.isVisible()
    assert consignors.account(store.db, store.manager, party).owed == yuan("600")
    dialog.reject()


def test_the_statement_opens_in_the_preview(qtbot, store) -> None:  # noqa: F811
    open_drawer(store)
    _, _, (code,) = consignment(store, ("1000",))
    ring(store, code)
    screen = _screen(qtbot, store)
    _choose_first(qtbot, screen)
    qtbot.mouseClick(screen.account.statement_button, Qt.MouseButton.LeftButton)
    dialog = screen.account.dialog
    with qtbot.waitSignal(screen.account.previewOpened, timeout=20_000) as opened:
        dialog.ok_button.click()
    preview = opened.args[0]
    text = PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
    assert "Consignor statement" in text and "¥600.00" in text and code in text
    preview.close()


def test_an_expired_contract_is_settled_from_its_tab(qtbot, store) -> None:  # noqa: F811
    _, contract, codes = consignment(store, ("100", "200"), expires_in=-2, at_expiry="donate")
    consignment(store, ("50",), expires_in=40)  # not due
    screen = _screen(qtbot, store)
    screen.tabs.setCurrentIndex(1)
    panel = screen.expiring
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.table.item(0, 5).text() == "Donate"
    assert panel.table.item(0, 3).text().startswith("ended 2 day")  # plural from the .ts
    assert not panel.act_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.act_button.text().startswith("Donate 2 item")
    qtbot.mouseClick(panel.act_button, Qt.MouseButton.LeftButton)
    assert panel.confirm is not None
    with qtbot.waitSignal(panel.settled, timeout=10_000) as done:
        panel.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert done.args[0].settled
    assert [item_state(store, c) for c in codes] == [ItemState.DONATED] * 2
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=10_000)
    assert "The contract is settled." in panel.message.text()
    assert consignors.expiring_contracts(store.db, store.manager) == []
    assert contract


def test_store_credit_and_vouchers_are_looked_up(qtbot, store) -> None:  # noqa: F811
    party = customer(store, "李娜")
    with store.db.write() as s:
        credit.add_credit(s, store.manager, party, yuan("80"), "buy-back in credit", "IN-7")
    open_drawer(store)
    code, _ = vouchers.sell_voucher(store.db, store.clerk, yuan("100"), [cash("100")])
    screen = AccountsScreen(session_for(store, store.manager))
    show(qtbot, screen)
    tab = screen.credit
    qtbot.waitUntil(lambda: tab.list.rowCount() >= 1, timeout=10_000)
    with qtbot.waitSignal(tab.ledgerLoaded, timeout=10_000):
        tab.list.selectRow(0)
    assert "¥80.00" in tab.heading.text()
    assert cell_texts(tab.ledger, 3) == ["buy-back in credit"]

    qtbot.mouseClick(tab.adjust_button, Qt.MouseButton.LeftButton)
    amount, reason = tab.dialog.fields
    amount.setText("-30")
    reason.setText("counted twice")
    with qtbot.waitSignal(tab.ledgerLoaded, timeout=10_000):
        tab.dialog.ok_button.click()
    assert "¥50.00" in tab.heading.text()
    assert credit.balance(store.db, party) == yuan("50")

    screen.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(screen.vouchers.looked, timeout=10_000):
        qtbot.keyClicks(screen.vouchers.code, code)
        qtbot.keyClick(screen.vouchers.code, Qt.Key.Key_Return)
    assert "¥100.00" in screen.vouchers.heading.text()
    assert cell_texts(screen.vouchers.ledger, 2) == ["Issued"]


def test_a_clerk_looks_up_credit_but_cannot_change_it(qtbot, store) -> None:  # noqa: F811
    screen = AccountsScreen(session_for(store, store.clerk))
    show(qtbot, screen)
    assert not screen.credit.adjust_button.isVisible()
    screen.tabs.setCurrentIndex(1)
    qtbot.keyClicks(screen.vouchers.code, "GVNOPE")
    qtbot.keyClick(screen.vouchers.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "GVNOPE" in screen.vouchers.message.text(), timeout=10_000)
