"""The manager's reports: one data module per report under this package, each with
`build(db, period, *, counter_id=None, progress=None, cancelled=None)` returning frozen
dataclasses of Money and counts that pos_app.printing.reports renders.

Days are the store's local days (the machine's timezone, as the screens show times); the
database holds UTC, so a period is turned into the UTC instants to query by `day_bounds`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pos_app.domain.roles import Actor, Permission
from pos_app.errors import DomainError, ValidationError
from pos_app.services import users

REPORT_NAMES = ("daily", "sales", "intake", "inventory", "aging", "consignors", "rentals",
                "sustainability")


@dataclass(frozen=True)
class Period:
    """The local days from `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError("The period ends ({last}) before it starts ({first}).",
                                  first=self.first.isoformat(), last=self.last.isoformat())

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


class ReportCancelled(DomainError):
    template = "The report was cancelled."


class UnknownReport(DomainError):
    template = "There is no report called “{name}”."


class ReportNotAvailable(DomainError):
    template = "The “{name}” report is not available in this version."


def day_bounds(period: Period) -> tuple[datetime, datetime]:
    """The UTC instants [from, to) that the period's local days cover (local midnight of
    the first day to local midnight after the last; DST shifts come out right)."""
    start = datetime.combine(period.first, time()).astimezone()
    end = datetime.combine(period.last + timedelta(days=1), time()).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


def report_module(name: str):
    """The data module of report `name` (UnknownReport or ReportNotAvailable if none)."""
    if name not in REPORT_NAMES:
        raise UnknownReport(name=name)
    try:
        return importlib.import_module(f"pos_app.services.reports.{name}")
    except ModuleNotFoundError as missing:
        if missing.name != f"pos_app.services.reports.{name}":
            raise
        raise ReportNotAvailable(name=name) from None


def build(db, name: str, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None, actor: Actor | None = None) -> object:
    """Report `name`'s data for `period` (optionally one counter's): calls that report's
    module. `progress(done, total)` is told how far it got; `cancelled()` returning True
    stops it with ReportCancelled. A user asking (the screens) needs VIEW_REPORTS; the
    command line (a scheduled daily report) runs as whoever holds the database URL."""
    if actor is not None:
        users.require(actor, Permission.VIEW_REPORTS)
    return report_module(name).build(db, period, counter_id=counter_id, progress=progress,
                                     cancelled=cancelled)


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Stop a report being built when the user has cancelled it."""
    if cancelled is not None and cancelled():
        raise ReportCancelled()


def step(progress: Callable[[int, int], None] | None, done: int, total: int,
         cancelled: Callable[[], bool] | None = None) -> None:
    """Tell `progress` a report got to `done` of `total` steps, and stop if cancelled."""
    check_cancelled(cancelled)
    if progress is not None:
        progress(done, total)
