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
    QT_TRANSLATE_NOOP("DomainError", "No amount was entered; type an amount such as {example}."),
    QT_TRANSLATE_NOOP("DomainError", "“{text}” is not an amount; type it like {example}."),
    QT_TRANSLATE_NOOP(
        "DomainError", "“{text}” has more decimal places than {currency} allows ({places})."
    ),
    QT_TRANSLATE_NOOP("DomainError", "“{text}” is negative; enter an amount of zero or more."),
    QT_TRANSLATE_NOOP(
        "DomainError", "“{text}” is too large; the largest amount accepted is {limit}."
    ),
    QT_TRANSLATE_NOOP(
        "DomainError",
        "“{code}” is not a valid store code; use 2 to 6 letters and digits "
        "starting with a letter, such as SH01.",
    ),
    QT_TRANSLATE_NOOP(
        "DomainError",
        "“{code}” fails its check character, so it was mistyped or misread; scan or type it again.",
    ),
)
