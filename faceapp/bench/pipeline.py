"""Per-stage latency of the kiosk pipeline on this machine, per 640x480 frame.

Stages: JPEG decode, detection (+ landmarks), alignment, embedding at batch 1, and 1:N
matching against synthetic galleries of 1 000 and 100 000 templates. Real photos are pasted
into 640x480 frames and JPEG-encoded, so decoding is measured as a camera's MJPEG frame would
be. Each photo is held for ``--hold`` frames, moving a few pixels, as a person stands at the
door; detection is timed both ways on the same frames, interleaved: as on a photo (``detect``,
the kiosk's detection before it followed faces) and following the face (``detect_video``,
what the live loop does now), with ``total`` and ``total_video`` the frame's cost to a
decision against 1 000 templates. Prints median and p95 milliseconds; ``--json`` for machines.

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


def pipeline_stages(
    embedder,
    detector,
    frames: list[bytes],
    gallery_sizes: tuple[int, ...] = (1_000, 100_000),
    video_detector=None,
) -> dict:
    """Per-stage milliseconds over ``frames`` (a warm-up pass on a few first); with
    ``video_detector``, its detection of the same frame too (``detect_video``)."""
    from faceapp.core.alignment import align_face
    from faceapp.core.matching import Matcher

    dim = embedder.card.embedding_size
    matchers = {n: Matcher(synthetic_templates(n, dim), 0.3) for n in gallery_sizes}
    names = ["decode", "detect", "align", "embed", *[f"match_{n}" for n in gallery_sizes]]
    t: dict[str, list[float]] = {k: [] for k in [*names, "total", "detect_video", "total_video"]}
    for warm in range(2):
        for data in frames[:5] if warm == 0 else frames:
            marks = [time.perf_counter()]
            img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
            marks.append(time.perf_counter())
            faces = detector.detect(img)
            marks.append(time.perf_counter())
            if video_detector is not None:  # timed apart: the next stage starts after it
                v0 = time.perf_counter()
                video_detector.detect(img)
                video_ms = (time.perf_counter() - v0) * 1e3
                marks[-1] += video_ms / 1e3
            if not faces:
                continue
            crop = align_face(img, faces[0].landmarks, embedder.card.input_size[0])
            marks.append(time.perf_counter())
            e = embedder.embed(crop[None])[0]
            marks.append(time.perf_counter())
            for n in gallery_sizes:
                matchers[n].search_one(e)
                marks.append(time.perf_counter())
            if warm:
                steps = np.diff(marks) * 1e3
                for k, v in zip(names, steps, strict=True):
                    t[k].append(float(v))
                t["total"].append(float(steps[:5].sum()))  # up to the first gallery size
                if video_detector is not None:
                    t["detect_video"].append(video_ms)
                    t["total_video"].append(float(steps[:5].sum() - steps[1] + video_ms))
    return {k: stats(v) for k, v in t.items() if v}


def run(
    model: str, images: Path, n_frames: int, threads: int, detector_range: str, hold: int = 10
) -> dict:
    from faceapp.core.detection import FaceDetector
    from faceapp.core.embedding import Embedder

    emb = Embedder(model, threads=threads)
    frames = make_frames(images, n_frames, hold=hold)
    with FaceDetector(detector_range) as det, FaceDetector(detector_range, video=True) as vid:
        stages = pipeline_stages(emb, det, frames, video_detector=vid)
    return {
        "model": emb.card.name,
        "quantization": emb.card.quantization,
        "threads": threads,
        "frames": len(frames),
        "frames_with_face": stages["decode"]["n"] if "decode" in stages else 0,
        "machine": machine(),
        "stages": stages,
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
    )
    if args.json:
        print(json.dumps(res))
        return 0
    print(
        f"model {res['model']} ({res['quantization']}), {res['threads']} thread(s), "
        f"{res['frames_with_face']}/{res['frames']} frames with a face, "
        f"{res['machine']['cpu']}"
    )
    print(f"{'stage':<13}{'median ms':>10}{'p95 ms':>10}")
    for k, s in res["stages"].items():
        print(f"{k:<13}{s['median_ms']:>10.2f}{s['p95_ms']:>10.2f}")
    st = res["stages"]
    if "total_video" in st:

        def ratio(a: str, b: str) -> float:
            return st[a]["median_ms"] / st[b]["median_ms"]

        print(
            f"following the face: detection {ratio('detect', 'detect_video'):.2f}x, "
            f"frame {ratio('total', 'total_video'):.2f}x faster (medians)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
