"""The kiosk screen: live video with face boxes and a large, clear result banner.

Green "Welcome, <name>" for a granted decision, red "Not recognised" / "Access denied", amber
"Look at the camera" while a face is seen but not yet usable; the banner returns to idle after
a few seconds. The window shows what the recognition worker sends and nothing else.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from faceapp.app.door_screen import DoorScreenState
from faceapp.core.decision import DENIED, GRANTED, SPOOF, UNKNOWN, Decision
from faceapp.core.live import FrameReport
from faceapp.gui.qtimage import to_qimage
from faceapp.gui.text import said, tr

GREEN, RED, AMBER, IDLE = "#1b873f", "#c62828", "#e0a100", "#263238"
OFFLINE = "#4e342e"


class KioskScreen(QWidget):
    """Video + banner. ``show_frame`` and ``show_decision`` are the only inputs."""

    banner_seconds = 4.0
    exit_requested = Signal()  # Esc or close: the controller asks for the admin PIN
    admin_requested = Signal()  # the gear button (touch screens have no Esc key)
    decision_shown = Signal(str)  # granted / denied / unknown / spoof: for the sound

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setStyleSheet("#kiosk { background: #101418; }")
        self.video = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.video.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.video.setMinimumSize(320, 240)
        self.banner = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumHeight(120)
        # long text wraps inside the screen instead of widening the window past it
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        f = QFont()
        f.setPointSize(34)
        f.setBold(True)
        self.banner.setFont(f)
        self.status = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setStyleSheet("color: #b0bec5; font-size: 14px; padding: 4px;")
        self.gear = QPushButton("⚙")
        self.gear.setToolTip(tr("Administration (admin PIN)"))
        self.gear.setFlat(True)
        self.gear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.gear.setStyleSheet("color: #546e7a; font-size: 20px; border: none; padding: 4px 10px;")
        self.gear.clicked.connect(self.admin_requested)
        foot = QHBoxLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        foot.addSpacing(44)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.gear)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.video, 1)
        lay.addWidget(self.banner)
        lay.addLayout(foot)
        self._idle = QTimer(self, singleShot=True, timeout=self.set_idle)
        self.last_banner = ""
        self.notice: str | None = None  # shown instead of the idle prompt while it lasts
        self.offline: str | None = None  # the camera is gone: this replaces everything
        self.state = DoorScreenState(hold_s=self.banner_seconds)  # one answer per face
        self.set_idle()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.exit_requested.emit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Window-manager close (Alt+F4) goes through the same PIN check as Esc.
        if getattr(self, "allow_close", True):
            event.accept()
        else:
            event.ignore()
            self.exit_requested.emit()

    def _set_banner(self, text: str, color: str) -> None:
        self.last_banner = text
        self.banner.setText(text)
        self.banner.setStyleSheet(f"background: {color}; color: white; padding: 18px;")

    def retranslate(self) -> None:
        """The screen's own words in the language just chosen (decisions to come follow)."""
        self.gear.setToolTip(tr("Administration (admin PIN)"))
        if self.last_banner and not self.offline:
            self.set_idle()

    def set_idle(self) -> None:
        if self.offline:
            self._set_banner(self.offline, OFFLINE)
        elif self.notice:
            self._set_banner(self.notice, AMBER)
        else:
            self._set_banner(tr("Please look at the camera"), IDLE)

    def show_source(self, online: bool, text: str, retry_s: float | None) -> None:
        """The camera is there or not. Offline, the screen says so in place of the video and
        of any decision, so nobody waits in front of a dead camera."""
        if online:
            self.offline = None
            self.video.setText("")
            self.video.setWordWrap(False)
        else:
            self.offline = (
                tr("Source ended")
                if retry_s is None
                else tr("Camera offline - retrying in {s:.0f}\u00a0s").format(s=retry_s)
            )
            self.video.clear()
            self.video.setWordWrap(True)  # a long reason, in a long language, on a small panel
            self.video.setText(said(text))
            self.video.setStyleSheet("color: #90a4ae; font-size: 18px;")
            self._idle.stop()
        self.set_idle()

    def set_notice(self, text: str | None) -> None:
        """A standing message for everyone at the door (e.g. the gallery needs updating)."""
        self.notice = text
        if not self._idle.isActive():
            self.set_idle()

    def show_decision(self, d: Decision, name: str | None) -> None:
        self.state.hold_s = self.banner_seconds
        if not self.state.on_decision(d, name):
            return  # weaker than the answer that still holds for this face
        if d.decision != GRANTED:  # no "Door opened" left under a red banner
            self.show_status(tr(d.reason) if d.reason else "", True)
        if d.decision == GRANTED:
            self._set_banner(tr("Welcome, {name}").format(name=name or ""), GREEN)
        elif d.decision == DENIED:
            why = f"\n{tr(d.reason)}" if d.reason else ""  # the reason the event log keeps
            self._set_banner(tr("Access denied") + (f" — {name}" if name else "") + why, RED)
        elif d.decision == SPOOF:
            self._set_banner(tr("Not recognised (live face required)"), RED)
        elif d.decision == UNKNOWN:
            self._set_banner(tr("Not recognised"), RED)
        else:
            return
        self.decision_shown.emit(d.decision)
        self._idle.start(int(self.banner_seconds * 1000))

    def show_hint(self, text: str) -> None:
        if not self._idle.isActive():
            self._set_banner(text, AMBER)
            self._idle.start(1500)

    def show_status(self, text: str, ok: bool) -> None:
        self.status.setText(said(text))
        self.status.setStyleSheet(
            f"color: {'#b0bec5' if ok else '#ffab91'}; font-size: 14px; padding: 4px;"
        )

    def show_frame(self, frame: np.ndarray, report: FrameReport | None) -> None:
        img = to_qimage(frame)
        w = img.width()
        if report is not None:
            self.state.on_frame([fr.face.box for fr in report.result.faces])
        if report is not None and report.result.faces:
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            answer = self.state.box_decision()  # the tracked face wears the answer shown
            for k, fr in enumerate(report.result.faces):
                if k == 0 and answer == GRANTED:
                    color = QColor(GREEN)
                elif k == 0 and answer is not None:
                    color = QColor(RED)
                elif not fr.quality.ok:
                    color = QColor(AMBER)
                else:
                    color = QColor("#90a4ae")
                p.setPen(QPen(color, max(2, w // 200)))
                x1, y1, x2, y2 = (float(v) for v in fr.face.box)
                p.drawRect(int(x1), int(y1), int(x2 - x1), int(y2 - y1))
            p.end()
            first = report.result.faces[0]
            if not first.quality.ok and report.decision is None:
                reason = tr(first.quality.reasons[0])
                self.show_hint(reason[:1].upper() + reason[1:])
        pix = QPixmap.fromImage(img).scaled(
            self.video.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.video.setPixmap(pix)
