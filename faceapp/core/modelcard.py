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

from faceapp.core.errors import ModelError, Reason
from faceapp.core.typed import from_mapping

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
    # The embedding is the mean of the crop's and its mirror image's (test-time flip): both
    # run as one batch, and the pair's average is a steadier point for the same face.
    flip_average: bool = False
    quantization: str = "fp32"
    params: int | None = None
    mflops: float | None = None
    sha256: str | None = None
    # Cosine thresholds by target false-accept rate ("1e-3": 0.31), measured on impostor pairs.
    thresholds: dict[str, float] = field(default_factory=dict)
    default_far: str = "1e-3"
    # The same, measured on mean templates of k photos of one person, by k ("2": {"1e-3": ..}):
    # with them the kiosk scores a person by their mean template (:mod:`faceapp.core.fusion`).
    mean_template_thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    license: str | None = None
    notes: str = ""

    @property
    def template_key(self) -> str:
        """What the gallery files this model's templates under: the name, the file's hash and
        how it embeds. Two releases under one name embed differently, so a template is only
        ever compared with embeddings of the very same weights; the others are stale and get
        re-embedded from their crops (:mod:`faceapp.core.reembed`)."""
        key = f"{self.name}@{self.sha256[:12]}" if self.sha256 else self.name
        return key + "+flip" if self.flip_average else key

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
        """Checked against the fields' types; keys of newer versions are skipped."""
        if not isinstance(d, dict):
            raise ModelError(Reason("model card is not a JSON object"), source)
        missing = [k for k in ("name", "file") if k not in d]
        if missing:
            raise ModelError(Reason("model card lacks {keys}", keys=", ".join(missing)), source)
        card = from_mapping(cls, d, strict=False, error=ModelError, source=source)
        problem = None
        if not card.name.strip() or not card.file.strip():
            problem = "name and file must be non-empty"
        elif card.channel_order.upper() not in ("RGB", "BGR"):
            problem = "channel_order must be RGB or BGR"
        elif card.embedding_size <= 0 or any(s == 0 for s in card.std):
            problem = "embedding_size must be positive and std non-zero"
        if problem:
            raise ModelError(Reason("invalid model card ({why})", why=problem), source)
        return card

    @classmethod
    def load(cls, path: str | Path) -> ModelCard:
        path = Path(path)
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelError(Reason("model card not found"), path) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ModelError(Reason("unreadable model card ({why})", why=str(e)), path) from None
        return cls.from_dict(d, str(path))


def card_path_for(model_path: str | Path) -> Path:
    """``models/x.onnx`` -> ``models/x.json``."""
    return Path(model_path).with_suffix(CARD_SUFFIX)
