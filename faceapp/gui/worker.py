"""Recognition off the GUI thread.

The worker feeds frames through :func:`faceapp.app.frameloop.run_frames` (the newest frame of
a camera, or a file at a steady pace), runs :class:`faceapp.core.live.LiveLoop` on each and
hands the GUI a ready-to-draw frame with boxes and any decision, through Qt signals (queued
across threads), so the video stays smooth and the window never waits for recognition.
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np
from PySide6.QtCore import QObject, Signal

from faceapp.app.frameloop import run_frames
from faceapp.core.errors import FaceAppError
from faceapp.core.live import FrameReport, LiveLoop
from faceapp.gui.gc_thread import keep_until_done

log = logging.getLogger(__name__)


class RecognitionWorker(QObject):
    """Runs in its own Python thread; talks to the GUI only through signals."""

    frame_ready = Signal(object, object)  # BGR frame (np.ndarray), FrameReport
    decided = Signal(object, object)  # Decision, person name or None
    status = Signal(object, bool)  # message (a str; a core Reason said on screen), ok
    source_state = Signal(bool, object, object)  # online, description or reason, retry in s
    finished = Signal()

    def __init__(
        self, loop: LiveLoop, source_factory, fps: float = 15.0, idle_fps: float = 0.0
    ) -> None:
        """``fps``: the pace of a video file; ``idle_fps``: of a camera while nobody is in
        view (0: every frame)."""
        super().__init__()
        self.loop = loop
        self.source_factory = source_factory
        self.fps = fps
        self.idle_fps = idle_fps
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: While the admin enrolls someone: faces are found and shown, nothing is decided.
        self.capture_only = False
        loop.on_decision = lambda d, name: self.decided.emit(d, name)
        loop.on_status = self.status.emit

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="recognition", daemon=True)
        self._thread.start()
        keep_until_done(self, self._thread)  # never freed on its own thread (a Qt object)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _handle(self, frame: np.ndarray) -> None:
        try:
            if self.capture_only:
                t0 = time.perf_counter()
                result = self.loop.recognizer.faces_in_frame(frame)
                report = FrameReport(result, None, None, (time.perf_counter() - t0) * 1e3)
            else:
                report = self.loop.process(frame)
        except FaceAppError as e:
            self.status.emit(e.text, False)
            return
        self.frame_ready.emit(frame, report)

    def _run(self) -> None:
        run_frames(
            self.source_factory,
            self._handle,
            self._stop,
            self.fps,
            self.status.emit,
            on_source=self.source_state.emit,
            # an admin capturing faces for an enrollment gets every frame
            idle=lambda: not self.capture_only and self.loop.idle(),
            idle_fps=self.idle_fps,
        )
        self.finished.emit()
