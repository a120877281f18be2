"""Negative examples: faces an admin marked as "not this person".

When the door let a look-alike in as Ada, the admin marks that event "this was not Ada"; the
event's aligned probe crop becomes one of Ada's negatives (encrypted like her templates, with
its embedding for each model it was embedded by). Matching then asks a probe to be closer to
Ada's templates than to her negatives (:mod:`faceapp.core.recognizer`), so the same look-alike
is refused while Ada still gets in. Negatives go with the person when she is deleted.
"""

from __future__ import annotations

import numpy as np

from faceapp.core.errors import NotFoundError
from faceapp.core.gallery.database import Database
from faceapp.core.gallery.people import decode_crop, encode_crop
from faceapp.core.gallery.records import utcnow


class NegativeStore(Database):
    def add_negative(
        self,
        person_id: int,
        embedding: np.ndarray,
        crop: np.ndarray,
        model: str,
        event_id: int | None = None,
    ) -> int:
        emb = np.asarray(embedding, np.float32).tobytes()
        cur = self._write(
            "INSERT INTO negatives (person_id, model, embedding, crop, event_id, created)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                person_id,
                model,
                self._seal(emb, b"embedding"),
                self._seal(encode_crop(crop), b"crop"),
                event_id,
                utcnow(),
            ),
        )
        return int(cur.lastrowid)

    def negatives(self, model: str) -> dict[int, np.ndarray]:
        """Each person's negative embeddings of ``model`` (rows L2-normalised)."""
        rows = self._read(
            "SELECT person_id, embedding FROM negatives WHERE model = ? ORDER BY id", (model,)
        )
        out: dict[int, list[np.ndarray]] = {}
        for r in rows:
            e = np.frombuffer(self._open(r["embedding"], b"embedding"), np.float32)
            out.setdefault(r["person_id"], []).append(e / max(float(np.linalg.norm(e)), 1e-12))
        return {pid: np.stack(v) for pid, v in out.items()}

    def negative_list(self, person_id: int) -> list[dict]:
        """A person's negatives, newest first: id, the event it came from, when, which model."""
        return self._read(
            "SELECT id, event_id, created, model FROM negatives WHERE person_id = ?"
            " ORDER BY id DESC",
            (person_id,),
        )

    def negative_crop(self, negative_id: int) -> np.ndarray:
        rows = self._read("SELECT crop FROM negatives WHERE id = ?", (negative_id,))
        if not rows:
            raise NotFoundError(f"no negative example with id {negative_id}")
        return decode_crop(self._open(rows[0]["crop"], b"crop"))

    def negative_crops(self) -> list[tuple[int, np.ndarray]]:
        """(id, crop) of every negative, to re-embed them for another model."""
        rows = self._read("SELECT id, crop FROM negatives ORDER BY id")
        return [(r["id"], decode_crop(self._open(r["crop"], b"crop"))) for r in rows]

    def replace_negative_embeddings(self, model: str, embeddings: dict[int, np.ndarray]) -> None:
        self._set_embeddings("negatives", model, embeddings)

    def delete_negative(self, negative_id: int) -> int:
        """Remove one negative; returns whose it was."""
        with self.transaction() as c:
            row = c.execute(
                "SELECT person_id FROM negatives WHERE id = ?", (negative_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no negative example with id {negative_id}")
            c.execute("DELETE FROM negatives WHERE id = ?", (negative_id,))
        return int(row[0])
