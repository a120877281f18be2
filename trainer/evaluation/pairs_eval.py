"""``faceapp-train eval``: the kiosk's pairs evaluation with a progress bar, and ``.bin`` sets.

The pairs protocol itself lives in :mod:`faceapp.evaluation` (no torch), shared with the
kiosk's benchmark; this module adds what only the trainer needs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tqdm import tqdm

from faceapp.evaluation.pairs_eval import evaluate_pairs as _evaluate_pairs
from faceapp.evaluation.verification import VerificationResult, evaluate_scores


def evaluate_pairs(
    onnx_path: str | Path,
    pairs_file: str | Path,
    images: str | Path,
    threads: int = 0,
    limit_pairs: int | None = None,
    progress: bool = True,
) -> tuple[VerificationResult, dict]:
    def wrap(it):
        return tqdm(it, desc="embed", unit="img", disable=not progress)

    return _evaluate_pairs(onnx_path, pairs_file, images, threads, limit_pairs, wrap)


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
