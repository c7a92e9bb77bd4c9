"""The sale's totals as the service quoted them, large enough to read across the counter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from pos_app.domain.money import Money
from pos_app.domain.sale import SaleTotals
from ui import i18n
from ui.widgets.feedback import feedback_label, show_feedback

TOTAL_POINT_SIZE = 26


def big_font(widget: QWidget, points: float, *, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class AmountLabel(QLabel):
    """A large amount, right-aligned, that shrinks rather than being cut off when the column is
    narrow (1024×768) or the amount long."""

    def __init__(self, points: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points = points
        self.setFont(big_font(self, points))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(QFontMetrics(self.font()).height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = big_font(self, self._points)
        width = self.contentsRect().width()
        while font.pointSizeF() > 9 and QFontMetrics(font).horizontalAdvance(self.text()) > width:
            font.setPointSizeF(font.pointSizeF() - 1)
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)


class TotalsPanel(QFrame):
    """Subtotal, discounts, tax and the total; "…" while the basket is being priced."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._currency = currency
        self._totals: SaleTotals | None = None
        self._pending = False
        self._count = 0
        self._needs_manager = False
        self.subtotal_label, self.subtotal = QLabel(self), QLabel(self)
        self.discounts_label, self.discounts = QLabel(self), QLabel(self)
        self.tax_label, self.tax = QLabel(self), QLabel(self)
        self.total_label, self.total = QLabel(self), AmountLabel(TOTAL_POINT_SIZE, self)
        self.total_label.setFont(big_font(self.total_label, 14))
        for value in (self.subtotal, self.discounts, self.tax, self.total):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.manager_note = feedback_label(self)
        grid = QGridLayout(self)
        for row, (label, value) in enumerate(((self.subtotal_label, self.subtotal),
                                              (self.discounts_label, self.discounts),
                                              (self.tax_label, self.tax),
                                              (self.total_label, self.total))):
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        grid.addWidget(self.manager_note, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.total_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.retranslateUi()

    def show_totals(self, totals: SaleTotals | None, count: int, needs_manager: bool = False,
                    *, pending: bool = False) -> None:
        self._totals, self._count, self._needs_manager = totals, count, needs_manager
        self._pending = pending
        self.retranslateUi()

    def total_text(self) -> str:
        return self.total.text()

    def retranslateUi(self) -> None:
        locale = i18n.current_locale_name()
        totals = self._totals
        zero = Money.zero(self._currency)

        def amount(value: Money) -> str:
            return "…" if self._pending else value.format(locale)

        self.subtotal_label.setText(self.tr("Subtotal (%n piece(s))", "", self._count))
        self.discounts_label.setText(self.tr("Discounts"))
        inclusive = totals.tax_inclusive if totals else True
        self.tax_label.setText(self.tr("Tax included") if inclusive else self.tr("Tax"))
        self.total_label.setText(self.tr("TOTAL"))
        self.subtotal.setText(amount(totals.subtotal if totals else zero))
        discounts = totals.discounts if totals else zero
        self.discounts.setText("…" if self._pending else
                               (f"−{discounts.format(locale)}" if discounts.minor else
                                discounts.format(locale)))
        self.tax.setText(amount(totals.tax if totals else zero))
        self.total.setText(amount(totals.total if totals else zero))
        show_feedback(self.manager_note, self.tr(
            "A discount is above your limit: a manager's PIN is asked for at payment.")
            if self._needs_manager and not self._pending else "", error=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
