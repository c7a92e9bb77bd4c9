"""The person the goods come from: found by name or phone, or added with their phone and (for a
buy-back) their ID document. Personal data is shown as the services return it: masked unless
the user's role may see it whole. The ID number is typed once, hidden when the field is left,
and shown masked from then on; a number seen before names the person it belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.identity import ID_TYPES, validate_id_number
from pos_app.domain.roles import Actor
from pos_app.errors import DomainError
from pos_app.services import parties
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from ui.errors import user_message
from ui.session import while_alive
from ui.theme import repolish
from ui.widgets.party_search import PartySearch
from ui.workers import run_in_background

ID_TYPE_NAMES: dict[str, str] = {
    "resident_id": QT_TRANSLATE_NOOP("IdTypes", "Resident identity card"),
    "passport": QT_TRANSLATE_NOOP("IdTypes", "Passport"),
    "hk_macau_permit": QT_TRANSLATE_NOOP("IdTypes", "Hong Kong/Macau permit"),
    "other": QT_TRANSLATE_NOOP("IdTypes", "Other ID"),
}


def id_type_name(id_type: str | None) -> str:
    if not id_type:
        return ""
    return QCoreApplication.translate("IdTypes", ID_TYPE_NAMES.get(id_type, id_type))


def _add_person(db: StoreDB, actor: Actor, name: str, phone: str, id_type: str | None,
                id_number: str) -> PartyView:
    """Add the person, then their ID document if one was typed (two services, in order)."""
    if id_number.strip():
        validate_id_number(id_type, id_number)  # a typo refuses before the person is added
    party = parties.add_party(db, actor, name, phone=phone or None)
    if id_number.strip():
        party = parties.set_identity(db, actor, party.id, id_type, id_number)
    return party


class PartyPanel(QGroupBox):
    """``partyChosen(PartyView | None)`` when the person changes."""

    partyChosen = Signal(object)
    searched = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.party: PartyView | None = None
        self.found_by_id: PartyView | None = None
        self._needs_id = False

        self.finder = PartySearch(db, actor, self, list_all=False, select_first=False,
                                  describe=self.describe)
        self.search, self.results = self.finder.search, self.finder.results
        self.results.setMaximumHeight(110)
        self.finder.chosen.connect(self.choose)
        self.finder.searched.connect(lambda _n: self.searched.emit())
        self.finder.failed.connect(self.show_problem)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.finder.search_row.insertWidget(0, self.search_label)

        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "error")
        self.warning.hide()
        self.change_button = QPushButton(self)
        self.change_button.clicked.connect(lambda: self.choose(None))

        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.id_type = QComboBox(self)
        for id_type in ID_TYPES:
            self.id_type.addItem("", id_type)
        self.id_number = QLineEdit(self)
        self.id_number.setMaxLength(40)
        self.id_number.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # hidden once left
        self.id_number.editingFinished.connect(self.check_id)
        self.id_message = QLabel(self)
        self.id_message.setWordWrap(True)
        self.id_message.hide()
        self.use_found_button = QPushButton(self)
        self.use_found_button.hide()
        self.use_found_button.clicked.connect(lambda: self.choose(self.found_by_id))
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_person)
        self.record_id_button = QPushButton(self)
        self.record_id_button.clicked.connect(self.record_id)
        self.name_label, self.phone_label = QLabel(self), QLabel(self)
        self.id_type_label, self.id_number_label = QLabel(self), QLabel(self)
        for label, field in ((self.name_label, self.name), (self.phone_label, self.phone),
                             (self.id_type_label, self.id_type),
                             (self.id_number_label, self.id_number)):
            label.setBuddy(field)

        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.change_button)
        self.form = QFormLayout()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.phone_label, self.phone)
        self.form.addRow(self.id_type_label, self.id_type)
        self.form.addRow(self.id_number_label, self.id_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_found_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_id_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder)
        layout.addLayout(chosen_row)
        layout.addWidget(self.warning)
        layout.addLayout(self.form)
        layout.addWidget(self.id_message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self._refresh()

    # -- what the business needs ---------------------------------------------------------

    def set_needs_id(self, needs: bool) -> None:
        """A buy-back asks for the seller's ID document; the other businesses do not."""
        self._needs_id = needs
        self._refresh()

    # -- searching -----------------------------------------------------------------------

    def run_search(self) -> None:
        self.finder.run_search()

    # -- the chosen person ---------------------------------------------------------------

    def describe(self, party: PartyView) -> str:
        parts = [party.name]
        if party.phone:
            parts.append(party.phone)
        if party.id_masked:
            parts.append(f"{id_type_name(party.id_type)} {party.id_masked}")
        if party.blocked:
            parts.append(self.tr("blocked"))
        elif party.is_seller or party.is_consignor:
            parts.append(self.tr("seen before"))
        return " · ".join(parts)

    def choose(self, party: PartyView | None) -> None:
        self.party = party
        self.found_by_id = None
        if party is not None:
            self.results.hide()
        self.use_found_button.hide()
        self.id_number.clear()
        self._show_id_message("")
        self._refresh()
        self.partyChosen.emit(party)

    def _refresh(self) -> None:
        party = self.party
        if party is None:
            self.chosen.setText(self.tr("No one chosen yet: search, or add the person below."))
            self.warning.hide()
        else:
            self.chosen.setText(self.describe(party))
            blocked = party.blocked
            missing_id = self._needs_id and not party.id_masked
            text = ""
            if blocked:
                text = self.tr("Blocked: the store takes nothing in from this person.")
            elif missing_id:
                text = self.tr("No ID document on record: a buy-back needs it. Record it below.")
            self.warning.setText(text)
            self.warning.setVisible(bool(text))
        new = party is None
        self.change_button.setVisible(not new)
        for label, field in ((self.name_label, self.name), (self.phone_label, self.phone)):
            label.setVisible(new)
            field.setVisible(new)
        show_id = self._needs_id and (new or not party.id_masked)
        for label, field in ((self.id_type_label, self.id_type),
                             (self.id_number_label, self.id_number)):
            label.setVisible(show_id)
            field.setVisible(show_id)
        self.add_button.setVisible(new)
        self.record_id_button.setVisible(not new and show_id)

    # -- adding and identity -------------------------------------------------------------

    def check_id(self) -> None:
        """Check the number as typed and look it up: a seller seen before (perhaps blocked)."""
        text = self.id_number.text().strip()
        self.found_by_id = None
        self.use_found_button.hide()
        if not text:
            self._show_id_message("")
            return
        id_type = self.id_type.currentData()
        try:
            validate_id_number(id_type, text)
        except DomainError as exc:
            self._show_id_message(user_message(exc), error=True)
            return
        self._show_id_message("")
        run_in_background(parties.find_by_identity, self._db, self._actor, id_type, text,
                          on_done=while_alive(self, self._identity_found),
                          on_error=while_alive(self, lambda exc: self._show_id_message(
                              user_message(exc), error=True)))

    def _identity_found(self, party: PartyView | None) -> None:
        if party is None or (self.party is not None and party.id == self.party.id):
            self._show_id_message(self.tr("This ID is new to the store."))
            return
        self.found_by_id = party
        if party.blocked:
            self._show_id_message(self.tr("This ID belongs to {name}, who is blocked: the store "
                                          "takes nothing in from them.").format(name=party.name),
                                  error=True)
        else:
            self._show_id_message(self.tr("Seen before: this ID belongs to {name}.").format(
                name=party.name))
            self.use_found_button.show()

    def add_person(self) -> None:
        id_number = self.id_number.text() if self._needs_id else ""
        run_in_background(_add_person, self._db, self._actor, self.name.text(),
                          self.phone.text().strip(), self.id_type.currentData(), id_number,
                          on_done=while_alive(self, self._added),
                          on_error=while_alive(self, lambda exc: self._show_id_message(
                              user_message(exc), error=True)))

    def _added(self, party: PartyView) -> None:
        self.name.clear()
        self.phone.clear()
        self.choose(party)

    def record_id(self) -> None:
        if self.party is None:
            return
        run_in_background(parties.set_identity, self._db, self._actor, self.party.id,
                          self.id_type.currentData(), self.id_number.text(),
                          on_done=while_alive(self, self.choose),
                          on_error=while_alive(self, lambda exc: self._show_id_message(
                              user_message(exc), error=True)))

    def _show_id_message(self, text: str, *, error: bool = False) -> None:
        self.id_message.setText(text)
        self.id_message.setVisible(bool(text))
        self.id_message.setProperty("role", "error" if error else "")
        repolish(self.id_message)

    def show_problem(self, text: str) -> None:
        self._show_id_message(text, error=True)

    def id_message_text(self) -> str:
        return self.id_message.text()

    def reset(self) -> None:
        self.finder.clear()
        self.name.clear()
        self.phone.clear()
        self.choose(None)

    # -- language ------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Person"))
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Name or phone number"))
        self.finder.empty_text = self.tr("Nobody found; add the person below.")
        self.change_button.setText(self.tr("Change"))
        self.name_label.setText(self.tr("&Name:"))
        self.phone_label.setText(self.tr("P&hone:"))
        self.id_type_label.setText(self.tr("ID &type:"))
        self.id_number_label.setText(self.tr("ID n&umber:"))
        for index in range(self.id_type.count()):
            self.id_type.setItemText(index, id_type_name(self.id_type.itemData(index)))
        self.add_button.setText(self.tr("&Add person"))
        self.record_id_button.setText(self.tr("&Record ID"))
        self.use_found_button.setText(self.tr("Use this person"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
