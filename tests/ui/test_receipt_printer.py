"""Printing a sale's receipt from the screens: into the preview when no printer is set up (or
the printer fails), to the ESC/POS printer with the drawer kick, in the screens' language."""

from __future__ import annotations

import io

import pytest
from escpos.constants import CD_KICK_2
from escpos.printer import Dummy
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from pos_app.printing import escpos_receipt
from tests.conftest import needs_pdftoppm
from tests.pos_app.counter_support import cash, on_shelf, open_drawer, ring, set_settings
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui import receipt_printer
from ui.receipt_printer import ReceiptOutcome, print_receipt
from ui.widgets.pdf_preview import page_printer, pdftoppm_path

MM = 72 / 25.4


@pytest.fixture
def sale(store):  # noqa: F811
    open_drawer(store)
    return ring(store, on_shelf(store, "1289", brand="华为", model="Mate 40 Pro"),
                tenders=[cash("1300")])


@pytest.fixture
def parent(qtbot) -> QWidget:
    return show(qtbot, QWidget(), 400, 300)


def printed(qtbot, parent, store, record, **kw) -> ReceiptOutcome:  # noqa: F811
    outcomes: list[ReceiptOutcome] = []
    print_receipt(parent, session_for(store, store.clerk), record, on_done=outcomes.append, **kw)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
    [outcome] = outcomes
    return outcome


def pdf_text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def pdf_width_mm(pdf: bytes) -> float:
    return float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width) / MM


def test_with_no_printer_the_receipt_opens_in_the_preview(qtbot, parent, store, sale):  # noqa: F811
    outcome = printed(qtbot, parent, store, sale)
    assert outcome.sent_to == "preview" and outcome.problem == ""
    preview = outcome.preview
    assert preview.isVisible() and preview.windowTitle() == f"Receipt {sale.number}"
    assert preview.file_name == f"receipt-{sale.number}.pdf"
    assert pdf_width_mm(preview.pdf) == pytest.approx(80, abs=0.01)
    text = pdf_text(preview.pdf)
    assert sale.number in text and "Total" in text and "华为 Mate 40 Pro" in text
    if pdftoppm_path() is not None:
        qtbot.waitUntil(lambda: preview.page_count() == 1, timeout=20_000)
        assert preview.print_button.isEnabled()
    preview.close()


def test_the_receipt_follows_the_width_setting_and_the_screens_language(
        qtbot, parent, store, sale, switch_language):  # noqa: F811
    set_settings(store, receipt_width_mm=58, return_policy="七天无理由退货")
    switch_language("zh_CN")
    outcome = printed(qtbot, parent, store, sale)
    assert pdf_width_mm(outcome.preview.pdf) == pytest.approx(58, abs=0.01)
    text = pdf_text(outcome.preview.pdf)
    assert "合计" in text and "找零" in text and "七天无理由退货" in text
    outcome.preview.close()


def test_an_escpos_printer_gets_the_receipt_and_kicks_the_drawer_for_cash(
        qtbot, parent, store, sale, monkeypatch):  # noqa: F811
    set_settings(store, receipt_escpos="network:10.0.0.9")
    printers: list[Dummy] = []

    def dummy_for(setting: str) -> Dummy:
        assert setting == "network:10.0.0.9"
        printers.append(Dummy())
        return printers[-1]

    monkeypatch.setattr(escpos_receipt, "printer_for", dummy_for)
    assert printed(qtbot, parent, store, sale).sent_to == "escpos"
    assert sale.number.encode() in printers[0].output and CD_KICK_2 in printers[0].output

    assert printed(qtbot, parent, store, sale, reprint=True).sent_to == "escpos"
    assert CD_KICK_2 not in printers[1].output  # a reprint never opens the drawer

    set_settings(store, drawer_kick=False)
    printed(qtbot, parent, store, sale)
    assert CD_KICK_2 not in printers[2].output


def test_a_failing_escpos_printer_leaves_the_receipt_in_the_preview(
        qtbot, parent, store, sale, monkeypatch):  # noqa: F811
    set_settings(store, receipt_escpos="network:10.0.0.9")

    def offline(setting: str) -> Dummy:
        raise OSError("No route to host")

    monkeypatch.setattr(escpos_receipt, "printer_for", offline)
    outcome = printed(qtbot, parent, store, sale)
    assert outcome.sent_to == "preview" and sale.number in pdf_text(outcome.preview.pdf)
    assert outcome.problem == ("The receipt printer did not print (No route to host). Print the "
                               "receipt from the preview or save it as PDF.")
    outcome.preview.close()


def test_a_receipt_printer_that_is_not_installed_falls_back_to_the_preview(
        qtbot, parent, store, sale):  # noqa: F811
    set_settings(store, receipt_printer="No Such Receipt Printer")
    outcome = printed(qtbot, parent, store, sale)
    assert outcome.sent_to == "preview"
    assert "No Such Receipt Printer is not installed" in outcome.problem
    outcome.preview.close()


@needs_pdftoppm
def test_a_receipt_printer_prints_one_page_of_the_receipts_size(
        qtbot, parent, store, sale, monkeypatch, tmp_path):  # noqa: F811
    set_settings(store, receipt_printer="Receipt-80", receipt_width_mm=80)
    made: list[QPrinter] = []

    def to_file(size, title, name):
        assert name == "Receipt-80"
        printer = page_printer(size, title)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        made.append(printer)
        return printer

    monkeypatch.setattr(receipt_printer, "printer_installed", lambda name: True)
    monkeypatch.setattr(receipt_printer, "page_printer", to_file)
    assert printed(qtbot, parent, store, sale).sent_to == "printer"
    assert made[0].docName() == f"Receipt {sale.number}"
    [page] = PdfReader(tmp_path / "printed.pdf").pages
    assert float(page.mediabox.width) / MM == pytest.approx(80, abs=0.5)
    assert float(page.mediabox.height) / MM > 100  # a long narrow page, as long as the receipt
