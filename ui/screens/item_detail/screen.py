"""One item in full: photos, every fact the store keeps, the history of every state change,
the price history, the latest inspection with its answers, today's shelf price, and what the
user may do next (set the price, queue a label, print the inspection report).

Opened from the items screen (double-click or Open); every rule stays in the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Permission
from pos_app.errors import ValidationError
from pos_app.printing.inspection_report import render_inspection_report
from pos_app.services import grading, items, label_queue, pricing, users
from pos_app.services.grading import InspectionView
from pos_app.services.item_record import ItemRecord, item_record
from pos_app.services.pricing import PriceChangeView, ShelfPrice, Suggestion
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.pricing_terms import reason_text
from ui.screens.item_detail.photos import PhotoStrip
from ui.screens.items.model import category_name
from ui.session import Session, while_alive
from ui.terms import acquisition_name, state_name
from ui.widgets import MoneyEdit, ScannerInput
from ui.widgets.feedback import show_feedback
from ui.widgets.manager_pin_dialog import refusal_text, run_with_override
from ui.widgets.pdf_preview import show_pdf
from ui.workers import run_in_background


@dataclass(frozen=True)
class ItemDetails:
    record: ItemRecord
    history: list[tuple]
    names: dict[int, str]
    prices: list[PriceChangeView]
    inspection: InspectionView | None
    shelf: ShelfPrice | None
    waiting_label: bool


def load_details(db: StoreDB, code: str) -> ItemDetails:
    """Everything the detail screen shows, read off the GUI thread."""
    record = item_record(db, code)
    code = record.code
    try:
        shelf = pricing.shelf_price(db, code)
    except ValidationError:  # no price yet
        shelf = None
    return ItemDetails(
        record=record, history=items.history(db, code),
        names={u.id: u.display_name for u in users.login_names(db)},
        prices=pricing.price_history(db, code), inspection=grading.latest_inspection(db, code),
        shelf=shelf, waiting_label=any(p.code == code for p in label_queue.pending(db)))


def suggest(db: StoreDB, record: ItemRecord) -> Suggestion:
    view = record.view
    return pricing.suggest_price(db, category=record.category_code, brand=view.brand,
                                 model=view.model, grade=view.grade or "B")


def _when(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _money(amount) -> str:
    return "—" if amount is None else amount.format(i18n.current_locale_name())


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


FIELDS = ("category", "grade", "state", "acquisition", "cost", "price", "shelf", "floor",
          "serial", "owner", "contract", "held", "location", "sold", "received", "notes",
          "attributes")


class ItemDetailScreen(QWidget):
    """``loaded`` after an item's details arrived; ``changed`` after the user changed it."""

    loaded = Signal()
    changed = Signal()
    previewOpened = Signal(object)

    def __init__(self, session: Session, code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self.details: ItemDetails | None = None
        self.suggestion: Suggestion | None = None
        self.preview = None
        actor = session.actor

        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.open_code)
        self.scanner_label = QLabel(self)
        self.scanner_label.setBuddy(self.scanner)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.photos = PhotoStrip(self._db, actor, self)

        self.fields: dict[str, tuple[QLabel, QLabel]] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        half = (len(FIELDS) + 1) // 2
        for index, key in enumerate(FIELDS):
            label, value = QLabel(self), QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = (label, value)
            row, column = index % half, (index // half) * 2
            facts.addWidget(label, row, column)
            facts.addWidget(value, row, column + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        self.tabs = QTabWidget(self)
        self.history = _table(self, 5)
        self.prices = _table(self, 5)
        self.inspection_page = QWidget(self)
        self.inspection_summary = QLabel(self.inspection_page)
        self.inspection_summary.setWordWrap(True)
        self.answers = _table(self.inspection_page, 2)
        inspection_layout = QVBoxLayout(self.inspection_page)
        inspection_layout.addWidget(self.inspection_summary)
        inspection_layout.addWidget(self.answers, 1)
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.prices, "")
        self.tabs.addTab(self.inspection_page, "")

        # what the user may do next
        self.actions_box = QGroupBox(self)
        self.price_label = QLabel(self.actions_box)
        self.new_price = MoneyEdit(self.actions_box, currency=session.store.currency)
        self.price_label.setBuddy(self.new_price)
        self.price_reason = QLineEdit(self.actions_box)
        self.price_reason.setMaxLength(120)
        self.price_reason_label = QLabel(self.actions_box)
        self.price_reason_label.setBuddy(self.price_reason)
        self.suggest_button = QPushButton(self.actions_box)
        self.suggest_button.clicked.connect(self.ask_suggestion)
        self.suggestion_label = QLabel(self.actions_box)
        self.suggestion_label.setWordWrap(True)
        self.set_price_button = QPushButton(self.actions_box)
        self.set_price_button.setProperty("role", "primary")
        self.set_price_button.clicked.connect(self.set_price)
        self.new_price.valueChanged.connect(lambda _v: self._update_actions())
        self.label_button = QPushButton(self.actions_box)
        self.label_button.clicked.connect(self.queue_label)
        self.label_button.setVisible(actor.can(Permission.PRINT_LABELS))
        self.report_button = QPushButton(self.actions_box)
        self.report_button.clicked.connect(self.print_report)
        price_form = QFormLayout()
        price_row = QHBoxLayout()
        price_row.addWidget(self.new_price, 1)
        price_row.addWidget(self.suggest_button)
        price_form.addRow(self.price_label, price_row)
        price_form.addRow(self.price_reason_label, self.price_reason)
        actions = QVBoxLayout(self.actions_box)
        actions.addLayout(price_form)
        actions.addWidget(self.suggestion_label)
        actions.addWidget(self.set_price_button)
        actions.addSpacing(12)
        actions.addWidget(self.label_button)
        actions.addWidget(self.report_button)
        actions.addStretch(1)
        self.actions_box.setMinimumWidth(300)

        bar = QHBoxLayout()
        bar.addWidget(self.scanner_label)
        bar.addWidget(self.scanner, 1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.photos)
        left.addLayout(facts)
        left.addWidget(self.tabs, 1)
        body.addLayout(left, 1)
        body.addWidget(self.actions_box)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.retranslateUi()
        if code:
            self.open_code(code)

    # -- loading -----------------------------------------------------------------------

    def open_code(self, code: str) -> None:
        run_in_background(load_details, self._db, code,
                          on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, lambda exc: self.show_message(
                              user_message(exc), error=True)))

    def reload(self) -> None:
        if self.details is not None:
            self.open_code(self.details.record.code)

    def _arrived(self, details: ItemDetails) -> None:
        first = self.details is None or self.details.record.code != details.record.code
        self.details = details
        if first:
            self.suggestion = None
            self.new_price.clear()
            self.price_reason.clear()
            self.photos.show_item(details.record.code)
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        d = self.details
        if d is None:
            self.heading.setText(self.tr("Scan an item to see everything about it."))
            for _label, value in self.fields.values():
                value.setText("")
            self._update_actions()
            return
        r, v = d.record, d.record.view
        self.heading.setText(" ".join(p for p in (v.code, v.brand, v.model) if p))
        shelf = ""
        if d.shelf is not None:
            shelf = _money(d.shelf.price)
            if d.shelf.marked_down:
                shelf += " (" + reason_text(d.shelf.reason, d.shelf.reason_params) + ")"
        attributes = ", ".join(f"{k}: {val}" for k, val in r.attributes.items()
                               if not isinstance(val, (dict, list)))
        values = {
            "category": category_name(v), "grade": v.grade or "—",
            "state": self.tr("{state} since {when}").format(state=state_name(v.state),
                                                            when=_when(v.state_changed_at)),
            "acquisition": acquisition_name(v.acquisition), "cost": _money(v.cost),
            "price": _money(v.price), "shelf": shelf or "—", "floor": _money(r.floor),
            "serial": r.serial or "—", "owner": r.owner_name or "—",
            "contract": r.contract_number or "—", "held": _when(r.held_until) or "—",
            "location": v.location or "—",
            "sold": (f"{_money(r.sold)} · {_when(r.sold_at)}" if r.sold is not None else "—"),
            "received": _when(r.created_at), "notes": v.notes or "—",
            "attributes": attributes or "—",
        }
        for key, (_label, value) in self.fields.items():
            value.setText(values[key])

        _fill(self.history, [
            (_when(at), state_name(frm) if frm else "—", state_name(to),
             d.names.get(user, "" if user is None else f"#{user}"), reason or "")
            for at, frm, to, user, reason in d.history])
        _fill(self.prices, [(_when(p.at), _money(p.old), _money(p.new), p.by, p.reason)
                            for p in d.prices])
        self._fill_inspection()
        self._update_actions()

    def _fill_inspection(self) -> None:
        inspection = self.details.inspection if self.details else None
        if inspection is None:
            self.inspection_summary.setText(self.tr("Not inspected yet."))
            _fill(self.answers, [])
            return
        language = i18n.current_language()
        text = self.tr("Grade {grade}, by {grader} on {when}; checklist version {version}; "
                       "verification code {code}.").format(
            grade=inspection.grade, grader=inspection.graded_by, when=_when(inspection.at),
            version=inspection.checklist_version, code=inspection.verification_code)
        if inspection.overridden:
            text += " " + self.tr("The checklist gave {derived}; changed because: {reason}").format(
                derived=inspection.derived_grade, reason=inspection.override_reason)
        self.inspection_summary.setText(text)
        _fill(self.answers, inspection.lines(language))

    def history_rows(self) -> int:
        return self.history.rowCount()

    # -- actions -----------------------------------------------------------------------

    def _update_actions(self) -> None:
        d = self.details
        priceable = d is not None and d.record.view.state in pricing.PRICEABLE
        self.new_price.setEnabled(priceable)
        self.price_reason.setEnabled(priceable)
        self.suggest_button.setEnabled(priceable and bool(d.record.view.grade))
        self.set_price_button.setEnabled(priceable and self.new_price.value() is not None)
        self.label_button.setEnabled(
            d is not None and d.record.view.price is not None and not d.waiting_label
            and d.record.view.state in label_queue.LABELLABLE)
        self.label_button.setText(self.tr("Label waiting in the queue") if d and d.waiting_label
                                  else self.tr("&Queue a label"))
        self.report_button.setEnabled(d is not None and d.inspection is not None)
        if self.suggestion is None:
            self.suggestion_label.setText("")
        else:
            s = self.suggestion
            head = (self.tr("Suggested: {price}").format(price=_money(s.price))
                    if s.price is not None else "")
            self.suggestion_label.setText(
                "\n".join(p for p in (head, reason_text(s.reason_template, s.reason_params)) if p))

    def ask_suggestion(self) -> None:
        if self.details is None:
            return
        run_in_background(suggest, self._db, self.details.record,
                          on_done=while_alive(self, self._suggested),
                          on_error=while_alive(self, lambda exc: self.show_message(
                              user_message(exc), error=True)))

    def _suggested(self, suggestion: Suggestion) -> None:
        self.suggestion = suggestion
        if suggestion.price is not None and self.new_price.value() is None:
            self.new_price.setValue(suggestion.price)
        self._update_actions()

    def set_price(self) -> None:
        price = self.new_price.value()
        if self.details is None or price is None:
            return
        self.set_price_button.setEnabled(False)
        run_with_override(self, pricing.set_price, self._db, self._session.actor,
                          self.details.record.code, price, self.price_reason.text().strip(),
                          on_done=while_alive(self, self._priced),
                          on_error=while_alive(self, self._action_failed))

    def _priced(self, view) -> None:
        self.show_message(self.tr("The price of {code} is now {price}.").format(
            code=view.code, price=_money(view.price)))
        self.new_price.clear()
        self.price_reason.clear()
        self.changed.emit()
        self.reload()

    def queue_label(self) -> None:
        if self.details is None:
            return
        run_in_background(label_queue.queue, self._db, self._session.actor,
                          [self.details.record.code],
                          on_done=while_alive(self, self._queued),
                          on_error=while_alive(self, self._action_failed))

    def _queued(self, _jobs: list[int]) -> None:
        self.show_message(self.tr("A label for {code} is waiting in the label queue.").format(
            code=self.details.record.code))
        self.changed.emit()
        self.reload()

    def print_report(self) -> None:
        if self.details is None or self.details.inspection is None:
            return
        code = self.details.record.code
        run_in_background(render_inspection_report, self._db, code, size="a4",
                          language=i18n.current_language(),
                          on_done=while_alive(self, lambda pdf: self._report(code, pdf)),
                          on_error=while_alive(self, self._action_failed))

    def _report(self, code: str, pdf: bytes) -> None:
        self.preview = show_pdf(self, pdf, self.tr("Inspection report {code}").format(code=code),
                                f"inspection-{code}.pdf")
        self.previewOpened.emit(self.preview)

    def _action_failed(self, exc: BaseException) -> None:
        self.show_message(refusal_text(exc), error=True)
        self._update_actions()

    # -- messages and language ---------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.scanner_label.setText(self.tr("S&can:"))
        titles = {
            "category": self.tr("Category:"), "grade": self.tr("Grade:"),
            "state": self.tr("State:"), "acquisition": self.tr("Taken in as:"),
            "cost": self.tr("Cost:"), "price": self.tr("Price:"),
            "shelf": self.tr("Shelf price today:"), "floor": self.tr("Owner's lowest price:"),
            "serial": self.tr("IMEI / serial:"), "owner": self.tr("Owner:"),
            "contract": self.tr("Contract:"), "held": self.tr("Held until:"),
            "location": self.tr("Location:"), "sold": self.tr("Sold:"),
            "received": self.tr("Received:"), "notes": self.tr("Notes:"),
            "attributes": self.tr("Details:"),
        }
        for key, (label, _value) in self.fields.items():
            label.setText(titles[key])
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Prices"))
        self.tabs.setTabText(2, self.tr("Inspection"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Reason")])
        self.prices.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Was"), self.tr("Now"), self.tr("By"), self.tr("Reason")])
        self.answers.setHorizontalHeaderLabels([self.tr("Check"), self.tr("Result")])
        self.actions_box.setTitle(self.tr("Next"))
        self.price_label.setText(self.tr("New &price:"))
        self.price_reason_label.setText(self.tr("Reas&on:"))
        self.price_reason.setPlaceholderText(self.tr("Why the price changes (for the record)"))
        self.suggest_button.setText(self.tr("S&uggest"))
        self.set_price_button.setText(self.tr("Set p&rice"))
        self.report_button.setText(self.tr("Print &inspection report…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class ItemDetailDialog(QDialog):
    """The detail screen in its own window, as the items screen opens it."""

    def __init__(self, session: Session, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = ItemDetailScreen(session, code, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail)
        self.detail.loaded.connect(self._title)
        self._title()
        self.resize(1100, 780)

    def _title(self) -> None:
        d = self.detail.details
        self.setWindowTitle(self.tr("Item {code}").format(code=d.record.code) if d
                            else self.tr("Item"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._title()
        super().changeEvent(event)


def open_item_detail(session: Session, code: str, parent: QWidget | None = None) -> ItemDetailDialog:
    """Show item ``code`` in a window of its own (not modal) and return it."""
    dialog = ItemDetailDialog(session, code, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
