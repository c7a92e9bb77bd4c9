"""Prices: the suggestion from the store's own sales, the buy-back quote, setting and changing an
item's price (audited, with a manager's word for labelled goods), and the shelf price at scan time.

A suggestion's reason is an English template with its parameters (context "Pricing" in
ui/pricing_terms.py), translated and filled in at the edge like a DomainError.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain import pricing as rules
from pos_app.domain.codes import parse_item_code
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import ConcurrentChange, NotFound, ValidationError
from pos_app.models import ConsignmentContract, Item, ItemEvent, PriceChange, Store, User
from pos_app.services import catalog, items, journal, label_queue, settings, users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

# Reasons, as the screens translate them (context "Pricing").
REASON_SAME_GRADE = "Median of {count} sales of {model} grade {grade} in the last {days} days"
REASON_ANY_GRADE = ("Median of {count} sales of {model} in any grade in the last {days} days, "
                    "adjusted to grade {grade}")
REASON_CATEGORY = ("Median of {count} sales in {category} in the last {days} days, adjusted to "
                   "grade {grade}")
REASON_NONE = ("Fewer than {min_sales} sales of comparable items in the last {days} days; enter "
               "the price by hand")
REASON_MARKDOWN = "{percent}% off after {days} days on the shelf"
REASON_MARKDOWN_FLOOR = "Marked down to the owner's lowest price after {days} days on the shelf"

SALE_STATES = (ItemState.SOLD.value, ItemState.PAID_OUT.value)  # sold and not given back
PRICEABLE = (ItemState.GRADED, ItemState.PRICED, ItemState.LABELLED, ItemState.ON_SHELF)
LABELLED = (ItemState.LABELLED, ItemState.ON_SHELF)  # a price change makes their label wrong


class NoSuggestion(ValidationError):
    template = ("There are too few recent sales of items like {model} to work out a quote; "
                "enter the quote by hand.")


@dataclass(frozen=True)
class Suggestion:
    """A suggested resale price (None when there is no basis) and why."""

    price: Money | None
    basis: int  # how many sales it stands on
    reason_template: str
    reason_params: dict = field(default_factory=dict)
    median: Money | None = None  # before the store's price endings
    scope: str = "none"  # "grade", "model", "category" or "none": how far it had to look

    @property
    def reason(self) -> str:
        """The reason in English (the screens translate the template instead)."""
        return self.reason_template.format(**self.reason_params)


@dataclass(frozen=True)
class ShelfPrice:
    """What the item sells for today: its price after any markdown, and the price before."""

    price: Money
    original: Money
    markdown_percent: Decimal
    reason: str  # "" when not marked down; else a template filled from reason_params
    reason_params: dict = field(default_factory=dict)

    @property
    def marked_down(self) -> bool:
        return self.price != self.original


@dataclass(frozen=True)
class PriceChangeView:
    at: datetime
    old: Money | None
    new: Money
    reason: str
    by: str  # the user's display name


@dataclass(frozen=True)
class PricedItem:
    """An item as a label or the till shows it: what it is and what it sells for today."""

    id: int
    code: str
    brand: str
    model: str
    grade: str | None
    acquisition: Acquisition
    state: ItemState
    owner_party_id: int | None
    shelf: ShelfPrice | None  # None until the item has a price

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.brand, self.model) if p)


# --- the suggestion -----------------------------------------------------------------------------

_I = Item.__table__.c
# Each statement is written to be answered from ix_items_comparable_sales (brand, model, grade,
# sold_at): equality on the first three columns (an IN list for "any grade") and a range on the
# fourth; only the matching rows are read from the table.
_SAME_GRADE = select(_I.sold_minor).where(
    _I.brand == bindparam("brand"), _I.model == bindparam("model"),
    _I.grade == bindparam("grade"), _I.sold_at >= bindparam("since"),
    _I.state.in_(SALE_STATES), _I.sold_minor.is_not(None))
_ANY_GRADE = select(_I.sold_minor, _I.grade).where(
    _I.brand == bindparam("brand"), _I.model == bindparam("model"),
    _I.grade.in_(tuple(rules.GRADE_FACTORS)), _I.sold_at >= bindparam("since"),
    _I.state.in_(SALE_STATES), _I.sold_minor.is_not(None))
# The category has no index with sold_at: its newest sales are read newest first off
# ix_items_state_changed, one sale state at a time (an item in a sale state changed state when,
# or after, it was sold; a day's slack covers two clocks in one transaction), up to
# CATEGORY_SAMPLE of them, so the work stays bounded however many sales the store keeps.
_CATEGORY = (select(_I.sold_minor, _I.grade, _I.sold_at).where(
    _I.state == bindparam("state"), _I.state_changed_at >= bindparam("changed_since"),
    _I.sold_at >= bindparam("since"), _I.category_id + 0 == bindparam("category_id"),
    _I.sold_minor.is_not(None))
    .order_by(_I.state_changed_at.desc()).limit(bindparam("sample")))
CATEGORY_SAMPLE = 250  # the category's newest sales in the window that its median stands on


def _currency(s: Session) -> str:
    return s.scalar(select(Store.currency).order_by(Store.id).limit(1)) or "CNY"


def _setting(s: Session, key: str) -> object:
    return settings._get(s, None, key)


def _check_grade(grade: str) -> None:
    if grade not in rules.GRADE_FACTORS:
        raise ValidationError("“{grade}” is not a grade.", grade=grade)


def _category_sales(s: Session, category_id: int, since: datetime) -> list[tuple[int, str]]:
    """(sold price, grade) of the category's newest CATEGORY_SAMPLE sales since `since`."""
    params = {"category_id": category_id, "since": since,
              "changed_since": since - timedelta(days=1), "sample": CATEGORY_SAMPLE}
    rows = [r for state in SALE_STATES for r in s.execute(_CATEGORY, params | {"state": state})]
    rows.sort(key=lambda r: r.sold_at, reverse=True)
    return [(r.sold_minor, r.grade) for r in rows[:CATEGORY_SAMPLE]]


def suggest_price(db: StoreDB, *, category: str | int, brand: str, model: str, grade: str,
                  days: int = 90, min_sales: int = 3) -> Suggestion:
    """The median price the store got for comparable items in the last `days`, in the store's
    price endings: the same brand, model and grade; failing `min_sales` of those, the same
    brand and model in any grade, each sale adjusted to `grade`; failing that, the category's
    newest CATEGORY_SAMPLE sales in the window, adjusted likewise."""
    _check_grade(grade)
    if days < 1 or min_sales < 1:
        raise ValueError("days and min_sales must be at least 1")
    brand, model = (brand or "").strip(), (model or "").strip()
    since = now() - timedelta(days=days)
    with db.read() as s:
        cat = catalog.active_category(s, category)
        currency = _currency(s)
        endings = str(_setting(s, "price_endings"))
        params = {"model": " ".join(p for p in (brand, model) if p), "grade": grade,
                  "days": days, "category": cat.name, "category_zh": cat.name_zh,
                  "min_sales": min_sales}
        found: list[Money] = []
        scope, template = "none", REASON_NONE
        if model:
            found = [Money(m, currency) for m in s.scalars(
                _SAME_GRADE, {"brand": brand, "model": model, "grade": grade, "since": since})]
            scope, template = "grade", REASON_SAME_GRADE
            if len(found) < min_sales:
                rows = s.execute(_ANY_GRADE, {"brand": brand, "model": model, "since": since})
                found = [rules.scale_to_grade(Money(m, currency), g, grade) for m, g in rows]
                scope, template = "model", REASON_ANY_GRADE
        if len(found) < min_sales:
            found = [rules.scale_to_grade(Money(m, currency), g, grade)
                     for m, g in _category_sales(s, cat.id, since)]
            scope, template = "category", REASON_CATEGORY
    if len(found) < min_sales:
        return Suggestion(None, len(found), REASON_NONE, params | {"count": len(found)})
    middle = rules.median(found)
    return Suggestion(rules.apply_ending(middle, endings), len(found), template,
                      params | {"count": len(found)}, middle, scope)


def quote(db: StoreDB, *, category: str | int, brand: str, model: str, grade: str,
          days: int = 90, min_sales: int = 3) -> Money:
    """A buy-back offer: the suggested resale price less the store's target margin and the
    category's refurbishment cost, in whole yuan; NoSuggestion when there is nothing to go by."""
    suggestion = suggest_price(db, category=category, brand=brand, model=model, grade=grade,
                               days=days, min_sales=min_sales)
    if suggestion.price is None:
        raise NoSuggestion(model=suggestion.reason_params["model"] or str(category))
    with db.read() as s:
        category_code = catalog.active_category(s, category).code
        margin = _setting(s, "target_margin_percent")
        costs = _setting(s, "refurbishment_costs") or {}
    refurbishment = rules.refurbishment_cost(costs, category_code, suggestion.price.currency)
    return rules.buy_back_quote(suggestion.price, int(margin), refurbishment)


# --- setting a price ----------------------------------------------------------------------------


def _check_price(price: Money, floor_minor: int | None, code: str) -> None:
    if not isinstance(price, Money):
        raise TypeError(f"a price is Money, not {type(price).__name__}")
    if price.minor <= 0:
        raise ValidationError("A price must be above zero.")
    if floor_minor is not None and price.minor < floor_minor:
        raise ValidationError("The owner's lowest price for {code} is {floor}; enter at least that.",
                              code=code, floor=str(Money(floor_minor, price.currency).amount))


def _needed(state: ItemState, code: str) -> Permission:
    if state not in PRICEABLE:
        raise ValidationError("Item {code} cannot be priced while it is “{state}”.",
                              code=code, state=state.value)
    return Permission.PRICE_OVERRIDE if state in LABELLED else Permission.PRICE


def set_price(db: StoreDB, actor: Actor, code: str, price: Money, reason: str = "",
              override: ManagerOverride | None = None) -> items.ItemView:
    """Price a graded item, or change a price. A change to an item whose label is printed (or
    that is on the shelf) needs the right to override prices, so a grader or clerk needs a
    manager's PIN; its old label is void and a new one is queued. One transaction."""
    text = parse_item_code(code).text
    reason = (reason or "").strip()
    with db.read() as s:
        probe = s.execute(select(_I.state, _I.price_minor, _I.floor_minor)
                          .where(_I.code == text)).first()
    if probe is None:
        raise NotFound(what="Item", key=text)
    needed = _needed(ItemState(probe.state), text)
    _check_price(price, probe.floor_minor, text)
    if probe.price_minor == price.minor and probe.state != ItemState.GRADED:
        raise ValidationError("Item {code} already has this price.", code=text)
    authority = users.authorise(db, actor, needed, override)  # checks a manager's PIN first
    with db.write() as s:
        item = items.load_for_update(s, text)
        state = ItemState(item.state)
        if _needed(state, text) != needed:
            raise ConcurrentChange(code=text)  # it was labelled or shelved meanwhile
        _check_price(price, item.floor_minor, text)
        old = item.price_minor
        if old == price.minor and state != ItemState.GRADED:  # a graded item confirms its asking price
            raise ValidationError("Item {code} already has this price.", code=text)
        if needed == Permission.PRICE_OVERRIDE:
            users.record_authority(s, actor, authority, reason)
        if state in (ItemState.GRADED, ItemState.LABELLED):
            # the state machine's own move (history, audit, outbox); a manager who vouched
            # for the override vouched for the pricing too
            move_authority = (users.Authority(Permission.PRICE, authority.manager_id)
                              if authority.manager_id and not actor.can(Permission.PRICE) else None)
            items.move(s, actor, item, ItemState.PRICED, reason=reason, authority=move_authority,
                       price=price)
        else:
            if needed == Permission.PRICE:
                users.record_authority(s, actor, authority, reason)
            item.price_minor = price.minor
            s.flush()
            journal.record(s, actor, "item.price_changed", "item", item.code,
                           {"code": item.code, "state": item.state, "old_price_minor": old,
                            "price_minor": price.minor, "reason": reason,
                            "version": item.version})
        s.add(PriceChange(item_id=item.id, old_minor=old, new_minor=price.minor,
                          reason=reason[:120], at=now(), user_id=actor.user_id))
        if state in LABELLED:
            label_queue.add_jobs(s, actor, [item])
    return items.find_by_code(db, text)


def price_history(db: StoreDB, code: str) -> list[PriceChangeView]:
    """Every price the item had, oldest first, and who set it why."""
    text = parse_item_code(code).text
    with db.read() as s:
        found = s.execute(select(_I.id, Store.currency).join(Store, Store.id == _I.store_id)
                          .where(_I.code == text)).first()
        if found is None:
            raise NotFound(what="Item", key=text)
        item_id, currency = found
        rows = s.execute(
            select(PriceChange.at, PriceChange.old_minor, PriceChange.new_minor,
                   PriceChange.reason, User.display_name)
            .outerjoin(User, User.id == PriceChange.user_id)
            .where(PriceChange.item_id == item_id).order_by(PriceChange.id)).all()
    return [PriceChangeView(at, None if old is None else Money(old, currency),
                            Money(new, currency), reason, by or "")
            for at, old, new, reason, by in rows]


# --- the shelf price ----------------------------------------------------------------------------

_ON_SHELF_SINCE = (select(func.min(ItemEvent.at))
                   .where(ItemEvent.item_id == _I.id, ItemEvent.to_state == ItemState.ON_SHELF.value)
                   .correlate(Item.__table__).scalar_subquery())
_PRICED = (select(_I.id, _I.code, _I.brand, _I.model, _I.grade, _I.acquisition, _I.state,
                  _I.owner_party_id, _I.price_minor, _I.floor_minor, Store.currency,
                  ConsignmentContract.markdowns, _ON_SHELF_SINCE)
           .join(Store, Store.id == _I.store_id)
           .outerjoin(ConsignmentContract, ConsignmentContract.id == _I.contract_id)
           .where(_I.code.in_(bindparam("codes", expanding=True))))
CHUNK = 500


@dataclass(frozen=True)
class _MarkdownRules:
    auto: bool
    schedule: list


def _markdown_rules(s: Session) -> _MarkdownRules:
    return _MarkdownRules(bool(_setting(s, "auto_markdown")),
                          list(_setting(s, "markdown_schedule") or []))


def _shelf(row, rules_: _MarkdownRules, today: date) -> ShelfPrice | None:
    (_id, _code, _b, _m, _g, acquisition, _st, _o, price_minor, floor_minor, currency,
     markdowns, since) = row
    if price_minor is None:
        return None
    price = Money(price_minor, currency)
    if acquisition == Acquisition.CONSIGNMENT.value:
        schedule = markdowns or []
    else:
        schedule = rules_.schedule if rules_.auto else []
    if not schedule or since is None:
        return ShelfPrice(price, price, Decimal(0), "")
    age = (today - since.date()).days
    floor = None if floor_minor is None else Money(floor_minor, currency)
    marked, percent = rules.markdown_price(price, schedule, age, floor)
    if marked == price:
        return ShelfPrice(price, price, Decimal(0), "")
    full, _ = rules.markdown_price(price, schedule, age)
    return ShelfPrice(marked, price, percent,
                      REASON_MARKDOWN if marked == full else REASON_MARKDOWN_FLOOR,
                      {"percent": str(percent), "days": age})


def priced_items(s: Session, codes: Iterable[str], today: date | None = None) -> dict[str, PricedItem]:
    """The items `codes` name (canonical codes), with today's shelf price, in a query per
    CHUNK codes; codes not found are missing from the answer."""
    wanted = list(dict.fromkeys(codes))
    today = today or now().date()
    md = _markdown_rules(s)
    out: dict[str, PricedItem] = {}
    for lo in range(0, len(wanted), CHUNK):
        for row in s.execute(_PRICED, {"codes": wanted[lo:lo + CHUNK]}):
            out[row.code] = PricedItem(row.id, row.code, row.brand, row.model, row.grade,
                                       Acquisition(row.acquisition), ItemState(row.state),
                                       row.owner_party_id, _shelf(row, md, today))
    return out


def canonical_codes(codes: Sequence[str]) -> list[str]:
    """Every code parsed (InvalidItemCode or ItemCodeMistyped on the first bad one)."""
    return [parse_item_code(c).text for c in codes]


def shelf_price(db: StoreDB, code: str, today: date | None = None) -> ShelfPrice:
    """What the item sells for on `today` (default: today, UTC): its price, marked down by the
    consignment contract's schedule (never under the owner's lowest price), or for other items
    by the store's markdown_schedule when auto_markdown is on; age counts from the day the item
    first went on the shelf."""
    text = parse_item_code(code).text
    with db.read() as s:
        found = priced_items(s, [text], today).get(text)
    if found is None:
        raise NotFound(what="Item", key=text)
    if found.shelf is None:
        raise ValidationError("Item {code} has no price yet.", code=text)
    return found.shelf
