"""The recognition service: pipeline + gallery + matcher, as the CLI and the GUI use it.

Enrollment, identification of a photo, verification of two photos and per-frame votes for the
live loop all live here so that every front end gives the same answer for the same input.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from faceapp.core.decision import DENIED, GRANTED, NO_FACE, UNKNOWN, FrameVote
from faceapp.core.errors import NoFaceError
from faceapp.core.gallery import Gallery, Person, TemplateSet
from faceapp.core.matching import Candidate, Matcher, MatchResult
from faceapp.core.pipeline import FacePipeline, FrameResult
from faceapp.core.threshold import SecurityLevel, Threshold, as_level

log = logging.getLogger(__name__)


@dataclass
class EnrollReport:
    person_id: int | None
    accepted: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # file -> reason
    duplicates: list[Candidate] = field(default_factory=list)


@dataclass
class Identification:
    decision: str  # granted / denied / unknown / no_face
    person: Person | None
    score: float | None
    candidates: list[tuple[Person, float]]
    threshold: float
    reason: str = ""

    def to_dict(self) -> dict:
        return {
            "decision": self.decision,
            "person": self.person.name if self.person else None,
            "person_id": self.person.id if self.person else None,
            "external_id": self.person.external_id if self.person else None,
            "score": None if self.score is None else round(self.score, 4),
            "threshold": round(self.threshold, 4),
            "reason": self.reason,
            "candidates": [
                {"person": p.name, "person_id": p.id, "score": round(s, 4)}
                for p, s in self.candidates
            ],
        }


class Recognizer:
    """Matches faces against one gallery with one model at one security level.

    The level is a false-positive identification rate (or a manual threshold); the cosine
    threshold that meets it is recomputed whenever the gallery's size changes (``reload``).
    A plain number given as ``level`` is a manual threshold.
    """

    def __init__(
        self, gallery: Gallery, pipeline: FacePipeline, level: SecurityLevel | float
    ) -> None:
        self.gallery = gallery
        self.pipeline = pipeline
        self.level = as_level(level)
        self.matcher = Matcher(TemplateSet.empty(), 1.0)  # filled by reload()
        self.current = Threshold(1.0, None, None, 0)
        self._people: dict[int, Person] = {}
        self._switching = threading.Lock()
        self.reload()

    @property
    def threshold(self) -> float:
        """The cosine threshold in force."""
        return self.current.value

    def switch_model(
        self, embedder, level: SecurityLevel | float | None = None, progress=None
    ) -> int:
        """Use another model: re-embed the gallery from its stored crops (one transaction,
        cancellable through ``progress``), then swap the model in. Frames wait meanwhile."""
        from faceapp.core.reembed import reembed_gallery

        with self._switching:
            n = reembed_gallery(self.gallery, embedder, progress=progress)
            self.pipeline.embedder = embedder
            if level is not None:
                self.level = (
                    level if isinstance(level, SecurityLevel) else SecurityLevel(manual=level)
                )
            self.reload()
        return n

    def set_level(self, level: SecurityLevel) -> None:
        self.level = level
        self._update_threshold()

    def _update_threshold(self) -> None:
        new = self.level.threshold(self.pipeline.embedder.card, len(self.matcher))
        if new != self.current:
            log.info("decision threshold: %s", new.describe())
        self.current = new
        self.matcher.threshold = new.value

    def set_detector(self, detector) -> None:
        """Swap the face detector (another range) between frames; the old one is closed."""
        with self._switching:
            old, self.pipeline.detector = self.pipeline.detector, detector
        old.close()

    @property
    def model_name(self) -> str:
        return self.pipeline.embedder.card.name

    def reload(self) -> None:
        """Re-read templates and people (after enrollment, edits or a model switch)."""
        self.matcher.load(self.gallery.templates(self.model_name))
        self._update_threshold()
        self._people = {p.id: p for p in self.gallery.people()}
        stale = {m: n for m, n in self.gallery.models_in_use().items() if m != self.model_name}
        if stale:
            log.warning("gallery has templates of other models %s; re-embed to use them", stale)

    def person(self, pid: int) -> Person:
        return self._people.get(pid) or self.gallery.person(pid)

    def is_allowed(self, pid: int) -> tuple[bool, str]:
        p = self.person(pid)
        if not p.enabled:
            return False, "person is disabled"
        if not p.valid_at():
            return False, "outside the person's validity window"
        return True, ""

    # -- enrollment -----------------------------------------------------------------------
    def enroll_photos(
        self,
        name: str,
        photos: list[str | Path],
        external_id: str | None = None,
        valid_from: str | None = None,
        valid_until: str | None = None,
        notes: str = "",
        person_id: int | None = None,
        allow_duplicate: bool = False,
    ) -> EnrollReport:
        """Enroll from photo files: each must hold one good-quality face.

        Nothing is written unless at least one photo is usable, and a face that already matches
        someone else above the threshold is refused unless ``allow_duplicate``.
        """
        from faceapp.core.enrollment import EnrollmentSession

        session = EnrollmentSession(self, person_id=person_id)
        for photo in photos:
            session.add_photo(photo)
        report = EnrollReport(None, [c.source for c in session.captures], session.rejected)
        report.duplicates = [Candidate(p.id, s) for p, s in session.duplicates()]
        report.person_id = session.save(
            name, external_id, valid_from, valid_until, notes, allow_duplicate
        )
        return report

    # -- identification -------------------------------------------------------------------
    def _identification(self, match: MatchResult) -> Identification:
        cands = [(self.person(c.person_id), c.score) for c in match.candidates]
        best = match.best
        if best is None or best.score < self.threshold:
            return Identification(
                UNKNOWN,
                None,
                best.score if best else None,
                cands,
                self.threshold,
                "face does not match anyone enrolled",
            )
        person = self.person(best.person_id)
        ok, why = self.is_allowed(person.id)
        return Identification(
            GRANTED if ok else DENIED, person, best.score, cands, self.threshold, why
        )

    def identify_embedding(self, embedding: np.ndarray, top_k: int = 5) -> Identification:
        return self._identification(self.matcher.search_one(embedding, top_k))

    def identify_photo(self, photo: str | Path, top_k: int = 5) -> Identification:
        """Who is in a photo. A photo without a face is ``no_face``, not an error."""
        try:
            r = self.pipeline.single_face(photo)
        except NoFaceError as e:
            return Identification(NO_FACE, None, None, [], self.threshold, e.reason)
        return self.identify_embedding(r.embedding, top_k)

    def verify_photos(self, a: str | Path, b: str | Path) -> tuple[float, bool]:
        ea = self.pipeline.single_face(a).embedding
        eb = self.pipeline.single_face(b).embedding
        score = float(ea @ eb)
        return score, score >= self.threshold

    # -- live -----------------------------------------------------------------------------
    def frame_vote(self, frame: np.ndarray) -> tuple[FrameResult, FrameVote, Identification | None]:
        """Process a video frame: the largest good-quality face votes for the decision."""
        with self._switching:
            res = self.pipeline.process(frame)
            good = [f for f in res.faces if f.quality.ok and f.embedding is not None]
            if not good:
                return res, FrameVote(None, None, False), None
            ident = self.identify_embedding(good[0].embedding)
        pid = (
            ident.person.id
            if ident.person is not None and ident.decision in (GRANTED, DENIED)
            else None
        )
        return res, FrameVote(pid, ident.score, True), ident
