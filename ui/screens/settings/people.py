"""Users and their roles: add, change role, deactivate, reset a PIN.

The services decide who may do what; the tab only leaves out what would be refused
anyway (a manager never sees administrators nor the administrator role).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.clock import now
from pos_app.domain.roles import Role
from pos_app.services import users
from pos_app.services.users import UserSummary
from ui.screens.settings.common import (
    ActionDialog,
    FormProblem,
    error_text,
    fit_columns,
    list_table,
    pin_field,
    role_combo,
)
from ui.session import Session, while_alive
from ui.terms import role_name
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

ROLE_ORDER = (Role.CLERK, Role.GRADER, Role.MANAGER, Role.ADMIN, Role.KIOSK)


class UsersTab(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.people: list[UserSummary] = []
        self.dialog: ActionDialog | None = None
        self.table = list_table(self, 4, self._update_buttons)
        self.add_button = QPushButton(self)
        self.role_button = QPushButton(self)
        self.toggle_button = QPushButton(self)
        self.pin_button = QPushButton(self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.role_button.clicked.connect(self.open_role_dialog)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.pin_button.clicked.connect(self.open_pin_dialog)
        self.feedback = feedback_label(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.toggle_button, self.pin_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.retranslateUi()
        self.refresh()

    def assignable_roles(self) -> list[Role]:
        """Roles this actor may give: an administrator any, everyone else all but admin."""
        if self._session.actor.role == Role.ADMIN:
            return list(ROLE_ORDER)
        return [r for r in ROLE_ORDER if r != Role.ADMIN]

    def refresh(self) -> None:
        run_in_background(users.list_users, self._session.db, self._session.actor,
                          on_done=while_alive(self, self._loaded),
                          on_error=while_alive(self, self._failed))

    def _loaded(self, people: list[UserSummary]) -> None:
        if self._session.actor.role != Role.ADMIN:
            people = [p for p in people if p.role != Role.ADMIN]
        self.people = people
        self._fill()
        self.loaded.emit()

    def _status(self, person: UserSummary) -> str:
        if not person.active:
            return self.tr("Inactive")
        if person.locked_until is not None and person.locked_until > now():
            return self.tr("Locked until {time}").format(
                time=person.locked_until.astimezone().strftime("%H:%M"))
        return self.tr("Active")

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            cells = (p.display_name, p.username, role_name(p.role), self._status(p))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and p.id == selected.id:
                self.table.selectRow(row)
        fit_columns(self.table)
        self._update_buttons()

    def selected(self) -> UserSummary | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or rows[0].row() >= len(self.people):
            return None
        return self.people[rows[0].row()]

    def select(self, username: str) -> None:
        for row, p in enumerate(self.people):
            if p.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        is_me = chosen is not None and chosen.id == self._session.actor.user_id
        self.role_button.setEnabled(chosen is not None and not is_me)
        self.toggle_button.setEnabled(chosen is not None and not is_me)
        self.pin_button.setEnabled(chosen is not None)
        self.toggle_button.setText(self.tr("&Reactivate") if chosen and not chosen.active
                                   else self.tr("&Deactivate"))

    # -- actions -----------------------------------------------------------------------

    def open_add_dialog(self) -> ActionDialog:
        display_name, username = QLineEdit(), QLineEdit()
        display_name.setMaxLength(80)
        username.setMaxLength(40)
        role = role_combo(self, self.assignable_roles(), Role.CLERK)
        pin, pin_again = pin_field(self), pin_field(self)
        db, actor = self._session.db, self._session.actor

        def prepare() -> Callable[[], object]:
            values = (username.text(), display_name.text(), Role(role.currentData()), pin.text())
            if pin.text() != pin_again.text():
                raise FormProblem(self.tr("The two PINs differ; type the same PIN twice."))
            return lambda: users.create_user(db, actor, *values, secret_kind="pin")

        rows = [(self.tr("Full &name:"), display_name), (self.tr("&User name:"), username),
                (self.tr("&Role:"), role), (self.tr("&PIN:"), pin),
                (self.tr("PIN &again:"), pin_again)]
        dialog = ActionDialog(self, self.tr("Add a user"), rows, prepare, self.tr("Add user"))
        dialog.display_name, dialog.username, dialog.role = display_name, username, role
        dialog.pin, dialog.pin_again = pin, pin_again
        return self._open(dialog, self.tr("{name} was added."))

    def open_role_dialog(self) -> ActionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        role = role_combo(self, self.assignable_roles(), chosen.role)
        db, actor = self._session.db, self._session.actor

        def prepare() -> Callable[[], object]:
            new_role = Role(role.currentData())
            return lambda: users.update_user(db, actor, chosen.id, role=new_role)

        dialog = ActionDialog(self, self.tr("Role of {name}").format(name=chosen.display_name),
                              [(self.tr("&Role:"), role)], prepare)
        dialog.role = role
        return self._open(dialog, self.tr("{name}'s role was changed."))

    def open_pin_dialog(self) -> ActionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        pin, pin_again = pin_field(self), pin_field(self)
        db, actor = self._session.db, self._session.actor

        def prepare() -> Callable[[], object]:
            secret = pin.text()
            if secret != pin_again.text():
                raise FormProblem(self.tr("The two PINs differ; type the same PIN twice."))
            return lambda: users.update_user(db, actor, chosen.id, secret=secret, secret_kind="pin")

        dialog = ActionDialog(
            self, self.tr("New PIN for {name}").format(name=chosen.display_name),
            [(self.tr("New &PIN:"), pin), (self.tr("PIN &again:"), pin_again)], prepare,
            self.tr("Reset PIN"))
        dialog.pin, dialog.pin_again = pin, pin_again
        return self._open(dialog, self.tr("{name}'s PIN was reset; the account is unlocked."))

    def _open(self, dialog: ActionDialog, done_text: str) -> ActionDialog:
        self.dialog = dialog
        dialog.succeeded.connect(lambda person: self._changed(person, done_text))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _changed(self, person: UserSummary, done_text: str) -> None:
        show_feedback(self.feedback, done_text.format(name=person.display_name))
        self.refresh()

    def toggle_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = (self.tr("{name} can log in again.") if not chosen.active
                else self.tr("{name} can no longer log in."))
        run_in_background(users.update_user, self._session.db, self._session.actor, chosen.id,
                          active=not chosen.active,
                          on_done=while_alive(self, lambda p: self._changed(p, text)),
                          on_error=while_alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.feedback, error_text(exc), error=True)

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Status")])
        self.add_button.setText(self.tr("&Add user…"))
        self.role_button.setText(self.tr("Change &role…"))
        self.pin_button.setText(self.tr("Reset &PIN…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
