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

from faceapp.core.errors import FaceAppError, Reason
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
    idle: Callable[[], bool] | None = None,
    idle_fps: float = 0.0,
) -> None:
    """Feed every frame to ``handle`` until the file ends or ``stop`` is set.

    ``must_open``: a source that cannot be opened at all raises (the CLI's exit code 7);
    otherwise it is reported through ``on_status`` and retried like a lost camera (the kiosk
    keeps running and shows what is wrong). ``on_source(online, text, retry_s)`` follows the
    source going down and coming back, and a file ending (offline, ``retry_s`` None).

    A live source is handled at most ``idle_fps`` frames a second while ``idle()`` says
    nobody is in view: the frames in between are taken off the stream undecoded
    (:meth:`~faceapp.core.frames.CaptureThread.skip_until`), as frames that arrive while one is
    handled are dropped; files are always played whole.
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
            if frame is None:
                continue
            t0 = time.monotonic()
            handle(frame)
            if idle_fps > 0 and idle is not None and idle():
                cap.skip_until(t0 + 1.0 / idle_fps)  # ``latest`` then waits for that frame
    finally:
        cap.stop()


def probe_source(
    spec: str, width: int | None = None, height: int | None = None, timeout: float = 8.0
) -> np.ndarray:
    """The first frame of a source, or :class:`SourceError` saying why there is none (an
    installer's check before a camera setting is saved). The source is read on a helper
    thread so that a stream that never answers cannot hang the caller past ``timeout``."""
    from faceapp.core.errors import SourceError
    from faceapp.core.frames import open_source

    result: list = []

    def read() -> None:
        try:
            source = open_source(spec, width, height)
            try:
                result.append(next(iter(source.frames())))
            finally:
                source.close()
        except StopIteration:
            result.append(SourceError(Reason("delivered no frame"), spec))
        except FaceAppError as e:
            result.append(e)

    t = threading.Thread(target=read, name="probe-source", daemon=True)
    t.start()
    t.join(timeout)
    if not result:
        raise SourceError(Reason("no frame within {s:.0f} s", s=timeout), spec)
    if isinstance(result[0], FaceAppError):
        raise result[0]
    return result[0]


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
