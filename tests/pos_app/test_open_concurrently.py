"""Several windows or workers of one process may open the same store at the same moment."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from pos_app.db import migrate
from pos_app.services.store_db import open_store


def test_opening_a_new_store_from_several_threads_at_once_upgrades_it_once(db_url):
    def open_and_close(_):
        db = open_store(db_url)
        try:
            return migrate.current_revision(db.engine)
        finally:
            db.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        revisions = list(pool.map(open_and_close, range(4)))
    assert revisions == [migrate.head_revision()] * 4
