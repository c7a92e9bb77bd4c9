"""The application's plumbing: background work, error handling, languages and fonts."""

from __future__ import annotations

import ast
import gc
import importlib
import pkgutil
import sys
import threading
from pathlib import Path
from xml.etree import ElementTree

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

import pos_app
import pos_app.errors
import ui.domain_messages
from pos_app.errors import AmountNegative, DomainError, NotFound
from ui import i18n
from ui.app import cjk_font_family
from ui.errors import user_message
from ui.widgets import MoneyEdit, PinPad
from ui.workers import BusyDialog, run_in_background, running_jobs

# -- background work --------------------------------------------------------------------


def test_worker_result_comes_back_on_the_gui_thread(qtbot, qapp) -> None:
    threads: dict[str, object] = {}

    def add(a: int, b: int) -> int:
        threads["worker"] = QThread.currentThread()
        return a + b

    answers = []

    def on_done(result: int) -> None:
        threads["callback"] = QThread.currentThread()
        answers.append(result)

    job = run_in_background(add, 2, b=40, on_done=on_done)
    with qtbot.waitSignal(job.finished):
        pass
    assert answers == [42]
    assert job.result == 42
    assert threads["callback"] == qapp.thread()
    assert threads["worker"] != qapp.thread()


def test_worker_progress_reaches_the_gui_thread_in_order(qtbot, qapp) -> None:
    def count(n: int, progress) -> str:
        for i in range(1, n + 1):
            progress(i, n)
        return "counted"

    steps = []
    on_gui_thread = []

    def on_progress(done: int, total: int) -> None:
        steps.append((done, total))
        on_gui_thread.append(QThread.currentThread() == qapp.thread())

    job = run_in_background(count, 3, on_progress=on_progress)
    qtbot.waitUntil(lambda: job.is_finished)
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert all(on_gui_thread)
    assert job.result == "counted"


def test_worker_exception_reaches_on_error(qtbot, shown_messages) -> None:
    errors = []

    def look_up() -> None:
        raise NotFound(what="Item", key="SH01-000999-3")

    with qtbot.waitSignal(run_in_background(look_up, on_error=errors.append).failed):
        pass
    assert len(errors) == 1
    assert isinstance(errors[0], NotFound)
    assert user_message(errors[0]) == "Item “SH01-000999-3” was not found."
    assert shown_messages == []  # the caller handled it


@pytest.mark.qt_no_exception_capture
def test_worker_exception_without_on_error_is_logged_and_shown(
    qtbot, error_handler: Path, shown_messages
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("till total divided by zero")

    run_in_background(broken)
    qtbot.waitUntil(lambda: len(shown_messages) == 1)
    assert "Something went wrong" in shown_messages[0].text
    assert str(error_handler) in shown_messages[0].text
    log = error_handler.read_text(encoding="utf-8")
    assert "ZeroDivisionError: till total divided by zero" in log
    assert "in broken" in log  # the traceback, not just the message


def test_a_worker_nobody_holds_still_delivers(qtbot) -> None:
    answers = []
    run_in_background(lambda: "kept alive", on_done=answers.append)
    gc.collect()
    qtbot.waitUntil(lambda: answers == ["kept alive"])
    assert running_jobs() == 0


class _ShowRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_busy_dialog_appears_only_for_long_work_and_goes_after(qtbot) -> None:
    release = threading.Event()
    job = run_in_background(lambda: release.wait(10))
    dialog = BusyDialog(job, "Printing labels…", delay_ms=50)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.labelText() == "Printing labels…"
    release.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # hidden and deleted


def test_busy_dialog_never_shows_for_work_that_already_ended(qtbot) -> None:
    job = run_in_background(lambda: None)
    qtbot.waitUntil(lambda: job.is_finished)
    recorder = _ShowRecorder()
    dialog = BusyDialog(job, delay_ms=0)
    dialog.installEventFilter(recorder)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert recorder.shown == 0


# -- unhandled exceptions ---------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_unhandled_exception_in_a_slot_is_logged_and_shown_readably(
    qtbot, error_handler: Path, shown_messages, capfd: pytest.CaptureFixture[str]
) -> None:
    def on_timer() -> None:
        raise RuntimeError("printer driver exploded")

    QTimer.singleShot(0, on_timer)
    qtbot.waitUntil(lambda: len(shown_messages) == 1)

    shown = shown_messages[0]
    assert shown.kind == "critical"
    assert shown.text == (
        "Something went wrong and the action may not have been completed. "
        f"The details were written to the log at {error_handler}."
    )
    assert "Traceback" not in shown.text
    log = error_handler.read_text(encoding="utf-8")
    assert "RuntimeError: printer driver exploded" in log
    assert "Traceback (most recent call last)" in log
    console = capfd.readouterr().err
    assert "Traceback" not in console  # one line at most; the details are in the file


@pytest.mark.qt_no_exception_capture
def test_unhandled_domain_error_shows_its_own_message(
    qtbot, error_handler: Path, shown_messages
) -> None:
    try:
        raise AmountNegative(text="-5")
    except AmountNegative as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert [(m.kind, m.text) for m in shown_messages] == [
        ("warning", "“-5” is negative; enter an amount of zero or more.")
    ]
    assert "AmountNegative" in error_handler.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_plain_thread_is_shown_on_the_gui_thread(
    qtbot, error_handler: Path, shown_messages
) -> None:
    def crash() -> None:
        raise OSError("receipt printer went away")

    thread = threading.Thread(target=crash, name="printer-poll")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown_messages) == 1)
    log = error_handler.read_text(encoding="utf-8")
    assert "OSError: receipt printer went away" in log
    assert "printer-poll" in log


def test_log_goes_to_pos_log_dir(error_handler: Path, tmp_path: Path) -> None:
    assert error_handler.is_relative_to(tmp_path)
    assert error_handler.parent.is_dir()


# -- domain messages --------------------------------------------------------------------


def _all_subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_all_subclasses(sub)}
    return found


def _listed_templates() -> set[str]:
    """The literal strings of QT_TRANSLATE_NOOP("DomainError", ...) in domain_messages.py."""
    tree = ast.parse(Path(ui.domain_messages.__file__).read_text(encoding="utf-8"))
    listed = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == "DomainError"
        ):
            listed.add(node.args[1].value)
    return listed


def _import_all_of_pos_app() -> None:
    """Subclasses defined outside pos_app.errors exist only once their module is imported."""
    for module in pkgutil.walk_packages(pos_app.__path__, "pos_app."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def test_every_domain_error_template_is_listed_for_translation() -> None:
    _import_all_of_pos_app()
    classes = {DomainError, *_all_subclasses(DomainError)}
    assert pos_app.errors.InvalidAmount in classes
    missing = sorted({cls.template for cls in classes} - _listed_templates())
    assert not missing, (
        "ui/domain_messages.py is out of date; run scripts/update_translations and "
        "translate what it reports. Missing:\n" + "\n".join(missing)
    )


def test_domain_message_falls_back_to_english_when_a_translation_misfits(switch_language) -> None:
    error = NotFound(what="Item", key="X")
    error.template = "No translation exists for {what} {key}."
    switch_language("zh_CN")
    assert user_message(error) == "No translation exists for Item X."


# -- languages --------------------------------------------------------------------------


def test_available_languages_are_english_and_simplified_chinese() -> None:
    assert i18n.available_languages() == [("en", "English"), ("zh_CN", "简体中文")]


def test_switching_to_chinese_translates_and_back_to_english(switch_language) -> None:
    assert switch_language("zh_CN")
    assert QCoreApplication.translate("PinPad", "Clear") == "清除"
    assert user_message(AmountNegative(text="-5")) == "“-5”是负数；请输入零或更大的金额。"
    assert i18n.current_locale_name() == "zh_CN"
    assert switch_language("en")
    assert QCoreApplication.translate("PinPad", "Clear") == "Clear"


def test_every_chinese_translation_is_finished() -> None:
    ts = ElementTree.parse(i18n.qm_path("zh_CN").with_suffix(".ts"))
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ts.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not untranslated, (
        "translate these in assets/translations/circular_pos_zh_CN.ts, then run "
        "scripts/update_translations:\n" + "\n".join(untranslated)
    )


def test_open_widgets_follow_a_language_switch(qtbot, switch_language) -> None:
    pad = PinPad()
    edit = MoneyEdit(locale="en_US")
    qtbot.addWidget(pad)
    qtbot.addWidget(edit)
    pad.show()
    qtbot.keyClicks(edit, "-5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pad.ok_button.text() == "OK"

    switch_language("zh_CN")
    qtbot.waitUntil(lambda: pad.clear_button.text() == "清除")
    assert pad.ok_button.text() == "确定"
    assert edit.toolTip() == "“-5”是负数；请输入零或更大的金额。"


def test_a_language_switch_sends_language_change(qtbot, switch_language) -> None:
    seen = []

    class Watcher(QLabel):
        def changeEvent(self, event: QEvent) -> None:
            if event.type() == QEvent.Type.LanguageChange:
                seen.append(event.type())
            super().changeEvent(event)

    watcher = Watcher()
    qtbot.addWidget(watcher)
    switch_language("zh_CN")
    qtbot.waitUntil(lambda: len(seen) > 0)


def test_unknown_language_is_refused(qapp) -> None:
    with pytest.raises(ValueError, match="klingon"):
        i18n.install_language(qapp, "klingon")


# -- fonts ------------------------------------------------------------------------------


def test_bundled_cjk_font_is_registered_as_a_fallback(qapp) -> None:
    family = cjk_font_family()
    assert family is not None
    assert family in QFontDatabase.families()
    assert family in qapp.font().families()


def _grab(text: str) -> QImage:
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black; font-size: 28px;")
    label.adjustSize()
    return label.grab().toImage()


def _ink(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        image.pixel(x, y) != white for y in range(image.height()) for x in range(image.width())
    )


def test_chinese_text_renders_as_glyphs_not_blank_or_boxes(qapp) -> None:
    assert _ink(_grab("二手手机 ¥1,299.50")) > 100
    # A font without CJK glyphs draws every character as the same empty box.
    er, shou = _grab("二"), _grab("手")
    assert _ink(er) > 0 and _ink(shou) > 0
    assert er != shou
