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


def dominant_face(faces: list[FaceResult]) -> FaceResult | None:
    """The largest face when it clearly dominates (a bystander behind is tolerated); None when
    there is no face or two faces of similar size make the subject ambiguous."""
    if not faces:
        return None
    if len(faces) > 1 and not clearly_smaller(faces[1].face, faces[0].face):
        return None
    return faces[0]


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
        (a bystander in the background); similar-sized faces are ambiguous and refused.
        ``choose="center"``: the face nearest the image centre, as benchmark photos (LFW) are
        cropped around their subject.
        """
        img, path = load_photo(photo)
        res = self.process(img)
        if not res.faces:
            raise NoFaceError(Reason("no face found"), path)
        if choose == "center" and len(res.faces) > 1:
            c = np.array([img.shape[1] / 2, img.shape[0] / 2])
            res.faces.sort(key=lambda r: float(np.linalg.norm(r.face.landmarks[2] - c)))
        elif dominant_face(res.faces) is None:
            raise NoFaceError(
                Reason("{n} faces of similar size; use a photo of one person", n=len(res.faces)),
                path,
            )
        best = res.faces[0]
        if require_quality and not best.quality.ok:
            raise NoFaceError(Reason("face rejected: {why}", why=best.quality.reasons), path)
        return best
