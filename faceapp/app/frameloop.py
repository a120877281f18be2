"""The one loop that feeds frames from a source to a handler, for ``faceapp run`` and the kiosk
window alike.

Files and folders are played frame by frame, nothing dropped, optionally at a steady pace (the
kiosk shows a video at its speed; the CLI runs as fast as it can). Cameras and streams are read
by a :class:`~faceapp.core.frames.CaptureThread` that keeps only the newest frame and reconnects
when the source fails, so the handler always works on *now*.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from faceapp.core.errors import FaceAppError
from faceapp.core.frames import CaptureThread, FrameSource, SourceStateFn

StatusFn = Callable[[str, bool], None]


def run_frames(
    open_source: Callable[[], FrameSource],
    handle: Callable[[np.ndarray], None],
    stop: threading.Event,
    pace_fps: float = 0.0,
    on_status: StatusFn | None = None,
    must_open: bool = False,
    on_source: SourceStateFn | None = None,
) -> None:
    """Feed every frame to ``handle`` until the file ends or ``stop`` is set.

    ``must_open``: a source that cannot be opened at all raises (the CLI's exit code 7);
    otherwise it is reported through ``on_status`` and retried like a lost camera (the kiosk
    keeps running and shows what is wrong). ``on_source(online, text, retry_s)`` follows the
    source going down and coming back, and a file ending (offline, ``retry_s`` None).
    """
    status = on_status or (lambda text, ok: None)
    source_state = on_source or (lambda online, text, retry_s: None)
    try:
        first: FrameSource | None = open_source()
    except FaceAppError as e:
        if must_open:
            raise
        status(str(e), False)
        first = None
    if first is not None and not first.live:
        source_state(True, first.description, None)
        _play(first, handle, stop, pace_fps, status)
        if not stop.is_set():
            source_state(False, "ended", None)
        return
    if first is not None:
        first.close()  # the capture thread opens its own
    cap = CaptureThread(open_source, on_status=status, on_source=source_state).start()
    seq = 0
    try:
        while not stop.is_set():
            frame, seq = cap.latest(seq, timeout=0.5)
            if frame is not None:
                handle(frame)
    finally:
        cap.stop()


def _play(
    source: FrameSource,
    handle: Callable[[np.ndarray], None],
    stop: threading.Event,
    pace_fps: float,
    status: StatusFn,
) -> None:
    period = 1.0 / pace_fps if pace_fps else 0.0
    status(source.description, True)
    try:
        for frame in source.frames():
            if stop.is_set():
                break
            t0 = time.monotonic()
            handle(frame)
            if period:
                stop.wait(max(0.0, period - (time.monotonic() - t0)))
    finally:
        source.close()
