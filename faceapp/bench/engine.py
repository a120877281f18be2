"""The model benchmark behind ``faceapp bench`` and the settings panel's Benchmark page.

For each model: file size, load time, peak resident memory of a process that loads and runs
it, embedding latency at batch 1 (median / p95 / p99) with 1, 2 and all threads, throughput at
batch 8 and 32, the full per-frame pipeline on photos when given, verification accuracy on a
pairs folder when given, and the genuine / impostor score separation of the live gallery's own
templates. Models are measured *interleaved* (A B A B ...), so a machine that gets busier in
the middle of a run slows every model alike and the ratios stay honest.

``progress(fraction, text)`` is called as work advances and may raise
:class:`Cancelled` to stop; the panel uses both, the CLI prints the fraction.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from faceapp.bench.pipeline import PathConfig, machine, make_frames, measure_paths, stats

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised from a progress callback to stop a benchmark."""


@dataclass
class BenchSettings:
    runs: int = 200  # batch-1 timings per model and thread count
    warmup: int = 20
    threads: tuple[int, ...] = (1, 2, 0)  # 0 = all cores
    batches: tuple[int, ...] = (8, 32)
    images: str | None = None  # photos for the pipeline stages
    frames: int = 50
    pairs: str | None = None  # pairs.txt + images folder for accuracy
    pair_images: str | None = None
    pair_limit: int | None = 600
    gallery: str | None = None  # gallery file for the genuine/impostor separation
    gallery_sizes: tuple[int, ...] = (10_000, 100_000)
    memory: bool = True  # peak RSS in a child process per model


@dataclass
class ModelResult:
    name: str
    path: str
    quantization: str
    file_mb: float
    load_ms: float
    peak_rss_mb: float | None = None
    latency: dict[str, dict] = field(default_factory=dict)  # "threads=1" -> stats
    throughput: dict[str, float] = field(default_factory=dict)  # "batch=8,threads=0" -> img/s
    pipeline: dict[str, dict] = field(default_factory=dict)
    accuracy: dict | None = None
    separation: dict | None = None
    ratio_to_current: float | None = None


def _session(path: str, threads: int):
    from faceapp.core.embedding import Embedder

    return Embedder(path, threads=threads)


def peak_rss_mb(path: str, runs: int = 20) -> float | None:
    """Peak resident memory (MB) of a fresh process that loads the model and runs it.

    Linux's ``ru_maxrss`` survives fork + exec, so a child of a big benchmark process would
    report the parent's size; the child reads its own high-water mark (VmHWM) instead.
    """
    code = (
        "import resource, sys, numpy as np\n"
        "from faceapp.core.embedding import Embedder\n"
        "e = Embedder(sys.argv[1])\n"
        "x = np.zeros((1, *e.card.input_size, 3), np.uint8)\n"
        f"[e.embed(x) for _ in range({runs})]\n"
        "try:\n"
        "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
        "    print(int(hwm[0].split()[1]))\n"
        "except (OSError, IndexError):\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code, path],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        ).stdout.split()
        return round(int(out[-1]) / 1024, 1)  # Linux reports KiB
    except (subprocess.SubprocessError, ValueError, IndexError, OSError):
        return None


def gallery_separation(path: str, gallery: str, threshold: float | None) -> dict | None:
    """Genuine (same person) vs impostor scores of the gallery's own crops, re-embedded by this
    model: how far apart the enrolled people are, and the margin at the threshold."""
    from faceapp.core.gallery import Gallery
    from faceapp.paths import key_dir

    with Gallery(gallery, key_dir=key_dir(), readonly=True) as g:
        rows = g.template_crops()
    if len(rows) < 2:
        return None
    e = _session(path, 0)
    emb = e.embed(np.stack([c for _, _, c in rows]))
    pids = np.array([p for _, p, _ in rows])
    s = emb @ emb.T
    iu = np.triu_indices(len(rows), 1)
    same = pids[iu[0]] == pids[iu[1]]
    gen, imp = s[iu][same], s[iu][~same]
    th = threshold if threshold is not None else e.card.threshold()
    out = {
        "templates": len(rows),
        "people": int(len(set(pids))),
        "threshold": th,
        "impostor_max": float(imp.max()) if len(imp) else None,
        "impostor_mean": float(imp.mean()) if len(imp) else None,
    }
    if len(gen):
        out.update(
            genuine_min=float(gen.min()),
            genuine_mean=float(gen.mean()),
            margin_genuine=float(gen.min() - th),
        )
    if len(imp):
        out["margin_impostor"] = float(th - imp.max())
    if len(gen) and len(imp):
        out["d_prime"] = float(
            (gen.mean() - imp.mean()) / np.sqrt(0.5 * (gen.var() + imp.var()) + 1e-12)
        )
    return out


def run_benchmark(
    models: list[str],
    settings: BenchSettings | None = None,
    current: str | None = None,
    progress: Progress | None = None,
) -> dict:
    """Measure ``models`` (ONNX paths); ``current`` is the one ratios refer to."""
    cfg = settings or BenchSettings()
    report = progress or (lambda f, t: None)
    n_threads = [t if t else (os.cpu_count() or 1) for t in cfg.threads]
    steps = (len(n_threads) * cfg.runs + len(cfg.batches) * 10) * len(models)
    done = [0]

    def tick(text: str, k: int = 1) -> None:
        done[0] += k
        report(min(0.99, done[0] / max(1, steps * 1.5)), text)

    results: list[ModelResult] = []
    for p in models:
        t0 = time.perf_counter()
        e = _session(p, 1)
        load_ms = (time.perf_counter() - t0) * 1e3
        results.append(
            ModelResult(
                e.card.name,
                str(p),
                e.card.quantization,
                round(Path(p).stat().st_size / 1e6, 3),
                round(load_ms, 1),
            )
        )
    rng = np.random.default_rng(0)
    for threads in n_threads:
        sessions = [_session(r.path, threads) for r in results]
        x1 = [rng.integers(0, 255, (1, *s.card.input_size, 3), np.uint8) for s in sessions]
        for s, x in zip(sessions, x1, strict=True):
            for _ in range(cfg.warmup):
                s.embed(x)
        times: list[list[float]] = [[] for _ in sessions]
        for i in range(cfg.runs):  # interleaved: A B C A B C ...
            for k, (s, x) in enumerate(zip(sessions, x1, strict=True)):
                t0 = time.perf_counter()
                s.embed(x)
                times[k].append((time.perf_counter() - t0) * 1e3)
            if i % 20 == 0:
                tick(f"latency, {threads} thread(s)", 20 * len(sessions))
        for r, t in zip(results, times, strict=True):
            r.latency[f"threads={threads}"] = stats(t)
        if threads == n_threads[-1]:
            for b in cfg.batches:
                xb = [rng.integers(0, 255, (b, *s.card.input_size, 3), np.uint8) for s in sessions]
                tp: list[list[float]] = [[] for _ in sessions]
                for _ in range(10):
                    for k, (s, x) in enumerate(zip(sessions, xb, strict=True)):
                        t0 = time.perf_counter()
                        s.embed(x, batch_size=b)
                        tp[k].append(time.perf_counter() - t0)
                for r, t in zip(results, tp, strict=True):
                    r.throughput[f"batch={b},threads={threads}"] = round(b / float(np.median(t)), 1)
                tick(f"throughput, batch {b}", 10 * len(sessions))
    if cfg.memory:
        for r in results:
            r.peak_rss_mb = peak_rss_mb(r.path)
            tick(f"memory of {r.name}")
    if cfg.images:
        from faceapp.core.detection import FaceDetector

        frames = make_frames(Path(cfg.images), cfg.frames)
        sizes = list(cfg.gallery_sizes)
        if cfg.gallery:
            from faceapp.core.gallery import Gallery
            from faceapp.paths import key_dir

            with Gallery(cfg.gallery, key_dir=key_dir(), readonly=True) as g:
                sizes = [max(1, len(g.template_crops())), *sizes]
        with FaceDetector("short", video=True) as det:  # as the kiosk's live loop runs it
            for r in results:
                kiosk = PathConfig(r.name, _session(r.path, 0), det)
                r.pipeline = measure_paths([kiosk], frames, tuple(sizes))[r.name]
                tick(f"pipeline of {r.name}", len(frames))
    if cfg.pairs and cfg.pair_images:
        from faceapp.evaluation.pairs_eval import evaluate_pairs

        for r in results:
            res, info = evaluate_pairs(
                r.path, cfg.pairs, cfg.pair_images, limit_pairs=cfg.pair_limit
            )
            r.accuracy = {
                "accuracy_mean": res.accuracy_mean,
                "accuracy_std": res.accuracy_std,
                "pairs": info["pairs"],
                "tar_at_far": res.tar_at_far,
            }
            tick(f"accuracy of {r.name}")
    if cfg.gallery:
        for r in results:
            r.separation = gallery_separation(r.path, cfg.gallery, None)
    base = next(
        (r for r in results if current and (r.path == current or r.name == current)),
        results[0] if results else None,
    )
    key = f"threads={n_threads[0]}"
    for r in results:
        if base is not None and key in r.latency:
            r.ratio_to_current = round(
                r.latency[key]["median_ms"] / base.latency[key]["median_ms"], 3
            )
    report(1.0, "done")
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "current": base.name if base else None,
        "settings": {k: v for k, v in cfg.__dict__.items()},
        "models": [r.__dict__ for r in results],
    }


def save_results(result: dict, folder: Path) -> Path:
    """Keep every run with its date and machine, so later runs compare with earlier ones."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{result['date'].replace(':', '')}.json"
    path.write_text(json.dumps(result, indent=1))
    return path


def to_csv_rows(result: dict) -> list[dict]:
    rows = []
    for m in result["models"]:
        row = {
            "date": result["date"],
            "model": m["name"],
            "quantization": m["quantization"],
            "file_mb": m["file_mb"],
            "load_ms": m["load_ms"],
            "peak_rss_mb": m["peak_rss_mb"],
            "ratio_to_current": m["ratio_to_current"],
        }
        for k, v in m["latency"].items():
            row[f"median_ms_{k}"] = v["median_ms"]
            row[f"p95_ms_{k}"] = v["p95_ms"]
        for k, v in m["throughput"].items():
            row[f"img_s_{k}"] = v
        if m.get("accuracy"):
            row["accuracy"] = m["accuracy"]["accuracy_mean"]
        rows.append(row)
    return rows
