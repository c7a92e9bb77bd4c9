"""`pos-app report`: any report to a PDF from the command line, and clear refusals."""
from __future__ import annotations

import argparse
import io
from datetime import date

import pytest
from pypdf import PdfReader

from pos_app import cli
from pos_app.commands.report import period_of
from pos_app.errors import ValidationError
from pos_app.services import reports
from pos_app.services.reports import Period
from tests.pos_app.counter_support import on_shelf, open_drawer, ring


def test_the_daily_report_is_written_for_a_date_and_a_counter(store, tmp_path, capsys):
    open_drawer(store)
    sale = ring(store, on_shelf(store, "1289"))
    day = sale.created_at.astimezone().date().isoformat()
    out = tmp_path / "daily.pdf"
    assert cli.main(["report", "daily", "--db", store.url, "--date", day, "--counter", "1",
                     "--lang", "en", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Report daily written to {out}."
    words = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Daily report — counter Counter 1 (1)" in words and day in words
    assert "¥1,289.00" in words and "Reconciled" in words


@pytest.mark.parametrize("options, message", [
    (["--date", "2024-13-01"], "--date “2024-13-01” is not a date; write it as YYYY-MM-DD."),
    (["--from", "yesterday"], "--from “yesterday” is not a date; write it as YYYY-MM-DD."),
    (["--from", "2024-05-02", "--to", "2024-05-01"],
     "The period ends (2024-05-01) before it starts (2024-05-02)."),
    (["--date", "2024-05-01", "--to", "2024-05-02"],
     "Give either --date or --from and --to, not both."),
])
def test_a_bad_date_is_refused_with_exit_2(store, tmp_path, capsys, options, message):
    out = tmp_path / "x.pdf"
    assert cli.main(["report", "daily", "--db", store.url, *options, "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == message and not out.exists()


def test_an_unknown_report_or_counter_is_refused_with_exit_2(store, tmp_path, capsys,
                                                             monkeypatch):
    out = tmp_path / "x.pdf"
    assert cli.main(["report", "weekly", "--db", store.url, "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "There is no report called “weekly”."
    assert cli.main(["report", "daily", "--db", store.url, "--counter", "9",
                     "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "Counter 9 was not found."
    monkeypatch.setattr(reports, "REPORT_NAMES", (*reports.REPORT_NAMES, "footfall"))
    assert cli.main(["report", "footfall", "--db", store.url, "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == \
        "The “footfall” report is not available in this version."
    assert not out.exists()


def test_the_period_defaults_to_today_and_one_end_is_one_day():
    def args(**kw):
        return argparse.Namespace(**({"date": None, "first": None, "last": None} | kw))
    today = date(2024, 5, 14)
    assert period_of(args(), today) == Period.day(today)
    assert period_of(args(first="2024-05-01"), today) == Period.day(date(2024, 5, 1))
    assert period_of(args(first="2024-05-01", last="2024-05-31"), today) == Period(
        date(2024, 5, 1), date(2024, 5, 31))
    with pytest.raises(ValidationError):
        period_of(args(date="14/05/2024"), today)
