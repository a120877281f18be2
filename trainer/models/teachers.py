"""Loading EdgeFace checkpoints: the dynamically quantized reference ``*_q.pt`` files and
plain float state dicts (official releases or this trainer's own checkpoints).

A ``_q`` file is the state dict of an :class:`EdgeFace` whose linears went through
``torch.quantization.quantize_dynamic``: each linear is stored as a packed int8 weight and a
float bias. Rather than rebuilding the quantized module (which ties loading to torch's
quantized engine), the packed weights are dequantized straight into a float model, which is
what a teacher or an ONNX export needs anyway.
"""

from __future__ import annotations

import re
from pathlib import Path

import torch

from faceapp.core.errors import ModelError
from trainer.models.edgeface import EdgeFace
from trainer.models.loralin import loralin_rank

_VARIANT_HINTS = [("xxs", "xxs"), ("xs", "xs"), ("_s_", "s"), ("_s.", "s"), ("base", "base")]


def guess_variant(path: str | Path) -> str:
    """The EdgeNeXt size from a checkpoint's file name (edgeface_xs_q.pt -> 'xs')."""
    name = Path(path).name.lower()
    for hint, variant in _VARIANT_HINTS:
        if hint in name:
            return variant
    raise ModelError(f"cannot tell the EdgeFace variant from {name!r}; pass variant=")


def guess_gamma(state: dict[str, torch.Tensor]) -> float | None:
    """The rank ratio of a LoRaLin checkpoint (``linear1``/``linear2`` keys, as in the
    official EdgeFace releases): the gamma, in steps of 0.05, whose rank rule reproduces the
    rank of every factorised layer. None for a checkpoint without LoRaLin."""
    layers = []
    for key, w1 in state.items():
        if key.endswith("linear1.weight"):
            w2 = state[key.replace("linear1", "linear2")]
            layers.append((w1.shape[1], w2.shape[0], w1.shape[0]))
    if not layers:
        return None
    for step in range(1, 21):
        gamma = round(0.05 * step, 2)
        if all(loralin_rank(i, o, gamma) == r for i, o, r in layers):
            return gamma
    raise ModelError("LoRaLin ranks in this checkpoint follow no gamma of the rank rule")


def dequantize_state_dict(state: dict) -> dict[str, torch.Tensor]:
    """Turn packed dynamic-quantized linears into plain ``weight``/``bias`` float tensors."""
    out: dict[str, torch.Tensor] = {}
    for key, value in state.items():
        if key.endswith("._packed_params._packed_params"):
            prefix = key[: -len("_packed_params._packed_params")]
            weight, bias = value[0], value[1]
            out[prefix + "weight"] = weight.dequantize().float()
            if bias is not None:
                out[prefix + "bias"] = bias.detach().float()
        elif re.search(r"\.(scale|zero_point|_packed_params\.dtype)$", key):
            continue
        elif isinstance(value, torch.Tensor):
            out[key] = value.dequantize() if value.is_quantized else value
    return out


def read_checkpoint(path: str | Path):
    """A checkpoint file's contents; :class:`ModelError` naming the file when it is missing,
    truncated or not a checkpoint (torch raises a dozen kinds of error for those)."""
    path = Path(path)
    if not path.is_file():
        raise ModelError("checkpoint not found", path)
    try:
        return torch.load(path, map_location="cpu", weights_only=False)
    except Exception as e:  # noqa: BLE001 - pickle, zip and torch errors alike mean "unreadable"
        raise ModelError(f"not a readable checkpoint ({type(e).__name__}: {e})", path) from None


def load_edgeface(path: str | Path, variant: str | None = None) -> EdgeFace:
    """A float :class:`EdgeFace` from a reference, official or own checkpoint, in eval mode."""
    return edgeface_from_state(read_checkpoint(path), path, variant)


def edgeface_from_state(raw, path: str | Path, variant: str | None = None) -> EdgeFace:
    """:func:`load_edgeface` for a state dict already read; ``path`` names the variant
    (``edgeface_xs_...``) when ``variant`` is not given, and the model's source."""
    if isinstance(raw, dict) and "state_dict" in raw:  # checkpoints saved with a wrapper dict
        raw = raw["state_dict"]
    state = dequantize_state_dict(raw)
    if not any(k.startswith("model.") for k in state):
        state = {"model." + k: v for k, v in state.items()}
    model = EdgeFace(variant=variant or guess_variant(path), gamma=guess_gamma(state))
    model.load_state_dict(state, strict=True)
    model.source_checkpoint = str(path)
    return model.eval()


def load_checkpoint(path: str | Path, variant: str | None = None) -> torch.nn.Module:
    """Any model checkpoint the trainer understands, as a float model in eval mode: this
    trainer's run checkpoints (``{"arch", "model"}``) or EdgeFace state dicts (reference
    ``_q`` files and official releases)."""
    raw = read_checkpoint(path)
    return model_from_checkpoint(raw, path, variant)


def model_from_checkpoint(raw, path: str | Path, variant: str | None = None) -> torch.nn.Module:
    """:func:`load_checkpoint` for a checkpoint already read (callers that need its other
    entries too read the file once)."""
    if isinstance(raw, dict) and raw.get("structure") is not None:
        # a compressed student (SVD-converted, pruned): its own layer shapes travel with it
        model = raw["structure"]
        model.load_state_dict(raw["model"], assign=True)
        model.source_checkpoint = str(path)
        return model.eval()
    if isinstance(raw, dict) and "arch" in raw and "model" in raw:
        from trainer.registry import create_model

        model = create_model(raw["arch"], **(raw.get("config") or {}).get("model_args", {}))
        model.load_state_dict(raw["model"])
        model.source_checkpoint = str(path)
        return model.eval()
    return edgeface_from_state(raw, path, variant)
