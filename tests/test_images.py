"""Bad image input gets a clear error naming the file and the reason."""

from __future__ import annotations

import struct
import zlib

import cv2
import numpy as np
import pytest
from conftest import lfw

from faceapp.core.errors import ImageError
from faceapp.core.images import decode_image, read_image


def _png(width: int, height: int, path) -> None:
    """A valid grey PNG written row by row (a 20 000 x 20 000 one costs ~400 KB on disk)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    comp = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * width
    body = b"".join(comp.compress(row) for _ in range(min(height, 64)))
    if height > 64:  # identical rows compress to almost nothing; keep the writer fast
        body += comp.compress(row * (height - 64))
    body += comp.flush()
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", body))
        f.write(chunk(b"IEND", b""))


def test_reads_a_real_photo():
    img = read_image(lfw("Colin_Powell", 1))
    assert img.shape == (250, 250, 3) and img.dtype == np.uint8


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.jpg", b"", "empty file"),
        ("text.jpg", b"this is not an image at all" * 10, "not an image"),
        ("pdf.png", b"%PDF-1.4\n" + b"0" * 500, "not an image"),
    ],
)
def test_garbage_files(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(ImageError) as e:
        read_image(p)
    assert reason in str(e.value) and name in str(e.value)


def test_truncated_jpeg(tmp_path):
    data = lfw("Tony_Blair", 1).read_bytes()
    p = tmp_path / "cut.jpg"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match="truncated"):
        read_image(p)


def test_corrupt_jpeg_body(tmp_path):
    data = bytearray(lfw("Tony_Blair", 1).read_bytes())
    data[2:600] = b"\x00" * 598  # destroy the headers, keep the end marker
    p = tmp_path / "corrupt.jpg"
    p.write_bytes(bytes(data))
    with pytest.raises(ImageError):
        read_image(p)


def test_tiny_image(tmp_path):
    p = tmp_path / "one.png"
    cv2.imwrite(str(p), np.zeros((1, 1, 3), np.uint8))
    with pytest.raises(ImageError, match="too small"):
        read_image(p)


def test_huge_image_refused_before_decoding(tmp_path):
    p = tmp_path / "huge.png"
    _png(20_000, 20_000, p)
    assert p.stat().st_size < 5_000_000
    with pytest.raises(ImageError, match="too large"):
        read_image(p)


def test_missing_and_folder(tmp_path):
    with pytest.raises(ImageError, match="no such file"):
        read_image(tmp_path / "nope.jpg")
    with pytest.raises(ImageError, match="folder"):
        read_image(tmp_path)


def test_decode_grey_and_alpha():
    grey = cv2.imencode(".png", np.full((64, 64), 90, np.uint8))[1].tobytes()
    rgba = cv2.imencode(".png", np.full((64, 64, 4), 90, np.uint8))[1].tobytes()
    assert decode_image(grey).shape == (64, 64, 3)
    assert decode_image(rgba).shape == (64, 64, 3)
