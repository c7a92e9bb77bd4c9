"""Every domain error template, spelled out so pyside6-lupdate extracts it.

pos_app has no Qt, so its templates are translated here at the edge (context
"DomainError", see ui.errors.user_message). A new DomainError subclass in pos_app needs
its template copied here literally; tests/ui/test_app_infra.py fails until it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOMAIN_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainError", "The action could not be completed."),
    QT_TRANSLATE_NOOP("DomainError", "“{text}” is not a valid amount."),
    QT_TRANSLATE_NOOP("DomainError", "“{code}” is not a valid item code."),
    QT_TRANSLATE_NOOP("DomainError", "{what} “{key}” was not found."),
    QT_TRANSLATE_NOOP("DomainError", "Item {code} cannot go from “{from_state}” to “{to_state}”."),
    QT_TRANSLATE_NOOP(
        "DomainError", "Item {code} was changed at another counter; reload it and try again."
    ),
    QT_TRANSLATE_NOOP(
        "DomainError", "Your role ({role}) may not {action}. Ask a manager to authorise it."
    ),
    QT_TRANSLATE_NOOP(
        "DomainError",
        "Wrong user name or PIN. {remaining} attempts left before the account is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "DomainError", "This account is locked after too many wrong PINs. Try again after {until}."
    ),
    QT_TRANSLATE_NOOP(
        "DomainError",
        "This database was written by a newer version of Circular POS (schema {found}). "
        "Install the newer version; the database was left untouched.",
    ),
    QT_TRANSLATE_NOOP("DomainError", "The database at {path} cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("DomainError", "This store database is already set up."),
)
