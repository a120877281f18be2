"""EdgeNeXt (Maaz et al., 2022), the backbone of EdgeFace, written for this trainer.

Why not timm's: timm imports torchvision, and the torchvision wheels on PyPI load only beside a
CUDA build of torch, while the trainer has to install and run on the CPU build. Module and
parameter names follow timm's EdgeNeXt, which is the layout of the EdgeFace releases and of the
reference checkpoints, so those load unchanged (``stem``, ``stages.N.downsample``,
``stages.N.blocks.M.conv_dw`` / ``.xca.qkv`` / ``.mlp.fc1``, ``head.norm``, ``head.fc``), and
compression recipes can name layers by those paths.

A network is a patchify stem (4x4 convolution, stride 4), four stages (a 2x2 strided
convolution between them), and a head. Stage blocks are either convolutional (a large-kernel
depthwise convolution, then an inverted-bottleneck MLP) or, at the end of stages 2-4, "split
depthwise transpose attention" blocks: multi-scale depthwise convolutions over channel groups,
then attention across channels (cross-covariance, linear in the number of pixels), then the MLP.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from faceapp.core.errors import ConfigError


@dataclass(frozen=True)
class EdgeNeXtSize:
    """Widths and depths of one EdgeNeXt size; the rest of the design is shared."""

    depths: tuple[int, int, int, int]
    dims: tuple[int, int, int, int]
    heads: int


SIZES = {
    "xxs": EdgeNeXtSize((2, 2, 6, 2), (24, 48, 88, 168), 4),
    "xs": EdgeNeXtSize((3, 3, 9, 3), (32, 64, 100, 192), 4),
    "s": EdgeNeXtSize((3, 3, 9, 3), (48, 96, 160, 304), 8),
    "base": EdgeNeXtSize((3, 3, 9, 3), (80, 160, 288, 584), 8),
}
GLOBAL_BLOCKS = (0, 1, 1, 1)  # attention blocks at the end of each stage
KERNELS = (3, 5, 7, 9)  # depthwise kernel of the convolutional blocks, per stage
SCALES = (2, 2, 3, 4)  # channel groups of the attention blocks' multi-scale convolutions
POSITIONAL = (False, True, False, False)  # stage whose attention block adds a position code
LAYER_SCALE_INIT = 1e-6
EXPANSION = 4
EPS = 1e-6


class LayerNorm2d(nn.LayerNorm):
    """LayerNorm over the channels of an NCHW tensor."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.layer_norm(
            x.permute(0, 2, 3, 1), self.normalized_shape, self.weight, self.bias, self.eps
        )
        return x.permute(0, 3, 1, 2)


class Mlp(nn.Module):
    """The inverted bottleneck: linear to ``EXPANSION`` x width, GELU, linear back."""

    def __init__(self, dim: int):
        super().__init__()
        self.fc1 = nn.Linear(dim, EXPANSION * dim)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(EXPANSION * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.act(self.fc1(x)))


def depthwise(dim: int, kernel: int) -> nn.Conv2d:
    return nn.Conv2d(dim, dim, kernel, padding=kernel // 2, groups=dim)


class ConvBlock(nn.Module):
    """Depthwise k x k convolution, then LayerNorm and the MLP on channels-last pixels, scaled
    per channel (layer scale) and added to the input."""

    def __init__(self, dim: int, kernel: int):
        super().__init__()
        self.conv_dw = depthwise(dim, kernel)
        self.norm = nn.LayerNorm(dim, eps=EPS)
        self.mlp = Mlp(dim)
        self.gamma = nn.Parameter(torch.full((dim,), LAYER_SCALE_INIT))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv_dw(x).permute(0, 2, 3, 1)
        y = self.gamma * self.mlp(self.norm(y))
        return x + y.permute(0, 3, 1, 2)


class PositionalEncodingFourier(nn.Module):
    """Sine/cosine codes of each pixel's normalised row and column (32 frequencies each),
    projected to the block's width by a 1x1 convolution."""

    def __init__(self, dim: int, hidden_dim: int = 32, temperature: float = 10000.0):
        super().__init__()
        self.token_projection = nn.Conv2d(2 * hidden_dim, dim, kernel_size=1)
        self.hidden_dim, self.temperature = hidden_dim, temperature

    def forward(self, height: int, width: int) -> torch.Tensor:
        """The code of a ``height`` x ``width`` grid, ``(1, dim, height, width)``: the same for
        every image, so it is made once per call and broadcast over the batch."""
        weight = self.token_projection.weight
        ones = torch.ones(1, height, width, device=weight.device)
        rows = ones.cumsum(1)
        cols = ones.cumsum(2)
        rows = rows / (rows[:, -1:, :] + 1e-6) * (2 * math.pi)
        cols = cols / (cols[:, :, -1:] + 1e-6) * (2 * math.pi)
        i = torch.arange(self.hidden_dim, device=weight.device).float()
        freq = self.temperature ** (2 * torch.div(i, 2, rounding_mode="floor") / self.hidden_dim)

        def code(pos: torch.Tensor) -> torch.Tensor:
            p = pos[..., None] / freq
            return torch.stack((p[..., 0::2].sin(), p[..., 1::2].cos()), dim=4).flatten(3)

        pos = torch.cat((code(rows), code(cols)), dim=3).permute(0, 3, 1, 2)
        return self.token_projection(pos.to(weight.dtype))


class CrossCovarianceAttn(nn.Module):
    """Attention between channels (XCA): per head, a softmax over the cosine similarities of
    query and key channels across all pixels, with a learnt temperature per head."""

    def __init__(self, dim: int, heads: int):
        super().__init__()
        self.heads = heads
        self.temperature = nn.Parameter(torch.ones(heads, 1, 1))
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, n, c = x.shape
        q, k, v = self.qkv(x).reshape(b, n, 3, self.heads, -1).permute(2, 0, 3, 4, 1).unbind(0)
        attn = F.normalize(q, dim=-1) @ F.normalize(k, dim=-1).transpose(-2, -1)
        attn = (attn * self.temperature).softmax(dim=-1)
        return self.proj((attn @ v).permute(0, 3, 1, 2).reshape(b, n, c))


class SplitTransposeBlock(nn.Module):
    """Split depthwise transpose attention (SDTA): the channels are cut into ``scales`` groups,
    each but the last passed through a 3x3 depthwise convolution after adding the previous
    group's output (growing receptive fields); then XCA and the MLP, each with layer scale."""

    def __init__(self, dim: int, scales: int, heads: int, positional: bool):
        super().__init__()
        width = math.ceil(dim / scales)
        self.convs = nn.ModuleList(depthwise(width, 3) for _ in range(max(1, scales - 1)))
        self.pos_embd = PositionalEncodingFourier(dim) if positional else None
        self.norm_xca = nn.LayerNorm(dim, eps=EPS)
        self.gamma_xca = nn.Parameter(torch.full((dim,), LAYER_SCALE_INIT))
        self.xca = CrossCovarianceAttn(dim, heads)
        self.norm = nn.LayerNorm(dim, eps=EPS)
        self.mlp = Mlp(dim)
        self.gamma = nn.Parameter(torch.full((dim,), LAYER_SCALE_INIT))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        groups = x.chunk(len(self.convs) + 1, dim=1)  # chunk, not split: split breaks ONNX
        out, y = [], groups[0]
        for i, conv in enumerate(self.convs):
            y = conv(y if i == 0 else y + groups[i])
            out.append(y)
        y = torch.cat([*out, groups[-1]], dim=1)

        b, c, h, w = y.shape
        y = y.reshape(b, c, h * w).permute(0, 2, 1)
        if self.pos_embd is not None:
            y = y + self.pos_embd(h, w).reshape(1, c, h * w).permute(0, 2, 1)
        y = y + self.gamma_xca * self.xca(self.norm_xca(y))
        y = self.gamma * self.mlp(self.norm(y.reshape(b, h, w, c)))
        return x + y.permute(0, 3, 1, 2)


class EdgeNeXtStage(nn.Module):
    """A 2x2 strided convolution (after LayerNorm) that halves the resolution, except in the
    first stage, then convolutional blocks and the stage's attention block."""

    def __init__(self, index: int, in_dim: int, size: EdgeNeXtSize):
        super().__init__()
        dim, depth = size.dims[index], size.depths[index]
        if index == 0:
            self.downsample: nn.Module = nn.Identity()
        else:
            self.downsample = nn.Sequential(
                LayerNorm2d(in_dim, eps=EPS), nn.Conv2d(in_dim, dim, kernel_size=2, stride=2)
            )
        n_conv = depth - GLOBAL_BLOCKS[index]
        self.blocks = nn.Sequential(
            *(ConvBlock(dim, KERNELS[index]) for _ in range(n_conv)),
            *(
                SplitTransposeBlock(dim, SCALES[index], size.heads, POSITIONAL[index])
                for _ in range(GLOBAL_BLOCKS[index])
            ),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.blocks(self.downsample(x))


class PoolNormHead(nn.Module):
    """Global average pool, LayerNorm, linear to the embedding (timm's NormMlpClassifierHead
    without a hidden layer, which is what EdgeFace uses)."""

    def __init__(self, dim: int, out_features: int):
        super().__init__()
        self.norm = LayerNorm2d(dim, eps=EPS)
        self.fc = nn.Linear(dim, out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(self.norm(F.adaptive_avg_pool2d(x, 1)).flatten(1))


class EdgeNeXt(nn.Module):
    """EdgeNeXt of one of :data:`SIZES` with an ``out_features``-wide linear head."""

    def __init__(self, size: str = "xs", out_features: int = 512):
        super().__init__()
        if size not in SIZES:
            raise ConfigError(f"unknown EdgeNeXt size {size!r}; one of {list(SIZES)}")
        cfg = SIZES[size]
        self.stem = nn.Sequential(
            nn.Conv2d(3, cfg.dims[0], kernel_size=4, stride=4), LayerNorm2d(cfg.dims[0], eps=EPS)
        )
        self.stages = nn.Sequential(
            *(EdgeNeXtStage(i, cfg.dims[max(0, i - 1)], cfg) for i in range(4))
        )
        self.head = PoolNormHead(cfg.dims[-1], out_features)
        self.apply(_init_weights)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.stages(self.stem(x)))


def _init_weights(module: nn.Module) -> None:
    """Convolution and linear weights from a normal of std 0.02 cut at two deviations, zero
    biases (the EdgeNeXt recipe); norms and layer scales keep their constructors' values."""
    if isinstance(module, nn.Conv2d | nn.Linear):
        nn.init.trunc_normal_(module.weight, std=0.02, a=-0.04, b=0.04)
        if module.bias is not None:
            nn.init.zeros_(module.bias)
