"""IResNet-18/34/50: the ResNet variant used by InsightFace for face recognition (BN-conv-BN-
PReLU-conv-BN basic blocks, stride-2 in the second conv, a 3x3 stem without pooling), with a
choice of embedding head (see :mod:`trainer.models.heads`)."""

from __future__ import annotations

import torch
from torch import nn

from faceapp.core.errors import ConfigError
from trainer.models.heads import EmbeddingHead
from trainer.registry import register_model

LAYERS = {18: (2, 2, 2, 2), 34: (3, 4, 6, 3), 50: (3, 4, 14, 3)}


class IBasicBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.body = nn.Sequential(
            nn.BatchNorm2d(cin, eps=1e-5),
            nn.Conv2d(cin, cout, 3, 1, 1, bias=False),
            nn.BatchNorm2d(cout, eps=1e-5),
            nn.PReLU(cout),
            nn.Conv2d(cout, cout, 3, stride, 1, bias=False),
            nn.BatchNorm2d(cout, eps=1e-5),
        )
        self.short = None
        if stride != 1 or cin != cout:
            self.short = nn.Sequential(
                nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout, eps=1e-5)
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x) + (x if self.short is None else self.short(x))


class IResNet(nn.Module):
    input_size = 112

    def __init__(
        self,
        depth: int = 50,
        head: str = "flatten",
        embedding_size: int = 512,
        width: int = 64,
        dropout: float = 0.0,
    ) -> None:
        super().__init__()
        if depth not in LAYERS:
            raise ConfigError(f"IResNet depth must be one of {sorted(LAYERS)}")
        self.stem = nn.Sequential(
            nn.Conv2d(3, width, 3, 1, 1, bias=False), nn.BatchNorm2d(width), nn.PReLU(width)
        )
        blocks, cin = [], width
        for i, n in enumerate(LAYERS[depth]):
            cout = width * 2**i
            for j in range(n):
                blocks.append(IBasicBlock(cin, cout, 2 if j == 0 else 1))
                cin = cout
        self.blocks = nn.Sequential(*blocks)
        self.head = EmbeddingHead(head, cin, 7, embedding_size, dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.blocks(self.stem(x)))


for _d in LAYERS:
    for _h in ("flatten", "gap", "gwp", "gdc"):
        suffix = "" if _h == "flatten" else f"_{_h}"
        register_model(f"iresnet{_d}{suffix}", f"IResNet-{_d} with the {_h} head")(
            lambda d=_d, h=_h, **kw: IResNet(depth=d, head=kw.pop("head", h), **kw)
        )
