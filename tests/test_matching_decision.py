"""1:N matching against a brute-force reference, and the k-of-n decision with cooldown."""

from __future__ import annotations

import numpy as np
import pytest

from faceapp.core.decision import (
    DENIED,
    GRANTED,
    UNKNOWN,
    DecisionEngine,
    DecisionPolicy,
    FrameVote,
)
from faceapp.core.gallery import TemplateSet
from faceapp.core.matching import Matcher


def _templates(n: int, people: int, dim: int = 128, seed: int = 0) -> TemplateSet:
    rng = np.random.default_rng(seed)
    e = rng.normal(size=(n, dim)).astype(np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    pids = rng.integers(1, people + 1, n)
    return TemplateSet(np.arange(n), pids, e)


def test_matches_brute_force():
    ts = _templates(3000, 400)
    m = Matcher(ts, threshold=0.3)
    probes = ts.embeddings[[5, 77, 1234]] + 0.05
    results = m.search(probes, top_k=4)
    for probe, res in zip(probes, results, strict=True):
        scores = ts.embeddings @ (probe / 1.0)
        best = {}
        for pid, s in zip(ts.person_ids, scores, strict=True):
            best[pid] = max(best.get(pid, -9), s)
        ref = sorted(best.items(), key=lambda x: -x[1])[:4]
        assert [c.person_id for c in res.candidates] == [p for p, _ in ref]
        assert np.allclose([c.score for c in res.candidates], [s for _, s in ref], atol=1e-5)


def test_scales_to_100k_templates():
    ts = _templates(100_000, 20_000, dim=512, seed=1)
    m = Matcher(ts, threshold=0.5)
    res = m.search_one(ts.embeddings[99_999])
    assert res.best.person_id == ts.person_ids[99_999] and res.best.score > 0.999
    assert res.accepted


def test_empty_gallery():
    m = Matcher(TemplateSet(np.zeros(0, int), np.zeros(0, int), np.zeros((0, 0))), 0.3)
    res = m.search_one(np.ones(8, np.float32))
    assert res.best is None and not res.accepted


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_k_of_n_grant_and_cooldown():
    clock = Clock()
    eng = DecisionEngine(DecisionPolicy(window=5, agree=3, cooldown_s=10), clock=clock)
    seq = [FrameVote(7, 0.6, True), FrameVote(None, 0.2, True), FrameVote(7, 0.7, True)]
    assert [eng.feed(v) for v in seq] == [None, None, None]
    d = eng.feed(FrameVote(7, 0.65, True))
    assert d.decision == GRANTED and d.person_id == 7 and d.score == 0.7
    for _ in range(6):  # same person still there: cooldown, no second decision
        assert eng.feed(FrameVote(7, 0.6, True)) is None
    clock.t = 11
    out = [eng.feed(FrameVote(7, 0.6, True)) for _ in range(3)]
    assert out[-1] is not None and out[-1].decision == GRANTED


def test_unknown_and_denied():
    eng = DecisionEngine(DecisionPolicy(5, 3, 0), is_allowed=lambda pid: (pid != 9, "disabled"))
    out = [eng.feed(FrameVote(None, 0.1, True)) for _ in range(3)]
    assert out[-1].decision == UNKNOWN
    out = [eng.feed(FrameVote(9, 0.8, True)) for _ in range(3)]
    assert out[-1].decision == DENIED and out[-1].reason == "disabled"


def test_empty_frames_do_not_decide():
    eng = DecisionEngine(DecisionPolicy(5, 3, 0))
    assert all(eng.feed(FrameVote(None, None, False)) is None for _ in range(20))


def test_large_galleries_search_in_two_steps_with_exact_scores():
    """From COARSE_FROM templates the search re-ranks coarse candidates; on embeddings whose
    variance sits in few directions (as real face embeddings' does) it finds the same best
    person as the exact search, with the exact score."""
    from faceapp.core.gallery import TemplateSet
    from faceapp.core.matching import COARSE_FROM, Matcher

    rng = np.random.default_rng(3)
    n, dim = COARSE_FROM + 5000, 512
    mix = rng.normal(size=(96, dim))

    def faces(k: int) -> np.ndarray:
        e = rng.normal(size=(k, 96)) @ mix + 0.3 * rng.normal(size=(k, dim))
        return (e / np.linalg.norm(e, axis=1, keepdims=True)).astype(np.float32)

    ts = TemplateSet(np.arange(n), rng.integers(0, n // 3, n), faces(n))
    fast, exact = Matcher(ts, 0.5), Matcher(ts, 0.5, coarse_from=None)
    assert fast.two_step and not exact.two_step
    same = ts.embeddings[rng.choice(n, 40)] + 0.4 * faces(40)
    probes = np.concatenate([same / np.linalg.norm(same, axis=1, keepdims=True), faces(40)])
    for f, e in zip(fast.search(probes, 3), exact.search(probes, 3), strict=True):
        assert f.best.person_id == e.best.person_id
        assert f.best.score == pytest.approx(e.best.score, abs=1e-5)


def test_int8_product_is_exact_and_a_valid_onnx_graph():
    """The hand-written one-node graph passes onnx's checker, and onnxruntime's integer
    product equals numpy's in int64."""
    from faceapp.core.int8_product import Int8Product, matmul_integer_model

    rng = np.random.default_rng(0)
    a = rng.integers(0, 256, (3000, 128), dtype=np.uint8)
    b = rng.integers(-128, 128, 128, dtype=np.int8)
    assert np.array_equal(Int8Product(a)(b), a.astype(np.int64) @ b.astype(np.int64))
    with pytest.raises(ValueError, match="uint8"):
        Int8Product(a.astype(np.int8))
    onnx = pytest.importorskip("onnx")  # a trainer dependency
    model = onnx.load_from_string(matmul_integer_model(a))
    onnx.checker.check_model(model, full_check=True)
    (node,) = model.graph.node
    assert node.op_type == "MatMulInteger" and list(node.input) == ["A", "B", "a_zero_point"]
    assert {i.name: tuple(i.dims) for i in model.graph.initializer} == {
        "B": (128, 3000),
        "a_zero_point": (),
    }
    types = {
        v.name: v.type.tensor_type.elem_type for v in [*model.graph.input, *model.graph.output]
    }
    assert types == {"A": onnx.TensorProto.UINT8, "Y": onnx.TensorProto.INT32}


def test_top_indices_are_the_k_largest():
    """The sampled-threshold selection returns exactly the k largest, also when the sample
    misleads (every sampled score is among the largest) and with ties."""
    from faceapp.core.matching import top_indices

    rng = np.random.default_rng(5)
    for scores in (
        rng.integers(-5000, 5000, 100_000).astype(np.int32),
        np.where(np.arange(50_000) % 16 == 0, 1 + rng.random(50_000), 0).astype(np.float32),
        np.repeat(np.arange(100, dtype=np.int32), 1000),
    ):
        for k in (1, 512, 4000):
            got = np.sort(scores[top_indices(scores, k)])
            assert len(set(top_indices(scores, k).tolist())) == k
            assert np.array_equal(got, np.sort(scores)[-k:])
    assert sorted(top_indices(np.arange(3), 5)) == [0, 1, 2]
