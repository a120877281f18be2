"""The admin window: people, events, settings and benchmark tabs, behind the PIN.

An admin session ends by itself after ``kiosk.admin_timeout_s`` without a key press or a click,
so an admin who walks away does not leave the door's gallery open to the next passer-by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from faceapp.core.errors import FaceAppError
from faceapp.gui.admin.backups import BackupsPage
from faceapp.gui.admin.bench_panel import BenchPanel
from faceapp.gui.admin.enroll import EnrollWizard
from faceapp.gui.admin.events import EventsPage
from faceapp.gui.admin.help import HelpPage
from faceapp.gui.admin.people import PeoplePage
from faceapp.gui.admin.settings import SettingsPage
from faceapp.gui.app import VIA
from faceapp.gui.text import error_text, number, tr
from faceapp.gui.wheel import guard_wheel

if TYPE_CHECKING:
    from faceapp.gui.app import KioskController

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class _ActivityFilter(QObject):
    def __init__(self, on_activity) -> None:
        super().__init__()
        self.on_activity = on_activity

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self.on_activity()
        return False


def _people_words(n: int) -> str:
    return tr("1 person") if n == 1 else tr("{n} people").format(n=n)


def _level_words(rec) -> str:
    """The security level in force, in words (the number is in the tooltip)."""
    if rec.level.manual is not None:
        return tr("manual security setting (score {th:.3f} or more)").format(th=rec.threshold)
    return tr("at most 1 stranger in {n} let in").format(n=number(round(1 / rec.level.fpir)))


class AdminWindow(QMainWindow):
    closed = Signal(str)  # why: "done", "timeout", "exit"

    def __init__(self, ctl: KioskController) -> None:
        super().__init__()
        self.ctl = ctl
        rec = ctl.recognizer
        self.service = ctl.admin_service()
        self.setWindowTitle(tr("EdgeFace kiosk - administration"))
        room = QApplication.primaryScreen().availableGeometry()  # an 800x480 panel too
        self.resize(min(1100, room.width()), min(760, room.height()))
        self.wizard: EnrollWizard | None = None
        self.why = "done"

        self.people = PeoplePage(self.service)
        self.events = EventsPage(self.service, ctl.cfg.events.retention_days)
        self.settings = self._settings_page()
        from faceapp.app.models import installed_models
        from faceapp.bench.engine import BenchSettings

        self.bench = BenchPanel(
            [str(p) for p, _ in installed_models()],
            BenchSettings(gallery=str(rec.gallery.path)),  # score separation of this gallery
            current=str(rec.pipeline.embedder.path),
            results_dir=ctl.bench_dir(),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, tr("People"))
        self.tabs.addTab(self.events, tr("Events"))
        self.tabs.addTab(self.settings, tr("Settings"))
        self.tabs.addTab(self.bench, tr("Benchmark"))
        self.backups = BackupsPage(self.service, lambda path: ctl.kiosk.restore_gallery(path, VIA))
        self.backups.restored.connect(self._restored)
        self.tabs.addTab(self.backups, tr("Backups"))
        self.help = HelpPage()
        self.tabs.addTab(self.help, tr("Help"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.warning = QLabel(
            tr("No admin PIN is set: anyone at the kiosk can open this. Set one under Settings.")
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3e0; color: #e65100; padding: 8px;")
        self.stale = QLabel(wordWrap=True)
        self.stale.setStyleSheet("color: #b71c1c;")
        self.update_btn = QPushButton(tr("Update gallery now"))
        self.update_btn.clicked.connect(self.update_gallery)
        stale_bar = QWidget()
        stale_bar.setStyleSheet("background: #ffebee;")
        stale_row = QHBoxLayout(stale_bar)
        stale_row.addWidget(self.stale, 1)
        stale_row.addWidget(self.update_btn)
        self.stale_bar = stale_bar
        self.info = QLabel(wordWrap=True)  # long in some languages: it wraps, never widens
        back = QPushButton(tr("Back to kiosk"))
        leave = QPushButton(tr("Exit kiosk"))
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(back)
        top.addWidget(leave)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.warning)
        lay.addWidget(self.stale_bar)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        guard_wheel(self)
        self._show_info()

        back.clicked.connect(self.close)
        leave.clicked.connect(self.exit_kiosk)
        self.people.enroll_requested.connect(self.open_enroll)
        self.bench.model_chosen.connect(self._use_model)

        self.idle = QTimer(self, singleShot=True, timeout=self.session_timeout)
        self.set_timeout(ctl.cfg.kiosk.admin_timeout_s)
        self._activity = _ActivityFilter(self.touch)
        QApplication.instance().installEventFilter(self._activity)

    # -- session --------------------------------------------------------------------------
    def set_timeout(self, seconds: float) -> None:
        self.idle.setInterval(int(seconds * 1000))
        self.idle.start()

    def touch(self) -> None:
        """Any key press or click restarts the idle countdown."""
        if self.isVisible():
            self.idle.start()

    def session_timeout(self) -> None:
        """Audited as ``session_timeout`` by the controller when the window has closed."""
        self.why = "timeout"
        if self.wizard is not None:
            self.wizard.reject()
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QApplication.instance().removeEventFilter(self._activity)
        self.idle.stop()
        self.bench.cancel()
        self.closed.emit(self.why)
        super().closeEvent(event)

    def exit_kiosk(self) -> None:
        self.why = "exit"
        self.close()

    # -- pages ----------------------------------------------------------------------------
    def _show_info(self) -> None:
        """The header line and the warnings, as things are now."""
        self.warning.setVisible(not self.service.pins.is_set)
        stale = self.ctl.recognizer.stale_templates
        self.stale_bar.setVisible(bool(stale))
        self.stale.setText(
            tr(
                "{n} face template(s) were made with another model or an earlier release of "
                "it: those people are not recognised until the gallery is updated for {model}."
            ).format(n=stale, model=self.ctl.recognizer.model_name)
        )
        rec = self.ctl.recognizer
        self.info.setText(
            tr("{people} enrolled - face model {model} - {level}").format(
                people=_people_words(len(rec.gallery.people())),
                model=rec.model_name,
                level=_level_words(rec),
            )
        )
        self.info.setToolTip(
            tr("Gallery {db}; cosine threshold {th:.3f} ({how})").format(
                db=rec.gallery.path, th=rec.threshold, how=rec.current.describe()
            )
        )

    def _restored(self, message: str) -> None:
        """The pages hold the replaced gallery: end the session, say it on the kiosk."""
        self.ctl.screen.show_status(message, True)
        self.close()

    def update_gallery(self) -> None:
        """One click: re-embed the stored face crops with the running model."""
        try:
            n = self.ctl.update_gallery()
        except FaceAppError as e:
            self.stale.setText(error_text(e))
            return
        self.people.refresh()
        self._show_info()
        self.info.setText(self.info.text() + " - " + tr("{n} templates updated").format(n=n))

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.people:
            self.people.refresh()
        elif page is self.events:
            self.events.refresh()
        self._show_info()

    def open_enroll(self, person=None) -> EnrollWizard:
        """The wizard, fed with live frames while the kiosk pauses its decisions."""
        worker = self.ctl.worker
        self.wizard = EnrollWizard(self.service, person, camera=self.ctl.has_camera(), parent=self)
        worker.capture_only = True
        worker.frame_ready.connect(self.wizard.faces.on_frame)

        def done(result: int) -> None:
            worker.capture_only = False
            worker.frame_ready.disconnect(self.wizard.faces.on_frame)
            self.wizard = None
            self.people.refresh()

        self.wizard.finished.connect(done)
        self.wizard.show()
        return self.wizard

    def _use_model(self, path: str) -> None:
        """The benchmark's "Use this model": switch the kiosk (re-embedding) and save."""
        try:
            message = self.ctl.use_model(path)
        except FaceAppError as e:
            self.bench.status.setText(error_text(e))
            return
        self.bench.current = path
        self.bench.status.setText(message)
        index = self.tabs.indexOf(self.settings)
        self.settings = self._settings_page()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, self.settings, tr("Settings"))
        guard_wheel(self.settings)
        self._show_info()

    def _settings_page(self) -> SettingsPage:
        rec = self.ctl.recognizer
        page = SettingsPage(
            self.ctl.cfg,
            self.ctl.apply_config,
            self.service,
            rec.model_name,
            templates=len(rec.matcher),
            people=len(rec.matcher.people),
            problem=self.ctl.config_warning() if self.ctl.config_problem else None,
            in_force=rec.threshold,
            running_source=self.ctl.kiosk.source,
            test_door=lambda cfg: self.ctl.kiosk.test_door(cfg, VIA),
            test_mqtt=lambda cfg: self.ctl.kiosk.test_mqtt(cfg),
        )
        page.changed.connect(self._show_info)
        return page
