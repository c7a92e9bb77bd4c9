"""The quick picks of the report screen (today, last month…) as periods of local days.

A week starts on Monday; "this week" and "this month" run up to today.
"""

from __future__ import annotations

from datetime import date, timedelta

from pos_app import clock
from pos_app.services.reports import Period

QUICK_PICKS = ("today", "yesterday", "this_week", "last_7_days", "this_month", "last_month")
ONE_DAY_PICKS = ("today", "yesterday")


def local_today() -> date:
    """Today in the store's (this machine's) timezone."""
    return clock.now().astimezone().date()


def quick_period(pick: str, today: date) -> Period:
    if pick == "today":
        return Period(today, today)
    if pick == "yesterday":
        day = today - timedelta(days=1)
        return Period(day, day)
    if pick == "this_week":
        return Period(today - timedelta(days=today.weekday()), today)
    if pick == "last_7_days":
        return Period(today - timedelta(days=6), today)
    if pick == "this_month":
        return Period(today.replace(day=1), today)
    if pick == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last)
    raise KeyError(pick)
