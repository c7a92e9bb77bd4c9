"""What every A4 report shares: the page (store, title, period and printed-at on top, "page N
of M" below), headings, tables with money right-aligned, and bar and pie charts drawn with
reportlab.graphics in the CJK font, so Chinese category names print on the chart too.

A report module builds a list of flowables with these helpers and hands it to `report_pdf`.
Words come from (English, Chinese) tables through `word` (pos_app has no Qt translation).
"""
from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pos_app.domain.money import Money
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.printing.layout import body_style, check_language, escape, money_text, when, word_in

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN  # the width a table or chart may take
PALETTE = ("#2f6f8f", "#e0913a", "#5a9e5a", "#b5493e", "#7d5ba6", "#8c6d3f", "#c768a8",
           "#6b6b6b", "#a9a93b", "#3fa9b5")

# The words every report prints, (English, Chinese).
WORDS: dict[str, tuple[str, str]] = {
    "period_day": ("{day}", "{day}"),
    "period_range": ("{first} to {last}", "{first} 至 {last}"),
    "printed": ("Printed {when}", "打印时间 {when}"),
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "none": ("None.", "无。"),
    "total": ("Total", "合计"),
}


def word(words: Mapping[str, tuple[str, str]], key: str, language: str, **params: object) -> str:
    """`key` from a report's own table, else from the shared one; an unknown key (a kind
    with no words yet) prints as itself rather than failing the report."""
    for table in (words, WORDS):
        if key in table:
            return word_in(table, key, language, **params)
    return key.format(**params) if params else key


def period_text(first: date, last: date, language: str) -> str:
    """"2024-05-01" for one day, "2024-05-01 to 2024-05-31" for a range."""
    if first == last:
        return word(WORDS, "period_day", language, day=first.isoformat())
    return word(WORDS, "period_range", language, first=first.isoformat(), last=last.isoformat())


def money(amount: Money) -> str:
    """An amount as every report prints it."""
    return money_text(amount)


# ----------------------------------------------------------------------------- styles


def styles(language: str) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font: body, small, heading, title."""
    font = register_pdf_fonts()
    body = body_style(font, language)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "heading": ParagraphStyle("heading", parent=body, fontSize=12, leading=16,
                                  spaceBefore=10, spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontSize=16, leading=20),
    }


def heading(text: str, language: str) -> Paragraph:
    return Paragraph(escape(text), styles(language)["heading"])


def paragraph(text: str, language: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles(language)[style])


def table(rows: Sequence[Sequence[object]], *, header: Sequence[str] | None = None,
          widths: Sequence[float] | None = None, total_row: bool = False,
          language: str = "en") -> Table:
    """A ruled table; Money cells print as money and right-aligned, ints right-aligned too.
    `total_row` sets the last row in bold rule. Long text cells wrap."""
    font = register_pdf_fonts()
    cell_style = ParagraphStyle("cell", parent=styles(language)["body"], fontSize=9, leading=11)
    data: list[list[object]] = []
    right: set[tuple[int, int]] = set()
    if header:
        data.append(list(header))
    for r, row in enumerate(rows, start=len(data)):
        out = []
        for c, cell in enumerate(row):
            if isinstance(cell, Money):
                out.append(money(cell))
                right.add((c, r))
            elif isinstance(cell, int):
                out.append(str(cell))
                right.add((c, r))
            elif isinstance(cell, str) and len(cell) > 30:
                out.append(Paragraph(escape(cell), cell_style))
            else:
                out.append("" if cell is None else cell)
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef2")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black)]
    if total_row and data:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black),
                  ("FONTSIZE", (0, -1), (-1, -1), 10)]
    style += [("ALIGN", cell, cell, "RIGHT") for cell in right]
    if header:  # a column of amounts has its heading over the amounts
        style += [("ALIGN", (c, 0), (c, 0), "RIGHT") for c in {c for c, _ in right}]
    t.setStyle(TableStyle(style))
    return t


def key_values(pairs: Sequence[tuple[str, object]], language: str,
               widths: Sequence[float] = (110 * mm, 50 * mm)) -> Table:
    """Label / value lines (a summary), values right-aligned."""
    return table([list(p) for p in pairs], widths=widths, language=language)


# ----------------------------------------------------------------------------- charts


def _number(value: Money | float) -> float:
    # a chart only needs lengths to draw: money turns into a float here, at the edge
    return float(value.amount) if isinstance(value, Money) else float(value)


def bar_chart(labels: Sequence[str], values: Sequence[Money | int], *, title: str = "",
              width: float = WIDTH, bar_height: float = 14) -> Drawing:
    """Horizontal bars, one per label, with the value printed at the bar's end."""
    font = register_pdf_fonts()
    n = max(len(labels), 1)
    top = 18 if title else 4
    height = n * bar_height * 1.6 + top + 10
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 90 * mm / 2.2, 6
    chart.width, chart.height = width - chart.x - 70, height - top - 10
    chart.data = [[_number(v) for v in values] or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.reverseDirection = 1  # first label on top, as the table lists it
    chart.categoryAxis.joinAxisMode = "left"  # names left of the chart, clear of negative bars
    chart.categoryAxis.tickLeft = 0
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    low, high = min([0.0, *chart.data[0]]), max([1.0, *chart.data[0]])
    room = (high - low) * 0.15  # for the amounts printed past the bars' ends
    chart.valueAxis.valueMin = low - room if low < 0 else 0
    chart.valueAxis.valueMax = high + room
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[0].strokeColor = None
    d.add(chart)
    span = chart.valueAxis.valueMax - chart.valueAxis.valueMin
    for i, (v, shown) in enumerate(zip(chart.data[0], values, strict=False)):
        # the amount just right of the bar (of zero, for a negative bar), clear of the names
        x = chart.x + (max(v, 0) - chart.valueAxis.valueMin) / span * chart.width + 3
        y = chart.y + chart.height * (n - i - 0.5) / n - 3
        text = money(shown) if isinstance(shown, Money) else f"{shown:,}"
        d.add(String(x, y, text, fontName=font, fontSize=7))
    if title:
        d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    return d


def pie_chart(labels: Sequence[str], values: Sequence[Money | int], *, title: str = "",
              width: float = WIDTH, size: float = 55 * mm) -> Drawing:
    """A pie of the (positive) values, with a legend of labels and shares beside it."""
    font = register_pdf_fonts()
    numbers = [_number(v) for v in values]
    kept = [(label, n) for label, n in zip(labels, numbers, strict=True) if n > 0]
    top = 18 if title else 4
    height = max(size, len(kept) * 12) + top + 8
    d = Drawing(width, height)
    if title:
        d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    if not kept:
        return d
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 6, height - top - size, size, size
    pie.data = [n for _, n in kept]
    pie.simpleLabels = 1
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(kept)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    d.add(pie)
    total = sum(n for _, n in kept)
    x, y = size + 24, height - top - 10
    for i, (label, n) in enumerate(kept):
        d.add(_swatch(x, y, PALETTE[i % len(PALETTE)]))
        d.add(String(x + 12, y, f"{label}  {n / total:.0%}", fontName=font, fontSize=8))
        y -= 12
    return d


def _swatch(x: float, y: float, color: str):
    return Rect(x, y - 1, 8, 8, fillColor=colors.HexColor(color), strokeColor=None)


# ----------------------------------------------------------------------------- document


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, so each can say "page N of M"."""

    footer: tuple[str, str, str] = ("", "", "en")  # (font, left text, language), set per build

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        font, left, language = self.footer
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(font, 8)
            self.setFillColor(colors.grey)
            self.drawString(MARGIN, 10 * mm, left)
            self.drawRightString(A4[0] - MARGIN, 10 * mm,
                                 word(WORDS, "page", language, page=number, pages=len(self._pages)))
            super().showPage()
        super().save()


def report_pdf(story: list[Flowable], *, title: str, store_name: str, first: date, last: date,
               made_at: datetime, language: str) -> bytes:
    """The report's A4 PDF: the header (store, title, period, printed-at) then `story`, with
    "page N of M" and the title at the foot of every page."""
    check_language(language)
    font = register_pdf_fonts()
    st = styles(language)
    period = period_text(first, last, language)
    head: list[Flowable] = [
        Paragraph(escape(store_name), st["body"]),
        Paragraph(escape(title), st["title"]),
        Paragraph(escape(period), st["body"]),
        Paragraph(escape(word(WORDS, "printed", language, when=when(made_at))), st["small"]),
        Spacer(1, 4 * mm),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title,
                            author=store_name, invariant=1)
    canvas_class = type("ReportCanvas", (_NumberedCanvas,),
                        {"footer": (font, f"{store_name} · {title} · {period}", language)})
    doc.build(head + list(story), canvasmaker=canvas_class)
    return out.getvalue()


def grouped_bar_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[Money | int]]],
                      *, title: str = "", width: float = WIDTH, bar_height: float = 8) -> Drawing:
    """Horizontal bars in groups, one group per label and one bar per series (e.g. revenue and
    margin per category), with a legend of the series names; the tables beside it carry the
    exact amounts."""
    font = register_pdf_fonts()
    n, k = max(len(labels), 1), max(len(series), 1)
    top = 18 if title else 4
    legend = 14
    height = n * (k * bar_height + 8) + top + legend + 10
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 90 * mm / 2.2, 6
    chart.width, chart.height = width - chart.x - 70, height - top - legend - 10
    # the categories run top down, which also turns each group upside down: series go in
    # reversed so that the first series is the top bar of its group, as the legend lists them
    chart.data = [[_number(v) for v in values] or [0] for _, values in reversed(series)] or [[0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.reverseDirection = 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    numbers = [v for row in chart.data for v in row]
    low, high = min([0.0, *numbers]), max([1.0, *numbers])
    room = (high - low) * 0.15
    chart.valueAxis.valueMin = low - room if low < 0 else 0
    chart.valueAxis.valueMax = high + room
    chart.barSpacing = 1
    for i in range(len(chart.data)):
        colour = PALETTE[(len(chart.data) - 1 - i) % len(PALETTE)]
        chart.bars[i].fillColor = colors.HexColor(colour)
        chart.bars[i].strokeColor = None
    d.add(chart)
    if title:
        d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    x = chart.x
    for i, (name, _) in enumerate(series):
        d.add(_swatch(x, height - top - 10, PALETTE[i % len(PALETTE)]))
        d.add(String(x + 12, height - top - 10, name, fontName=font, fontSize=8))
        x += 12 + stringWidth(name, font, 8) + 16
    return d


def right_cell(text: str, language: str) -> Paragraph:
    """A table cell of text that reads as a figure (a percent, days, "—"), right-aligned like
    the amounts and counts beside it."""
    return Paragraph(escape(text), ParagraphStyle("figure", parent=styles(language)["body"],
                                                  fontSize=9, leading=11, alignment=2))
