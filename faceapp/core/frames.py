"""Frame sources: image file, folder of images, video file, USB camera index or RTSP/HTTP URL.

Live sources (cameras, streams) are read by :class:`CaptureThread`, which keeps only the newest
frame (recognition must work on *now*, not on a queue of old frames) and reconnects with
back-off when the source fails. Files and folders are read frame by frame with nothing dropped,
which is what tests and demos need.

A camera sends its frames whether or not anyone looks at them. While the doorway is empty the
kiosk looks a few times a second (:meth:`CaptureThread.skip_until`), and the frames in between
are taken off the stream without being decoded (``grab`` without ``retrieve``): decoding every
JPEG or H.264 frame of a 30 fps camera is most of what an idle kiosk would otherwise spend.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np

from faceapp.core.errors import FaceAppError, Reason, SourceError
from faceapp.core.images import IMAGE_SUFFIXES, list_images, read_image
from faceapp.core.native_log import native_stderr_to_log

log = logging.getLogger(__name__)


class FrameSource:
    """Base class: ``frames()`` yields BGR frames until the source ends or fails."""

    live = False
    description = "source"

    def frames(self, wanted: Callable[[], bool] | None = None) -> Iterator[np.ndarray]:
        """The frames; a live source may take those arriving while ``wanted()`` is False off
        the stream undecoded, and yield only the rest."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class ImageFolderSource(FrameSource):
    """Images of a folder (sorted) or a single image; unreadable files are skipped and logged."""

    def __init__(self, path: str | Path, loop: bool = False) -> None:
        self.path = Path(path)
        self.files = [self.path] if self.path.is_file() else list_images(self.path)
        if not self.files:
            raise SourceError(Reason("no images found"), self.path)
        self.loop = loop
        self.description = f"images: {self.path}"
        self.skipped: list[str] = []

    def frames(self, wanted: Callable[[], bool] | None = None) -> Iterator[np.ndarray]:
        while True:  # a file is played whole: ``wanted`` is for live sources
            for f in self.files:
                try:
                    yield read_image(f)
                except FaceAppError as e:
                    log.warning("skipping frame: %s", e)
                    self.skipped.append(str(e))
            if not self.loop:
                return


class VideoSource(FrameSource):
    """OpenCV capture of a camera index, a video file or a stream URL."""

    def __init__(self, spec: str | int, width: int | None = None, height: int | None = None):
        self.spec = spec
        self.live = isinstance(spec, int) or (isinstance(spec, str) and "://" in spec)
        self.width, self.height = width, height
        self.description = f"camera {spec}" if isinstance(spec, int) else str(spec)
        self.cap: cv2.VideoCapture | None = None
        #: frames decoded and yielded, and frames taken off the stream undecoded
        self.decoded = self.skipped = 0

    def open(self) -> None:
        self.close()
        with native_stderr_to_log(log):  # OpenCV's own [ WARN]/[ERROR] lines on a failed open
            cap = cv2.VideoCapture(self.spec)
            opened = cap.isOpened()
        if not opened:
            cap.release()
            raise SourceError(
                Reason("cannot open camera (unplugged, wrong index or no access)")
                if isinstance(self.spec, int)
                else Reason("cannot open video or stream (wrong URL or path, or no access)"),
                self.description,
            )
        if self.width and self.height:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        self.cap = cap

    def frames(self, wanted: Callable[[], bool] | None = None) -> Iterator[np.ndarray]:
        if self.cap is None:
            self.open()
        while True:
            if wanted is not None and not wanted():
                ok, frame = self.cap.grab(), None  # off the stream, not decoded
                if ok:
                    self.skipped += 1
                    continue
            else:
                ok, frame = self.cap.read()
            if not ok or frame is None:
                if self.live:
                    raise SourceError(Reason("stopped delivering frames"), self.description)
                return
            self.decoded += 1
            yield frame

    def close(self) -> None:
        if self.cap is not None:
            self.cap.release()
            self.cap = None


def open_source(
    spec: str | int, width: int | None = None, height: int | None = None, loop: bool = False
) -> FrameSource:
    """A source from what a user types: ``0``, ``rtsp://...``, ``clip.mp4``, ``photos/``."""
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        return VideoSource(int(spec), width, height)
    if "://" in str(spec):
        return VideoSource(str(spec), width, height)
    p = Path(spec)
    if p.is_dir() or p.suffix.lower() in IMAGE_SUFFIXES:
        if not p.exists():
            raise SourceError(Reason("no such file or folder"), p)
        return ImageFolderSource(p, loop=loop)
    if not p.exists():
        raise SourceError(Reason("no such file or folder"), p)
    return VideoSource(str(p))


SourceStateFn = Callable[[bool, str, float | None], None]


class CaptureThread:
    """Reads a source in the background, keeps the newest frame, reconnects on failure.

    ``on_status(text, ok)`` is called when the source is lost or back (the kiosk shows it).
    Reconnection waits ``backoff`` seconds, doubling up to ``max_backoff``.
    """

    def __init__(
        self,
        factory: Callable[[], FrameSource],
        on_status: Callable[[str, bool], None] | None = None,
        backoff: float = 0.5,
        max_backoff: float = 10.0,
        realtime_fps: float | None = None,
        on_source: SourceStateFn | None = None,
    ) -> None:
        """``on_source(online, text, retry_s)``: the source came up (``text`` describes it) or
        went down (``text`` says why, ``retry_s`` when the next try is)."""
        self.factory = factory
        self.on_status = on_status or (lambda text, ok: None)
        self.on_source = on_source or (lambda online, text, retry_s: None)
        self.backoff, self.max_backoff = backoff, max_backoff
        self.realtime_fps = realtime_fps
        self._cond = threading.Condition()
        self._frame: np.ndarray | None = None
        self._seq = 0
        self._skip_until = 0.0  # time.monotonic() before which frames are not decoded
        self._published = 0.0  # when the newest frame was
        self._stop = threading.Event()
        self.ended = threading.Event()
        self.connected = False
        self.reconnects = 0
        self._thread = threading.Thread(target=self._run, name="capture", daemon=True)

    def start(self) -> CaptureThread:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        self._thread.join(timeout)

    def skip_until(self, when: float) -> None:
        """Decode no frame that arrives before ``when`` (``time.monotonic()``), and let
        :meth:`latest` give none published before it (the one being read as this is said,
        say): the reader looks again only then, at a fresh frame."""
        with self._cond:
            self._skip_until = when

    def _wanted(self) -> bool:
        return time.monotonic() >= self._skip_until

    def latest(self, after_seq: int = 0, timeout: float = 1.0) -> tuple[np.ndarray | None, int]:
        """The newest frame newer than ``after_seq`` (waits up to ``timeout``)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while (
                (self._seq <= after_seq or self._published < self._skip_until)
                and not self._stop.is_set()
                and not self.ended.is_set()
            ):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            if self._seq > after_seq and self._published >= self._skip_until:
                return self._frame, self._seq
            return None, self._seq

    def _publish(self, frame: np.ndarray) -> None:
        with self._cond:
            self._frame = frame
            self._published = time.monotonic()
            self._seq += 1
            self._cond.notify_all()

    def _run(self) -> None:
        delay = self.backoff
        while not self._stop.is_set():
            source = None
            try:
                source = self.factory()
                period = 1.0 / self.realtime_fps if self.realtime_fps else 0.0
                for frame in source.frames(self._wanted):
                    if not self.connected:
                        self.connected = True
                        delay = self.backoff
                        self.on_status(f"{source.description}: connected", True)
                        self.on_source(True, source.description, None)
                    self._publish(frame)
                    if self._stop.is_set():
                        break
                    if period:
                        time.sleep(period)
                if source is not None and not source.live:
                    self.ended.set()
                    break
                raise SourceError(Reason("ended"), getattr(source, "description", "source"))
            except FaceAppError as e:
                self.connected = False
                self.on_status(
                    Reason("{problem} - retrying in {s} s", problem=e.text, s=round(delay)), False
                )
                self.on_source(False, e.text, delay)
                log.warning("frame source: %s", e)
            finally:
                if source is not None:
                    source.close()
            if self._stop.wait(delay):
                break
            self.reconnects += 1
            delay = min(self.max_backoff, delay * 2)
        with self._cond:
            self._cond.notify_all()
