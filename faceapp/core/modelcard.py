"""Model cards: the JSON file next to every ONNX model that says what the model is.

The kiosk trusts nothing implicit about a model: input size and normalisation, embedding size,
the decision thresholds measured for it, and the sha256 of the ONNX file (so a truncated or
swapped file is caught at load time) all come from the card. The trainer writes cards on
export; the kiosk reads them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from faceapp.core.errors import ModelError

CARD_SUFFIX = ".json"


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class ModelCard:
    """Everything the kiosk needs to run a face-embedding model correctly."""

    name: str
    file: str  # ONNX file name, relative to the card
    architecture: str = "unknown"
    input_size: tuple[int, int] = (112, 112)  # height, width
    channel_order: str = "RGB"
    # pixel -> (pixel / 255 - mean) / std, per channel, as the model was trained
    mean: tuple[float, float, float] = (0.5, 0.5, 0.5)
    std: tuple[float, float, float] = (0.5, 0.5, 0.5)
    embedding_size: int = 512
    quantization: str = "fp32"
    params: int | None = None
    mflops: float | None = None
    sha256: str | None = None
    # Cosine thresholds by target false-accept rate ("1e-3": 0.31), measured on impostor pairs.
    thresholds: dict[str, float] = field(default_factory=dict)
    default_far: str = "1e-3"
    provenance: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    license: str | None = None
    notes: str = ""

    def threshold(self, far: str | float | None = None) -> float:
        """Cosine threshold for a per-comparison FAR (default: the card's ``default_far``),
        interpolated between the measured ones (see :mod:`faceapp.core.threshold`)."""
        from faceapp.core.threshold import threshold_at_far

        try:
            target = float(far or self.default_far)
        except ValueError:
            raise ModelError(f"false-accept rate {far!r} is not a number") from None
        return threshold_at_far(self, target)[0]

    def to_json(self) -> str:
        d = asdict(self)
        d["input_size"] = list(self.input_size)
        return json.dumps(d, indent=2, sort_keys=False) + "\n"

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_json(), encoding="utf-8")
        return path

    @classmethod
    def from_dict(cls, d: dict, source: str = "<card>") -> ModelCard:
        if not isinstance(d, dict):
            raise ModelError("model card is not a JSON object", source)
        known = {f for f in cls.__dataclass_fields__}
        missing = [k for k in ("name", "file") if k not in d]
        if missing:
            raise ModelError(f"model card lacks {', '.join(missing)}", source)
        try:
            kw = {k: v for k, v in d.items() if k in known}
            for k in ("input_size", "mean", "std"):
                if k in kw:
                    kw[k] = tuple(float(x) if k != "input_size" else int(x) for x in kw[k])
            card = cls(**kw)
            for k in ("name", "file"):
                if not isinstance(getattr(card, k), str) or not getattr(card, k).strip():
                    raise ValueError(f"{k} must be a non-empty string")
            for k in ("architecture", "channel_order", "quantization", "default_far", "notes"):
                if not isinstance(getattr(card, k), str):
                    raise ValueError(f"{k} must be a string")
            if card.channel_order.upper() not in ("RGB", "BGR"):
                raise ValueError("channel_order must be RGB or BGR")
            if not isinstance(card.embedding_size, int) or isinstance(card.embedding_size, bool):
                raise ValueError("embedding_size must be an integer")
            if not isinstance(card.thresholds or {}, dict):
                raise ValueError("thresholds must map a false-accept rate to a cosine")
            if len(card.input_size) != 2 or len(card.mean) != 3 or len(card.std) != 3:
                raise ValueError("input_size needs 2 values, mean and std 3")
            if card.embedding_size <= 0 or any(s == 0 for s in card.std):
                raise ValueError("embedding_size must be positive and std non-zero")
            card.thresholds = {str(k): float(v) for k, v in (card.thresholds or {}).items()}
        except (TypeError, ValueError) as e:
            raise ModelError(f"invalid model card ({e})", source) from None
        return card

    @classmethod
    def load(cls, path: str | Path) -> ModelCard:
        path = Path(path)
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelError("model card not found", path) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ModelError(f"unreadable model card ({e})", path) from None
        return cls.from_dict(d, str(path))


def card_path_for(model_path: str | Path) -> Path:
    """``models/x.onnx`` -> ``models/x.json``."""
    return Path(model_path).with_suffix(CARD_SUFFIX)
