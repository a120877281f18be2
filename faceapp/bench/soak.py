"""Soak test: many frames through the live loop, watching memory and latency stay flat.

A kiosk runs for months; a leak of a few bytes per frame or a log that slows every insert shows
only after hundreds of thousands of frames. This feeds the real pipeline (detector, model,
SQLite gallery with event logging, decisions) a repeating mix of an enrolled person, strangers
and empty frames, and prints resident memory and latency per block of frames.

    python -m faceapp.bench.soak --images ../shared/faces/dev/lfw/images --frames 100000

Not part of the test run: it takes about half an hour on a 2-core CPU.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np


def rss_mb() -> float:
    """Current resident set size (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_frames(images: Path, n_people: int = 6) -> tuple[list[np.ndarray], list[Path]]:
    """640x480 frames: photos of people with several photos (first one is enrolled), one
    photo of each of some strangers, and empty frames."""
    people = sorted(d for d in images.iterdir() if d.is_dir() and len(list(d.glob("*.jpg"))) >= 6)
    singles = sorted(d for d in images.iterdir() if d.is_dir() and len(list(d.glob("*.jpg"))) == 1)
    frames, enroll = [], []
    for d in people[:n_people]:
        photos = sorted(d.glob("*.jpg"))
        enroll.append(photos[0])
        for p in photos[1:6]:
            frames.append(_place(cv2.imread(str(p))))
    for d in singles[:10]:
        frames.append(_place(cv2.imread(str(next(d.glob("*.jpg"))))))
    frames += [np.full((480, 640, 3), 50, np.uint8)] * 8
    return frames, enroll


def _place(img: np.ndarray) -> np.ndarray:
    canvas = np.full((480, 640, 3), 50, np.uint8)
    canvas[115:365, 195:445] = cv2.resize(img, (250, 250))
    return canvas


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--images", required=True, help="folder of <person>/<photo>.jpg")
    ap.add_argument("--frames", type=int, default=100_000)
    ap.add_argument("--block", type=int, default=5000, help="frames per printed row")
    ap.add_argument("--model", help="model name or path (default: the embedded one)")
    ap.add_argument("--json", help="write the rows here too")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from faceapp.app.system import Kiosk
    from faceapp.config import Config
    from faceapp.core.gallery import PersonDetails

    tmp = Path(tempfile.mkdtemp(prefix="faceapp-soak-"))
    os.environ.setdefault("FACEAPP_KEY_DIR", str(tmp / "keys"))
    cfg = Config(db=str(tmp / "gallery.db"))
    if args.model:
        cfg.recognition.model = args.model
    cfg.recognition.cooldown_s = 0
    cfg.recognition.liveness = False  # still photos cannot blink; liveness has its own tests
    kiosk = Kiosk.from_config(cfg, "soak")
    rec, loop, admin = kiosk.recognizer, kiosk.loop, kiosk.admin("soak")
    frames, enroll = make_frames(Path(args.images))
    for p in enroll:
        admin.enroll_photos(PersonDetails(p.parent.name), [p], allow_duplicate=True)
    rows = []
    lat: list[float] = []
    t_start = time.perf_counter()
    print(f"{'frames':>8} {'RSS MB':>8} {'median ms':>10} {'p95 ms':>8} {'events':>8}")
    for i in range(1, args.frames + 1):
        t0 = time.perf_counter()
        loop.process(frames[i % len(frames)])
        lat.append((time.perf_counter() - t0) * 1e3)
        if i % args.block == 0 or i == args.frames:
            events = rec.gallery.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            row = {
                "frames": i,
                "rss_mb": round(rss_mb(), 1),
                "median_ms": round(statistics.median(lat), 2),
                "p95_ms": round(float(np.percentile(lat, 95)), 2),
                "events": events,
            }
            rows.append(row)
            print(
                f"{i:>8} {row['rss_mb']:>8} {row['median_ms']:>10} {row['p95_ms']:>8} {events:>8}",
                flush=True,
            )
            lat.clear()
    first, last = rows[min(1, len(rows) - 1)], rows[-1]  # after warm-up
    summary = {
        "frames": args.frames,
        "minutes": round((time.perf_counter() - t_start) / 60, 1),
        "decisions": loop.decided,
        "rss_growth_mb": round(last["rss_mb"] - first["rss_mb"], 1),
        "median_ms_first_last": [first["median_ms"], last["median_ms"]],
        "integrity": rec.gallery.integrity_check(),
    }
    print(json.dumps(summary))
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "summary": summary}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
