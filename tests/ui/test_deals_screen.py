"""The deals and lots screen over a real store: a matchmaking deal closed and its fee taken,
and a lot sold by a clerk with a manager's PIN, each checked in the database afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from pos_app.domain.item_states import ItemState
from pos_app.models import Listing, Sale
from pos_app.services import shifts
from tests.pos_app.counter_support import item_state, on_shelf, open_drawer, ring, yuan
from tests.pos_app.deals_support import for_parts, listing, recycler
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui import i18n
from ui.screens.deals import DealsScreen


@pytest.fixture
def screen(qtbot, store) -> DealsScreen:  # noqa: F811
    widget = DealsScreen(session_for(store, store.clerk))
    show(qtbot, widget)
    return widget


def shown(amount: str) -> str:
    """An amount as the screen shows it in the current language."""
    return yuan(amount).format(i18n.current_locale_name())


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_deal_is_closed_through_the_screen(qtbot, store) -> None:  # noqa: F811
    shift = open_drawer(store, "500")
    listing_id, code, _ = listing(store, commission="5")
    screen = DealsScreen(session_for(store, store.clerk))
    show(qtbot, screen)
    tab = screen.matchmaking
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 0).text() == code and tab.table.item(0, 5).text() == "5% of the price"
    with qtbot.waitSignal(tab.dialogOpened) as opened:
        _click(qtbot, tab.deal_button)
    dialog = opened.args[0]
    qtbot.keyClicks(dialog.price, "3500")
    assert dialog.fee.text() == shown("175.00")  # 5% of 3,500, shown before anything is written
    assert dialog.tender.amount.value() == yuan("175")
    dialog.tender.amount.selectAll()
    qtbot.keyClicks(dialog.tender.amount, "200")
    with qtbot.waitSignal(tab.dealClosed, timeout=10_000) as closed:
        _click(qtbot, dialog.ok_button)
    deal = closed.args[0]
    assert deal.fee == yuan("175") and deal.receipt.change == yuan("25")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    assert f"fee {shown('175')} taken" in tab.message.text()
    assert item_state(store, code) == ItemState.PAID_OUT
    assert shifts.drawer_balance(store.db, shift.id) == yuan("675")
    with store.db.read() as s:
        row = s.get(Listing, listing_id)
        assert (row.status, row.deal_price_minor) == ("closed", 350000)
        assert s.get(Sale, row.deal_sale_id).kind == "deal"


def test_a_bad_deal_price_is_refused_in_the_dialog(qtbot, store) -> None:  # noqa: F811
    open_drawer(store)
    listing(store, fee="20")
    screen = DealsScreen(session_for(store, store.clerk))
    show(qtbot, screen)
    tab = screen.matchmaking
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.close_deal()
    dialog = tab.dialog
    assert not dialog.ok_button.isEnabled()  # no price yet
    qtbot.keyClicks(dialog.price, "3500")
    assert dialog.fee.text() == shown("20.00")
    dialog.tender.set_kind("card")
    _click(qtbot, dialog.ok_button)
    assert "reference number" in dialog.error.text()  # a card payment needs its reference
    with store.db.read() as s:
        assert s.scalar(select(Listing.status)) == "listed"


def test_a_lot_is_sold_by_a_clerk_with_a_managers_pin(qtbot, store) -> None:  # noqa: F811
    shift = open_drawer(store, "500")
    first, second = for_parts(store, model="iPhone 6"), for_parts(store, model="iPhone 7")
    third = for_parts(store, model="iPhone 8", price="90")
    buyer = recycler(store)
    screen = DealsScreen(session_for(store, store.clerk))
    show(qtbot, screen)
    screen.tabs.setCurrentWidget(screen.lots)
    tab = screen.lots
    qtbot.waitUntil(lambda: tab.candidate_table.rowCount() == 3)
    tab.candidate_table.selectRow(0)
    _click(qtbot, tab.add_button)
    with qtbot.waitSignal(tab.added, timeout=10_000):
        qtbot.keyClicks(tab.scanner, second)
        qtbot.keyClick(tab.scanner, Qt.Key.Key_Return)
    with qtbot.waitSignal(tab.added, timeout=10_000):
        qtbot.keyClicks(tab.scanner, third)
        qtbot.keyClick(tab.scanner, Qt.Key.Key_Return)
    assert [i.code for i in tab.lot] == [first, second, third]
    qtbot.keyClicks(tab.total, "100")
    assert [tab.lot_table.item(r, 6).text() for r in range(3)] == [
        shown("33.34"), shown("33.33"), shown("33.33")]
    qtbot.waitUntil(lambda: tab.buyer.results.count() >= 1)
    tab.buyer.choose(tab.buyer.results.item(0).data(Qt.ItemDataRole.UserRole))
    assert tab.buyer.party.id == buyer and tab.sell_button.isEnabled()
    tab.tender.set_kind("transfer")
    tab.tender.reference.setText("BANK-7781")
    with qtbot.waitSignal(tab.pinAsked, timeout=10_000) as asked:
        _click(qtbot, tab.sell_button)
    pin = asked.args[0]
    assert all(item_state(store, c) != ItemState.LOTTED_OUT for c in (first, second, third))
    qtbot.keyClicks(pin.username, "manager")
    qtbot.keyClicks(pin.pin, store.pins["manager"])
    with qtbot.waitSignal(tab.sold, timeout=10_000) as sold:
        pin.accept()
    lot = sold.args[0]
    assert lot.codes == (first, second, third) and lot.receipt.total == yuan("100")
    assert [(t.kind, t.reference) for t in lot.receipt.tenders] == [("transfer", "BANK-7781")]
    assert all(item_state(store, c) == ItemState.LOTTED_OUT for c in (first, second, third))
    assert shifts.drawer_balance(store.db, shift.id) == yuan("500")  # paid by transfer
    assert tab.lot == [] and lot.receipt.number in tab.message_text()
    qtbot.waitUntil(lambda: tab.candidate_table.rowCount() == 0)


def test_a_sold_item_scanned_into_the_lot_is_refused(qtbot, store, screen) -> None:  # noqa: F811
    open_drawer(store)
    sold = on_shelf(store, "300")
    ring(store, sold)
    tab = screen.lots
    qtbot.keyClicks(tab.scanner, sold)
    qtbot.keyClick(tab.scanner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.message_text() != "", timeout=10_000)
    assert sold in tab.message_text() and "cannot go in a lot" in tab.message_text()
    assert tab.lot == []
