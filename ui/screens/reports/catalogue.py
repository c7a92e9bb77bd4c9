"""The reports a manager can build, by the names pos_app.services.reports knows them: each
with a title and one line saying what it answers, translated in context "Reports"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS: dict[str, tuple[str, str]] = {
    "daily": (
        QT_TRANSLATE_NOOP("Reports", "Daily report"),
        QT_TRANSLATE_NOOP("Reports", "One day's takings by tender, sales, refunds, buy-backs, "
                                     "payouts, rentals and each shift's over/short.")),
    "sales": (
        QT_TRANSLATE_NOOP("Reports", "Sales and margin"),
        QT_TRANSLATE_NOOP("Reports", "What sold and what it earned, by category and grade.")),
    "intake": (
        QT_TRANSLATE_NOOP("Reports", "Intake and buy-backs"),
        QT_TRANSLATE_NOOP("Reports", "Items taken in, and what the buy-backs cost.")),
    "inventory": (
        QT_TRANSLATE_NOOP("Reports", "Inventory on hand"),
        QT_TRANSLATE_NOOP("Reports", "The items in the store and what they are worth.")),
    "aging": (
        QT_TRANSLATE_NOOP("Reports", "Aging and sell-through"),
        QT_TRANSLATE_NOOP("Reports", "Days to sell by category and grade; items past their "
                                     "markdown steps.")),
    "consignors": (
        QT_TRANSLATE_NOOP("Reports", "Consignor payables"),
        QT_TRANSLATE_NOOP("Reports", "What each consignor earned, was paid and is owed.")),
    "rentals": (
        QT_TRANSLATE_NOOP("Reports", "Rentals due and overdue"),
        QT_TRANSLATE_NOOP("Reports", "Items rented out, when they are due back, and which are "
                                     "late.")),
    "sustainability": (
        QT_TRANSLATE_NOOP("Reports", "Sustainability"),
        QT_TRANSLATE_NOOP("Reports", "Items and kilograms kept in circulation, by category.")),
}


def report_title(name: str) -> str:
    """The report's title in the user's language (its name if it has none)."""
    words = _WORDS.get(name)
    return QCoreApplication.translate("Reports", words[0]) if words else name


def report_description(name: str) -> str:
    words = _WORDS.get(name)
    return QCoreApplication.translate("Reports", words[1]) if words else ""


def is_daily(name: str) -> bool:
    """The daily report is for one date (and optionally one counter); the others, a range."""
    return name == "daily"
