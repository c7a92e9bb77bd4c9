"""A print preview for the PDFs pos_app makes: see the pages, print them, or save the PDF.

PySide6-Essentials has no QtPdf, so pages are rasterised with poppler's ``pdftoppm`` on a
worker thread; printing paints those images on a QPrinter (any installed printer, or Qt's own
"print to file"), also off the GUI thread. "Save as PDF" writes the bytes as they are and
works even where pdftoppm is missing.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.errors import user_message
from ui.session import while_alive
from ui.theme import repolish
from ui.workers import run_in_background

log = logging.getLogger(__name__)

PREVIEW_DPI = 110
PRINT_DPI_MAX = 300
MM_PER_INCH = 25.4


class PreviewUnavailable(RuntimeError):
    """pdftoppm is not installed, or could not read the PDF."""


def pdftoppm_path() -> str | None:
    return shutil.which("pdftoppm")


def rasterise(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[bytes]:
    """Every page of ``pdf`` as PNG bytes at ``dpi``; any thread may call it."""
    tool = pdftoppm_path()
    if tool is None:
        raise PreviewUnavailable("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory(prefix="pos-preview-") as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        done = subprocess.run([tool, "-r", str(int(dpi)), "-png", str(source),
                               str(Path(folder) / "page")], check=False, capture_output=True,
                              timeout=120)
        pages = sorted(Path(folder).glob("page*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        if done.returncode != 0 or not pages:
            raise PreviewUnavailable(done.stderr.decode(errors="replace").strip()
                                     or "pdftoppm made no pages")
        return [p.read_bytes() for p in pages]


def page_size_mm(image: QImage, dpi: int) -> QSizeF:
    return QSizeF(image.width() / dpi * MM_PER_INCH, image.height() / dpi * MM_PER_INCH)


def page_printer(size_mm: QSizeF | None, title: str, name: str = "") -> QPrinter:
    """A printer for pages of ``size_mm`` with no margins (a label roll, A4, a receipt):
    the printer called ``name``, or the system's default one when it is empty."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setDocName(title)
    if size_mm is not None:
        printer.setPageLayout(QPageLayout(
            QPageSize(size_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
    return printer


def print_pdf(pdf: bytes, printer: QPrinter, dpi: int | None = None) -> int:
    """Paint every page of ``pdf`` on ``printer``, one page each, filling the printable
    area with the page's own proportions; the number of pages printed. Runs on a worker."""
    dpi = dpi or max(150, min(PRINT_DPI_MAX, printer.resolution()))
    images = [QImage.fromData(png, "PNG") for png in rasterise(pdf, dpi)]
    painter = QPainter()
    if not painter.begin(printer):
        raise PreviewUnavailable("the printer could not be started")
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()
    return len(images)


def _write(path: str, pdf: bytes) -> str:
    Path(path).write_bytes(pdf)
    return path


class PdfPagesView(QWidget):
    """The pages of one PDF with Print… and Save as PDF…, to embed in a screen (the report
    screen) or a dialog (PdfPreviewDialog). ``set_pdf`` shows another document.

    ``pagesReady(count)`` once the preview is drawn; ``printed(pages)`` after the pages
    went to a printer; ``saved(path)`` after the PDF was written; ``failed(text)``.
    Its words keep the context "PdfPreviewDialog", where they were first translated.
    """

    pagesReady = Signal(int)
    printed = Signal(int)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = b""
        self._title = ""
        self.file_name = "document.pdf"
        self._images: list[QImage] = []
        self._page_labels: list[QLabel] = []
        self._shown = 0  # which set_pdf call the pages on screen belong to

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8a85; }")
        self.pages.setStyleSheet("background: #8a8a85;")

        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button.clicked.connect(self.ask_file)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def set_pdf(self, pdf: bytes, title: str = "", file_name: str = "document.pdf") -> None:
        """Show ``pdf`` in place of what was shown; its pages are drawn on a worker."""
        self.clear()
        self.pdf = pdf
        self._title = title
        self.file_name = file_name
        self.save_button.setEnabled(True)
        self._show_status(QCoreApplication.translate("PdfPreviewDialog",
                                                     "Preparing the preview…"))
        shown = self._shown
        run_in_background(rasterise, pdf, PREVIEW_DPI,
                          on_done=while_alive(self, lambda pngs: self._pages_arrived(shown, pngs)),
                          on_error=while_alive(self, lambda exc: self._preview_failed(shown, exc)))

    def clear(self) -> None:
        """Show no document (pages still being drawn for the last one are dropped)."""
        self._shown += 1
        for label in self._page_labels:
            label.deleteLater()
        self._page_labels = []
        self._images = []
        self.pdf = b""
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._show_status("")

    # -- preview -----------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self._images)

    def page_images(self) -> list[QImage]:
        return list(self._images)

    def _pages_arrived(self, shown: int, pngs: list[bytes]) -> None:
        if shown != self._shown:
            return
        self._images = [QImage.fromData(png, "PNG") for png in pngs]
        for image in self._images:
            label = QLabel(self.pages)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: #ffffff;")
            self.pages_layout.addWidget(label)
            self._page_labels.append(label)
        self._fit_pages()
        self.print_button.setEnabled(True)
        self._show_status(QCoreApplication.translate("PdfPreviewDialog", "%n page(s)", "",
                                                     len(self._images)))
        self.pagesReady.emit(len(self._images))

    def _preview_failed(self, shown: int, exc: BaseException) -> None:
        if shown != self._shown:
            return
        log.warning("No preview: %s", exc)
        self._show_status(QCoreApplication.translate(
            "PdfPreviewDialog", "The preview cannot be shown on this computer (poppler's "
            "pdftoppm is missing). Save the PDF and print it from a PDF viewer."), error=True)
        self.print_button.setEnabled(False)

    def _fit_pages(self) -> None:
        width = max(200, self.scroll.viewport().width() - 40)
        for label, image in zip(self._page_labels, self._images, strict=True):
            target = min(width, image.width() * 2)
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                target, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._images:
            self._fit_pages()

    # -- printing ----------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set to the document's own page size (a label roll, A4, a receipt)."""
        size = page_size_mm(self._images[0], PREVIEW_DPI) if self._images else None
        return page_printer(size, self._title or self.file_name)

    def ask_printer(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "Print"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self._print_dialog = dialog  # keeps the printer and dialog alive while it is open
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        """Send the pages to ``printer`` off the GUI thread."""
        self._printer = printer
        self.print_button.setEnabled(False)
        self._show_status(QCoreApplication.translate("PdfPreviewDialog", "Printing…"))
        run_in_background(print_pdf, self.pdf, printer,
                          on_done=while_alive(self, self._printed),
                          on_error=while_alive(self, self._print_failed))

    def _printed(self, pages: int) -> None:
        self.print_button.setEnabled(True)
        self._show_status(QCoreApplication.translate(
            "PdfPreviewDialog", "%n page(s) sent to the printer.", "", pages))
        self.printed.emit(pages)

    def _print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        text = user_message(exc) if not isinstance(exc, PreviewUnavailable) else (
            QCoreApplication.translate("PdfPreviewDialog", "Printing failed: {problem}")
            .format(problem=str(exc)))
        self._show_status(text, error=True)
        self.failed.emit(text)

    # -- saving ------------------------------------------------------------------------

    def ask_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("PdfPreviewDialog", "Save as PDF"),
            str(Path.home() / self.file_name),
            QCoreApplication.translate("PdfPreviewDialog", "PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(path)

    def save_to(self, path: str) -> None:
        run_in_background(_write, path, self.pdf,
                          on_done=while_alive(self, self._saved),
                          on_error=while_alive(self, self._save_failed))

    def _saved(self, path: str) -> None:
        self._show_status(QCoreApplication.translate(
            "PdfPreviewDialog", "Saved as {path}.").format(path=path))
        self.saved.emit(path)

    def _save_failed(self, exc: BaseException) -> None:
        text = QCoreApplication.translate(
            "PdfPreviewDialog", "The PDF could not be saved: {problem}").format(problem=str(exc))
        self._show_status(text, error=True)
        self.failed.emit(text)

    # -- language ----------------------------------------------------------------------

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "error" if error else "")
        repolish(self.status)

    def status_text(self) -> str:
        return self.status.text()

    def retranslateUi(self) -> None:
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", "&Print…"))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", "&Save as PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class PdfPreviewDialog(QDialog):
    """A PdfPagesView in a window of its own, with Close.

    ``pagesReady(count)``, ``printed(pages)``, ``saved(path)`` and ``failed(text)`` are the
    view's. A screen that must know the paper came out (the label queue) listens to
    ``printed`` and ``saved``.
    """

    pagesReady = Signal(int)
    printed = Signal(int)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, pdf: bytes, title: str = "", file_name: str = "document.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setModal(False)
        self.resize(760, 860)
        self.view = PdfPagesView(self)
        self.close_button = QPushButton(self)
        self.view.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        for mine, its in ((self.pagesReady, self.view.pagesReady),
                          (self.printed, self.view.printed), (self.saved, self.view.saved),
                          (self.failed, self.view.failed)):
            its.connect(mine)
        # The view's parts, under the names callers knew the dialog's by.
        self.status = self.view.status
        self.scroll = self.view.scroll
        self.pages = self.view.pages
        self.buttons = self.view.buttons
        self.print_button = self.view.print_button
        self.save_button = self.view.save_button
        self.page_count = self.view.page_count
        self.make_printer = self.view.make_printer
        self.ask_printer = self.view.ask_printer
        self.print_to = self.view.print_to
        self.ask_file = self.view.ask_file
        self.save_to = self.view.save_to
        self.status_text = self.view.status_text

        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.retranslateUi()
        self.view.set_pdf(pdf, title, file_name)

    @property
    def pdf(self) -> bytes:
        return self.view.pdf

    @property
    def file_name(self) -> str:
        return self.view.file_name

    def retranslateUi(self) -> None:
        self.setWindowTitle(self._title or self.tr("Print preview"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def show_pdf(parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> PdfPreviewDialog:
    """Open a preview of ``pdf`` beside ``parent`` (not modal) and return it."""
    dialog = PdfPreviewDialog(pdf, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
