"""Mobile face networks: MobileFaceNet (the classic lightweight baseline) and MobiFace /
Flipped-MobiFace (Duong et al.), both built from inverted-residual bottlenecks with PReLU."""

from __future__ import annotations

import torch
from torch import nn

from trainer.models.heads import EmbeddingHead
from trainer.registry import register_model


def conv_bn(
    cin: int, cout: int, k: int = 1, s: int = 1, groups: int = 1, act: bool = True
) -> nn.Sequential:
    layers = [nn.Conv2d(cin, cout, k, s, k // 2, groups=groups, bias=False), nn.BatchNorm2d(cout)]
    if act:
        layers.append(nn.PReLU(cout))
    return nn.Sequential(*layers)


class Bottleneck(nn.Module):
    """1x1 expand -> 3x3 depthwise (stride) -> 1x1 linear projection, residual if shapes match."""

    def __init__(self, cin: int, cout: int, stride: int, expansion: int) -> None:
        super().__init__()
        mid = cin * expansion
        self.body = nn.Sequential(
            conv_bn(cin, mid),
            conv_bn(mid, mid, 3, stride, groups=mid),
            conv_bn(mid, cout, act=False),
        )
        self.residual = stride == 1 and cin == cout

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.body(x)
        return x + y if self.residual else y


def stage(cin: int, cout: int, n: int, stride: int, t: int) -> list[nn.Module]:
    return [Bottleneck(cin if i == 0 else cout, cout, stride if i == 0 else 1, t) for i in range(n)]


class MobileFaceNet(nn.Module):
    """MobileFaceNet (Chen et al. 2018): 0.99 M parameters, GDC head, 128-d or 512-d output."""

    input_size = 112

    def __init__(self, embedding_size: int = 128, head: str = "gdc") -> None:
        super().__init__()
        cfg = [(2, 64, 5, 2), (4, 128, 1, 2), (2, 128, 6, 1), (4, 128, 1, 2), (2, 128, 2, 1)]
        layers: list[nn.Module] = [conv_bn(3, 64, 3, 2), conv_bn(64, 64, 3, 1, groups=64)]
        cin = 64
        for t, c, n, s in cfg:
            layers += stage(cin, c, n, s, t)
            cin = c
        layers.append(conv_bn(cin, 512))
        self.features = nn.Sequential(*layers)
        self.head = EmbeddingHead(head, 512, 7, embedding_size)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


class MobiFace(nn.Module):
    """MobiFace (Table 1): fast downsampling to 7x7 within 3 bottleneck stages, expansion 2,
    a 1x1 conv to 512 and a fully connected 512-d embedding.

    The paper replaces GAP by a layer that weighs each of the 7x7 positions; its reported model
    size (9.3 MB, about 2.3 M float parameters) rules out a dense 7x7x512 -> 512 layer (12.8 M
    parameters alone), so the default head is the per-channel learned 7x7 weighting (``gdc``)
    followed by the 512-d FC, which gives 2.4 M parameters. ``head="flatten"`` builds the dense
    variant."""

    input_size = 112

    def __init__(self, embedding_size: int = 512, head: str = "gdc") -> None:
        super().__init__()
        layers: list[nn.Module] = [conv_bn(3, 64, 3, 2), conv_bn(64, 64, 3, 1, groups=64)]
        layers += stage(64, 64, 1, 2, 2) + stage(64, 64, 2, 1, 2)
        layers += stage(64, 128, 1, 2, 2) + stage(128, 128, 3, 1, 2)
        layers += stage(128, 256, 1, 2, 2) + stage(256, 256, 6, 1, 2)
        layers.append(conv_bn(256, 512))
        self.features = nn.Sequential(*layers)
        self.head = EmbeddingHead(head, 512, 7, embedding_size)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


class FlippedMobiFace(MobiFace):
    """Flipped-MobiFace: two 512-d fully connected layers with ReLU predict the embedding of
    the mirrored face from the original one; the output is the mean of both, so one forward
    pass gives a flip-averaged embedding. ``predict_flip`` is exposed for its training loss
    (L2 to the real mirrored embedding)."""

    def __init__(self, embedding_size: int = 512, head: str = "gdc") -> None:
        super().__init__(embedding_size, head)
        self.flip = nn.Sequential(
            nn.Linear(embedding_size, 512), nn.ReLU(inplace=True), nn.Linear(512, embedding_size)
        )

    def base(self, x: torch.Tensor) -> torch.Tensor:
        return super().forward(x)

    def predict_flip(self, f: torch.Tensor) -> torch.Tensor:
        return self.flip(f)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        f = self.base(x)
        return 0.5 * (f + self.flip(f))


register_model("mobilefacenet", "MobileFaceNet, GDC head, 128-d (the classic baseline)")(
    lambda **kw: MobileFaceNet(**kw)
)
register_model("mobiface", "MobiFace (Duong et al.), 512-d")(lambda **kw: MobiFace(**kw))
register_model("flipped_mobiface", "Flipped-MobiFace: one pass, flip-averaged embedding")(
    lambda **kw: FlippedMobiFace(**kw)
)
