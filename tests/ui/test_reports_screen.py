"""The report screen over a real store: the daily report chosen, built in the background,
previewed and saved; a build cancelled half-way; a report not yet in this version; who may
open the screen; the quick picks; the screen in Chinese."""

from __future__ import annotations

import io
import sys
import threading
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize

from pos_app.domain.roles import Permission
from pos_app.services import reports
from pos_app.services.reports import Period
from tests.conftest import needs_pdftoppm
from tests.pos_app.counter_support import on_shelf, open_drawer, ring
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.registry import all_specs, specs_for
from ui.screens.reports import ReportsScreen
from ui.screens.reports.periods import local_today, quick_period

BUILD_TIMEOUT = 60_000


@pytest.fixture
def screen(qtbot, store) -> ReportsScreen:  # noqa: F811
    widget = ReportsScreen(session_for(store, store.manager))
    show(qtbot, widget, 1280, 860)
    qtbot.waitUntil(lambda: widget.counter.count() > 1, timeout=20_000)
    return widget


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _look(qtbot, screen: ReportsScreen, path) -> None:
    """Save the screen as a PNG once the pages are laid out (taller than the view)."""
    view = screen.view
    qtbot.waitUntil(lambda: view.pages.height() > view.scroll.viewport().height())
    screen.grab().save(str(path))


def test_managers_open_the_screen_and_clerks_do_not(store) -> None:  # noqa: F811
    spec = next(s for s in all_specs() if s.key == "reports")
    assert spec.title == "Reports" and spec.permission == Permission.VIEW_REPORTS
    assert "reports" in [s.key for s in specs_for(store.manager)]
    assert "reports" in [s.key for s in specs_for(store.admin)]
    assert "reports" not in [s.key for s in specs_for(store.clerk)]


def test_every_report_is_listed_with_its_title_and_what_it_answers(screen) -> None:
    titles = [screen.report_list.item(row).text() for row in range(screen.report_list.count())]
    assert titles == ["Daily report", "Sales and margin", "Intake and buy-backs",
                      "Inventory on hand", "Aging and sell-through", "Consignor payables",
                      "Rentals due and overdue", "Sustainability"]
    screen.choose("consignors")
    assert screen.description.text() == "What each consignor earned, was paid and is owed."


@needs_pdftoppm
def test_the_daily_report_is_built_previewed_and_saved(
        qtbot, screen: ReportsScreen, store, tmp_path) -> None:  # noqa: F811
    open_drawer(store, "100")
    ring(store, on_shelf(store, "1289"))
    screen.choose("daily")
    qtbot.mouseClick(screen.pick_buttons["today"], Qt.MouseButton.LeftButton)
    assert screen.period() == Period(local_today(), local_today())
    assert not screen.to_date.isVisibleTo(screen) and screen.counter.isVisibleTo(screen)
    screen.counter.setCurrentIndex(screen.counter.findData(store.counter_id))
    assert screen.counter_id() == store.counter_id

    with qtbot.waitSignal(screen.view.pagesReady, timeout=BUILD_TIMEOUT) as pages:
        qtbot.mouseClick(screen.build_button, Qt.MouseButton.LeftButton)
    assert pages.args[0] >= 1 and screen.view.page_count() == pages.args[0]
    assert screen.view.status_text() in ("1 page", f"{pages.args[0]} pages")
    assert screen.view.print_button.isEnabled() and screen.build_button.isEnabled()
    assert not screen.progress.isVisible() and not screen.cancel_button.isVisible()
    printer = screen.view.make_printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    _look(qtbot, screen, tmp_path / "reports-en.png")

    path = tmp_path / "daily.pdf"
    with qtbot.waitSignal(screen.view.saved, timeout=20_000):
        screen.view.save_to(str(path))
    assert screen.view.file_name == f"daily-{local_today().isoformat()}.pdf"
    text = _pdf_text(path.read_bytes())
    assert "1,289.00" in text


def test_a_build_cancelled_half_way_says_so_and_shows_no_error(
        qtbot, screen: ReportsScreen, monkeypatch, tmp_path) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_build(db, name, period, *, counter_id=None, progress=None, cancelled=None,
                   actor=None):
        progress(1, 4)
        started.set()
        release.wait(timeout=30)  # the test lets it go on once Cancel was clicked
        reports.step(progress, 2, 4, cancelled)
        raise AssertionError("the build went on after it was cancelled")

    monkeypatch.setattr(reports, "build", slow_build)
    try:
        screen.choose("sales")
        qtbot.mouseClick(screen.build_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.progress.value() == 1, timeout=20_000)
        assert screen.progress.maximum() == 4 and started.is_set()
        assert screen.cancel_button.isVisible() and not screen.build_button.isEnabled()
        screen.grab().save(str(tmp_path / "reports-building.png"))

        with qtbot.waitSignal(screen.buildCancelled, timeout=20_000):
            qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
            assert screen.message_text() == "Cancelling…"
            release.set()
        assert screen.message_text() == "The report was cancelled."
        assert screen.message.property("role") == ""
        assert screen.build_button.isEnabled() and not screen.cancel_button.isVisible()
        assert screen.view.page_count() == 0 and not screen.view.save_button.isEnabled()
    finally:
        release.set()  # never leaves the worker waiting


def test_a_report_missing_from_this_version_says_so(
        qtbot, screen: ReportsScreen, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pos_app.services.reports.aging", None)
    screen.choose("aging")
    with qtbot.waitSignal(screen.failed, timeout=20_000) as failed:
        qtbot.mouseClick(screen.build_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "The “aging” report is not available in this version."
    assert screen.message_text() == failed.args[0]
    assert screen.message.property("role") == "error"
    assert screen.build_button.isEnabled()


def test_quick_picks_cover_whole_days_weeks_and_months() -> None:
    wednesday = date(2024, 3, 13)
    assert quick_period("today", wednesday) == Period(wednesday, wednesday)
    assert quick_period("yesterday", wednesday) == Period(date(2024, 3, 12), date(2024, 3, 12))
    assert quick_period("this_week", wednesday) == Period(date(2024, 3, 11), wednesday)
    assert quick_period("last_7_days", wednesday) == Period(date(2024, 3, 7), wednesday)
    assert quick_period("this_month", wednesday) == Period(date(2024, 3, 1), wednesday)
    assert quick_period("last_month", wednesday) == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert quick_period("last_month", date(2024, 1, 5)) == Period(date(2023, 12, 1),
                                                                  date(2023, 12, 31))


def test_a_period_report_takes_a_range_and_keeps_it_in_order(qtbot, screen) -> None:
    screen.choose("sales")
    assert screen.to_date.isVisibleTo(screen) and not screen.counter.isVisibleTo(screen)
    assert screen.from_label.text() == "&From:"
    qtbot.mouseClick(screen.pick_buttons["last_month"], Qt.MouseButton.LeftButton)
    assert screen.period() == quick_period("last_month", local_today())
    assert screen.counter_id() is None
    screen.to_date.setDate(screen.from_date.date().addDays(-3))  # the start follows the end
    assert screen.period().first == screen.period().last
    screen.choose("daily")
    assert not screen.pick_buttons["last_month"].isVisibleTo(screen)
    assert screen.from_label.text() == "&Date:"


@needs_pdftoppm
def test_in_chinese_the_screen_and_the_report_speak_chinese(
        qtbot, screen: ReportsScreen, store, switch_language, tmp_path) -> None:  # noqa: F811
    open_drawer(store, "100")
    ring(store, on_shelf(store, "1289"))
    switch_language("zh_CN")
    assert screen.build_button.text() and screen.report_list.item(0).text()
    with qtbot.waitSignal(screen.view.pagesReady, timeout=BUILD_TIMEOUT):
        qtbot.mouseClick(screen.build_button, Qt.MouseButton.LeftButton)
    _look(qtbot, screen, tmp_path / "reports-zh.png")
    text = _pdf_text(screen.view.pdf)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert "营业日报" in text and "Daily report" not in text  # the report's own words, not names
    assert "1,289.00" in text
