"""Pricing: the rules (endings, markdowns, quotes) without a database, then the suggestion from
real sold items, setting and changing prices, and the shelf price, on both engines."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, select

from pos_app import clock
from pos_app.domain.codes import make_item_code
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.pricing import (
    apply_ending,
    buy_back_quote,
    markdown_price,
    median,
    refurbishment_cost,
    scale_to_grade,
)
from pos_app.errors import (
    AuthenticationFailed,
    InvalidItemCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_app.models import LabelJob, ManagerAuthorisation, OutboxEvent, PriceChange
from pos_app.services import items, pricing, settings
from pos_app.services.users import ManagerOverride
from tests.pos_app.pricing_support import (
    consignor,
    contract,
    item_row,
    make_item,
    rows,
    sell,
)

Y = Money.of


# --- the rules --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("price", "nine", "ten"), [
    ("1287", "1289", "1290"),
    ("1283", "1279", "1280"),
    ("1284", "1289", "1280"),  # a tie goes up
    ("1285", "1289", "1290"),
    ("1289", "1289", "1290"),
    ("1287.50", "1289", "1290"),
    ("19", "19", "20"),
    ("14.45", "19", "10"),
    ("13", "9.90", "10"),
    ("10.20", "9.90", "10"),
    ("4.60", "4.90", "5"),
    ("4.37", "3.90", "4"),
    ("0.30", "0.90", "1"),
    ("9.40", "9.90", "9"),
])
def test_price_endings(price: str, nine: str, ten: str) -> None:
    assert apply_ending(Y(price), "9") == Y(nine)
    assert apply_ending(Y(price), "0") == Y(ten)
    assert apply_ending(Y(price), "none") == Y(price)


def test_endings_of_a_currency_without_minor_units_and_unknown_endings() -> None:
    assert apply_ending(Money(1284, "JPY"), "9") == Money(1289, "JPY")
    assert apply_ending(Money(4, "JPY"), "9") == Money(9, "JPY")
    with pytest.raises(ValueError):
        apply_ending(Y("12"), "99")


@given(st.integers(min_value=1, max_value=10**10))
def test_ending_9_is_the_nearest_amount_ending_in_9(minor: int) -> None:
    out = apply_ending(Money(minor), "9").minor
    if out >= 1900:
        assert out % 1000 == 900  # …9 yuan
    else:
        assert out % 100 == 90 and out <= 990  # x.90 under ten yuan
    assert abs(out - minor) <= 500
    for other in (out - 1000, out + 1000, out - 100, out + 100):
        ok = (other >= 1900 and other % 1000 == 900) or (0 < other <= 990 and other % 100 == 90)
        if ok:
            assert abs(other - minor) >= abs(out - minor)


SCHEDULE = [[30, 20], [60, 40]]


@pytest.mark.parametrize(("age", "price", "percent"), [
    (0, "1000", 0), (29, "1000", 0), (30, "800", 20), (59, "800", 20), (60, "600", 40),
    (400, "600", 40),
])
def test_each_markdown_step(age: int, price: str, percent: int) -> None:
    assert markdown_price(Y("1000"), SCHEDULE, age) == (Y(price), Decimal(percent))


def test_the_steepest_step_reached_applies_whatever_the_order() -> None:
    assert markdown_price(Y("1000"), [[60, 40], [30, 20], [45, 10]], 50) == (Y("800"), Decimal(20))


def test_a_markdown_never_goes_below_the_floor() -> None:
    assert markdown_price(Y("1000"), SCHEDULE, 60, floor=Y("700")) == (Y("700"), Decimal(30))
    assert markdown_price(Y("1000"), SCHEDULE, 30, floor=Y("700")) == (Y("800"), Decimal(20))
    price, percent = markdown_price(Y("999"), SCHEDULE, 60, floor=Y("700"))
    assert price == Y("700") and percent == Decimal("29.9")
    # a floor above the price never raises it
    assert markdown_price(Y("500"), SCHEDULE, 90, floor=Y("700")) == (Y("500"), Decimal(0))


def test_buy_back_quote() -> None:
    assert buy_back_quote(Y("1289"), 35, Y("50")) == Y("787")  # 837.85 − 50, down to the yuan
    assert buy_back_quote(Y("1289"), 0, Y("0")) == Y("1289")
    assert buy_back_quote(Y("40"), 35, Y("50")) == Y("0")  # never negative
    with pytest.raises(ValueError):
        buy_back_quote(Y("100"), 100, Y("0"))


def test_median_and_grade_scaling() -> None:
    assert median([Y("3"), Y("1"), Y("2")]) == Y("2")
    assert median([Y("1"), Y("4"), Y("2"), Y("3")]) == Y("2.50")
    assert median([Money(1), Money(2)]) == Money(2)  # 1.5 fen, half up
    with pytest.raises(ValueError):
        median([])
    assert scale_to_grade(Y("1000"), "A", "B") == Y("850")
    assert scale_to_grade(Y("850"), "B", "A") == Y("1000")
    assert refurbishment_cost({"3c": 30, "3c.phone": "25.50"}, "3c.phone") == Y("25.50")
    assert refurbishment_cost({"3c": 30}, "3c.tablet") == Y("30")
    assert refurbishment_cost({}, "books") == Y("0")


@pytest.mark.parametrize(("key", "value"), [
    ("price_endings", "5"), ("target_margin_percent", 95), ("target_margin_percent", "35"),
    ("refurbishment_costs", {"3c.phone": -1}), ("refurbishment_costs", {"3C": 10}),
    ("refurbishment_costs", {"books": "1.234"}), ("auto_markdown", "yes"),
])
def test_pricing_settings_are_checked(store, key: str, value: object) -> None:
    with pytest.raises(ValidationError):
        settings.set_settings(store.db, store.admin, {key: value})


# --- the suggestion ---------------------------------------------------------------------------------


def test_suggestion_is_the_median_of_recent_sales_of_the_same_model_and_grade(store) -> None:
    for yuan, days in (("1000", 5), ("1100", 10), ("1200", 30), ("1300", 60), ("5000", 89)):
        sell(store, sold=yuan, days_ago=days)
    sell(store, sold="100", days_ago=91)  # too old
    sell(store, sold="100", days_ago=3, grade="C")  # another grade
    sell(store, sold="100", days_ago=3, model="iPhone 13 256GB")  # another model
    make_item(store, price="90", state=ItemState.ON_SHELF)  # not sold
    refunded = sell(store, sold="100", days_ago=2)
    items.transition(store.db, store.manager, refunded, "returned")  # sold, then given back

    got = pricing.suggest_price(store.db, category="3c.phone", brand="Apple 苹果",
                                model="iPhone 13 128GB", grade="B")
    assert got.median == Y("1200") and got.price == Y("1199")  # the store's endings: 9
    assert got.basis == 5 and got.scope == "grade"
    assert got.reason_template == pricing.REASON_SAME_GRADE
    assert got.reason == "Median of 5 sales of Apple 苹果 iPhone 13 128GB grade B in the last 90 days"

    settings.set_settings(store.db, store.admin, {"price_endings": "none"})
    # in 20 days only two of grade B (1000, 1100): the grade C sale (100 → 121.43 as B) joins
    narrow = pricing.suggest_price(store.db, category="3c.phone", brand="Apple 苹果",
                                   model="iPhone 13 128GB", grade="B", days=20)
    assert (narrow.scope, narrow.basis, narrow.price) == ("model", 3, Y("1000"))
    assert pricing.suggest_price(store.db, category="3c.phone", brand="Apple 苹果",
                                 model="iPhone 13 128GB", grade="B", days=20,
                                 min_sales=2).price == Y("1050")


def test_too_few_of_the_grade_widens_to_the_model_in_any_grade(store) -> None:
    sell(store, sold="1000", days_ago=1, grade="A")
    sell(store, sold="1200", days_ago=2, grade="A")
    sell(store, sold="850", days_ago=3, grade="B")
    got = pricing.suggest_price(store.db, category="3c.phone", brand="Apple 苹果",
                                model="iPhone 13 128GB", grade="B")
    # grade A sales count at 85%: 850, 1020, 850 → median 850
    assert got.scope == "model" and got.basis == 3 and got.median == Y("850")
    assert got.reason == ("Median of 3 sales of Apple 苹果 iPhone 13 128GB in any grade in the "
                          "last 90 days, adjusted to grade B")
    assert got.price == Y("849")


def test_then_to_the_category_and_else_no_suggestion(store) -> None:
    sell(store, sold="2000", days_ago=1, brand="华为 Huawei", model="Mate 60 Pro", grade="A")
    sell(store, sold="1700", days_ago=1, brand="华为 Huawei", model="Mate 60 Pro", grade="B")
    sell(store, sold="300", days_ago=1, brand="小米 Xiaomi", model="Redmi K60", grade="B")
    sell(store, sold="50", days_ago=1, brand="Penguin", model="1984", grade="B", category="books")
    got = pricing.suggest_price(store.db, category="3c.phone", brand="Apple 苹果",
                                model="iPhone 15 Pro", grade="B")
    assert got.scope == "category" and got.basis == 3 and got.median == Y("1700")
    assert got.reason == ("Median of 3 sales in Mobile phones in the last 90 days, adjusted to grade B")
    assert got.reason_params["category_zh"]

    none = pricing.suggest_price(store.db, category="3c.laptop", brand="Apple 苹果",
                                 model="MacBook Air M1", grade="B")
    assert none.price is None and none.basis == 0 and none.scope == "none"
    assert none.reason == ("Fewer than 3 sales of comparable items in the last 90 days; enter the "
                           "price by hand")


def test_the_category_median_stands_on_its_newest_sales(store, monkeypatch) -> None:
    for yuan, days in (("900", 1), ("1000", 2), ("1100", 3), ("5000", 20), ("6000", 30)):
        sell(store, sold=yuan, days_ago=days, brand="小米 Xiaomi", model=f"Redmi {yuan}")
    monkeypatch.setattr(pricing, "CATEGORY_SAMPLE", 3)
    got = pricing.suggest_price(store.db, category="3c.phone", brand="x", model="y", grade="B")
    assert (got.scope, got.basis, got.median) == ("category", 3, Y("1000"))


def test_suggestion_refuses_bad_input(store) -> None:
    with pytest.raises(ValidationError):
        pricing.suggest_price(store.db, category="3c.phone", brand="x", model="y", grade="E")
    with pytest.raises(NotFound):
        pricing.suggest_price(store.db, category="no.such", brand="x", model="y", grade="B")


def test_buy_back_quote_from_the_suggestion(store) -> None:
    for yuan in ("1150", "1200", "1250"):
        sell(store, sold=yuan, days_ago=1)
    kwargs = {"category": "3c.phone", "brand": "Apple 苹果", "model": "iPhone 13 128GB", "grade": "B"}
    assert pricing.quote(store.db, **kwargs) == Y("779")  # 1,199 less 35%: 779.35
    settings.set_settings(store.db, store.admin, {"target_margin_percent": 40,
                                                  "refurbishment_costs": {"3c": 30,
                                                                          "3c.phone": "49.50"}})
    assert pricing.quote(store.db, **kwargs) == Y("669")  # 719.40 − 49.50 = 669.90
    with pytest.raises(pricing.NoSuggestion) as refused:
        pricing.quote(store.db, category="3c.laptop", brand="Dell", model="XPS 13", grade="B")
    assert "Dell XPS 13" in refused.value.message


def _plans_of_sales_queries(store, **kwargs) -> list[str]:
    """EXPLAIN QUERY PLAN of each statement over sold items that suggest_price runs."""
    seen: list[tuple[str, tuple]] = []

    def capture(_con, _cursor, statement, parameters, _context, _many):
        if "sold_at" in statement:
            seen.append((statement, parameters))

    engine = store.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        pricing.suggest_price(store.db, **kwargs)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    with engine.connect() as con:
        return [" | ".join(r[-1] for r in con.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
                for sql, params in seen]


def test_comparable_sales_are_read_through_their_index(sqlite_store) -> None:
    sell(sqlite_store, sold="1000", days_ago=1)
    index = "USING INDEX ix_items_comparable_sales (brand=? AND model=? AND grade=? AND sold_at>?)"
    same, wide, *category = _plans_of_sales_queries(
        sqlite_store, category="3c.phone", brand="Apple 苹果", model="iPhone 13 128GB", grade="B")
    assert index in same and index in wide
    assert len(category) == 2  # sold, then paid out: newest first straight off the index
    for plan in category:
        assert "USING INDEX ix_items_state_changed (state=? AND state_changed_at>?)" in plan
        assert "TEMP B-TREE" not in plan


# --- setting and changing prices --------------------------------------------------------------------


def test_a_grader_prices_a_graded_item_audited_in_one_go(store) -> None:
    code = make_item(store, state=ItemState.GRADED)
    before = rows(store)
    view = pricing.set_price(store.db, store.grader, code, Y("1289"), "median of 5 sales")
    assert view.state == ItemState.PRICED and view.price == Y("1289")
    after = rows(store)
    assert after["price_changes"] == before["price_changes"] + 1
    assert after["label_queue"] == before["label_queue"]  # never labelled: nothing to redo
    assert store.actions()[-1] == "item.priced"
    [change] = pricing.price_history(store.db, code)
    assert (change.old, change.new, change.reason, change.by) == (None, Y("1289"),
                                                                    "median of 5 sales",
                                                                    "Grader 测试")


def test_a_clerk_needs_a_manager_to_price(store) -> None:
    code = make_item(store, state=ItemState.GRADED)
    before = rows(store)
    with pytest.raises(PermissionDenied):
        pricing.set_price(store.db, store.clerk, code, Y("1289"))
    assert rows(store) == before
    view = pricing.set_price(store.db, store.clerk, code, Y("1289"), "as the manager said",
                             override=ManagerOverride("manager", store.pins["manager"]))
    assert view.state == ItemState.PRICED
    with store.db.read() as s:
        auth = s.execute(select(ManagerAuthorisation.permission,
                                ManagerAuthorisation.requested_by_id)).one()
    assert tuple(auth) == ("PRICE", store.clerk.user_id)


def test_repricing_a_labelled_item_needs_an_override_and_queues_a_new_label(store) -> None:
    code = make_item(store, state=ItemState.LABELLED, price="1289")
    before = rows(store)
    with pytest.raises(PermissionDenied):
        pricing.set_price(store.db, store.grader, code, Y("1199"), "slow seller")
    with pytest.raises(AuthenticationFailed):
        pricing.set_price(store.db, store.grader, code, Y("1199"), "slow seller",
                          override=ManagerOverride("manager", "9999"))
    assert item_row(store, code).price_minor == Y("1289").minor
    assert {k: v for k, v in rows(store).items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"}  # only the wrong PIN was recorded

    view = pricing.set_price(store.db, store.grader, code, Y("1199"), "slow seller",
                             override=ManagerOverride("manager", store.pins["manager"]))
    assert view.state == ItemState.PRICED and view.price == Y("1199")  # its label is void
    with store.db.read() as s:
        assert s.scalars(select(ManagerAuthorisation.permission)).all() == ["PRICE_OVERRIDE"]
        assert s.scalars(select(LabelJob.printed_at)).all() == [None]
    assert store.actions()[-3:] == ["manager.authorised", "item.priced", "label.queued"]
    assert [c.new for c in pricing.price_history(store.db, code)] == [Y("1199")]


def test_a_manager_reprices_an_item_on_the_shelf_which_stays_there(store) -> None:
    code = make_item(store, state=ItemState.ON_SHELF, price="1289")
    view = pricing.set_price(store.db, store.manager, code, Y("999"), "price match")
    assert view.state == ItemState.ON_SHELF and view.price == Y("999")
    with store.db.read() as s:
        kind, payload = s.execute(select(OutboxEvent.event_type, OutboxEvent.payload)
                                  .order_by(OutboxEvent.id.desc()).limit(1)).one()
        change = tuple(s.execute(select(PriceChange.old_minor, PriceChange.new_minor)).one())
        assert s.scalar(select(LabelJob.item_id)) == item_row(store, code).id
    assert kind == "item.price_changed"
    assert '"old_price_minor":128900' in payload and '"price_minor":99900' in payload
    assert change == (128900, 99900)
    assert store.actions()[-2:] == ["item.price_changed", "label.queued"]


@pytest.mark.parametrize(("state", "price", "error"), [
    (ItemState.GRADED, "0", ValidationError),
    (ItemState.RECEIVED, "100", ValidationError),
    (ItemState.SOLD, "100", ValidationError),
    (ItemState.PRICED, "1289", ValidationError),  # the price it has already
])
def test_bad_prices_change_nothing(store, state: ItemState, price: str, error: type) -> None:
    code = make_item(store, state=state, price="1289")
    before = rows(store)
    with pytest.raises(error):
        pricing.set_price(store.db, store.manager, code, Y(price))
    assert rows(store) == before


def test_not_below_the_consignors_lowest_price(store) -> None:
    party = consignor(store)
    code = make_item(store, state=ItemState.GRADED, acquisition="consignment", owner=party,
                     floor="800")
    with pytest.raises(ValidationError) as refused:
        pricing.set_price(store.db, store.grader, code, Y("799"))
    assert "800.00" in refused.value.message
    assert pricing.set_price(store.db, store.grader, code, Y("800")).price == Y("800")


def test_unknown_and_malformed_codes(store) -> None:
    with pytest.raises(InvalidItemCode):
        pricing.set_price(store.db, store.manager, "nonsense", Y("1"))
    with pytest.raises(NotFound):
        pricing.set_price(store.db, store.manager, make_item_code("SH01", 9999), Y("1"))


# --- the shelf price --------------------------------------------------------------------------------


def test_consignment_markdowns_by_age_on_the_shelf_never_below_the_floor(store) -> None:
    party = consignor(store)
    deal = contract(store, party, [[30, 20], [60, 40]])
    shelved = clock.now() - timedelta(days=100)
    code = make_item(store, acquisition="consignment", owner=party, contract_id=deal,
                     state=ItemState.ON_SHELF, price="1000", floor="700", at=shelved)
    day = shelved.date()
    expected = {0: ("1000", 0), 29: ("1000", 0), 30: ("800", 20), 59: ("800", 20),
                60: ("700", 30)}
    for age, (yuan, percent) in expected.items():
        shelf = pricing.shelf_price(store.db, code, today=day + timedelta(days=age))
        assert (shelf.price, shelf.original, shelf.markdown_percent) == (Y(yuan), Y("1000"),
                                                                         Decimal(percent))
    step = pricing.shelf_price(store.db, code, day + timedelta(days=30))
    assert step.reason.format(**step.reason_params) == "20% off after 30 days on the shelf"
    floor = pricing.shelf_price(store.db, code, day + timedelta(days=60))
    assert floor.reason.format(**floor.reason_params) == (
        "Marked down to the owner's lowest price after 60 days on the shelf")
    assert not pricing.shelf_price(store.db, code, day).marked_down


def test_store_stock_is_marked_down_only_when_the_store_says_so(store) -> None:
    shelved = clock.now() - timedelta(days=45)
    code = make_item(store, state=ItemState.ON_SHELF, price="500", at=shelved)
    assert pricing.shelf_price(store.db, code).price == Y("500")
    settings.set_settings(store.db, store.admin, {"auto_markdown": True,
                                                  "markdown_schedule": [[30, 10], [90, 30]]})
    shelf = pricing.shelf_price(store.db, code)
    assert (shelf.price, shelf.markdown_percent) == (Y("450"), Decimal(10))
    not_shelved = make_item(store, state=ItemState.LABELLED, price="500", at=shelved)
    assert pricing.shelf_price(store.db, not_shelved).price == Y("500")  # its age has not begun
    with pytest.raises(ValidationError):
        pricing.shelf_price(store.db, make_item(store, state=ItemState.GRADED))


def test_a_graded_consignment_is_priced_at_the_asking_price_it_came_with(store) -> None:
    party = consignor(store)
    code = make_item(store, state=ItemState.GRADED, acquisition="consignment", owner=party,
                     price="1289", floor="800")
    view = pricing.set_price(store.db, store.grader, code, Y("1289"), "asking price agreed")
    assert (view.state, view.price) == (ItemState.PRICED, Y("1289"))
