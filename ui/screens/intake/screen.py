"""The intake screen: goods taken in from the public in one of the four businesses.

A guided flow: choose the business, the person, the items (scanner-first for IMEI and serial),
the business's terms, then Complete: a buy-back pays the seller (cash from the drawer,
transfer or store credit) and prints the receipt; a consignment prints its agreement; a
matchmaking listing its cards. Every step is a pos_app.services.intake call; a refusal (no
identity, a stolen device, no open shift, a quote over the limit, which a manager's PIN can
lift) is shown and changes nothing. An unfinished intake is a draft any counter can resume.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.domain.roles import Permission
from pos_app.printing.intake_documents import print_intake
from pos_app.services import catalog, intake, settings
from pos_app.services.intake import CompletedIntake, IntakeView
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.screens.intake.line_editor import (
    BUY_BACK,
    CONSIGNMENT,
    LEASE_STOCK,
    MATCHMAKING,
    LineEditor,
)
from ui.screens.intake.party_panel import PartyPanel
from ui.screens.intake.payment_panel import PaymentPanel
from ui.screens.intake.terms_panel import TermsPanel
from ui.session import Session, while_alive
from ui.widgets.feedback import show_feedback
from ui.widgets.manager_pin_dialog import refusal_text, run_with_override
from ui.widgets.pdf_preview import show_pdf
from ui.workers import run_in_background

KINDS = (BUY_BACK, CONSIGNMENT, LEASE_STOCK, MATCHMAKING)
KIND_NAMES: dict[str, str] = {
    BUY_BACK: QT_TRANSLATE_NOOP("IntakeKinds", "Buy-back"),
    CONSIGNMENT: QT_TRANSLATE_NOOP("IntakeKinds", "Consignment"),
    LEASE_STOCK: QT_TRANSLATE_NOOP("IntakeKinds", "Lease stock"),
    MATCHMAKING: QT_TRANSLATE_NOOP("IntakeKinds", "Matchmaking"),
}
METHOD_NAMES: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("IntakeKinds", "in cash"),
    "transfer": QT_TRANSLATE_NOOP("IntakeKinds", "by bank transfer"),
    "credit": QT_TRANSLATE_NOOP("IntakeKinds", "in store credit"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("IntakeKinds", KIND_NAMES.get(kind, kind))


def _save(db: StoreDB, actor, intake_id: int, terms: dict) -> IntakeView:
    """A draft's terms written; the draft as it now is."""
    if terms:
        return intake.set_terms(db, actor, intake_id, **terms)
    return intake.get_intake(db, actor, intake_id)


def _complete(db: StoreDB, actor, intake_id: int, terms: dict, payment: dict,
              allow: dict[str, str], override=None) -> CompletedIntake:
    """The terms written, then the intake completed (with a manager's override if given)."""
    if terms:
        intake.set_terms(db, actor, intake_id, **terms)
    return intake.complete_intake(db, actor, intake_id, **payment, override=override,
                                  allow_duplicate_of=allow or None)


def _setup(db: StoreDB, store_id: int) -> tuple[list, dict]:
    return catalog.list_categories(db), settings.get_settings(db, store_id)


class IntakeScreen(QWidget):
    """``intakeChanged(IntakeView)`` after any change to the draft; ``completed`` after a
    completion; ``draftsLoaded`` after the drafts list was read; ``failed(text)`` on a
    refusal shown to the clerk."""

    intakeChanged = Signal(object)
    completed = Signal(object)
    draftsLoaded = Signal()
    failed = Signal(str)
    previewOpened = Signal(object)
    ready = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._actor = session.actor
        currency = session.store.currency
        self.kind = BUY_BACK
        self.intake: IntakeView | None = None
        self.result: CompletedIntake | None = None
        self.settings: dict = {}
        self.preview = None
        self._busy = False

        # the business
        self.kind_label = QLabel(self)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind in KINDS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=kind: self.set_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
        self.kind_buttons[BUY_BACK].setChecked(True)
        self.number = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_intake)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_draft)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_draft)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        # drafts
        self.drafts_box = QGroupBox(self)
        self.drafts = QListWidget(self.drafts_box)
        self.drafts.itemActivated.connect(self._draft_chosen)
        self.drafts.itemDoubleClicked.connect(self._draft_chosen)
        self.resume_button = QPushButton(self.drafts_box)
        self.resume_button.clicked.connect(
            lambda: self.drafts.currentItem() and self._draft_chosen(self.drafts.currentItem()))
        drafts_layout = QVBoxLayout(self.drafts_box)
        drafts_layout.addWidget(self.drafts, 1)
        drafts_layout.addWidget(self.resume_button)

        # the person, the items
        self.party = PartyPanel(self._db, self._actor, self)
        self.party.partyChosen.connect(self._party_chosen)
        self.lines = LineEditor(self._db, currency, self)
        self.lines.submitted.connect(self._line_submitted)
        self.lines.removeRequested.connect(self._remove_line)

        # terms, payment, completing
        self.terms = TermsPanel(currency, self)
        self.payment = PaymentPanel(self._db, self._actor, currency, self)
        self.total = QLabel(self)
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.complete_button = QPushButton(self)
        self.complete_button.setProperty("role", "primary")
        self.complete_button.clicked.connect(self.complete)
        self.result_box = QGroupBox(self)
        self.result_text = QLabel(self.result_box)
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.result_box)
        self.print_button.clicked.connect(self.print_document)
        self.next_button = QPushButton(self.result_box)
        self.next_button.clicked.connect(self.new_intake)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_text)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.print_button)
        result_buttons.addWidget(self.next_button)
        result_layout.addLayout(result_buttons)
        self.result_box.hide()

        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        for button in self.kind_buttons.values():
            top.addWidget(button)
        top.addSpacing(16)
        top.addWidget(self.number, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        top.addWidget(self.cancel_button)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.party)
        middle_layout.addWidget(self.lines, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.terms)
        right_layout.addWidget(self.payment)
        right_layout.addWidget(self.total)
        right_layout.addWidget(self.complete_button)
        right_layout.addWidget(self.result_box)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.drafts_box)
        splitter.addWidget(self._scrolled(middle))
        splitter.addWidget(self._scrolled(right))
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([190, 600, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.retranslateUi()
        self.set_kind(BUY_BACK)
        run_in_background(_setup, self._db, session.store.id,
                          on_done=while_alive(self, self._setup_arrived),
                          on_error=while_alive(self, self._failed))
        self.load_drafts()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _setup_arrived(self, setup: tuple[list, dict]) -> None:
        categories, values = setup
        self.settings = values
        self.lines.set_categories(categories)
        if not self._actor.can(Permission.PRICE_OVERRIDE):
            self.lines.set_limit(Money.of(int(values["buy_back_quote_limit"]),
                                          self._session.store.currency))
        self.payment.set_default_bonus(values.get("credit_bonus_percent", 0))
        self.ready.emit()

    # -- the business ----------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        """Choose the business; a draft keeps the business it was started in."""
        if self.intake is not None and kind != self.intake.kind:
            kind = self.intake.kind
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.party.set_needs_id(kind == BUY_BACK)
        self.lines.set_kind(kind)
        self.terms.set_kind(kind)
        if self.intake is None and kind != BUY_BACK:
            self.terms.load(self._default_terms(kind))
        self.payment.setVisible(kind == BUY_BACK)
        self._refresh()

    def _default_terms(self, kind: str) -> dict:
        values = self.settings
        if kind == CONSIGNMENT:
            return {"consignor_share_bp": int(values.get("consignment_share_percent", 60)) * 100,
                    "days": int(values.get("consignment_days", 90)), "at_expiry": "return",
                    "fee_minor": 0, "markdowns": values.get("markdown_schedule", [])}
        return {}

    # -- the draft -------------------------------------------------------------------------

    def _run(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None],
             **kwargs: Any) -> None:
        self._busy = True
        self._refresh()

        def done(result: Any) -> None:
            self._busy = False
            then(result)
            self._refresh()

        run_in_background(fn, *args, **kwargs, on_done=while_alive(self, done),
                          on_error=while_alive(self, self._failed))

    def _with_draft(self, then: Callable[[], None]) -> None:
        """Start the draft if there is none yet, then ``then()``."""
        if self.intake is not None:
            then()
            return
        party_id = self.party.party.id if self.party.party else None

        def started(view: IntakeView) -> None:
            self._show(view)
            then()

        self._run(intake.start_intake, self._db, self._actor, self.kind, party_id, then=started)

    def _show(self, view: IntakeView) -> None:
        self.intake = view
        self.lines.show_lines(view.lines)
        self.payment.set_total(view.total)
        self._refresh()
        self.intakeChanged.emit(view)

    def _party_chosen(self, party: PartyView | None) -> None:
        if self.intake is not None:
            self._run(intake.set_party, self._db, self._actor, self.intake.id,
                      party.id if party else None, then=self._show)

    def _line_submitted(self, fields: dict, line_id: int | None) -> None:
        self.show_message("")

        def write() -> None:
            if line_id is None:
                self._run(intake.add_line, self._db, self._actor, self.intake.id, **fields,
                          then=self._line_written)
            else:
                self._run(intake.update_line, self._db, self._actor, self.intake.id, line_id,
                          **fields, then=self._line_written)

        self._with_draft(write)

    def _line_written(self, view: IntakeView) -> None:
        self._show(view)
        self.lines.clear()

    def _remove_line(self, line_id: int) -> None:
        if self.intake is not None:
            self._run(intake.remove_line, self._db, self._actor, self.intake.id, line_id,
                      then=self._line_written)

    def save_draft(self) -> None:
        """Keep the intake as a draft for later (at any counter) and start afresh."""
        def saved(view: IntakeView) -> None:
            self.new_intake()
            self.show_message(self.tr("Intake {number} was saved as a draft.").format(
                number=view.number))

        self._with_draft(lambda: self._run(_save, self._db, self._actor, self.intake.id,
                                           self.terms.terms(), then=saved))

    def cancel_draft(self) -> None:
        if self.intake is None:
            self.new_intake()
            return
        number = self.intake.number

        def cancelled(_view: IntakeView) -> None:
            self.new_intake()
            self.show_message(self.tr("Intake {number} was cancelled.").format(number=number))

        self._run(intake.cancel_intake, self._db, self._actor, self.intake.id, then=cancelled)

    def new_intake(self) -> None:
        """An empty form, the business kept; the drafts list read again."""
        self.intake = None
        self.result = None
        self.result_box.hide()
        self.party.reset()
        self.lines.reset()
        self.payment.set_total(Money.zero(self._session.store.currency))
        self.show_message("")
        self.set_kind(self.kind)
        for widget in (self.party, self.lines, self.terms, self.payment):
            widget.setEnabled(True)
        self.load_drafts()
        self.party.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drafts ----------------------------------------------------------------------------

    def load_drafts(self) -> None:
        run_in_background(intake.drafts, self._db, self._actor,
                          on_done=while_alive(self, self._drafts_arrived),
                          on_error=while_alive(self, self._failed))

    def _drafts_arrived(self, drafts: list[IntakeView]) -> None:
        self.drafts.clear()
        locale = i18n.current_locale_name()
        for view in drafts:
            text = "\n".join((
                f"{view.number} · {kind_name(view.kind)}",
                " · ".join(p for p in (view.party_name, self.tr("%n item(s)", "", len(view.lines)),
                                       view.total.format(locale)) if p)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.drafts.addItem(item)
        self.resume_button.setEnabled(bool(drafts))
        self.draftsLoaded.emit()

    def _draft_chosen(self, item: QListWidgetItem) -> None:
        self.resume(item.data(Qt.ItemDataRole.UserRole))

    def resume(self, intake_id: int) -> None:
        self._run(intake.get_intake, self._db, self._actor, intake_id, then=self._resumed)

    def _resumed(self, view: IntakeView) -> None:
        self.new_intake()
        self.intake = view
        self.set_kind(view.kind)
        self.terms.load(view.terms)
        if view.party_id is not None:
            self.party.party = PartyView(
                view.party_id, "person", view.party_name, view.party_phone, "", False, False,
                False, False, False, "", True, view.party_id_type, view.party_id_masked)
            self.party._refresh()
        self._show(view)
        self.show_message(self.tr("Intake {number} resumed.").format(number=view.number))

    # -- completing ------------------------------------------------------------------------

    def complete(self) -> None:
        if self.intake is None:
            self.show_message(self.tr("Add at least one item before completing the intake."),
                              error=True)
            return
        self.show_message("")
        payment = self.payment.arguments() if self.kind == BUY_BACK else {}
        self._busy = True
        self._refresh()
        run_with_override(self, _complete, self._db, self._actor, self.intake.id,
                          self.terms.terms(), payment, dict(self.lines.allow),
                          on_done=while_alive(self, self._completed),
                          on_error=while_alive(self, self._complete_failed))

    def _complete_failed(self, exc: BaseException) -> None:
        self._busy = False
        text = refusal_text(exc)
        self.show_message(text, error=True)
        if self.kind == BUY_BACK:
            self.payment.check_drawer()  # a refusal about cash: show the drawer as it is
        self._refresh()
        self.failed.emit(text)

    def _completed(self, done: CompletedIntake) -> None:
        self._busy = False
        self.result = done
        self.intake = done.intake
        view = done.intake
        locale = i18n.current_locale_name()
        text = self.tr("Intake {number} is complete: %n item(s) taken in ({codes}).", "",
                       len(done.item_codes)).format(number=view.number,
                                                    codes=", ".join(done.item_codes))
        if view.kind == BUY_BACK:
            method = QCoreApplication.translate("IntakeKinds",
                                                METHOD_NAMES.get(view.payment_method or "", ""))
            paid = done.credit if done.credit is not None else view.total
            text += " " + self.tr("Paid {amount} {method}.").format(
                amount=paid.format(locale), method=method)
        if done.contract_number:
            text += " " + self.tr("Contract {number}.").format(number=done.contract_number)
        self.result_text.setText(text)
        self.print_button.setText({
            BUY_BACK: self.tr("&Print the receipt…"),
            CONSIGNMENT: self.tr("&Print the agreement…"),
            MATCHMAKING: self.tr("&Print the listing cards…")}.get(view.kind, ""))
        self.print_button.setVisible(view.kind != LEASE_STOCK)
        self.result_box.show()
        for widget in (self.party, self.lines, self.terms, self.payment):
            widget.setEnabled(False)
        self._refresh()
        self.load_drafts()
        self.completed.emit(done)
        (self.print_button if view.kind != LEASE_STOCK else self.next_button).setFocus()

    def print_document(self) -> None:
        if self.result is None:
            return
        view = self.result.intake
        run_in_background(print_intake, self._db, self._actor, view.id,
                          language=i18n.current_language(),
                          on_done=while_alive(self, lambda pdf: self._printable(view, pdf)),
                          on_error=while_alive(self, self._failed))

    def _printable(self, view: IntakeView, pdf: bytes) -> None:
        self.preview = show_pdf(self, pdf, f"{kind_name(view.kind)} {view.number}",
                                f"{view.number}.pdf")
        self.previewOpened.emit(self.preview)

    # -- state shown -----------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        text = user_message(exc)
        self.show_message(text, error=True)
        self._refresh()
        self.failed.emit(text)

    def _refresh(self) -> None:
        view = self.intake
        done = self.result is not None
        for kind, button in self.kind_buttons.items():
            button.setEnabled(view is None or kind == view.kind)
        if view is None:
            self.number.setText(self.tr("New intake"))
        elif done:
            self.number.setText(self.tr("{number} — complete").format(number=view.number))
        else:
            self.number.setText(self.tr("{number} — draft").format(number=view.number))
        locale = i18n.current_locale_name()
        total = view.total if view else Money.zero(self._session.store.currency)
        count = len(view.lines) if view else 0
        self.total.setText(self.tr("Total: {amount} (%n item(s))", "", count).format(
            amount=total.format(locale)))
        self.complete_button.setEnabled(not self._busy and not done and count > 0)
        self.complete_button.setText(self.tr("&Complete and pay") if self.kind == BUY_BACK
                                     else self.tr("&Complete"))
        self.save_button.setEnabled(not self._busy and not done)
        self.cancel_button.setEnabled(not self._busy and view is not None and not done)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.kind_label.setText(self.tr("Business:"))
        for kind, button in self.kind_buttons.items():
            button.setText(kind_name(kind))
        self.new_button.setText(self.tr("&New intake"))
        self.save_button.setText(self.tr("Save &draft"))
        self.cancel_button.setText(self.tr("Cancel intake"))
        self.drafts_box.setTitle(self.tr("Drafts"))
        self.resume_button.setText(self.tr("R&esume"))
        self.result_box.setTitle(self.tr("Done"))
        self.next_button.setText(self.tr("Ne&xt intake"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.intake is None:
            self.party.search.setFocus(Qt.FocusReason.OtherFocusReason)
