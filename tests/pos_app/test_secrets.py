"""The key that protects ID numbers: outside the database, made once, refused when wrong."""
from __future__ import annotations

import base64
import os
import stat
import sys

import pytest

from pos_app.errors import SecretKeyDamaged, SecretKeyMissing, SecretKeyProblem, SecretKeyWrong
from pos_app.services import secrets


def test_the_key_is_made_on_first_use_in_the_config_folder_readable_by_its_owner_only(
        private_dirs):
    path = private_dirs["POS_CONFIG_DIR"] / "secret.key"
    assert secrets.key_path() == path and not path.exists()
    token = secrets.encrypt("11010519491231002X")
    assert path.is_file()
    assert len(base64.b64decode(path.read_bytes().strip(), validate=True)) == 32
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["secret.key"]  # no temp file left
    key = path.read_bytes()
    assert secrets.decrypt(token) == "11010519491231002X"
    secrets.encrypt("again")
    assert path.read_bytes() == key  # made once, then reused


def test_pos_secret_key_file_names_the_key_a_multi_counter_store_shares(tmp_path, monkeypatch,
                                                                       private_dirs):
    shared = tmp_path / "share" / "store.key"
    monkeypatch.setenv("POS_SECRET_KEY_FILE", str(shared))
    token = secrets.encrypt("E12345678")
    assert shared.is_file() and not (private_dirs["POS_CONFIG_DIR"] / "secret.key").exists()
    counter_2 = tmp_path / "counter2.key"
    counter_2.write_bytes(shared.read_bytes())  # the key file copied to another counter
    monkeypatch.setenv("POS_SECRET_KEY_FILE", str(counter_2))
    assert secrets.decrypt(token) == "E12345678"
    assert secrets.keyed_hash("E12345678") == secrets.keyed_hash("E12345678")


def test_encryption_round_trips_and_hides_the_text():
    text = "王小明 11010519491231002X"
    first, second = secrets.encrypt(text), secrets.encrypt(text)
    assert first != second  # a fresh nonce each time
    assert first.startswith("v1:") and first.isascii()
    assert "1101051949" not in first and "1101051949" not in base64.urlsafe_b64decode(
        first[3:]).decode("latin-1")
    assert secrets.decrypt(first) == secrets.decrypt(second) == text


def test_the_keyed_hash_is_stable_per_key_and_not_a_plain_hash():
    import hashlib
    digest = secrets.keyed_hash("resident_id:11010519491231002X")
    assert digest == secrets.keyed_hash("resident_id:11010519491231002X")
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest != hashlib.sha256(b"resident_id:11010519491231002X").hexdigest()
    assert digest != secrets.keyed_hash("resident_id:11010519491231003X")


def test_another_key_file_cannot_decrypt_and_says_so(tmp_path, monkeypatch):
    token = secrets.encrypt("E12345678")
    digest = secrets.keyed_hash("E12345678")
    other = tmp_path / "other.key"
    other.write_bytes(base64.b64encode(os.urandom(32)))
    monkeypatch.setenv("POS_SECRET_KEY_FILE", str(other))
    with pytest.raises(SecretKeyWrong) as caught:
        secrets.decrypt(token)
    assert "not the one this ID number was saved with" in caught.value.message
    assert str(other) in caught.value.message
    assert secrets.keyed_hash("E12345678") != digest


def test_decrypting_without_the_key_says_it_is_missing_and_makes_no_new_key(private_dirs):
    token = secrets.encrypt("E12345678")
    path = private_dirs["POS_CONFIG_DIR"] / "secret.key"
    path.unlink()
    with pytest.raises(SecretKeyMissing) as caught:
        secrets.decrypt(token)
    assert caught.value.message.startswith("The key that protects ID numbers is missing")
    assert not path.exists()
    with pytest.raises(SecretKeyMissing):
        secrets.keyed_hash("E12345678", create_key=False)
    with pytest.raises(SecretKeyMissing):
        secrets.encrypt("E12345678", create_key=False)
    assert not path.exists()


@pytest.mark.parametrize("content", [b"", b"not base64 at all!", base64.b64encode(b"short")])
def test_a_damaged_key_file_is_reported_not_replaced(private_dirs, content):
    path = private_dirs["POS_CONFIG_DIR"] / "secret.key"
    path.write_bytes(content)
    for call in (lambda: secrets.encrypt("x"), lambda: secrets.decrypt("v1:AAAA"),
                 lambda: secrets.keyed_hash("x")):
        with pytest.raises(SecretKeyDamaged):
            call()
    assert path.read_bytes() == content


@pytest.mark.parametrize("token", ["", "plain text", "v1:", "v1:!!!!", "v1:" + "A" * 40])
def test_a_damaged_token_is_an_error_never_a_garbled_value(token):
    secrets.encrypt("make the key")
    with pytest.raises(SecretKeyProblem):
        secrets.decrypt(token)


def test_a_tampered_token_is_refused():
    token = secrets.encrypt("E12345678")
    raw = bytearray(base64.urlsafe_b64decode(token[3:]))
    raw[-1] ^= 1
    with pytest.raises(SecretKeyWrong):
        secrets.decrypt("v1:" + base64.urlsafe_b64encode(bytes(raw)).decode())
