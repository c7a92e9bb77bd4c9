"""Closing the store's last open shift backs the store up after the close, off the clerk's way;
a failed backup is told on the screen and the shift stays closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_app.services import backups, shifts
from tests.pos_app.counter_support import open_drawer
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.shift import ShiftScreen
from ui.screens.shift.dialogs import BlindCountDialog


@pytest.fixture
def screen(qtbot, store) -> ShiftScreen:  # noqa: F811
    open_drawer(store, "500")
    widget = ShiftScreen(session_for(store, store.clerk))
    show(qtbot, widget)
    qtbot.waitUntil(lambda: widget.drawer_box.isVisible(), timeout=20_000)
    return widget


def _close_with_a_count_of_500(qtbot, screen: ShiftScreen):
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, BlindCountDialog), timeout=10_000)
    count = screen.dialog
    count.spins[0].setValue(5)
    with qtbot.waitSignal(screen.dayBackedUp, timeout=30_000) as backed_up:
        qtbot.mouseClick(count.close_button, Qt.MouseButton.LeftButton)
    return backed_up.args[0]


def test_closing_the_days_last_shift_takes_a_backup(qtbot, screen: ShiftScreen, store) -> None:  # noqa: F811
    outcome = _close_with_a_count_of_500(qtbot, screen)
    assert outcome.ok and backups.list_backups() == [outcome.info.path]
    assert "failed" not in screen.message_text()


def test_a_failed_backup_is_told_and_the_shift_stays_closed(qtbot, screen: ShiftScreen, store,  # noqa: F811
                                                            private_dirs) -> None:
    (private_dirs["POS_DATA_DIR"] / "backups").write_text("not a folder")
    outcome = _close_with_a_count_of_500(qtbot, screen)
    assert not outcome.ok
    assert "the day's backup failed: The backup could not be written" in screen.message_text()
    assert shifts.current_shift(store.db, store.counter_id) is None
