"""Embedding heads that turn a backbone's last spatial map (C x 7 x 7) into a 512-d vector.

The four heads compared in the Gaussian Weighted Pooling paper:

- ``flatten``: BN -> flatten -> linear (the IResNet default; ~13 M parameters at 512x7x7);
- ``gap``: global average pooling -> linear (few parameters, treats every position alike);
- ``gwp``: Gaussian weighted pooling - per-channel standardised map times a fixed, normalised
  Gaussian kernel centred on the aligned face, summed -> linear;
- ``gdc``: global depthwise convolution (MobileFaceNet) - a learned 7x7 depthwise filter.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from faceapp.core.errors import ConfigError


def gaussian_kernel(size: int, sigma: float) -> torch.Tensor:
    """Normalised 2-D Gaussian (sums to 1) centred on the map."""
    c = (size - 1) / 2
    ax = torch.arange(size, dtype=torch.float32) - c
    g = torch.exp(-(ax[:, None] ** 2 + ax[None, :] ** 2) / (2 * sigma**2))
    return g / g.sum()


class GaussianWeightedPooling(nn.Module):
    """GWP (eqs. 1-4): standardise each channel's map, weight by the Gaussian, sum."""

    def __init__(self, size: int = 7, sigma: float = 3.0, eps: float = 1e-5) -> None:
        super().__init__()
        self.register_buffer("kernel", gaussian_kernel(size, sigma))
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        mu = x.mean(dim=(2, 3), keepdim=True)
        sd = x.std(dim=(2, 3), keepdim=True, unbiased=False)
        x = (x - mu) / (sd + self.eps)
        return (x * self.kernel).sum(dim=(2, 3))


class EmbeddingHead(nn.Module):
    def __init__(
        self,
        kind: str,
        channels: int,
        size: int = 7,
        embedding_size: int = 512,
        dropout: float = 0.0,
    ) -> None:
        super().__init__()
        self.kind = kind
        if kind == "flatten":
            self.pool = nn.Sequential(nn.BatchNorm2d(channels), nn.Dropout(dropout), nn.Flatten())
            features = channels * size * size
        elif kind == "gap":
            self.pool = nn.Sequential(
                nn.BatchNorm2d(channels), nn.AdaptiveAvgPool2d(1), nn.Flatten()
            )
            features = channels
        elif kind == "gwp":
            self.pool = GaussianWeightedPooling(size)
            features = channels
        elif kind == "gdc":
            self.pool = nn.Sequential(
                nn.Conv2d(channels, channels, size, groups=channels, bias=False),
                nn.BatchNorm2d(channels),
                nn.Flatten(),
            )
            features = channels
        else:
            raise ConfigError(f"unknown head {kind!r}; one of flatten, gap, gwp, gdc")
        self.fc = nn.Linear(features, embedding_size)
        self.bn = nn.BatchNorm1d(embedding_size)
        nn.init.normal_(self.fc.weight, std=1 / math.sqrt(features))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.bn(self.fc(self.pool(x)))
