"""The key that protects ID numbers, kept outside the database, and what is done with it.

The key is 32 random bytes, base64, in the file `secret.key` in the user's config folder
(POS_CONFIG_DIR, else the platform's config folder for "circular-pos"), or in the file named
by POS_SECRET_KEY_FILE. It is made on first use, readable by its owner only. A copy of the
database without the key shows no ID number; the key without the database holds none.

A store with several counters on one PostgreSQL database must give every counter the SAME
key: copy the first counter's key file to the others (or point POS_SECRET_KEY_FILE at it),
and back it up apart from the database. Losing it makes the stored ID numbers unreadable.

From the one key two are derived (HKDF-SHA256, different `info`): an AES-256-GCM key that
encrypts numbers, and an HMAC-SHA256 key that hashes them for look-ups without decrypting.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from pathlib import Path

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pos_app.errors import SecretKeyDamaged, SecretKeyMissing, SecretKeyWrong

APP_NAME = "circular-pos"
KEY_FILE_ENV = "POS_SECRET_KEY_FILE"
CONFIG_DIR_ENV = "POS_CONFIG_DIR"
KEY_FILE_NAME = "secret.key"
KEY_BYTES = 32
NONCE_BYTES = 12
TOKEN_PREFIX = "v1:"
_ENCRYPTION_INFO = b"circular-pos id-number encryption v1"
_HASH_INFO = b"circular-pos id-number lookup hash v1"


def key_path() -> Path:
    """Where the key is (or will be made)."""
    named = os.environ.get(KEY_FILE_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    folder = os.environ.get(CONFIG_DIR_ENV, "").strip() or platformdirs.user_config_dir(
        APP_NAME, appauthor=False)
    return Path(folder) / KEY_FILE_NAME


def key_exists() -> bool:
    return key_path().is_file()


def _create(path: Path) -> None:
    """Write a new key so that two processes racing here end up sharing one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = base64.b64encode(os.urandom(KEY_BYTES)) + b"\n"
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(temp, path)  # fails if another process made the key first: keep theirs
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: create-exclusive instead
            _create_exclusive(path, text)
    finally:
        temp.unlink(missing_ok=True)


def _create_exclusive(path: Path, text: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as f:
        f.write(text)


def _master_key(create: bool) -> bytes:
    path = key_path()
    if not path.is_file():
        if not create:
            raise SecretKeyMissing(path=str(path))
        _create(path)
    try:
        key = base64.b64decode(path.read_bytes().strip(), validate=True)
    except (OSError, binascii.Error):
        raise SecretKeyDamaged(path=str(path)) from None
    if len(key) != KEY_BYTES:
        raise SecretKeyDamaged(path=str(path))
    return key


def _derive(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


def encrypt(text: str, *, create_key: bool = True) -> str:
    """`text` encrypted and authenticated, as ASCII: "v1:" and base64 of nonce and ciphertext."""
    key = _derive(_master_key(create_key), _ENCRYPTION_INFO)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, text.encode("utf-8"), None)
    return TOKEN_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def decrypt(token: str) -> str:
    """The text `encrypt` sealed; SecretKeyMissing/Damaged/Wrong rather than a wrong answer."""
    key = _derive(_master_key(False), _ENCRYPTION_INFO)
    path = str(key_path())
    if not (token or "").startswith(TOKEN_PREFIX):
        raise SecretKeyWrong(path=path)
    try:
        raw = base64.urlsafe_b64decode(token[len(TOKEN_PREFIX):].encode("ascii"))
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], None)
        return plain.decode("utf-8")
    except (InvalidTag, ValueError, binascii.Error):
        raise SecretKeyWrong(path=path) from None


def keyed_hash(text: str, *, create_key: bool = True) -> str:
    """HMAC-SHA256 of `text` in hex: equal texts match without anyone decrypting them."""
    key = _derive(_master_key(create_key), _HASH_INFO)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
