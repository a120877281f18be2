"""Learning-rate schedule: linear warm-up, then polynomial decay with optional restarts (the
EdgeFace paper's schedule)."""

from __future__ import annotations


def poly_lr(
    step: int,
    total: int,
    base_lr: float,
    warmup: int = 0,
    power: float = 2.0,
    restarts: int = 0,
    min_lr: float = 1e-6,
) -> float:
    """LR at ``step`` of ``total``; ``restarts`` splits the decay into that many more cycles."""
    if warmup and step < warmup:
        return base_lr * (step + 1) / warmup
    span = max(1, total - warmup)
    cycle = span / (restarts + 1)
    pos = ((step - warmup) % cycle) / cycle if cycle > 0 else 1.0
    return min_lr + (base_lr - min_lr) * (1 - pos) ** power
