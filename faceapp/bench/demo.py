"""The demo visitor of the benchmarks and screenshots: the project's own mean face
(assets/selftest/face.png, no real person), sharpened like a photo, standing at the camera."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np


def demo_face() -> np.ndarray:
    """The 640x480 self-test face; an average face is soft, so an unsharp mask brings it over
    the kiosk's blur gate like a photo."""
    from faceapp.paths import assets_dir

    face = cv2.imread(str(assets_dir() / "selftest" / "face.png"))
    return cv2.addWeighted(face, 6.0, cv2.GaussianBlur(face, (0, 0), 2), -5.0, 0)


def moving_frame(image: np.ndarray | None, k: int) -> np.ndarray:
    """Frame ``k`` (640x480) of ``image`` moving a few pixels from frame to frame, as a person
    standing at the door; ``None``: an empty scene."""
    if image is None:
        return np.full((480, 640, 3), 70, np.uint8)
    move = np.float32([[1, 0, 3 * np.sin(k)], [0, 1, 2 * np.cos(k)]])
    return cv2.warpAffine(image, move, (640, 480), borderMode=cv2.BORDER_REPLICATE)


def moving_frames(folder: Path, image: np.ndarray | None, n: int) -> Path:
    """``n`` such frames as JPEG files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        cv2.imwrite(str(folder / f"{k:04d}.jpg"), moving_frame(image, k))
    return folder
