"""The decision threshold from a security level stated as a false-positive identification rate.

A model card measures, per *comparison*, the cosine above which a given fraction of
different-person pairs falls (FAR). At a door a stranger is compared with every template in
the gallery and let in when the best of those scores passes, so the risk that matters is per
*identification*: the false-positive identification rate (FPIR, as NIST's 1:N evaluations
define it). With ``n`` independent comparisons (one per template, or one per person where
people are scored by their mean template: :mod:`faceapp.core.fusion`), FPIR = 1 - (1 - FAR)^n,
so a fixed per-comparison threshold lets in more strangers as people are enrolled (40 people x
2 templates at FAR 1e-3: about one stranger in twelve). The kiosk therefore keeps the FPIR fixed
and derives the per-comparison FAR, and from the card the threshold, at the gallery's current
size: the threshold tightens as people are enrolled.

Between the card's measured FARs the threshold is interpolated linearly in log10(FAR). Below
the smallest measured FAR it is extrapolated along the last measured segment; impostor tails
fall faster than that line, so the extrapolated threshold is stricter than needed (the safe
side), and it is reported as extrapolated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from faceapp.core.errors import ModelError, Reason
from faceapp.core.fusion import MeanTemplateScale
from faceapp.core.fusion import comparisons as fusion_comparisons
from faceapp.core.fusion import per_person as fusion_per_person
from faceapp.core.modelcard import ModelCard

DEFAULT_FPIR = 1e-3


@dataclass(frozen=True)
class Threshold:
    """A decision threshold and what it means at the gallery's size."""

    value: float
    fpir: float | None  # target per identification (None: a manual threshold)
    far: float | None  # the per-comparison FAR that meets it
    comparisons: int  # scores a stranger gets a chance with, in the gallery it was computed for
    extrapolated: bool = False  # the FAR is below what the card measured
    per_person: bool = False  # one comparison per person (mean templates), else per template

    def describe(self) -> str:
        """Plain words for the settings screen and the logs."""
        if self.fpir is None:
            return f"manual threshold {self.value:.3f}"
        n = self.comparisons
        what = (
            ("person" if n == 1 else "people")
            if self.per_person
            else f"face template{'' if n == 1 else 's'}"
        )
        words = (
            f"at most 1 stranger in {round(1 / self.fpir):,} let in with {n:,} {what} enrolled: "
            f"threshold {self.value:.3f}"
        )
        if self.extrapolated:
            words += " (beyond the model's measured range, set stricter to be safe)"
        return words


def per_comparison_far(fpir: float, comparisons: int) -> float:
    """The FAR per comparison at which ``comparisons`` independent tries pass with probability
    ``fpir``: 1 - (1 - fpir)^(1/n), computed without cancellation for tiny rates."""
    if not 0 < fpir < 1:
        raise ValueError(f"FPIR must be between 0 and 1, not {fpir!r}")
    return -math.expm1(math.log1p(-fpir) / max(1, comparisons))


def threshold_at_far(card: ModelCard, far: float) -> tuple[float, bool]:
    """(cosine threshold, extrapolated) for a per-comparison FAR from the card's measurements."""
    try:
        points = sorted(((float(k), float(v)) for k, v in card.thresholds.items()), reverse=True)
    except ValueError:
        raise ModelError(
            Reason("model card {name}: a threshold key is not a number", name=repr(card.name))
        ) from None
    if not points:
        raise ModelError(
            Reason(
                "model card {name} has no measured thresholds; set one explicitly",
                name=repr(card.name),
            )
        )
    if far >= points[0][0]:  # looser than anything measured: the loosest measured (safe side)
        return points[0][1], False
    if len(points) == 1:
        return points[0][1], True
    for (f_hi, t_hi), (f_lo, t_lo) in zip(points, points[1:], strict=False):
        if f_lo <= far <= f_hi:
            return _between(far, f_hi, t_hi, f_lo, t_lo), False
    (f_hi, t_hi), (f_lo, t_lo) = points[-2], points[-1]
    return min(1.0, _between(far, f_hi, t_hi, f_lo, t_lo)), True


def _between(far: float, f_hi: float, t_hi: float, f_lo: float, t_lo: float) -> float:
    span = math.log10(f_hi) - math.log10(f_lo)
    w = (math.log10(f_hi) - math.log10(far)) / span if span else 0.0
    return t_hi + w * (t_lo - t_hi)


@dataclass(frozen=True)
class SecurityLevel:
    """What the admin chose: a false-positive identification rate kept at any gallery size,
    or a fixed manual cosine threshold."""

    fpir: float = DEFAULT_FPIR
    manual: float | None = None

    def threshold(self, card: ModelCard, people: int, templates: int | None = None) -> Threshold:
        """The threshold for a gallery of ``people`` people with ``templates`` templates in
        all (default: one each). A stranger gets one score per person where the card scores
        people by their mean templates, else one per template (:func:`.fusion.comparisons`;
        an empty gallery counts as 1)."""
        scale = MeanTemplateScale.from_card(card)
        n = fusion_comparisons(scale, people, people if templates is None else templates)
        return self.for_comparisons(card, n, per_person=fusion_per_person(scale))

    def for_comparisons(self, card: ModelCard, comparisons: int, per_person: bool) -> Threshold:
        """The threshold when a stranger gets ``comparisons`` scores (a matcher knows its
        own count and scale: :attr:`.matching.Matcher.comparisons`), ``per_person`` when those
        are people's mean templates."""
        if self.manual is not None:
            return Threshold(float(self.manual), None, None, comparisons, per_person=per_person)
        far = per_comparison_far(self.fpir, max(1, comparisons))
        value, extrapolated = threshold_at_far(card, far)
        return Threshold(round(value, 4), self.fpir, far, comparisons, extrapolated, per_person)


def as_level(level: SecurityLevel | float) -> SecurityLevel:
    """A security level; a plain number is a manual cosine threshold."""
    return level if isinstance(level, SecurityLevel) else SecurityLevel(manual=float(level))
