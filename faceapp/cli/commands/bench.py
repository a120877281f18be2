"""``faceapp bench``: benchmark the installed models on this machine."""

from __future__ import annotations

import csv
import json
import sys

from faceapp.cli.common import EXIT_OK, command
from faceapp.core.errors import ConfigError, FaceAppError


def register(sub) -> None:
    p = command(
        sub,
        "bench",
        "benchmark installed models on this machine",
        "Latency (batch 1, interleaved between models), throughput, memory, "
        "per-frame pipeline, accuracy and gallery score separation of the installed models, "
        "measured here. Results are kept with date and machine in the data folder.",
    )
    p.add_argument(
        "--models", default="all", help="'all', or comma-separated installed names or ONNX paths"
    )
    p.add_argument("--runs", type=int, default=200, help="batch-1 timings per model")
    p.add_argument("--threads", default="1,2,0", help="thread counts (0 = all cores)")
    p.add_argument("--images", help="photos for the per-frame pipeline stages")
    p.add_argument("--pairs", help="pairs.txt for verification accuracy")
    p.add_argument("--pair-images", help="photos of the pairs file")
    p.add_argument("--pair-limit", type=int, default=600)
    p.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    p.add_argument("--csv", help="also write the table as CSV here")
    p.set_defaults(run=run)


def _threads(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(t) for t in text.split(","))
    except ValueError:
        raise ConfigError(f"--threads: {text!r} is not a comma-separated list of numbers") from None


def run(args, cfg) -> int:
    from faceapp.app.models import installed_models, resolve_model
    from faceapp.app.system import gallery_path
    from faceapp.bench.engine import BenchSettings, run_benchmark, save_results, to_csv_rows
    from faceapp.evaluation.pairs import read_pairs
    from faceapp.paths import data_dir

    if args.models == "all":
        models = [str(p) for p, _ in installed_models()]
    else:
        models = [str(resolve_model(m.strip())) for m in args.models.split(",") if m.strip()]
    if not models:
        raise ConfigError("no models to benchmark (none installed; see `faceapp models`)")
    if args.pairs:
        if not args.pair_images:
            raise ConfigError("--pairs needs --pair-images, the folder of the pairs' photos")
        read_pairs(args.pairs)  # a bad file is reported now, not after the latency runs
    db = gallery_path(cfg)
    settings = BenchSettings(
        runs=args.runs,
        threads=_threads(args.threads),
        images=args.images,
        pairs=args.pairs,
        pair_images=args.pair_images,
        pair_limit=args.pair_limit,
        gallery=str(db) if db.exists() else None,
        memory=not args.no_memory,
    )
    try:
        current = str(resolve_model(cfg.recognition.model))
    except FaceAppError:
        current = None

    def progress(fraction: float, text: str) -> None:
        if not args.json:
            print(f"\r{100 * fraction:5.1f} %  {text:<40}", end="", file=sys.stderr, flush=True)

    result = run_benchmark(models, settings, current, progress)
    saved = save_results(result, data_dir() / "benchmarks")
    rows = to_csv_rows(result)
    if args.csv:
        with open(args.csv, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=sorted({k for r in rows for k in r}))
            w.writeheader()
            w.writerows(rows)
    if args.json:
        print(json.dumps(result))
        return EXIT_OK
    print(file=sys.stderr)
    key = next(iter(result["models"][0]["latency"]))
    print(
        f"{'model':<28}{'quant':<8}{'MB':>7}{'load ms':>9}{'RSS MB':>8}"
        f"{'median ms':>11}{'p95 ms':>8}{'ratio':>7}  ({key})"
    )
    for m in result["models"]:
        lat = m["latency"][key]
        print(
            f"{m['name']:<28}{m['quantization'][:7]:<8}{m['file_mb']:>7.2f}{m['load_ms']:>9.1f}"
            f"{m['peak_rss_mb'] or 0:>8.1f}{lat['median_ms']:>11.2f}{lat['p95_ms']:>8.2f}"
            f"{m['ratio_to_current'] or 0:>7.2f}"
        )
    print(f"saved {saved}")
    return EXIT_OK
