"""An item's photos as a strip of thumbnails, with Add photos… (from files) and Remove.

Photos are resized and stored by pos_app.services.photos off the GUI thread. Camera capture
needs Qt Multimedia, which PySide6-Essentials does not ship: it comes with the Addons package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Actor, Permission
from pos_app.services import photos
from pos_app.services.photos import PhotoView
from pos_app.services.store_db import StoreDB
from ui.errors import user_message
from ui.session import while_alive
from ui.theme import repolish
from ui.workers import run_in_background

THUMB_PX = 112
IMAGE_FILTER = "*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff"


def _add_all(db: StoreDB, actor: Actor, code: str, paths: list[str], progress=None) -> int:
    """Add each file in turn; the first that fails stops the rest (those before it stay)."""
    for done, path in enumerate(paths):
        photos.add_photo(db, actor, code, path)
        if progress is not None:
            progress(done + 1, len(paths))
    return len(paths)


class PhotoStrip(QWidget):
    """``loaded(count)`` whenever the thumbnails were (re)read."""

    loaded = Signal(int)

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None, *,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.code: str | None = None
        self.photos: list[PhotoView] = []
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.list.setFixedHeight(THUMB_PX + 30)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        may_edit = editable and actor.can(Permission.INTAKE)
        self.add_button.setVisible(may_edit)
        self.remove_button.setVisible(may_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.show_item(None)

    def show_item(self, code: str | None) -> None:
        self.code = code
        self.photos = []
        self.list.clear()
        self._show_message("")
        self._update_buttons()
        if code is not None:
            self.reload()
        else:
            self._fill()

    def reload(self) -> None:
        code = self.code
        if code is None:
            return
        run_in_background(photos.list_photos, self._db, code,
                          on_done=while_alive(self, lambda found: self._arrived(code, found)),
                          on_error=while_alive(self, self._failed))

    def _arrived(self, code: str, found: list[PhotoView]) -> None:
        if code != self.code:
            return
        self.photos = found
        self._fill()
        self.loaded.emit(len(found))

    def _fill(self) -> None:
        self.list.clear()
        for photo in self.photos:
            item = QListWidgetItem(QIcon(QPixmap(str(photo.thumbnail))), "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(f"{photo.width} × {photo.height}")
            item.setSizeHint(QSize(THUMB_PX + 8, THUMB_PX + 8))
            self.list.addItem(item)
        self.list.setVisible(bool(self.photos))
        self.empty.setVisible(not self.photos)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.code is not None and len(self.photos) < photos.MAX_PHOTOS)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), str(Path.home()),
            self.tr("Pictures ({patterns})").format(patterns=IMAGE_FILTER))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Store the pictures ``paths`` with the item, off the GUI thread."""
        if self.code is None or not paths:
            return
        self.add_button.setEnabled(False)
        self._show_message(self.tr("Adding %n photo(s)…", "", len(paths)))
        run_in_background(_add_all, self._db, self._actor, self.code, list(paths),
                          on_done=while_alive(self, lambda _n: self._changed()),
                          on_error=while_alive(self, self._failed))

    def remove_selected(self) -> None:
        chosen = self.list.selectedItems()
        if chosen:
            run_in_background(photos.remove_photo, self._db, self._actor,
                              chosen[0].data(Qt.ItemDataRole.UserRole),
                              on_done=while_alive(self, lambda _r: self._changed()),
                              on_error=while_alive(self, self._failed))

    def _changed(self) -> None:
        self._show_message("")
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._show_message(user_message(exc), error=True)
        self.reload()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("role", "error" if error else "")
        repolish(self.message)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("Add p&hotos…"))
        self.remove_button.setText(self.tr("Remove photo"))
        self.empty.setText(self.tr("No photos yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
