"""Intake of the four businesses, inspections with versioned checklists, photos, the stolen
list, cash movements, store credit, price history and the label queue.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 03:06:01.322839
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stolen_devices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stolen_devices')),
    sa.UniqueConstraint('serial', name=op.f('uq_stolen_devices_serial'))
    )
    op.create_table('checklists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_checklists_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklists')),
    sa.UniqueConstraint('ref', 'version', name='ref_version')
    )
    with op.batch_alter_table('checklists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklists_ref'), ['ref'], unique=False)

    op.create_table('credit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=120), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_credit_entries_party_id_parties')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_credit_entries_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_entries'))
    )
    with op.batch_alter_table('credit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_entries_party_id'), ['party_id'], unique=False)

    op.create_table('intakes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('payment_method', sa.String(length=16), nullable=True),
    sa.Column('payment_ref', sa.String(length=80), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('credit_bonus_bp', sa.Integer(), nullable=False),
    sa.Column('terms', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counters.id'], name=op.f('fk_intakes_counter_id_counters')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_intakes_created_by_id_users')),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_intakes_party_id_parties')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_intakes_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intakes'))
    )
    with op.batch_alter_table('intakes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intakes_party_id'), ['party_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intakes_status'), ['status'], unique=False)

    op.create_table('cash_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_cash_movements_shift_id_shifts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_cash_movements_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_movements'))
    )
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_movements_shift_id'), ['shift_id'], unique=False)

    op.create_table('consignment_contracts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('intake_id', sa.Integer(), nullable=False),
    sa.Column('consignor_share_bp', sa.Integer(), nullable=False),
    sa.Column('fee_minor', sa.BigInteger(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('at_expiry', sa.String(length=16), nullable=False),
    sa.Column('markdowns', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['intake_id'], ['intakes.id'], name=op.f('fk_consignment_contracts_intake_id_intakes')),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_consignment_contracts_party_id_parties')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_consignment_contracts_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consignment_contracts')),
    sa.UniqueConstraint('number', name=op.f('uq_consignment_contracts_number'))
    )
    with op.batch_alter_table('consignment_contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consignment_contracts_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_consignment_contracts_party_id'), ['party_id'], unique=False)

    op.create_table('inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('derived_grade', sa.String(length=4), nullable=False),
    sa.Column('grade', sa.String(length=4), nullable=False),
    sa.Column('override_reason', sa.String(length=200), nullable=False),
    sa.Column('graded_by_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('verification_code', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklists.id'], name=op.f('fk_inspections_checklist_id_checklists')),
    sa.ForeignKeyConstraint(['graded_by_id'], ['users.id'], name=op.f('fk_inspections_graded_by_id_users')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_inspections_item_id_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_inspections_verification_code'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspections_item_id'), ['item_id'], unique=False)

    op.create_table('intake_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('intake_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('brand', sa.String(length=80), nullable=False),
    sa.Column('model', sa.String(length=120), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('floor_minor', sa.BigInteger(), nullable=True),
    sa.Column('deposit_minor', sa.BigInteger(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_intake_lines_category_id_categories')),
    sa.ForeignKeyConstraint(['intake_id'], ['intakes.id'], name=op.f('fk_intake_lines_intake_id_intakes')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_intake_lines_item_id_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_lines'))
    )
    with op.batch_alter_table('intake_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_lines_intake_id'), ['intake_id'], unique=False)

    op.create_table('item_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_photos_item_id_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_photos'))
    )
    with op.batch_alter_table('item_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_photos_item_id'), ['item_id'], unique=False)

    op.create_table('label_queue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('template', sa.String(length=40), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('queued_by_id', sa.Integer(), nullable=True),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_label_queue_item_id_items')),
    sa.ForeignKeyConstraint(['queued_by_id'], ['users.id'], name=op.f('fk_label_queue_queued_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_label_queue'))
    )
    with op.batch_alter_table('label_queue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_label_queue_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_queue_printed_at'), ['printed_at'], unique=False)

    op.create_table('lease_terms',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('rent_minor', sa.BigInteger(), nullable=False),
    sa.Column('period_days', sa.Integer(), nullable=False),
    sa.Column('deposit_minor', sa.BigInteger(), nullable=False),
    sa.Column('maintenance_notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_lease_terms_item_id_items')),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_lease_terms'))
    )
    op.create_table('listings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('asking_minor', sa.BigInteger(), nullable=False),
    sa.Column('contact_preference', sa.String(length=16), nullable=False),
    sa.Column('fee_minor', sa.BigInteger(), nullable=False),
    sa.Column('commission_bp', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_listings_item_id_items')),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_listings_party_id_parties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listings')),
    sa.UniqueConstraint('item_id', name=op.f('uq_listings_item_id'))
    )
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_listings_party_id'), ['party_id'], unique=False)

    op.create_table('price_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('old_minor', sa.BigInteger(), nullable=True),
    sa.Column('new_minor', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_price_changes_item_id_items')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_price_changes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_price_changes'))
    )
    with op.batch_alter_table('price_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_price_changes_item_id'), ['item_id'], unique=False)

    add_item_and_party_columns()


def downgrade() -> None:
    drop_item_and_party_columns()
    op.drop_table('price_changes')
    op.drop_table('listings')
    op.drop_table('label_queue')
    op.drop_table('item_photos')
    op.drop_table('intake_lines')
    op.drop_table('inspections')
    op.drop_table('consignment_contracts')
    op.drop_table('cash_movements')
    op.drop_table('intakes')
    op.drop_table('credit_entries')
    op.drop_table('checklists')
    op.drop_table('stolen_devices')
    op.drop_table('lease_terms')


ITEM_COLUMNS = [
    sa.Column("serial", sa.String(length=40), nullable=True),
    sa.Column("floor_minor", sa.BigInteger(), nullable=True),
    sa.Column("held_until", sa.DateTime(), nullable=True),
    sa.Column("sold_minor", sa.BigInteger(), nullable=True),
    sa.Column("sold_at", sa.DateTime(), nullable=True),
]
PARTY_COLUMNS = [
    sa.Column("id_type", sa.String(length=20), nullable=True),
    sa.Column("id_number_enc", sa.Text(), nullable=True),
    sa.Column("id_number_hash", sa.String(length=64), nullable=True),
    sa.Column("id_number_masked", sa.String(length=40), nullable=True),
]


def add_item_and_party_columns() -> None:
    """Plain ADD COLUMN, never a batch copy: rebuilding `items` on SQLite would drop its
    search-index triggers."""
    for column in ITEM_COLUMNS:
        op.add_column("items", column)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE items ADD COLUMN contract_id INTEGER "
                   "REFERENCES consignment_contracts (id)")
    else:
        op.add_column("items", sa.Column("contract_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_items_contract_id_consignment_contracts", "items",
                              "consignment_contracts", ["contract_id"], ["id"])
    op.create_index("ix_items_comparable_sales", "items", ["brand", "model", "grade", "sold_at"])
    op.create_index("ix_items_serial", "items", ["serial"])
    for column in PARTY_COLUMNS:
        op.add_column("parties", column)
    op.create_index("ix_parties_id_number_hash", "parties", ["id_number_hash"])


def drop_item_and_party_columns() -> None:
    op.drop_index("ix_parties_id_number_hash", "parties")
    op.drop_index("ix_items_serial", "items")
    op.drop_index("ix_items_comparable_sales", "items")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_items_contract_id_consignment_contracts", "items", type_="foreignkey")
    for table, columns in (("parties", PARTY_COLUMNS), ("items", ITEM_COLUMNS)):
        for column in columns:
            op.drop_column(table, column.name)
    op.drop_column("items", "contract_id")
