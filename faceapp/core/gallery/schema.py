"""The gallery's tables, their forward migrations and what SQLite errors mean to a user.

The schema carries its version in ``PRAGMA user_version``; opening a gallery for writing brings
it forward in one transaction. sqlite-utils builds the tables.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import sqlite_utils

from faceapp.core.errors import GalleryError, Reason

SCHEMA_VERSION = 2
TABLES = ("people", "templates", "events", "settings", "negatives", "api_tokens")


def sql_error(e: sqlite3.Error, path: Path) -> GalleryError:
    """A one-line reason for an SQLite failure, in words an installer can act on."""
    msg = str(e)
    if "locked" in msg or "busy" in msg:
        return GalleryError(Reason("gallery is locked by another program (try again)"), path)
    if "readonly" in msg or "read-only" in msg:
        return GalleryError(Reason("gallery is read-only (check the file's permissions)"), path)
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return GalleryError(Reason("not a gallery database or damaged ({why})", why=msg), path)
    if "disk is full" in msg or "full" in msg:
        return GalleryError(Reason("disk full: the change was not saved"), path)
    if "unable to open" in msg:
        return GalleryError(
            Reason("cannot open the gallery file (missing folder or no permission)"), path
        )
    return GalleryError(Reason("database error: {why}", why=msg), path)


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    q = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
    return conn.execute(q, (name,)).fetchone() is not None


def check_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse to turn some other SQLite file into a gallery."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if any(n not in TABLES and not n.startswith("sqlite_") for n in names):
        raise GalleryError(Reason("this SQLite file is some other database, not a gallery"), path)


def create_v1(conn: sqlite3.Connection) -> str:
    """Version 1: people, templates (embedding + aligned crop), events, settings.
    Returns the new gallery's random id (it names the encryption key)."""
    db = sqlite_utils.Database(conn)
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
    conn.execute(
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
    conn.execute("CREATE INDEX IF NOT EXISTS events_ts ON events(ts)")
    conn.execute("CREATE INDEX IF NOT EXISTS templates_person ON templates(person_id)")
    gid = uuid.uuid4().hex
    conn.execute("INSERT INTO settings VALUES ('gallery_id', ?)", (gid,))
    return gid


def create_v2(conn: sqlite3.Connection) -> None:
    """Version 2: the aligned probe crop of an access event (encrypted; what an admin marks as
    "not this person"), negative examples per person, and the REST API's hashed tokens."""
    db = sqlite_utils.Database(conn)
    if "probe" not in {c.name for c in db["events"].columns}:
        conn.execute("ALTER TABLE events ADD COLUMN probe BLOB")
    db["negatives"].create(
        {
            "id": int,
            "person_id": int,
            "model": str,
            "embedding": bytes,
            "crop": bytes,
            "event_id": int,
            "created": str,
        },
        pk="id",
        foreign_keys=[("person_id", "people", "id")],
        not_null={"person_id", "model", "embedding", "crop", "created"},
        if_not_exists=True,
    )
    conn.execute("CREATE INDEX IF NOT EXISTS negatives_person ON negatives(person_id)")
    db["api_tokens"].create(
        {"id": int, "name": str, "hash": str, "created": str, "last_used": str, "revoked": str},
        pk="id",
        not_null={"name", "hash", "created"},
        if_not_exists=True,
    )
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS api_tokens_hash ON api_tokens(hash)")
