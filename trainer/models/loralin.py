"""LoRaLin: a linear layer factorised into two low-rank linears (EdgeFace, section 3.1.1).

``W (out x in)`` becomes ``W2 (out x r) @ W1 (r x in)`` with ``r = max(2, int(gamma * min(in,
out)))``; below gamma ~ 0.8 this saves parameters and multiply-adds, at a small accuracy cost.
"""

from __future__ import annotations

import torch
from torch import nn


def loralin_rank(in_features: int, out_features: int, gamma: float) -> int:
    """The paper's rank rule, eq. (4): ``max(2, int(gamma * min(in, out)))``."""
    return max(2, int(gamma * min(in_features, out_features)))


class LoRaLin(nn.Module):
    """Two stacked linears of rank ``r``: in -> r (no bias) -> out (with the original bias)."""

    def __init__(self, in_features: int, out_features: int, gamma: float, bias: bool = True):
        super().__init__()
        self.in_features, self.out_features, self.gamma = in_features, out_features, gamma
        self.rank = loralin_rank(in_features, out_features, gamma)
        self.linear1 = nn.Linear(in_features, self.rank, bias=False)
        self.linear2 = nn.Linear(self.rank, out_features, bias=bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear2(self.linear1(x))

    @classmethod
    def from_linear(cls, linear: nn.Linear, gamma: float) -> LoRaLin:
        """Factorise a trained linear by truncated SVD (the best rank-r approximation)."""
        m = cls(linear.in_features, linear.out_features, gamma, bias=linear.bias is not None)
        with torch.no_grad():
            u, s, vh = torch.linalg.svd(linear.weight.float(), full_matrices=False)
            r = m.rank
            root = s[:r].sqrt()
            m.linear1.weight.copy_(root[:, None] * vh[:r])
            m.linear2.weight.copy_(u[:, :r] * root[None, :])
            if linear.bias is not None:
                m.linear2.bias.copy_(linear.bias)
        return m

    def extra_repr(self) -> str:
        return f"{self.in_features} -> {self.rank} -> {self.out_features}, gamma={self.gamma}"


def apply_loralin(module: nn.Module, gamma: float, from_trained: bool = False) -> int:
    """Replace every ``nn.Linear`` below ``module`` by a LoRaLin; returns how many were replaced.

    With ``from_trained`` the factors come from the SVD of the existing weights (conversion of a
    trained model); otherwise they are freshly initialised (a model trained from scratch).
    """
    count = 0
    for name, child in list(module.named_children()):
        if isinstance(child, nn.Linear):
            new = (
                LoRaLin.from_linear(child, gamma)
                if from_trained
                else LoRaLin(child.in_features, child.out_features, gamma, child.bias is not None)
            )
            setattr(module, name, new)
            count += 1
        elif not isinstance(child, LoRaLin):
            count += apply_loralin(child, gamma, from_trained)
    return count
