from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import (
    MAX_INPUT_MINOR,
    Money,
    add_tax,
    currency_exponent,
    parse_money,
    tax_in_gross,
)
from pos_app.errors import (
    AmountEmpty,
    AmountMalformed,
    AmountNegative,
    AmountTooLarge,
    AmountTooPrecise,
    InvalidAmount,
)

CNY = "CNY"
minors = st.integers(min_value=-(10**15), max_value=10**15)
cny = minors.map(Money)
currencies = st.sampled_from(["CNY", "JPY", "USD", "KWD"])
money_any = st.builds(Money, minors, currencies)
ratios = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=1000),
        st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False),
    ),
    min_size=1,
    max_size=12,
).filter(lambda rs: sum(rs) > 0)


# construction


def test_currency_exponent_follows_cldr():
    assert currency_exponent("CNY") == 2
    assert currency_exponent("JPY") == 0
    assert currency_exponent("KWD") == 3


@pytest.mark.parametrize("minor", [1.0, 1.5, True, Decimal(1), "1", None])
def test_minor_units_must_be_an_int(minor):
    with pytest.raises(TypeError):
        Money(minor)


@pytest.mark.parametrize("currency", ["cny", "XYZ", "CN", "CNYY", "", "¥"])
def test_unknown_currency_is_refused(currency):
    with pytest.raises(ValueError):
        Money(100, currency)


def test_default_currency_is_yuan():
    assert Money(5) == Money(5, "CNY") == Money.zero() + Money(5)
    assert Money.zero("JPY") == Money(0, "JPY")


@pytest.mark.parametrize(
    ("value", "currency", "minor"),
    [
        ("12.50", CNY, 1250),
        ("0.01", CNY, 1),
        ("-3.2", CNY, -320),
        (12, CNY, 1200),
        (Decimal("1299.5"), CNY, 129950),
        (Decimal("12.500"), CNY, 1250),  # trailing zeros are still exact
        ("1299", "JPY", 1299),
        (Decimal("0.001"), "KWD", 1),
    ],
)
def test_of_converts_exactly(value, currency, minor):
    assert Money.of(value, currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("value", "currency"), [("12.345", CNY), (Decimal("0.001"), CNY), ("12.5", "JPY")]
)
def test_of_refuses_more_decimals_than_the_currency_has(value, currency):
    with pytest.raises(AmountTooPrecise) as caught:
        Money.of(value, currency)
    assert caught.value.params["text"] == str(value)
    assert currency in caught.value.message


@pytest.mark.parametrize("value", ["abc", "", "1,299", "12.5.0", Decimal("NaN"), "Infinity"])
def test_of_refuses_what_is_not_a_number(value):
    with pytest.raises(InvalidAmount):
        Money.of(value)


@pytest.mark.parametrize("value", [0.1, 12.0, True, None, [1]])
def test_of_refuses_floats_and_other_types(value):
    with pytest.raises(TypeError):
        Money.of(value)


# rounding


@pytest.mark.parametrize(
    ("value", "rounding", "minor"),
    [
        ("0.005", ROUND_HALF_UP, 1),
        ("-0.005", ROUND_HALF_UP, -1),
        ("2.675", ROUND_HALF_UP, 268),  # exact as a Decimal, unlike the float 2.675
        ("-2.675", ROUND_HALF_UP, -268),
        ("0.0049999", ROUND_HALF_UP, 0),
        ("0.005", ROUND_HALF_EVEN, 0),
        ("0.015", ROUND_HALF_EVEN, 2),
        ("0.019", ROUND_DOWN, 1),
        ("-0.019", ROUND_DOWN, -1),
    ],
)
def test_from_decimal_rounds_as_asked(value, rounding, minor):
    assert Money.from_decimal(Decimal(value), CNY, rounding) == Money(minor)


def test_from_decimal_rounds_to_the_currency_exponent():
    assert Money.from_decimal(Decimal("1299.5"), "JPY") == Money(1300, "JPY")
    assert Money.from_decimal(Decimal("0.0005"), "KWD") == Money(1, "KWD")


def test_from_decimal_refuses_float():
    with pytest.raises(TypeError):
        Money.from_decimal(2.675, CNY)


@given(money_any)
def test_amount_round_trips_through_from_decimal_and_of(money):
    amount = money.amount
    assert amount.as_tuple().exponent == -currency_exponent(money.currency)
    assert Money.from_decimal(amount, money.currency) == money
    assert Money.of(amount, money.currency) == money
    assert Money.of(str(amount), money.currency) == money


@given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=6))
def test_from_decimal_is_within_half_a_fen(value):
    money = Money.from_decimal(value, CNY)
    error = abs(Fraction(money.minor, 100) - Fraction(value))
    assert error <= Fraction(1, 200)


def test_amount_keeps_the_decimal_places():
    assert str(Money(5).amount) == "0.05"
    assert str(Money(-129950).amount) == "-1299.50"
    assert str(Money(0).amount) == "0.00"
    assert str(Money(7, "JPY").amount) == "7"
    assert str(Money(10**40 + 1).amount) == "1" + "0" * 38 + ".01"  # beyond 28 digits


# arithmetic


@given(cny, cny)
def test_addition_commutes(a, b):
    assert a + b == b + a


@given(cny, cny, cny)
def test_addition_associates(a, b, c):
    assert (a + b) + c == a + (b + c)


@given(cny, cny)
def test_subtraction_undoes_addition(a, b):
    assert (a + b) - b == a
    assert a - b == a + (-b)


@given(cny)
def test_negation_abs_and_truth(a):
    negated = -a
    assert -negated == a and negated + a == Money.zero()
    assert abs(a) == abs(-a) and abs(a).minor >= 0
    assert bool(a) == (a.minor != 0)
    assert a + Money.zero() == a


def test_comparisons_within_one_currency():
    small, big = Money(100), Money(200)
    assert small < big and small <= big and big > small and big >= small
    assert small <= Money(100) and small >= Money(100)
    assert not small > big
    assert max([small, big]) == big
    assert sorted([big, small]) == [small, big]


@pytest.mark.parametrize(
    "operation",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
        lambda a, b: a > b,
        lambda a, b: a >= b,
        lambda a, b: Money.sum([a, b]),
    ],
)
def test_mixed_currencies_are_refused(operation):
    with pytest.raises(ValueError):
        operation(Money(100, "CNY"), Money(100, "JPY"))


def test_different_currencies_are_never_equal():
    assert Money(100, "CNY") != Money(100, "JPY")
    assert Money(100) != 100


@given(cny, st.integers(min_value=-1000, max_value=1000))
def test_multiplying_by_an_int_is_exact(money, n):
    assert money * n == n * money == Money(money.minor * n)


@pytest.mark.parametrize("factor", [1.5, 2.0, Decimal("1.5"), True])
def test_star_multiplies_by_int_only(factor):
    with pytest.raises(TypeError):
        Money(100) * factor
    with pytest.raises(TypeError):
        factor * Money(100)


def test_multiply_and_percent_refuse_float():
    with pytest.raises(TypeError):
        Money(100).multiply(0.5)
    with pytest.raises(TypeError):
        Money(100).percent(12.5)


@pytest.mark.parametrize(
    ("minor", "factor", "rounding", "expected"),
    [
        (1000, Decimal("0.125"), ROUND_HALF_UP, 125),
        (4, Decimal("0.125"), ROUND_HALF_UP, 1),  # 0.5 fen rounds up
        (-4, Decimal("0.125"), ROUND_HALF_UP, -1),
        (4, Decimal("0.125"), ROUND_HALF_EVEN, 0),
        (999, Decimal("0.333"), ROUND_DOWN, 332),
        (10**30 + 1, Decimal("1.5"), ROUND_HALF_UP, 15 * 10**29 + 2),  # no context rounding
    ],
)
def test_multiply_rounds_once(minor, factor, rounding, expected):
    assert Money(minor).multiply(factor, rounding) == Money(expected)


def test_percent_for_a_consignment_commission():
    assert Money.of("100").percent(Decimal("12.5")) == Money.of("12.50")
    assert Money.of("9.99").percent(Decimal("12.5")) == Money(125)  # 124.875 fen
    assert Money.of("9.99").percent(Decimal("12.5"), ROUND_DOWN) == Money(124)
    assert Money(4).percent(Decimal("12.5")) == Money(1)  # exactly half a fen
    assert Money.of("80").percent(40) == Money.of("32")


@given(cny, ratios)
def test_allocation_keeps_every_fen_and_stays_within_one_of_the_exact_share(money, rs):
    parts = money.allocate(rs)
    assert len(parts) == len(rs)
    assert Money.sum(parts) == money
    whole = sum(Fraction(r) for r in rs)
    for part, ratio in zip(parts, rs, strict=True):
        assert abs(Fraction(part.minor) - money.minor * Fraction(ratio) / whole) < 1


@given(cny, st.integers(min_value=1, max_value=50))
def test_split_is_as_even_as_possible_larger_parts_first(money, n):
    parts = money.split(n)
    assert Money.sum(parts) == money
    sizes = [abs(p.minor) for p in parts]
    assert max(sizes) - min(sizes) <= 1
    assert sizes == sorted(sizes, reverse=True)


def test_allocation_ties_go_to_earlier_parts():
    assert Money(100).allocate([1, 1, 1]) == [Money(34), Money(33), Money(33)]
    assert Money(-100).allocate([1, 1, 1]) == [Money(-34), Money(-33), Money(-33)]
    assert Money(5).split(2) == [Money(3), Money(2)]
    assert Money(1).allocate([1, 0, 1]) == [Money(1), Money(0), Money(0)]
    assert Money(1).allocate([0, 1, 1]) == [Money(0), Money(1), Money(0)]


def test_allocation_gives_leftovers_to_the_largest_remainder():
    # exact shares 33.33…, 66.66…: the larger remainder gets the leftover fen
    assert Money(100).allocate([1, 2]) == [Money(33), Money(67)]
    assert Money(1000).allocate([Decimal("0.7"), Decimal("0.3")]) == [Money(700), Money(300)]


@pytest.mark.parametrize("rs", [[], [0, 0], [1, -1]])
def test_allocation_refuses_meaningless_ratios(rs):
    with pytest.raises(ValueError):
        Money(100).allocate(rs)


def test_allocation_refuses_float_ratios():
    with pytest.raises(TypeError):
        Money(100).allocate([0.5, 0.5])


@pytest.mark.parametrize("n", [0, -1])
def test_split_needs_a_part(n):
    with pytest.raises(ValueError):
        Money(100).split(n)


def test_sum_needs_the_helper_and_knows_the_empty_currency():
    assert Money.sum([]) == Money.zero(CNY)
    assert Money.sum([], "JPY") == Money.zero("JPY")
    assert Money.sum(Money(n) for n in range(5)) == Money(10)
    with pytest.raises(TypeError):
        sum([Money(1), Money(2)])


# tax (prices include VAT)


@pytest.mark.parametrize(
    ("gross", "rate", "tax"),
    [
        ("113.00", 13, "13.00"),
        ("100.00", 13, "11.50"),  # 11.504…
        ("1.06", 6, "0.06"),
        ("0.01", 100, "0.01"),  # exactly half a fen, half-up
        ("99.99", 0, "0.00"),
        ("-113.00", 13, "-13.00"),  # refunds mirror sales
        ("103.00", Decimal(3), "3.00"),
    ],
)
def test_tax_contained_in_a_gross_price(gross, rate, tax):
    assert tax_in_gross(Money.of(gross), rate) == Money.of(tax)


def test_adding_tax_to_a_net_price():
    assert add_tax(Money.of("100"), 13) == Money.of("113")
    assert add_tax(Money.of("0.05"), 10) == Money(6)  # 0.5 fen rounds up
    assert add_tax(Money(7, "JPY"), 10) == Money(8, "JPY")


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.sampled_from([0, 1, 3, 6, 9, 13, Decimal("12.5")]),
)
def test_tax_in_gross_is_the_exact_share_rounded_and_inverts_add_tax(minor, rate):
    gross = Money(minor)
    exact = minor * Fraction(rate) / (100 + Fraction(rate))
    assert abs(tax_in_gross(gross, rate).minor - exact) <= Fraction(1, 2)
    round_trip = add_tax(gross, rate) - tax_in_gross(add_tax(gross, rate), rate)
    assert abs((round_trip - gross).minor) <= 1


def test_tax_rate_must_be_exact_and_not_negative():
    with pytest.raises(TypeError):
        tax_in_gross(Money(100), 0.13)
    with pytest.raises(ValueError):
        add_tax(Money(100), -1)


# formatting and parsing


@pytest.mark.parametrize(
    ("money", "locale", "text"),
    [
        (Money.of("1299"), "zh_CN", "¥1,299.00"),
        (Money.of("1299.5"), "en_US", "CN¥1,299.50"),
        (Money.of("-0.05"), "zh_CN", "-¥0.05"),
        (Money(1299, "JPY"), "en_US", "¥1,299"),
    ],
)
def test_format_for_the_clerk(money, locale, text):
    assert money.format(locale) == text


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1299", "en_US", "1299"),
        ("1,299.50", "en_US", "1299.50"),
        ("¥1,299.50", "en_US", "1299.50"),
        ("CN¥1,299.50", "en_US", "1299.50"),
        (" 12.5 ", "en_US", "12.50"),
        ("１２", "en_US", "12"),
        ("１，２９９．５", "en_US", "1299.50"),
        ("￥１２", "zh_CN", "12"),
        ("12元", "zh_CN", "12"),
        ("12。5", "zh_CN", "12.50"),  # Chinese punctuation mode turns "." into "。"
        ("¥ 1,299.50", "zh_CN", "1299.50"),
        ("RMB 8", "en_US", "8"),
        ("1,234,567.89", "en_US", "1234567.89"),
        (".5", "en_US", "0.50"),
        ("5.", "en_US", "5"),
        ("12.500", "en_US", "12.50"),
        ("0", "en_US", "0"),
        ("-0", "en_US", "0"),
        ("1.299,50", "de_DE", "1299.50"),
        ("1\u202f299,50\xa0CNY", "fr_FR", "1299.50"),
        ("1 299,50", "fr_FR", "1299.50"),
        ("12,34,567.00", "en_IN", "1234567"),
    ],
)
def test_parse_accepts_what_clerks_type(text, locale, expected):
    assert parse_money(text, locale=locale) == Money.of(expected)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", AmountEmpty),
        ("   ", AmountEmpty),
        ("abc", AmountMalformed),
        ("12a", AmountMalformed),
        ("1e5", AmountMalformed),
        ("NaN", AmountMalformed),
        ("12,5", AmountMalformed),  # a European decimal comma: refuse, don't guess
        ("1,2,3", AmountMalformed),
        ("1,2345", AmountMalformed),
        (",299", AmountMalformed),
        ("1.2.3", AmountMalformed),
        ("1 299", AmountMalformed),
        ("¥", AmountMalformed),
        ("¥¥12", AmountMalformed),
        ("--12", AmountMalformed),
        (".", AmountMalformed),
        ("٣", AmountMalformed),  # digits of other scripts are not silently read
        ("12.345", AmountTooPrecise),
        ("-5", AmountNegative),
        ("¥-5", AmountNegative),
        ("－５", AmountNegative),
        ("10000000000.01", AmountTooLarge),
        ("9" * 5000, AmountTooLarge),
    ],
)
def test_parse_refuses_with_a_message_naming_the_input(text, error):
    with pytest.raises(error) as caught:
        parse_money(text)
    assert isinstance(caught.value, InvalidAmount)
    assert caught.value.params["text"] == text
    if text.strip():
        assert text in caught.value.message


def test_parse_accepts_negatives_only_when_allowed():
    assert parse_money("-5", allow_negative=True) == Money(-500)
    assert parse_money("-CN¥1,299.50", allow_negative=True) == Money(-129950)
    assert parse_money("¥-5", allow_negative=True) == Money(-500)


def test_parse_limit_is_ten_to_the_twelve_minor_units():
    assert parse_money("10,000,000,000.00") == Money(MAX_INPUT_MINOR)
    assert parse_money("-10000000000", allow_negative=True) == Money(-MAX_INPUT_MINOR)
    with pytest.raises(AmountTooLarge):
        parse_money("-10000000000.01", allow_negative=True)
    assert parse_money("1000000000000", "JPY") == Money(MAX_INPUT_MINOR, "JPY")


def test_parse_uses_the_currency_exponent():
    assert parse_money("1,299", "JPY") == Money(1299, "JPY")
    with pytest.raises(AmountTooPrecise):
        parse_money("12.5", "JPY")


@given(
    st.integers(min_value=-MAX_INPUT_MINOR, max_value=MAX_INPUT_MINOR),
    st.sampled_from(["en_US", "zh_CN", "de_DE", "fr_FR", "en_IN", "ja_JP"]),
    st.sampled_from(["CNY", "JPY"]),
)
def test_parse_reads_back_what_format_wrote(minor, locale, currency):
    money = Money(minor, currency)
    assert parse_money(money.format(locale), currency, locale, allow_negative=True) == money


@given(st.integers(min_value=0, max_value=MAX_INPUT_MINOR))
def test_full_width_input_reads_like_ascii(minor):
    text = str(Money(minor).amount)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in text)
    assert parse_money(full_width, locale="zh_CN") == Money(minor)
