"""OpenCV images (BGR numpy arrays) to Qt images and pixmaps."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def to_qimage(bgr: np.ndarray) -> QImage:
    """A deep copy, so the numpy buffer may go away afterwards."""
    if bgr.ndim == 2:
        bgr = cv2.cvtColor(bgr, cv2.COLOR_GRAY2BGR)
    rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def to_pixmap(bgr: np.ndarray, size: int | None = None) -> QPixmap:
    """A pixmap, scaled to fit ``size`` x ``size`` if given."""
    pix = QPixmap.fromImage(to_qimage(bgr))
    if size:
        pix = pix.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return pix


def jpeg_pixmap(data: bytes, size: int | None = None) -> QPixmap | None:
    """A pixmap from encoded image bytes (event snapshots); None if undecodable."""
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return None if img is None else to_pixmap(img, size)
