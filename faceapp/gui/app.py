"""Application wiring: settings -> recognizer -> worker -> kiosk window."""

from __future__ import annotations

import copy
import logging
import os
import sys
from pathlib import Path

from faceapp.config import Config
from faceapp.core.detection import FaceDetector
from faceapp.core.embedding import default_threads
from faceapp.core.frames import open_source
from faceapp.core.recognizer import Recognizer
from faceapp.core.service import build_door, build_live_loop, security_level

log = logging.getLogger(__name__)


def _qt_plugins_first() -> None:
    # opencv-contrib-python ships Qt plugins of its own; make Qt use PySide6's.
    import PySide6

    plugins = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins")
    if os.path.isdir(plugins):
        os.environ["QT_PLUGIN_PATH"] = plugins
    os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)


class KioskController:
    """Owns the kiosk screen, its recognition worker, door output and admin window.

    The window, the admin pages and the tests all drive the kiosk through this object; it
    holds no recognition logic, only the wiring between :mod:`faceapp.core` and the widgets.
    """

    def __init__(
        self,
        recognizer: Recognizer,
        cfg: Config,
        source: str,
        fps: float = 15.0,
        config_path: str | None = None,
    ):
        from faceapp.gui.kiosk import KioskScreen
        from faceapp.gui.sounds import SoundPlayer

        self.cfg = cfg
        self.config_path = config_path
        self.source = source
        self.fps = fps
        self.screen = KioskScreen()
        self.sounds = SoundPlayer(bool(cfg.kiosk.sounds))
        self.door = build_door(cfg)
        self.loop = build_live_loop(cfg, recognizer, source, self.door)
        self.admin = None
        self.worker = self._make_worker()
        self.screen.allow_close = False
        self.screen.exit_requested.connect(self.ask_admin)
        self.screen.admin_requested.connect(self.ask_admin)
        self.screen.decision_shown.connect(self._play)

    def _make_worker(self):
        from faceapp.gui.worker import RecognitionWorker

        cam = self.cfg.camera
        source = self.source
        worker = RecognitionWorker(
            self.loop, lambda: open_source(source, cam.width, cam.height), self.fps
        )
        worker.frame_ready.connect(self.screen.show_frame)
        worker.decided.connect(self.screen.show_decision)
        worker.status.connect(self.screen.show_status)
        # door outcomes arrive on the door's thread: route them through the worker's signal
        self.door.on_status = worker.status.emit
        return worker

    def _play(self, decision: str) -> None:
        self.sounds.play("granted" if decision == "granted" else "denied")

    def has_camera(self) -> bool:
        """Frames are coming in (camera, stream or a playing video) for guided capture."""
        return self.worker.running

    def bench_dir(self) -> Path:
        from faceapp.paths import data_dir

        return data_dir() / "benchmarks"

    # -- settings -------------------------------------------------------------------------
    def switch_model(self, model_path: str, threshold: float | None = None) -> int:
        """Switch the running kiosk to another model, re-embedding the gallery from its crops
        with a progress dialog (cancellable: the gallery then stays on the old model)."""
        from PySide6.QtWidgets import QApplication, QProgressDialog

        from faceapp.core.embedding import Embedder

        embedder = Embedder(model_path, threads=self.cfg.recognition.threads or default_threads())
        dialog = QProgressDialog(
            "Re-embedding the gallery for the new model...",
            "Cancel",
            0,
            100,
            self.admin or self.screen,
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

    def use_model(self, model_path: str) -> str:
        """Benchmark's "Use this model": that model at its card's preset threshold."""
        from faceapp.core.modelcard import ModelCard, card_path_for

        cfg = copy.deepcopy(self.cfg)
        cfg.recognition.model = ModelCard.load(card_path_for(model_path)).name
        cfg.recognition.threshold = None
        return self.apply_config(cfg)

    def apply_config(self, new: Config) -> str:
        """Apply changed settings to the running kiosk, then save them. Returns a summary;
        raises :class:`FaceAppError` (nothing saved) when a setting cannot be applied."""
        from faceapp.config import save_config
        from faceapp.core.decision import DecisionPolicy
        from faceapp.core.models import resolve_model

        old, rec = self.cfg, self.loop.recognizer
        level = security_level(new)  # raises on a bad level: nothing changed yet
        done = []
        if new.door != old.door:
            door = build_door(new)  # raises on a bad output: nothing changed yet
            door.on_status = self.worker.status.emit
            self.door = self.loop.door = door
            done.append("door output")
        path = resolve_model(new.recognition.model)
        if path.resolve() != rec.pipeline.embedder.path.resolve():
            self.switch_model(str(path))
            done.append(f"model {rec.model_name}")
        rec.set_level(level)
        r = new.recognition
        if r.detector_range != old.recognition.detector_range:
            rec.set_detector(FaceDetector(r.detector_range))
            done.append("detector")
        self.loop.set_policy(DecisionPolicy(r.window, r.agree, r.cooldown_s))
        self.loop.liveness = bool(r.liveness)
        self.loop.snapshots = bool(new.events.snapshots)
        self.loop.retention_days = new.events.retention_days
        self.sounds.enabled = bool(new.kiosk.sounds)
        if self.admin is not None:
            self.admin.set_timeout(new.kiosk.admin_timeout_s)
        restart = new.camera != old.camera
        self.cfg = new
        if restart:
            self.source = new.camera.source
            self.restart_worker()
            done.append("camera")
        where = save_config(new, self.config_path)
        return f"Saved to {where}" + (f" (applied: {', '.join(done)})" if done else "")

    def restart_worker(self) -> None:
        running = self.worker.running
        self.worker.stop()
        self.worker = self._make_worker()
        if running:
            self.worker.start()

    # -- admin ----------------------------------------------------------------------------
    def ask_admin(self) -> None:
        """Esc, the window's close button or the gear: ask for the admin PIN (if one is set)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from faceapp.core.security import PinGuard

        pin = None
        if PinGuard(self.loop.recognizer.gallery).is_set:
            pin, ok = QInputDialog.getText(
                self.screen, "Admin", "Admin PIN:", QLineEdit.EchoMode.Password
            )
            if not ok:
                return
        self.open_admin(pin)

    def open_admin(self, pin: str | None):
        """The admin window, if the PIN is right (or none is set yet). Failures count
        towards the lock-out and are shown on the kiosk's status line."""
        from faceapp.core.security import PinGuard
        from faceapp.gui.admin.window import AdminWindow

        guard = PinGuard(self.loop.recognizer.gallery)
        if guard.is_set and (pin is None or not guard.check(pin)):
            locked = guard.locked_for()
            self.screen.show_status(
                f"Wrong PIN - locked for {locked:.0f} s" if locked else "Wrong PIN", False
            )
            return None
        if self.admin is None:
            self.loop.recognizer.gallery.log_event("admin", "session_start")
            self.admin = AdminWindow(self)
            self.admin.closed.connect(self._admin_closed)
        self.admin.show()
        self.admin.raise_()
        return self.admin

    def _admin_closed(self, why: str) -> None:
        self.admin = None
        if why == "exit":
            self.exit_kiosk()

    def try_exit(self, pin: str | None) -> bool:
        """Leave kiosk mode with the admin PIN (the admin window's "Exit kiosk")."""
        admin = self.open_admin(pin)
        if admin is None:
            return False
        admin.exit_kiosk()
        return True

    def exit_kiosk(self) -> None:
        self.screen.allow_close = True
        self.stop()
        self.screen.close()

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()
        if self.admin is not None:
            self.admin.close()


def run_app(cfg: Config, source: str | None = None, windowed: bool = False) -> int:
    _qt_plugins_first()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from faceapp.core.service import build_recognizer
    from faceapp.paths import assets_dir

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("EdgeFace kiosk")
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "edgeface-kiosk.png")))
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
