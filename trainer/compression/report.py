"""``faceapp-train compress-report``: one table for a family of compressed models.

For each ONNX model: parameters and MFLOPs (from its card), file size, median latency on this
CPU at batch 1 and throughput at batch 32 (measured interleaved by the kiosk's own benchmark
engine, so the ratios are fair), cosine of its embeddings to the reference float model's on
held-out aligned faces, and verification accuracy on a pairs file through those same crops.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from faceapp.bench.engine import BenchSettings, run_benchmark
from faceapp.core.embedding import Embedder
from faceapp.evaluation.pairs import read_pairs
from faceapp.evaluation.verification import evaluate_scores
from trainer.data.aligned_cache import AlignedSet


def cached_pairs(data: AlignedSet, pairs_file: str | Path):
    """Index pairs into an aligned cache of the pairs' own images (rows by relative path)."""
    root = Path(data.paths[0]).parents[1]
    index = {str(Path(p).relative_to(root)): i for i, p in enumerate(data.paths)}
    pairs = [p for p in read_pairs(pairs_file) if p.a in index and p.b in index]
    return pairs, index


def compress_report(
    models: list[str], reference: str, heldout: str, pairs_file: str | None, runs: int = 300
) -> list[dict]:
    data = AlignedSet.load(heldout)
    crops = np.asarray(data.crops)
    ref = Embedder(reference).embed(crops)
    pairs, index = cached_pairs(data, pairs_file) if pairs_file else ([], {})
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
        rows.append(row)
    return rows


def format_table(rows: list[dict]) -> str:
    head = (
        f"{'model':<26}{'quant':<10}{'Mparams':>8}{'MFLOPs':>8}{'MB':>7}{'b1 ms':>8}"
        f"{'b32 img/s':>10}{'x fp32':>7}{'cos mean':>9}{'cos min':>8}{'acc %':>8}"
    )
    lines = [head]
    for r in rows:
        acc = f"{100 * r['accuracy']:.2f}" if "accuracy" in r else "-"
        lines.append(
            f"{r['model']:<26}{r['quantization'][:9]:<10}{r['params_m']:>8.3f}"
            f"{r['mflops'] or 0:>8.1f}{r['file_mb']:>7.2f}{r['latency_b1_ms']:>8.2f}"
            f"{r['throughput_b32'] or 0:>10.0f}{r['latency_ratio'] or 0:>7.2f}"
            f"{r['cosine_to_float_mean']:>9.4f}{r['cosine_to_float_min']:>8.4f}{acc:>8}"
        )
    return "\n".join(lines)
