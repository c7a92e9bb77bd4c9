"""The item life cycle as a pure rule: which moves exist, for which items, and who may make them."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from pos_app.domain.item_states import (
    IN_STORE,
    ONLY_FOR,
    TERMINAL,
    TRANSITIONS,
    Acquisition,
    ItemState,
    is_legal,
    next_states,
    required_permission,
)
from pos_app.domain.roles import Permission
from pos_app.errors import IllegalTransition

S, A = ItemState, Acquisition
states = st.sampled_from(list(ItemState))
acquisitions = st.sampled_from(list(Acquisition))

# The life cycle written out once more, by hand, from the domain description: the table in
# the code must agree with it move for move.
EXPECTED_MOVES = {
    S.RECEIVED: {S.GRADED, S.RETURNED_TO_OWNER, S.WRITTEN_OFF},
    S.GRADED: {S.PRICED, S.LOTTED_OUT, S.DONATED, S.RETURNED_TO_OWNER, S.WRITTEN_OFF},
    S.PRICED: {S.LABELLED, S.GRADED, S.RETURNED_TO_OWNER, S.WRITTEN_OFF},
    S.LABELLED: {S.ON_SHELF, S.PRICED, S.RETURNED_TO_OWNER, S.WRITTEN_OFF},
    S.ON_SHELF: {S.RESERVED, S.SOLD, S.RENTED_OUT, S.PRICED, S.RETURNED_TO_OWNER, S.DONATED,
                 S.LOTTED_OUT, S.WRITTEN_OFF},
    S.RESERVED: {S.ON_SHELF, S.SOLD},
    S.SOLD: {S.RETURNED, S.PAID_OUT},
    S.RETURNED: {S.ON_SHELF, S.GRADED, S.RETURNED_TO_OWNER, S.WRITTEN_OFF},
    S.RENTED_OUT: {S.ON_SHELF, S.GRADED, S.WRITTEN_OFF},
}
OWNED_BY_SOMEONE_ELSE = {A.CONSIGNMENT, A.MATCHMAKING}


def expected_legal(acq: Acquisition, frm: ItemState, to: ItemState) -> bool:
    if to not in EXPECTED_MOVES.get(frm, set()):
        return False
    if to in (S.PAID_OUT, S.RETURNED_TO_OWNER):
        return acq in OWNED_BY_SOMEONE_ELSE
    if to == S.RENTED_OUT:
        return acq == A.LEASE_STOCK
    return True


@given(acquisitions, states, states)
def test_required_permission_raises_exactly_when_the_move_is_illegal(acq, frm, to):
    legal = expected_legal(acq, frm, to)
    assert is_legal(acq, frm, to) is legal
    if legal:
        assert required_permission("SH01-00000010", acq, frm, to) is TRANSITIONS[(frm, to)]
        assert to in next_states(acq, frm)
    else:
        with pytest.raises(IllegalTransition) as caught:
            required_permission("SH01-00000010", acq, frm, to)
        assert caught.value.message == (
            f"Item SH01-00000010 cannot go from “{frm.value}” to “{to.value}”."
        )
        assert to not in next_states(acq, frm)


@given(acquisitions, states, states)
def test_plain_strings_from_the_database_are_judged_like_the_enums(acq, frm, to):
    legal = is_legal(acq, frm, to)
    try:
        required_permission("X", acq.value, frm.value, to.value)
    except IllegalTransition:
        assert not legal
    else:
        assert legal


@given(acquisitions, st.sampled_from(sorted(TERMINAL)), states)
def test_terminal_states_have_no_way_out(acq, frm, to):
    assert next_states(acq, frm) == []
    with pytest.raises(IllegalTransition):
        required_permission("X", acq, frm, to)


def test_terminal_states_are_exactly_the_ones_an_item_never_leaves():
    no_exit = {s for s in ItemState if not any(frm == s for frm, _ in TRANSITIONS)}
    assert TERMINAL == no_exit == {S.PAID_OUT, S.RETURNED_TO_OWNER, S.DONATED, S.LOTTED_OUT,
                                   S.WRITTEN_OFF}
    assert not TERMINAL & IN_STORE


@given(acquisitions, states)
def test_no_state_moves_to_itself(acq, state):
    assert not is_legal(acq, state, state)


@pytest.mark.parametrize("to_state, allowed", sorted(ONLY_FOR.items()))
def test_only_for_rules_close_moves_to_other_acquisitions(to_state, allowed):
    sources = [frm for frm, to in TRANSITIONS if to == to_state]
    assert sources, f"nothing leads to {to_state}"
    for acq in Acquisition:
        for frm in sources:
            assert is_legal(acq, frm, to_state) is (acq in allowed), (acq, frm, to_state)


def test_only_owned_items_go_back_to_their_owner_and_only_lease_stock_is_rented():
    assert ONLY_FOR[S.RETURNED_TO_OWNER] == ONLY_FOR[S.PAID_OUT] == frozenset(OWNED_BY_SOMEONE_ELSE)
    assert ONLY_FOR[S.RENTED_OUT] == {A.LEASE_STOCK}
    with pytest.raises(IllegalTransition):
        required_permission("X", A.BUY_BACK, S.ON_SHELF, S.RETURNED_TO_OWNER)
    with pytest.raises(IllegalTransition):
        required_permission("X", A.CONSIGNMENT, S.ON_SHELF, S.RENTED_OUT)
    with pytest.raises(IllegalTransition):
        required_permission("X", A.STORE_STOCK, S.SOLD, S.PAID_OUT)


def test_the_permissions_of_the_main_moves():
    assert required_permission("X", A.BUY_BACK, S.RECEIVED, S.GRADED) is Permission.GRADE
    assert required_permission("X", A.BUY_BACK, S.GRADED, S.PRICED) is Permission.PRICE
    assert required_permission("X", A.BUY_BACK, S.ON_SHELF, S.SOLD) is Permission.SELL
    assert required_permission("X", A.BUY_BACK, S.SOLD, S.RETURNED) is Permission.REFUND
    assert required_permission("X", A.CONSIGNMENT, S.SOLD, S.PAID_OUT) is Permission.PAY_CONSIGNORS
    for frm in (S.RECEIVED, S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RETURNED, S.RENTED_OUT):
        assert required_permission("X", A.LEASE_STOCK, frm, S.WRITTEN_OFF) is Permission.WRITE_OFF


def test_every_state_can_be_reached_from_received_by_some_acquisition():
    seen = {(acq, S.RECEIVED) for acq in Acquisition}
    frontier = list(seen)
    while frontier:
        acq, frm = frontier.pop()
        for to in next_states(acq, frm):
            if (acq, to) not in seen:
                seen.add((acq, to))
                frontier.append((acq, to))
    assert {state for _, state in seen} == set(ItemState)


class ItemLife(RuleBasedStateMachine):
    """An item walks its life by legal moves; illegal ones are refused and change nothing."""

    @rule(acq=acquisitions)
    @precondition(lambda self: not hasattr(self, "acq"))
    def take_in(self, acq):
        self.acq, self.state, self.path = acq, S.RECEIVED, [S.RECEIVED]

    @rule(data=st.data())
    @precondition(lambda self: hasattr(self, "acq") and self.state not in TERMINAL)
    def legal_move(self, data):
        to = data.draw(st.sampled_from(next_states(self.acq, self.state)))
        assert required_permission("X", self.acq, self.state, to) in Permission
        self.state = to
        self.path.append(to)

    @rule(to=states)
    @precondition(lambda self: hasattr(self, "acq"))
    def illegal_move_is_refused(self, to):
        if to in next_states(self.acq, self.state):
            return
        before = self.state
        with pytest.raises(IllegalTransition):
            required_permission("X", self.acq, self.state, to)
        assert self.state == before

    @invariant()
    def path_is_made_of_legal_moves(self):
        if hasattr(self, "acq"):
            for frm, to in zip(self.path, self.path[1:]):
                assert is_legal(self.acq, frm, to)
            if self.state in TERMINAL:
                assert next_states(self.acq, self.state) == []


TestItemLife = ItemLife.TestCase
