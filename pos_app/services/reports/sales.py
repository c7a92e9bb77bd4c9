"""Sales and margin by category and by grade over a period.

Goods only (item and stock lines; rent, deposits, fees and vouchers are other reports'):
revenue is what the lines sold for without tax, less what refunds in the period gave back
without tax (a void gives its whole sale back, so a sale voided in the period nets to nil).
Cost is the store's cost of the goods plus the consignor's share of a consigned item, so the
margin of a consigned item is the store's commission.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from pos_app.domain.money import Money
from pos_app.models import Refund, RefundLine, Sale, SaleLine
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.reports.basis import (
    NO_GRADE,
    Heading,
    Name,
    category_names,
    grade_key,
    heading,
    margin_percent,
    money,
    unknown_category,
)

GOODS = ("item", "stock")
STEPS = 3


@dataclass(frozen=True)
class MarginLine:
    """One category or grade (or the total): units sold less units given back, and money."""

    units: int
    sold: Money  # lines sold in the period, without tax
    refunded: Money  # given back in the period, without tax (positive)
    cost: Money  # of the goods sold less of those given back, consignors' shares included

    @property
    def revenue(self) -> Money:
        return self.sold - self.refunded

    @property
    def margin(self) -> Money:
        return self.revenue - self.cost

    @property
    def margin_percent(self) -> Decimal | None:
        return margin_percent(self.revenue, self.margin)


@dataclass(frozen=True)
class CategorySales:
    category: Name
    figures: MarginLine


@dataclass(frozen=True)
class GradeSales:
    grade: str  # NO_GRADE for new stock and ungraded items
    figures: MarginLine


@dataclass(frozen=True)
class SalesReport:
    heading: Heading
    receipts: int  # sales rung up in the period (voided ones too)
    refunds: int  # returns and voids in the period
    by_category: tuple[CategorySales, ...]  # most revenue first
    by_grade: tuple[GradeSales, ...]  # in grade order
    total: MarginLine


def build(db, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> SalesReport:
    start, end = day_bounds(period)
    step(progress, 0, STEPS, cancelled)
    with db.read() as s:
        head = heading(s, period, counter_id)
        names = category_names(s)
        sale_where = [Sale.store_id == head.store_id, Sale.created_at >= start,
                      Sale.created_at < end]
        refund_where = [Refund.store_id == head.store_id, Refund.created_at >= start,
                        Refund.created_at < end]
        if counter_id is not None:
            sale_where.append(Sale.counter_id == counter_id)
            refund_where.append(Refund.counter_id == counter_id)
        receipts = s.scalar(select(func.count()).select_from(Sale).where(*sale_where))
        sold = s.execute(
            select(SaleLine.category_id, SaleLine.grade, func.sum(SaleLine.quantity),
                   func.sum(SaleLine.total_minor - SaleLine.tax_minor),
                   func.sum(SaleLine.cost_minor + SaleLine.consignor_share_minor))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(*sale_where, SaleLine.kind.in_(GOODS))
            .group_by(SaleLine.category_id, SaleLine.grade)).all()
        step(progress, 1, STEPS, cancelled)
        refunds = s.scalar(select(func.count()).select_from(Refund).where(*refund_where))
        given = s.execute(
            select(SaleLine.category_id, SaleLine.grade, func.sum(RefundLine.quantity),
                   func.sum(RefundLine.amount_minor - RefundLine.tax_minor),
                   func.sum(SaleLine.cost_minor * RefundLine.quantity // SaleLine.quantity
                            + RefundLine.consignor_reversed_minor))
            .select_from(Refund)
            .join(RefundLine, RefundLine.refund_id == Refund.id)
            .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
            .where(*refund_where, SaleLine.kind.in_(GOODS))
            .group_by(SaleLine.category_id, SaleLine.grade)).all()
        step(progress, 2, STEPS, cancelled)
    cur = head.currency
    cells: dict[tuple[int | None, str], list[int]] = {}
    for rows, sign in ((sold, 1), (given, -1)):
        for category_id, grade, units, amount, cost in rows:
            cell = cells.setdefault((category_id, grade or NO_GRADE), [0, 0, 0, 0])
            cell[0] += sign * int(units or 0)
            cell[1 if sign > 0 else 2] += int(amount or 0)
            cell[3] += sign * int(cost or 0)

    def line(keep) -> MarginLine:
        parts = [c for k, c in cells.items() if keep(k)]
        return MarginLine(sum(c[0] for c in parts), money(sum(c[1] for c in parts), cur),
                          money(sum(c[2] for c in parts), cur), money(sum(c[3] for c in parts), cur))

    by_category = sorted(
        (CategorySales(names.get(cid) or unknown_category(cid), line(lambda k, c=cid: k[0] == c))
         for cid in {k[0] for k in cells}),
        key=lambda c: (-c.figures.revenue.minor, c.category.code))
    by_grade = sorted((GradeSales(g, line(lambda k, g=g: k[1] == g)) for g in {k[1] for k in cells}),
                      key=lambda g: grade_key(g.grade))
    report = SalesReport(head, int(receipts or 0), int(refunds or 0), tuple(by_category),
                         tuple(by_grade), line(lambda k: True))
    step(progress, STEPS, STEPS, cancelled)
    return report
