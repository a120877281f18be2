"""``faceapp-train compress-report``: one table for a family of compressed models.

For each ONNX model: parameters and MFLOPs (from its card), file size, median latency on this
CPU at batch 1 and throughput at batch 32 (measured interleaved by the kiosk's own benchmark
engine, so the ratios are fair), cosine of its embeddings to the reference float model's on
held-out aligned faces, and verification accuracy on a pairs file through those same crops.

A pairs file of 3 000 pairs resolves accuracy to about half a point: two models whose
embeddings agree to a cosine of 0.998 can differ by that much, because a handful of pairs near
the threshold flip. The *dense* columns compare the models on every same-person pair of the
held-out crops and a fixed sample of different-person pairs (tens of thousands of each), which
resolves the small differences compression makes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from faceapp.bench.engine import BenchSettings, run_benchmark
from faceapp.core.embedding import Embedder
from faceapp.evaluation.pairs import read_pairs
from faceapp.evaluation.verification import evaluate_scores, roc_curve, tar_at_far
from trainer.data.aligned_cache import AlignedSet


def cached_pairs(data: AlignedSet, pairs_file: str | Path):
    """Index pairs into an aligned cache of the pairs' own images (rows by relative path)."""
    root = Path(data.paths[0]).parents[1]
    index = {str(Path(p).relative_to(root)): i for i, p in enumerate(data.paths)}
    pairs = [p for p in read_pairs(pairs_file) if p.a in index and p.b in index]
    return pairs, index


def dense_pairs(paths: list[str], impostors: int, seed: int = 0) -> tuple[np.ndarray, ...]:
    """(a, b, same): every same-person pair of the crops (a person = a photo's folder) and
    ``impostors`` different-person pairs drawn with a fixed seed, so that every model in one
    report is scored on the very same pairs."""
    ids = np.array([Path(p).parent.name for p in paths])
    order = np.argsort(ids, kind="stable")
    starts = np.r_[0, np.nonzero(ids[order][1:] != ids[order][:-1])[0] + 1, len(ids)]
    gen = [
        (order[i], order[j])
        for s, e in zip(starts[:-1], starts[1:], strict=True)
        for i in range(s, e)
        for j in range(i + 1, e)
    ]
    rng = np.random.default_rng(seed)
    a, b = np.zeros(0, np.int64), np.zeros(0, np.int64)
    several_people = len(starts) > 2
    while len(a) < impostors and several_people:
        x, y = rng.integers(0, len(ids), (2, 2 * impostors))
        keep = ids[x] != ids[y]
        a, b = np.r_[a, x[keep]], np.r_[b, y[keep]]
    a, b = a[:impostors], b[:impostors]
    ga, gb = np.array(gen, np.int64).reshape(-1, 2).T
    same = np.r_[np.ones(len(ga), bool), np.zeros(len(a), bool)]
    return np.r_[ga, a], np.r_[gb, b], same


def dense_metrics(emb: np.ndarray, a: np.ndarray, b: np.ndarray, same: np.ndarray) -> dict:
    """Threshold-free AUC, balanced accuracy at the best threshold and TAR at FAR 1e-3."""
    s = (emb[a] * emb[b]).sum(1)
    far, tar, _ = roc_curve(s, same)
    tars, _ = tar_at_far(s, same, (1e-3,))
    return {
        "dense_auc": float(np.sum(np.diff(far) * (tar[1:] + tar[:-1]) / 2)),
        "dense_balanced_accuracy": float((0.5 * (tar + 1 - far)).max()),
        "dense_tar_at_far_1e-3": tars.get("1e-3"),
        "dense_pairs": [int(same.sum()), int((~same).sum())],
    }


def compress_report(
    models: list[str],
    reference: str,
    heldout: str,
    pairs_file: str | None,
    runs: int = 300,
    dense_impostors: int = 0,
) -> list[dict]:
    data = AlignedSet.load(heldout)
    crops = np.asarray(data.crops)
    ref = Embedder(reference).embed(crops)
    pairs, index = cached_pairs(data, pairs_file) if pairs_file else ([], {})
    dense = dense_pairs(data.paths, dense_impostors) if dense_impostors else None
    bench = run_benchmark(
        models,
        BenchSettings(runs=runs, threads=(1,), batches=(32,), memory=False),
        current=reference,
    )
    rows = []
    for path, b in zip(models, bench["models"], strict=True):
        e = Embedder(path)
        emb = e.embed(crops)
        cos = (emb * ref).sum(1)
        row = {
            "model": e.card.name,
            "quantization": e.card.quantization,
            "params_m": round((e.card.params or 0) / 1e6, 3),
            "mflops": e.card.mflops,
            "file_mb": b["file_mb"],
            "latency_b1_ms": b["latency"]["threads=1"]["median_ms"],
            "throughput_b32": b["throughput"].get("batch=32,threads=1"),
            "latency_ratio": b["ratio_to_current"],
            "cosine_to_float_mean": float(cos.mean()),
            "cosine_to_float_min": float(cos.min()),
        }
        if pairs:
            s = np.array([emb[index[p.a]] @ emb[index[p.b]] for p in pairs])
            res = evaluate_scores(
                s, np.array([p.same for p in pairs]), np.array([p.fold for p in pairs])
            )
            row.update(
                accuracy=res.accuracy_mean, accuracy_std=res.accuracy_std, tar_at_far=res.tar_at_far
            )
        if dense is not None and dense[2].any():
            row.update(dense_metrics(emb, *dense))
        rows.append(row)
    return rows


def format_table(rows: list[dict]) -> str:
    head = (
        f"{'model':<26}{'quant':<10}{'Mparams':>8}{'MFLOPs':>8}{'MB':>7}{'b1 ms':>8}"
        f"{'b32 img/s':>10}{'x fp32':>7}{'cos mean':>9}{'cos min':>8}{'acc %':>8}"
        f"{'dense AUC':>10}{'dense acc':>10}{'TAR@1e-3':>9}"
    )
    lines = [head]
    for r in rows:
        acc = f"{100 * r['accuracy']:.2f}" if "accuracy" in r else "-"
        auc = f"{r['dense_auc']:.4f}" if "dense_auc" in r else "-"
        bal = f"{100 * r['dense_balanced_accuracy']:.2f}" if "dense_auc" in r else "-"
        tar = r.get("dense_tar_at_far_1e-3")
        tar = f"{100 * tar:.2f}" if tar is not None else "-"
        lines.append(
            f"{r['model']:<26}{r['quantization'][:9]:<10}{r['params_m']:>8.3f}"
            f"{r['mflops'] or 0:>8.1f}{r['file_mb']:>7.2f}{r['latency_b1_ms']:>8.2f}"
            f"{r['throughput_b32'] or 0:>10.0f}{r['latency_ratio'] or 0:>7.2f}"
            f"{r['cosine_to_float_mean']:>9.4f}{r['cosine_to_float_min']:>8.4f}{acc:>8}"
            f"{auc:>10}{bal:>10}{tar:>9}"
        )
    return "\n".join(lines)
