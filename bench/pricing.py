"""The price suggestion on the generated store: `pricing.suggest_price` beside the floor, the same
statements written by hand for the plain driver with the median taken the same way.

The store's clock is set to the end of the generated history, so "the last 90 days" are the
last 90 days of sales the generator wrote.
"""
from __future__ import annotations

import random
from datetime import UTC, timedelta

from bench import generate

DAYS, MIN_SALES = 90, 3
UNKNOWN_MODELS = ["Pro Max 2027", "第二代 新款", "Limited Edition 限量版"]  # no sales: the category


def suggestion_inputs(seed: int, count: int) -> list[dict]:
    """What graders price: the generator's own mix of categories, brands, models (with a colour
    or size half the time) and grades, and one in twenty a model the store never sold."""
    rng = random.Random(seed * 1000 + 4)
    cats = list(generate.CATALOGUE)
    weights = [generate.CATALOGUE[c][0] for c in cats]
    grades = [g for g, _ in generate.GRADES] + ["A+"]
    out = []
    for i in range(count):
        cat = rng.choices(cats, weights)[0]
        brand, models = rng.choice(generate.CATALOGUE[cat][2])
        model = rng.choice(models)
        if cat.startswith("clothing"):
            model = f"{model} {rng.choice(generate.SIZES)}"
        if rng.random() < 0.5:
            model = f"{model} {rng.choice(generate.COLOURS)}"
        if i % 20 == 19:
            model = f"{model} {rng.choice(UNKNOWN_MODELS)}"
        out.append({"category": cat, "brand": brand, "model": model, "grade": rng.choice(grades)})
    return out


SALE_STATES = "('sold', 'paid_out')"
FLOOR_SAME_GRADE = ("SELECT sold_minor FROM items WHERE brand = ? AND model = ? AND grade = ? "
                    f"AND sold_at >= ? AND state IN {SALE_STATES} AND sold_minor IS NOT NULL")
FLOOR_ANY_GRADE = ("SELECT sold_minor, grade FROM items WHERE brand = ? AND model = ? "
                   "AND grade IN ('A+', 'A', 'B', 'C', 'D') AND sold_at >= ? "
                   f"AND state IN {SALE_STATES} AND sold_minor IS NOT NULL")
FLOOR_CATEGORY = ("SELECT sold_minor, grade, sold_at FROM items WHERE state = ? "
                  "AND state_changed_at >= ? AND sold_at >= ? AND category_id + 0 = ? "
                  "AND sold_minor IS NOT NULL ORDER BY state_changed_at DESC LIMIT ?")
CATEGORY_SAMPLE = 250


def floor_suggest(floor, query: dict, now) -> tuple:
    """suggest_price by hand: the category, the store's currency and price endings, then the
    three statements until one has enough sales; the median as the app takes it."""
    from pos_app.domain import pricing as rules
    from pos_app.domain.money import Money

    since = now - timedelta(days=DAYS)
    if floor.sqlite:
        stamp = lambda t: t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    else:
        stamp = lambda t: t.astimezone(UTC).replace(tzinfo=None)
    category_id = floor.one("SELECT id FROM categories WHERE code = ?", (query["category"],))[0]
    currency = floor.one("SELECT currency FROM stores ORDER BY id LIMIT 1")[0]
    setting = floor.one("SELECT value FROM settings WHERE key = 'price_endings' LIMIT 1")
    endings = "9" if setting is None else str(setting[0]).strip('"')
    brand, model, grade = query["brand"], query["model"], query["grade"]
    found = [Money(m, currency) for (m,) in floor.all(FLOOR_SAME_GRADE, (brand, model, grade, stamp(since)))]
    scope = "grade"
    if len(found) < MIN_SALES:
        found = [rules.scale_to_grade(Money(m, currency), g, grade)
                 for m, g in floor.all(FLOOR_ANY_GRADE, (brand, model, stamp(since)))]
        scope = "model"
    if len(found) < MIN_SALES:
        rows = [r for state in ("sold", "paid_out") for r in floor.all(
            FLOOR_CATEGORY, (state, stamp(since - timedelta(days=1)), stamp(since), category_id,
                             CATEGORY_SAMPLE))]
        rows.sort(key=lambda r: r[2], reverse=True)
        found = [rules.scale_to_grade(Money(m, currency), g, grade)
                 for m, g, _at in rows[:CATEGORY_SAMPLE]]
        scope = "category"
    if len(found) < MIN_SALES:
        return None, len(found), "none"
    return rules.apply_ending(rules.median(found), endings).minor, len(found), scope


def work_suggest(side: str, url: str, spec: dict) -> dict:
    from bench.run import Floor, _timed, digest
    from pos_app import clock

    queries = suggestion_inputs(spec["seed"], spec["count"] + spec["warm"])
    warm, queries = queries[: spec["warm"]], queries[spec["warm"]:]
    now = generate.HISTORY_END
    if side == "app":
        from pos_app.services import pricing
        from pos_app.services.store_db import open_store

        db = open_store(url)

        def one(q: dict) -> tuple:
            got = pricing.suggest_price(db, days=DAYS, min_sales=MIN_SALES, **q)
            return (None if got.price is None else got.price.minor), got.basis, got.scope
    else:
        floor = Floor(url)

        def one(q: dict) -> tuple:
            return floor_suggest(floor, q, now)
    with clock.set_to(now):
        for q in warm:
            one(q)
        samples, results, cpu = _timed([lambda q=q: one(q) for q in queries])
    scopes: dict[str, int] = {}
    for _price, _basis, scope in results:
        scopes[scope] = scopes.get(scope, 0) + 1
    slowest = sorted(zip(cpu, queries, results, strict=True), key=lambda r: r[0], reverse=True)[:3]
    return {"samples": samples, "cpu": cpu, "digest": digest(results), "scopes": scopes,
            "basis": sorted(r[1] for r in results)[len(results) // 2],
            "slowest": [[round(ms, 2), f"{q['brand']} {q['model']} {q['grade']}", r[2], r[1]]
                        for ms, q, r in slowest]}
