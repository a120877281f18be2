"""The security level as a false-positive identification rate: arithmetic and card lookups.

The behaviour on real photos (strangers against galleries of 10, 100 and 1 000 people) is in
tests/test_fpir_real.py; these are the exact rules it rests on."""

from __future__ import annotations

import math

import pytest

from faceapp.core.errors import ModelError
from faceapp.core.modelcard import ModelCard
from faceapp.core.threshold import SecurityLevel, per_comparison_far, threshold_at_far


def _card(thresholds: dict[str, float]) -> ModelCard:
    return ModelCard(name="t", file="t.onnx", thresholds=thresholds)


CARD = _card({"1e-2": 0.30, "1e-3": 0.40, "1e-4": 0.48, "1e-5": 0.55})


def test_per_comparison_far_inverts_the_identification_rate():
    for fpir, n in ((1e-3, 1), (1e-3, 80), (1e-2, 1000), (1e-4, 100_000)):
        far = per_comparison_far(fpir, n)
        assert 1 - (1 - far) ** n == pytest.approx(fpir, rel=1e-6)
    assert per_comparison_far(1e-3, 1) == pytest.approx(1e-3)
    # 40 people x 2 templates: 1 stranger in 1 000 needs a per-comparison FAR of 1.25e-5
    assert per_comparison_far(1e-3, 80) == pytest.approx(1.25e-5, rel=0.001)
    with pytest.raises(ValueError):
        per_comparison_far(0.0, 10)


def test_threshold_interpolates_in_log_far_and_extrapolates_on_the_safe_side():
    assert threshold_at_far(CARD, 1e-3) == (pytest.approx(0.40), False)
    mid, ext = threshold_at_far(CARD, math.sqrt(1e-3 * 1e-4))
    assert mid == pytest.approx(0.44) and not ext
    assert threshold_at_far(CARD, 0.5) == (0.30, False)  # looser than measured: the loosest
    beyond, ext = threshold_at_far(CARD, 1e-6)
    assert ext and beyond == pytest.approx(0.62)  # last segment continued: stricter
    with pytest.raises(ModelError):
        threshold_at_far(_card({}), 1e-3)
    with pytest.raises(ModelError):
        threshold_at_far(_card({"often": 0.3}), 1e-3)


def test_threshold_tightens_as_people_are_enrolled():
    level = SecurityLevel(fpir=1e-3)
    values = [level.threshold(CARD, n).value for n in (0, 1, 10, 100, 1000, 10_000)]
    assert values[0] == values[1] == pytest.approx(0.40)
    assert all(a < b for a, b in zip(values[1:], values[2:], strict=False))
    t = level.threshold(CARD, 100)
    assert t.far == pytest.approx(1e-5, rel=0.01) and t.value == pytest.approx(0.55, abs=1e-3)
    assert "1 stranger in 1,000" in t.describe() and "100 face templates" in t.describe()
    assert level.threshold(CARD, 10_000).extrapolated
    manual = SecurityLevel(manual=0.5).threshold(CARD, 10_000)
    assert manual.value == 0.5 and manual.fpir is None and "manual" in manual.describe()


def test_card_threshold_is_the_same_lookup():
    assert CARD.threshold() == pytest.approx(0.40)
    assert CARD.threshold("1e-4") == pytest.approx(0.48)
    with pytest.raises(ModelError):
        CARD.threshold("often")
