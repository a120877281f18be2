"""EdgeFace: EdgeNeXt at 112x112 with a 512-d embedding head and LoRaLin layers.

The head is EdgeNeXt's own (global average pool, LayerNorm, linear to the embedding), which is
also the structure of the reference checkpoints, so a teacher and a student share code. With
``gamma`` set, every linear layer including the head's becomes a LoRaLin, which reproduces the
paper's counts (XS, gamma=0.6: 1.77 M parameters, 154 MFLOPs).
"""

from __future__ import annotations

import torch
from torch import nn

from faceapp.core.errors import ConfigError
from trainer.models.edgenext import SIZES, EdgeNeXt
from trainer.models.loralin import apply_loralin
from trainer.registry import register_model


class EdgeFace(nn.Module):
    """Wrapper whose attribute ``model`` is the EdgeNeXt (as in the reference checkpoints)."""

    input_size = 112

    def __init__(self, variant: str = "xs", gamma: float | None = None, embedding_size: int = 512):
        super().__init__()
        if variant not in SIZES:
            raise ConfigError(f"unknown EdgeFace variant {variant!r}; one of {list(SIZES)}")
        self.variant, self.gamma, self.embedding_size = variant, gamma, embedding_size
        self.model = EdgeNeXt(variant, embedding_size)
        if gamma is not None:
            apply_loralin(self.model, gamma)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model(x)


def _builder(variant: str, gamma: float | None, label: str):
    def build(**kw) -> EdgeFace:
        return EdgeFace(variant=variant, gamma=kw.pop("gamma", gamma), **kw)

    build.__doc__ = label
    return build


for _name, _variant, _gamma, _label in [
    ("edgeface_xxs", "xxs", None, "EdgeFace-XXS (EdgeNeXt-XXS, 1.24 M params)"),
    ("edgeface_xs", "xs", None, "EdgeFace-XS without LoRaLin (2.24 M params)"),
    ("edgeface_xs_gamma_06", "xs", 0.6, "EdgeFace-XS gamma=0.6 (1.77 M params, 154 MFLOPs)"),
    ("edgeface_s_gamma_05", "s", 0.5, "EdgeFace-S gamma=0.5 (3.65 M params, 306 MFLOPs)"),
    ("edgeface_base", "base", None, "EdgeFace-Base (EdgeNeXt-Base backbone)"),
]:
    register_model(_name, _label)(_builder(_variant, _gamma, _label))
