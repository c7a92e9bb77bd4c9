"""The printed inspection report: the item, its grade, every checklist answer, the grader, the
date and a QR code with the verification code, on A4 or on 80 mm receipt paper.

The page is laid out as a stack of blocks of known height: A4 breaks pages between blocks;
a receipt is one page exactly as long as its blocks.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import barcode
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos_app.domain.codes import parse_item_code
from pos_app.errors import ValidationError
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.printing.layout import LANGUAGES, break_long, is_wide, when, word_in
from pos_app.printing.qr import draw_qr
from pos_app.services import grading
from pos_app.services.grading import VERIFY_PREFIX, InspectionView, NotInspected
from pos_app.services.store_db import StoreDB

SIZES = ("a4", "receipt")
RECEIPT_WIDTH = 80 * mm
GREY = (0.45, 0.45, 0.45)
RULE_GREY = (0.8, 0.8, 0.8)

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Inspection report", "检验报告"),
    "category": ("Category", "类别"),
    "grade": ("Grade", "成色"),
    "graded_by": ("Graded by", "检验员"),
    "date": ("Date", "日期"),
    "checklist": ("Checklist", "检验清单"),
    "version": ("version {n}", "第 {n} 版"),
    "overridden": ("The checklist gives {derived}; the grader set {grade}: {reason}",
                   "按检验清单为 {derived}，检验员改为 {grade}：{reason}"),
    "why": ("Why this grade", "成色依据"),
    "check": ("Check", "检验项目"),
    "result": ("Result", "结果"),
    "verify": ("Check this report is genuine with its code:",
               "凭此验证码可在线核验本报告真伪："),
}
GRADE_NAMES: dict[str, tuple[str, str]] = {
    "A+": ("Like new", "近全新"), "A": ("Excellent", "优秀"), "B": ("Good", "良好"),
    "C": ("Fair", "一般"), "D": ("For parts", "仅作配件"),
}


def _t(key: str, language: str, **params: object) -> str:
    return word_in(TEXTS, key, language, **params)


def _field(key: str, language: str, value: str) -> str:
    """"Category: Phones" or "类别：手机"."""
    return f"{_t(key, language)}{'：' if language == 'zh_CN' else ': '}{value}"


# ---------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """Something `height` points tall, drawn with its top-left corner at (x, top)."""

    height: float
    draw: Callable[[Canvas, float, float], None]


NO_LINE_START = frozenset("，。、；：！？）》」』】”’,.;:!?)]")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most `width` points: breaks at spaces, or between any two Chinese
    characters, or inside a word too long for a line."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        tokens, word = [], ""
        for char in paragraph:
            if is_wide(char) or char == " ":
                if word:
                    tokens.append(word)
                tokens.append(char)
                word = ""
            else:
                word += char
        if word:
            tokens.append(word)
        line = ""
        for token in tokens:
            if stringWidth(line + token, font, size) <= width:
                line += token
                continue
            if token[0] in NO_LINE_START and len(line) > 1:  # no line starts with "，" or "）"
                token, line = line[-1] + token, line[:-1]
            if line.strip():
                lines.append(line.rstrip())
            full, line = break_long("" if token == " " else token, font, size, width)
            lines += full
        lines.append(line.rstrip())
    return lines or [""]


def text(value: str, font: str, size: float, width: float, *, align: str = "left",
         color: tuple[float, float, float] = (0, 0, 0), leading: float = 1.3) -> Block:
    lines = wrap(value, font, size, width)
    step = size * leading

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setFont(font, size)
        c.setFillColorRGB(*color)
        for n, line in enumerate(lines):
            baseline = top - size - n * step + size * (leading - 1) / 2
            if align == "center":
                c.drawCentredString(x + width / 2, baseline, line)
            elif align == "right":
                c.drawRightString(x + width, baseline, line)
            else:
                c.drawString(x, baseline, line)
        c.setFillColorRGB(0, 0, 0)

    return Block(len(lines) * step, draw)


def space(height: float) -> Block:
    return Block(height, lambda c, x, top: None)


def rule(width: float, color: tuple[float, float, float] = RULE_GREY) -> Block:
    def draw(c: Canvas, x: float, top: float) -> None:
        c.setStrokeColorRGB(*color)
        c.setLineWidth(0.5)
        c.line(x, top - 3, x + width, top - 3)
        c.setStrokeColorRGB(0, 0, 0)

    return Block(6, draw)


def stack(blocks: list[Block]) -> Block:
    def draw(c: Canvas, x: float, top: float) -> None:
        for block in blocks:
            block.draw(c, x, top)
            top -= block.height

    return Block(sum(b.height for b in blocks), draw)


def columns(*parts: tuple[float, Block]) -> Block:
    """Blocks side by side, each at its offset from the left edge."""
    def draw(c: Canvas, x: float, top: float) -> None:
        for offset, block in parts:
            block.draw(c, x + offset, top)

    return Block(max(b.height for _, b in parts), draw)


def draw_code128(c: Canvas, code: str, x: float, y: float, module: float, height: float) -> float:
    """Code 128 of `code` as vector bars from (x, y) up; returns its width. Leave ten modules
    of white on each side for the scanner."""
    pattern = barcode.Code128(code).build()[0]
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    n = 0
    while n < len(pattern):
        if pattern[n] != "1":
            n += 1
            continue
        start = n
        while n < len(pattern) and pattern[n] == "1":
            n += 1
        c.rect(x + start * module, y, (n - start) * module, height, stroke=0, fill=1)
    c.restoreState()
    return len(pattern) * module


def code128_block(code: str, font: str, width: float, *, bar_height: float,
                  align: str = "left") -> Block:
    modules = len(barcode.Code128(code).build()[0])
    module = min(1.0, width / (modules + 20))
    bars = modules * module
    left = 10 * module if align == "left" else (width - bars) / 2
    caption = text(code, font, 9, width if align != "left" else bars + 20 * module,
                   align="center")

    def draw(c: Canvas, x: float, top: float) -> None:
        draw_code128(c, code, x + left, top - bar_height, module, bar_height)
        caption.draw(c, x, top - bar_height - 2)

    return Block(bar_height + 2 + caption.height, draw)


def grade_block(grade: str, font: str, side: float, language: str) -> Block:
    name = GRADE_NAMES.get(grade, ("", ""))[language == "zh_CN"]

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setLineWidth(1.5)
        c.roundRect(x, top - side, side, side, 6, stroke=1, fill=0)
        c.setFont(font, side * 0.12)
        c.drawCentredString(x + side / 2, top - side * 0.2, _t("grade", language))
        c.setFont(font, side * 0.42)
        c.drawCentredString(x + side / 2, top - side * 0.66, grade)
        c.setFont(font, side * 0.12)
        c.drawCentredString(x + side / 2, top - side * 0.88, name)

    return Block(side, draw)


def qr_block(payload: str, code: str, font: str, side: float, width: float,
             language: str, *, align: str = "center") -> Block:
    hint = text(_t("verify", language), font, 7.5, width, align=align, color=GREY)
    caption = text(code, font, 11, width, align=align)

    def draw(c: Canvas, x: float, top: float) -> None:
        hint.draw(c, x, top)
        top -= hint.height + 4
        left = {"center": x + (width - side) / 2, "right": x + width - side}.get(align, x)
        draw_qr(c, payload, left, top - side, side)
        caption.draw(c, x, top - side - 3)

    return Block(hint.height + 4 + side + 3 + caption.height, draw)


def answer_rows(inspection: InspectionView, font: str, width: float, language: str,
                size: float, label_share: float) -> list[Block]:
    label_width = width * label_share - 4
    answer_width = width - width * label_share
    rows = [columns((0, text(_t("check", language), font, size, label_width, color=GREY)),
                    (width * label_share,
                     text(_t("result", language), font, size, answer_width, color=GREY))),
            rule(width, GREY)]
    for question, answer in inspection.lines(language):
        rows.append(columns((0, text(question, font, size, label_width)),
                            (width * label_share, text(answer or "—", font, size, answer_width))))
        rows.append(rule(width))
    return rows


# ---------------------------------------------------------------------------- the report


def _facts(inspection: InspectionView, language: str) -> dict[str, str]:
    zh = language == "zh_CN"
    name = inspection.definition.get("name_zh") if zh else None
    return {
        "item": " ".join(p for p in (inspection.brand, inspection.model) if p) or inspection.item_code,
        "category": inspection.category_zh if zh else inspection.category,
        "graded_by": inspection.graded_by,
        "date": when(inspection.at),
        "checklist": f"{name or inspection.checklist_name} · "
                     f"{_t('version', language, n=inspection.checklist_version)}",
    }


def _grade_notes(inspection: InspectionView, font: str, width: float, language: str,
                 size: float) -> list[Block]:
    blocks = []
    if inspection.overridden:
        blocks.append(text(_t("overridden", language, derived=inspection.derived_grade,
                              grade=inspection.grade, reason=inspection.override_reason),
                           font, size, width))
    reasons = inspection.reasons(language)
    if reasons:
        joined = ("；" if language == "zh_CN" else "; ").join(reasons)
        blocks.append(text(_field("why", language, joined), font, size, width, color=GREY))
    return blocks


def _a4_blocks(inspection: InspectionView, font: str, width: float,
               language: str) -> list[Block]:
    facts = _facts(inspection, language)
    side = 92
    left_width = width - side - 12
    header = columns((0, text(inspection.store_name, font, 16, width * 0.6)),
                     (width * 0.6, text(_t("title", language), font, 16, width * 0.4,
                                        align="right")))
    about = stack([
        text(facts["item"], font, 15, left_width),
        space(2),
        text(_field("category", language, facts["category"]), font, 10, left_width),
        space(8),
        code128_block(inspection.item_code, font, min(left_width, 260), bar_height=40),
    ])
    footer_left = stack([
        text(_field("graded_by", language, facts["graded_by"]), font, 10, width - 150),
        text(_field("date", language, facts["date"]), font, 10, width - 150),
        text(_field("checklist", language, facts["checklist"]), font, 10, width - 150),
    ])
    verification = qr_block(VERIFY_PREFIX + inspection.verification_code,
                            inspection.verification_code, font, 96, 140, language)
    return [
        header, rule(width, (0, 0, 0)), space(10),
        columns((0, about), (width - side, grade_block(inspection.grade, font, side, language))),
        space(8), *_grade_notes(inspection, font, width, language, 9), space(10),
        *answer_rows(inspection, font, width, language, 10, 0.45),
        space(18),
        columns((0, footer_left), (width - 140, verification)),
    ]


def _receipt_blocks(inspection: InspectionView, font: str, width: float,
                    language: str) -> list[Block]:
    facts = _facts(inspection, language)
    side = 86
    return [
        text(inspection.store_name, font, 12, width, align="center"),
        text(_t("title", language), font, 10, width, align="center"),
        rule(width, (0, 0, 0)), space(4),
        code128_block(inspection.item_code, font, width, bar_height=34, align="center"),
        space(6),
        text(facts["item"], font, 11, width),
        text(_field("category", language, facts["category"]), font, 8.5, width),
        space(6),
        columns(((width - side) / 2, grade_block(inspection.grade, font, side, language))),
        space(6), *_grade_notes(inspection, font, width, language, 7.5), space(6),
        *answer_rows(inspection, font, width, language, 8, 0.55),
        space(6),
        text(_field("graded_by", language, facts["graded_by"]), font, 8.5, width),
        text(_field("date", language, facts["date"]), font, 8.5, width),
        text(_field("checklist", language, facts["checklist"]), font, 8.5, width),
        space(10),
        qr_block(VERIFY_PREFIX + inspection.verification_code, inspection.verification_code,
                 font, 96, width, language),
    ]


def render_report(inspection: InspectionView, *, size: str = "a4", language: str = "en") -> bytes:
    """The report of `inspection` as PDF bytes."""
    if size not in SIZES:
        raise ValidationError("A report prints on A4 or on receipt paper.")
    if language not in LANGUAGES:
        raise ValidationError("Choose English or Simplified Chinese.")
    font = register_pdf_fonts()
    out = io.BytesIO()
    if size == "a4":
        margin = 18 * mm
        page_width, page_height = A4
        blocks = _a4_blocks(inspection, font, page_width - 2 * margin, language)
    else:
        margin = 4 * mm
        page_width = RECEIPT_WIDTH
        blocks = _receipt_blocks(inspection, font, page_width - 2 * margin, language)
        page_height = sum(b.height for b in blocks) + 2 * margin
    c = Canvas(out, pagesize=(page_width, page_height), invariant=1)
    c.setTitle(f"{_t('title', language)} {inspection.item_code}")
    c.setAuthor(inspection.store_name)
    top = page_height - margin
    for block in blocks:
        if size == "a4" and top - block.height < margin - 0.01 and top < page_height - margin:
            c.showPage()
            top = page_height - margin
        block.draw(c, margin, top)
        top -= block.height
    c.showPage()
    c.save()
    return out.getvalue()


def render_inspection_report(db: StoreDB, code: str, *, size: str = "a4",
                             language: str = "en") -> bytes:
    """The item's latest inspection report as PDF bytes (NotInspected if it has none)."""
    inspection = grading.latest_inspection(db, code)
    if inspection is None:
        raise NotInspected(code=parse_item_code(code).text)
    return render_report(inspection, size=size, language=language)
