"""Distillation losses that need no class labels.

- :func:`feature_loss`: pull each student embedding onto the teacher's (1 - cosine).
- :func:`relation_loss`: match the batch's pairwise cosine similarity matrix, which is what
  verification actually uses (the geometry between faces, not the coordinates).
- :func:`ekd_loss`: the evaluation-oriented loss of Ef-QuantFace, see its docstring.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def feature_loss(student: torch.Tensor, teacher: torch.Tensor) -> torch.Tensor:
    """Mean (1 - cos) between student and teacher embeddings of the same images."""
    return (1 - F.cosine_similarity(student, teacher, dim=1)).mean()


def _offdiag(m: torch.Tensor) -> torch.Tensor:
    n = m.shape[0]
    return m.masked_select(~torch.eye(n, dtype=torch.bool, device=m.device))


def relation_loss(student: torch.Tensor, teacher: torch.Tensor) -> torch.Tensor:
    """MSE between the student's and the teacher's pairwise cosine matrices (off-diagonal)."""
    s = F.normalize(student, dim=1)
    t = F.normalize(teacher, dim=1)
    return F.mse_loss(_offdiag(s @ s.T), _offdiag(t @ t.T))


def ekd_loss(
    student: torch.Tensor,
    teacher: torch.Tensor,
    positive: torch.Tensor,
    fprs: tuple[float, ...] = (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6),
    lambda_pos: float = 1.0,
    lambda_neg: float = 1.0,
) -> torch.Tensor:
    """Evaluation-oriented distillation (Ef-QuantFace eq. 1 and 4), without class labels.

    ``positive`` is an (N, N) boolean matrix of pairs that show the same person (without
    labels: two views of one photo); every other off-diagonal pair is a negative. For each
    target false-positive rate the threshold ``t_k`` is the negative-score quantile, measured
    separately for teacher and student inside the batch, and the loss asks each pair's score
    *relative to the threshold* to be the same for both: ``|(s_T - t_k^T) - (s_S - t_k^S)|``.
    So the student is free to shift its whole score scale but must keep which pairs fall on
    which side of every operating point. Negatives count only where they matter: those the
    teacher scores above its loosest threshold (the hard ones).
    """
    s = F.normalize(student, dim=1)
    t = F.normalize(teacher, dim=1)
    ss, st = s @ s.T, t @ t.T
    n = ss.shape[0]
    off = ~torch.eye(n, dtype=torch.bool, device=ss.device)
    pos = positive & off
    neg = ~positive & off
    neg_s, neg_t = ss[neg], st[neg]
    if neg_s.numel() == 0:
        return ss.new_zeros(())
    # Quantiles at 1 - FPR; FPRs finer than the batch can resolve clamp to its hardest negative.
    qs = torch.tensor([1 - f for f in fprs], device=ss.device, dtype=ss.dtype)
    th_s = torch.quantile(neg_s, qs)
    th_t = torch.quantile(neg_t.detach(), qs)
    loss = ss.new_zeros(())
    if pos.any():
        d = (st[pos][None] - th_t[:, None]) - (ss[pos][None] - th_s[:, None])
        loss = loss + lambda_pos * d.abs().mean()
    hard = neg_t >= th_t[0]
    if hard.any():
        d = (neg_t[hard][None] - th_t[:, None]) - (neg_s[hard][None] - th_s[:, None])
        loss = loss + lambda_neg * d.abs().mean()
    return loss
