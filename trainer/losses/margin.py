"""Margin-based classification heads for face recognition training.

Every head keeps a matrix of class centres ``W`` (classes x D), scores normalised embeddings by
cosine against normalised centres, changes the *target* logit by a margin, scales by ``s`` and
applies cross-entropy. They differ only in the margin:

- ``softmax``  (NormFace): no margin, ``s * cos``;
- ``cosface``  (CosFace, m=0.35): ``s * (cos - m)``;
- ``arcface``  (ArcFace, m=0.5): ``s * cos(theta + m)``;
- ``adaface``  (AdaFace, m=0.4, h=0.333): margin adapted to image quality through the feature
  norm: ``s * (cos(theta + g_ang) - g_add)`` with ``g_ang = -m z``, ``g_add = m z + m``, where
  ``z`` is the batch-standardised norm (EMA statistics) clipped to [-1, 1];
- ``elasticface_arc`` / ``elasticface_cos`` (ElasticFace): the margin of each sample is drawn
  from N(m, sigma) at every step.

``sample_rate < 1`` turns on PartialFC: each step scores only the batch's own classes plus a
random subset of the others, which makes millions of identities affordable.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from faceapp.core.errors import ConfigError

DEFAULT_MARGIN = {
    "softmax": 0.0,
    "cosface": 0.35,
    "arcface": 0.5,
    "adaface": 0.4,
    "elasticface_arc": 0.5,
    "elasticface_cos": 0.35,
}


class MarginHead(nn.Module):
    def __init__(
        self,
        kind: str,
        embedding_size: int,
        num_classes: int,
        scale: float = 64.0,
        margin: float | None = None,
        sigma: float = 0.05,
        h: float = 0.333,
        sample_rate: float = 1.0,
    ) -> None:
        super().__init__()
        if kind not in DEFAULT_MARGIN:
            raise ConfigError(f"unknown margin loss {kind!r}; one of {sorted(DEFAULT_MARGIN)}")
        self.kind, self.s = kind, scale
        self.m = DEFAULT_MARGIN[kind] if margin is None else margin
        self.sigma, self.h, self.sample_rate = sigma, h, sample_rate
        self.weight = nn.Parameter(torch.randn(num_classes, embedding_size) * 0.01)
        self.register_buffer("norm_mean", torch.tensor(20.0))
        self.register_buffer("norm_std", torch.tensor(100.0))

    def _sample(self, labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """PartialFC: the classes scored this step and the labels re-indexed into them."""
        n = self.weight.shape[0]
        if self.sample_rate >= 1.0:
            return torch.arange(n, device=labels.device), labels
        keep = max(int(self.sample_rate * n), int(labels.unique().numel()))
        positive = labels.unique()
        score = torch.rand(n, device=labels.device)
        score[positive] = 2.0  # always keep the batch's own classes
        index = torch.topk(score, keep).indices.sort().values
        remap = torch.full((n,), -1, dtype=torch.long, device=labels.device)
        remap[index] = torch.arange(len(index), device=labels.device)
        return index, remap[labels]

    def target_logit(self, cos_t: torch.Tensor, norms: torch.Tensor) -> torch.Tensor:
        """The margin-adjusted cosine of the true class (before scaling)."""
        k, m = self.kind, self.m
        if k == "softmax":
            return cos_t
        if k == "cosface":
            return cos_t - m
        theta = torch.acos(cos_t.clamp(-1 + 1e-7, 1 - 1e-7))
        if k == "arcface":
            return torch.cos((theta + m).clamp(max=math.pi))
        if k.startswith("elasticface"):
            mi = torch.normal(m, self.sigma, size=cos_t.shape, device=cos_t.device)
            return torch.cos((theta + mi).clamp(max=math.pi)) if k.endswith("arc") else cos_t - mi
        # adaface
        with torch.no_grad():
            if self.training:
                self.norm_mean.mul_(0.99).add_(0.01 * norms.mean())
                self.norm_std.mul_(0.99).add_(0.01 * norms.std(unbiased=False))
            z = ((norms - self.norm_mean) / (self.norm_std + 1e-3) * self.h).clamp(-1, 1)
        g_ang, g_add = -m * z, m * z + m
        return torch.cos((theta + g_ang).clamp(0, math.pi)) - g_add

    def logits(self, emb: torch.Tensor, labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Scaled logits over the scored classes, and the labels in that index."""
        norms = emb.norm(dim=1).detach()
        index, lab = self._sample(labels)
        cos = F.linear(F.normalize(emb, dim=1), F.normalize(self.weight[index], dim=1))
        rows = torch.arange(len(lab), device=emb.device)
        target = self.target_logit(cos[rows, lab], norms)
        cos = cos.clone()
        cos[rows, lab] = target
        return cos * self.s, lab

    def forward(self, emb: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        logits, lab = self.logits(emb, labels)
        return F.cross_entropy(logits, lab)
