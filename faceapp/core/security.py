"""Protection of biometric data and of the admin functions.

- Face templates and crops are encrypted at rest with AES-256-GCM (``cryptography``). The key
  never lives in the gallery file: it sits in a file readable only by the kiosk's user, in the
  platform config folder, named after the gallery's random id - so a stolen gallery file alone
  reveals no face, and moving the gallery does not lose its key.
- The admin PIN is stored as a salted scrypt hash; repeated failures lock the PIN out for a
  while.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from faceapp.core.errors import GalleryError, Reason

NONCE = 12
MAGIC = b"FA1"  # version tag in front of every encrypted blob


def load_or_create_key(key_dir: Path, gallery_id: str, create: bool) -> bytes:
    """The 256-bit key of a gallery, in ``key_dir``; created (mode 0600) when ``create`` and
    absent."""
    path = Path(key_dir) / f"{gallery_id}.key"
    if path.exists():
        data = path.read_bytes()
        if len(data) != 32:
            raise GalleryError(Reason("gallery key file is damaged"), path)
        return data
    if not create:
        raise GalleryError(
            Reason(
                "the gallery is encrypted and its key is missing (expected {path}); "
                "restore the key file to read it",
                path=str(path),
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    key = AESGCM.generate_key(bit_length=256)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    return key


class BlobCipher:
    """AES-GCM for database blobs; the row's purpose is bound in as associated data, so a blob
    cannot be moved to another column unnoticed."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(self, data: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        if not blob.startswith(MAGIC):
            raise GalleryError(Reason("a stored template is not encrypted as expected"))
        nonce, ct = blob[len(MAGIC) : len(MAGIC) + NONCE], blob[len(MAGIC) + NONCE :]
        try:
            return self._aead.decrypt(nonce, ct, aad)
        except InvalidTag:
            raise GalleryError(
                Reason("a stored template failed its integrity check (damaged data or wrong key)")
            ) from None


# -- admin PIN ----------------------------------------------------------------------------
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
MAX_FAILURES = 5
LOCKOUT_S = 300.0


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$<salt hex>$<hash hex>``; scrypt makes each guess cost memory and time."""
    if not pin or not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError(Reason("the PIN must be 4 to 12 digits"))
    salt = salt or secrets.token_bytes(16)
    h = hashlib.scrypt(pin.encode(), salt=salt, **SCRYPT)
    return f"scrypt${salt.hex()}${h.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        algo, salt, want = stored.split("$")
    except ValueError:
        return False
    if algo != "scrypt":
        return False
    got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), **SCRYPT)
    return hmac.compare_digest(got.hex(), want)


class PinGuard:
    """Admin PIN check with lock-out, state kept in the gallery's settings table."""

    def __init__(self, gallery, clock=time.time) -> None:
        self.gallery = gallery
        self.clock = clock

    @property
    def is_set(self) -> bool:
        return self.gallery.get_setting("admin_pin") is not None

    def set_pin(self, pin: str) -> None:
        self.gallery.set_setting("admin_pin", hash_pin(pin))
        self.gallery.set_setting("pin_failures", "0")

    def locked_for(self) -> float:
        until = float(self.gallery.get_setting("pin_locked_until", "0") or 0)
        return max(0.0, until - self.clock())

    def check(self, pin: str) -> bool:
        """True if right; counts failures and locks out after ``MAX_FAILURES``."""
        if self.locked_for() > 0:
            return False
        stored = self.gallery.get_setting("admin_pin")
        if stored is None:
            return False
        if verify_pin(pin, stored):
            self.gallery.set_setting("pin_failures", "0")
            return True
        n = int(self.gallery.get_setting("pin_failures", "0") or 0) + 1
        self.gallery.set_setting("pin_failures", str(n))
        if n >= MAX_FAILURES:
            self.gallery.set_setting("pin_locked_until", str(self.clock() + LOCKOUT_S))
            self.gallery.set_setting("pin_failures", "0")
        return False
