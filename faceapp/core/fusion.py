"""Scoring a person by the mean of their templates, on the scale of one comparison.

A person enrolled from several photos can be scored two ways: by the best cosine with any of
their templates, or by the cosine with their *mean template* (the normalised mean of their
templates). The mean template is a steadier point for the face than any single photo, so the
enrolled person scores higher with it, and more enrolled people are let in at the same share of
strangers (measured in the door simulation: assets/models/README.md).

The catch is its scale. A mean of k unit vectors is shorter than one, and normalising it back
stretches every cosine with it, a stranger's too: the thresholds measured for single photos
would let in more strangers than they promise. So the model card also carries thresholds
measured on mean templates of k photos (``ModelCard.mean_template_thresholds``, written by
``faceapp-train calibrate``), and :class:`MeanTemplateScale` maps a cosine with a k-photo mean
template onto the single-photo scale: the k-photo threshold of each measured false-accept
rate goes to the single-photo threshold of that rate, linearly in between. Everything after
the matcher - the threshold from the security level, the scores on screen, the duplicate
check - then reads one scale, and a stranger has one comparison per person instead of one
per template.
"""

from __future__ import annotations

import numpy as np

from faceapp.core.modelcard import ModelCard


class MeanTemplateScale:
    """Maps cosines with k-template mean templates onto the single-template scale.

    ``single``: the card's thresholds by FAR; ``by_count``: k -> thresholds by FAR for mean
    templates of k. A person with more templates than any measured k uses the largest k
    measured. The stretch grows with k, so that errs towards letting strangers in; the
    calibration therefore measures well past the five poses that enrollment stores.

    At the rarest rates the measured tables are noisy, and a larger k can come out below a
    smaller one (the default model's card: 0.494 for k = 3 at 1e-5 against 0.511 for k = 2),
    which would make a person with more templates easier to pass as. So each k's threshold
    at a rate is the largest measured for that k or any smaller one: noise never loosens.
    """

    def __init__(self, single: dict[str, float], by_count: dict[int, dict[str, float]]) -> None:
        self.points: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        floor: dict[str, float] = {}  # per rate, the largest threshold of any smaller k
        for k, measured in sorted(by_count.items()):
            table = {f: max(t, floor.get(f, t)) for f, t in measured.items()}
            floor.update(table)
            fars = sorted((f for f in table if f in single), key=float, reverse=True)
            if k < 2 or len(fars) < 2:
                continue
            xs = np.array([table[f] for f in fars], np.float64)
            ys = np.array([single[f] for f in fars], np.float64)
            if np.any(np.diff(xs) <= 0) or np.any(np.diff(ys) <= 0):
                continue  # a table that does not rise with rarity cannot be mapped
            self.points[k] = (xs, ys)
        self.largest = max(self.points, default=0)

    @classmethod
    def from_card(cls, card: ModelCard) -> MeanTemplateScale | None:
        """The card's scale, or None when the card has no mean-template thresholds (the
        matcher then scores each person by their best single template)."""
        by_count = {int(k): v for k, v in card.mean_template_thresholds.items()}
        scale = cls(card.thresholds, by_count)
        return scale if scale.points else None

    def apply(self, scores: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """``scores`` (..., people) are cosines with the people's mean templates, ``counts``
        (people,) their template counts; returns the scores on the single-template scale."""
        out = np.array(scores, np.float32, copy=True)
        counts = np.asarray(counts)
        for k in np.unique(counts):
            table = self._table_for(int(k))
            if table is not None:
                cols = counts == k
                out[..., cols] = self._map(out[..., cols], *table)
        return out

    def _table_for(self, k: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The measured table for mean templates of ``k``: its own, else the next larger k
        measured (a larger stretch: the safe side), else the largest."""
        if k < 2:
            return None
        larger = [m for m in self.points if m >= k]
        return self.points[min(larger) if larger else self.largest]

    @staticmethod
    def _map(s: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        # inside the measured range: linear between the thresholds; above it the last measured
        # ratio (normalising the mean multiplies every cosine, so the gap grows with the
        # score, and a constant shift would make the rarest levels looser); below it, a shift
        inside = np.interp(s, xs, ys)
        above = s * (ys[-1] / xs[-1])
        below = s + (ys[0] - xs[0])
        return np.where(s > xs[-1], above, np.where(s < xs[0], below, inside)).astype(np.float32)


def per_person(scale: MeanTemplateScale | None) -> bool:
    """Whether people are scored by their mean templates (the card has a scale for them),
    rather than by their best single template."""
    return scale is not None


def comparisons(scale: MeanTemplateScale | None, people: int, templates: int) -> int:
    """How many scores a stranger gets a chance with (what the security level's threshold
    counts): one per person when people are scored by their mean templates, one per template
    otherwise."""
    return people if per_person(scale) else templates
