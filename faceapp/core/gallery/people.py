"""People and their face templates.

Each template keeps the aligned 112x112 crop it came from, so a new model can re-embed the
gallery without anyone enrolling again. Enrolling a person with templates, and swapping
embeddings after a model switch, each run in one transaction: a crash leaves all or nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3

import cv2
import numpy as np

from faceapp.core.errors import GalleryError, NotFoundError, Reason
from faceapp.core.gallery.database import Database
from faceapp.core.gallery.records import NewTemplate, Person, PersonDetails, TemplateSet, utcnow
from faceapp.core.gallery.schema import sql_error

EDITABLE = ("name", "external_id", "valid_from", "valid_until", "notes", "enabled")


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
        raise GalleryError(Reason("a stored face crop is damaged"))
    return img


class PeopleStore(Database):
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

    def _duplicate_id(self, e: sqlite3.IntegrityError, external_id: str | None) -> GalleryError:
        if "external_id" in str(e):
            return GalleryError(f"external id {external_id!r} is already used")
        return sql_error(e, self.path)

    def enroll(
        self,
        details: PersonDetails | None,
        templates: list[NewTemplate],
        model: str,
        person_id: int | None = None,
        replace: bool = False,
    ) -> int:
        """Add a person (``details``) or templates to ``person_id`` (``details`` None or new
        details for them), in one transaction. Returns the person id. ``replace`` deletes the
        person's earlier templates in the same transaction (re-enrollment)."""
        if person_id is None and (details is None or not details.name.strip()):
            raise GalleryError(Reason("a person needs a name"))
        if not templates:
            raise GalleryError(Reason("no usable face to enroll"))
        now = utcnow()
        try:
            with self.transaction() as c:
                if person_id is None:
                    d = details
                    cur = c.execute(
                        "INSERT INTO people (name, external_id, valid_from, valid_until, enabled,"
                        " notes, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            d.name.strip(),
                            d.external_id or None,
                            d.valid_from,
                            d.valid_until,
                            int(d.enabled),
                            d.notes,
                            now,
                        ),
                    )
                    person_id = int(cur.lastrowid)
                else:
                    if (
                        c.execute("SELECT 1 FROM people WHERE id=?", (person_id,)).fetchone()
                        is None
                    ):
                        raise NotFoundError(f"no person with id {person_id}")
                    if details is not None:
                        self.update_person(person_id, details)
                    if replace:
                        c.execute("DELETE FROM templates WHERE person_id = ?", (person_id,))
                for t in templates:
                    c.execute(
                        "INSERT INTO templates (person_id, model, embedding, quality, crop, source,"
                        " created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            person_id,
                            model,
                            self._seal(np.asarray(t.embedding, np.float32).tobytes(), b"embedding"),
                            float(t.quality),
                            self._seal(encode_crop(t.crop), b"crop"),
                            t.source,
                            now,
                        ),
                    )
        except sqlite3.IntegrityError as e:
            raise self._duplicate_id(e, details.external_id if details else None) from None
        except sqlite3.Error as e:
            raise sql_error(e, self.path) from None
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
            raise NotFoundError(Reason("no person {key!r}", key=key))
        if len(rows) > 1:
            raise GalleryError(
                Reason("{n} people are called {key!r}; use the id", n=len(rows), key=key)
            )
        return self._person(rows[0])

    def update_person(self, person_id: int, details: PersonDetails) -> dict[str, object]:
        """Store new details; returns the fields that changed (nothing written if none)."""
        changes = details.changes_from(self.person(person_id))
        if "name" in changes and not str(changes["name"]).strip():
            raise GalleryError(Reason("a person needs a name"))
        if not changes:
            return {}
        values = [int(v) if k == "enabled" else v for k, v in changes.items()]
        sets = ", ".join(f"{k} = ?" for k in changes)
        try:
            with self.transaction() as c:
                c.execute(f"UPDATE people SET {sets} WHERE id = ?", (*values, person_id))
        except sqlite3.IntegrityError as e:
            raise self._duplicate_id(e, details.external_id) from None
        except sqlite3.Error as e:
            raise sql_error(e, self.path) from None
        return changes

    def delete_person(self, person_id: int) -> None:
        """Delete a person with every template, crop, negative and event snapshot of theirs.

        The event rows stay (the log is evidence) but lose their snapshot image; with
        ``secure_delete`` the freed pages are zeroed, and a checkpoint moves that into the file.
        """
        with self.transaction() as c:
            c.execute("DELETE FROM templates WHERE person_id = ?", (person_id,))
            c.execute("DELETE FROM negatives WHERE person_id = ?", (person_id,))
            c.execute(
                "UPDATE events SET snapshot = NULL, probe = NULL WHERE person_id = ?"
                " OR json_extract(details, '$.candidate_id') = ?",
                (person_id, person_id),
            )
            cur = c.execute("DELETE FROM people WHERE id = ?", (person_id,))
            if cur.rowcount == 0:
                raise NotFoundError(f"no person with id {person_id}")
        if not self._depth:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- templates ------------------------------------------------------------------------
    def templates(self, model: str) -> TemplateSet:
        """Templates of one model, for matching. Disabled people are included: the door
        recognises them and says why it stays shut (the decision checks who may enter)."""
        rows = self._read(
            "SELECT t.id, t.person_id, t.embedding FROM templates t JOIN people p"
            " ON p.id = t.person_id WHERE t.model = ? ORDER BY t.id",
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
        self._set_embeddings("templates", model, embeddings)
