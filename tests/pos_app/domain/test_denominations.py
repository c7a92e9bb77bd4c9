"""Counting a drawer by denomination: exact totals, and every slip of the finger refused."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.denominations import (
    MAX_COUNT,
    CountNotWhole,
    CountTooLarge,
    DenominationsInvalid,
    DenominationTwice,
    DenominationUnknown,
    count_total,
    key,
    label,
    parse_denominations,
    read_count,
)
from pos_app.domain.money import Money

SETTING = ["100", "50", "20", "10", "5", "1", "0.5", "0.1"]
NOTES = parse_denominations(SETTING, "CNY")

counts = st.dictionaries(st.sampled_from(SETTING), st.integers(0, MAX_COUNT))


def test_the_setting_reads_as_money_largest_first():
    assert parse_denominations(["0.5", "100", "1"], "CNY") == (
        Money.of("100"), Money.of("1"), Money.of("0.5"))
    assert [label(d) for d in NOTES] == SETTING
    assert [key(d) for d in NOTES][:2] == ["100.00", "50.00"] and key(NOTES[-1]) == "0.10"


@pytest.mark.parametrize("setting", [[], "100", ["100", "100.0"], ["0"], ["-5"], ["0.001"],
                                     ["abc"], [100], None])
def test_a_bad_setting_is_refused(setting):
    with pytest.raises(DenominationsInvalid):
        parse_denominations(setting, "CNY")


def test_a_count_adds_up_to_the_fen_and_keeps_every_denomination():
    count = read_count({"100": 3, "0.5": 3, "0.10": 2}, "CNY", NOTES)
    assert count.total == Money.of("301.70") == count_total({"100": 3, "0.5": 3, "0.1": 2}, "CNY", NOTES)
    assert count.detail() == {"100.00": 3, "50.00": 0, "20.00": 0, "10.00": 0, "5.00": 0,
                              "1.00": 0, "0.50": 3, "0.10": 2}
    assert count_total({}, "CNY", NOTES) == Money.zero()
    assert count_total({"2": 1}, "CNY") == Money.of("2")  # no list: any amount of the currency


@pytest.mark.parametrize("counts, error, words", [
    ({"100": -1}, CountNotWhole, "The count of 100 must be a whole number of 0 or more, not “-1”."),
    ({"100": 1.5}, CountNotWhole, "not “1.5”"),
    ({"100": Decimal("1.5")}, CountNotWhole, "not “1.5”"),
    ({"100": "3"}, CountNotWhole, "not “3”"),
    ({"100": True}, CountNotWhole, "not “True”"),
    ({"100": MAX_COUNT + 1}, CountTooLarge, "more than a drawer holds"),
    ({"200": 1}, DenominationUnknown,
     "“200” is not one of the notes and coins counted here (100, 50, 20, 10, 5, 1, 0.5, 0.1)."),
    ({"0.05": 1}, DenominationUnknown, "“0.05”"),
    ({"0.001": 1}, DenominationUnknown, "“0.001”"),
    ({"¥100": 1}, DenominationUnknown, "“¥100”"),
    ({"-100": 1}, DenominationUnknown, "“-100”"),
    ({"100": 1, "100.00": 2}, DenominationTwice, "100 is counted twice"),
])
def test_bad_counts_are_refused_with_a_message_a_clerk_can_act_on(counts, error, words):
    with pytest.raises(error) as refused:
        read_count(counts, "CNY", NOTES)
    assert words in refused.value.message


def test_a_whole_decimal_count_is_accepted():
    assert count_total({"10": Decimal(3)}, "CNY", NOTES) == Money.of("30")


@given(counts)
def test_the_total_is_the_sum_of_each_denomination_times_its_count(given_counts):
    expected = sum(Money.of(d).minor * n for d, n in given_counts.items())
    count = read_count(given_counts, "CNY", NOTES)
    assert count.total == Money(expected)
    assert sum(line.amount.minor for line in count.lines) == expected
    assert [line.denomination for line in count.lines] == list(NOTES)


@given(counts)
def test_the_stored_detail_reads_back_to_the_same_count(given_counts):
    count = read_count(given_counts, "CNY", NOTES)
    again = read_count(count.detail(), "CNY", NOTES)
    assert again == count


@given(counts, st.sampled_from(SETTING), st.integers(max_value=-1))
def test_any_negative_count_is_refused(given_counts, denomination, negative):
    with pytest.raises(CountNotWhole):
        read_count({**given_counts, denomination: negative}, "CNY", NOTES)
