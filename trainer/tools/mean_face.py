"""Make the self-test face: the pixel mean of thousands of aligned faces.

The kiosk's installers and ``faceapp --self-test`` need a face image that the project may ship.
No photo of a real person qualifies, so the project makes one: the average of many aligned
112x112 crops is a face that mediapipe detects and that belongs to nobody. It is lightly
sharpened and placed on a 640x480 grey frame, like a camera frame.

    python -m trainer.tools.mean_face --cache runs/cache/train-rec \
        --out assets/selftest/face.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2
import numpy as np

from faceapp.core.errors import DataError
from trainer.data.aligned_cache import AlignedSet


def mean_face(cache: str | Path, count: int = 3000, prefixes=("celeba/", "lfw/")) -> np.ndarray:
    data = AlignedSet.load(cache)
    rows = [i for i, ident in enumerate(data.identities) if ident.startswith(prefixes)][:count]
    if len(rows) < 500:
        raise DataError(f"only {len(rows)} labelled crops; an average needs many faces")
    acc = np.zeros((112, 112, 3), np.float64)
    for s in range(0, len(rows), 500):
        acc += np.asarray(data.crops[rows[s : s + 500]], np.float64).sum(0)
    face = acc / len(rows)
    big = cv2.resize(face.astype(np.float32), (224, 224), interpolation=cv2.INTER_CUBIC)
    blur = cv2.GaussianBlur(big, (0, 0), 3)
    sharp = np.clip(big + 1.5 * (big - blur), 0, 255).astype(np.uint8)
    frame = np.full((480, 640, 3), 64, np.uint8)
    frame[128:352, 208:432] = sharp
    return frame


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m trainer.tools.mean_face",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--cache", required=True, help="aligned cache (faceapp-train align)")
    p.add_argument("--out", required=True)
    p.add_argument("--count", type=int, default=3000)
    args = p.parse_args(argv)
    frame = mean_face(args.cache, args.count)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(args.out, frame)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
