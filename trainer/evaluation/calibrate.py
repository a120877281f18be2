"""Decision thresholds for a model card, from impostor scores on labelled faces.

The kiosk picks its threshold by target false-accept rate; that needs the score below which a
given fraction of *different-person* pairs falls, for this very model. We measure it on
identity-labelled aligned crops (never the evaluation identities) through the ONNX file.
"""

from __future__ import annotations

import numpy as np

FARS = (1e-2, 1e-3, 1e-4, 1e-5)


def far_key(far: float) -> str:
    return f"{far:.0e}".replace("e-0", "e-")


def impostor_scores(
    embeddings: np.ndarray, identities: list[str], max_pairs: int = 2_000_000, seed: int = 0
) -> np.ndarray:
    """Cosine scores of pairs of different identities (all pairs, or a random sample)."""
    emb = embeddings / np.linalg.norm(embeddings, axis=1, keepdims=True)
    ids = np.array(identities)
    n = len(emb)
    if n * (n - 1) // 2 <= max_pairs:
        i, j = np.triu_indices(n, 1)
    else:
        rng = np.random.default_rng(seed)
        i = rng.integers(0, n, max_pairs)
        j = rng.integers(0, n, max_pairs)
        keep = i != j
        i, j = i[keep], j[keep]
    keep = ids[i] != ids[j]
    i, j = i[keep], j[keep]
    out = np.empty(len(i), np.float32)
    for s in range(0, len(i), 500_000):
        out[s : s + 500_000] = np.einsum(
            "nd,nd->n", emb[i[s : s + 500_000]], emb[j[s : s + 500_000]]
        )
    return out


def thresholds_from_impostors(scores: np.ndarray, fars: tuple[float, ...] = FARS) -> dict:
    """{"1e-3": t, ...} with ``P(impostor score >= t) <= far``, for the FARs the count resolves."""
    s = np.sort(scores)[::-1]
    out = {}
    for far in fars:
        if len(s) * far < 10:  # fewer than 10 impostors above it: too noisy to publish
            continue
        k = int(far * len(s))
        out[far_key(far)] = round(float(s[k]) + 1e-6, 4)
    return out


def thresholds_for_model(onnx_path, source, limit: int = 1500) -> dict[str, float]:
    """Thresholds of an ONNX model from identity-labelled faces: an aligned cache folder
    (``meta.json``) or photo folders ``<identity>/<photo>`` aligned on the fly."""
    import tempfile
    from pathlib import Path

    from faceapp.core.embedding import Embedder
    from trainer.data.aligned_cache import AlignedSet, build_cache

    embedder = Embedder(onnx_path, verify_hash=False)
    if (Path(source) / "meta.json").exists():
        data = AlignedSet.load(source)
        keep = [i for i, ident in enumerate(data.identities) if ident][:limit]
        emb = embedder.embed(np.asarray(data.crops[keep]))
        ids = [data.identities[i] for i in keep]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            data = build_cache([source], tmp, workers=1, limit_per_root=limit)
            emb = embedder.embed(np.asarray(data.crops))
            ids = data.identities
    return thresholds_from_impostors(impostor_scores(emb, ids))
