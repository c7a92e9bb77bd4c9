"""Seller identity documents: pure rules, no database."""
from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import ric

from pos_app.domain.identity import ID_TYPES, mask_id_number, validate_id_number
from pos_app.errors import (
    IdNumberEmpty,
    InvalidIdNumber,
    ResidentIdBirthDate,
    ResidentIdCheckCharacter,
    ResidentIdMalformed,
    ResidentIdRegion,
    ResidentIdWrongLength,
    ValidationError,
)


def resident_id(first_17: str) -> str:
    return first_17 + ric.calc_check_digit(first_17 + "0")


def test_the_id_types_are_the_four_the_counter_offers():
    assert ID_TYPES == ("resident_id", "passport", "hk_macau_permit", "other")


@pytest.mark.parametrize("typed, kept", [
    ("11010519491231002X", "11010519491231002X"),  # the standard's own example
    ("11010519491231002x", "11010519491231002X"),
    ("110105 19491231 002X", "11010519491231002X"),
    ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
    ("360426199101010071", "360426199101010071"),
    (resident_id("44030419900307123"), resident_id("44030419900307123")),
])
def test_valid_resident_ids_are_accepted(typed, kept):
    assert validate_id_number("resident_id", typed) == kept


@pytest.mark.parametrize("typed, error", [
    ("110105194912310021", ResidentIdCheckCharacter),
    ("11010519491231002", ResidentIdWrongLength),
    ("11010519491231002X1", ResidentIdWrongLength),
    ("1101051949123100AX", ResidentIdMalformed),
    ("11010519491231002Y", ResidentIdMalformed),
    (resident_id("11010519491331002"), ResidentIdBirthDate),  # month 13, right check character
    (resident_id("11010519490230002"), ResidentIdBirthDate),  # 30 February
    (resident_id("99010519491231002"), ResidentIdRegion),  # no region 990105
    ("", IdNumberEmpty),
])
def test_bad_resident_ids_are_refused_saying_what_is_wrong(typed, error):
    with pytest.raises(error) as caught:
        validate_id_number("resident_id", typed)
    assert isinstance(caught.value, InvalidIdNumber)


def test_a_resident_id_born_in_the_future_is_refused():
    number = resident_id("11010520300101002")
    with pytest.raises(ResidentIdBirthDate):
        validate_id_number("resident_id", number, today=date(2025, 6, 1))
    assert validate_id_number("resident_id", number, today=date(2031, 1, 1)) == number


def test_the_wrong_length_message_counts_the_characters():
    with pytest.raises(ResidentIdWrongLength) as caught:
        validate_id_number("resident_id", "11010519491231002")
    assert caught.value.message == (
        "“11010519491231002” has 17 characters; a resident identity card number has 18.")


@pytest.mark.parametrize("id_type, typed, kept", [
    ("passport", "e 1234 5678", "E12345678"),
    ("passport", "G12345", "G12345"),
    ("hk_macau_permit", "h12345678", "H12345678"),
    ("hk_macau_permit", "M1234567890", "M1234567890"),
    ("hk_macau_permit", "CA1234567", "CA1234567"),
    ("other", "军官证 12345", None),
    ("other", "AB-1234", "AB1234"),
])
def test_other_documents_are_kept_upper_case_without_spaces(id_type, typed, kept):
    if kept is None:
        with pytest.raises(InvalidIdNumber):
            validate_id_number(id_type, typed)
    else:
        assert validate_id_number(id_type, typed) == kept


@pytest.mark.parametrize("id_type, typed", [
    ("passport", "E12"), ("passport", "E" * 21), ("passport", "E1234/567"),
    ("hk_macau_permit", "X12345678"), ("hk_macau_permit", "H1234"),
])
def test_bad_document_numbers_are_refused(id_type, typed):
    with pytest.raises(InvalidIdNumber):
        validate_id_number(id_type, typed)


def test_an_unknown_id_type_is_refused():
    with pytest.raises(ValidationError, match="kind of ID"):
        validate_id_number("driving_licence", "12345678")


@pytest.mark.parametrize("id_type, number, masked", [
    ("resident_id", "11010519491231002X", "110***********002X"),
    ("passport", "E12345678", "******678"),
    ("hk_macau_permit", "H12345678", "******678"),
    ("other", "AB1234", "***234"),
    ("other", "AB", "**"),
    ("other", "", ""),
])
def test_id_numbers_are_masked_for_display(id_type, number, masked):
    assert mask_id_number(id_type, number) == masked
    assert len(mask_id_number(id_type, number)) == len(number)
