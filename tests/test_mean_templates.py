"""Scoring people by their mean template: the scale mapping, the matcher and the calibration.

On real photos the same rules are exercised by tests/test_fpir_real.py (galleries of people
with two photos each) and measured by the door simulation."""

from __future__ import annotations

import numpy as np
import pytest

from faceapp.core.fusion import MeanTemplateScale
from faceapp.core.gallery import TemplateSet
from faceapp.core.matching import Matcher
from faceapp.core.modelcard import ModelCard
from faceapp.core.threshold import SecurityLevel

SINGLE = {"1e-2": 0.30, "1e-3": 0.40, "1e-4": 0.48}
MEAN2 = {"1e-2": 0.36, "1e-3": 0.47, "1e-4": 0.56}
MEAN4 = {"1e-2": 0.40, "1e-3": 0.52, "1e-4": 0.62}


def test_scale_maps_each_measured_threshold_onto_the_single_photo_one():
    scale = MeanTemplateScale(SINGLE, {2: MEAN2, 4: MEAN4})
    s = np.array([[0.36, 0.47, 0.56, 0.515]], np.float32)
    out = scale.apply(s, np.array([2, 2, 2, 2]))
    assert out[0, :3] == pytest.approx([0.30, 0.40, 0.48], abs=1e-6)
    assert out[0, 3] == pytest.approx(0.44, abs=1e-6)  # halfway between, in both scales
    # one template: the score is already on the single-photo scale
    assert scale.apply(s, np.ones(4, int)) == pytest.approx(s)
    # above the rarest measured point the stretch is a ratio, below it a shift
    assert scale.apply(np.array([0.84]), np.array([2]))[0] == pytest.approx(0.84 * 0.48 / 0.56)
    assert scale.apply(np.array([0.16]), np.array([2]))[0] == pytest.approx(0.10)
    # 3 templates use the next larger table measured (a larger stretch, the safe side), more
    # than measured the largest
    assert scale.apply(np.array([0.52]), np.array([3]))[0] == pytest.approx(0.40)
    assert scale.apply(np.array([0.52]), np.array([9]))[0] == pytest.approx(0.40)
    # order is kept: a higher cosine never maps lower
    grid = np.linspace(-1, 1, 401)
    for k in (2, 3, 4, 9):
        assert np.all(np.diff(scale.apply(grid, np.full(len(grid), k))) > 0)


def test_a_larger_mean_template_is_never_looser_than_a_smaller_one():
    """A k = 3 table measured below k = 2's at the rarest rate (sampling noise) is held at
    k = 2's there: a cosine at k = 3's own measured threshold maps below the single-photo one."""
    mean3 = {"1e-2": 0.38, "1e-3": 0.49, "1e-4": 0.54}  # 0.54 < MEAN2's 0.56 at 1e-4
    scale = MeanTemplateScale(SINGLE, {2: MEAN2, 3: mean3})
    assert scale.apply(np.array([0.56]), np.array([3]))[0] == pytest.approx(0.48)
    assert scale.apply(np.array([0.54]), np.array([3]))[0] < 0.48
    assert scale.apply(np.array([0.49]), np.array([3]))[0] == pytest.approx(0.40)  # its own


def test_a_card_without_tables_scores_people_by_their_best_template():
    assert MeanTemplateScale.from_card(ModelCard(name="t", file="t", thresholds=SINGLE)) is None
    # a table that does not rise with rarity is not used
    bad = {"2": {"1e-2": 0.5, "1e-3": 0.4}}
    card = ModelCard(name="t", file="t", thresholds=SINGLE, mean_template_thresholds=bad)
    assert MeanTemplateScale.from_card(card) is None


def _faces(
    rng, people: int, per: int, dim: int = 64, spread: float = 1.0, common: float = 0.0
) -> TemplateSet:
    """``per`` photos of each of ``people``: an identity direction plus photo noise, around a
    direction all faces share (``common``, as real face embeddings have one)."""
    centres = rng.normal(size=(people, dim))
    shared = rng.normal(size=dim)
    shared *= common * np.sqrt(dim) / np.linalg.norm(shared)
    e = shared + np.repeat(centres, per, axis=0) + spread * rng.normal(size=(people * per, dim))
    e = (e / np.linalg.norm(e, axis=1, keepdims=True)).astype(np.float32)
    return TemplateSet(np.arange(len(e)), np.repeat(np.arange(people), per), e)


def test_matcher_scores_one_mean_template_per_person_on_the_single_scale():
    rng = np.random.default_rng(0)
    ts = _faces(rng, 300, 3)
    scale = MeanTemplateScale(SINGLE, {2: MEAN2, 3: MEAN4})
    m = Matcher(ts, 0.4, scale=scale)
    assert len(m) == 900 and m.comparisons == 300 and len(m.embeddings) == 300
    probes = ts.embeddings[[4, 500]] + 0.1
    mean = ts.embeddings.reshape(300, 3, -1).sum(axis=1)
    mean /= np.linalg.norm(mean, axis=1, keepdims=True)
    want = scale.apply(probes @ mean.T, np.full(300, 3))
    assert m.person_scores(probes) == pytest.approx(want, abs=1e-5)
    for res, row in zip(m.search(probes, 3), want, strict=True):
        assert [c.person_id for c in res.candidates] == list(np.argsort(-row)[:3])
    # the two-step search of a large gallery ranks mean templates and maps the same way
    big = _faces(rng, 3000, 2, dim=128, spread=0.6)
    fast = Matcher(big, 0.4, coarse_from=0, scale=scale)
    exact = Matcher(big, 0.4, coarse_from=None, scale=scale)
    assert fast.two_step and not exact.two_step
    queries = big.embeddings[::97]
    for f, e in zip(fast.search(queries), exact.search(queries), strict=True):
        assert f.best.person_id == e.best.person_id
        assert f.best.score == pytest.approx(e.best.score, abs=1e-5)
    # without a scale: every template is a comparison, each person scored by the best one
    plain = Matcher(ts, 0.4)
    assert plain.comparisons == 900
    best = (probes @ ts.embeddings.T).reshape(2, 300, 3).max(axis=2)
    assert plain.person_scores(probes) == pytest.approx(best, abs=1e-6)


def test_calibrated_mean_templates_keep_the_identification_rate_that_single_ones_break():
    """Measured on labelled synthetic faces: with the tables measured on mean templates the
    strangers let in stay at the target; scoring mean templates against the single-photo
    thresholds lets in more than promised (the mean stretches towards what all faces share)."""
    from trainer.evaluation.calibrate import (
        identification_check,
        impostor_scores,
        mean_template_impostor_scores,
        thresholds_from_impostors,
    )

    rng = np.random.default_rng(1)
    ts = _faces(rng, 1500, 4, dim=24, spread=1.2, common=1.0)
    emb, ids = ts.embeddings, [f"p{p}" for p in ts.person_ids]
    single = thresholds_from_impostors(impostor_scores(emb, ids))
    tables = {
        str(k): thresholds_from_impostors(mean_template_impostor_scores(emb, ids, k))
        for k in (2, 3)
    }
    assert all(tables["2"][f] > single[f] for f in tables["2"])  # the stretch, measured

    def card(means) -> ModelCard:
        return ModelCard(name="t", file="t", thresholds=single, mean_template_thresholds=means)

    calibrated = identification_check(emb, ids, card(tables), galleries=60)
    naive = identification_check(emb, ids, card({"2": single}), galleries=60)
    for target in ("1e-2", "1e-3"):
        assert 0.5 < calibrated[target] / float(target) < 1.5, calibrated
    assert naive["1e-2"] > 1.5 * calibrated["1e-2"], (naive, calibrated)


def test_the_threshold_counts_people_when_they_are_scored_by_mean_templates():
    card = ModelCard(name="t", file="t", thresholds=SINGLE, mean_template_thresholds={"2": MEAN2})
    level = SecurityLevel(fpir=1e-2)
    per_person = level.threshold(card, people=10, templates=20)
    assert per_person.per_person and per_person.comparisons == 10
    assert per_person.describe().startswith("at most 1 stranger in 100 let in with 10 people")
    without_tables = ModelCard(name="t", file="t", thresholds=SINGLE)
    per_template = level.threshold(without_tables, people=10, templates=20)
    assert "20 face templates" in per_template.describe()
    assert per_person.value < per_template.value
