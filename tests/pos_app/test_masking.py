"""Personal data shown masked: a clerk can recognise the person but not copy the number."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.masking import mask_email, mask_name, mask_phone


@pytest.mark.parametrize("phone, shown", [
    ("13812345678", "138****5678"),
    (" 13812345678 ", "138****5678"),
    ("+8613812345678", "+86*******5678"),
    ("0755-8888999", "075*****8999"),
    ("1234", "****"),
    ("12", "**"),
    ("", ""),
    (None, ""),
])
def test_phone_numbers_keep_only_the_head_and_the_last_four(phone, shown):
    assert mask_phone(phone) == shown


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_a_masked_phone_never_shows_the_whole_number(phone):
    masked = mask_phone(phone)
    assert len(masked) == len(phone)
    assert "*" in masked
    hidden = masked.count("*")
    assert hidden == len(phone) if len(phone) <= 4 else hidden >= 3
    for shown, real in zip(masked, phone):
        assert shown in ("*", real)


@pytest.mark.parametrize("phone, shown", [
    ("12345", "***45"), ("123456", "****56"), ("8765432", "*****32"),
    ("88889999", "8***9999"), ("123456789", "1****6789"),
])
def test_short_numbers_are_mostly_hidden(phone, shown):
    assert mask_phone(phone) == shown


@pytest.mark.parametrize("name, shown", [
    ("张三", "张*"),
    ("欧阳娜娜", "欧***"),
    ("李", "李"),
    ("John Smith", "John S."),
    ("Mary Ann Smith", "Mary A. S."),
    ("  Wang  Fang ", "Wang F."),
    ("", ""),
    ("   ", ""),
    (None, ""),
])
def test_names_keep_the_first_character_or_the_first_name(name, shown):
    assert mask_name(name) == shown


@pytest.mark.parametrize("email, shown", [
    ("zhang.san@example.com", "z***@example.com"),
    ("a@b.cn", "a***@b.cn"),
    ("@example.com", ""),
    ("not-an-email", "n***********"),
    ("", ""),
    (None, ""),
])
def test_emails_keep_the_first_letter_and_the_domain(email, shown):
    assert mask_email(email) == shown
