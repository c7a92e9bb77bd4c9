"""A refund slip (a return, a void or a rental's check-in) at the store's receipt width, made
off the GUI thread and opened in the print preview, where it is printed or saved as PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos_app.printing.receipts import ReceiptPaper, render_refund_slip
from pos_app.services import settings
from pos_app.services.refund_records import RefundRecord
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.session import Session, while_alive
from ui.widgets.pdf_preview import PdfPreviewDialog, show_pdf
from ui.workers import Job, run_in_background


def slip_paper(db: StoreDB, store_id: int, record: RefundRecord, language: str) -> ReceiptPaper:
    """The slip at the store's receipt width; runs on a worker thread."""
    width = int(settings.get_settings(db, store_id)["receipt_width_mm"])
    return render_refund_slip(record, width_mm=width, language=language)


def show_refund_slip(parent: QWidget, session: Session, record: RefundRecord, *,
                     on_shown: Callable[[PdfPreviewDialog], object] | None = None,
                     on_error: Callable[[str], object] | None = None) -> Job:
    title = QCoreApplication.translate("RefundSlip", "Refund slip {number}").format(
        number=record.number)

    def shown(paper: ReceiptPaper) -> None:
        dialog = show_pdf(parent, paper.pdf, title, f"refund-{record.number}.pdf")
        if on_shown is not None:
            on_shown(dialog)

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(user_message(exc))

    return run_in_background(slip_paper, session.db, session.store.id, record,
                             i18n.current_language(), on_done=while_alive(parent, shown),
                             on_error=while_alive(parent, failed))
