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


def _blur(x: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """Gaussian blur of each image in ``x`` with its own ``sigma``: one grouped separable
    convolution for the whole batch (kernels zero-padded to the widest), not a loop."""
    n, c, _, _ = x.shape
    radius = max(1, int(round(2.5 * float(sigma.max()))))  # sigma on the CPU: no GPU read
    t = torch.arange(-radius, radius + 1, device=x.device, dtype=x.dtype)
    sigma = sigma.to(device=x.device, dtype=x.dtype)
    k = torch.exp(-(t[None] ** 2) / (2 * sigma[:, None] ** 2))
    k = (k / k.sum(1, keepdim=True)).repeat_interleave(c, 0)  # (n*c, taps)
    y = F.pad(x.reshape(1, n * c, *x.shape[2:]), (radius,) * 4, mode="reflect")
    y = F.conv2d(y, k[:, None, None, :], groups=n * c)
    y = F.conv2d(y, k[:, None, :, None], groups=n * c)
    return y.reshape_as(x)


def augment(
    x: torch.Tensor, cfg: AugmentConfig, generator: torch.Generator | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """Augment a (N, 3, H, W) float batch; returns it and the boolean mask of flipped rows
    (so cached teacher embeddings of flipped crops can be picked for those).

    Every step works on the whole batch at once (a GPU batch of 1 024 costs a few kernel
    launches): the down-and-up resize draws each image's scale from 8 steps between
    ``min_scale`` and 1 and resizes the images of one step together."""
    n, _, h, w = x.shape
    dev = x.device

    # every draw and every choice of rows is made on the CPU and only then moved: a decision
    # read back from the GPU (``mask.any()``) would stall the batch's launches on each step
    def draw(p: float) -> torch.Tensor:
        return torch.rand(n, generator=generator) < p

    def on_device(mask: torch.Tensor) -> torch.Tensor:
        return mask.to(dev)[:, None, None, None]

    flipped = draw(cfg.flip)
    x = torch.where(on_device(flipped), x.flip(-1), x)
    gray = draw(cfg.grayscale)
    if gray.any():
        g = (0.299 * x[:, 0] + 0.587 * x[:, 1] + 0.114 * x[:, 2]).unsqueeze(1).expand_as(x)
        x = torch.where(on_device(gray), g, x)
    resize = draw(cfg.resize)
    steps = torch.randint(0, 8, (n,), generator=generator)
    if resize.any():
        x = x.clone()
        for step in torch.unique(steps[resize]).tolist():
            rows = torch.nonzero(resize & (steps == step)).flatten().to(dev)
            s = cfg.min_scale + (1 - cfg.min_scale) * step / 8
            small = F.interpolate(
                x[rows],
                size=(max(8, int(h * s)), max(8, int(w * s))),
                mode="bilinear",
                align_corners=False,
                antialias=True,
            )
            x[rows] = F.interpolate(small, size=(h, w), mode="bilinear", align_corners=False)
    blur = draw(cfg.blur)
    sigma = 0.3 + (cfg.max_sigma - 0.3) * torch.rand(n, generator=generator)
    if blur.any():
        rows = torch.nonzero(blur).flatten()
        on = rows.to(dev)
        x = x.clone()
        x[on] = _blur(x[on], sigma[rows])
    return x, flipped
