"""Switching the kiosk to another model: re-embed every template (and every face marked "not
this person") from its stored face crop.

Embeddings of different models live in different spaces, so after a switch every template must
be recomputed. The aligned crops kept with each template make that possible without anyone
enrolling again. All new embeddings are computed first and written in one transaction, so a
crash or a cancel in the middle leaves the gallery on the old model, consistently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from faceapp.core.embedding import Embedder
from faceapp.core.errors import FaceAppError
from faceapp.core.gallery import Gallery


class ReembedCancelled(FaceAppError):
    exit_code = 130


@dataclass
class NewEmbeddings:
    """Embeddings for another model, by id: the templates' and the negatives' (faces marked
    "not this person"), both re-embedded from their stored crops, and the key the gallery files
    them under (:attr:`ModelCard.template_key` of the model that made them)."""

    key: str
    templates: dict[int, np.ndarray] = field(default_factory=dict)
    negatives: dict[int, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.templates)


def compute_embeddings(
    gallery: Gallery,
    embedder: Embedder,
    batch: int = 32,
    progress: Callable[[int, int], bool | None] | None = None,
) -> NewEmbeddings:
    """New embeddings of every template and negative from its crop; nothing is written.
    ``progress(done, total)`` may return False to cancel; it is first called with 0 done, so
    a progress dialog shows (and can be cancelled) before the first batch, not after it."""
    rows = [("t", tid, c) for tid, _, c in gallery.template_crops()]
    rows += [("n", nid, c) for nid, c in gallery.negative_crops()]
    total = len(rows)
    new = NewEmbeddings(embedder.card.template_key)

    def report(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ReembedCancelled("model switch cancelled; the gallery is unchanged")

    if total:
        report(0)
    size = embedder.card.input_size
    for i in range(0, total, batch):
        part = rows[i : i + batch]
        crops = np.stack([c for _, _, c in part])
        if crops.shape[1:3] != tuple(size):
            import cv2

            crops = np.stack([cv2.resize(c, (size[1], size[0])) for c in crops])
        for (kind, key, _), e in zip(part, embedder.embed(crops), strict=True):
            (new.templates if kind == "t" else new.negatives)[key] = e
        report(min(total, i + batch))
    return new


def store_embeddings(gallery: Gallery, new: NewEmbeddings) -> None:
    """Write them in one transaction (or as part of the caller's)."""
    with gallery.transaction():
        gallery.replace_embeddings(new.key, new.templates)
        gallery.replace_negative_embeddings(new.key, new.negatives)
        gallery.set_setting("model", new.key)


def reembed_gallery(
    gallery: Gallery,
    embedder: Embedder,
    batch: int = 32,
    progress: Callable[[int, int], bool | None] | None = None,
) -> int:
    """Re-embed all templates (and negatives) with ``embedder``; returns how many templates.
    A cancel through ``progress`` changes nothing."""
    new = compute_embeddings(gallery, embedder, batch, progress)
    store_embeddings(gallery, new)
    return len(new)
