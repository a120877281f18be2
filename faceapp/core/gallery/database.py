"""The gallery file's connection: pragmas, transactions, encryption of blobs, settings.

- WAL journal, foreign keys, ``secure_delete``: readers (the kiosk) never block the admin's
  writes, deleting a person deletes their templates and crops by cascade, and deleted content is
  overwritten on disk rather than left in free pages.
- Transactions nest: an admin action opens one, and the change and its audit event inside it
  commit together or not at all.
- sqlite-utils builds the schema; the writes are explicit SQL on the same connection because
  sqlite-utils commits after each insert, which would split a transaction.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from faceapp.core.errors import GalleryError, Reason
from faceapp.core.gallery import schema
from faceapp.core.security import BlobCipher, load_or_create_key

log = logging.getLogger(__name__)


class Database:
    """An open gallery file. Open one per thread; SQLite handles the concurrency between them.

    ``key_dir`` is the folder of the gallery keys (outside the gallery file, so that a stolen
    file alone reveals no face). A *new* gallery is encrypted when ``encrypt`` (AES-256-GCM,
    which needs ``key_dir``); an existing one keeps the mode it was created with.
    """

    def __init__(
        self,
        path: str | Path,
        key_dir: str | Path | None = None,
        readonly: bool = False,
        timeout: float = 5.0,
        encrypt: bool = True,
    ) -> None:
        self.path = Path(path)
        self.key_dir = None if key_dir is None else Path(key_dir)
        self.readonly = readonly
        self.cipher: BlobCipher | None = None
        self._depth = 0
        self._lock = threading.RLock()  # one writer thread at a time on this connection
        if readonly and not self.path.exists():
            raise GalleryError(Reason("gallery not found"), self.path)
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise GalleryError(
                    Reason("cannot create its folder ({why})", why=e.strerror), self.path
                ) from None
        uri = f"file:{self.path}?mode=ro" if readonly else f"file:{self.path}"
        try:
            self.conn = sqlite3.connect(
                uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA secure_delete = ON")
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if not readonly:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    log.warning("%s: journal mode is %s, not WAL", self.path, mode)
                self.conn.execute("PRAGMA synchronous = NORMAL")
                if version < schema.SCHEMA_VERSION:
                    self._migrate(version, encrypt)
            elif version == 0 and not schema.has_table(self.conn, "people"):
                raise GalleryError(Reason("not a gallery (no people table)"), self.path)
        except sqlite3.Error as e:
            raise schema.sql_error(e, self.path) from None
        if self.get_setting("encryption") == "aes-256-gcm":
            self.cipher = BlobCipher(self._key(create=False))

    def _key(self, create: bool) -> bytes:
        if self.key_dir is None:
            raise GalleryError("the gallery is encrypted but no key folder was given", self.path)
        return load_or_create_key(self.key_dir, self.get_setting("gallery_id"), create)

    def _migrate(self, version: int, encrypt: bool) -> None:
        if version == 0:
            schema.check_foreign(self.conn, self.path)
        with self.transaction() as c:
            if version < 1:
                schema.create_v1(c)
                if encrypt:
                    self._key(create=True)
                    c.execute("INSERT INTO settings VALUES ('encryption', 'aes-256-gcm')")
            if version < 2:
                schema.create_v2(c)
            c.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")

    # -- transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception. Nested calls (same
        thread) join the outer transaction, so an action and its audit event are one unit;
        another thread's writes wait for it (the kiosk's access log shares the connection)."""
        if self.readonly:
            raise GalleryError(Reason("gallery opened read-only"), self.path)
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise schema.sql_error(e, self.path) from None
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as e:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                    raise schema.sql_error(e, self.path) from None
            finally:
                self._depth = 0

    def _write(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        try:
            with self.transaction() as c:
                return c.execute(sql, args)
        except sqlite3.Error as e:
            raise schema.sql_error(e, self.path) from None

    def _read(self, sql: str, args: tuple | dict = ()) -> list[dict]:
        try:
            cur = self.conn.execute(sql, args)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        except sqlite3.Error as e:
            raise schema.sql_error(e, self.path) from None

    # -- encryption of blobs --------------------------------------------------------------
    def _seal(self, data: bytes | None, aad: bytes) -> bytes | None:
        if data is None or self.cipher is None:
            return data
        return self.cipher.encrypt(data, aad)

    def _open(self, blob: bytes | None, aad: bytes) -> bytes | None:
        if blob is None or self.cipher is None:
            return blob
        return self.cipher.decrypt(blob, aad)

    def _set_embeddings(self, table: str, model: str, embeddings: dict) -> None:
        """New (encrypted) embeddings of ``model`` for rows of ``templates`` or ``negatives``
        by id, in one transaction."""
        assert table in ("templates", "negatives")
        with self.transaction() as c:
            for row, emb in embeddings.items():
                blob = self._seal(np.asarray(emb, np.float32).tobytes(), b"embedding")
                c.execute(f"UPDATE {table} SET model = ?, embedding = ? WHERE id = ?",
                          (model, blob, row))  # fmt: skip

    # -- file -----------------------------------------------------------------------------
    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    # -- settings -------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
