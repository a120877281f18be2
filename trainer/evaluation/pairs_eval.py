"""``faceapp-train eval``: verification accuracy of a deployed artifact on a pairs file.

The images are raw photos; they go through the kiosk's own detection, alignment and ONNX
embedding (:class:`faceapp.core.pipeline.FacePipeline`), so the figures are those of what the
kiosk would run. A checkpoint is exported to a temporary ONNX file first, for the same reason.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from tqdm import tqdm

from trainer.data.pairs import read_pairs
from trainer.evaluation.verification import VerificationResult, evaluate_scores

log = logging.getLogger(__name__)


def embed_images(
    onnx_path: str | Path,
    root: str | Path,
    rel_paths: list[str],
    threads: int = 0,
    progress: bool = True,
) -> dict[str, np.ndarray | None]:
    """Embedding of the centre face of each image (None where no face was found)."""
    from faceapp.core.embedding import Embedder
    from faceapp.core.errors import FaceAppError
    from faceapp.core.pipeline import FacePipeline

    pipe = FacePipeline(Embedder(onnx_path, threads=threads), detector_range="auto")
    out: dict[str, np.ndarray | None] = {}
    for rel in tqdm(rel_paths, desc="embed", unit="img", disable=not progress):
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
    progress: bool = True,
) -> tuple[VerificationResult, dict]:
    """k-fold verification on a pairs file. A pair whose image has no detectable face scores
    -1 (a rejection), as a deployed kiosk would, and is counted in ``missing``."""
    pairs = read_pairs(pairs_file)
    if limit_pairs:
        # keep every fold represented: take the first pairs of each fold, same and different
        per = max(1, limit_pairs // (2 * (max(p.fold for p in pairs) + 1)))
        kept, count = [], {}
        for p in pairs:
            k = (p.fold, p.same)
            if count.get(k, 0) < per:
                kept.append(p)
                count[k] = count.get(k, 0) + 1
        pairs = kept
    rels = sorted({p.a for p in pairs} | {p.b for p in pairs})
    emb = embed_images(onnx_path, images, rels, threads, progress)
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


def evaluate_bin(
    onnx_path: str | Path, bin_file: str | Path, folds: int = 10, threads: int = 0
) -> tuple[VerificationResult, dict]:
    """Verification on an InsightFace ``.bin`` set (already aligned 112x112 crops, pairs of
    consecutive images, 10 contiguous folds as in the field's protocol)."""
    from faceapp.core.embedding import Embedder
    from trainer.data.recordio import load_bin

    crops, same = load_bin(bin_file)
    emb = Embedder(onnx_path, threads=threads).embed(crops)
    scores = (emb[0::2] * emb[1::2]).sum(1)
    fold = np.arange(len(same)) * folds // len(same)
    return evaluate_scores(scores, same, fold), {
        "pairs": len(same),
        "images": len(crops),
        "missing": [],
    }
