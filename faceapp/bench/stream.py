"""A camera on loopback: frames served as MJPEG over HTTP, the way many IP cameras serve them.

The kiosk opens its URL like any network camera (OpenCV's FFmpeg reader, the capture thread
that keeps the newest frame, reconnection), so benchmarks and tests run the live path a door
runs, frames arriving at the camera's own rate whether or not they are looked at, without a
camera attached. Standard library only: ``http.server`` in a daemon thread.

    with MjpegCamera([frame], fps=30) as cam:
        source = open_source(cam.url)
"""

from __future__ import annotations

import itertools
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import cv2
import numpy as np

BOUNDARY = b"frame"


class MjpegCamera:
    """Serves ``frames`` (BGR, cycled) at ``fps`` to every client of :attr:`url` until closed."""

    def __init__(self, frames: list[np.ndarray], fps: float = 30.0) -> None:
        if not frames:
            raise ValueError("a camera needs at least one frame")
        self.jpegs = [cv2.imencode(".jpg", f)[1].tobytes() for f in frames]
        self.fps = fps
        self._closed = threading.Event()
        camera = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                self.send_response(200)
                self.send_header(
                    "Content-Type", f"multipart/x-mixed-replace; boundary={BOUNDARY.decode()}"
                )
                self.end_headers()
                camera._stream(self.wfile)

            def log_message(self, *args) -> None:  # a bench prints its own lines
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="mjpeg-camera", daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/stream.mjpg"

    def _stream(self, out) -> None:
        period = 1.0 / self.fps
        due = time.monotonic()
        try:
            for jpg in itertools.cycle(self.jpegs):
                if self._closed.is_set():
                    return
                head = b"--%s\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n"
                out.write(head % (BOUNDARY, len(jpg)) + jpg + b"\r\n")
                due += period
                self._closed.wait(max(0.0, due - time.monotonic()))
        except (BrokenPipeError, ConnectionResetError):  # the reader went away
            return

    def start(self) -> MjpegCamera:
        self._thread.start()
        return self

    def close(self) -> None:
        self._closed.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> MjpegCamera:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
