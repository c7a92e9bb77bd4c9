"""Photos are stored resized and upright beside the database; a bad file changes nothing."""
from __future__ import annotations

import pytest
from PIL import Image
from sqlalchemy import func, select

from pos_app.errors import PermissionDenied, ValidationError
from pos_app.models import AuditEntry, ItemPhoto
from pos_app.services import items, photos


@pytest.fixture
def item_code(store):
    return items.receive_item(store.db, store.clerk, category="3c.phone",
                              acquisition="buy_back", brand="Apple", model="iPhone 13").code


def _jpeg(path, size, orientation=None):
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif)
    return path


def test_a_photo_is_resized_turned_upright_and_listed_with_its_thumbnail(store, item_code, tmp_path):
    source = _jpeg(tmp_path / "big.jpg", (4000, 3000), orientation=6)  # camera held sideways
    view = photos.add_photo(store.db, store.clerk, item_code, source)
    assert (view.width, view.height) == (1200, 1600)
    with Image.open(view.path) as saved, Image.open(view.thumbnail) as thumb:
        assert saved.size == (1200, 1600) and max(thumb.size) == photos.THUMB_SIDE
    assert view.path.parent.name.endswith("-photos") or view.path.parent.name == "photos"
    assert [p.id for p in photos.list_photos(store.db, item_code)] == [view.id]
    assert store.actions()[-1] == "item.photo_added"


def test_a_file_that_is_not_a_picture_is_refused_and_nothing_is_kept(store, item_code, tmp_path):
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    folder_before = set(photos.photos_dir(store.db).iterdir())
    with pytest.raises(ValidationError, match="notes.jpg"):
        photos.add_photo(store.db, store.clerk, item_code, bad)
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ItemPhoto)) == 0
    assert set(photos.photos_dir(store.db).iterdir()) == folder_before


def test_removing_a_photo_deletes_its_files_and_is_audited(store, item_code, tmp_path):
    view = photos.add_photo(store.db, store.clerk, item_code, _jpeg(tmp_path / "a.jpg", (800, 600)))
    photos.remove_photo(store.db, store.clerk, view.id)
    assert not view.path.exists() and not view.thumbnail.exists()
    assert photos.list_photos(store.db, item_code) == []
    with store.db.read() as s:
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(1)) == \
            "item.photo_removed"


def test_a_kiosk_cannot_add_photos(store, item_code, tmp_path):
    with pytest.raises(PermissionDenied):
        photos.add_photo(store.db, store.kiosk, item_code, _jpeg(tmp_path / "a.jpg", (10, 10)))
