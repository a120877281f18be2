"""Python's garbage collection, run only on the GUI thread.

The kiosk has worker threads (frames, benchmark, re-embedding) that allocate many Python
objects, so the cyclic collector often runs in one of them. When such a collection frees a
closed window or dialog, PySide has the C++ object deleted later on the GUI thread, and that
deferred deletion can crash the process (seen as a segmentation fault in
``BindingManager::runDeletionInMainThread`` when the benchmark ran after the admin window had
been closed). So automatic collection is switched off and a GUI-thread timer collects instead,
generation by generation at the interpreter's own thresholds: the same amount of collecting,
always on the thread that owns the widgets.

The same holds for reference counts: a Qt object whose last reference goes away on a worker
thread (a recognition worker whose thread outlives the window that dropped it: a camera that
takes seconds to give up) is deleted the same deferred way. So such objects are kept here
(:func:`keep_until_done`) until their thread has ended, and let go by the GUI thread's timer,
once the signals they queued to the GUI thread have been delivered (a queued call whose sender
had been freed crashed the GUI tests now and then, in the camera-offline test).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

_INTERVAL_MS = 500
_kept: list[tuple[object, threading.Thread]] = []  # GUI thread only


def keep_until_done(obj: object, thread: threading.Thread) -> None:
    """Hold ``obj`` until ``thread`` has ended, so that it is freed on the GUI thread (call
    from the GUI thread)."""
    _kept.append((obj, thread))


class MainThreadCollector(QObject):
    """Owns the timer; ``install`` makes (and keeps) the one instance for the application."""

    _instance: MainThreadCollector | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(_INTERVAL_MS)
        gc.disable()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds, oldest
        first (collecting one generation collects the younger ones with it)."""
        if any(not t.is_alive() for _, t in _kept):
            # what an ended thread's objects queued to this thread (a camera going offline as
            # the window closed) is delivered while its sender is still there to deliver it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        _kept[:] = [(o, t) for o, t in _kept if t.is_alive()]  # the ended ones go here
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > gc.get_threshold()[generation]:
                gc.collect(generation)
                return

    @classmethod
    def install(cls, app: QObject) -> MainThreadCollector:
        """Start collecting on ``app``'s thread (the GUI thread); idempotent."""
        if cls._instance is None:
            cls._instance = cls(app)
        return cls._instance
