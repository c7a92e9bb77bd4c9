"""The rentals report on A4: what is out and late as the period ends (to chase the customers
and know the deposits held), then what went out and came back in it with the fees taken.
Customers are printed masked, as the screens show them."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from pos_app.printing.reports.common import heading, key_values, paragraph, report_pdf, table, word
from pos_app.services.rentals import RentalView
from pos_app.services.reports.rentals import DueRental, RentalsReport

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Rentals due and overdue", "租赁到期与逾期报表"),
    "summary": ("Summary", "汇总"),
    "out_at_end": ("Out at the end of {day}", "截至 {day} 租出未还"),
    "held": ("Deposits held for them", "所持押金"),
    "due_n": ("Due back on {day}", "{day} 到期"),
    "overdue_n": ("Overdue", "逾期未还"),
    "went_n": ("Rented out in the period", "本期租出"),
    "rent": ("Rent taken on them", "租金收入"),
    "deposits": ("Deposits taken on them", "收取押金"),
    "back_n": ("Checked in in the period", "本期归还"),
    "late": ("Late fees", "逾期费"),
    "damage": ("Damage fees", "损坏费"),
    "overdue": ("Overdue at the end of the period", "期末逾期未还"),
    "due": ("Due back on the period's last day", "期末当日到期"),
    "went": ("Rented out in the period", "本期租出明细"),
    "back": ("Checked in in the period", "本期归还明细"),
    "item": ("Item", "物品"),
    "customer": ("Customer", "客户"),
    "phone": ("Phone", "电话"),
    "out": ("Out", "租出"),
    "due_col": ("Due", "到期"),
    "days": ("Days over", "逾期天数"),
    "deposit": ("Deposit", "押金"),
    "rent_col": ("Rent", "租金"),
    "returned": ("Returned", "归还"),
    "late_col": ("Late fee", "逾期费"),
    "damage_col": ("Damage fee", "损坏费"),
    "explain": (("Days over count the store's days from the day a rental was due to the "
                 "period's last day. Names and phones are masked, as on the screens."),
                "逾期天数按门店日期，自到期日计至期末最后一日。姓名和电话均已遮蔽，与屏幕显示一致。"),
}


def _w(key: str, language: str, **params: object) -> str:
    return word(WORDS, key, language, **params)


def _day(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d") if moment else "—"


def _item(view: RentalView) -> str:
    return f"{view.item_code}\n{view.description}"  # two lines: clear of the next column


def _waiting(rows: tuple[DueRental, ...], language: str) -> Flowable:
    if not rows:
        return paragraph(word({}, "none", language), language)
    header = [_w(k, language) for k in ("item", "customer", "phone", "out", "due_col", "days",
                                        "deposit")]
    return table([[_item(d.rental), d.rental.customer, d.rental.phone, _day(d.rental.out_at),
                   _day(d.rental.due_at), d.days_overdue, d.rental.deposit] for d in rows],
                 header=header, language=language,
                 widths=[50 * mm, 20 * mm, 26 * mm, 20 * mm, 20 * mm, 14 * mm, 24 * mm])


def render(data: RentalsReport, language: str) -> bytes:
    last = data.period.last.isoformat()
    summary = [(_w("out_at_end", language, day=last), data.out_at_end),
               (_w("held", language), data.deposits_held),
               (_w("due_n", language, day=last), len(data.due)),
               (_w("overdue_n", language), len(data.overdue)),
               (_w("went_n", language), len(data.went_out)),
               (_w("rent", language), data.rent),
               (_w("deposits", language), data.deposits_taken),
               (_w("back_n", language), len(data.came_back)),
               (_w("late", language), data.late_fees),
               (_w("damage", language), data.damage_fees)]
    story: list[Flowable] = [heading(_w("summary", language), language),
                             key_values(summary, language),
                             heading(_w("overdue", language), language),
                             _waiting(data.overdue, language),
                             heading(_w("due", language), language),
                             _waiting(data.due, language),
                             heading(_w("went", language), language)]
    if data.went_out:
        header = [_w(k, language) for k in ("item", "customer", "out", "due_col", "rent_col",
                                            "deposit")]
        rows: list[list[object]] = [[_item(v), v.customer, _day(v.out_at), _day(v.due_at),
                                     v.rent, v.deposit] for v in data.went_out]
        rows.append([word({}, "total", language), "", "", "", data.rent, data.deposits_taken])
        story.append(table(rows, header=header, total_row=True, language=language,
                           widths=[60 * mm, 22 * mm, 20 * mm, 20 * mm, 26 * mm, 26 * mm]))
    else:
        story.append(paragraph(word({}, "none", language), language))
    story.append(heading(_w("back", language), language))
    if data.came_back:
        header = [_w(k, language) for k in ("item", "customer", "due_col", "returned",
                                            "late_col", "damage_col")]
        rows = [[_item(v), v.customer, _day(v.due_at), _day(v.returned_at), v.late_fee,
                 v.damage_fee] for v in data.came_back]
        rows.append([word({}, "total", language), "", "", "", data.late_fees, data.damage_fees])
        story.append(table(rows, header=header, total_row=True, language=language,
                           widths=[60 * mm, 22 * mm, 20 * mm, 20 * mm, 26 * mm, 26 * mm]))
    else:
        story.append(paragraph(word({}, "none", language), language))
    story.append(paragraph(_w("explain", language), language, "small"))
    return report_pdf(story, title=_w("title", language), store_name=data.store_name,
                      first=data.period.first, last=data.period.last, made_at=data.made_at,
                      language=language)
