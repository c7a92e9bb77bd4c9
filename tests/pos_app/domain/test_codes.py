from __future__ import annotations

import re
import string

import barcode
import pytest
import zxingcpp
from barcode.writer import ImageWriter
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pos_app.domain.codes import (
    ALPHABET,
    MAX_SEQUENCE,
    ItemCode,
    make_item_code,
    parse_item_code,
    validate_store_code,
)
from pos_app.errors import InvalidItemCode, InvalidStoreCode, ItemCodeMistyped, ValidationError

store_codes = st.from_regex(r"[A-Z][A-Z0-9]{1,5}", fullmatch=True)
sequences = st.integers(min_value=1, max_value=MAX_SEQUENCE)
item_codes = st.builds(make_item_code, store_codes, sequences)

SAMPLE = make_item_code("SH01", 1)
# Characters a slip of the finger or a misread can put in place of another one (not
# spaces: those at either end are trimmed on purpose, like a scanner's trailing Enter).
TYPOS = ALPHABET + "-_./*+"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in text)


def _substitutions(code: str):
    for i, original in enumerate(code):
        for c in TYPOS:
            if c != original:
                yield code[:i] + c + code[i + 1 :]


def _adjacent_swaps(code: str):
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            yield code[:i] + code[i + 1] + code[i] + code[i + 2 :]


def _rejected(text: str) -> bool:
    try:
        parse_item_code(text)
    except InvalidItemCode:
        return True
    return False


# store codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SH01", "SH01"),
        ("sh01", "SH01"),
        (" bj ", "BJ"),
        ("A12345", "A12345"),
        ("ＳＨ０１", "SH01"),
    ],
)
def test_store_codes_are_normalised_to_upper_case(text, code):
    assert validate_store_code(text) == code


@pytest.mark.parametrize(
    "text", ["", "S", "1SH", "SH-01", "SH_01", "ABCDEFG", "SH 01", "ıd", "ŞH01", "SH01\n2"]
)
def test_bad_store_codes_are_refused_with_a_clear_message(text):
    with pytest.raises(InvalidStoreCode) as caught:
        validate_store_code(text)
    assert isinstance(caught.value, ValidationError)
    assert text in caught.value.message
    assert "2 to 6" in caught.value.message


# making codes


def test_code_shape():
    assert re.fullmatch(r"SH01-0000001[0-9A-Z]", SAMPLE)
    assert make_item_code("SH01", 36)[5:12] == "0000010"
    assert make_item_code("sh01", 35)[:12] == "SH01-000000Z"
    assert make_item_code("ZZZZZZ", MAX_SEQUENCE)[:14] == "ZZZZZZ-ZZZZZZZ"


def test_check_character_is_iso_7064_mod_37_2():
    from stdnum.iso7064 import mod_37_2

    assert mod_37_2.is_valid(SAMPLE.replace("-", ""))
    assert "*" in {make_item_code("SH01", n)[-1] for n in range(1, 200)}


@pytest.mark.parametrize("sequence", [0, -1, MAX_SEQUENCE + 1])
def test_sequence_out_of_range_is_refused(sequence):
    with pytest.raises(ValueError):
        make_item_code("SH01", sequence)


@pytest.mark.parametrize("sequence", [True, 1.0, "1"])
def test_sequence_must_be_an_int(sequence):
    with pytest.raises(TypeError):
        make_item_code("SH01", sequence)


def test_bad_store_code_is_refused_when_making_a_code():
    with pytest.raises(InvalidStoreCode):
        make_item_code("1SH", 1)


@given(store_codes, sequences)
def test_make_then_parse_round_trips(store, sequence):
    code = make_item_code(store, sequence)
    assert parse_item_code(code) == ItemCode(store_code=store, sequence=sequence, text=code)


@given(store_codes, store_codes, sequences, sequences)
def test_codes_are_unique_across_stores_and_sequences(store_a, store_b, seq_a, seq_b):
    same = (store_a, seq_a) == (store_b, seq_b)
    assert (make_item_code(store_a, seq_a) == make_item_code(store_b, seq_b)) == same


# reading codes


@given(item_codes)
def test_lower_case_full_width_and_padded_input_is_accepted(code):
    expected = parse_item_code(code)
    assert parse_item_code(code.lower()) == expected
    assert parse_item_code(_full_width(code)) == expected
    assert parse_item_code(f"  {code}\r\n") == expected
    assert parse_item_code(f"\u3000{_full_width(code.lower())}") == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "SH01",
        "SH010000001" + SAMPLE[-1],  # dash missing
        SAMPLE[:-1],  # check character missing
        SAMPLE + "0",
        "SH01-000001" + SAMPLE[-1],
        "S-0000001" + SAMPLE[-1],
        "1H01-0000001" + SAMPLE[-1],
        "SH01_0000001" + SAMPLE[-1],
        "ıd01-00000010",
        "SH01-0000001\u0661",
    ],
)
def test_wrong_shapes_are_refused(text):
    with pytest.raises(InvalidItemCode) as caught:
        parse_item_code(text)
    assert caught.value.params["code"] == text.strip()


def test_sequence_zero_is_not_an_item_even_with_a_valid_check():
    from stdnum.iso7064 import mod_37_2

    body = "SH01" + "0" * 7
    with pytest.raises(InvalidItemCode):
        parse_item_code(f"SH01-{'0' * 7}{mod_37_2.calc_check_digit(body)}")


def test_wrong_check_character_tells_the_clerk_to_rescan():
    wrong = SAMPLE[:-1] + ("A" if SAMPLE[-1] != "A" else "B")
    with pytest.raises(ItemCodeMistyped) as caught:
        parse_item_code(wrong)
    assert wrong in caught.value.message
    assert "again" in caught.value.message


@pytest.mark.parametrize("code", [SAMPLE, make_item_code("BJ", 1_234_567), "ZZZZZZ-ZZZZZZZK"])
def test_every_typo_and_adjacent_swap_of_a_sample_code_is_caught(code):
    parse_item_code(code)
    typos = list(_substitutions(code))
    swaps = list(_adjacent_swaps(code))
    assert len(typos) == len(code) * (len(TYPOS) - 1)
    assert [t for t in typos if not _rejected(t)] == []
    assert [s for s in swaps if not _rejected(s)] == []


@given(item_codes)
def test_every_single_character_typo_is_caught(code):
    assert [t for t in _substitutions(code) if not _rejected(t)] == []


@settings(max_examples=300)
@example("SH01-BX10QKH*")
@given(item_codes)
def test_every_adjacent_swap_is_caught(code):
    assert [s for s in _adjacent_swaps(code) if not _rejected(s)] == []


# barcodes


def _decode_code128(code: str) -> list[tuple[str, zxingcpp.BarcodeFormat]]:
    image = barcode.Code128(code, writer=ImageWriter()).render({"write_text": False})
    return [(r.text, r.format) for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize(
    "code", [SAMPLE, make_item_code("BJ", 1_234_567), make_item_code("ZZZZZZ", MAX_SEQUENCE)]
)
def test_codes_scan_back_from_a_code_128_image(code):
    assert _decode_code128(code) == [(code, zxingcpp.BarcodeFormat.Code128)]


@settings(max_examples=20, deadline=None)
@given(item_codes)
def test_any_code_scans_back_from_code_128(code):
    assert set(code) <= set(string.ascii_uppercase + string.digits + "-*")
    assert _decode_code128(code) == [(code, zxingcpp.BarcodeFormat.Code128)]
