"""Short search terms on items, so one- and two-character words (华为, 12) are found by index.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from pos_app.domain.search_terms import short_terms

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE = [
    "CREATE VIRTUAL TABLE items_terms USING fts5(search_terms, content='items', "
    "content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER items_terms_insert AFTER INSERT ON items BEGIN "
    "INSERT INTO items_terms(rowid, search_terms) VALUES (new.id, new.search_terms); END",
    "CREATE TRIGGER items_terms_delete AFTER DELETE ON items BEGIN "
    "INSERT INTO items_terms(items_terms, rowid, search_terms) VALUES ('delete', old.id, old.search_terms); END",
    "CREATE TRIGGER items_terms_update AFTER UPDATE OF search_terms ON items BEGIN "
    "INSERT INTO items_terms(items_terms, rowid, search_terms) VALUES ('delete', old.id, old.search_terms); "
    "INSERT INTO items_terms(rowid, search_terms) VALUES (new.id, new.search_terms); END",
]
POSTGRES = [
    "CREATE INDEX ix_items_short_terms ON items USING gin (string_to_array(search_terms, ' '))",
]


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("search_terms", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    items = sa.table("items", sa.column("id", sa.Integer), sa.column("brand", sa.String),
                     sa.column("model", sa.String), sa.column("notes", sa.Text),
                     sa.column("search_terms", sa.Text))
    last = 0
    while True:  # fill existing items in batches, so a large store upgrades in bounded memory
        rows = bind.execute(sa.select(items.c.id, items.c.brand, items.c.model, items.c.notes)
                            .where(items.c.id > last).order_by(items.c.id).limit(5000)).all()
        if not rows:
            break
        bind.execute(items.update().where(items.c.id == sa.bindparam("item_id"))
                     .values(search_terms=sa.bindparam("terms")),
                     [{"item_id": r.id, "terms": short_terms(r.brand, r.model, r.notes)} for r in rows])
        last = rows[-1].id
    for statement in SQLITE if bind.dialect.name == "sqlite" else POSTGRES:
        op.execute(statement)
    if bind.dialect.name == "sqlite":
        op.execute("INSERT INTO items_terms(items_terms) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("items_terms_insert", "items_terms_delete", "items_terms_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS items_terms")
    else:
        op.execute("DROP INDEX IF EXISTS ix_items_short_terms")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("search_terms")
