"""Frame -> faces -> aligned crops -> quality -> embeddings: the one path every caller uses.

The kiosk loop, enrollment, the CLI, the benchmark and the trainer's evaluation all call
:class:`FacePipeline`, so a number measured anywhere is a number of the deployed path.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from faceapp.core.alignment import align_face
from faceapp.core.detection import DetectorRange, Face, FaceDetector
from faceapp.core.embedding import Embedder
from faceapp.core.errors import NoFaceError, Reason
from faceapp.core.images import Photo, load_photo
from faceapp.core.quality import Quality, QualityGate


@dataclass
class FaceResult:
    """One face of a frame, through the whole pipeline."""

    face: Face
    crop: np.ndarray  # aligned BGR crop at the model's input size
    quality: Quality
    embedding: np.ndarray | None = None  # L2-normalised, None if not embedded


@dataclass
class FrameResult:
    faces: list[FaceResult]  # largest first
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def voter(self) -> FaceResult | None:
        """The face whose identity counts at the door (:func:`voter_of`)."""
        return voter_of(self.faces)


def voter_of(faces: list[FaceResult]) -> FaceResult | None:
    """The face whose identity counts at the door: the largest face that passed the quality
    gate, unless a refused face is clearly nearer (:func:`clearly_smaller`). While the person
    in front is refused (turned away, blurred), a bystander behind them does not vote; two
    people side by side at the door are both in front. ``faces``: largest first."""
    good = next((r for r in faces if r.quality.ok), None)
    if good is None or any(clearly_smaller(good.face, r.face) for r in faces):
        return None
    return good


def clearly_smaller(b: Face, a: Face) -> bool:
    """Whether face ``b`` is at most half the area of face ``a``: further from the camera, a
    bystander rather than a second person at the door."""
    return b.width * b.height <= 0.5 * a.width * a.height


# how many times nearer the centre of a photo its subject is than any face of similar size
FRAMED = 3.0


def centre_distance(r: FaceResult, size: tuple[int, int]) -> float:
    """Pixels from a face's nose tip to the centre of an image of ``size`` (width, height)."""
    return float(np.hypot(*(r.face.landmarks[2] - np.asarray(size, np.float64) / 2)))


def similar_sized(faces: list[FaceResult]) -> list[FaceResult]:
    """The faces not clearly smaller than the largest (``faces``: largest first): the ones
    that could each be the subject, the largest included."""
    return [r for r in faces if not clearly_smaller(r.face, faces[0].face)] if faces else []


def dominant_face(
    faces: list[FaceResult], size: tuple[int, int] | None = None
) -> FaceResult | None:
    """The largest face when it clearly dominates (a bystander behind is tolerated).

    With the image ``size`` (width, height) of a photo, faces of similar size are told apart
    by framing: a photo is taken of its subject, so a face at least :data:`FRAMED` times
    nearer the centre than every other of similar size is the one meant (a person photographed
    with a colleague beside them: 250 of the 5 373 LFW dev photos hold such faces, see
    ``faceapp.bench.photo_subject``). A camera frame passes no size: at
    the door two people side by side are both in front. None when there is no face or the
    subject stays ambiguous. ``faces``: largest first."""
    if not faces:
        return None
    rivals = similar_sized(faces)
    if len(rivals) == 1:
        return faces[0]
    if size is None:
        return None
    rivals.sort(key=lambda r: centre_distance(r, size))
    nearest, next_nearest = (centre_distance(r, size) for r in rivals[:2])
    return rivals[0] if FRAMED * nearest <= next_nearest else None


class FacePipeline:
    """Detection, alignment, quality and embedding with one detector and one model."""

    def __init__(
        self,
        embedder: Embedder,
        detector: FaceDetector | None = None,
        gate: QualityGate | None = None,
        detector_range: DetectorRange = "short",
    ) -> None:
        self.embedder = embedder
        self.detector = detector or FaceDetector(detector_range)
        self.gate = gate or QualityGate()

    def process(self, bgr: np.ndarray, embed: Literal["all", "voter"] = "all") -> FrameResult:
        """All faces of a frame, largest first, with embeddings: of every face (``"all"``), or
        only of the :attr:`FrameResult.voter` (``"voter"``: the live loop's vote comes from that
        face alone, and an embedding is a third of a frame's cost)."""
        t0 = time.perf_counter()
        faces = self.detector.detect(bgr)
        faces.sort(key=lambda f: -f.width * f.height)
        t1 = time.perf_counter()
        size = self.embedder.card.input_size[0]
        results = []
        for f in faces:
            crop = align_face(bgr, f.landmarks, size)
            results.append(FaceResult(f, crop, self.gate.assess(f, crop)))
        t2 = time.perf_counter()
        if embed == "all":
            chosen = results
        else:
            voter = voter_of(results)
            chosen = [voter] if voter is not None else []
        if chosen:
            embs = self.embedder.embed(np.stack([r.crop for r in chosen]))
            for r, e in zip(chosen, embs, strict=True):
                r.embedding = e
        t3 = time.perf_counter()
        return FrameResult(
            results,
            {"detect": (t1 - t0) * 1e3, "align": (t2 - t1) * 1e3, "embed": (t3 - t2) * 1e3},
        )

    def single_face(
        self, photo: Photo, require_quality: bool = False, choose: str = "strict"
    ) -> FaceResult:
        """The one face of a photo file or upload (enrollment, identify, verify).

        ``choose="strict"``: with several faces the largest is taken when it clearly dominates
        (a bystander in the background), or, among faces of similar size, the one the photo is
        clearly framed on (:func:`dominant_face`); otherwise the subject is ambiguous and the
        photo refused.
        ``choose="center"``: the face nearest the image centre, as benchmark photos (LFW) are
        cropped around their subject.
        """
        img, path = load_photo(photo)
        res = self.process(img)
        if not res.faces:
            raise NoFaceError(Reason("no face found"), path)
        size = (img.shape[1], img.shape[0])
        if choose == "center":
            best = min(res.faces, key=lambda r: centre_distance(r, size))
        elif (best := dominant_face(res.faces, size)) is None:
            n = len(similar_sized(res.faces))
            raise NoFaceError(
                Reason("{n} faces of similar size; use a photo of one person", n=n), path
            )
        if require_quality and not best.quality.ok:
            raise NoFaceError(Reason("face rejected: {why}", why=best.quality.reasons), path)
        return best
