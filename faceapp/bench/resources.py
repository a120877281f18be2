"""Memory and CPU of the running kiosk: the real window (Qt's offscreen platform), the real
worker and detector, frames at a camera's rate.

Phases in one process: a face in view (the enrolled demo face, liveness off) and an empty
scene, both played from files at ``--fps``; an empty doorway on a camera (a 30 fps MJPEG stream
on loopback, :mod:`faceapp.bench.stream`) with every frame examined and then at the idle rate
(``camera.idle_fps``, default 5, once nobody has been in view for a few seconds); then the
admin window opened, every page visited, and closed. For each: CPU use (process CPU time over
wall time, 100 % = one core, the camera's own serving and decoding included) and resident
memory at the end.

    python -m faceapp.bench.resources [--seconds 10] [--fps 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import cv2

from faceapp.bench.demo import demo_face, moving_frame, moving_frames
from faceapp.bench.pipeline import machine
from faceapp.bench.stream import MjpegCamera
from faceapp.core.live import IDLE_AFTER_S


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(app, seconds: float) -> dict[str, float]:
    cpu0, t0 = time.process_time(), time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        app.processEvents()
        time.sleep(0.005)
    wall = time.perf_counter() - t0
    return {"cpu_percent": round(100 * (time.process_time() - cpu0) / wall, 1), "rss_mb": rss_mb()}


def run(seconds: float, fps: float) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="faceapp-resources-"))
    os.environ["FACEAPP_DATA_DIR"] = str(tmp / "data")
    os.environ["FACEAPP_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtWidgets import QApplication

    from faceapp.app.system import Kiosk
    from faceapp.config import Config
    from faceapp.core.gallery import PersonDetails
    from faceapp.gui.app import KioskController
    from faceapp.gui.gc_thread import MainThreadCollector

    app = QApplication.instance() or QApplication([])
    MainThreadCollector.install(app)
    face = demo_face()
    cv2.imwrite(str(tmp / "face.png"), face)
    n = int((seconds + 1) * fps) + 15  # each phase's frames last it out
    with_face = moving_frames(tmp / "face", face, n)
    empty = moving_frames(tmp / "empty", None, n)
    cfg = Config(db=str(tmp / "gallery.db"))
    cfg.recognition.liveness = False  # a still picture cannot blink
    cfg.kiosk.sounds = False
    kiosk = Kiosk.from_config(cfg, str(with_face))
    kiosk.admin("bench").enroll_photos(PersonDetails("Ada Demo"), [tmp / "face.png"])
    ctl = KioskController(kiosk, fps=fps)
    ctl.screen.resize(1024, 720)
    ctl.screen.show()
    out: dict[str, dict] = {"start": {"rss_mb": rss_mb()}}
    ctl.start()
    measure(app, 1.0)  # warm-up
    out["face_in_view"] = measure(app, seconds)
    ctl.kiosk.source = str(empty)
    ctl.restart_worker()
    measure(app, 1.0)
    out["empty_scene"] = measure(app, seconds)
    idle_fps = cfg.camera.idle_fps
    with MjpegCamera([moving_frame(None, 0)], fps=30) as cam:
        ctl.kiosk.source = cam.url
        for phase, rate in (("camera_every", 0.0), ("camera_idle", idle_fps)):
            ctl.kiosk.cfg.camera.idle_fps = rate
            ctl.restart_worker()
            measure(app, IDLE_AFTER_S + 1.0)  # connected, and nobody seen for long enough
            out[phase] = measure(app, seconds)
        ctl.worker.stop()
    admin = ctl.open_admin(None)  # no PIN in the demo gallery
    for i in range(admin.tabs.count()):
        admin.tabs.setCurrentIndex(i)
        measure(app, 0.3)
    admin.close()
    out["after_admin"] = {"rss_mb": measure(app, 2.0)["rss_mb"]}  # memory only: frames ended
    ctl.exit_kiosk()
    return {"machine": machine(), "fps": fps, "seconds": seconds, "phases": out}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m faceapp.bench.resources",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--fps", type=float, default=15.0)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    res = run(args.seconds, args.fps)
    if args.json:
        print(json.dumps(res))
        return 0
    print(f"kiosk at {res['fps']:g} fps, {res['seconds']:g} s a phase, {res['machine']['cpu']}")
    print(f"{'phase':<16}{'CPU %':>8}{'RSS MB':>9}")
    for phase, r in res["phases"].items():
        cpu = f"{r['cpu_percent']:8.1f}" if "cpu_percent" in r else f"{'':8}"
        print(f"{phase:<16}{cpu}{r['rss_mb']:9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
