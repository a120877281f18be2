"""Batch augmentations from the EdgeFace paper: horizontal flip, random grayscale, resize down
and up (low resolution), Gaussian blur. On uint8 crops turned into float tensors, on the
device where the batch is, so they cost little next to the forward pass."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass
class AugmentConfig:
    flip: float = 0.5
    grayscale: float = 0.2
    resize: float = 0.2  # probability of a down-and-up resize
    min_scale: float = 0.25  # smallest relative size of that resize
    blur: float = 0.1
    max_sigma: float = 1.5


def to_input(crops_bgr: torch.Tensor) -> torch.Tensor:
    """(N, H, W, 3) uint8 BGR -> (N, 3, H, W) float RGB in [-1, 1], as the kiosk feeds models."""
    x = crops_bgr.flip(-1).permute(0, 3, 1, 2).float()
    return (x / 255.0 - 0.5) / 0.5


def _gaussian_kernel(sigma: float, device: torch.device) -> torch.Tensor:
    radius = max(1, int(round(2.5 * sigma)))
    t = torch.arange(-radius, radius + 1, device=device, dtype=torch.float32)
    k = torch.exp(-(t**2) / (2 * sigma**2))
    return k / k.sum()


def augment(
    x: torch.Tensor, cfg: AugmentConfig, generator: torch.Generator | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """Augment a (N, 3, H, W) float batch; returns it and the boolean mask of flipped rows
    (so cached teacher embeddings of flipped crops can be picked for those)."""
    n, _, h, w = x.shape
    dev = x.device

    def draw(p: float) -> torch.Tensor:
        return torch.rand(n, generator=generator).to(dev) < p

    flipped = draw(cfg.flip)
    x = torch.where(flipped[:, None, None, None], x.flip(-1), x)
    gray = draw(cfg.grayscale)
    if gray.any():
        g = (0.299 * x[:, 0] + 0.587 * x[:, 1] + 0.114 * x[:, 2]).unsqueeze(1).expand_as(x)
        x = torch.where(gray[:, None, None, None], g, x)
    for i in torch.nonzero(draw(cfg.resize)).flatten().tolist():
        s = cfg.min_scale + (1 - cfg.min_scale) * float(torch.rand(1, generator=generator))
        small = F.interpolate(
            x[i : i + 1],
            size=(max(8, int(h * s)), max(8, int(w * s))),
            mode="bilinear",
            align_corners=False,
            antialias=True,
        )
        x[i : i + 1] = F.interpolate(small, size=(h, w), mode="bilinear", align_corners=False)
    for i in torch.nonzero(draw(cfg.blur)).flatten().tolist():
        sigma = 0.3 + (cfg.max_sigma - 0.3) * float(torch.rand(1, generator=generator))
        k = _gaussian_kernel(sigma, dev)
        r = len(k) // 2
        xi = F.pad(x[i : i + 1], (r, r, r, r), mode="reflect")
        xi = F.conv2d(xi, k.view(1, 1, 1, -1).expand(3, 1, 1, -1), groups=3)
        x[i : i + 1] = F.conv2d(xi, k.view(1, 1, -1, 1).expand(3, 1, -1, 1), groups=3)
    return x, flipped
