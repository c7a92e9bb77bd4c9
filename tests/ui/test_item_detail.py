"""The item detail screen over a real store: facts, every state change, prices, the latest
inspection; setting a price (a manager's PIN when the label is printed) and queueing a label."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_app.domain.devices import imei_check_digit
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.models import ManagerAuthorisation
from pos_app.services import grading, items, label_queue, stores
from tests.ui.back_counter_support import priced_item, session_for, show, store  # noqa: F401
from ui.screens.item_detail import ItemDetailDialog, ItemDetailScreen
from ui.screens.items import ItemsScreen
from ui.widgets.manager_pin_dialog import ManagerPinDialog

IMEI = "35391110123456" + imei_check_digit("35391110123456")
ANSWERS = {"device_id": IMEI, "model": "iPhone 13", "storage": "gb128", "colour": "Blue",
           "battery_health": 88, "screen": "light_wear", "body": "light_marks",
           "buttons": "all_work", "cameras": "all_work", "speakers": "all_work",
           "charging": "normal", "biometrics": "works", "activation_lock_off": True,
           "carrier_lock": "unlocked", "data_wiped": True}


@pytest.fixture
def inspected(store) -> str:  # noqa: F811
    """A phone received, inspected (grade A), priced at 3,299."""
    code = items.receive_item(store.db, store.clerk, category="3c.phone", acquisition="buy_back",
                              brand="Apple", model="iPhone 13", location="Shelf 2").code
    grading.inspect_item(store.db, store.grader, code, ANSWERS)
    items.transition(store.db, store.grader, code, ItemState.PRICED, price=Money.of("3299"))
    return code


def open_detail(qtbot, store, actor, code: str) -> ItemDetailScreen:  # noqa: F811
    screen = ItemDetailScreen(session_for(store, actor))
    show(qtbot, screen, 1100, 780)
    with qtbot.waitSignal(screen.loaded, timeout=20_000):
        screen.open_code(code)
    return screen


def test_the_detail_shows_facts_history_prices_and_the_inspection(qtbot, store, inspected) -> None:  # noqa: F811
    screen = open_detail(qtbot, store, store.clerk, inspected)
    assert screen.heading.text() == f"{inspected} Apple iPhone 13"
    assert screen.fields["serial"][1].text() == IMEI
    assert screen.fields["grade"][1].text() == "A"
    assert screen.fields["location"][1].text() == "Shelf 2"
    assert screen.fields["shelf"][1].text() == Money.of("3299").format("en_US")
    assert screen.history_rows() == 3
    assert [screen.history.item(r, 2).text() for r in range(3)] == ["Received", "Graded", "Priced"]
    assert screen.history.item(1, 3).text() == "Grader 测试"
    assert screen.prices.rowCount() == 0  # priced by a move; set_price keeps the price history
    assert screen.inspection_summary.text().startswith("Grade A, by Grader 测试 on ")
    assert screen.answers.item(4, 0).text() == "Battery health"
    assert screen.answers.item(4, 1).text() == "88%"
    assert screen.report_button.isEnabled()


def test_a_price_change_after_the_label_needs_a_manager(qtbot, store, inspected) -> None:  # noqa: F811
    label_queue.queue(store.db, store.grader, [inspected])
    label_queue.mark_printed(store.db, store.grader, [p.job_id for p in label_queue.pending(store.db)])
    screen = open_detail(qtbot, store, store.grader, inspected)
    assert screen.fields["state"][1].text().startswith("Labelled since ")
    qtbot.keyClicks(screen.new_price, "2999")
    qtbot.keyClicks(screen.price_reason, "Slow seller")
    screen.set_price()
    qtbot.waitUntil(lambda: _pin_dialog() is not None, timeout=20_000)
    dialog = _pin_dialog()
    assert "override a price" in dialog.reason.text()
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, store.pins["manager"])
    with qtbot.waitSignal(screen.changed, timeout=20_000):
        dialog.accept()
    assert items.find_by_code(store.db, inspected).price == Money.of("2999")
    qtbot.waitUntil(lambda: screen.prices.rowCount() == 1)
    assert screen.prices.item(0, 2).text() == Money.of("2999").format("en_US")
    assert screen.prices.item(0, 4).text() == "Slow seller"
    assert [p.code for p in label_queue.pending(store.db)] == [inspected]  # a new label waits
    with store.db.read() as s:
        assert s.query(ManagerAuthorisation).count() == 1


def _pin_dialog() -> ManagerPinDialog | None:
    from PySide6.QtWidgets import QApplication

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ManagerPinDialog) and w.isVisible()), None)


def test_queue_a_label_from_the_detail(qtbot, store, inspected) -> None:  # noqa: F811
    screen = open_detail(qtbot, store, store.clerk, inspected)
    assert screen.label_button.isEnabled()
    with qtbot.waitSignal(screen.loaded, timeout=20_000):
        qtbot.mouseClick(screen.label_button, Qt.MouseButton.LeftButton)
    assert [p.code for p in label_queue.pending(store.db)] == [inspected]
    assert not screen.label_button.isEnabled()
    assert screen.label_button.text() == "Label waiting in the queue"


def test_the_items_screen_opens_the_detail(qtbot, store, inspected) -> None:  # noqa: F811
    items_screen = show(qtbot, ItemsScreen(session_for(store, store.clerk)))
    qtbot.waitUntil(lambda: items_screen.model.rowCount() == 1)
    dialog = items_screen.open_detail(items_screen.model.item_at(0))
    assert isinstance(dialog, ItemDetailDialog)
    qtbot.waitUntil(lambda: dialog.detail.history_rows() == 3, timeout=20_000)
    assert dialog.windowTitle() == f"Item {inspected}"
    dialog.close()


def test_the_detail_speaks_chinese(qtbot, store, inspected, switch_language) -> None:  # noqa: F811
    screen = open_detail(qtbot, store, store.clerk, inspected)
    switch_language("zh_CN")
    assert screen.history.item(2, 2).text() == "已定价"
    assert screen.answers.item(4, 0).text() == "电池健康度"
    assert stores.get_store(store.db).currency == "CNY"


def test_every_pricing_reason_has_its_translation_key() -> None:
    from pos_app.services import pricing
    from ui.pricing_terms import PRICING_REASONS

    templates = {value for name, value in vars(pricing).items() if name.startswith("REASON_")}
    assert templates and templates <= set(PRICING_REASONS)
