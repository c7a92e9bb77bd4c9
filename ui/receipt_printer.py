"""A sale's receipt, from any screen: to the store's ESC/POS printer (with the drawer kick),
to the receipt printer through Qt's print system at the receipt's own page size, or, when
no printer is set up or the printer fails, into the print preview, where it can be printed
or saved as PDF. The settings are read, the PDF made and the printer fed off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QWidget

from pos_app.errors import DomainError
from pos_app.printing.escpos_receipt import send_receipt
from pos_app.printing.receipts import ReceiptPaper, render_receipt_paper
from pos_app.services import settings
from pos_app.services.sale_records import SaleRecord
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.session import Session, while_alive
from ui.widgets.pdf_preview import PdfPreviewDialog, page_printer, print_pdf, show_pdf
from ui.workers import Job, run_in_background

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class ReceiptJob:
    """What the store's settings say about one receipt, and its PDF."""

    paper: ReceiptPaper
    language: str
    width_mm: int
    return_policy: str
    printer: str  # a printer's name in Qt's print system, or ""
    escpos: str  # the receipt_escpos setting, or ""
    kick_drawer: bool


@dataclass(frozen=True)
class ReceiptOutcome:
    """Where the receipt went: "escpos", "printer" or "preview" (with the dialog); `problem`
    says why a receipt meant for a printer ended up in the preview."""

    sent_to: str
    preview: PdfPreviewDialog | None = None
    problem: str = ""


def prepare_receipt(db: StoreDB, store_id: int, record: SaleRecord, language: str,
                    open_drawer: bool) -> ReceiptJob:
    """The store's receipt settings and the PDF; runs on a worker thread."""
    conf = settings.get_settings(db, store_id)
    width = int(conf["receipt_width_mm"])
    policy = str(conf["return_policy"] or "")
    paid_cash = any(t.kind == "cash" and t.amount.minor > 0 for t in record.tenders)
    return ReceiptJob(
        render_receipt_paper(record, width_mm=width, language=language, return_policy=policy),
        language, width, policy, str(conf["receipt_printer"] or ""),
        str(conf["receipt_escpos"] or ""),
        open_drawer and bool(conf["drawer_kick"]) and paid_cash and record.status == "completed")


def printer_installed(name: str) -> bool:
    return not QPrinterInfo.printerInfo(name).isNull()


def _problem(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return user_message(exc)
    return str(exc) or type(exc).__name__


def print_receipt(parent: QWidget, session: Session, record: SaleRecord, *,
                  on_done: Callable[[ReceiptOutcome], object] | None = None,
                  reprint: bool = False) -> Job:
    """Print `record`'s receipt where the store's settings say, in the screens' language.
    A cash sale opens the drawer through the ESC/POS printer when drawer_kick is on; a
    `reprint` never does. `on_done(ReceiptOutcome)` once it was sent or previewed."""
    title = QCoreApplication.translate("ReceiptPrinter", "Receipt {number}").format(
        number=record.number)
    file_name = f"receipt-{record.number}.pdf"

    def finish(outcome: ReceiptOutcome) -> None:
        if on_done is not None:
            on_done(outcome)

    def preview(job: ReceiptJob, problem: str = "") -> None:
        if problem:
            log.warning("Receipt %s went to the preview: %s", record.number, problem)
        dialog = show_pdf(parent, job.paper.pdf, title, file_name)
        finish(ReceiptOutcome("preview", dialog, problem))

    def failed(job: ReceiptJob, exc: BaseException) -> None:
        preview(job, QCoreApplication.translate(
            "ReceiptPrinter", "The receipt printer did not print ({problem}). Print the "
            "receipt from the preview or save it as PDF.").format(problem=_problem(exc)))

    def sent(where: str) -> Callable[[object], None]:
        return while_alive(parent, lambda _result: finish(ReceiptOutcome(where)))

    def send(job: ReceiptJob) -> None:
        if job.escpos:
            run_in_background(send_receipt, job.escpos, record, width_mm=job.width_mm,
                              language=job.language, return_policy=job.return_policy,
                              kick_drawer=job.kick_drawer,
                              on_done=sent("escpos"),
                              on_error=while_alive(parent, lambda exc: failed(job, exc)))
        elif job.printer:
            if not printer_installed(job.printer):
                preview(job, QCoreApplication.translate(
                    "ReceiptPrinter", "The receipt printer {name} is not installed on this "
                    "computer. Print the receipt from the preview or save it as PDF.").format(
                        name=job.printer))
                return
            size = QSizeF(job.paper.width_mm, job.paper.height_mm)
            printer = page_printer(size, title, job.printer)
            run_in_background(print_pdf, job.paper.pdf, printer,
                              on_done=sent("printer"),
                              on_error=while_alive(parent, lambda exc: failed(job, exc)))
        else:
            preview(job)

    return run_in_background(prepare_receipt, session.db, session.store.id, record,
                             i18n.current_language(), not reprint,
                             on_done=while_alive(parent, send))
