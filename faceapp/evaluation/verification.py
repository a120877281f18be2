"""Verification metrics on scored pairs.

Accuracy follows the LFW protocol: for each fold the threshold that maximises accuracy on the
*other* folds is applied to it, and the mean and standard deviation over folds are reported.
TAR at FAR uses all impostor pairs; a FAR is reported only where there are enough impostors to
resolve it (at least 1 / FAR of them), otherwise it would be a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class VerificationResult:
    accuracy_mean: float
    accuracy_std: float
    fold_accuracies: list[float]
    thresholds: list[float]
    tar_at_far: dict[str, float]
    threshold_at_far: dict[str, float]
    genuine: int
    impostor: int
    roc: dict[str, list[float]] = field(default_factory=dict, repr=False)

    def to_dict(self, with_roc: bool = False) -> dict:
        d = {
            "accuracy_mean": self.accuracy_mean,
            "accuracy_std": self.accuracy_std,
            "fold_accuracies": self.fold_accuracies,
            "thresholds": self.thresholds,
            "tar_at_far": self.tar_at_far,
            "threshold_at_far": self.threshold_at_far,
            "genuine_pairs": self.genuine,
            "impostor_pairs": self.impostor,
        }
        if with_roc:
            d["roc"] = self.roc
        return d


def best_threshold(scores: np.ndarray, same: np.ndarray) -> float:
    """Threshold (score > t means same) with the highest accuracy; midpoints between scores."""
    order = np.argsort(scores)
    s, y = scores[order], same[order].astype(np.int64)
    # accept everything above index i: correct = negatives at/below i + positives above i
    neg_below = np.cumsum(1 - y)
    pos_above = y.sum() - np.cumsum(y)
    correct = np.concatenate([[y.sum()], neg_below + pos_above])
    i = int(np.argmax(correct))
    if i == 0:
        return float(s[0] - 1e-6)
    if i == len(s):
        return float(s[-1] + 1e-6)
    return float((s[i - 1] + s[i]) / 2)


def roc_curve(scores: np.ndarray, same: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(far, tar, thresholds) for accepting ``score >= threshold``, thresholds descending."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], same[order].astype(bool)
    tp = np.cumsum(y)
    fp = np.cumsum(~y)
    last = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]  # keep the last of tied scores
    tar = tp[last] / max(1, y.sum())
    far = fp[last] / max(1, (~y).sum())
    return np.r_[0.0, far], np.r_[0.0, tar], np.r_[np.inf, s[last]]


def tar_at_far(
    scores: np.ndarray, same: np.ndarray, fars: tuple[float, ...] = (1e-2, 1e-3, 1e-4)
) -> tuple[dict[str, float], dict[str, float]]:
    """TAR and the threshold at each FAR that the impostor count can resolve."""
    imp = np.sort(scores[~same])[::-1]
    gen = scores[same]
    tars, ths = {}, {}
    for far in fars:
        if len(imp) * far < 1:
            continue
        k = int(np.floor(far * len(imp)))  # impostors allowed above the threshold
        th = float(imp[k]) if k < len(imp) else float(imp[-1])
        key = f"{far:.0e}".replace("e-0", "e-")
        ths[key] = th
        tars[key] = float((gen > th).mean()) if len(gen) else float("nan")
    return tars, ths


def evaluate_scores(
    scores: np.ndarray,
    same: np.ndarray,
    folds: np.ndarray | None = None,
    fars: tuple[float, ...] = (1e-2, 1e-3, 1e-4),
) -> VerificationResult:
    scores = np.asarray(scores, np.float64)
    same = np.asarray(same, bool)
    folds = np.zeros(len(scores), int) if folds is None else np.asarray(folds)
    fold_ids = np.unique(folds)
    accs, ths = [], []
    for f in fold_ids:
        test = folds == f
        train = ~test if len(fold_ids) > 1 else test
        t = best_threshold(scores[train], same[train])
        accs.append(float(((scores[test] > t) == same[test]).mean()))
        ths.append(t)
    tars, th_far = tar_at_far(scores, same, fars)
    far, tar, _ = roc_curve(scores, same)
    return VerificationResult(
        accuracy_mean=float(np.mean(accs)),
        accuracy_std=float(np.std(accs)),
        fold_accuracies=accs,
        thresholds=ths,
        tar_at_far=tars,
        threshold_at_far=th_far,
        genuine=int(same.sum()),
        impostor=int((~same).sum()),
        roc={"far": far.tolist(), "tar": tar.tolist()},
    )


def save_roc_png(result: VerificationResult, path: str | Path, title: str = "ROC") -> Path:
    """Draw the ROC (log FAR axis) with OpenCV, which the kiosk already depends on."""
    import cv2

    w, h, m = 640, 480, 60
    img = np.full((h, w, 3), 255, np.uint8)
    far = np.clip(np.asarray(result.roc["far"]), 1e-5, 1.0)
    tar = np.asarray(result.roc["tar"])

    def xy(fa: float, ta: float) -> tuple[int, int]:
        x = m + (np.log10(fa) + 5) / 5 * (w - 2 * m)
        y = h - m - ta * (h - 2 * m)
        return int(x), int(y)

    cv2.rectangle(img, (m, m), (w - m, h - m), (0, 0, 0), 1)
    for e in range(-5, 1):
        x, _ = xy(10.0**e, 0)
        cv2.line(img, (x, h - m), (x, h - m + 5), (0, 0, 0), 1)
        cv2.putText(img, f"1e{e}", (x - 15, h - m + 20), cv2.FONT_HERSHEY_SIMPLEX, 0.4, 0, 1)
    for t in np.linspace(0, 1, 6):
        _, y = xy(1e-5, t)
        cv2.putText(img, f"{t:.1f}", (m - 35, y + 4), cv2.FONT_HERSHEY_SIMPLEX, 0.4, 0, 1)
    pts = np.array([xy(a, b) for a, b in zip(far, tar, strict=True)], np.int32)
    cv2.polylines(img, [pts], False, (200, 60, 0), 2)
    cv2.putText(img, title, (m, 35), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 1)
    cv2.putText(img, "FAR", (w // 2, h - 15), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 0, 1)
    cv2.putText(img, "TAR", (5, m - 10), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 0, 1)
    path = Path(path)
    cv2.imwrite(str(path), img)
    return path
