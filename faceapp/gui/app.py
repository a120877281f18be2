"""Application wiring: settings -> recognizer -> worker -> kiosk window."""

from __future__ import annotations

import logging
import os
import sys

from faceapp.config import Config
from faceapp.core.decision import DecisionPolicy
from faceapp.core.frames import open_source
from faceapp.core.live import LiveLoop
from faceapp.core.recognizer import Recognizer

log = logging.getLogger(__name__)


def _qt_plugins_first() -> None:
    # opencv-contrib-python ships Qt plugins of its own; make Qt use PySide6's.
    import PySide6

    plugins = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins")
    if os.path.isdir(plugins):
        os.environ["QT_PLUGIN_PATH"] = plugins
    os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)


class KioskController:
    """Owns the worker for one kiosk screen; the window and the tests both use it."""

    def __init__(self, recognizer: Recognizer, cfg: Config, source: str, fps: float = 15.0):
        from faceapp.core.service import build_door
        from faceapp.gui.kiosk import KioskScreen
        from faceapp.gui.worker import RecognitionWorker

        r = cfg.recognition
        self.screen = KioskScreen()
        self.door = build_door(cfg)
        self.loop = LiveLoop(
            recognizer,
            DecisionPolicy(r.window, r.agree, r.cooldown_s),
            source,
            door=self.door,
            liveness=bool(r.liveness),
        )
        self.worker = RecognitionWorker(
            self.loop, lambda: open_source(source, cfg.camera.width, cfg.camera.height), fps
        )
        self.worker.frame_ready.connect(self.screen.show_frame)
        self.worker.decided.connect(self.screen.show_decision)
        self.worker.status.connect(self.screen.show_status)
        self.screen.allow_close = False
        self.screen.exit_requested.connect(self.ask_exit)
        # door outcomes arrive on the door's thread: route them through the worker's signal
        self.door.on_status = self.worker.status.emit

    def switch_model(self, model_path: str, threshold: float | None = None) -> int:
        """Switch the running kiosk to another model, re-embedding the gallery from its crops
        with a progress dialog (cancellable: the gallery then stays on the old model)."""
        from PySide6.QtWidgets import QApplication, QProgressDialog

        from faceapp.core.embedding import Embedder

        embedder = Embedder(model_path)
        dialog = QProgressDialog(
            "Re-embedding the gallery for the new model...", "Cancel", 0, 100, self.screen
        )
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(max(1, total))
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            return self.loop.recognizer.switch_model(embedder, threshold, progress)
        finally:
            dialog.close()

    def try_exit(self, pin: str | None) -> bool:
        """Leave kiosk mode: allowed with the right admin PIN, or freely while none is set
        (first start, before an admin has chosen one). Failures count towards the lock-out."""
        from faceapp.core.security import PinGuard

        guard = PinGuard(self.loop.recognizer.gallery)
        if guard.is_set and (pin is None or not guard.check(pin)):
            locked = guard.locked_for()
            self.screen.show_status(
                f"Wrong PIN - locked for {locked:.0f} s" if locked else "Wrong PIN", False
            )
            return False
        self.screen.allow_close = True
        self.stop()
        self.screen.close()
        return True

    def ask_exit(self) -> None:
        """Esc or a close request: ask for the admin PIN (if one is set)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from faceapp.core.security import PinGuard

        pin = None
        if PinGuard(self.loop.recognizer.gallery).is_set:
            pin, ok = QInputDialog.getText(
                self.screen, "Admin", "Admin PIN:", QLineEdit.EchoMode.Password
            )
            if not ok:
                return
        self.try_exit(pin)

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()


def run_app(cfg: Config, source: str | None = None, windowed: bool = False) -> int:
    _qt_plugins_first()
    from PySide6.QtWidgets import QApplication

    from faceapp.core.service import build_recognizer

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("EdgeFace kiosk")
    recognizer = build_recognizer(cfg)
    ctl = KioskController(recognizer, cfg, source or cfg.camera.source)
    ctl.screen.setWindowTitle("EdgeFace kiosk")
    ctl.screen.resize(1024, 720)
    if windowed:
        ctl.screen.show()
    else:
        ctl.screen.showFullScreen()
    ctl.start()
    app.aboutToQuit.connect(ctl.stop)
    return app.exec()
