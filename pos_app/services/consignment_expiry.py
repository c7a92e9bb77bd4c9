"""Consignment contracts at their end: which are running out with items still in the store, and
doing what the contract says with those items in one step — give them back to the owner,
donate them, or take them into the store's own stock.

Taking an item into stock changes who owns it, not where it is: its acquisition becomes
store_stock, its owner and contract are cleared, and the journal keeps the contract it came
from (pos_app.services.consignors reads it back for the consignor's account).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain import item_states
from pos_app.domain.codes import parse_item_code
from pos_app.domain.item_states import IN_STORE, Acquisition, ItemState
from pos_app.domain.masking import mask_name
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import ConsignmentContract, Item, Party, PriceChange
from pos_app.services import items, journal, pricing, users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import Authority, ManagerOverride

ACTIONS = ("return", "donate", "convert")
DUE = {"return": "return", "donate": "donate", "store_stock": "convert"}  # contract's at_expiry
MOVES = {"return": ItemState.RETURNED_TO_OWNER, "donate": ItemState.DONATED}
PERMISSIONS = {"return": Permission.INTAKE, "donate": Permission.WRITE_OFF,
               "convert": Permission.PAY_CONSIGNORS}
_IN_STORE = tuple(st.value for st in IN_STORE)
SETTLED_ACTION = "consignment.settled"  # the journal entry that keeps the items' history


@dataclass(frozen=True)
class ContractItem:
    code: str
    name: str
    state: ItemState


@dataclass(frozen=True)
class ExpiringContract:
    id: int
    number: str
    party_id: int
    name: str
    expires_on: date
    days_left: int  # negative once expired
    action: str  # return | donate | convert: what the contract says is due
    items: tuple[ContractItem, ...]  # still in the store

    @property
    def expired(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Settled:
    number: str
    action: str
    codes: tuple[str, ...]
    settled: bool  # no item of the contract is left in the store


def _today() -> date:
    return now().astimezone().date()


def _items_left(s: Session, contract_ids: list[int], *, for_update: bool = False) -> list[Item]:
    stmt = (select(Item).where(Item.contract_id.in_(contract_ids),
                               Item.acquisition == Acquisition.CONSIGNMENT.value,
                               Item.state.in_(_IN_STORE)).order_by(Item.id))
    return list(s.scalars(stmt.with_for_update(of=Item) if for_update else stmt))


def _name(item: Item) -> str:
    return " ".join(p for p in (item.brand, item.model) if p) or item.code


def expiring_contracts(db: StoreDB, actor: Actor, within_days: int = 7) -> list[ExpiringContract]:
    """Contracts ending within `within_days` days, or already ended, that still have items in
    the store; the soonest first."""
    users.require(actor, Permission.PAY_CONSIGNORS)
    if within_days < 0:
        raise ValidationError("Look ahead zero days or more.")
    today = _today()
    reveal = actor.can(Permission.REVEAL_PERSONAL_DATA)
    with db.read() as s:
        rows = s.execute(select(ConsignmentContract, Party.name)
                         .join(Party, Party.id == ConsignmentContract.party_id)
                         .where(ConsignmentContract.store_id == actor.store_id,
                                ConsignmentContract.status != "settled",
                                ConsignmentContract.expires_on <= today + timedelta(days=within_days))
                         .order_by(ConsignmentContract.expires_on, ConsignmentContract.id)).all()
        left: dict[int, list[ContractItem]] = {}
        for item in _items_left(s, [c.id for c, _ in rows]):
            left.setdefault(item.contract_id, []).append(
                ContractItem(item.code, _name(item), ItemState(item.state)))
        return [ExpiringContract(c.id, c.number, c.party_id, name if reveal else mask_name(name),
                                 c.expires_on, (c.expires_on - today).days, DUE[c.at_expiry],
                                 tuple(left[c.id]))
                for c, name in rows if c.id in left]


def _contract(s: Session, actor: Actor, contract_id: int, *,
              for_update: bool = False) -> ConsignmentContract:
    stmt = select(ConsignmentContract).where(ConsignmentContract.id == contract_id)
    contract = s.scalars(stmt.with_for_update() if for_update else stmt).first()
    if contract is None or contract.store_id != actor.store_id:
        raise NotFound(what="Contract", key=str(contract_id))
    return contract


def _chosen(contract: ConsignmentContract, left: list[Item], codes: list[str] | None) -> list[Item]:
    if not left:
        raise ValidationError("Contract {number} has no items left in the store.",
                              number=contract.number)
    if codes is None:
        return left
    by_code = {item.code: item for item in left}
    chosen = []
    for code in dict.fromkeys(parse_item_code(c).text for c in codes):
        if code not in by_code:
            raise ValidationError("Item {code} is not in the store under contract {number}.",
                                  code=code, number=contract.number)
        chosen.append(by_code[code])
    if not chosen:
        raise ValidationError("Choose the items to settle.")
    return chosen


def _check(contract: ConsignmentContract, action: str, chosen: list[Item]) -> None:
    if action not in ACTIONS:
        raise ValidationError("Choose what to do with the items: return them, donate them or "
                              "take them into stock.")
    if action != "return" and contract.expires_on >= _today():
        raise ValidationError("Contract {number} runs until {date}; its items can be donated or "
                              "taken into stock only after that.", number=contract.number,
                              date=contract.expires_on.isoformat())
    if action in MOVES:
        for item in chosen:  # refuse before anything moves: IllegalTransition names the item
            item_states.required_permission(item.code, Acquisition(item.acquisition),
                                                  ItemState(item.state), MOVES[action])


def settle_expired(db: StoreDB, actor: Actor, contract_id: int, action: str | None = None,
                   codes: list[str] | None = None, *,
                   override: ManagerOverride | None = None) -> Settled:
    """Do `action` (the contract's own at-expiry action unless given) with the contract's
    items still in the store (or only `codes`); the contract is settled when none is left.
    Donating may be authorised on the spot by a manager's PIN."""
    with db.read() as s:  # check everything before asking a manager for anything
        contract = _contract(s, actor, contract_id)
        action = DUE.get(action, action) if action else DUE[contract.at_expiry]
        _check(contract, action, _chosen(contract, _items_left(s, [contract.id]), codes))
    authority: Authority | None = None
    if action == "donate" and override is not None:
        authority = users.authorise(db, actor, Permission.WRITE_OFF, override)
    elif action == "convert":
        users.require(actor, Permission.PAY_CONSIGNORS)
    with db.write() as s:
        contract = _contract(s, actor, contract_id, for_update=True)
        chosen = _chosen(contract, _items_left(s, [contract.id], for_update=True), codes)
        _check(contract, action, chosen)
        reason = f"contract {contract.number} ended: {action}"
        done = []
        for item in chosen:
            done.append({"code": item.code, "name": _name(item), "from_state": item.state})
            if action == "convert":
                _take_into_stock(s, actor, contract, item)
            else:
                items.move(s, actor, item, MOVES[action], reason=reason, authority=authority)
        s.flush()
        settled = not _items_left(s, [contract.id])
        if settled:
            contract.status = "settled"
        journal.record(s, actor, SETTLED_ACTION, "consignment_contract", contract.number,
                       {"contract": contract.number, "contract_id": contract.id,
                        "party_id": contract.party_id, "action": action, "items": done,
                        "settled": settled})
        return Settled(contract.number, action, tuple(d["code"] for d in done), settled)


def _take_into_stock(s: Session, actor: Actor, contract: ConsignmentContract, item: Item) -> None:
    """The item becomes the store's own, at cost 0 (the store paid nothing for it) and at the
    price it sells for today, so that the shelf price does not jump back up."""
    shelf = pricing.priced_items(s, [item.code]).get(item.code)
    old_price = item.price_minor
    if shelf is not None and shelf.shelf is not None and shelf.shelf.marked_down:
        item.price_minor = shelf.shelf.price.minor
        s.add(PriceChange(item_id=item.id, old_minor=old_price, new_minor=item.price_minor,
                          reason=f"taken into stock from contract {contract.number}"[:120],
                          at=now(), user_id=actor.user_id))
    owner = item.owner_party_id
    item.acquisition = Acquisition.STORE_STOCK.value
    item.owner_party_id, item.contract_id, item.floor_minor = None, None, None
    item.cost_minor = 0
    s.flush()
    journal.record(s, actor, "item.taken_into_stock", "item", item.code,
                   {"code": item.code, "state": item.state, "acquisition": item.acquisition,
                    "contract": contract.number, "former_owner_party_id": owner,
                    "cost_minor": 0, "price_minor": item.price_minor,
                    "old_price_minor": old_price, "version": item.version})

