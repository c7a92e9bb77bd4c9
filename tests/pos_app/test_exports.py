"""Exports: each file's rows and sums checked against SQL, the .xlsx read back, money exact."""
from __future__ import annotations

import csv
import re
import zipfile
from datetime import date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.errors import PermissionDenied
from pos_app.models import (
    AuditEntry,
    ConsignorPayout,
    IntakeLine,
    Item,
    RefundLine,
    SaleLine,
)
from pos_app.services import consignors, exports, intake, returns
from tests.pos_app.counter_support import consigned_on_shelf, on_shelf, open_drawer, ring, yuan
from tests.pos_app.intake_support import imei, person
from tests.pos_app.pricing_support import make_item

MONEY = re.compile(r"-?\d+\.\d{2}")


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _today() -> date:
    return clock.now().astimezone().date()


@pytest.fixture
def busy(store):
    """A day with sales, a return, a void, a consignor payout and a buy-back intake."""
    open_drawer(store, "2000")
    plain, other, third = (on_shelf(store, p) for p in ("1289", "99.50", "10"))
    consigned, consignor = consigned_on_shelf(store, "1000")
    first = ring(store, plain, consigned)
    ring(store, other)
    voided = ring(store, third)
    line = next(ln.id for ln in first.lines if ln.code == plain)
    returns.return_items(store.db, store.clerk, first.number, [(line, 1, "stock")],
                         reason="changed mind")
    returns.void_sale(store.db, store.manager, voided.number, reason="rung twice")
    consignors.pay_out(store.db, store.manager, consignor, yuan("100"), "cash")
    draft = intake.start_intake(store.db, store.clerk, "buy_back", person(store))
    intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="Apple",
                    model="iPhone 13", serial=imei("35391110123456"), amount=yuan("1200"))
    intake.add_line(store.db, store.clerk, draft.id, category="clothing.women", brand="优衣库",
                    model="羽绒服", amount=yuan("30.50"))
    intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
    return store


def _read_csv(path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    reader = csv.DictReader(raw.decode("utf-8-sig").splitlines())
    return list(reader.fieldnames), list(reader)


def _sum(rows, column) -> Decimal:
    return sum((Decimal(r[column]) for r in rows if r[column]), Decimal(0))


def _sql(store, stmt):
    with store.db.read() as s:
        return s.scalar(stmt)


def test_sales_lines_and_refund_rows_sum_to_what_the_ledger_says(busy, tmp_path):
    out = tmp_path / "sales.csv"
    result = exports.export(busy.db, busy.manager, "sales", _today(), _today(), out)
    header, rows = _read_csv(out)
    assert header == list(exports.SALES_COLUMNS)
    sold = [r for r in rows if r["record"] == "sale"]
    refunded = [r for r in rows if r["record"] == "refund"]
    assert len(sold) == _sql(busy, select(func.count(SaleLine.id)))
    assert len(refunded) == _sql(busy, select(func.count(RefundLine.id)))
    assert result.rows == len(rows) == len(sold) + len(refunded)
    assert _sum(sold, "total") * 100 == _sql(busy, select(func.sum(SaleLine.total_minor)))
    assert -_sum(refunded, "total") * 100 == _sql(busy, select(func.sum(RefundLine.amount_minor)))
    assert _sum(sold, "tax") * 100 == _sql(busy, select(func.sum(SaleLine.tax_minor)))
    assert _sum(rows, "consignor_share") == Decimal("600.00")  # kept: not returned
    assert {r["status"] for r in refunded} == {"return", "void"}
    assert {r["status"] for r in sold} == {"completed", "voided"}
    assert _sum(rows, "total") == Decimal("1099.50")  # the return and void cancel
    for row in rows:
        for column in ("unit_price", "discount", "net", "tax", "total", "consignor_share"):
            assert MONEY.fullmatch(row[column]), (column, row[column])
        assert datetime.fromisoformat(row["date"]).date() == _today()
    assert {r["counter"] for r in rows} == {"Counter 1"}
    returned = next(r for r in refunded if r["status"] == "return")
    assert returned["quantity"] == "-1" and returned["total"] == "-1289.00"


def test_a_day_with_nothing_exports_only_the_header(busy, tmp_path):
    out = tmp_path / "empty.csv"
    yesterday = _today() - timedelta(days=1)
    assert exports.export(busy.db, busy.manager, "sales", yesterday, yesterday, out).rows == 0
    assert _read_csv(out) == (list(exports.SALES_COLUMNS), [])


def test_items_all_or_only_those_that_changed_in_the_period(busy, tmp_path):
    old = make_item(busy, price="55", state=ItemState.ON_SHELF,
                    at=clock.now() - timedelta(days=40))
    every = tmp_path / "all.csv"
    exports.export(busy.db, busy.manager, "items", None, None, every)
    _, rows = _read_csv(every)
    assert len(rows) == _sql(busy, select(func.count(Item.id)))
    assert _sum(rows, "price") * 100 == _sql(busy, select(func.sum(Item.price_minor)))
    assert _sum(rows, "cost") * 100 == _sql(busy, select(func.sum(Item.cost_minor)))
    assert old in {r["code"] for r in rows}
    assert {r["serial"] for r in rows} >= {imei("35391110123456")}

    changed = tmp_path / "changed.csv"
    exports.export(busy.db, busy.manager, "items", _today(), _today(), changed)
    _, recent = _read_csv(changed)
    assert old not in {r["code"] for r in recent}
    assert len(recent) == len(rows) - 1


def test_intakes_export_one_row_per_line_with_the_intake_repeated(busy, tmp_path):
    out = tmp_path / "intakes.csv"
    exports.export(busy.db, busy.manager, "intakes", _today(), _today(), out)
    _, rows = _read_csv(out)
    lines = [r for r in rows if r["line"]]
    assert len(lines) == _sql(busy, select(func.count(IntakeLine.id)))
    assert _sum(lines, "amount") * 100 == _sql(busy, select(func.sum(IntakeLine.amount_minor)))
    bought = [r for r in lines if r["kind"] == "buy_back"]
    assert [r["model"] for r in bought] == ["iPhone 13", "羽绒服"]
    assert {r["intake_total"] for r in bought} == {"1230.50"}
    assert all(r["item_code"].startswith("SH01-") for r in bought)
    assert {r["party"] for r in bought} == {"李小明"}  # a manager may see names whole


def test_payouts_export_sums_to_the_payouts(busy, tmp_path):
    out = tmp_path / "payouts.csv"
    exports.export(busy.db, busy.manager, "payouts", _today(), _today(), out)
    _, rows = _read_csv(out)
    assert len(rows) == _sql(busy, select(func.count(ConsignorPayout.id))) == 1
    assert _sum(rows, "amount") * 100 == _sql(busy, select(func.sum(ConsignorPayout.amount_minor)))
    assert rows[0]["method"] == "cash" and rows[0]["counter"] == "Counter 1"


def test_the_audit_log_export_keeps_every_entry_as_hashed(busy, tmp_path):
    out = tmp_path / "audit.csv"
    exports.export(busy.db, busy.manager, "audit", None, None, out)
    header, rows = _read_csv(out)
    assert header == list(exports.AUDIT_COLUMNS)
    with busy.db.read() as s:
        entries = s.execute(select(AuditEntry.seq, AuditEntry.at, AuditEntry.data, AuditEntry.hash)
                            .order_by(AuditEntry.seq)).all()
    assert [(int(r["seq"]), r["data"], r["hash"]) for r in rows] == [
        (seq, data, digest) for seq, _at, data, digest in entries]
    assert [datetime.fromisoformat(r["at"]) for r in rows] == [at for _seq, at, _d, _h in entries]
    assert {"admin", "manager", "clerk"} <= {r["user"] for r in rows}
    assert {r["store"] for r in rows if r["user"]} == {"SH01"}


def test_a_clerk_may_export_nothing_and_only_the_audit_right_exports_the_log(busy, out_dir):
    with pytest.raises(PermissionDenied):
        exports.export(busy.db, busy.clerk, "sales", _today(), _today(), out_dir / "x.csv")
    with pytest.raises(PermissionDenied):
        exports.export(busy.db, busy.grader, "audit", None, None, out_dir / "x.csv")
    assert not list(out_dir.iterdir())


def test_an_xlsx_export_reads_back_with_exact_money_and_dates(busy, out_dir):
    out = out_dir / "sales.xlsx"
    result = exports.export(busy.db, busy.manager, "sales", _today(), _today(), out, fmt="xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    sheet = book["sales"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == list(exports.SALES_COLUMNS)
    assert len(values) - 1 == result.rows
    total = exports.SALES_COLUMNS.index("total")
    assert sum(Decimal(str(v[total])) for v in values[1:]) == Decimal("1099.50")
    assert isinstance(values[1][exports.SALES_COLUMNS.index("date")], datetime)
    with zipfile.ZipFile(out) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>1289.00</v>" in xml and "<v>-1289.00</v>" in xml and "<v>99.50</v>" in xml


def test_an_export_streams_in_batches_and_reports_progress(busy, out_dir, monkeypatch):
    monkeypatch.setattr(exports, "BATCH", 2)
    seen: list[tuple[int, int]] = []
    result = exports.export(busy.db, busy.manager, "audit", None, None, out_dir / "a.csv",
                            progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, result.rows) and seen[-1] == (result.rows, result.rows)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > result.rows // 2


def test_a_failed_export_leaves_no_file_behind(busy, out_dir):
    with pytest.raises(exports.UnknownExport):
        exports.export(busy.db, busy.manager, "customers", None, None, out_dir / "x.csv")
    with pytest.raises(exports.UnknownFormat):
        exports.export(busy.db, busy.manager, "sales", None, None, out_dir / "x.ods", fmt="ods")
    with pytest.raises(exports.ExportNotWritten):
        exports.export(busy.db, busy.manager, "sales", None, None, out_dir / "no" / "x.csv")
    assert not list(out_dir.iterdir())
