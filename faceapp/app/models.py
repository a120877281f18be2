"""Finding installed models: the user's models folder first, then the shipped assets."""

from __future__ import annotations

from pathlib import Path

from faceapp.core.errors import ModelError, Reason
from faceapp.core.modelcard import ModelCard, card_path_for
from faceapp.paths import DEFAULT_MODEL, model_dirs


def installed_models(dirs: list[Path] | None = None) -> list[tuple[Path, ModelCard]]:
    """(onnx path, card) of every model with a readable card, first folder wins per name."""
    seen: dict[str, tuple[Path, ModelCard]] = {}
    for d in dirs or model_dirs():
        if not d.is_dir():
            continue
        for onnx in sorted(d.glob("*.onnx")):
            cp = card_path_for(onnx)
            if not cp.exists():
                continue
            try:
                card = ModelCard.load(cp)
            except ModelError:
                continue
            seen.setdefault(card.name, (onnx, card))
    return list(seen.values())


def resolve_model(spec: str | None) -> Path:
    """A model path from a path or an installed model's name ("" / None = the default)."""
    spec = spec or DEFAULT_MODEL
    p = Path(spec)
    if p.suffix == ".onnx" or p.exists():
        if not p.exists():
            raise ModelError(Reason("model file not found"), p)
        return p
    for onnx, card in installed_models():
        if card.name == spec or onnx.stem == spec:
            return onnx
    names = ", ".join(c.name for _, c in installed_models()) or "none"
    raise ModelError(
        Reason("no installed model named {spec} (installed: {names})", spec=repr(spec), names=names)
    )
