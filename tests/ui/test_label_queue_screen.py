"""The label queue screen over a real store: the waiting labels, a PDF made from them and
previewed, printed through Qt's print system, and marked printed only once confirmed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from pos_app.domain.item_states import ItemState
from pos_app.services import items, label_queue
from tests.ui.back_counter_support import priced_item, session_for, show, store  # noqa: F401
from ui.screens.labels import LabelQueueScreen
from ui.screens.labels.screen import CODE
from ui.widgets.pdf_preview import pdftoppm_path


@pytest.fixture
def queued(store):  # noqa: F811
    codes = [priced_item(store, model=f"iPhone {n}") for n in (12, 13, 14)]
    label_queue.queue(store.db, store.manager, codes)
    return codes


@pytest.fixture
def screen(qtbot, store, queued) -> LabelQueueScreen:  # noqa: F811
    widget = LabelQueueScreen(session_for(store, store.clerk))
    show(qtbot, widget)
    qtbot.waitUntil(lambda: widget.table.rowCount() == 3)
    return widget


def test_the_queue_lists_every_waiting_label(screen: LabelQueueScreen, queued) -> None:
    assert [screen.table.item(r, CODE).text() for r in range(3)] == queued
    assert screen.table.item(0, 4).text() == "Priced"
    assert len(screen.checked_jobs()) == 3
    assert screen.heading.text() == "3 labels waiting to be printed"
    assert screen.print_button.text() == "&Preview and print 3 labels…"


def test_render_previews_prints_and_marks_printed_after_asking(
        qtbot, screen: LabelQueueScreen, store, queued, tmp_path) -> None:  # noqa: F811
    screen.table.item(2, CODE).setCheckState(Qt.CheckState.Unchecked)
    screen.template.setCurrentIndex(screen.template.findData("a4-3x8"))
    screen.start.setValue(5)
    with qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert preview.pdf.startswith(b"%PDF") and len(preview.pdf) > 1000
    assert len(PdfReader(io.BytesIO(preview.pdf)).pages) == 1
    if pdftoppm_path() is not None:
        qtbot.waitUntil(lambda: preview.page_count() == 1, timeout=20_000)

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        with qtbot.waitSignal(preview.printed, timeout=30_000):
            preview.print_to(printer)
        assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1
    else:
        with qtbot.waitSignal(preview.saved, timeout=10_000):
            preview.save_to(str(tmp_path / "labels.pdf"))

    # nothing is marked before the clerk says the labels came out
    qtbot.waitUntil(lambda: screen.confirm is not None)
    assert items.find_by_code(store.db, queued[0]).state == ItemState.PRICED
    with qtbot.waitSignal(screen.markedPrinted, timeout=10_000) as marked:
        screen.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert marked.args[0] == queued[:2]
    assert [items.find_by_code(store.db, c).state for c in queued] == [
        ItemState.LABELLED, ItemState.LABELLED, ItemState.PRICED]
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    assert screen.table.item(0, CODE).text() == queued[2]
    assert screen.message_text() == "2 labels recorded as printed. 2 items now labelled."


def test_saying_not_yet_leaves_the_labels_waiting(qtbot, screen, store, queued, tmp_path) -> None:  # noqa: F811
    with qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        screen.preview_checked()
    with qtbot.waitSignal(opened.args[0].saved, timeout=10_000):
        opened.args[0].save_to(str(tmp_path / "labels.pdf"))
    assert (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: screen.confirm is not None)
    screen.confirm.button(QMessageBox.StandardButton.No).click()
    assert label_queue.pending(store.db)[0].code == queued[0]
    assert len(label_queue.pending(store.db)) == 3


def test_a_roll_template_has_no_start_position(screen: LabelQueueScreen) -> None:
    screen.template.setCurrentIndex(screen.template.findData("roll-40x30"))
    assert not screen.start.isEnabled() and screen.start.value() == 1
    screen.template.setCurrentIndex(screen.template.findData("a4-4x10"))
    assert screen.start.isEnabled() and screen.start.maximum() == 40


def test_removing_takes_labels_out_of_the_queue(qtbot, screen, store, queued) -> None:  # noqa: F811
    screen._check_all(False)
    screen.table.item(1, CODE).setCheckState(Qt.CheckState.Checked)
    screen.remove_checked()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 2)
    assert [p.code for p in label_queue.pending(store.db)] == [queued[0], queued[2]]


def test_the_screen_speaks_chinese(screen: LabelQueueScreen, switch_language) -> None:
    switch_language("zh_CN")
    assert screen.table.item(0, 4).text() == "已定价"
