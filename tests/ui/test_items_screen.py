"""The items screen over 500 real items: paged loading, search, scanning, the detail panel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from pos_app.domain.codes import make_item_code
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.services import items, stores
from pos_app.services.store_db import StoreDB, open_store
from ui.screens.items import ItemsScreen, ItemTableModel
from ui.screens.items.model import PRICE, STATE
from ui.session import Session
from ui.workers import running_jobs

ITEMS = 500


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Iterator[tuple[StoreDB, Actor, str]]:
    """One store with 500 items (half Huawei, half Apple), shared by the read-only tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('items') / 'store.db'}"
    db = open_store(url)
    admin = stores.initialise_store(db, store_name="Green Loop", store_code="SH01",
                                    admin_username="admin", admin_display_name="Ada Admin",
                                    admin_secret="2468")
    for n in range(ITEMS):
        items.receive_item(db, admin, category="3c.phone", acquisition="buy_back",
                           brand="Huawei" if n % 2 else "Apple", model=f"Model {n}",
                           location=f"Shelf {n % 7}")
    first = make_item_code("SH01", 1)
    items.transition(db, admin, first, ItemState.GRADED, grade="A")
    items.transition(db, admin, first, ItemState.PRICED, price=Money.of("1299", "CNY"))
    yield db, admin, url
    db.close()


@pytest.fixture
def db(filled, qtbot) -> Iterator[StoreDB]:
    yield filled[0]
    qtbot.waitUntil(lambda: running_jobs() == 0)


@pytest.fixture
def screen(qtbot, filled, db) -> ItemsScreen:
    _db, admin, url = filled
    store = stores.get_store(db)
    counter = stores.list_counters(db, store.id)[0]
    widget = ItemsScreen(Session(db, url, admin, store, counter))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0 and not widget.model.is_loading())
    return widget


def test_model_fetches_200_rows_a_page_and_never_all_at_once(qtbot, db) -> None:
    model = ItemTableModel(db)
    with qtbot.waitSignal(model.pageLoaded):
        model.set_query("")
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.pageLoaded):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    with qtbot.waitSignal(model.pageLoaded):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == ITEMS
    assert not model.canFetchMore(QModelIndex())
    assert model.pages_fetched == 3


def test_the_screen_starts_with_one_page_newest_first(screen: ItemsScreen) -> None:
    model = screen.model
    assert model.rowCount() == 200
    assert model.item_at(0).code == make_item_code("SH01", ITEMS)
    assert model.index(0, STATE).data() == "Received"
    assert screen.count_label.text() in ("200 items shown", f"200 items shown of {ITEMS}")


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, screen: ItemsScreen) -> None:
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 400)
    assert screen.model.pages_fetched == 2


def test_search_filters_the_list(qtbot, screen: ItemsScreen) -> None:
    qtbot.keyClicks(screen.search, "huawei")
    qtbot.waitUntil(lambda: screen.model.query() == "huawei" and not screen.model.is_loading())
    assert screen.model.rowCount() == 200
    assert {screen.model.item_at(r).brand for r in range(screen.model.rowCount())} == {"Huawei"}
    qtbot.waitUntil(lambda: screen.count_label.text() == "200 items shown of 250")

    screen.search.clear()
    qtbot.keyClicks(screen.search, "model 49")
    qtbot.waitUntil(lambda: screen.model.query() == "model 49" and not screen.model.is_loading())
    models = {screen.model.item_at(r).model for r in range(screen.model.rowCount())}
    assert "Model 49" in models and "Model 499" in models
    assert all("49" in m for m in models)


def test_scanning_an_unknown_code_only_shows_the_message(qtbot, screen: ItemsScreen) -> None:
    screen.table.selectRow(3)
    chosen = screen.detail.view
    unknown = make_item_code("SH01", 9999)
    screen.scanner.setFocus()
    qtbot.keyClicks(screen.scanner, unknown)
    qtbot.keyClick(screen.scanner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message_text() != "")
    assert screen.message_text() == f"No item has the code {unknown}."
    assert screen.detail.view == chosen
    assert screen.table.selectionModel().selectedRows()[0].row() == 3
    assert screen.model.rowCount() == 200


def test_scanning_a_mistyped_code_says_so(qtbot, screen: ItemsScreen) -> None:
    screen.scanner.setFocus()
    qtbot.keyClicks(screen.scanner, "SH01-00000011")
    qtbot.keyClick(screen.scanner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message_text() != "")
    assert "fails its check character" in screen.message_text()
    assert screen.detail.view is None


def test_scanning_a_known_code_opens_it_with_its_history(qtbot, screen: ItemsScreen) -> None:
    code = make_item_code("SH01", 1)  # the oldest: not on the first page
    with qtbot.waitSignal(screen.detail.historyLoaded, timeout=10_000):
        screen.open_code(code.lower())
    assert screen.detail.view.code == code
    assert screen.detail.history_rows() == 3  # received, graded, priced
    assert screen.detail.fields["price"][1].text() == Money.of("1299", "CNY").format("en_US")
    assert screen.detail.history.item(2, 2).text() == "Priced"
    assert screen.detail.history.item(2, 3).text() == "Ada Admin"
    assert screen.message_text() == ""


def test_scanning_an_item_on_the_page_selects_its_row(qtbot, screen: ItemsScreen) -> None:
    code = screen.model.item_at(10).code
    with qtbot.waitSignal(screen.itemOpened, timeout=10_000):
        screen.open_code(code)
    assert screen.table.selectionModel().selectedRows()[0].row() == 10
    assert screen.detail.view.code == code


def test_prices_are_formatted_for_the_language(qtbot, screen: ItemsScreen, switch_language) -> None:
    qtbot.keyClicks(screen.search, "model 0")
    qtbot.waitUntil(lambda: screen.model.query() == "model 0" and not screen.model.is_loading())
    row = screen.model.find_row(make_item_code("SH01", 1))
    assert screen.model.index(row, PRICE).data() == Money.of("1299", "CNY").format("en_US")
    switch_language("zh_CN")
    assert screen.model.index(row, PRICE).data() == "¥1,299.00"
    assert screen.model.index(row, STATE).data() == "已定价"
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "编码"
