"""Messages that native libraries write straight to the process's stderr (mediapipe's glog and
TensorFlow Lite lines at start-up, OpenCV's ``[ WARN]``/``[ERROR]`` lines on every failed camera
open) routed into :mod:`logging` at debug level, so a kiosk's console shows the kiosk's own
words and nothing is lost for someone who turns debug logging on.

The C++ code writes to file descriptor 2, below Python's ``sys.stderr``, so the descriptor
itself is pointed at a temporary file for the duration and restored afterwards.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator

_active = threading.Lock()  # the descriptor is process-wide: one redirection at a time


@contextlib.contextmanager
def native_stderr_to_log(logger: logging.Logger) -> Iterator[None]:
    """Capture what native code writes to fd 2 inside the block; log it at debug. While
    another thread's block is capturing, fd 2 already points away: this one just runs (it
    never waits, so a slow camera open cannot hold up the detector)."""
    if not _active.acquire(blocking=False):
        yield
        return
    try:
        with tempfile.TemporaryFile(mode="w+b") as tmp:
            yield from _redirected(tmp, logger)
    finally:
        _active.release()


def _redirected(tmp, logger: logging.Logger) -> Iterator[None]:
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no usable stderr (a frozen GUI app): nothing to hide
        yield
        return
    os.dup2(tmp.fileno(), 2)
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        tmp.seek(0)
        for line in tmp.read().decode("utf-8", "replace").splitlines():
            if line.strip():
                logger.debug("native: %s", line)
