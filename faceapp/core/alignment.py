"""Five-point similarity alignment onto the 112x112 ArcFace template.

EdgeFace (like every InsightFace-trained model) was trained on faces warped so that the eye
centres, the nose tip and the mouth corners land on these fixed coordinates; a model sees the
same geometry at run time only if the kiosk warps the same way.
"""

from __future__ import annotations

import cv2
import numpy as np

#: ArcFace reference points for a 112x112 crop: eye L, eye R, nose, mouth L, mouth R.
ARCFACE_TEMPLATE = np.array(
    [
        [38.2946, 51.6963],
        [73.5318, 51.5014],
        [56.0252, 71.7366],
        [41.5493, 92.3655],
        [70.7299, 92.2041],
    ],
    dtype=np.float32,
)
CROP_SIZE = 112


def similarity_transform(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Least-squares similarity (rotation, uniform scale, translation) mapping src onto dst.

    Umeyama's closed form; a 2x3 matrix for ``cv2.warpAffine``. Closed form rather than
    ``cv2.estimateAffinePartial2D`` because that one uses RANSAC and may drop points, while five
    landmarks from the mesh are all meant to count.
    """
    src = np.asarray(src, dtype=np.float64)
    dst = np.asarray(dst, dtype=np.float64)
    mu_s, mu_d = src.mean(0), dst.mean(0)
    s, d = src - mu_s, dst - mu_d
    cov = d.T @ s / len(src)
    u, sig, vt = np.linalg.svd(cov)
    sign = np.eye(2)
    if np.linalg.det(u) * np.linalg.det(vt) < 0:
        sign[1, 1] = -1
    rot = u @ sign @ vt
    var_s = (s**2).sum() / len(src)
    scale = float((sig * np.diag(sign)).sum() / var_s) if var_s > 0 else 1.0
    t = mu_d - scale * rot @ mu_s
    return np.hstack([scale * rot, t[:, None]]).astype(np.float32)


def align_face(bgr: np.ndarray, landmarks: np.ndarray, size: int = CROP_SIZE) -> np.ndarray:
    """Warp a face to a ``size`` x ``size`` crop (BGR uint8) by its five landmarks."""
    template = ARCFACE_TEMPLATE * (size / CROP_SIZE)
    m = similarity_transform(np.asarray(landmarks, dtype=np.float32), template)
    return cv2.warpAffine(
        bgr, m, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )


def alignment_error(landmarks: np.ndarray) -> float:
    """Mean distance in template pixels between the warped landmarks and the template.

    Large values mean the points do not look like a frontal face (a bad detection, strong
    profile or a distorted mesh).
    """
    m = similarity_transform(landmarks, ARCFACE_TEMPLATE)
    pts = np.hstack([np.asarray(landmarks, np.float32), np.ones((5, 1), np.float32)]) @ m.T
    return float(np.linalg.norm(pts - ARCFACE_TEMPLATE, axis=1).mean())
