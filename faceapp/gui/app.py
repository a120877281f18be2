"""The kiosk window's wiring: a running :class:`Kiosk` -> recognition worker -> screen, and
the admin window behind the PIN."""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from faceapp.app.admin import AdminService
from faceapp.app.system import Kiosk
from faceapp.config import Config
from faceapp.core.frames import open_source
from faceapp.gui.text import error_text, said, tr

log = logging.getLogger(__name__)

#: The front end's name in the audit log.
VIA = "gui"


def _qt_plugins_first() -> None:
    # opencv-contrib-python ships Qt plugins of its own; make Qt use PySide6's.
    import PySide6

    plugins = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins")
    if os.path.isdir(plugins):
        os.environ["QT_PLUGIN_PATH"] = plugins
    os.environ.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)


class KioskController:
    """Owns the kiosk screen, its recognition worker and the admin window.

    The running system (recognizer, door, live loop, applying settings) is a
    :class:`faceapp.app.system.Kiosk`; admin actions go through its
    :class:`faceapp.app.admin.AdminService`. This object only wires them to the widgets.
    """

    def __init__(self, kiosk: Kiosk, fps: float = 15.0, config_problem: str | None = None) -> None:
        """``config_problem``: the config file could not be used; the kiosk runs on defaults
        and says so on its status line and in Settings until the admin saves."""
        from faceapp.gui.kiosk import KioskScreen
        from faceapp.gui.sounds import SoundPlayer

        self.kiosk = kiosk
        self.fps = fps
        self.config_problem = config_problem
        self.screen = KioskScreen()
        self.sounds = SoundPlayer(kiosk.cfg.kiosk.sounds)
        self.admin = None
        self.worker = self._make_worker()
        self.screen.allow_close = False
        self.screen.exit_requested.connect(self.ask_admin)
        self.screen.admin_requested.connect(self.ask_admin)
        self.screen.decision_shown.connect(self._play)
        if config_problem:
            self.screen.show_status(self.config_warning(), False)
        self.update_notice()

    def update_notice(self) -> None:
        """The door screen's standing message: say when enrolled people cannot be recognised
        because the gallery was embedded by another model."""
        stale = self.recognizer.stale_templates
        self.screen.set_notice(
            tr("Gallery needs updating - ask the administrator") if stale else None
        )

    def update_gallery(self) -> int:
        """Re-embed every template for the running model (the admin's one-click fix)."""
        with self._reembed_progress() as progress:
            n = self.kiosk.update_gallery(VIA, progress)
        self.update_notice()
        return n

    def config_warning(self) -> str:
        return tr("Settings file not used ({why}): running on safe defaults until saved").format(
            why=said(self.config_problem)
        )

    @property
    def cfg(self) -> Config:
        return self.kiosk.cfg

    @property
    def loop(self):
        return self.kiosk.loop

    @property
    def recognizer(self):
        return self.kiosk.recognizer

    def admin_service(self) -> AdminService:
        return self.kiosk.admin(VIA)

    def _make_worker(self):
        from PySide6.QtCore import Qt

        from faceapp.gui.worker import RecognitionWorker

        cam = self.cfg.camera
        source = self.kiosk.source
        worker = RecognitionWorker(
            self.loop, lambda: open_source(source, cam.width, cam.height), self.fps, cam.idle_fps
        )
        worker.frame_ready.connect(self.screen.show_frame)
        worker.decided.connect(self.screen.show_decision)
        worker.status.connect(self.screen.show_status)
        worker.source_state.connect(self.screen.show_source)  # queued to the GUI thread
        # the event log, on the worker's own thread as it emits: queued to the GUI thread, a
        # call still pending when this controller is replaced reached a freed Kiosk (PySide
        # holds a plain object's bound method weakly) and crashed the process now and then
        worker.source_state.connect(self.kiosk.record_source, Qt.ConnectionType.DirectConnection)
        # door outcomes arrive on the door's thread: route them through the worker's signal
        self.kiosk.set_status_handler(worker.status.emit)
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
    def _reembed_progress(self):
        return reembed_progress(self.admin or self.screen)

    def _reembed(self, embedder, level=None) -> int:
        """Re-embed the gallery for ``embedder`` and use it (cancellable: nothing changes)."""
        with self._reembed_progress() as progress:
            return self.admin_service().switch_model(embedder, level, progress)

    def switch_model(self, model_path: str, level=None) -> int:
        """Switch the running kiosk to another model, re-embedding the gallery from its crops
        with a progress dialog (cancellable: the gallery then stays on the old model)."""
        from faceapp.app.system import open_embedder

        return self._reembed(open_embedder(self.cfg, model_path), level)

    def use_model(self, model_path: str) -> str:
        """Benchmark's "Use this model": that model, at the configured security level."""
        from faceapp.core.modelcard import ModelCard, card_path_for

        cfg = copy.deepcopy(self.cfg)
        cfg.recognition.model = ModelCard.load(card_path_for(model_path)).name
        cfg.recognition.threshold = None  # a manual threshold of the old model means nothing
        return self.apply_config(cfg)

    def apply_config(self, new: Config) -> str:
        """Apply changed settings to the running kiosk and save them. Returns a summary;
        raises :class:`FaceAppError` (nothing saved) when a setting cannot be applied."""
        from faceapp.config import config_path

        old_language = self.cfg.kiosk.language
        with self._reembed_progress() as progress:
            done = self.kiosk.apply_config(new, VIA, progress)
        if new.kiosk.language != old_language:
            self.use_language(new.kiosk.language)
            done.append("language")
        self.config_problem = None  # a valid file has been written
        if "door output" in done:  # an old output's error must not linger on the screen
            self.screen.show_status(
                tr("Door output: {name}").format(name=self.kiosk.door.output.name), True
            )
        self.sounds.enabled = new.kiosk.sounds
        if self.admin is not None:
            self.admin.set_timeout(new.kiosk.admin_timeout_s)
        if "camera" in done:
            self.restart_worker()
        where = config_path(self.kiosk.config_path)
        return tr("Saved to {where}").format(where=where) + (
            f" ({tr('applied')}: {', '.join(done)})" if done else ""
        )

    def use_language(self, code: str) -> None:
        """Switch every screen to ``code`` now, without a restart: the kiosk screen re-words
        itself, and an open admin window is rebuilt on the same page once the current click
        is handled (its widgets were made with the old words)."""
        from PySide6.QtCore import QTimer

        from faceapp.gui.text import set_language

        set_language(code)
        self.screen.retranslate()
        if self.admin is not None:
            QTimer.singleShot(0, self._rebuild_admin)

    def _rebuild_admin(self) -> None:
        from faceapp.gui.admin.window import AdminWindow

        old = self.admin
        if old is None:
            return
        page = old.tabs.currentIndex()
        old.closed.disconnect(self._admin_closed)  # the admin session goes on
        old.close()
        self.admin = AdminWindow(self)
        self.admin.closed.connect(self._admin_closed)
        self.admin.tabs.setCurrentIndex(page)
        self.admin.setGeometry(old.geometry())
        self.admin.show()

    def restart_worker(self) -> None:
        running = self.worker.running
        self.worker.stop()
        self.worker = self._make_worker()
        if running:
            self.worker.start()

    # -- admin ----------------------------------------------------------------------------
    def ask_admin(self) -> None:
        """Esc, the window's close button or the gear: the PIN keypad (if a PIN is set)."""
        from PySide6.QtCore import Qt

        from faceapp.gui.pinpad import PinPad

        pin = None
        if self.admin is None and self.admin_service().pins.is_set:
            locked = self.admin_service().pins.locked_for()
            if locked:
                self.screen.show_status(self._locked_text(locked), False)
                return
            self.pinpad = PinPad(self.screen)
            if self.screen.isFullScreen():
                self.pinpad.setWindowState(Qt.WindowState.WindowFullScreen)
            if self.pinpad.exec() != PinPad.DialogCode.Accepted:
                return
            pin = self.pinpad.pin()
        self.open_admin(pin)

    @staticmethod
    def _locked_text(seconds: float) -> str:
        return tr("Admin locked after too many wrong PINs - try again in {s:.0f} s").format(
            s=seconds
        )

    def open_admin(self, pin: str | None):
        """The admin window, if the PIN is right (or none is set yet). Failures count
        towards the lock-out and are shown on the kiosk's status line; during a lock-out even
        the right PIN is refused, and the screen says so rather than "Wrong PIN"."""
        from faceapp.gui.admin.window import AdminWindow

        if self.admin is None:
            service = self.admin_service()
            was_locked = service.pins.locked_for()
            if not service.unlock(pin):
                locked = service.pins.locked_for()
                if was_locked:
                    text = self._locked_text(locked)
                elif locked:
                    text = tr("Wrong PIN - locked for {s:.0f} s").format(s=locked)
                else:
                    text = tr("Wrong PIN")
                self.screen.show_status(text, False)
                return None
            self.admin = AdminWindow(self)
            self.admin.closed.connect(self._admin_closed)
        self.admin.show()
        self.admin.raise_()
        return self.admin

    def _admin_closed(self, why: str) -> None:
        self.admin = None
        self.update_notice()
        self.admin_service().end_session(timed_out=why == "timeout")
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

    def show_full_screen(self) -> None:
        """Full screen with or without a window manager: a door panel often runs X with the
        kiosk alone, where the full-screen hint means nothing, so the window also takes the
        screen's geometry itself (and never more than the screen)."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.screen.setGeometry(screen.geometry())
            self.screen.setMaximumSize(screen.geometry().size())
        self.screen.showFullScreen()

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()
        if self.admin is not None:
            self.admin.close()
        self.kiosk.close()


@contextlib.contextmanager
def reembed_progress(parent=None) -> Iterator[Callable[[int, int], bool]]:
    """A ``progress(done, total)`` for re-embedding, shown as a cancellable dialog that only
    appears once there is progress to show (most settings changes have none; at start-up,
    only a gallery of an earlier model has)."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    dialogs: list[QProgressDialog] = []

    def progress(done: int, total: int) -> bool:
        if not dialogs:
            dialogs.append(
                QProgressDialog(
                    tr("Re-embedding the gallery for the new model..."),
                    tr("Cancel"),
                    0,
                    100,
                    parent,
                )
            )
            dialogs[0].setMinimumDuration(0)
            dialogs[0].show()  # at once: Qt waits for a value past 0 before showing it
        dialogs[0].setMaximum(max(1, total))
        dialogs[0].setValue(done)
        QApplication.processEvents()
        return not dialogs[0].wasCanceled()

    try:
        yield progress
    finally:
        for d in dialogs:
            d.close()


def run_app(
    cfg: Config,
    source: str | None = None,
    windowed: bool = False,
    config_problem: str | None = None,
) -> int:
    _qt_plugins_first()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from faceapp.gui.gc_thread import MainThreadCollector
    from faceapp.gui.text import set_language
    from faceapp.paths import assets_dir

    app = QApplication.instance() or QApplication(sys.argv)
    MainThreadCollector.install(app)
    set_language(cfg.kiosk.language)  # "" = the system's, where a translation exists
    app.setApplicationName("EdgeFace kiosk")
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "edgeface-kiosk.png")))
    with reembed_progress() as progress:  # a gallery of an earlier model is updated first
        kiosk = Kiosk.from_config(cfg, source, progress=progress)
    ctl = KioskController(kiosk, config_problem=config_problem)
    ctl.screen.setWindowTitle(tr("EdgeFace kiosk"))
    ctl.screen.resize(1024, 720)
    if windowed:
        ctl.screen.show()
    else:
        ctl.show_full_screen()
    ctl.start()
    app.aboutToQuit.connect(ctl.stop)
    log.info("kiosk window shown")  # the start-up benchmark reads these two lines

    def first_decision(d, name) -> None:
        log.info("first decision on screen: %s", d.decision)
        ctl.worker.decided.disconnect(first_decision)

    ctl.worker.decided.connect(first_decision)
    if cfg.api.enabled:  # the REST API beside the screen (a front end of its own)
        from faceapp.api.server import ApiServer
        from faceapp.core.errors import FaceAppError

        try:
            api = ApiServer(ctl.kiosk, cfg.api).start()
            app.aboutToQuit.connect(api.stop)
        except FaceAppError as e:
            log.error("%s", e)
            ctl.screen.show_status(error_text(e), False)  # the door works on; the screen says why
    return app.exec()
