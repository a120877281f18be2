"""Align folders of face photos once with the kiosk's detector and alignment, and cache them.

Training on what the kiosk will see means training on crops made by the kiosk's own code
(mediapipe landmarks + ArcFace warp), not on some other aligner's. Aligning is the slow part
(about 15 ms a photo), so the crops are cached in one ``crops.npy`` (N x 112 x 112 x 3, BGR
uint8, memory-mapped when read) with ``meta.json`` holding path and identity of each row.

Layouts understood: ``root/<identity>/<photo>`` (identity = folder name) and flat folders of
photos without identities (identity = ""; usable for label-free distillation).
"""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from faceapp.core.errors import ConfigError, DataError
from faceapp.core.images import list_images

log = logging.getLogger(__name__)

_detector = None


def _init_worker(detector_range: str) -> None:
    global _detector
    from faceapp.core.detection import FaceDetector

    _detector = FaceDetector(detector_range)


def _align_one(path: str) -> np.ndarray | None:
    from faceapp.core.alignment import align_face
    from faceapp.core.errors import FaceAppError
    from faceapp.core.images import read_image

    try:
        img = read_image(path)
        faces = _detector.detect(img)
    except FaceAppError:
        return None
    if not faces:
        return None
    c = np.array([img.shape[1] / 2, img.shape[0] / 2])
    face = min(faces, key=lambda f: float(np.linalg.norm(f.landmarks[2] - c)))
    return align_face(img, face.landmarks)


def identity_of(path: Path, root: Path) -> str:
    rel = path.relative_to(root)
    return f"{root.name}/{rel.parts[0]}" if len(rel.parts) > 1 else ""


@dataclass
class AlignedSet:
    """Cached aligned crops with their source paths and identities."""

    crops: np.ndarray  # (N, 112, 112, 3) uint8 BGR, possibly a memmap
    paths: list[str]
    identities: list[str]

    def __len__(self) -> int:
        return len(self.paths)

    def labels(self) -> tuple[np.ndarray, list[str]]:
        """Integer class per row (-1 for unlabelled) and the class names."""
        names = sorted({i for i in self.identities if i})
        index = {n: k for k, n in enumerate(names)}
        return np.array([index.get(i, -1) for i in self.identities], np.int64), names

    @classmethod
    def load(cls, folder: str | Path, mmap: bool = True) -> AlignedSet:
        """An aligned cache written by ``faceapp-train align``; :class:`DataError` when the
        folder is not one (missing, half-written or damaged)."""
        folder = Path(folder)
        try:
            meta = json.loads((folder / "meta.json").read_text())
            crops = np.load(folder / "crops.npy", mmap_mode="r" if mmap else None)
            return cls(crops, meta["paths"], meta["identities"])
        except (OSError, ValueError, KeyError) as e:
            raise DataError(
                f"not an aligned cache ({type(e).__name__}: {e}); build one with "
                "`faceapp-train align`",
                folder,
            ) from None


def _write_cache(out: Path, items: list[tuple[str, str]], crops_iter, extra: dict) -> AlignedSet:
    """Write the crops that ``crops_iter`` yields (None = skipped) for ``items`` (path,
    identity) into ``out`` as crops.npy + meta.json; a partial file until complete."""
    out.mkdir(parents=True, exist_ok=True)
    crops = np.lib.format.open_memmap(
        out / "crops.partial.npy", mode="w+", dtype=np.uint8, shape=(len(items), 112, 112, 3)
    )
    kept: list[int] = []
    for i, crop in enumerate(tqdm(crops_iter, total=len(items), desc="align", unit="img")):
        if crop is not None:
            crops[len(kept)] = crop
            kept.append(i)
    crops.flush()
    final = np.lib.format.open_memmap(
        out / "crops.npy", mode="w+", dtype=np.uint8, shape=(len(kept), 112, 112, 3)
    )
    final[:] = crops[: len(kept)]
    final.flush()
    del crops, final
    (out / "crops.partial.npy").unlink()
    kept_set = set(kept)
    meta = {
        "paths": [items[i][0] for i in kept],
        "identities": [items[i][1] for i in kept],
        "skipped": [items[i][0] for i in range(len(items)) if i not in kept_set],
        **extra,
    }
    (out / "meta.json").write_text(json.dumps(meta))
    log.info("cached %d of %d faces into %s", len(kept), len(items), out)
    return AlignedSet.load(out)


def _prealigned(path: str) -> np.ndarray | None:
    """An already aligned crop: read and bring to 112x112, no detection."""
    import cv2

    from faceapp.core.errors import FaceAppError
    from faceapp.core.images import read_image

    try:
        img = read_image(path)
    except FaceAppError:
        return None
    return img if img.shape[:2] == (112, 112) else cv2.resize(img, (112, 112))


def build_cache(
    roots: list[str | Path],
    out: str | Path,
    workers: int = 2,
    detector_range: str = "auto",
    limit_per_root: int | None = None,
    prealigned: bool = False,
) -> AlignedSet:
    """Align every photo below ``roots`` into ``out``; photos without a face are skipped.

    ``prealigned``: the photos are already aligned 112x112 crops (as in InsightFace's data);
    they are only read and checked. A root that is a ``.rec`` file is imported from RecordIO.
    """
    out = Path(out)
    recs = [r for r in roots if str(r).endswith(".rec")]
    if recs:
        if len(recs) != len(roots):
            raise ConfigError("give either .rec files or photo folders, not both")
        return import_recordio(recs, out)
    items: list[tuple[str, str]] = []
    for r in roots:
        root = Path(r)
        files = list_images(root)
        if limit_per_root:
            files = files[:limit_per_root]
        items += [(str(p), identity_of(p, root)) for p in files]
    if not items:
        raise FileNotFoundError(f"no images below {', '.join(map(str, roots))}")
    extra = {
        "roots": [str(r) for r in roots],
        "aligner": "pre-aligned input"
        if prealigned
        else "faceapp.core mediapipe + ArcFace 5-point",
    }
    if prealigned:
        return _write_cache(out, items, (_prealigned(p) for p, _ in items), extra)
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(detector_range,)) as pool:
        it = pool.imap(_align_one, [p for p, _ in items], chunksize=16)
        return _write_cache(out, items, it, extra)


def import_recordio(recs: list[str | Path] | str | Path, out: str | Path) -> AlignedSet:
    """InsightFace ``.rec``/``.idx`` training sets as one cache.

    A record's identity is ``<rec name>/<label>`` so that labels of two sets never merge; label
    -1 means "no identity" (one-photo-per-person and unlabelled sets) and becomes ``""``, the
    cache's unlabelled marker, instead of one giant class.
    """
    from trainer.data.recordio import RecordIOReader

    recs = [recs] if isinstance(recs, str | Path) else list(recs)
    readers = [RecordIOReader(r) for r in recs]
    items = [(f"{r}#{k}", "") for r, rd in zip(recs, readers, strict=True) for k in rd.keys]

    def crops():
        n = 0
        for rec, reader in zip(recs, readers, strict=True):
            for i in range(len(reader)):
                crop, label = reader.sample(i)
                if label >= 0:
                    items[n] = (items[n][0], f"{Path(rec).stem}/{label}")
                n += 1
                yield crop if crop.shape[:2] == (112, 112) else None

    try:
        return _write_cache(
            Path(out),
            items,
            crops(),
            {"roots": [str(r) for r in recs], "aligner": "RecordIO (pre-aligned)"},
        )
    finally:
        for reader in readers:
            reader.close()
