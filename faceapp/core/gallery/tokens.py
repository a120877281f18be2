"""Bearer tokens for the local REST API, stored hashed.

A token is 32 random bytes (URL-safe text), shown once when it is created; the gallery keeps
only its SHA-256. A slow hash (as for the admin PIN, which has a few digits of entropy) buys
nothing against 256 random bits, and every API request checks a token, so it would only slow
the door down. Revoked tokens stay listed (with when) so the audit trail can name them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from faceapp.core.errors import GalleryError, NotFoundError
from faceapp.core.gallery.database import Database
from faceapp.core.gallery.records import utcnow

PREFIX = "efk_"  # recognisable in a leaked config or log, as GitHub's tokens are


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenStore(Database):
    def create_token(self, name: str) -> tuple[int, str]:
        """A new token named ``name`` (unique among live tokens); returns (id, the token)."""
        name = name.strip()
        if not name:
            raise GalleryError("a token needs a name (who or what uses it)")
        if any(t["name"] == name and not t["revoked"] for t in self.tokens()):
            raise GalleryError(f"a token named {name!r} exists; revoke it first")
        token = PREFIX + secrets.token_urlsafe(32)
        cur = self._write(
            "INSERT INTO api_tokens (name, hash, created) VALUES (?, ?, ?)",
            (name, token_hash(token), utcnow()),
        )
        return int(cur.lastrowid), token

    def tokens(self) -> list[dict]:
        """Every token (never the secret): id, name, created, last used, revoked."""
        return self._read(
            "SELECT id, name, created, last_used, revoked FROM api_tokens ORDER BY id"
        )

    def check_token(self, token: str) -> dict | None:
        """The live token's row for this secret (and its use recorded), or None."""
        rows = self._read(
            "SELECT id, name, hash FROM api_tokens WHERE hash = ? AND revoked IS NULL",
            (token_hash(token),),
        )
        if not rows or not hmac.compare_digest(rows[0]["hash"], token_hash(token)):
            return None
        self._write("UPDATE api_tokens SET last_used = ? WHERE id = ?", (utcnow(), rows[0]["id"]))
        return {"id": rows[0]["id"], "name": rows[0]["name"]}

    def revoke_token(self, key: int | str) -> dict:
        """Revoke a live token by id or name; returns its row."""
        live = [t for t in self.tokens() if not t["revoked"]]
        match = [t for t in live if str(t["id"]) == str(key) or t["name"] == key]
        if not match:
            raise NotFoundError(f"no live token {key!r}")
        self._write("UPDATE api_tokens SET revoked = ? WHERE id = ?", (utcnow(), match[0]["id"]))
        return match[0]
