"""Decision thresholds for a model card, from impostor scores on labelled faces.

The kiosk picks its threshold by target false-accept rate; that needs the score below which a
given fraction of *different-person* pairs falls, for this very model. We measure it on
identity-labelled aligned crops (never the evaluation identities) through the ONNX file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from faceapp.core.modelcard import ModelCard

if TYPE_CHECKING:
    from faceapp.core.detection import Face

# Three points a decade: the kiosk interpolates between them in log FAR, and an impostor tail
# bends (its threshold rises ever faster towards rarer FARs), so a straight line across a whole
# decade would sit above the curve and ask more of enrolled people than the level needs.
FARS = (1e-2, 5e-3, 2e-3, 1e-3, 5e-4, 2e-4, 1e-4, 5e-5, 2e-5, 1e-5, 5e-6, 2e-6, 1e-6, 1e-7)


def far_key(far: float) -> str:
    return f"{far:.0e}".replace("e-0", "e-")


def impostor_scores(
    embeddings: np.ndarray, identities: list[str], max_pairs: int = 200_000_000, seed: int = 0
) -> np.ndarray:
    """Cosine scores of every pair of photos of different identities (blocked:
    :func:`trainer.evaluation.all_pairs.pair_scores`). Past ``max_pairs`` all pairs among a
    random sample of the photos are scored instead."""
    from trainer.evaluation.all_pairs import pair_scores

    n = len(embeddings)
    if n * (n - 1) // 2 > max_pairs:
        keep = np.sort(
            np.random.default_rng(seed).choice(n, int((2 * max_pairs) ** 0.5), replace=False)
        )
        embeddings, identities = np.asarray(embeddings)[keep], [identities[i] for i in keep]
    return pair_scores(embeddings, identities, same_too=False)[1]


#: Mean-template sizes the calibration measures: enrollment stores five poses, and admins may
#: add photos; a larger mean template uses the largest table (:mod:`faceapp.core.fusion`).
MEAN_TEMPLATE_COUNTS = tuple(range(2, 9))


def mean_template_impostor_scores(
    embeddings: np.ndarray, identities: list[str], k: int, subsets: int = 10, seed: int = 0
) -> np.ndarray:
    """Cosine scores of people's k-photo mean templates with every photo of someone else.

    Each identity with at least k photos gives up to ``subsets`` different random k-photo
    mean templates, as enrollments of that person might be."""
    emb = np.asarray(embeddings, np.float32)
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    _, codes = np.unique(np.asarray(identities), return_inverse=True)
    rng = np.random.default_rng(seed)
    means, owner = [], []
    for c in range(codes.max() + 1 if len(codes) else 0):
        rows = np.flatnonzero(codes == c)
        if len(rows) < k:
            continue
        drawn = {tuple(sorted(rng.choice(rows, k, replace=False))) for _ in range(subsets)}
        for subset in sorted(drawn):
            means.append(emb[list(subset)].sum(axis=0))
            owner.append(c)
    if not means:
        return np.zeros(0, np.float32)
    means = np.asarray(means, np.float32)
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    owner = np.asarray(owner)
    out = []
    for s in range(0, len(means), 256):
        block = means[s : s + 256] @ emb.T
        out.append(block[owner[s : s + 256, None] != codes[None, :]])
    return np.concatenate(out)


def thresholds_from_impostors(scores: np.ndarray, fars: tuple[float, ...] = FARS) -> dict:
    """{"1e-3": t, ...} with ``P(impostor score >= t) <= far``, for the FARs the count resolves
    (at least 10 impostor pairs above the threshold)."""
    n = len(scores)
    resolved = [f for f in fars if n * f >= 10]
    if not resolved:
        return {}
    ks = [int(f * n) for f in resolved]
    # the (k+1)-th highest score for each FAR: one partition instead of a full sort
    top = np.partition(scores, [n - 1 - k for k in ks])
    return {
        far_key(f): round(float(top[n - 1 - k]) + 1e-6, 4)
        for f, k in zip(resolved, ks, strict=True)
    }


# How far (pixels of the 112 crop) the kiosk's detector may put a landmark from where the
# alignment put it and the crop still count as a face: real faces stay within about 12 (99th
# percentile on the labelled training photos, 10.5 on the dev photos); hands, logos and bodies
# that the aligner once took for faces land far off or are not found at all.
FACE_TOLERANCE_PX = 15.0


def face_where_aligned(crop: np.ndarray, detector) -> Face | None:
    """The face the kiosk's detector finds on an aligned crop (padded so the face is not at
    the frame's edge) with its five landmarks where the alignment template puts them; None
    when there is no such face.

    A door only ever matches what its detector took for a face; a crop the detector would not
    take for one (an aligner's mistake in an imported set) is no door impostor."""
    import cv2

    from faceapp.core.alignment import ARCFACE_TEMPLATE

    pad = 56
    canvas = cv2.copyMakeBorder(
        np.ascontiguousarray(crop), pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(128, 128, 128)
    )
    target = ARCFACE_TEMPLATE + pad
    return next(
        (
            f
            for f in detector.detect(canvas)
            if float(np.abs(f.landmarks - target).max()) <= FACE_TOLERANCE_PX
        ),
        None,
    )


def door_like(crops: np.ndarray) -> np.ndarray:
    """Which aligned crops look like what a door camera gives the matcher: in colour (Yale B
    and AT&T are grey-scale lab captures), and a face that the kiosk's own detector finds
    where the crop was aligned and that its quality gate lets through (sharp, exposed, facing
    the camera, the face mesh fitted): the kiosk decides on nothing else."""
    from faceapp.core.detection import FaceDetector
    from faceapp.core.quality import QualityGate

    gate = QualityGate()
    out = np.zeros(len(crops), bool)
    with FaceDetector("short") as detector:
        for k in range(len(crops)):
            crop = np.asarray(crops[k])
            c = crop.astype(np.int16)
            colour = np.abs(c[..., 0] - c[..., 1]).mean() + np.abs(c[..., 1] - c[..., 2]).mean() > 2
            face = face_where_aligned(crop, detector) if colour else None
            out[k] = face is not None and gate.assess(face, crop).ok
    return out


def cross_label_copies(embeddings: np.ndarray, identities: list[str], min_cosine: float = 0.8):
    """Which photos have a copy under another identity: (reference-teacher) cosine above
    ``min_cosine`` to a photo of someone else, where the teacher puts only the same picture
    (the same photo filed under two people in an imported set). Such a pair is no impostor
    pair, and which label is right is unknown, so the calibration leaves out both photos."""
    e = np.asarray(embeddings, np.float32)
    e = e / np.linalg.norm(e, axis=1, keepdims=True)
    _, codes = np.unique(np.asarray(identities), return_inverse=True)
    out = np.zeros(len(e), bool)
    for start in range(0, len(e), 1024):
        block = e[start : start + 1024] @ e.T
        block[codes[start : start + 1024, None] == codes[None, :]] = -1
        out[start : start + 1024] = (block > min_cosine).any(axis=1)
    return out


def merge_duplicate_identities(
    embeddings: np.ndarray, identities: list[str], min_cosine: float = 0.6
) -> list[str]:
    """One name for identities that are the same person under two labels (a celebrity in both
    LFW and CelebA, say): those whose mean (reference-teacher) embeddings have cosine above
    ``min_cosine``, far above any two different people's, are joined. Without this their pairs
    count as impostors and make the rarest thresholds absurdly strict."""
    names, inv = np.unique(np.asarray(identities), return_inverse=True)
    e = embeddings / np.linalg.norm(embeddings, axis=1, keepdims=True)
    centre = np.zeros((len(names), e.shape[1]))
    np.add.at(centre, inv, e)
    centre /= np.linalg.norm(centre, axis=1, keepdims=True)
    root = list(range(len(names)))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    sim = centre @ centre.T
    for a, b in zip(*np.nonzero(np.triu(sim, 1) > min_cosine), strict=True):
        root[find(int(a))] = find(int(b))
    return [str(names[find(int(k))]) for k in inv]


def identification_check(
    embeddings: np.ndarray,
    identities: list[str],
    card: ModelCard,
    people: int = 40,
    per_person: int = 2,
    galleries: int = 200,
    fpirs: tuple[float, ...] = (1e-3, 1e-2),
    seed: int = 0,
) -> dict[str, float]:
    """The share of strangers let in (FPIR), measured, at the threshold the kiosk would use
    for each target in ``fpirs`` with a gallery of ``people`` x ``per_person`` templates.

    The kiosk derives that threshold as if every comparison were independent; the
    comparisons of one stranger are not, so fewer strangers should get in than the target.
    This checks it on the labelled photos themselves, through the kiosk's own matcher (mean
    templates when the card has their tables): ``galleries`` random galleries of people with
    enough photos, each searched by every photo of everybody else."""
    from faceapp.core.fusion import MeanTemplateScale
    from faceapp.core.gallery import TemplateSet
    from faceapp.core.matching import Matcher
    from faceapp.core.threshold import SecurityLevel

    emb = np.asarray(embeddings, np.float32)
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    _, codes = np.unique(np.asarray(identities), return_inverse=True)
    rows_of = [np.flatnonzero(codes == c) for c in range(codes.max() + 1)]
    enough = [c for c, rows in enumerate(rows_of) if len(rows) >= per_person]
    if len(enough) < people:
        return {}
    matcher = Matcher(TemplateSet.empty(), 1.0, scale=MeanTemplateScale.from_card(card))
    rng = np.random.default_rng(seed)
    let_in, searches, cut = np.zeros(len(fpirs)), 0, None
    for _ in range(galleries):
        chosen = rng.choice(enough, people, replace=False)
        templates = np.concatenate(
            [rng.choice(rows_of[c], per_person, replace=False) for c in chosen]
        )
        matcher.load(TemplateSet(templates, codes[templates], emb[templates]))
        if cut is None:
            levels = [SecurityLevel(fpir=f) for f in fpirs]
            cut = np.array([lv.threshold(card, people, len(templates)).value for lv in levels])
        strangers = np.flatnonzero(~np.isin(codes, chosen))
        best = matcher.person_scores(emb[strangers]).max(axis=1)
        let_in += (best[:, None] >= cut[None, :]).sum(axis=0)
        searches += len(strangers)
    return {far_key(f): float(n / searches) for f, n in zip(fpirs, let_in, strict=True)}


@dataclass
class Calibration:
    """What ``faceapp-train calibrate`` measures for a model card."""

    thresholds: dict[str, float]
    mean_template_thresholds: dict[str, dict[str, float]]
    where: str  # where the thresholds come from, in words, with their counts

    def write_to(self, card: ModelCard) -> None:
        card.thresholds = self.thresholds
        card.mean_template_thresholds = self.mean_template_thresholds
        card.provenance["thresholds_from"] = self.where


def thresholds_for_model(
    onnx_path, source, limit: int = 1500, teacher: str | None = None
) -> Calibration:
    """Thresholds of an ONNX model from identity-labelled faces: an aligned cache folder
    (``meta.json``; its labelled, door-like rows, the first ``limit`` or all with 0) or photo
    folders ``<identity>/<photo>`` aligned on the fly (``limit`` per folder). With ``teacher``
    (a reference checkpoint) duplicate identities are merged first. The same for mean
    templates of each count in ``MEAN_TEMPLATE_COUNTS``, and where the thresholds come from in
    words, with the counts that say which FARs they resolve."""
    import tempfile
    from pathlib import Path

    from faceapp.core.embedding import Embedder
    from trainer.data.aligned_cache import AlignedSet, build_cache

    embedder = Embedder(onnx_path, verify_hash=False)
    if (Path(source) / "meta.json").exists():
        data = AlignedSet.load(source)
        labelled = np.array([i for i, ident in enumerate(data.identities) if ident], np.int64)
        keep = labelled[door_like(data.crops[labelled])][: limit or None]
        crops = np.asarray(data.crops[keep])
        ids = [data.identities[i] for i in keep]
        chosen = (
            f"{len(keep):,} of {len(labelled):,} labelled photos "
            "(colour, a face that the kiosk's detector finds and its quality gate passes)"
        )
    else:
        with tempfile.TemporaryDirectory() as tmp:
            data = build_cache([source], tmp, workers=1, limit_per_root=limit)
            crops, ids = np.asarray(data.crops), data.identities
        chosen = f"{len(ids):,} photos"
    merged = ""
    if teacher:
        import torch

        from trainer.engine.distill import embed_crops
        from trainer.models.teachers import load_edgeface

        t = embed_crops(load_edgeface(teacher), crops, torch.device("cpu"))
        people = len(set(ids))
        ids = merge_duplicate_identities(t, ids)
        joined = people - len(set(ids))
        copies = cross_label_copies(t, ids)
        crops, ids = crops[~copies], [i for i, c in zip(ids, copies, strict=True) if not c]
        merged = (
            f", {joined} duplicate identities merged and {copies.sum()} photos filed under two"
            " people left out by the teacher"
        )
    embeddings = embedder.embed(crops)
    scores = impostor_scores(embeddings, ids)
    thresholds = thresholds_from_impostors(scores)
    where = (
        f"{source}: {chosen} of {len(set(ids)):,} people{merged}, "
        f"{len(scores):,} different-person pairs"
    )
    means: dict[str, dict[str, float]] = {}
    counted = []
    for k in MEAN_TEMPLATE_COUNTS:
        m = mean_template_impostor_scores(embeddings, ids, k)
        if table := thresholds_from_impostors(m):
            means[str(k)] = table
            counted.append(f"{len(m):,} for {k}")
    if counted:
        where += "; mean templates of k photos against other people's photos: " + ", ".join(counted)
    card = ModelCard("check", "", thresholds=thresholds, mean_template_thresholds=means)
    if thresholds:
        for n in (2, 5):
            checked = identification_check(embeddings, ids, card, per_person=n)
            if checked:
                where += (
                    f"; strangers let in at the kiosk's threshold with 40 people x {n} "
                    "templates, "
                    + ", ".join(f"{v:.1e} where {k} is the target" for k, v in checked.items())
                )
    return Calibration(thresholds, means, where)
