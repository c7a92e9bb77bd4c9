"""Short words (华为, 12) are found through the short-terms index, also for items that existed
before the index did."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text

from pos_app.db import migrate
from pos_app.db.engine import make_engine
from pos_app.domain.search_terms import as_short_term, short_terms
from pos_app.services import items
from pos_app.services.store_db import open_store


def test_short_terms_cover_cjk_pairs_and_the_start_of_letter_and_digit_runs():
    terms = short_terms("Huawei", "Mate40 Pro", "屏幕有划痕")
    assert set(terms.split()) >= {"h", "hu", "m", "ma", "4", "40", "p", "pr", "屏幕", "划痕", "痕"}
    assert "at" not in terms.split()  # only the start of a run, never its middle


def test_short_query_words_become_terms_unless_they_are_punctuation():
    assert [as_short_term(w) for w in ["华为", "ＸＳ", "12", "%", "x屏", "abc", ""]] == \
        ["华为", "xs", "12", None, None, None, None]


def test_upgrading_a_store_indexes_the_items_it_already_has(db_url):
    engine = make_engine(db_url)
    command.upgrade(migrate.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO stores (id, code, name, currency, tax_rate_bp, locale, created_at) "
                          "VALUES (1, 'SH01', 'Shop', 'CNY', 1300, 'zh_CN', CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO categories (id, code, name, name_zh, avg_weight_g, active) "
                          "VALUES (1, '3c.phone', 'Phones', '手机', 190, :t)"), {"t": True})
        conn.execute(text(
            "INSERT INTO items (id, code, store_id, category_id, brand, model, attributes, notes, "
            "acquisition, cost_minor, location, state, state_changed_at, created_at, version) VALUES "
            "(1, 'SH01-0000001R', 1, 1, 'Huawei', 'Mate 40', '{}', '屏幕有划痕', 'buy_back', 0, '', "
            "'received', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"))
    engine.dispose()
    db = open_store(db_url)
    try:
        assert [v.code for v in items.search(db, "划痕")] == ["SH01-0000001R"]
        assert items.count(db, "40 hua") == 1
        assert items.count(db, "41") == 0
    finally:
        db.close()
