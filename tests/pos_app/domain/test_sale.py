from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import Money
from pos_app.domain.sale import (
    Discount,
    Line,
    Tender,
    consignor_share,
    discount_percent_of,
    needs_manager,
    price_sale,
    round_cash,
    settle,
)
from pos_app.errors import (
    CardReferenceMissing,
    ConsignmentFeeNegative,
    ConsignorShareInvalid,
    DiscountNegative,
    DiscountPercentOutOfRange,
    LineDiscountTooLarge,
    MobileReferenceMissing,
    NonCashOverpaid,
    QuantityInvalid,
    SaleDiscountTooLarge,
    SaleUnderpaid,
    TenderNotPositive,
)

M = Money
D = Decimal


def line(price: int, qty: int = 1, rate: str = "13", discount: Discount | None = None, code="C1"):
    return Line(code, "thing", M(price), qty, D(rate), discount)


# worked examples, in fen


def test_a_plain_tax_inclusive_sale():
    t = price_sale([line(129900), line(5000, qty=2, rate="6", code="C2")])
    assert t.subtotal == M(139900)
    assert t.discounts == M(0)
    assert t.total == M(139900)
    # 129900 × 13/113 = 14944.2 → 14944; 10000 × 6/106 = 566.04 → 566
    assert [p.tax for p in t.lines] == [M(14944), M(566)]
    assert t.tax == M(15510)
    assert t.tax_by_rate == {D(13): M(14944), D(6): M(566)}


def test_tax_exclusive_adds_tax_per_line():
    t = price_sale([line(10000), line(999, rate="6")], tax_inclusive=False)
    # 10000 + 1300; 999 + 59.94 → 60
    assert [p.total for p in t.lines] == [M(11300), M(1059)]
    assert t.tax == M(1360)
    assert t.total == M(12359)


def test_line_discounts_by_amount_and_percent():
    t = price_sale([
        line(10000, discount=Discount("amount", M(1500))),
        line(333, discount=Discount("percent", D("10"))),  # 33.3 → 33
    ])
    assert [p.line_discount for p in t.lines] == [M(1500), M(33)]
    assert [p.net for p in t.lines] == [M(8500), M(300)]
    assert t.discounts == M(1533)
    assert t.total == M(8800)


def test_sale_discount_is_spread_in_proportion_without_losing_a_fen():
    t = price_sale([line(100), line(100), line(100)], Discount("amount", M(100)))
    assert [p.sale_discount for p in t.lines] == [M(34), M(33), M(33)]
    assert t.total == M(200)


def test_sale_percent_discount_is_of_what_remains_after_line_discounts():
    t = price_sale(
        [line(10000, discount=Discount("percent", D(10))), line(5000)],
        Discount("percent", D(10)),
    )
    # base 9000 + 5000 = 14000; 10% is 1400, split 900 / 500
    assert [p.sale_discount for p in t.lines] == [M(900), M(500)]
    assert t.total == M(12600)
    assert discount_percent_of(t) == D("16.00")


def test_a_whole_line_can_be_given_away_but_not_below_zero():
    t = price_sale([line(5000, discount=Discount("percent", D(100)))])
    assert t.total == M(0) and t.tax == M(0)
    with pytest.raises(LineDiscountTooLarge) as e:
        price_sale([line(5000, code="IT-1", discount=Discount("amount", M(5001)))])
    assert "IT-1" in e.value.message and "lower the discount" in e.value.message


def test_a_sale_discount_past_the_sale_is_refused():
    with pytest.raises(SaleDiscountTooLarge):
        price_sale([line(5000, discount=Discount("amount", M(1000)))], Discount("amount", M(4001)))
    with pytest.raises(SaleDiscountTooLarge):
        price_sale([], Discount("amount", M(1)))


def test_an_empty_basket_costs_nothing():
    t = price_sale([])
    assert t.total == M(0) and t.lines == () and discount_percent_of(t) == D("0.00")


def test_bad_discounts_and_quantities_are_refused():
    with pytest.raises(DiscountNegative):
        Discount("amount", M(-1))
    with pytest.raises(DiscountNegative):
        Discount("percent", D("-5"))
    with pytest.raises(DiscountPercentOutOfRange):
        Discount("percent", D("100.5"))
    with pytest.raises(ValueError):
        Discount("free", D(1))
    with pytest.raises(TypeError):
        Discount("percent", 10.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Discount("amount", D(10))
    for qty in (0, -1, True):
        with pytest.raises(QuantityInvalid):
            line(100, qty=qty)


# the manager's limit


def test_needs_manager_past_the_limit_only():
    within = price_sale([line(10000, discount=Discount("percent", D(10)))])
    assert not needs_manager(within, D(10))
    assert needs_manager(within, D("9.99"))
    # 10% on the line then 10% on the sale is 19% off that line
    both = price_sale([line(10000, discount=Discount("percent", D(10)))], Discount("percent", D(10)))
    assert needs_manager(both, D(10))
    assert not needs_manager(both, D(19))


def test_a_big_line_discount_cannot_hide_in_a_large_basket():
    t = price_sale([line(100000), line(10000, discount=Discount("percent", D(50)))])
    assert discount_percent_of(t) == D("4.55")
    assert needs_manager(t, D(10))


def test_rounding_of_a_fen_never_asks_for_a_manager():
    # 10% of 5 fen rounds up to 1 fen (20%), yet the clerk gave 10%
    t = price_sale([line(5, discount=Discount("percent", D(10)))], Discount("percent", D(0)))
    assert t.lines[0].line_discount == M(1)
    assert not needs_manager(t, D(10))
    assert not needs_manager(price_sale([line(5000)]), 0)


# tenders


def test_cash_sale_gives_change():
    s = settle(M(12350), [Tender("cash", M(20000))])
    assert (s.paid, s.change, s.rounded_total, s.rounding) == (M(20000), M(7650), M(12350), M(0))
    assert s.cash_in_drawer == M(12350)


def test_split_tenders_with_change_from_cash():
    s = settle(M(10000), [
        Tender("card", M(6000), "T-123"), Tender("voucher", M(2000)), Tender("cash", M(5000)),
    ])
    assert s.paid == M(13000) and s.change == M(3000) and s.cash_in_drawer == M(2000)


def test_cash_rounding_applies_to_cash_only_sales_half_up():
    s = settle(M(1235), [Tender("cash", M(1300))], cash_rounding=M(10))
    assert (s.rounded_total, s.rounding, s.change) == (M(1240), M(5), M(60))
    s = settle(M(1234), [Tender("cash", M(1230))], cash_rounding=M(10))
    assert (s.rounded_total, s.rounding, s.change) == (M(1230), M(-4), M(0))
    s = settle(M(1250), [Tender("cash", M(1300))], cash_rounding=M(100))
    assert (s.rounded_total, s.rounding) == (M(1300), M(50))
    s = settle(M(1234), [Tender("cash", M(1000)), Tender("mobile", M(234), "W1")], cash_rounding=M(10))
    assert (s.rounded_total, s.rounding, s.change) == (M(1234), M(0), M(0))
    with pytest.raises(ValueError):
        round_cash(M(100), M(0))


def test_underpaid_sale_names_what_is_still_due():
    with pytest.raises(SaleUnderpaid) as e:
        settle(M(10000), [Tender("cash", M(5000)), Tender("card", M(2000), "R9")])
    assert e.value.params["due"] == M(3000).format()
    assert "still due" in e.value.message
    with pytest.raises(SaleUnderpaid):
        settle(M(1), [])


def test_a_card_overpayment_is_refused():
    with pytest.raises(NonCashOverpaid) as e:
        settle(M(10000), [Tender("card", M(10001), "R1")])
    assert "only in cash" in e.value.message
    with pytest.raises(NonCashOverpaid):
        settle(M(10000), [Tender("cash", M(100)), Tender("credit", M(10100))])


def test_tender_refusals():
    with pytest.raises(CardReferenceMissing):
        Tender("card", M(100), "  ")
    with pytest.raises(MobileReferenceMissing):
        Tender("mobile", M(100))
    with pytest.raises(TenderNotPositive):
        Tender("cash", M(0))
    with pytest.raises(TenderNotPositive):
        Tender("cash", M(-5))
    with pytest.raises(ValueError):
        Tender("cheque", M(100))
    assert Tender("card", M(1), " R7 ").reference == "R7"
    with pytest.raises(ValueError):
        settle(M(-1), [])


# consignment


def test_consignor_share_depends_on_who_bears_the_discount():
    # listed 1000.00, sold 800.00, 60% share, 20.00 fee
    net, listed = M(80000), M(100000)
    assert consignor_share(net, D(60), M(2000), "store", listed) == M(58000)
    assert consignor_share(net, D(60), M(2000), "shared", listed) == M(46000)
    assert consignor_share(M(333), D("33.3"), M(0), "shared", M(333)) == M(111)  # 110.889
    assert consignor_share(M(1000), D(10), M(5000), "shared", M(1000)) == M(0)


def test_consignor_share_refusals():
    with pytest.raises(ConsignorShareInvalid):
        consignor_share(M(1), D(101), M(0), "store", M(1))
    with pytest.raises(ConsignorShareInvalid):
        consignor_share(M(1), D(-1), M(0), "store", M(1))
    with pytest.raises(ConsignmentFeeNegative):
        consignor_share(M(1), D(50), M(-1), "store", M(1))
    with pytest.raises(ValueError):
        consignor_share(M(1), D(50), M(0), "consignor", M(1))


# properties

discounts = st.one_of(
    st.none(),
    st.builds(lambda p: Discount("percent", p), st.decimals(0, 100, places=2)),
)
rates = st.sampled_from([D(0), D(3), D(6), D(9), D(13), D("12.5")])
lines = st.lists(
    st.builds(
        lambda p, q, r, d: Line("C", "x", M(p), q, r, d),
        st.integers(0, 10**8), st.integers(1, 50), rates, discounts,
    ),
    max_size=8,
)


@given(lines, discounts, st.booleans())
def test_totals_add_up(ls, sale_discount, inclusive):
    t = price_sale(ls, sale_discount, tax_inclusive=inclusive)
    expected = t.subtotal - t.discounts + (M(0) if inclusive else t.tax)
    assert t.total == expected
    assert t.total == Money.sum(p.total for p in t.lines)
    assert all(p.net >= M(0) and p.tax >= M(0) for p in t.lines)
    if inclusive:
        assert t.tax <= t.total


@given(lines, st.integers(0, 10**9), st.booleans())
def test_sale_discount_allocation_loses_no_fen(ls, amount, inclusive):
    base = Money.sum(p.net for p in price_sale(ls).lines)
    off = M(min(amount, base.minor))
    t = price_sale(ls, Discount("amount", off), tax_inclusive=inclusive)
    assert Money.sum(p.sale_discount for p in t.lines) == off
    assert all(p.net >= M(0) for p in t.lines)


@given(
    st.integers(0, 10**7),
    st.lists(st.tuples(st.sampled_from(["card", "mobile", "credit", "voucher"]),
                       st.integers(1, 10**6)), max_size=4),
    st.integers(0, 10**7),
    st.sampled_from([None, M(10), M(100)]),
)
def test_change_is_paid_less_total_and_split_tenders_sum(total, others, cash, step):
    tenders = [Tender(k, M(a), "ref") for k, a in others]
    if cash:
        tenders.append(Tender("cash", M(cash)))
    try:
        s = settle(M(total), tenders, cash_rounding=step)
    except (SaleUnderpaid, NonCashOverpaid):
        return
    assert s.paid == Money.sum(t.amount for t in tenders)
    assert s.change == s.paid - s.rounded_total
    assert s.rounded_total == M(total) + s.rounding
    assert M(0) <= s.change <= Money.sum(t.amount for t in tenders if t.kind == "cash")
    if step is not None and all(t.kind == "cash" for t in tenders):
        assert s.rounded_total.minor % step.minor == 0
        assert 2 * abs(s.rounding.minor) <= step.minor
    else:
        assert s.rounding == M(0)
