"""The grading screen: scan an item, walk its category's checklist, see the grade the answers
give (and why) as you go, override it with a reason if you must, save, print the report.

The checklist is the current version for the item's category; the grade shown live comes from
pos_app.domain.grading.derive_grade, and saving goes through grading.inspect_item, which
checks everything again. Photos are added from files. Camera capture needs Qt Multimedia,
which PySide6-Essentials does not ship; it comes when the PySide6-Addons package is added.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import item_states
from pos_app.domain.grading import GRADE_ORDER, derive_grade
from pos_app.domain.item_states import ItemState
from pos_app.errors import DomainError
from pos_app.printing.inspection_report import render_inspection_report
from pos_app.services import checklists, grading
from pos_app.services.checklists import ChecklistView
from pos_app.services.grading import InspectionView
from pos_app.services.item_record import ItemRecord, item_record
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.screens.grading.checklist_form import ChecklistForm
from ui.screens.item_detail.photos import PhotoStrip
from ui.screens.items.model import category_name
from ui.session import Session, while_alive
from ui.terms import state_name
from ui.theme import repolish
from ui.widgets import ScannerInput
from ui.widgets.feedback import show_feedback
from ui.widgets.pdf_preview import show_pdf
from ui.workers import run_in_background


@dataclass(frozen=True)
class GradingJob:
    record: ItemRecord
    checklist: ChecklistView


def load_for_grading(db: StoreDB, code: str) -> GradingJob:
    """The item and the checklist it is graded against; refuses an item that cannot be graded
    now (the state machine says so) before the grader answers anything."""
    record = item_record(db, code)
    view = record.view
    item_states.required_permission(view.code, view.acquisition, view.state, ItemState.GRADED)
    return GradingJob(record, checklists.for_category(db, record.category_code))


def _prefill(job: GradingJob) -> dict:
    """What the store already knows: the serial, the model, attributes named like questions."""
    record, known = job.record, {}
    for question in job.checklist.questions:
        key, kind = question["key"], question["kind"]
        if kind == "device_id" and record.serial:
            known[key] = record.serial
        elif key == "model" and kind == "text" and record.view.model:
            known[key] = record.view.model
        elif key in record.attributes and kind in ("text", "choice", "number", "yes_no"):
            known[key] = record.attributes[key]
    return known


class GradingScreen(QWidget):
    """``itemLoaded`` when a scanned item's checklist is shown; ``gradeShown`` after every
    live grade; ``saved(InspectionView)`` after an inspection was recorded."""

    itemLoaded = Signal()
    gradeShown = Signal()
    saved = Signal(object)
    previewOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self.job: GradingJob | None = None
        self.form: ChecklistForm | None = None
        self.derived: str | None = None
        self.inspection: InspectionView | None = None
        self.preview = None

        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.open_code)
        self.scanner_label = QLabel(self)
        self.scanner_label.setBuddy(self.scanner)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        self.item_heading = QLabel(self)
        font = self.item_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.item_heading.setFont(font)
        self.item_facts = QLabel(self)
        self.item_facts.setWordWrap(True)
        self.checklist_label = QLabel(self)
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.form_area.setWidget(self.placeholder)

        # the grade panel
        self.grade_box = QGroupBox(self)
        self.grade_label = QLabel(self.grade_box)
        self.grade_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_label.setStyleSheet("font-size: 36pt; font-weight: bold; color: #1f6f43;")
        self.grade_name = QLabel(self.grade_box)
        self.grade_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reasons = QLabel(self.grade_box)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.missing = QLabel(self.grade_box)
        self.missing.setWordWrap(True)
        self.override_label = QLabel(self.grade_box)
        self.override = QComboBox(self.grade_box)
        self.override.addItem("", None)
        for grade in GRADE_ORDER:
            self.override.addItem(grade, grade)
        self.override_label.setBuddy(self.override)
        self.reason_label = QLabel(self.grade_box)
        self.reason = QLineEdit(self.grade_box)
        self.reason.setMaxLength(200)
        self.reason_label.setBuddy(self.reason)
        self.override.currentIndexChanged.connect(lambda _i: self._update_save())
        self.reason.textChanged.connect(lambda _t: self._update_save())
        self.save_button = QPushButton(self.grade_box)
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.report_a4 = QPushButton(self.grade_box)
        self.report_a4.clicked.connect(lambda: self.print_report("a4"))
        self.report_receipt = QPushButton(self.grade_box)
        self.report_receipt.clicked.connect(lambda: self.print_report("receipt"))
        override_form = QFormLayout()
        override_form.addRow(self.override_label, self.override)
        override_form.addRow(self.reason_label, self.reason)
        grade_layout = QVBoxLayout(self.grade_box)
        grade_layout.addWidget(self.grade_label)
        grade_layout.addWidget(self.grade_name)
        grade_layout.addWidget(self.reasons)
        grade_layout.addWidget(self.missing)
        grade_layout.addLayout(override_form)
        grade_layout.addWidget(self.save_button)
        grade_layout.addSpacing(12)
        grade_layout.addWidget(self.report_a4)
        grade_layout.addWidget(self.report_receipt)
        grade_layout.addStretch(1)

        self.photos_box = QGroupBox(self)
        self.photos = PhotoStrip(self._db, session.actor, self.photos_box)
        photos_layout = QVBoxLayout(self.photos_box)
        photos_layout.addWidget(self.photos)

        bar = QHBoxLayout()
        bar.addWidget(self.scanner_label)
        bar.addWidget(self.scanner, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.item_heading)
        left_layout.addWidget(self.item_facts)
        left_layout.addWidget(self.checklist_label)
        left_layout.addWidget(self.form_area, 1)
        left_layout.addWidget(self.photos_box)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.grade_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.retranslateUi()
        self._clear()

    # -- loading -----------------------------------------------------------------------

    def open_code(self, code: str) -> None:
        self.show_message("")
        run_in_background(load_for_grading, self._db, code,
                          on_done=while_alive(self, self._loaded),
                          on_error=while_alive(self, self._load_failed))

    def _load_failed(self, exc: BaseException) -> None:
        self.show_message(user_message(exc), error=True)

    def _loaded(self, job: GradingJob) -> None:
        self.job = job
        self.inspection = None
        self.form = ChecklistForm(job.checklist.definition)
        self.form.answersChanged.connect(self.refresh_grade)
        self.form_area.setWidget(self.form)  # the placeholder or the last form is deleted
        self.placeholder = None
        self.override.setCurrentIndex(0)
        self.reason.clear()
        self.form.set_answers(_prefill(job))
        self.photos.show_item(job.record.code)
        self._fill_item()
        self.grade_box.setEnabled(True)
        self.photos_box.setEnabled(True)
        self.report_a4.setVisible(False)
        self.report_receipt.setVisible(False)
        focus = self.form.first_unanswered()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.itemLoaded.emit()

    def _clear(self) -> None:
        self.grade_box.setEnabled(False)
        self.photos_box.setEnabled(False)
        self.report_a4.setVisible(False)
        self.report_receipt.setVisible(False)
        self.refresh_grade()

    def _fill_item(self) -> None:
        if self.job is None:
            self.item_heading.setText("")
            self.item_facts.setText("")
            self.checklist_label.setText("")
            return
        view = self.job.record.view
        self.item_heading.setText(" ".join(p for p in (view.code, view.brand, view.model) if p))
        self.item_facts.setText(self.tr("{category} · {state} · grade now {grade}").format(
            category=category_name(view), state=state_name(view.state),
            grade=view.grade or "—"))
        checklist = self.job.checklist
        name = checklist.name_zh if i18n.current_language() == "zh_CN" else checklist.name
        self.checklist_label.setText(self.tr("Checklist: {name}, version {version}").format(
            name=name, version=checklist.version))

    # -- the grade ---------------------------------------------------------------------

    def refresh_grade(self) -> None:
        """Derive the grade from the answers given so far, as the domain does."""
        self.derived = None
        reasons: list[str] = []
        missing_text, error = "", False
        if self.form is not None and self.job is not None:
            definition = self.job.checklist.definition
            answers = self.form.answers()
            try:
                self.derived, reasons = derive_grade(
                    definition, answers, language=i18n.current_language(), partial=True)
            except DomainError as exc:  # an answer that refuses the item, or a bad one
                missing_text, error = user_message(exc), True
            else:
                left = [q for q in definition["questions"]
                        if q.get("required") and q["key"] not in answers]
                if left:
                    missing_text = self.tr("%n required question(s) not answered yet.", "",
                                           len(left))
        self.grade_label.setText(self.derived or "—")
        self.grade_name.setText(self._grade_name(self.derived) if self.derived else "")
        self.reasons.setText("\n".join(f"• {r}" for r in reasons) if reasons else (
            self.tr("Nothing lowers the grade.") if self.derived else ""))
        self.missing.setText(missing_text)
        self.missing.setProperty("role", "error" if error else "")
        repolish(self.missing)
        self._complete = bool(self.derived) and not missing_text
        self._update_save()
        self.gradeShown.emit()

    def _grade_name(self, grade: str) -> str:
        names = {"A+": self.tr("Like new"), "A": self.tr("Excellent"), "B": self.tr("Good"),
                 "C": self.tr("Fair"), "D": self.tr("For parts")}
        return names.get(grade, "")

    def chosen_grade(self) -> str | None:
        """The grade the grader set instead of the derived one, or None."""
        chosen = self.override.currentData()
        return chosen if chosen and chosen != self.derived else None

    def _update_save(self) -> None:
        overriding = self.chosen_grade() is not None
        self.reason.setEnabled(self.override.currentData() is not None)
        self.reason.setPlaceholderText(self.tr("Required when you change the grade")
                                       if overriding else "")
        ready = getattr(self, "_complete", False) and (
            not overriding or bool(self.reason.text().strip()))
        self.save_button.setEnabled(ready and self.job is not None)
        if overriding and not self.reason.text().strip():
            self.save_button.setToolTip(self.tr("Give the reason for changing the grade."))
        else:
            self.save_button.setToolTip("")

    # -- saving ------------------------------------------------------------------------

    def save(self) -> None:
        if self.job is None or self.form is None or not self.form.devices_ok():
            return
        self.save_button.setEnabled(False)
        run_in_background(grading.inspect_item, self._db, self._session.actor,
                          self.job.record.code, self.form.answers(),
                          override_grade=self.chosen_grade(),
                          override_reason=self.reason.text().strip(),
                          on_done=while_alive(self, self._saved),
                          on_error=while_alive(self, self._save_failed))

    def _saved(self, inspection: InspectionView) -> None:
        self.inspection = inspection
        self.show_message(self.tr("Item {code} graded {grade}. Print its report, or scan the "
                                  "next item.").format(code=inspection.item_code,
                                                       grade=inspection.grade))
        self.report_a4.setVisible(True)
        self.report_receipt.setVisible(True)
        self.save_button.setEnabled(False)
        self.form.setEnabled(False)
        self.saved.emit(inspection)
        self.scanner.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_failed(self, exc: BaseException) -> None:
        self.show_message(user_message(exc), error=True)
        self._update_save()

    def print_report(self, size: str) -> None:
        if self.inspection is None:
            return
        code = self.inspection.item_code
        run_in_background(render_inspection_report, self._db, code, size=size,
                          language=i18n.current_language(),
                          on_done=while_alive(self, lambda pdf: self._report_ready(code, pdf)),
                          on_error=while_alive(self, self._save_failed))

    def _report_ready(self, code: str, pdf: bytes) -> None:
        self.preview = show_pdf(self, pdf, self.tr("Inspection report {code}").format(code=code),
                                f"inspection-{code}.pdf")
        self.previewOpened.emit(self.preview)

    # -- messages and language ---------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.scanner_label.setText(self.tr("S&can the item:"))
        if self.placeholder is not None:
            self.placeholder.setText(self.tr("Scan an item that was received or came back to "
                                             "grade it against its category's checklist."))
        self.grade_box.setTitle(self.tr("Grade"))
        self.photos_box.setTitle(self.tr("Photos"))
        self.override_label.setText(self.tr("&Set grade:"))
        self.override.setItemText(0, self.tr("As the checklist gives it"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.save_button.setText(self.tr("Sa&ve inspection"))
        self.report_a4.setText(self.tr("Print report (A4)…"))
        self.report_receipt.setText(self.tr("Print report (receipt)…"))
        self._fill_item()
        self.refresh_grade()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.job is None:
            self.scanner.setFocus(Qt.FocusReason.OtherFocusReason)
