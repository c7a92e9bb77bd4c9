"""Item photos: stored resized beside the database, listed in order, shown as thumbnails.

Files live in a `photos` folder next to a SQLite database (so a backup of the folder keeps
them together), or in the data folder for a server database; the table holds only names.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select

from pos_app.clock import now
from pos_app.db.engine import data_dir, sqlite_path
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import ItemPhoto
from pos_app.services import items, journal, users
from pos_app.services.store_db import StoreDB

MAX_SIDE = 1600  # enough to judge scratches on a screen, small enough for a day of intake
THUMB_SIDE = 256
MAX_PHOTOS = 12


@dataclass(frozen=True)
class PhotoView:
    id: int
    path: Path
    thumbnail: Path
    width: int
    height: int
    position: int


def photos_dir(db: StoreDB) -> Path:
    path = sqlite_path(db.engine.url.render_as_string(hide_password=False))
    folder = (path.parent / f"{path.stem}-photos") if path else data_dir() / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _thumb_name(name: str) -> str:
    return name.replace(".jpg", ".thumb.jpg")


def add_photo(db: StoreDB, actor: Actor, code: str, source: Path | str) -> PhotoView:
    """Resize `source` (any image Pillow reads, turned upright by its EXIF) and attach it."""
    users.require(actor, Permission.INTAKE)
    try:
        with Image.open(source) as opened:
            image = ImageOps.exif_transpose(opened).convert("RGB")
    except (OSError, UnidentifiedImageError):
        raise ValidationError("“{name}” is not a picture this program can read.",
                              name=Path(source).name) from None
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    folder = photos_dir(db)
    name = f"{secrets.token_hex(8)}.jpg"
    written: list[Path] = []
    try:
        with db.write() as s:
            item = items.load_for_update(s, code)
            count = s.scalar(select(func.count()).where(ItemPhoto.item_id == item.id))
            if count >= MAX_PHOTOS:
                raise ValidationError("An item can have at most {limit} photos.", limit=MAX_PHOTOS)
            image.save(folder / name, "JPEG", quality=85, optimize=True)
            written.append(folder / name)
            thumb = image.copy()
            thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
            thumb.save(folder / _thumb_name(name), "JPEG", quality=80)
            written.append(folder / _thumb_name(name))
            photo = ItemPhoto(item_id=item.id, file_name=name, width=image.width,
                              height=image.height, position=count, added_at=now())
            s.add(photo)
            s.flush()
            journal.record(s, actor, "item.photo_added", "item", item.code,
                           {"code": item.code, "photo": name, "position": count})
            return _view(folder, photo)
    except BaseException:
        for path in written:  # the row was rolled back: leave no orphan file
            path.unlink(missing_ok=True)
        raise


def _view(folder: Path, photo: ItemPhoto) -> PhotoView:
    return PhotoView(photo.id, folder / photo.file_name, folder / _thumb_name(photo.file_name),
                     photo.width, photo.height, photo.position)


def list_photos(db: StoreDB, code: str) -> list[PhotoView]:
    folder = photos_dir(db)
    with db.read() as s:
        item = items.load(s, code)
        rows = s.scalars(select(ItemPhoto).where(ItemPhoto.item_id == item.id)
                         .order_by(ItemPhoto.position, ItemPhoto.id)).all()
        return [_view(folder, r) for r in rows]


def remove_photo(db: StoreDB, actor: Actor, photo_id: int) -> None:
    users.require(actor, Permission.INTAKE)
    folder = photos_dir(db)
    with db.write() as s:
        photo = s.get(ItemPhoto, photo_id)
        if photo is None:
            raise NotFound(what="Photo", key=str(photo_id))
        code = items.code_of(s, photo.item_id)
        s.delete(photo)
        journal.record(s, actor, "item.photo_removed", "item", code,
                       {"code": code, "photo": photo.file_name})
        name = photo.file_name
    for path in (folder / name, folder / _thumb_name(name)):  # after the commit
        path.unlink(missing_ok=True)
