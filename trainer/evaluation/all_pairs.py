"""``faceapp-train all-pairs``: acceptance at rare false-accept rates on every pair of a set.

The dev pairs (3 000) no longer separate good models, and the door's security level works at
false-accept rates near 1e-5 per comparison, which 3 000 pairs cannot resolve. Every pair of the
held-out crops can: the LFW dev photos give about 59 000 same-person and 14 million
different-person pairs. This scores them all, for checkpoints (``.pt``, through the same
temporary ONNX export as ``eval``) and ONNX files alike, each crop alone and with the flip
average (the mean of the crop's and its mirror image's embeddings, as a card with
``flip_average`` makes the kiosk embed), so masters, branches and int8 files compare on one
protocol (the *Schedule* table of the model card).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from faceapp.core.embedding import Embedder, l2_normalize
from faceapp.evaluation.verification import tar_at_far

FARS = (1e-3, 1e-4, 1e-5)


def pair_scores(
    embeddings: np.ndarray, identities: list[str], same_too: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """(same-person, different-person) cosine scores of every pair of photos.

    Pairs are scored block by block (a 1 024-row slice against the rows after it), so ten
    thousand photos (5e7 pairs) need no index arrays. ``same_too=False`` skips collecting the
    same-person scores (an empty first array)."""
    emb = l2_normalize(np.asarray(embeddings, np.float32))
    _, codes = np.unique(np.asarray(identities), return_inverse=True)
    n = len(emb)
    same, different = [], []
    for s in range(0, n, 1024):
        block = emb[s : s + 1024] @ emb[s:].T
        rows = np.arange(s, min(n, s + 1024))[:, None]
        cols = np.arange(s, n)[None, :]
        later = cols > rows
        one = codes[rows] == codes[cols]
        different.append(block[later & ~one])
        if same_too:
            same.append(block[later & one])
    empty = np.zeros(0, np.float32)
    return (
        np.concatenate(same) if same else empty,
        np.concatenate(different) if different else empty,
    )


def tars(same: np.ndarray, different: np.ndarray, fars=FARS) -> dict[str, float]:
    """Share of same-person pairs accepted at each FAR the different-person pairs resolve."""
    scores = np.r_[same, different]
    labels = np.r_[np.ones(len(same), bool), np.zeros(len(different), bool)]
    return tar_at_far(scores, labels, fars)[0]


def all_pairs_report(
    model_onnx: str | Path, crops: np.ndarray, identities: list[str], fars=FARS
) -> dict:
    """TAR at ``fars`` over every pair, each crop alone and flip-averaged, with pair counts."""
    plain, mirror = Embedder(model_onnx, verify_hash=False).embed_with_mirror(crops)
    out: dict = {}
    for name, emb in (("plain", plain), ("flip", plain + mirror)):
        same, different = pair_scores(emb, identities)
        out[name] = tars(same, different, fars)
        out["pairs"] = [int(len(same)), int(len(different))]
    return out
