"""The recognition service: pipeline + gallery + matcher at one security level.

Identification of a photo, verification of two photos, per-frame votes for the live loop and the
duplicate check of enrollment all live here, so that every front end gives the same answer for
the same input. Changing the gallery is the application layer's job (:mod:`faceapp.app.admin`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from faceapp.core.decision import DENIED, GRANTED, NO_FACE, UNKNOWN, FrameVote
from faceapp.core.errors import NoFaceError
from faceapp.core.fusion import MeanTemplateScale
from faceapp.core.gallery import Gallery, Person, TemplateSet
from faceapp.core.images import Photo
from faceapp.core.matching import Matcher, MatchResult
from faceapp.core.pipeline import FacePipeline, FrameResult
from faceapp.core.threshold import SecurityLevel, Threshold, as_level

log = logging.getLogger(__name__)

# A probe is let in as a person only when its score with the person's templates beats its
# closest score with the person's negatives by this much: the look-alike that was marked scores
# near 1 with its own crop, while the person scores far lower with the look-alike.
NEGATIVE_MARGIN = 0.05


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
        # filled by reload(); scored the way the model's card says (built once per model)
        self.matcher = Matcher(
            TemplateSet.empty(), 1.0, scale=MeanTemplateScale.from_card(pipeline.embedder.card)
        )
        self.current = Threshold(1.0, None, None, 0)
        self._people: dict[int, Person] = {}
        self._switching = threading.Lock()
        #: Templates embedded by another model than the running one: those people cannot be
        #: recognised until the gallery is re-embedded (the screens say so).
        self.stale_templates = 0
        #: Faces marked "not this person", by person (rows of the running model's embeddings),
        #: and how much closer to the person's templates than to these a probe must be.
        self.negatives: dict[int, np.ndarray] = {}
        self.negative_margin = NEGATIVE_MARGIN
        self.reload()

    @property
    def threshold(self) -> float:
        """The cosine threshold in force."""
        return self.current.value

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Frames wait while the model or detector is being swapped."""
        with self._switching:
            yield

    def use_embedder(self, embedder, level: SecurityLevel | float | None = None) -> None:
        """Use another model whose templates are already in the gallery (see
        :mod:`faceapp.core.reembed`), optionally at another security level."""
        with self._switching:
            self.pipeline.embedder = embedder
            self.matcher.scale = MeanTemplateScale.from_card(embedder.card)
            if level is not None:
                self.level = as_level(level)
            self.reload()

    def set_level(self, level: SecurityLevel | float) -> None:
        """A new security level (a plain number: a manual threshold)."""
        self.level = as_level(level)
        self._update_threshold()

    def _update_threshold(self) -> None:
        m = self.matcher
        card = self.pipeline.embedder.card
        new = self.level.for_comparisons(card, m.comparisons, per_person=m.per_person)
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

    @property
    def template_key(self) -> str:
        """What the gallery files the running model's templates under
        (:attr:`ModelCard.template_key`)."""
        return self.pipeline.embedder.card.template_key

    def reload(self) -> None:
        """Re-read templates and people (after enrollment, edits or a model switch)."""
        key = self.template_key
        self.matcher.load(self.gallery.templates(key))
        self.negatives = self.gallery.negatives(key)
        self._update_threshold()
        self._people = {p.id: p for p in self.gallery.people()}
        stale = {m: n for m, n in self.gallery.models_in_use().items() if m != key}
        self.stale_templates = sum(stale.values())
        if stale:
            log.warning(
                "the gallery needs updating: %s template(s) of other models %s cannot match "
                "with %s (admin area: Update gallery, or `faceapp reembed`)",
                self.stale_templates,
                stale,
                key,
            )

    @property
    def people_count(self) -> int:
        """People in the gallery as last loaded (no query: health checks ask often)."""
        return len(self._people)

    def person(self, pid: int) -> Person:
        return self._people.get(pid) or self.gallery.person(pid)

    def is_allowed(self, pid: int) -> tuple[bool, str]:
        p = self.person(pid)
        if not p.enabled:
            return False, "person is disabled"
        if not p.valid_at():
            return False, "outside the person's validity window"
        return True, ""

    # -- enrollment support ---------------------------------------------------------------
    def face_in_photo(self, photo: Photo, require_quality: bool = True):
        """The one face of a photo file or upload, embedded (:class:`NoFaceError` etc.
        otherwise)."""
        return self.pipeline.single_face(photo, require_quality=require_quality)

    def faces_in_frame(self, frame: np.ndarray) -> FrameResult:
        """Every face of a camera frame, with quality and embeddings (no decision)."""
        return self.pipeline.process(frame)

    def duplicates(
        self, embeddings: np.ndarray, exclude: int | None = None
    ) -> list[tuple[Person, float]]:
        """Enrolled people (other than ``exclude``) whom these faces already match at the
        current threshold, best score each, best first."""
        if len(embeddings) == 0:
            return []
        best: dict[int, float] = {}
        for res in self.matcher.search(np.asarray(embeddings), top_k=3):
            for c in res.candidates:
                if c.score >= self.threshold and c.person_id != exclude:
                    best[c.person_id] = max(best.get(c.person_id, -1.0), c.score)
        return [(self.person(p), s) for p, s in sorted(best.items(), key=lambda x: -x[1])]

    # -- identification -------------------------------------------------------------------
    def _identification(self, match: MatchResult, embedding: np.ndarray) -> Identification:
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
        neg = self.negatives.get(person.id)
        if neg is not None:
            closest = float(np.max(neg @ np.asarray(embedding, np.float32)))
            if best.score - closest < self.negative_margin:
                return Identification(
                    UNKNOWN,
                    None,
                    best.score,
                    cands,
                    self.threshold,
                    f"looks like a face marked as not {person.name} "
                    f"(score {closest:.3f} against {best.score:.3f})",
                )
        ok, why = self.is_allowed(person.id)
        return Identification(
            GRANTED if ok else DENIED, person, best.score, cands, self.threshold, why
        )

    def identify_embedding(self, embedding: np.ndarray, top_k: int = 5) -> Identification:
        return self._identification(self.matcher.search_one(embedding, top_k), embedding)

    def identify_photo(self, photo: Photo, top_k: int = 5) -> Identification:
        """Who is in a photo. A photo without a face is ``no_face``, not an error."""
        try:
            r = self.pipeline.single_face(photo)
        except NoFaceError as e:
            return Identification(NO_FACE, None, None, [], self.threshold, e.reason)
        return self.identify_embedding(r.embedding, top_k)

    def verify_photos(self, a: Photo, b: Photo) -> tuple[float, bool]:
        ea = self.pipeline.single_face(a).embedding
        eb = self.pipeline.single_face(b).embedding
        score = float(ea @ eb)
        return score, score >= self.threshold

    # -- live -----------------------------------------------------------------------------
    def frame_vote(self, frame: np.ndarray) -> tuple[FrameResult, FrameVote, Identification | None]:
        """Process a video frame: the face in front votes for the decision, when it passed the
        quality gate (:attr:`FrameResult.voter`)."""
        with self._switching:
            res = self.pipeline.process(frame, embed="voter")
            voter = res.voter
            if voter is None or voter.embedding is None:
                return res, FrameVote(None, None, False), None
            ident = self.identify_embedding(voter.embedding)
        pid = (
            ident.person.id
            if ident.person is not None and ident.decision in (GRANTED, DENIED)
            else None
        )
        return res, FrameVote(pid, ident.score, True), ident
