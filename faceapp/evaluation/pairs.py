"""LFW-style ``pairs.txt``: a header ``<folds> <n>``, then per fold n same-person lines
``name i j`` followed by n different-person lines ``name1 i name2 j``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from faceapp.core.errors import DataError


@dataclass
class Pair:
    a: str  # relative image path, <Name>/<Name>_NNNN.jpg
    b: str
    same: bool
    fold: int


def _img(name: str, idx: str) -> str:
    return f"{name}/{name}_{int(idx):04d}.jpg"


def read_pairs(path: str | Path) -> list[Pair]:
    """Parse a pairs file; :class:`DataError` names the line that does not fit."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(
            f"cannot read the pairs file ({getattr(e, 'strerror', None) or e})", path
        ) from None
    lines = [ln.split() for ln in text.splitlines() if ln.strip()]
    if not lines:
        raise DataError("empty pairs file", path)
    head = lines[0]
    if len(head) == 2 and all(x.isdigit() for x in head):
        folds, n = int(head[0]), int(head[1])
        body = lines[1:]
    else:  # headerless: one fold of whatever follows
        folds, n, body = 1, None, lines
    pairs: list[Pair] = []
    for k, parts in enumerate(body):
        fold = k // (2 * n) if n else 0
        numbers = parts[1::2] if len(parts) == 4 else parts[1:]
        if len(parts) not in (3, 4):
            raise DataError(f"line {k + 2} is neither a same nor a different pair", path)
        if not all(x.isdigit() for x in numbers):
            raise DataError(f"line {k + 2}: image numbers must be whole numbers", path)
        if len(parts) == 3:
            pairs.append(Pair(_img(parts[0], parts[1]), _img(parts[0], parts[2]), True, fold))
        else:
            pairs.append(Pair(_img(parts[0], parts[1]), _img(parts[2], parts[3]), False, fold))
    if n and len(pairs) != folds * 2 * n:
        raise DataError(f"header says {folds}x{2 * n} pairs, found {len(pairs)}", path)
    return pairs
