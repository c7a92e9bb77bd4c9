"""A checklist definition (pos_app.domain.grading) rendered as a form a grader walks with the
keyboard: a few choices as radio buttons, many as a combo box, yes/no as a pair of radio
buttons, numbers in a spin box, text and the IMEI or serial in line edits (a scanner types
into those and presses Enter, which moves on to the next question).

The form only collects answers; checking them and deriving the grade is the domain's job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import devices
from pos_app.domain.grading import label
from pos_app.errors import DomainError
from ui import i18n
from ui.errors import user_message
from ui.theme import repolish

MAX_RADIOS = 5
"""A choice with more options than this is a combo box."""
NUMBER_LIMIT = 1_000_000


class _Question:
    """One question's label, editor and value."""

    def __init__(self, form: ChecklistForm, question: dict) -> None:
        self.q = question
        self.form = form
        self.kind = question["kind"]
        self.label = QLabel(form)
        self.label.setWordWrap(True)
        self.editor = QWidget(form)
        self.error: QLabel | None = None
        self.group: QButtonGroup | None = None
        self.buttons: dict[object, QAbstractButton] = {}
        self.combo: QComboBox | None = None
        self.spin: QSpinBox | None = None
        self.line: QLineEdit | None = None
        getattr(self, f"_build_{self.kind}")()
        self.label.setBuddy(self.focus_widget())

    # -- editors -----------------------------------------------------------------------

    def _radios(self, values: list[object]) -> None:
        row = QHBoxLayout(self.editor)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self.editor)
        self.group.setExclusive(False)  # so that "not answered yet" can be restored
        for value in values:
            button = QRadioButton(self.editor)
            button.setAutoExclusive(False)
            button.toggled.connect(lambda on, v=value: self._radio_toggled(v, on))
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)

    def _radio_toggled(self, value: object, on: bool) -> None:
        if on:
            for other, button in self.buttons.items():
                if other != value and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        self.form.changed()

    def _build_choice(self) -> None:
        options = self.q["options"]
        if len(options) <= MAX_RADIOS:
            self._radios([o["value"] for o in options])
        else:
            row = QHBoxLayout(self.editor)
            row.setContentsMargins(0, 0, 0, 0)
            self.combo = QComboBox(self.editor)
            self.combo.addItem("—", None)
            for option in options:
                self.combo.addItem("", option["value"])
            self.combo.currentIndexChanged.connect(lambda _i: self.form.changed())
            row.addWidget(self.combo)
            row.addStretch(1)

    def _build_yes_no(self) -> None:
        self._radios([True, False])

    def _build_number(self) -> None:
        row = QHBoxLayout(self.editor)
        row.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox(self.editor)
        low = self.q.get("min")
        high = self.q.get("max")
        low = int(low) if low is not None else -NUMBER_LIMIT
        high = int(high) if high is not None else NUMBER_LIMIT
        self.spin.setRange(low - 1, high)  # the value below the range means "not answered"
        self.spin.setSpecialValueText("—")
        self.spin.setValue(low - 1)
        unit = self.q.get("unit", "")
        self.spin.setSuffix(unit)
        self.spin.setMinimumWidth(110)
        self.spin.valueChanged.connect(lambda _v: self.form.changed())
        row.addWidget(self.spin)
        row.addStretch(1)

    def _build_text(self) -> None:
        layout = QVBoxLayout(self.editor)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self.editor)
        self.line.setMaxLength(int(self.q.get("max_length", 200)))
        self.line.textChanged.connect(lambda _t: self.form.changed())
        self.line.returnPressed.connect(self.form.focus_next)
        layout.addWidget(self.line)

    def _build_device_id(self) -> None:
        self._build_text()
        self.error = QLabel(self.editor)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.editor.layout().addWidget(self.error)
        self.line.editingFinished.connect(self.check_device)

    def focus_widget(self) -> QWidget:
        if self.buttons:
            return next(iter(self.buttons.values()))
        return self.combo or self.spin or self.line

    # -- values ------------------------------------------------------------------------

    def value(self) -> object:
        if self.buttons:
            return next((v for v, b in self.buttons.items() if b.isChecked()), None)
        if self.combo is not None:
            return self.combo.currentData()
        if self.spin is not None:
            return None if self.spin.value() == self.spin.minimum() else self.spin.value()
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: object) -> None:
        if self.buttons:
            for v, button in self.buttons.items():
                button.blockSignals(True)
                button.setChecked(value is not None and v == value)
                button.blockSignals(False)
        elif self.combo is not None:
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        elif self.spin is not None:
            if value is None:
                self.spin.setValue(self.spin.minimum())
            else:
                self.spin.setValue(int(value))
        else:
            self.line.setText("" if value is None else str(value))

    def check_device(self) -> bool:
        """Check the IMEI or serial as the domain reads it; show what is wrong under it."""
        text = self.line.text().strip()
        problem = ""
        if text:
            try:
                canonical = devices.device_id(self.form.ref, text)
            except DomainError as exc:
                problem = user_message(exc)
            else:
                if canonical != text:
                    self.line.setText(canonical)
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.line.setProperty("invalid", bool(problem))
        repolish(self.line)
        return not problem

    def retranslate(self, language: str) -> None:
        star = " *" if self.q.get("required") else ""
        self.label.setText(label(self.q, language) + star)
        if self.kind == "choice":
            labels = {o["value"]: label(o, language) for o in self.q["options"]}
            for value, button in self.buttons.items():
                button.setText(labels[value])
            if self.combo is not None:
                for index in range(1, self.combo.count()):
                    self.combo.setItemText(index, labels[self.combo.itemData(index)])
        elif self.kind == "yes_no":
            self.buttons[True].setText(QCoreApplication.translate("ChecklistForm", "Yes"))
            self.buttons[False].setText(QCoreApplication.translate("ChecklistForm", "No"))


class ChecklistForm(QWidget):
    """``answersChanged`` on every change; ``answers()`` holds the questions answered so far."""

    answersChanged = Signal()

    def __init__(self, definition: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.ref = definition.get("ref")
        self._quiet = False
        self.questions: dict[str, _Question] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for question in definition["questions"]:
            row = _Question(self, question)
            self.questions[question["key"]] = row
            layout.addRow(row.label, row.editor)
        self.retranslateUi()

    def changed(self) -> None:
        if not self._quiet:
            self.answersChanged.emit()

    def focus_next(self) -> None:
        self.focusNextChild()

    def answers(self) -> dict:
        return {key: value for key, row in self.questions.items()
                if (value := row.value()) is not None}

    def set_answers(self, answers: dict) -> None:
        """Fill the form (unknown keys are ignored); one answersChanged at the end."""
        self._quiet = True
        try:
            for key, value in answers.items():
                if key in self.questions:
                    self.questions[key].set_value(value)
        finally:
            self._quiet = False
        self.answersChanged.emit()

    def editor(self, key: str) -> _Question:
        return self.questions[key]

    def first_unanswered(self) -> QWidget | None:
        answered = self.answers()
        for key, row in self.questions.items():
            if key not in answered:
                return row.focus_widget()
        return None

    def devices_ok(self) -> bool:
        return all(row.check_device() for row in self.questions.values() if row.kind == "device_id")

    def retranslateUi(self) -> None:
        language = i18n.current_language()
        for row in self.questions.values():
            row.retranslate(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
