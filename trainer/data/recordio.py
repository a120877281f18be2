"""InsightFace training sets in MXNet RecordIO (``train.rec`` + ``train.idx``), read without
mxnet, and the ``.bin`` verification sets (LFW, CFP-FP, AgeDB-30, CALFW, CPLFW).

RecordIO layout: each record is ``magic (u32 0xced7230a) | flag<<29 | length (u32) | payload``
padded to 4 bytes; the payload starts with an ``IRHeader`` (flag u32, label f32, id u64, id2
u64), followed by ``flag`` extra float labels when flag > 0, then the encoded image. Record 0
of InsightFace sets is a header whose label holds the range of image records.
"""

from __future__ import annotations

import pickle
import struct
from pathlib import Path

import cv2
import numpy as np

from faceapp.core.errors import DataError

MAGIC = 0xCED7230A
_HEADER = struct.Struct("<IfQQ")


def pack_record(label: float, image: bytes, idx: int = 0) -> bytes:
    """One RecordIO record (for writing test sets and small custom sets)."""
    payload = _HEADER.pack(0, float(label), idx, 0) + image
    pad = (-len(payload)) % 4
    return struct.pack("<II", MAGIC, len(payload)) + payload + b"\x00" * pad


class RecordIOReader:
    """Random access to ``.rec`` records through the ``.idx`` offsets."""

    def __init__(self, rec: str | Path, idx: str | Path | None = None) -> None:
        self.rec = Path(rec)
        self.idx_path = Path(idx) if idx else self.rec.with_suffix(".idx")
        self.offsets: dict[int, int] = {}
        try:
            for line in self.idx_path.read_text().splitlines():
                if line.strip():
                    k, off = line.split("\t")
                    self.offsets[int(k)] = int(off)
            self._f = open(self.rec, "rb")  # noqa: SIM115 - kept open for random access
        except (OSError, ValueError) as e:
            raise DataError(f"cannot read this RecordIO set ({e})", self.rec) from None
        if not self.offsets:
            raise DataError("empty RecordIO index", self.idx_path)
        self.keys = sorted(self.offsets)
        first = self.read(self.keys[0])
        # InsightFace header record: flag > 0 and label = (first, end) of the image records
        if first[0] > 0 and len(first[1]) >= 2 and first[2] == b"":
            start, end = int(first[1][0]), int(first[1][1])
            self.keys = [k for k in range(start, end) if k in self.offsets]

    def close(self) -> None:
        self._f.close()

    def __len__(self) -> int:
        return len(self.keys)

    def read(self, key: int) -> tuple[int, np.ndarray, bytes]:
        """(flag, labels, image bytes) of record ``key``."""
        self._f.seek(self.offsets[key])
        magic, lrec = struct.unpack("<II", self._f.read(8))
        if magic != MAGIC:
            raise DataError(f"{self.rec}: bad record magic at key {key}")
        length = lrec & ((1 << 29) - 1)
        payload = self._f.read(length)
        flag, label, _, _ = _HEADER.unpack_from(payload)
        off = _HEADER.size
        if flag > 0:
            labels = np.frombuffer(payload, np.float32, flag, off)
            off += 4 * flag
        else:
            labels = np.array([label], np.float32)
        return flag, labels, payload[off:]

    def sample(self, i: int) -> tuple[np.ndarray, int]:
        """(BGR crop, integer label) of the i-th image record."""
        _, labels, img = self.read(self.keys[i])
        crop = cv2.imdecode(np.frombuffer(img, np.uint8), cv2.IMREAD_COLOR)
        if crop is None:
            raise DataError(f"{self.rec}: undecodable image in record {self.keys[i]}")
        return crop, int(labels[0])


def load_bin(path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """A ``.bin`` verification set: (N, 112, 112, 3) BGR crops and the (N/2,) same flags
    for the pairs (0, 1), (2, 3), ..."""
    with open(path, "rb") as f:
        bins, issame = pickle.load(f, encoding="bytes")
    crops = np.stack(
        [cv2.imdecode(np.frombuffer(bytes(b), np.uint8), cv2.IMREAD_COLOR) for b in bins]
    )
    return crops, np.asarray(issame, bool)
