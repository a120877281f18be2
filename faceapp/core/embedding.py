"""Face embeddings from any ONNX model described by a model card (onnxruntime, CPU).

The kiosk does not care which network it runs: EdgeFace fp32 or int8, a user's own export or
MobileFaceNet all go through here, with preprocessing taken from the card.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from faceapp.core.errors import ModelError, Reason
from faceapp.core.modelcard import ModelCard, card_path_for, sha256_file

log = logging.getLogger(__name__)


def l2_normalize(x: np.ndarray, axis: int = -1) -> np.ndarray:
    n = np.linalg.norm(x, axis=axis, keepdims=True)
    return x / np.maximum(n, 1e-12)


class Embedder:
    """An ONNX face-embedding model ready to run.

    ``threads``: onnxruntime intra-op threads (0 = onnxruntime's default, all cores). A kiosk
    that also decodes video usually does best with 1-2.
    """

    def __init__(
        self,
        model_path: str | Path,
        card: ModelCard | None = None,
        threads: int = 0,
        verify_hash: bool = True,
    ) -> None:
        self.path = Path(model_path)
        if not self.path.is_file():
            raise ModelError(Reason("model file not found"), self.path)
        if card is None:
            cp = card_path_for(self.path)
            card = ModelCard.load(cp) if cp.exists() else None
        if card is not None and verify_hash and card.sha256:
            actual = sha256_file(self.path)
            if actual != card.sha256:
                raise ModelError(
                    Reason(
                        "file does not match its model card's sha256 "
                        "(truncated, damaged or swapped)"
                    ),
                    self.path,
                )
        try:
            self.session = cpu_session(self.path, threads)
        except Exception as e:  # onnxruntime raises its own Fail/InvalidProtobuf types
            msg = str(e).strip().splitlines()[0][:200]
            raise ModelError(
                Reason("not a loadable ONNX model ({why})", why=msg), self.path
            ) from None
        inputs = self.session.get_inputs()
        if len(inputs) != 1 or len(inputs[0].shape) != 4:
            raise ModelError(Reason("expected one NCHW image input"), self.path)
        self.input_name = inputs[0].name
        shape = inputs[0].shape
        out_shape = self.session.get_outputs()[0].shape
        if card is None:
            log.warning("%s has no model card; assuming 112x112 RGB in [-1, 1]", self.path.name)
            h = shape[2] if isinstance(shape[2], int) else 112
            w = shape[3] if isinstance(shape[3], int) else 112
            emb = out_shape[-1] if isinstance(out_shape[-1], int) else 512
            card = ModelCard(
                name=self.path.stem, file=self.path.name, input_size=(h, w), embedding_size=emb
            )
        for dim, want in ((shape[2], card.input_size[0]), (shape[3], card.input_size[1])):
            if isinstance(dim, int) and dim != want:
                raise ModelError(
                    Reason(
                        "model input is {shape}, card says {size}",
                        shape=str(shape),
                        size=str(card.input_size),
                    ),
                    self.path,
                )
        self.card = card
        self._fixed_batch = shape[0] if isinstance(shape[0], int) else None
        self._mean = np.array(card.mean, np.float32).reshape(1, 3, 1, 1) * 255.0
        self._std = np.array(card.std, np.float32).reshape(1, 3, 1, 1) * 255.0
        # A probe run now, so a model that loads but cannot run fails here, not at the door.
        probe = self.embed(np.zeros((1, *card.input_size, 3), np.uint8))
        if probe.shape[1] != card.embedding_size:
            raise ModelError(
                Reason(
                    "model gives {n}-d embeddings, card says {size}",
                    n=probe.shape[1],
                    size=card.embedding_size,
                ),
                self.path,
            )

    @property
    def name(self) -> str:
        return self.card.name

    def preprocess(self, crops_bgr: np.ndarray) -> np.ndarray:
        """(N, H, W, 3) BGR uint8 crops -> (N, 3, H, W) float32 as the card says."""
        x = crops_bgr if self.card.channel_order.upper() == "BGR" else crops_bgr[..., ::-1]
        x = x.transpose(0, 3, 1, 2).astype(np.float32)
        return (x - self._mean) / self._std

    def embed(self, crops_bgr: np.ndarray | list[np.ndarray], batch_size: int = 32) -> np.ndarray:
        """L2-normalised embeddings (N, D) float32 for aligned BGR crops (the mean of the
        crop's and its mirror image's where the card asks for the flip average)."""
        if self.card.flip_average:
            plain, mirror = self.embed_with_mirror(crops_bgr, batch_size)
            return l2_normalize(plain + mirror)
        return l2_normalize(self._run(self._checked(crops_bgr), batch_size))

    def embed_with_mirror(
        self, crops_bgr: np.ndarray | list[np.ndarray], batch_size: int = 32
    ) -> tuple[np.ndarray, np.ndarray]:
        """The L2-normalised embeddings of the crops and of their mirror images, each image
        alone (run as one batch): the two halves of the flip average, which evaluation also
        reads apart."""
        crops = self._checked(crops_bgr)
        n = len(crops)
        both = self._run(np.concatenate([crops, crops[:, :, ::-1]]), batch_size)
        return l2_normalize(both[:n]), l2_normalize(both[n:])

    def _checked(self, crops_bgr: np.ndarray | list[np.ndarray]) -> np.ndarray:
        crops = np.asarray(crops_bgr, dtype=np.uint8)
        if crops.ndim == 3:
            crops = crops[None]
        if crops.shape[1:3] != tuple(self.card.input_size):
            raise ModelError(f"crops are {crops.shape[1:3]}, model wants {self.card.input_size}")
        return crops

    def _run(self, crops: np.ndarray, batch_size: int) -> np.ndarray:
        """The model's raw outputs (N, D) for BGR crops, in batches it accepts."""
        step = self._fixed_batch or batch_size
        out = []
        for i in range(0, len(crops), step):
            x = self.preprocess(crops[i : i + step])
            n = len(x)
            if self._fixed_batch and n < self._fixed_batch:
                x = np.concatenate([x, np.zeros((self._fixed_batch - n, *x.shape[1:]), x.dtype)])
            y = self.session.run(None, {self.input_name: x})[0][:n]
            out.append(np.asarray(y, np.float32).reshape(n, -1))
        if not out:
            return np.zeros((0, self.card.embedding_size), np.float32)
        return np.concatenate(out)


def cpu_session(path: str | Path, threads: int = 0, spin: bool = True):
    """An onnxruntime CPU session with ``threads`` intra-op threads (0 = all cores) and one
    inter-op thread. ``spin=False``: the threads sleep between calls instead of spin-waiting,
    for a caller that hands the cores to other work between runs (a training step)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = int(threads)
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    if not spin:
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])


def default_threads() -> int:
    """Threads for the kiosk's embedder: half the cores, at least one, leaving room for video."""
    return max(1, (os.cpu_count() or 2) // 2)
