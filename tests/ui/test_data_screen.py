"""The Export and import screen over a real store: an export saved to a file, an import
preview that shows a bad row and keeps the Import button off, and a good file imported."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from sqlalchemy import func, select

from pos_app.models import Item
from pos_app.services import exports
from tests.ui.back_counter_support import priced_item, session_for, show, store  # noqa: F401
from ui.screens.data import DataScreen
from ui.screens.data.preview_model import PROBLEM_TINT


@pytest.fixture
def screen(qtbot, store) -> DataScreen:  # noqa: F811
    widget = DataScreen(session_for(store, store.manager))
    show(qtbot, widget)
    return widget


def _items(store) -> int:  # noqa: F811
    with store.db.read() as s:
        return s.scalar(select(func.count(Item.id)))


def test_export_items_to_a_csv_file(qtbot, screen, store, tmp_path) -> None:  # noqa: F811
    codes = [priced_item(store, model=f"iPhone {n}") for n in (12, 13)]
    tab = screen.export_tab
    assert [tab.what.itemData(i) for i in range(tab.what.count())] == list(exports.EXPORTS)
    tab.choose("items")
    assert tab.everything.text() == "Every item" and not tab.first.isEnabled()
    out = tmp_path / "items.csv"
    with qtbot.waitSignal(tab.exported, timeout=20_000) as done:
        tab.export_to(str(out))
    assert done.args[0].rows == 2
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["code"] for r in rows] == codes and {r["price"] for r in rows} == {"3299.00"}
    assert tab.message.text() == f"2 rows written to {out}."
    assert tab.save_button.isEnabled() and not tab.progress.isVisible()


def test_a_bad_row_is_shown_and_the_import_button_stays_off(qtbot, screen, store,  # noqa: F811
                                                           tmp_path) -> None:
    path = tmp_path / "items.csv"
    path.write_text("category,brand,model,price,grade\n"
                    "3c.phone,Apple,iPhone 13,1289,B\n"
                    "bicycles,Giant,ATX,-5,B\n", encoding="utf-8")
    tab = screen.import_tab
    before = _items(store)
    with qtbot.waitSignal(tab.previewed, timeout=20_000):
        tab.preview_file(str(path), "items")
    assert tab.model.rowCount() == 2 and not tab.import_button.isEnabled()
    bad = tab.model.index(1, tab.model.columnCount() - 1)
    assert tab.model.index(1, 0).data() == "3"
    assert bad.data() == ("category: There is no category “bicycles”; use a category's code, such "
                          "as 3c.phone, or its name. price: “-5” is negative; enter an amount of "
                          "zero or more.")
    background = tab.model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == PROBLEM_TINT
    assert tab.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.summary.text().startswith("2 rows read; 1 rows have 2 problems.")
    tab.only_problems.setChecked(True)
    assert tab.model.rowCount() == 1
    tab.run_import()  # the button is off; a stray call does nothing
    assert _items(store) == before


def test_a_good_file_imports_with_its_count(qtbot, screen, store, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "items.csv"
    path.write_text("category,code,brand,model,price,grade\n"
                    "3c.phone,A-1,Apple,iPhone 13,1289,B\n"
                    "女装,A-2,优衣库,羽绒服,129,A\n", encoding="utf-8")
    tab = screen.import_tab
    before = _items(store)
    with qtbot.waitSignal(tab.previewed, timeout=20_000):
        tab.preview_file(str(path), "items")
    assert tab.import_button.isEnabled()
    assert tab.summary.text() == "2 rows read, no problems: ready to import."
    with qtbot.waitSignal(tab.imported, timeout=20_000) as done:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].imported == 2 and _items(store) == before + 2
    assert tab.message.text() == "2 items imported; their labels wait in the label queue."
    assert not tab.import_button.isEnabled()
