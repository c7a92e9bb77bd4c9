"""The audit log is a hash chain: any edit, removal or truncation behind the program's back
is found by verify, which names the first entry that is wrong."""
from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import psycopg
from sqlalchemy import select
from sqlalchemy.engine import make_url

from pos_app import clock
from pos_app.domain.item_states import ItemState as S
from pos_app.domain.money import Money
from pos_app.models import AuditEntry
from pos_app.services import items, journal, settings
from pos_app.services.store_db import open_store


def _populate(store) -> None:
    """A day at the store: intake, grading, pricing, a sale, a settings change."""
    for model in ("iPhone 12", "Mate 40"):
        code = items.receive_item(store.db, store.clerk, category="3c.phone",
                                  acquisition="buy_back", brand="X", model=model).code
        items.transition(store.db, store.grader, code, S.GRADED, grade="B")
        items.transition(store.db, store.grader, code, S.PRICED, price=Money.of("1200"))
    settings.set_settings(store.db, store.admin, {"lockout_minutes": 30})


def _verify(store) -> journal.ChainReport:
    with store.db.read() as s:
        return journal.verify_chain(s)


def _raw(url: str, statement: str) -> None:
    """Change the database behind the program's back, as someone with a SQL tool would."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        conn = sqlite3.connect(Path(parsed.database))
        try:
            conn.execute(statement)
            conn.commit()
        finally:
            conn.close()
    else:
        conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(statement)


def _entries(store) -> list[AuditEntry]:
    with store.db.read() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        s.expunge_all()
        return rows


def test_the_chain_of_a_busy_store_verifies(store):
    _populate(store)
    report = _verify(store)
    entries = _entries(store)
    assert report == journal.ChainReport(True, len(entries))
    assert len(entries) >= 12
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == journal.GENESIS
    assert all(b.prev_hash == a.hash for a, b in pairwise(entries))
    assert store.audit_head() == (entries[-1].seq, entries[-1].hash)
    with store.db.read() as s:
        assert journal.verify_chain(s, batch=3) == report  # read in small pages, same answer


def test_an_edited_entry_is_named(store):
    _populate(store)
    victim = _entries(store)[5]
    _raw(store.url, f"UPDATE audit_log SET data = data || ' ' WHERE seq = {victim.seq}")
    report = _verify(store)
    assert (report.ok, report.bad_seq, report.checked) == (False, victim.seq, victim.seq - 1)
    assert report.problem == f"entry {victim.seq} was altered"


def test_an_entry_edited_and_rehashed_breaks_the_link_to_the_next(store):
    _populate(store)
    victim = _entries(store)[4]
    _raw(store.url, f"UPDATE audit_log SET hash = '{'f' * 64}', user_id = NULL WHERE seq = {victim.seq}")
    report = _verify(store)
    assert not report.ok and report.bad_seq == victim.seq


def test_a_back_dated_entry_is_found(store):
    _populate(store)
    victim = _entries(store)[3]
    _raw(store.url, f"UPDATE audit_log SET action = 'item.graded', entity_id = 'SH01-0000009X' "
                    f"WHERE seq = {victim.seq}")
    assert _verify(store).bad_seq == victim.seq


def test_a_removed_middle_entry_is_named(store):
    _populate(store)
    entries = _entries(store)
    victim = entries[len(entries) // 2]
    _raw(store.url, f"DELETE FROM audit_log WHERE seq = {victim.seq}")
    report = _verify(store)
    assert (report.ok, report.bad_seq) == (False, victim.seq)
    assert report.problem == f"entry {victim.seq} is missing (found {victim.seq + 1} next)"


def test_removing_the_newest_entries_is_noticed_through_the_head(store):
    _populate(store)
    entries = _entries(store)
    last = entries[-1].seq
    _raw(store.url, f"DELETE FROM audit_log WHERE seq >= {last - 1}")
    report = _verify(store)
    assert (report.ok, report.checked, report.bad_seq) == (False, last - 2, last - 1)
    assert report.problem == f"entries after {last - 2} were removed (the log's head says {last})"


def test_emptying_the_log_is_noticed(store):
    _populate(store)
    _raw(store.url, "DELETE FROM audit_log")
    report = _verify(store)
    assert (report.ok, report.checked, report.bad_seq) == (False, 0, 1)


def test_entries_written_under_a_local_clock_still_verify(store):
    """The demo sets the clock back, possibly with the store's own time zone."""
    shanghai = timezone(timedelta(hours=8))
    with clock.set_to(datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=shanghai)):
        items.receive_item(store.db, store.clerk, category="books", acquisition="buy_back",
                           brand="人民文学", model="红楼梦")
    assert _verify(store).ok
    newest = _entries(store)[-1]
    assert newest.at == datetime(2026, 3, 1, 1, 30, 15, 123456, tzinfo=UTC)


def test_two_counters_appending_at_once_keep_one_unbroken_chain(store):
    other = open_store(store.url)
    errors: list[BaseException] = []
    start = threading.Barrier(2, timeout=30)

    def work(db, actor):
        try:
            start.wait()
            for n in range(8):
                items.receive_item(db, actor, category="3c.audio", acquisition="store_stock",
                                   brand="Sony", model=f"{actor.username}-{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=args)
               for args in ((store.db, store.clerk), (other, store.grader))]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        other.close()
    assert errors == []
    report = _verify(store)
    assert report.ok and report.checked == len(_entries(store))
    assert items.count(store.db) == 16
