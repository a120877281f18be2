"""1:N search speed: exact float32 search against the two-step search (an 8-bit coarse product
in the gallery's principal subspace, exact re-rank), side by side in one run, with how often
both give the same best template.

Synthetic galleries are random unit vectors, probed with noisy copies of templates (people
who are enrolled) and with fresh random vectors (strangers): spread evenly over all 512
directions, unlike faces, they are the coarse step's worst case, not a door's. ``--real``
takes real face embeddings (an ``.npy`` of shape (N, D), or (N, views, D) such as the
trainer's teacher cache): probes are held-out rows, so their best match is another photo of
the same person or the closest stranger, as at a door.

    python -m faceapp.bench.search [--sizes 1000,100000] [--probes 300] [--real E.npy]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from faceapp.bench.pipeline import machine, stats
from faceapp.core.gallery import TemplateSet
from faceapp.core.matching import Matcher


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, np.float32)
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def synthetic(n: int, probes: int, dim: int = 512, seed: int = 0):
    rng = np.random.default_rng(seed)
    templates = _unit(rng.normal(size=(n, dim)))
    pick = rng.choice(n, probes // 2, replace=False)
    enrolled = _unit(templates[pick] + 0.12 * rng.normal(size=(len(pick), dim)))
    strangers = _unit(rng.normal(size=(probes - len(pick), dim)))
    return templates, np.concatenate([enrolled, strangers])


def real(path: str, n: int, probes: int, seed: int = 0):
    data = np.load(path, mmap_mode="r")
    first = np.asarray(data[:, 0] if data.ndim == 3 else data)
    rng = np.random.default_rng(seed)
    if n + probes > len(first):
        raise SystemExit(f"{path} has {len(first)} rows; asked for {n} + {probes}")
    rows = rng.choice(len(first), n + probes, replace=False)
    return _unit(first[rows[:n]]), _unit(first[rows[n:]])


def compare(templates: np.ndarray, probes: np.ndarray) -> dict:
    """Both searches on the same gallery and probes, timed alternately probe by probe."""
    ts = TemplateSet(np.arange(len(templates)), np.arange(len(templates)), templates)
    t0 = time.perf_counter()
    exact = Matcher(ts, 0.0, coarse_from=None)
    t1 = time.perf_counter()
    fast = Matcher(ts, 0.0, coarse_from=0)
    t2 = time.perf_counter()
    times: dict[str, list[float]] = {"exact": [], "two_step": []}
    same = 0
    score_gap = 0.0
    for p in probes:
        a0 = time.perf_counter()
        ea = exact.search_one(p, 1).best
        a1 = time.perf_counter()
        fa = fast.search_one(p, 1).best
        a2 = time.perf_counter()
        times["exact"].append((a1 - a0) * 1e3)
        times["two_step"].append((a2 - a1) * 1e3)
        same += ea.person_id == fa.person_id
        score_gap = max(score_gap, ea.score - fa.score)
    out = {k: stats(v) for k, v in times.items()}
    return {
        "templates": len(templates),
        "probes": len(probes),
        **out,
        "speed_ratio": round(out["exact"]["median_ms"] / out["two_step"]["median_ms"], 2),
        "same_top1": same,
        "worst_top1_score_gap": round(float(score_gap), 5),
        "load_ms": {"exact": round((t1 - t0) * 1e3, 1), "two_step": round((t2 - t1) * 1e3, 1)},
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m faceapp.bench.search",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--sizes", default="1000,100000", help="gallery sizes (templates)")
    p.add_argument("--probes", type=int, default=300)
    p.add_argument("--real", help="real embeddings (.npy) instead of synthetic ones")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        t, q = real(args.real, n, args.probes) if args.real else synthetic(n, args.probes)
        rows.append(compare(t, q))
    result = {"machine": machine(), "real": args.real, "rows": rows}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'real' if args.real else 'synthetic'} galleries, {result['machine']['cpu']}")
    print(
        f"{'templates':>10}{'exact ms':>10}{'p95':>8}{'2-step ms':>11}{'p95':>8}"
        f"{'ratio':>7}{'same top-1':>12}"
    )
    for r in rows:
        print(
            f"{r['templates']:>10}{r['exact']['median_ms']:>10.2f}{r['exact']['p95_ms']:>8.2f}"
            f"{r['two_step']['median_ms']:>11.2f}{r['two_step']['p95_ms']:>8.2f}"
            f"{r['speed_ratio']:>7.2f}{r['same_top1']:>7}/{r['probes']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
