"""How fast a student trains on this machine, one way against another, side by side.

A CPU campaign lives on samples per hour, so a throughput lever (channels_last, torch.compile,
threads) is judged by training steps timed here, in one run, interleaved round by round, so
that a busy machine slows every variant alike and only the ratios are read:

    python -m trainer.tools.step_speed --model edgeface_xxs --batch 64 --threads 1 \
        --variants eager,channels_last,compile

A step is the student's share of a distillation step: forward, cosine loss to fixed targets,
backward and an AdamW update (the teacher's forward is the same for every variant and left
out). ``compile`` is ``torch.compile`` with its default backend (inductor); its first steps,
which compile, are timed apart.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import torch

from trainer.registry import create_model, list_models

VARIANTS = ("eager", "channels_last", "compile", "compile_channels_last")


def _stepper(model_name: str, variant: str, batch: int) -> tuple[Callable[[], None], float]:
    """One training step of a fresh student set up as ``variant``, and how long its first two
    steps took (compilation, for the compiled variants)."""
    torch.manual_seed(0)
    model = create_model(model_name)
    x = torch.randn(batch, 3, 112, 112)
    if "channels_last" in variant:
        model = model.to(memory_format=torch.channels_last)
        x = x.to(memory_format=torch.channels_last)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    forward = torch.compile(model) if variant.startswith("compile") else model
    with torch.no_grad():
        target = torch.nn.functional.normalize(model(x).detach() + torch.randn(batch, 1), dim=1)

    def step() -> None:
        y = torch.nn.functional.normalize(forward(x), dim=1)
        loss = (1 - (y * target).sum(1)).mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()

    t0 = time.perf_counter()
    step()
    step()
    return step, time.perf_counter() - t0


def measure(
    model_name: str = "edgeface_xxs",
    variants: tuple[str, ...] = ("eager", "channels_last"),
    batch: int = 64,
    rounds: int = 6,
    threads: int = 1,
) -> dict[str, dict[str, float]]:
    """Per variant: median seconds a step, crops a second, and the warm-up seconds."""
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise ValueError(f"unknown variant {unknown[0]!r} (choose from {', '.join(VARIANTS)})")
    if threads:
        torch.set_num_threads(threads)
    steppers = {v: _stepper(model_name, v, batch) for v in variants}
    times: dict[str, list[float]] = {v: [] for v in variants}
    for _ in range(rounds):
        for v, (step, _) in steppers.items():
            t0 = time.perf_counter()
            step()
            times[v].append(time.perf_counter() - t0)
    out = {}
    for v, ts in times.items():
        med = statistics.median(ts)
        out[v] = {"s_per_step": med, "crops_per_s": batch / med, "warmup_s": steppers[v][1]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m trainer.tools.step_speed",
        description="Time a student's training steps one way against another, interleaved in "
        "one run, and print crops a second and the ratio to the first variant.",
    )
    ap.add_argument("--model", default="edgeface_xxs", choices=sorted(list_models()))
    ap.add_argument(
        "--variants",
        default="eager,channels_last",
        help=f"comma-separated, the first is the reference ({', '.join(VARIANTS)})",
    )
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=6, help="timed steps per variant")
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (0: torch's)")
    args = ap.parse_args(argv)
    variants = tuple(v.strip() for v in args.variants.split(",") if v.strip())
    try:
        res = measure(args.model, variants, args.batch, args.rounds, args.threads)
    except ValueError as e:
        ap.error(str(e))
    ref = res[variants[0]]["crops_per_s"]
    print(f"{args.model}, batch {args.batch}, {args.threads} thread(s), {args.rounds} rounds")
    print(f"{'variant':<24}{'crops/s':>9}{'ratio':>8}{'warm-up s':>11}")
    for v, r in res.items():
        print(
            f"{v:<24}{r['crops_per_s']:>9.1f}{r['crops_per_s'] / ref:>8.2f}{r['warmup_s']:>11.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
