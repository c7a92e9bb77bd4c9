"""The migrations build exactly the schema the models describe, on both engines, and keep the
search-index triggers that a table rebuild would silently drop."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from pos_app.models import Base
from pos_app.services.store_db import open_store


def _is_search_index(diff) -> bool:  # noqa: ANN001
    return any(name in str(diff) for name in ("items_fts", "items_terms", "ix_items_search_trgm",
                                              "ix_items_short_terms"))


def test_migrations_and_models_agree(db_url):
    db = open_store(db_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert [d for d in diff if not _is_search_index(d)] == []
            if db.dialect == "sqlite":
                triggers = {r[0] for r in conn.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
                assert triggers == {f"items_{index}_{event}" for index in ("fts", "terms")
                                    for event in ("insert", "update", "delete")}
    finally:
        db.close()
