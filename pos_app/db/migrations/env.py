"""Alembic environment: runs against the engine handed over by pos_app.db.migrate."""
from __future__ import annotations

from alembic import context

from pos_app.models import Base

config = context.config
engine = config.attributes["engine"]



def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    """Leave the search indexes (FTS5 tables, expression indexes) to the migrations that made them."""
    if type_ == "table":
        return not name.startswith(("items_fts", "items_terms"))
    return not (type_ == "index" and name in ("ix_items_search_trgm", "ix_items_short_terms"))


with engine.connect() as connection:
    context.configure(
        include_object=include_object,
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
