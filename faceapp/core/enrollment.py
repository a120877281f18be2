"""Collecting a person's face templates, from photo files or from live camera frames.

One :class:`EnrollmentSession` serves the CLI (photos) and the admin wizard (photos or guided
capture): every candidate passes the same quality gate, live captures must differ in head pose
so that the templates cover the small turns people make at a door, and the duplicate check runs
against the gallery before anything is written. The session only collects: the application
layer (:meth:`faceapp.app.admin.AdminService.save_enrollment`) writes the person, the templates
and the audit event in one transaction.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from faceapp.core.errors import FaceAppError, NoFaceError, Reason
from faceapp.core.gallery.records import NewTemplate
from faceapp.core.images import NamedImage, Photo
from faceapp.core.pipeline import FaceResult, FrameResult, dominant_face

if TYPE_CHECKING:
    from faceapp.core.gallery import Person
    from faceapp.core.recognizer import Recognizer

log = logging.getLogger(__name__)

#: Head poses asked for during guided capture (yaw, pitch in degrees), in order.
POSE_PLAN = [
    ((0.0, 0.0), Reason("look straight at the camera")),
    ((-8.0, 0.0), Reason("turn your head slightly to your right")),
    ((8.0, 0.0), Reason("turn your head slightly to your left")),
    ((0.0, 6.0), Reason("raise your chin slightly")),
    ((0.0, -6.0), Reason("lower your chin slightly")),
]


@dataclass
class Capture:
    """One accepted template candidate."""

    embedding: np.ndarray
    crop: np.ndarray  # aligned BGR crop
    quality: float
    yaw: float
    pitch: float
    source: str  # file name or "camera"


@dataclass
class Feedback:
    """What a live frame did: ``accepted`` and a sentence for the person in front."""

    accepted: bool
    message: str
    face: FaceResult | None = None


class EnrollmentSession:
    """Candidates for one person; ``person_id`` set when re-enrolling or adding templates."""

    def __init__(
        self,
        recognizer: Recognizer,
        target: int = 5,
        min_pose_step: float = 4.0,
        person_id: int | None = None,
    ) -> None:
        self.recognizer = recognizer
        self.target = target
        self.min_pose_step = min_pose_step
        self.person_id = person_id
        self.captures: list[Capture] = []
        self.rejected: dict[str, str] = {}  # photo -> reason

    @property
    def done(self) -> bool:
        return len(self.captures) >= self.target

    def next_instruction(self) -> Reason:
        return POSE_PLAN[min(len(self.captures), len(POSE_PLAN) - 1)][1]

    def _add(self, face: FaceResult, source: str) -> Capture:
        cap = Capture(
            face.embedding,
            face.crop,
            face.quality.score,
            face.quality.yaw,
            face.quality.pitch,
            source,
        )
        self.captures.append(cap)
        return cap

    def add_photo(self, photo: Photo) -> Capture | None:
        """A photo file or upload with one good face; a bad one is recorded in ``rejected``."""
        name = photo.name if isinstance(photo, NamedImage) else str(photo)
        try:
            face = self.recognizer.face_in_photo(photo)
        except FaceAppError as e:
            self.rejected[name] = e.reason
            return None
        return self._add(face, Path(name).name)

    def add_frame(self, result: FrameResult, source: str = "camera") -> Feedback:
        """A processed camera frame: accepted when it holds exactly one good face whose pose
        differs from every capture so far."""
        if not result.faces:
            return Feedback(False, Reason("no face in view"))
        face = dominant_face(result.faces)
        if face is None:
            return Feedback(False, Reason("one person at a time, please"), result.faces[0])
        if not face.quality.ok:
            return Feedback(False, face.quality.reasons[0], face)
        if face.embedding is None:
            return Feedback(False, Reason("face not embedded"), face)
        if self.done:
            return Feedback(False, Reason("enough captures"), face)
        q = face.quality
        nearest = min(
            (math.hypot(q.yaw - c.yaw, q.pitch - c.pitch) for c in self.captures),
            default=math.inf,
        )
        if nearest < self.min_pose_step:
            return Feedback(False, self.next_instruction(), face)
        self._add(face, source)
        n, t = len(self.captures), self.target
        if self.done:
            return Feedback(True, Reason("captured {n} of {t}", n=n, t=t), face)
        return Feedback(
            True,
            Reason("captured {n} of {t} - {next}", n=n, t=t, next=self.next_instruction()),
            face,
        )

    def add_image(self, bgr: np.ndarray, source: str = "camera") -> Feedback:
        """A raw frame (decoded image) through the pipeline, then :meth:`add_frame`."""
        return self.add_frame(self.recognizer.faces_in_frame(bgr), source)

    def remove(self, index: int) -> None:
        del self.captures[index]

    def duplicates(self) -> list[tuple[Person, float]]:
        """Enrolled people (other than ``person_id``) whom these faces already match."""
        return self.recognizer.duplicates(
            np.stack([c.embedding for c in self.captures]) if self.captures else np.zeros((0, 0)),
            exclude=self.person_id,
        )

    def why_rejected(self) -> list[Reason]:
        """Each refused photo's name and reason."""
        return [
            Reason("{photo}: {why}", photo=Path(p).name, why=w) for p, w in self.rejected.items()
        ]

    def templates(self) -> list[NewTemplate]:
        """The captures as templates to store; :class:`NoFaceError` (with every photo's
        reason) when there is none."""
        if not self.captures:
            if not self.rejected:
                raise NoFaceError(Reason("no usable face"))
            raise NoFaceError(Reason("no usable face: {why}", why=self.why_rejected()))
        return [NewTemplate(c.embedding, c.crop, c.quality, c.source) for c in self.captures]
