"""What pricing and labels say to a clerk, spelled out so pyside6-lupdate extracts it.

pos_app.services.pricing gives a suggestion's reason and a shelf price's markdown reason as an
English template with parameters (like a DomainError); `reason_text` shows it in the clerk's
language. The label templates' titles are here for the screens that list them.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import i18n

PRICING_REASONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Pricing",
        "Median of {count} sales of {model} grade {grade} in the last {days} days",
    ),
    QT_TRANSLATE_NOOP(
        "Pricing",
        "Median of {count} sales of {model} in any grade in the last {days} days, "
        "adjusted to grade {grade}",
    ),
    QT_TRANSLATE_NOOP(
        "Pricing",
        "Median of {count} sales in {category} in the last {days} days, adjusted to grade {grade}",
    ),
    QT_TRANSLATE_NOOP(
        "Pricing",
        "Fewer than {min_sales} sales of comparable items in the last {days} days; "
        "enter the price by hand",
    ),
    QT_TRANSLATE_NOOP("Pricing", "{percent}% off after {days} days on the shelf"),
    QT_TRANSLATE_NOOP(
        "Pricing",
        "Marked down to the owner's lowest price after {days} days on the shelf",
    ),
)

LABEL_TEMPLATE_TITLES: dict[str, str] = {
    "a4-3x8": QT_TRANSLATE_NOOP("Labels", "A4 sheet, 24 labels of 70 × 37 mm (3 × 8)"),
    "a4-4x10": QT_TRANSLATE_NOOP("Labels", "A4 sheet, 40 labels of 48.5 × 25.4 mm (4 × 10)"),
    "roll-40x30": QT_TRANSLATE_NOOP("Labels", "Thermal roll, 40 × 30 mm labels"),
    "roll-50x30": QT_TRANSLATE_NOOP("Labels", "Thermal roll, 50 × 30 mm labels"),
}


def reason_text(template: str, params: dict) -> str:
    """A pricing reason in the clerk's language; the category by its Chinese name on Chinese
    screens. "" stays "" (a price that is not marked down has no reason)."""
    if not template:
        return ""
    values = dict(params)
    if i18n.current_language() == "zh_CN" and values.get("category_zh"):
        values["category"] = values["category_zh"]
    return QCoreApplication.translate("Pricing", template).format(**values)


def template_title(name: str, fallback: str = "") -> str:
    title = LABEL_TEMPLATE_TITLES.get(name)
    return QCoreApplication.translate("Labels", title) if title else (fallback or name)
