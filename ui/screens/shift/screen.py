"""Shift and drawer: open this counter's shift with the float counted, pay cash in or out with
a reason, print the X report while open, and close with a blind count by denomination, after
which the expected amount, the over/short and the Z report are shown.

What the drawer should hold is never shown while the shift is open: the count is blind.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.printing.shift_report import print_shift_report
from pos_app.services import backups, shifts
from pos_app.services.backups import DayBackup
from pos_app.services.shifts import DrawerMovement, ShiftView
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.screens.shift.dialogs import BlindCountDialog, CashMoveDialog
from ui.session import Session, while_alive
from ui.widgets import MoneyEdit
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.pdf_preview import PdfPreviewDialog, show_pdf
from ui.workers import run_in_background


def counter_state(db: StoreDB, counter_id: int) -> tuple[ShiftView | None, ShiftView | None]:
    """The counter's open shift and its last closed one (either may be None)."""
    return shifts.current_shift(db, counter_id), shifts.last_closed(db, counter_id)


def _pdf_language() -> str:
    return "zh_CN" if i18n.current_language() == "zh_CN" else "en"


def _when(shift: ShiftView, closed: bool = False) -> str:
    moment = shift.closed_at if closed else shift.opened_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


class ShiftScreen(QWidget):
    """``loaded`` after the counter's state was read; ``shiftClosed(view)`` after the count;
    ``previewOpened(dialog)`` when an X or Z report is shown for printing; ``dayBackedUp(outcome)``
    after the day-close backup (a DayBackup, or None when another shift is still open)."""

    loaded = Signal()
    cashMoved = Signal(object)
    shiftClosed = Signal(object)
    previewOpened = Signal(object)
    dayBackedUp = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._currency = session.store.currency
        self.shift: ShiftView | None = None
        self.last: ShiftView | None = None
        self.dialog: CashMoveDialog | BlindCountDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self._shown_before = False
        self._loaded = False
        self._asked = 0  # which read of the counter's state is the latest (older ones are stale)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.message = feedback_label(self)

        self.open_box = QGroupBox(self)
        self.float_label = QLabel(self.open_box)
        self.opening_float = MoneyEdit(self.open_box, currency=self._currency)
        self.float_label.setBuddy(self.opening_float)
        self.opening_float.returnPressed.connect(self.open_shift)
        self.open_button = QPushButton(self.open_box)
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.open_shift)
        open_row = QHBoxLayout(self.open_box)
        open_row.addWidget(self.float_label)
        open_row.addWidget(self.opening_float, 1)
        open_row.addWidget(self.open_button)

        self.drawer_box = QGroupBox(self)
        self.paid_in_button = QPushButton(self.drawer_box)
        self.paid_in_button.clicked.connect(lambda: self.ask_cash_move("paid_in"))
        self.paid_out_button = QPushButton(self.drawer_box)
        self.paid_out_button.clicked.connect(lambda: self.ask_cash_move("paid_out"))
        self.x_button = QPushButton(self.drawer_box)
        self.x_button.clicked.connect(lambda: self.show_report(None))
        self.close_button = QPushButton(self.drawer_box)
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.ask_count)
        drawer_row = QHBoxLayout(self.drawer_box)
        for button in (self.paid_in_button, self.paid_out_button, self.x_button):
            drawer_row.addWidget(button)
        drawer_row.addStretch(1)
        drawer_row.addWidget(self.close_button)

        self.last_box = QGroupBox(self)
        self.last_text = QLabel(self.last_box)
        self.last_text.setWordWrap(True)
        self.last_text.setTextFormat(Qt.TextFormat.RichText)
        self.z_button = QPushButton(self.last_box)
        self.z_button.clicked.connect(lambda: self.last and self.show_report(self.last.id))
        last_row = QHBoxLayout(self.last_box)
        last_row.addWidget(self.last_text, 1)
        last_row.addWidget(self.z_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addWidget(self.open_box)
        layout.addWidget(self.drawer_box)
        layout.addWidget(self.last_box)
        layout.addStretch(1)

        self.retranslateUi()
        session.counterChanged.connect(while_alive(self, lambda _counter: self.reload()))
        self.reload()

    # -- the counter's state -----------------------------------------------------------

    @property
    def counter_id(self) -> int | None:
        return self._session.actor.counter_id

    def reload(self) -> None:
        if self.counter_id is None:
            self._show_state()
            return
        self._asked += 1
        asked = self._asked
        run_in_background(counter_state, self._db, self.counter_id,
                          on_done=while_alive(self, lambda state: self._state_arrived(asked, state)),
                          on_error=while_alive(self, self._failed))

    def _state_arrived(self, asked: int, state: tuple[ShiftView | None, ShiftView | None]) -> None:
        if asked != self._asked:  # the shift was opened or closed here since it was asked
            return
        self.shift, self.last = state
        self._loaded = True
        self._show_state()
        self.loaded.emit()

    def _changed_here(self, shift: ShiftView | None, last: ShiftView | None) -> None:
        self._asked += 1
        self._loaded = True
        self.shift, self.last = shift, last
        self._show_state()

    def _show_state(self) -> None:
        locale = i18n.current_locale_name()
        counter = self._session.counter.name if self._session.counter else "—"
        if self.counter_id is None:
            text = self.tr("Log in at a counter to use its cash drawer.")
        elif not self._loaded:
            text = self.tr("Reading the drawer…")
        elif self.shift is None:
            text = self.tr("No shift is open at {counter}. Count the float into the drawer and "
                           "open a shift before taking or paying out cash.").format(counter=counter)
        else:
            text = self.tr("Shift {number} is open at {counter} since {when}, with a float of "
                           "{float}.").format(number=self.shift.id, counter=counter,
                                              when=_when(self.shift),
                                              float=self.shift.opening_float.format(locale))
        self.state.setText(text)
        has_counter = self.counter_id is not None
        self.open_box.setVisible(has_counter and self._loaded and self.shift is None)
        self.drawer_box.setVisible(self.shift is not None)
        self.last_box.setVisible(self.last is not None)
        if self.last is not None:
            self.last_text.setText(self._closed_text(self.last))

    def _closed_text(self, shift: ShiftView) -> str:
        locale = i18n.current_locale_name()
        over = shift.over_short or Money.zero(self._currency)
        if over.minor > 0:
            verdict = self.tr("over by {amount}").format(amount=over.format(locale))
        elif over.minor < 0:
            verdict = self.tr("short by {amount}").format(amount=(-over).format(locale))
        else:
            verdict = self.tr("exactly right")
        lines = [
            self.tr("Shift {number} closed at {when}.").format(number=shift.id,
                                                              when=_when(shift, True)),
            self.tr("Expected in the drawer: {amount}").format(
                amount=shift.expected.format(locale) if shift.expected is not None else "—"),
            self.tr("Counted: {amount}").format(
                amount=shift.counted.format(locale) if shift.counted is not None else "—"),
            self.tr("The drawer is {verdict}.").format(verdict=verdict),
        ]
        escaped = [line.replace("&", "&amp;").replace("<", "&lt;") for line in lines]
        return "<br>".join([escaped[0], *escaped[1:3], f"<b>{escaped[3]}</b>"])

    def closed_text(self) -> str:
        """The result of the last close as plain text (what the clerk reads)."""
        return self.last_text.text().replace("<br>", "\n").replace("<b>", "").replace("</b>", "")

    # -- opening -----------------------------------------------------------------------

    def open_shift(self) -> None:
        amount = self.opening_float.value()
        if amount is None:
            self.show_message(self.opening_float.errorMessage() or self.tr(
                "Type the float counted into the drawer (0 if there is none)."), error=True)
            self.opening_float.setFocus()
            return
        self.open_button.setEnabled(False)
        run_in_background(shifts.open_shift, self._db, self._session.actor, amount,
                          on_done=while_alive(self, self._opened),
                          on_error=while_alive(self, self._failed))

    def _opened(self, shift: ShiftView) -> None:
        self.open_button.setEnabled(True)
        self.opening_float.clear()
        self.show_message(self.tr("Shift {number} opened.").format(number=shift.id))
        self._changed_here(shift, self.last)
        self._session.statusInvalidated.emit()

    # -- paid in and out ---------------------------------------------------------------

    def ask_cash_move(self, kind: str) -> None:
        dialog = CashMoveDialog(kind, self._currency, self)
        dialog.submitted.connect(lambda amount, reason: self._move_cash(dialog, amount, reason))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _move_cash(self, dialog: CashMoveDialog, amount: Money, reason: str) -> None:
        service = shifts.pay_in if dialog.kind == "paid_in" else shifts.pay_out
        run_in_background(service, self._db, self._session.actor, amount, reason,
                          on_done=while_alive(self, lambda moved: self._cash_moved(dialog, moved)),
                          on_error=while_alive(dialog, lambda exc: dialog.show_error(
                              user_message(exc))))

    def _cash_moved(self, dialog: CashMoveDialog, moved: DrawerMovement) -> None:
        if shiboken6.isValid(dialog):
            dialog.accept()
        locale = i18n.current_locale_name()
        template = (self.tr("Paid in {amount}: {reason}") if moved.kind == "paid_in"
                    else self.tr("Paid out {amount}: {reason}"))
        self.show_message(template.format(amount=abs(moved.amount).format(locale),
                                          reason=moved.reason))
        self.cashMoved.emit(moved)

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- closing -----------------------------------------------------------------------

    def ask_count(self) -> None:
        self.close_button.setEnabled(False)
        run_in_background(shifts.drawer_denominations, self._db, self._session.actor,
                          on_done=while_alive(self, self._count_with),
                          on_error=while_alive(self, self._failed))

    def _count_with(self, notes_and_coins: tuple[Money, ...]) -> None:
        self.close_button.setEnabled(True)
        dialog = BlindCountDialog(notes_and_coins, self)
        dialog.submitted.connect(lambda counts: self._close(dialog, counts))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _close(self, dialog: BlindCountDialog, counts: dict[str, int]) -> None:
        run_in_background(shifts.close_shift, self._db, self._session.actor, counts=counts,
                          on_done=while_alive(self, lambda view: self._closed(dialog, view)),
                          on_error=while_alive(dialog, lambda exc: dialog.show_error(
                              user_message(exc))))

    def _closed(self, dialog: BlindCountDialog, view: ShiftView) -> None:
        if shiboken6.isValid(dialog):
            dialog.accept()
        self.show_message(self.tr("Shift {number} is closed; print the Z report and keep it "
                                  "with the cash.").format(number=view.id))
        self._changed_here(None, view)
        self._session.statusInvalidated.emit()
        self.shiftClosed.emit(view)
        self.show_report(view.id)
        run_in_background(backups.day_close_backup, self._db, self._session.actor.store_id,
                          on_done=while_alive(self, self._backed_up))

    def _backed_up(self, outcome: DayBackup | None) -> None:
        """The day's close backs the store up after the close committed; a failure is told, and
        the shift stays closed."""
        if outcome is not None and not outcome.ok:
            self.show_message(self.tr("The shift is closed, but the day's backup failed: {problem} "
                                      "Ask a manager to take a backup.").format(
                                          problem=user_message(outcome.error)), error=True)
        self.dayBackedUp.emit(outcome)

    # -- reports -----------------------------------------------------------------------

    def show_report(self, shift_id: int | None) -> None:
        """The X report of the open shift (None) or the Z report of a closed one, previewed."""
        run_in_background(print_shift_report, self._db, self._session.actor, shift_id,
                          language=_pdf_language(),
                          on_done=while_alive(self, lambda pdf: self._report_ready(shift_id, pdf)),
                          on_error=while_alive(self, self._failed))

    def _report_ready(self, shift_id: int | None, pdf: bytes) -> None:
        if shift_id is None:
            title, name = self.tr("X report"), "x-report.pdf"
        else:
            title, name = self.tr("Z report"), f"z-report-{shift_id}.pdf"
        self.preview = show_pdf(self, pdf, title, name)
        self.previewOpened.emit(self.preview)

    # -- messages and language ---------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.show_message(user_message(exc), error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("Shift and drawer"))
        self.open_box.setTitle(self.tr("Open a shift"))
        self.float_label.setText(self.tr("Opening &float:"))
        self.opening_float.setToolTip(self.tr("The cash counted into the drawer to start with."))
        self.open_button.setText(self.tr("&Open shift"))
        self.drawer_box.setTitle(self.tr("The drawer"))
        self.paid_in_button.setText(self.tr("Paid &in…"))
        self.paid_out_button.setText(self.tr("Paid o&ut…"))
        self.x_button.setText(self.tr("&X report"))
        self.close_button.setText(self.tr("&Close shift…"))
        self.last_box.setTitle(self.tr("Last closed shift"))
        self.z_button.setText(self.tr("&Z report"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:  # another screen may have opened the shift meanwhile
            self.reload()
        self._shown_before = True
