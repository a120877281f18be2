"""Structured channel pruning of a trained face model with torch-pruning (DepGraph).

Only the channels *inside* each block are pruned: the hidden width of the MLPs and the rank of
LoRaLin layers. The residual stream, the attention (whose heads reshape channels), the
downsampling layers and the 512-d embedding head keep their width, so every block still adds
into a stream of the original size and the embedding stays 512-d, which is what the kiosk's
gallery and thresholds expect. Importance is the L2 magnitude of each coupled channel group;
the accuracy lost by cutting is recovered by distillation (``faceapp-train distill`` with
``prune_ratio``), as in Ef-QuantFace's pruning experiments.
"""

from __future__ import annotations

import logging

import torch
from torch import nn

from faceapp.core.errors import ConfigError

log = logging.getLogger(__name__)

_KEEP_WIDTH = ("stem", "downsample", "head", "xca", "pos_embd", "convs", "conv_dw")


def protected_layers(model: nn.Module) -> list[nn.Module]:
    """Layers whose output channels must not change (see the module docstring)."""
    keep = []
    for name, mod in model.named_modules():
        if not isinstance(mod, nn.Conv2d | nn.Linear):
            continue
        last = name.split(".")
        if any(k in last for k in _KEEP_WIDTH) or name.endswith(("fc2", "fc2.linear2")):
            keep.append(mod)
    return keep


def prune_channels(model: nn.Module, ratio: float, size: int = 112) -> dict:
    """Remove ``ratio`` of the prunable channels in place; returns before/after counts."""
    import torch_pruning as tp

    from trainer.export.onnx import count_mflops, count_params

    if not 0 < ratio < 1:
        raise ConfigError(f"prune ratio must be between 0 and 1, not {ratio}")
    was = model.training
    model.eval()
    before = (count_params(model), count_mflops(model, size))
    example = torch.zeros(1, 3, size, size)
    pruner = tp.pruner.MetaPruner(
        model,
        example,
        importance=tp.importance.MagnitudeImportance(p=2),
        pruning_ratio=ratio,
        ignored_layers=protected_layers(model),
    )
    pruner.step()
    _refresh_loralin(model)
    after = (count_params(model), count_mflops(model, size))
    model.train(was)
    info = {
        "ratio": ratio,
        "params_before": before[0],
        "params_after": after[0],
        "mflops_before": round(before[1], 2),
        "mflops_after": round(after[1], 2),
    }
    log.info("pruned: %s", info)
    return info


def _refresh_loralin(model: nn.Module) -> None:
    """Keep the LoRaLin layers' bookkeeping (rank, widths) true to their pruned linears."""
    from trainer.models.loralin import LoRaLin

    for m in model.modules():
        if isinstance(m, LoRaLin):
            m.in_features = m.linear1.in_features
            m.rank = m.linear1.out_features
            m.out_features = m.linear2.out_features
