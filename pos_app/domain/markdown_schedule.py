"""A consignment's markdown schedule: the price drops by a percent once an item is so many
days old, e.g. [[30, 20], [60, 40]] is −20% after 30 days and −40% after 60."""
from __future__ import annotations

from collections.abc import Iterable

from pos_app.errors import ValidationError

MAX_DAYS = 3650


class MarkdownScheduleInvalid(ValidationError):
    template = ("A markdown schedule is a list of steps [days, percent]: days from 1 to 3650 and "
                "percent from 1 to 99, both rising from step to step.")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_schedule(value: object) -> list[list[int]]:
    """The schedule as [[days, percent], …], days and percent both rising; or ValidationError."""
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes, dict)):
        raise MarkdownScheduleInvalid()
    steps: list[list[int]] = []
    for step in value:
        if isinstance(step, (str, bytes, dict)) or not isinstance(step, Iterable):
            raise MarkdownScheduleInvalid()
        pair = list(step)
        if len(pair) != 2 or not all(_whole(x) for x in pair):
            raise MarkdownScheduleInvalid()
        days, percent = pair
        if not (1 <= days <= MAX_DAYS and 1 <= percent <= 99):
            raise MarkdownScheduleInvalid()
        if steps and (days <= steps[-1][0] or percent <= steps[-1][1]):
            raise MarkdownScheduleInvalid()
        steps.append([days, percent])
    return steps


def markdown_percent(schedule: Iterable[Iterable[int]], age_days: int) -> int:
    """The percent off an item `age_days` old: that of the last step it has reached, or 0."""
    percent = 0
    for days, pct in schedule:
        if age_days >= days:
            percent = pct
    return percent
