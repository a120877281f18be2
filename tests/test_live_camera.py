"""The live path on a real network camera: MJPEG over HTTP on loopback, opened by URL like an IP
camera (OpenCV's FFmpeg reader, the capture thread that keeps the newest frame), frames arriving
at the camera's rate whether or not the kiosk looks at them."""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
from conftest import KEYS, LFW_DEV, lfw, need

from faceapp.app.frameloop import run_frames
from faceapp.bench.stream import MjpegCamera
from faceapp.config import Config
from faceapp.core.frames import open_source
from faceapp.core.gallery import Gallery
from faceapp.core.recognizer import Recognizer


def test_an_empty_doorway_is_looked_at_a_few_times_a_second(tmp_path, pipeline):
    """While nobody is in view the kiosk examines at most ``idle_fps`` frames a second of the
    camera's 30; the first face seen brings back the full rate at once."""
    from faceapp.app.system import Kiosk

    need(LFW_DEV)
    empty = np.full((480, 640, 3), 45, np.uint8)
    face = empty.copy()
    face[115:365, 195:445] = cv2.imread(str(lfw("Tony_Blair", 3)))
    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    kiosk = Kiosk(Recognizer(gallery, pipeline, 0.3), Config(), "none")
    loop = kiosk.loop
    seen: list[tuple[float, bool]] = []  # (when, a face was found) per frame examined
    stop = threading.Event()

    def handle(frame: np.ndarray) -> None:
        report = loop.process(frame)
        seen.append((time.monotonic(), bool(report.result.faces)))
        faces = [t for t, f in seen if f]
        if faces and faces[-1] - faces[0] > 1.5:
            stop.set()

    sources = []  # the camera as the capture thread opened it, to count what it decoded

    def camera(url: str):
        sources.append(open_source(url))
        return sources[-1]

    # 3 s of an empty doorway, then someone for 3 s (the stream starts over for each client)
    with MjpegCamera([empty] * 90 + [face] * 90, fps=30) as cam:
        worker = threading.Thread(
            target=run_frames,
            args=(lambda: camera(cam.url), handle, stop),
            kwargs={"idle": lambda: loop.idle(after_s=0.5), "idle_fps": 2.0},
        )
        worker.start()
        worker.join(30)
        stop.set()
        worker.join(5)
    try:
        assert stop.is_set() and not worker.is_alive()
        first_face = next(t for t, f in seen if f)
        start = seen[0][0]
        # idle from 0.5 s after the stream began until the face came
        idle = [t for t, f in seen if not f and start + 1.0 <= t < first_face]
        idle_rate = len(idle) / (first_face - start - 1.0)
        busy = [t for t, f in seen if f]
        busy_rate = len(busy) / (busy[-1] - busy[0])
        assert idle_rate <= 2.5, (idle_rate, busy_rate)
        assert busy_rate >= 3 * idle_rate and busy_rate > 5, (idle_rate, busy_rate)
        # the frames not examined while idle were taken off the stream undecoded: of about
        # 90 sent before the face came, only those examined (and a few in flight) were decoded
        cam_read = sources[-1]
        assert cam_read.skipped >= 45, (cam_read.skipped, cam_read.decoded, len(seen))
        assert cam_read.decoded <= len(seen) + 10, (cam_read.decoded, len(seen))
    finally:
        kiosk.close()
        gallery.close()
