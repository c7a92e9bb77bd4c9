"""`pos-app export` and `pos-app import` from the command line."""
from __future__ import annotations

import csv

import openpyxl
from sqlalchemy import func, select

from pos_app import cli, clock
from pos_app.models import Item, Party, SaleLine
from tests.pos_app.counter_support import on_shelf, open_drawer, ring


def _today() -> str:
    return clock.now().astimezone().date().isoformat()


def _count(store, model) -> int:
    with store.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_export_sales_for_a_period_to_csv_and_xlsx(store, tmp_path, capsys):
    open_drawer(store)
    ring(store, on_shelf(store, "1289"), on_shelf(store, "99.50"))
    out = tmp_path / "sales.csv"
    assert cli.main(["export", "sales", "--db", store.url, "--from", _today(), "--to", _today(),
                     "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"2 rows of sales written to {out}."
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == _count(store, SaleLine) == 2
    assert sorted(r["total"] for r in rows) == ["1289.00", "99.50"]

    book = tmp_path / "items.xlsx"
    assert cli.main(["export", "items", "--db", store.url, "--out", str(book)]) == 0
    sheet = openpyxl.load_workbook(book, read_only=True)["items"]
    assert len(list(sheet.iter_rows(values_only=True))) - 1 == _count(store, Item)


def test_export_refuses_a_bad_date_and_a_clerk(store, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert cli.main(["export", "sales", "--db", store.url, "--from", "31/05/2024",
                     "--out", str(out)]) == 2
    assert "“31/05/2024” is not a date" in capsys.readouterr().err
    assert cli.main(["export", "audit", "--db", store.url, "--user", "clerk",
                     "--pin", store.pins["clerk"], "--out", str(out)]) == 2
    assert "may not verify the audit log" in capsys.readouterr().err
    assert not out.exists()


def test_import_prints_every_problem_and_exits_1_importing_nothing(store, tmp_path, capsys):
    path = tmp_path / "items.csv"
    path.write_text("category,brand,price,grade\n3c.phone,Apple,100,B\nbicycles,Giant,-5,B\n",
                    encoding="utf-8")
    before = _count(store, Item)
    args = ["import", "items", str(path), "--db", store.url, "--user", "manager",
            "--pin", store.pins["manager"]]
    assert cli.main(args) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [("Row 3, category: There is no category “bicycles”; use a category's code, "
                    "such as 3c.phone, or its name."),
                   "Row 3, price: “-5” is negative; enter an amount of zero or more.",
                   "2 problems in 1 rows; nothing was imported."]
    assert _count(store, Item) == before


def test_import_dry_run_then_import(store, tmp_path, capsys):
    path = tmp_path / "people.csv"
    path.write_text("name,phone\n王芳,13812345678\n李雷,13912345678\n", encoding="utf-8")
    args = ["import", "parties", str(path), "--db", store.url, "--user", "manager",
            "--pin", store.pins["manager"]]
    before = _count(store, Party)
    assert cli.main([*args, "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == "2 rows of parties are ready to import."
    assert _count(store, Party) == before
    assert cli.main(args) == 0
    assert capsys.readouterr().out.strip() == "2 parties imported."
    assert _count(store, Party) == before + 2
    assert cli.main(args) == 1  # the same people again: already in the store
    assert "already in the store's records" in capsys.readouterr().err
