"""The life of a one-of-a-kind item as a state machine: which moves exist and who may make them."""
from __future__ import annotations

from enum import StrEnum

from pos_app.domain.roles import Permission
from pos_app.errors import IllegalTransition


class ItemState(StrEnum):
    RECEIVED = "received"
    GRADED = "graded"
    PRICED = "priced"
    LABELLED = "labelled"
    ON_SHELF = "on_shelf"
    RESERVED = "reserved"
    SOLD = "sold"
    RETURNED = "returned"
    PAID_OUT = "paid_out"
    RENTED_OUT = "rented_out"
    RETURNED_TO_OWNER = "returned_to_owner"
    DONATED = "donated"
    LOTTED_OUT = "lotted_out"
    WRITTEN_OFF = "written_off"


class Acquisition(StrEnum):
    BUY_BACK = "buy_back"
    CONSIGNMENT = "consignment"
    LEASE_STOCK = "lease_stock"
    STORE_STOCK = "store_stock"
    MATCHMAKING = "matchmaking"


S, P = ItemState, Permission

# (from, to) -> the permission the move needs.
TRANSITIONS: dict[tuple[ItemState, ItemState], Permission] = {
    (S.RECEIVED, S.GRADED): P.GRADE,
    (S.RECEIVED, S.RETURNED_TO_OWNER): P.INTAKE,
    (S.RECEIVED, S.WRITTEN_OFF): P.WRITE_OFF,
    (S.GRADED, S.PRICED): P.PRICE,
    (S.GRADED, S.LOTTED_OUT): P.WRITE_OFF,
    (S.GRADED, S.DONATED): P.WRITE_OFF,
    (S.GRADED, S.RETURNED_TO_OWNER): P.INTAKE,
    (S.GRADED, S.WRITTEN_OFF): P.WRITE_OFF,
    (S.PRICED, S.LABELLED): P.PRINT_LABELS,
    (S.PRICED, S.GRADED): P.GRADE,
    (S.PRICED, S.RETURNED_TO_OWNER): P.INTAKE,
    (S.PRICED, S.WRITTEN_OFF): P.WRITE_OFF,
    (S.LABELLED, S.ON_SHELF): P.PRINT_LABELS,
    (S.LABELLED, S.PRICED): P.PRICE,
    (S.LABELLED, S.RETURNED_TO_OWNER): P.INTAKE,
    (S.LABELLED, S.WRITTEN_OFF): P.WRITE_OFF,
    (S.ON_SHELF, S.RESERVED): P.RESERVE,
    (S.ON_SHELF, S.SOLD): P.SELL,
    (S.ON_SHELF, S.RENTED_OUT): P.RENT,
    (S.ON_SHELF, S.PRICED): P.PRICE,
    (S.ON_SHELF, S.RETURNED_TO_OWNER): P.INTAKE,
    (S.ON_SHELF, S.DONATED): P.WRITE_OFF,
    (S.ON_SHELF, S.LOTTED_OUT): P.WRITE_OFF,
    (S.ON_SHELF, S.WRITTEN_OFF): P.WRITE_OFF,
    (S.RESERVED, S.ON_SHELF): P.RESERVE,
    (S.RESERVED, S.SOLD): P.SELL,
    (S.SOLD, S.RETURNED): P.REFUND,
    (S.SOLD, S.PAID_OUT): P.PAY_CONSIGNORS,
    (S.RETURNED, S.ON_SHELF): P.SELL,
    (S.RETURNED, S.GRADED): P.GRADE,
    (S.RETURNED, S.RETURNED_TO_OWNER): P.INTAKE,
    (S.RETURNED, S.WRITTEN_OFF): P.WRITE_OFF,
    (S.RENTED_OUT, S.ON_SHELF): P.RENT,
    (S.RENTED_OUT, S.GRADED): P.RENT,
    (S.RENTED_OUT, S.WRITTEN_OFF): P.WRITE_OFF,
}

# Moves that only make sense for some ways of acquiring an item.
ONLY_FOR: dict[ItemState, frozenset[Acquisition]] = {
    S.PAID_OUT: frozenset({Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING}),
    S.RETURNED_TO_OWNER: frozenset({Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING}),
    S.RENTED_OUT: frozenset({Acquisition.LEASE_STOCK}),
}

TERMINAL = frozenset(
    {S.PAID_OUT, S.RETURNED_TO_OWNER, S.DONATED, S.LOTTED_OUT, S.WRITTEN_OFF}
)
# States in which the item is physically in the store and can be found by a scan.
IN_STORE = frozenset({S.RECEIVED, S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RESERVED, S.RETURNED})


def is_legal(acquisition: Acquisition, from_state: ItemState, to_state: ItemState) -> bool:
    allowed = ONLY_FOR.get(to_state)
    if allowed is not None and acquisition not in allowed:
        return False
    return (from_state, to_state) in TRANSITIONS


def required_permission(
    code: str, acquisition: Acquisition, from_state: ItemState, to_state: ItemState
) -> Permission:
    """The permission the move needs; `IllegalTransition` if the move does not exist."""
    if not is_legal(Acquisition(acquisition), ItemState(from_state), ItemState(to_state)):
        raise IllegalTransition(code=code, from_state=str(from_state), to_state=str(to_state))
    return TRANSITIONS[(ItemState(from_state), ItemState(to_state))]


def next_states(acquisition: Acquisition, from_state: ItemState) -> list[ItemState]:
    return [to for (frm, to) in TRANSITIONS if frm == from_state and is_legal(acquisition, frm, to)]
