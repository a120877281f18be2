"""The event log: access decisions and admin actions, with optional encrypted snapshots.

Rows are never edited; retention deletes the old ones. Deleting a person clears their
snapshots but keeps the rows, because the log is the evidence of who came in when.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

from faceapp.core.errors import NotFoundError
from faceapp.core.gallery.database import Database
from faceapp.core.gallery.people import decode_crop, encode_crop
from faceapp.core.gallery.records import utcnow


class EventLog(Database):
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
        probe: np.ndarray | None = None,
    ) -> int:
        """One event. ``probe``: the decision's aligned face crop, kept (encrypted) so that an
        admin can mark the event "not this person"."""
        cur = self._write(
            "INSERT INTO events (ts, kind, decision, person_id, person_name, score, liveness,"
            " source, details, snapshot, probe) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                None if probe is None else self._seal(encode_crop(probe), b"probe"),
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
        kind: str | None = None,
    ) -> list[dict]:
        """Newest first, filtered; ``person`` matches part of the name."""
        where, args = [], []
        for clause, value in (
            ("ts >= ?", since),
            ("ts < ?", until),
            ("decision = ?", decision),
            ("kind = ?", kind),
            ("person_name LIKE ?", f"%{person}%" if person else None),
        ):
            if value:
                where.append(clause)
                args.append(value)
        q = (
            "SELECT id, ts, kind, decision, person_id, person_name, score, liveness, source,"
            " details, snapshot IS NOT NULL AS has_snapshot, probe IS NOT NULL AS has_probe"
            " FROM events"
        )
        if where:
            q += " WHERE " + " AND ".join(where)
        q += " ORDER BY id DESC"
        if limit:
            q += f" LIMIT {int(limit)}"
        return self._read(q, tuple(args))

    def last_event_id(self) -> int:
        """The newest event's id (0 for none): a cheap "anything new?" for a watching page."""
        return int(self._read("SELECT COALESCE(MAX(id), 0) AS n FROM events")[0]["n"])

    def snapshot(self, event_id: int) -> bytes | None:
        """The decrypted snapshot image of an event, if one was stored."""
        rows = self._read("SELECT snapshot FROM events WHERE id = ?", (event_id,))
        return self._open(rows[0]["snapshot"], b"snapshot") if rows else None

    def event(self, event_id: int) -> dict:
        rows = self._read(
            "SELECT id, ts, kind, decision, person_id, person_name, score, source, details,"
            " probe IS NOT NULL AS has_probe FROM events WHERE id = ?",
            (event_id,),
        )
        if not rows:
            raise NotFoundError(f"no event with id {event_id}")
        return rows[0]

    def event_probe(self, event_id: int) -> np.ndarray | None:
        """The decrypted aligned face crop of an access event, if one was kept."""
        rows = self._read("SELECT probe FROM events WHERE id = ?", (event_id,))
        blob = self._open(rows[0]["probe"], b"probe") if rows else None
        return None if blob is None else decode_crop(blob)

    def prune_events(self, older_than: str) -> int:
        """Delete events before an ISO timestamp."""
        return self._write("DELETE FROM events WHERE ts < ?", (older_than,)).rowcount

    def apply_retention(self, days: int) -> int:
        """Delete events older than ``days`` (the retention period; 0 keeps everything)."""
        if days <= 0:
            return 0
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        return self.prune_events(cutoff.isoformat(timespec="milliseconds"))
