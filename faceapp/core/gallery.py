"""The gallery: people, their face templates and the access-event log, in one SQLite file.

Why it looks the way it does:
- WAL journal, foreign keys, ``secure_delete``: readers (the kiosk) never block the admin's
  writes, deleting a person deletes their templates and crops by cascade, and deleted content is
  overwritten on disk rather than left in free pages.
- Every multi-row change (enrolling a person with templates, swapping embeddings after a model
  switch) runs in one ``BEGIN IMMEDIATE`` transaction, so a crash leaves either all or nothing.
- Each template keeps the aligned 112x112 crop it came from, so a new model can re-embed the
  gallery without anyone enrolling again.
- The schema carries its version in ``PRAGMA user_version`` and migrates forward on open.

sqlite-utils builds the schema and serves the reads; the writes are explicit SQL on the same
connection because sqlite-utils commits after each insert, which would split a transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import sqlite_utils

from faceapp.core.errors import GalleryError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@dataclass
class Person:
    id: int
    name: str
    external_id: str | None
    valid_from: str | None
    valid_until: str | None
    enabled: bool
    notes: str
    created: str
    templates: int = 0

    def valid_at(self, when: dt.datetime | None = None) -> bool:
        """Enabled and inside the validity window (dates or datetimes, ISO strings)."""
        if not self.enabled:
            return False
        now = (when or dt.datetime.now(dt.UTC)).isoformat()
        if self.valid_from and now < self.valid_from:
            return False
        return not (self.valid_until and now[: len(self.valid_until)] > self.valid_until)


@dataclass
class TemplateSet:
    """All templates of one model, as arrays ready for matching."""

    template_ids: np.ndarray  # (N,) int64
    person_ids: np.ndarray  # (N,) int64
    embeddings: np.ndarray  # (N, D) float32, L2-normalised

    @classmethod
    def empty(cls) -> TemplateSet:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, 0), np.float32))


def _err(e: sqlite3.Error, path: Path) -> GalleryError:
    msg = str(e)
    if "locked" in msg or "busy" in msg:
        return GalleryError("gallery is locked by another program (try again)", path)
    if "readonly" in msg or "read-only" in msg:
        return GalleryError("gallery is read-only (check the file's permissions)", path)
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return GalleryError(f"not a gallery database or damaged ({msg})", path)
    if "disk is full" in msg or "full" in msg:
        return GalleryError("disk full: the change was not saved", path)
    if "unable to open" in msg:
        return GalleryError("cannot open the gallery file (missing folder or no permission)", path)
    return GalleryError(f"database error: {msg}", path)


def encode_crop(crop: np.ndarray) -> bytes:
    if not isinstance(crop, np.ndarray) or crop.dtype != np.uint8 or crop.ndim != 3:
        raise GalleryError("invalid face crop (expected an 8-bit colour image)")
    ok, buf = cv2.imencode(".png", crop)
    if not ok:
        raise GalleryError("cannot encode face crop")
    return buf.tobytes()


def decode_crop(data: bytes) -> np.ndarray:
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        raise GalleryError("a stored face crop is damaged")
    return img


class Gallery:
    """A gallery file. Open one per thread; SQLite handles the concurrency between them."""

    def __init__(
        self,
        path: str | Path,
        readonly: bool = False,
        timeout: float = 5.0,
        encrypt: bool = True,
    ) -> None:
        """``encrypt``: a *new* gallery encrypts templates, crops and snapshots (AES-GCM, key
        outside the file); an existing gallery keeps the mode it was created with."""
        self.path = Path(path)
        self.readonly = readonly
        self._encrypt_new = encrypt
        self.cipher = None
        if readonly and not self.path.exists():
            raise GalleryError("gallery not found", self.path)
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise GalleryError(f"cannot create its folder ({e.strerror})", self.path) from None
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
                if version < SCHEMA_VERSION:
                    self._migrate(version)
            elif version == 0 and not self._has_table("people"):
                raise GalleryError("not a gallery (no people table)", self.path)
        except sqlite3.Error as e:
            raise _err(e, self.path) from None
        self.db = sqlite_utils.Database(self.conn)
        self._open_cipher()

    def _open_cipher(self) -> None:
        from faceapp.core.security import BlobCipher, load_or_create_key

        if self.get_setting("encryption") == "aes-256-gcm":
            gid = self.get_setting("gallery_id")
            self.cipher = BlobCipher(load_or_create_key(gid, create=False))

    def _seal(self, data: bytes | None, aad: bytes) -> bytes | None:
        if data is None or self.cipher is None:
            return data
        return self.cipher.encrypt(data, aad)

    def _open(self, blob: bytes | None, aad: bytes) -> bytes | None:
        if blob is None or self.cipher is None:
            return blob
        return self.cipher.decrypt(blob, aad)

    # -- schema ---------------------------------------------------------------------------
    def _has_table(self, name: str) -> bool:
        q = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
        return self.conn.execute(q, (name,)).fetchone() is not None

    def _migrate(self, version: int) -> None:
        if (
            version == 0
            and self._has_table("sqlite_sequence") is False
            and any(
                r[0] not in ("people", "templates", "events", "settings")
                for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
        ):
            raise GalleryError("this SQLite file is some other database, not a gallery", self.path)
        with self.transaction():
            if version < 1:
                db = sqlite_utils.Database(self.conn)
                db["people"].create(
                    {
                        "id": int,
                        "name": str,
                        "external_id": str,
                        "valid_from": str,
                        "valid_until": str,
                        "enabled": int,
                        "notes": str,
                        "created": str,
                    },
                    pk="id",
                    not_null={"name", "enabled", "created"},
                    defaults={"enabled": 1, "notes": ""},
                    if_not_exists=True,
                )
                self.conn.execute(
                    "CREATE UNIQUE INDEX IF NOT EXISTS people_external_id ON people(external_id)"
                    " WHERE external_id IS NOT NULL"
                )
                db["templates"].create(
                    {
                        "id": int,
                        "person_id": int,
                        "model": str,
                        "embedding": bytes,
                        "quality": float,
                        "crop": bytes,
                        "source": str,
                        "created": str,
                    },
                    pk="id",
                    foreign_keys=[("person_id", "people", "id")],
                    not_null={"person_id", "model", "embedding", "created"},
                    if_not_exists=True,
                )
                db["events"].create(
                    {
                        "id": int,
                        "ts": str,
                        "kind": str,
                        "decision": str,
                        "person_id": int,
                        "person_name": str,
                        "score": float,
                        "liveness": str,
                        "source": str,
                        "details": str,
                        "snapshot": bytes,
                    },
                    pk="id",
                    not_null={"ts", "kind"},
                    if_not_exists=True,
                )
                db["settings"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
                self.conn.execute("CREATE INDEX IF NOT EXISTS events_ts ON events(ts)")
                gid = uuid.uuid4().hex
                self.conn.execute("INSERT INTO settings VALUES ('gallery_id', ?)", (gid,))
                if self._encrypt_new:
                    from faceapp.core.security import load_or_create_key

                    load_or_create_key(gid, create=True)
                    self.conn.execute("INSERT INTO settings VALUES ('encryption', 'aes-256-gcm')")
                self.conn.execute(
                    "CREATE INDEX IF NOT EXISTS templates_person ON templates(person_id)"
                )
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any exception."""
        if self.readonly:
            raise GalleryError("gallery opened read-only", self.path)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise _err(e, self.path) from None
        try:
            yield self.conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as e:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise _err(e, self.path) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Gallery:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    def _write(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        try:
            with self.transaction() as c:
                return c.execute(sql, args)
        except sqlite3.Error as e:
            raise _err(e, self.path) from None

    def _read(self, sql: str, args: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            cur = self.conn.execute(sql, args)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        except sqlite3.Error as e:
            raise _err(e, self.path) from None

    # -- people ---------------------------------------------------------------------------
    _PERSON_SQL = (
        "SELECT p.*, (SELECT COUNT(*) FROM templates t WHERE t.person_id = p.id) AS templates"
        " FROM people p"
    )

    @staticmethod
    def _person(row: dict) -> Person:
        return Person(
            id=row["id"],
            name=row["name"],
            external_id=row["external_id"],
            valid_from=row["valid_from"],
            valid_until=row["valid_until"],
            enabled=bool(row["enabled"]),
            notes=row["notes"] or "",
            created=row["created"],
            templates=row.get("templates", 0),
        )

    def enroll(
        self,
        name: str,
        templates: list[tuple[np.ndarray, np.ndarray, float, str]],
        model: str,
        external_id: str | None = None,
        valid_from: str | None = None,
        valid_until: str | None = None,
        notes: str = "",
        person_id: int | None = None,
        replace: bool = False,
    ) -> int:
        """Add a person (or templates to ``person_id``) with ``(embedding, crop, quality,
        source)`` templates, all in one transaction. Returns the person id. ``replace`` deletes
        the person's earlier templates in the same transaction (re-enrollment)."""
        if person_id is None and not name.strip():
            raise GalleryError("a person needs a name")
        if not templates:
            raise GalleryError("no usable face to enroll")
        now = utcnow()
        try:
            with self.transaction() as c:
                if person_id is None:
                    cur = c.execute(
                        "INSERT INTO people (name, external_id, valid_from, valid_until, enabled,"
                        " notes, created) VALUES (?, ?, ?, ?, 1, ?, ?)",
                        (name.strip(), external_id or None, valid_from, valid_until, notes, now),
                    )
                    person_id = int(cur.lastrowid)
                elif c.execute("SELECT 1 FROM people WHERE id=?", (person_id,)).fetchone() is None:
                    raise GalleryError(f"no person with id {person_id}")
                elif replace:
                    c.execute("DELETE FROM templates WHERE person_id = ?", (person_id,))
                for emb, crop, quality, source in templates:
                    c.execute(
                        "INSERT INTO templates (person_id, model, embedding, quality, crop, source,"
                        " created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            person_id,
                            model,
                            self._seal(np.asarray(emb, np.float32).tobytes(), b"embedding"),
                            float(quality),
                            self._seal(encode_crop(crop), b"crop"),
                            source,
                            now,
                        ),
                    )
        except sqlite3.IntegrityError as e:
            if "external_id" in str(e):
                raise GalleryError(f"external id {external_id!r} is already used") from None
            raise _err(e, self.path) from None
        except sqlite3.Error as e:
            raise _err(e, self.path) from None
        return person_id

    def people(self, search: str = "") -> list[Person]:
        q = self._PERSON_SQL
        args: tuple = ()
        if search:
            q += " WHERE p.name LIKE ? OR p.external_id LIKE ?"
            args = (f"%{search}%", f"%{search}%")
        return [self._person(r) for r in self._read(q + " ORDER BY p.name COLLATE NOCASE", args)]

    def person(self, key: int | str) -> Person:
        """A person by id, external id or exact name (unique), else :class:`GalleryError`."""
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            rows = self._read(self._PERSON_SQL + " WHERE p.id = ?", (int(key),))
        else:
            rows = self._read(self._PERSON_SQL + " WHERE p.external_id = ?", (key,))
            if not rows:
                rows = self._read(self._PERSON_SQL + " WHERE p.name = ?", (key,))
        if not rows:
            raise GalleryError(f"no person {key!r}")
        if len(rows) > 1:
            raise GalleryError(f"{len(rows)} people are called {key!r}; use the id")
        return self._person(rows[0])

    def update_person(self, person_id: int, **fields: Any) -> None:
        allowed = {"name", "external_id", "valid_from", "valid_until", "enabled", "notes"}
        bad = set(fields) - allowed
        if bad:
            raise GalleryError(f"cannot change {', '.join(sorted(bad))}")
        if not fields:
            return
        sets = ", ".join(f"{k} = ?" for k in fields)
        cur = self._write(f"UPDATE people SET {sets} WHERE id = ?", (*fields.values(), person_id))
        if cur.rowcount == 0:
            raise GalleryError(f"no person with id {person_id}")

    def delete_person(self, person_id: int) -> None:
        """Delete a person with every template, crop and event snapshot of theirs.

        The event rows stay (the log is evidence) but lose their snapshot image; with
        ``secure_delete`` the freed pages are zeroed, and a checkpoint moves that into the file.
        """
        with self.transaction() as c:
            c.execute("DELETE FROM templates WHERE person_id = ?", (person_id,))
            c.execute("UPDATE events SET snapshot = NULL WHERE person_id = ?", (person_id,))
            cur = c.execute("DELETE FROM people WHERE id = ?", (person_id,))
            if cur.rowcount == 0:
                raise GalleryError(f"no person with id {person_id}")
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- templates ------------------------------------------------------------------------
    def templates(self, model: str) -> TemplateSet:
        """Templates of one model, of enabled people, for matching."""
        rows = self._read(
            "SELECT t.id, t.person_id, t.embedding FROM templates t JOIN people p"
            " ON p.id = t.person_id WHERE t.model = ? AND p.enabled = 1 ORDER BY t.id",
            (model,),
        )
        if not rows:
            return TemplateSet.empty()
        emb = np.stack(
            [np.frombuffer(self._open(r["embedding"], b"embedding"), np.float32) for r in rows]
        )
        return TemplateSet(
            np.array([r["id"] for r in rows], np.int64),
            np.array([r["person_id"] for r in rows], np.int64),
            emb,
        )

    def template_crops(self, person_id: int | None = None) -> list[tuple[int, int, np.ndarray]]:
        """(template id, person id, aligned crop) of every template (re-embedding, previews)."""
        q = "SELECT id, person_id, crop FROM templates WHERE crop IS NOT NULL"
        args: tuple = ()
        if person_id is not None:
            q += " AND person_id = ?"
            args = (person_id,)
        return [
            (r["id"], r["person_id"], decode_crop(self._open(r["crop"], b"crop")))
            for r in self._read(q, args)
        ]

    def models_in_use(self) -> dict[str, int]:
        return {
            r["model"]: r["n"]
            for r in self._read("SELECT model, COUNT(*) AS n FROM templates GROUP BY model")
        }

    def replace_embeddings(self, model: str, embeddings: dict[int, np.ndarray]) -> None:
        """Set every template's embedding to ``model``'s, in one transaction (model switch)."""
        with self.transaction() as c:
            for tid, emb in embeddings.items():
                c.execute(
                    "UPDATE templates SET model = ?, embedding = ? WHERE id = ?",
                    (model, self._seal(np.asarray(emb, np.float32).tobytes(), b"embedding"), tid),
                )

    # -- events ---------------------------------------------------------------------------
    def log_event(
        self,
        kind: str,
        decision: str | None = None,
        person_id: int | None = None,
        person_name: str | None = None,
        score: float | None = None,
        liveness: str | None = None,
        source: str | None = None,
        details: dict | None = None,
        snapshot: bytes | None = None,
    ) -> int:
        cur = self._write(
            "INSERT INTO events (ts, kind, decision, person_id, person_name, score, liveness,"
            " source, details, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                utcnow(),
                kind,
                decision,
                person_id,
                person_name,
                None if score is None else float(score),
                liveness,
                source,
                json.dumps(details or {}),
                self._seal(snapshot, b"snapshot"),
            ),
        )
        return int(cur.lastrowid)

    def events(
        self,
        since: str | None = None,
        until: str | None = None,
        decision: str | None = None,
        person: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        where, args = [], []
        if since:
            where.append("ts >= ?")
            args.append(since)
        if until:
            where.append("ts < ?")
            args.append(until)
        if decision:
            where.append("decision = ?")
            args.append(decision)
        if person:
            where.append("person_name LIKE ?")
            args.append(f"%{person}%")
        q = (
            "SELECT id, ts, kind, decision, person_id, person_name, score, liveness, source,"
            " details, snapshot IS NOT NULL AS has_snapshot FROM events"
        )
        if where:
            q += " WHERE " + " AND ".join(where)
        q += " ORDER BY id DESC"
        if limit:
            q += f" LIMIT {int(limit)}"
        return self._read(q, tuple(args))

    def snapshot(self, event_id: int) -> bytes | None:
        """The decrypted snapshot image of an event, if one was stored."""
        rows = self._read("SELECT snapshot FROM events WHERE id = ?", (event_id,))
        return self._open(rows[0]["snapshot"], b"snapshot") if rows else None

    def prune_events(self, older_than: str) -> int:
        """Delete events before an ISO timestamp."""
        return self._write("DELETE FROM events WHERE ts < ?", (older_than,)).rowcount

    def apply_retention(self, days: int) -> int:
        """Delete events older than ``days`` (the retention period; 0 keeps everything)."""
        if days <= 0:
            return 0
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        return self.prune_events(cutoff.isoformat(timespec="milliseconds"))

    # -- settings -------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
