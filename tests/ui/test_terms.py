"""Domain messages reach the clerk wholly in their language, the store's words included."""
from __future__ import annotations

import pytest

from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.roles import Permission, Role
from pos_app.errors import IllegalTransition, NotFound, PermissionDenied
from ui import terms
from ui.errors import user_message


def test_a_refusal_names_role_and_right_in_chinese(switch_language):
    switch_language("zh_CN")
    text = user_message(PermissionDenied(role=Role.CLERK.value, action=Permission.GRADE.value))
    assert "评定成色" in text and terms.role_name(Role.CLERK) in text
    assert "clerk" not in text and "grade" not in text


def test_states_and_nouns_in_messages_are_translated(switch_language):
    switch_language("zh_CN")
    text = user_message(IllegalTransition(code="SH01-0000001R", from_state="priced", to_state="sold"))
    assert terms.state_name(ItemState.SOLD) in text and "sold" not in text
    assert "商品" in user_message(NotFound(what="Item", key="SH01-0000001R"))


def test_english_stays_english(switch_language):
    switch_language("en")
    assert user_message(NotFound(what="Item", key="X")) == "Item “X” was not found."


@pytest.mark.parametrize("enum, table", [
    (Role, terms.ROLE_NAMES), (ItemState, terms.STATE_NAMES),
    (Acquisition, terms.ACQUISITION_NAMES), (Permission, terms.PERMISSION_NAMES),
])
def test_every_value_has_a_name(enum, table):
    assert set(table) == set(enum)


def test_every_store_word_has_a_chinese_name(switch_language):
    switch_language("zh_CN")
    for value in [*Role, *ItemState, *Acquisition, *Permission]:
        shown = terms.translate_param(value.value)
        assert shown != value.value and any("\u4e00" <= ch <= "\u9fff" for ch in shown), value


def test_an_error_carried_inside_another_is_translated_too(switch_language):
    from pos_app.errors import ImeiCheckDigit, StolenListLineError

    switch_language("zh_CN")
    inner = ImeiCheckDigit(text="490154203237519")
    text = user_message(StolenListLineError(line=3, problem=inner))
    assert user_message(inner) in text and "check digit" not in text
