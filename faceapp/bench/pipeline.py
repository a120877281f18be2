"""Per-stage latency of the kiosk pipeline on this machine, per 640x480 frame, now and as it was.

Stages: JPEG decode, detection (+ landmarks), alignment with the quality gate, embedding at
batch 1, and 1:N matching against synthetic galleries of 1 000 and 100 000 templates; ``total``
is the recognition thread's cost of a frame up to the decision against 1 000 templates (the
kiosk decodes on its capture thread). Real photos are pasted into 640x480 frames and
JPEG-encoded, so decoding is measured as a camera's MJPEG frame would be; each photo is held
for ``--hold`` frames, moving a few pixels, as a person stands at the door.

Two ways of running the same code are measured side by side, each over all frames in turn for
``--rounds`` passes: ``now`` (the face followed from frame to frame with the detector on one
frame of three, only the voting face embedded, two-step search of large galleries) and
``before`` (detection as on a photo on every frame, every face embedded, exact search), with
the ratio. Prints median and p95 milliseconds; ``--json`` for machines.

    python -m faceapp.bench.pipeline --model M.onnx --images DIR [--frames 200] [--hold 10]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import cv2
import numpy as np


def make_frames(images: Path, n: int, seed: int = 0, hold: int = 1) -> list[bytes]:
    from faceapp.core.images import list_images

    files = list_images(images)
    if not files:
        raise SystemExit(f"no images below {images}")
    rng = np.random.default_rng(seed)
    picks = rng.choice(len(files), size=min(-(-n // hold), len(files)), replace=False)
    frames = []
    for i in picks:
        img = cv2.imread(str(files[i]))
        if img is None:
            continue
        canvas = np.full((480, 640, 3), 70, np.uint8)
        h, w = img.shape[:2]
        s = min(1.0, 400 / max(h, w))
        img = cv2.resize(img, (int(w * s), int(h * s)))
        h, w = img.shape[:2]
        y, x = (480 - h) // 2, (640 - w) // 2
        canvas[y : y + h, x : x + w] = img
        for k in range(hold):  # the person moves a little from frame to frame
            move = np.float32([[1, 0, 3 * np.sin(k)], [0, 1, 2 * np.cos(k)]])
            frame = cv2.warpAffine(canvas, move, (640, 480), borderMode=cv2.BORDER_REPLICATE)
            frames.append(cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes())
    return frames[:n]


def synthetic_templates(n: int, dim: int, seed: int = 1):
    from faceapp.core.gallery import TemplateSet

    rng = np.random.default_rng(seed)
    e = rng.normal(size=(n, dim)).astype(np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    return TemplateSet(np.arange(n), rng.integers(0, max(1, n // 5), n), e)


def stats(ms: list[float]) -> dict[str, float]:
    a = np.asarray(ms)
    return {
        "median_ms": round(float(np.median(a)), 3),
        "p95_ms": round(float(np.percentile(a, 95)), 3),
        "p99_ms": round(float(np.percentile(a, 99)), 3),
        "n": len(a),
    }


def machine() -> dict[str, str | int | None]:
    import os

    return {
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "system": platform.platform(),
        "python": platform.python_version(),
    }


STAGES = ("decode", "detect", "align", "embed")


class PathConfig:
    """One way of running the kiosk path, with its galleries.

    ``embed``: "voter" (only the face that votes, as the live loop does) or "all" (every
    face, as before). ``exact``: search every gallery exactly (the two-step search for large
    galleries is what the kiosk does)."""

    def __init__(
        self, name: str, embedder, detector, embed: str = "voter", exact: bool = False
    ) -> None:
        from faceapp.core.pipeline import FacePipeline

        self.name, self.exact = name, exact
        self.pipeline = FacePipeline(embedder, detector)
        self.embed = embed
        self.matchers: dict = {}  # gallery size -> Matcher, filled by measure_paths


def measure_paths(
    configs: list[PathConfig], frames: list[bytes], sizes: tuple[int, ...], rounds: int = 1
) -> dict[str, dict]:
    """Per-stage milliseconds of each frame through :class:`FacePipeline`, for each way of
    running it (by name), each over all frames in turn, ``rounds`` times (so that all see the
    same machine load), after a warm-up on a few frames each.

    ``decode`` is the JPEG's; the kiosk decodes on its capture thread, so ``total`` (the
    recognition thread's cost of a frame, up to the decision against the first gallery size)
    starts at detection. ``align`` includes the quality gate. Frames without a voting face
    are not counted."""
    from faceapp.core.matching import COARSE_FROM, Matcher

    dim = configs[0].pipeline.embedder.card.embedding_size
    templates = {n: synthetic_templates(n, dim) for n in sizes}
    for c in configs:
        c.matchers = {
            n: Matcher(templates[n], 0.3, coarse_from=None if c.exact else COARSE_FROM)
            for n in sizes
        }
    names = [*STAGES, *[f"match_{n}" for n in sizes], "total"]
    times = {c.name: {k: [] for k in names} for c in configs}
    for r in range(rounds + 1):
        for c in configs:
            for data in frames[:5] if r == 0 else frames:
                t0 = time.perf_counter()
                img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
                t1 = time.perf_counter()
                res = c.pipeline.process(img, embed=c.embed)
                voter = res.voter
                if voter is None or voter.embedding is None or r == 0:
                    continue
                t = times[c.name]
                t["decode"].append((t1 - t0) * 1e3)
                for k in ("detect", "align", "embed"):
                    t[k].append(res.timings_ms[k])
                total = sum(res.timings_ms.values())
                for i, n in enumerate(sizes):
                    m0 = time.perf_counter()
                    c.matchers[n].search_one(voter.embedding)
                    ms = (time.perf_counter() - m0) * 1e3
                    t[f"match_{n}"].append(ms)
                    if i == 0:
                        t["total"].append(total + ms)
    return {name: {k: stats(v) for k, v in t.items() if v} for name, t in times.items()}


def run(
    model: str,
    images: Path,
    n_frames: int,
    threads: int,
    detector_range: str,
    hold: int = 10,
    rounds: int = 2,
) -> dict:
    """The kiosk's path now (``now``: the face followed from frame to frame, only the voting
    face embedded, two-step search of large galleries) and as it was (``before``: detection as
    on photos on every frame, every face embedded, exact search), side by side."""
    from faceapp.core.detection import FaceDetector
    from faceapp.core.embedding import Embedder

    emb = Embedder(model, threads=threads)
    frames = make_frames(images, n_frames, hold=hold)
    with FaceDetector(detector_range) as det, FaceDetector(detector_range, video=True) as vid:
        configs = [
            PathConfig("before", emb, det, "all", exact=True),
            PathConfig("now", emb, vid),
        ]
        stages = measure_paths(configs, frames, (1_000, 100_000), rounds)
        followed = vid.followed_frames
    return {
        "model": emb.card.name,
        "quantization": emb.card.quantization,
        "threads": threads,
        "frames": len(frames),
        "frames_with_face": stages["now"]["total"]["n"] // rounds if stages["now"] else 0,
        "followed_without_detector": followed // rounds,
        "machine": machine(),
        "before": stages["before"],
        "now": stages["now"],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m faceapp.bench.pipeline",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--model", help="ONNX model (default: the embedded default model)")
    p.add_argument("--images", required=True, help="folder of photos with faces")
    p.add_argument("--frames", type=int, default=200)
    p.add_argument("--threads", type=int, default=1, help="onnxruntime threads")
    p.add_argument("--detector-range", default="short", choices=["short", "full", "auto"])
    p.add_argument("--hold", type=int, default=10, help="frames per photo (a person at the door)")
    p.add_argument("--rounds", type=int, default=2, help="passes of each way over the frames")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    from faceapp.app.models import resolve_model

    res = run(
        str(resolve_model(args.model)),
        Path(args.images),
        args.frames,
        args.threads,
        args.detector_range,
        args.hold,
        args.rounds,
    )
    if args.json:
        print(json.dumps(res))
        return 0
    print(
        f"model {res['model']} ({res['quantization']}), {res['threads']} thread(s), "
        f"{res['frames_with_face']}/{res['frames']} frames with a face "
        f"({res['followed_without_detector']} followed without the detector), "
        f"{res['machine']['cpu']}, {res['machine']['cores']} cores"
    )
    before, now = res["before"], res["now"]
    print(f"{'stage':<14}{'before: median':>15}{'p95':>8}{'now: median':>13}{'p95':>8}{'ratio':>7}")
    for k in now:
        b, n = before[k], now[k]
        print(
            f"{k:<14}{b['median_ms']:>15.2f}{b['p95_ms']:>8.2f}{n['median_ms']:>13.2f}"
            f"{n['p95_ms']:>8.2f}{b['median_ms'] / n['median_ms']:>6.2f}x"
        )
    print(
        "total: the recognition thread's milliseconds per frame, detection to the decision "
        "against 1 000 templates (the kiosk decodes on its capture thread)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
