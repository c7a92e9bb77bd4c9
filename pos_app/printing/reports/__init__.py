"""The manager's reports on A4: one PDF module per report under this package, each with
`render(data, language) -> bytes` over the data its pos_app.services.reports module built.
Shared layout (header, page numbers, tables, charts) is in `common`."""
from __future__ import annotations

import importlib

from pos_app.printing.layout import check_language


def render(name: str, data: object, language: str = "zh_CN") -> bytes:
    """Report `name`'s PDF of `data` in `language` ("en" or "zh_CN")."""
    from pos_app.services.reports import REPORT_NAMES, ReportNotAvailable, UnknownReport

    check_language(language)
    if name not in REPORT_NAMES:
        raise UnknownReport(name=name)
    try:
        module = importlib.import_module(f"pos_app.printing.reports.{name}")
    except ModuleNotFoundError as missing:
        if missing.name != f"pos_app.printing.reports.{name}":
            raise
        raise ReportNotAvailable(name=name) from None
    return module.render(data, language)
