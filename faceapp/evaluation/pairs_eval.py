"""Verification accuracy of a deployed ONNX model on a pairs file of raw photos.

The photos go through the kiosk's own detection, alignment and embedding
(:class:`faceapp.core.pipeline.FacePipeline`), so the figures are those of what the kiosk
would run. A pair whose image has no detectable face scores -1 (a rejection), as a deployed
kiosk would, and is counted in ``missing``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from faceapp.evaluation.pairs import Pair, read_pairs
from faceapp.evaluation.verification import VerificationResult, evaluate_scores

log = logging.getLogger(__name__)


def balanced_subset(pairs: list[Pair], limit: int) -> list[Pair]:
    """The first pairs of each fold, same and different alike, ``limit`` in all."""
    folds = max(p.fold for p in pairs) + 1
    per = max(1, limit // (2 * folds))
    kept, count = [], {}
    for p in pairs:
        k = (p.fold, p.same)
        if count.get(k, 0) < per:
            kept.append(p)
            count[k] = count.get(k, 0) + 1
    return kept


def embed_images(
    onnx_path: str | Path,
    root: str | Path,
    rel_paths: list[str],
    threads: int = 0,
    wrap: Callable[[Iterable], Iterable] = lambda it: it,
) -> dict[str, np.ndarray | None]:
    """Embedding of the centre face of each image (None where no face was found); ``wrap``
    can add a progress bar around the loop."""
    from faceapp.core.embedding import Embedder
    from faceapp.core.errors import FaceAppError
    from faceapp.core.pipeline import FacePipeline

    pipe = FacePipeline(Embedder(onnx_path, threads=threads), detector_range="auto")
    out: dict[str, np.ndarray | None] = {}
    for rel in wrap(rel_paths):
        try:
            out[rel] = pipe.single_face(Path(root) / rel, choose="center").embedding
        except FaceAppError as e:
            log.warning("%s", e)
            out[rel] = None
    return out


def evaluate_pairs(
    onnx_path: str | Path,
    pairs_file: str | Path,
    images: str | Path,
    threads: int = 0,
    limit_pairs: int | None = None,
    wrap: Callable[[Iterable], Iterable] = lambda it: it,
) -> tuple[VerificationResult, dict]:
    """k-fold verification on a pairs file; returns the result and counts."""
    pairs = read_pairs(pairs_file)
    if limit_pairs:
        pairs = balanced_subset(pairs, limit_pairs)
    rels = sorted({p.a for p in pairs} | {p.b for p in pairs})
    emb = embed_images(onnx_path, images, rels, threads, wrap)
    scores = np.array(
        [
            float(emb[p.a] @ emb[p.b]) if emb[p.a] is not None and emb[p.b] is not None else -1.0
            for p in pairs
        ]
    )
    res = evaluate_scores(
        scores, np.array([p.same for p in pairs]), np.array([p.fold for p in pairs])
    )
    info = {
        "pairs": len(pairs),
        "images": len(rels),
        "missing": sorted(r for r, e in emb.items() if e is None),
    }
    return res, info
