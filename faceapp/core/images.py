"""Reading images from disk safely.

OpenCV's ``imread`` returns ``None`` for anything it cannot decode and silently decodes a
truncated JPEG into a half-grey picture, so the kiosk reads bytes itself, checks the size before
decoding (a 20 000 x 20 000 image is 1.2 GB of pixels) and reports a clear reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from faceapp.core.errors import ImageError, Reason

#: Smallest side in pixels that can hold a recognisable face.
MIN_SIDE = 32
#: Largest number of pixels decoded (about a 64 MP photo). Larger images are refused.
MAX_PIXELS = 64_000_000
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff", ".pgm", ".ppm")


def _header_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header without decoding pixels; None if unknown."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            seg_len = int.from_bytes(data[i + 2 : i + 4], "big")
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
                h = int.from_bytes(data[i + 5 : i + 7], "big")
                w = int.from_bytes(data[i + 7 : i + 9], "big")
                return w, h
            i += 2 + seg_len
    return None


def _jpeg_truncated(data: bytes) -> bool:
    """A complete JPEG ends with the EOI marker (some writers pad a few bytes after it)."""
    return data[:2] == b"\xff\xd8" and b"\xff\xd9" not in data[-64:]


def decode_image(data: bytes, name: str = "<bytes>") -> np.ndarray:
    """Decode encoded image bytes to a BGR uint8 array, or raise :class:`ImageError`."""
    if not data:
        raise ImageError(Reason("empty file"), name)
    size = _header_size(data)
    if size is not None and size[0] * size[1] > MAX_PIXELS:
        raise ImageError(
            Reason(
                "image too large ({w}x{h}; at most {mp} MP)",
                w=size[0],
                h=size[1],
                mp=MAX_PIXELS // 1_000_000,
            ),
            name,
        )
    if _jpeg_truncated(data):
        raise ImageError(Reason("truncated JPEG (the file ends before the image does)"), name)
    buf = np.frombuffer(data, dtype=np.uint8)
    img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    if img is None:
        raise ImageError(Reason("not an image, or a corrupt one (cannot decode)"), name)
    return check_frame(img, name)


def check_frame(img: np.ndarray, name: str = "<frame>") -> np.ndarray:
    """Validate an in-memory frame: 8-bit, 1/3/4 channels, within the size limits; returns BGR."""
    if not isinstance(img, np.ndarray) or img.dtype != np.uint8 or img.ndim not in (2, 3):
        raise ImageError(Reason("not an 8-bit image array"), name)
    if img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    elif img.shape[2] == 4:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    elif img.shape[2] != 3:
        raise ImageError(Reason("unsupported channel count {n}", n=img.shape[2]), name)
    h, w = img.shape[:2]
    if min(h, w) < MIN_SIDE:
        raise ImageError(
            Reason("image too small ({w}x{h}; at least {side} px a side)", w=w, h=h, side=MIN_SIDE),
            name,
        )
    if h * w > MAX_PIXELS:
        raise ImageError(Reason("image too large ({w}x{h})", w=w, h=h), name)
    return img


def read_image(path: str | Path) -> np.ndarray:
    """Read an image file as BGR uint8, raising :class:`ImageError` with the reason."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ImageError(Reason("no such file"), p) from None
    except IsADirectoryError:
        raise ImageError(Reason("is a folder, not an image"), p) from None
    except OSError as e:
        raise ImageError(Reason("cannot read ({why})", why=e.strerror or str(e)), p) from None
    return decode_image(data, str(p))


def list_images(folder: str | Path) -> list[Path]:
    """Image files below ``folder`` in a stable (sorted) order."""
    root = Path(folder)
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())


@dataclass(frozen=True)
class NamedImage:
    """A decoded photo that came without a file (an upload), with the name to report it by."""

    name: str
    image: np.ndarray


Photo = str | Path | NamedImage


def load_photo(photo: Photo) -> tuple[np.ndarray, str]:
    """The image of a photo file or upload, and the name that messages use for it."""
    if isinstance(photo, NamedImage):
        return check_frame(photo.image, photo.name), photo.name
    return read_image(photo), str(photo)
