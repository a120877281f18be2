"""What the gallery stores and hands out, as typed values rather than positional tuples."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import numpy as np


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class PersonDetails:
    """A person's details as an admin enters them (enrollment, edits).

    ``valid_from`` / ``valid_until`` are ISO dates or UTC date-times; empty means unbounded.
    """

    name: str
    external_id: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    notes: str = ""
    enabled: bool = True

    def changes_from(self, person: Person) -> dict[str, object]:
        """The fields that differ from ``person`` (what an edit writes and audits)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(person, f.name)
        }


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

    @property
    def details(self) -> PersonDetails:
        return PersonDetails(
            self.name, self.external_id, self.valid_from, self.valid_until, self.notes, self.enabled
        )

    def valid_at(self, when: dt.datetime | None = None) -> bool:
        """Enabled and inside the validity window (dates or datetimes, ISO strings)."""
        if not self.enabled:
            return False
        now = (when or dt.datetime.now(dt.UTC)).isoformat()
        if self.valid_from and now < self.valid_from:
            return False
        return not (self.valid_until and now[: len(self.valid_until)] > self.valid_until)


@dataclass(frozen=True)
class NewTemplate:
    """One face template to store: the embedding, the aligned crop it came from (so that a new
    model can re-embed it), its quality score and where it came from (file name or camera)."""

    embedding: np.ndarray
    crop: np.ndarray
    quality: float
    source: str


@dataclass
class TemplateSet:
    """All templates of one model, as arrays ready for matching."""

    template_ids: np.ndarray  # (N,) int64
    person_ids: np.ndarray  # (N,) int64
    embeddings: np.ndarray  # (N, D) float32, L2-normalised

    @classmethod
    def empty(cls) -> TemplateSet:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, 0), np.float32))
