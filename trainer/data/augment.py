"""Batch augmentations: the EdgeFace paper's horizontal flip, random grayscale, resize down and
up (low resolution) and Gaussian blur, and, off by default, what a door camera adds to them
and what widens a small training set: a small shift, zoom and tilt (an aligner's error), a
blanked-out rectangle (a hand, a scarf, a mask) and a blend with another face of the batch
(mixup: only for distillation with an online teacher, which can say what a blend looks like).
On uint8 crops turned into float tensors, on the device where the batch is, so they cost little
next to the forward pass. An augmentation that is off draws no random number, so turning one on
leaves the others' draws unchanged and an old run resumes exactly."""

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
    jitter: float = 0.0  # probability of a random shift, zoom and tilt together
    max_shift: float = 0.06  # of the crop's side
    max_zoom: float = 0.1  # relative, in or out
    max_tilt: float = 10.0  # degrees
    erase: float = 0.0  # probability of a rectangle blanked out in a random colour
    max_erase: float = 0.3  # its largest share of the crop's area
    mixup: float = 0.0  # probability of blending a crop with another crop of the batch
    max_mix: float = 0.4  # the other crop's largest weight in the blend


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
    # the rest change only their chosen rows (each costs a pass over what it touches)
    # (each draws its rows, then its parameters for those rows; rows drawn on the CPU, so
    # "none chosen" is known without waiting for the device)
    if cfg.jitter:
        rows = torch.nonzero(draw(cfg.jitter)).flatten().to(dev)
        if len(rows):
            x = _on_rows(x, rows, _jitter(x[rows], cfg, generator))
    if cfg.erase:
        rows = torch.nonzero(draw(cfg.erase)).flatten().to(dev)
        if len(rows):
            x = _on_rows(x, rows, _erase(x[rows], cfg.max_erase, generator))
    if cfg.mixup and n > 1:
        rows = torch.nonzero(draw(cfg.mixup)).flatten()
        other = (rows + torch.randint(1, n, (len(rows),), generator=generator)) % n  # not itself
        w = cfg.max_mix * torch.rand(len(rows), generator=generator)[:, None, None, None]
        w = w.to(device=dev, dtype=x.dtype)
        if len(rows):
            rows = rows.to(dev)
            x = _on_rows(x, rows, (1 - w) * x[rows] + w * x[other.to(dev)])
    return x, flipped


def _on_rows(x: torch.Tensor, rows: torch.Tensor, new: torch.Tensor) -> torch.Tensor:
    """``x`` with its ``rows`` (indices on ``x``'s device) replaced by ``new``, in place: ``x``
    is :func:`augment`'s own tensor by then (the flip's ``where`` made it), never the caller's
    batch."""
    x[rows] = new
    return x


def _jitter(x: torch.Tensor, cfg: AugmentConfig, generator: torch.Generator | None) -> torch.Tensor:
    """Shift, zoom and tilt each image by one batched resampling; the edges are mirrored in,
    as an aligner that missed by a few pixels would show more of the same head."""
    n = len(x)

    def uniform(m: float) -> torch.Tensor:
        return (2 * torch.rand(n, generator=generator) - 1) * m

    angle = torch.deg2rad(uniform(cfg.max_tilt))
    zoom = 1 + uniform(cfg.max_zoom)
    shift = torch.stack([uniform(2 * cfg.max_shift), uniform(2 * cfg.max_shift)], 1)  # [-1, 1]
    cos, sin = torch.cos(angle) / zoom, torch.sin(angle) / zoom
    theta = torch.stack([torch.stack([cos, -sin], 1), torch.stack([sin, cos], 1)], 1)
    theta = torch.cat([theta, shift[:, :, None]], 2).to(device=x.device, dtype=x.dtype)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


def _erase(x: torch.Tensor, max_area: float, generator: torch.Generator | None) -> torch.Tensor:
    """Blank out one rectangle in each image in a random flat colour: 2 % to ``max_area`` of
    the crop, aspect ratio between 1:3 and 3:1."""
    n, c, h, w = x.shape
    area = (0.02 + (max_area - 0.02) * torch.rand(n, generator=generator)) * h * w
    aspect = torch.exp((2 * torch.rand(n, generator=generator) - 1) * torch.log(torch.tensor(3.0)))
    eh = (area * aspect).sqrt().clamp(1, h)
    ew = (area / aspect).sqrt().clamp(1, w)
    top = (h - eh) * torch.rand(n, generator=generator)
    left = (w - ew) * torch.rand(n, generator=generator)
    colour = 2 * torch.rand(n, c, generator=generator) - 1
    # drawn on the CPU (one random stream wherever the batch is), compared on the device
    top, eh, left, ew = (t.to(x.device)[:, None, None] for t in (top, eh, left, ew))
    ys = torch.arange(h, device=x.device, dtype=torch.float32)[None, :, None]
    xs = torch.arange(w, device=x.device, dtype=torch.float32)[None, None, :]
    inside = ((ys >= top) & (ys < top + eh) & (xs >= left) & (xs < left + ew))[:, None]
    return torch.where(inside, colour[:, :, None, None].to(device=x.device, dtype=x.dtype), x)
