"""Enrollment wizard: who, then faces (guided camera capture or photo files), then check & save.

The wizard holds an :class:`faceapp.core.enrollment.EnrollmentSession` and shows what it says:
live feedback on why a camera frame is not taken, the aligned crops that will be stored, and a
warning when the face already matches someone enrolled. Saving writes everything at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
from PySide6.QtCore import QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from faceapp.app.admin import AdminService
from faceapp.core.enrollment import EnrollmentSession
from faceapp.core.errors import DuplicateFaceError, FaceAppError
from faceapp.core.gallery import Person, PersonDetails
from faceapp.core.live import FrameReport
from faceapp.gui.qtimage import to_pixmap
from faceapp.gui.text import error_text, said, tr
from faceapp.gui.wheel import guard_wheel

OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b71c1c; font-weight: bold;"


class OptionalDateTime(QWidget):
    """A date-time with an on/off box: unset means "no limit"."""

    def __init__(self, label: str, value: str | None = None) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.edit = QDateTimeEdit(calendarPopup=True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime.currentDateTime())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: str | None) -> None:
        """``value``: ISO date or date-time as stored (UTC when it has no zone)."""
        when = None
        if value:
            try:
                when = dt.datetime.fromisoformat(value)
            except ValueError:
                when = None
        self.check.setChecked(when is not None)
        self.edit.setEnabled(when is not None)
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
            self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))

    def value(self) -> str | None:
        """The chosen local time as UTC ISO text (how the gallery compares validity)."""
        if not self.check.isChecked():
            return None
        when = dt.datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), dt.UTC)
        return when.isoformat(timespec="seconds")


class PersonForm(QWidget):
    """Name, external id, validity window and notes: the wizard's first page and the people
    page's edit dialog both use it."""

    changed = Signal()

    def __init__(self, person: Person | None = None) -> None:
        super().__init__()
        self.name = QLineEdit(person.name if person else "")
        self.name.setPlaceholderText(tr("Full name"))
        self.external_id = QLineEdit((person.external_id or "") if person else "")
        self.external_id.setPlaceholderText(tr("Badge or staff number (optional)"))
        self.valid_from = OptionalDateTime(tr("Valid from"), person.valid_from if person else None)
        self.valid_until = OptionalDateTime(
            tr("Valid until"), person.valid_until if person else None
        )
        self.notes = QLineEdit(person.notes if person else "")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("External id"), self.external_id)
        form.addRow("", self.valid_from)
        form.addRow("", self.valid_until)
        form.addRow(tr("Notes"), self.notes)
        self.name.textChanged.connect(self.changed)

    def details(self, enabled: bool = True) -> PersonDetails:
        return PersonDetails(
            name=self.name.text().strip(),
            external_id=self.external_id.text().strip() or None,
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            notes=self.notes.text().strip(),
            enabled=enabled,
        )


class WhoPage(QWizardPage):
    def __init__(self, person: Person | None) -> None:
        super().__init__()
        self.setTitle(tr("Step 1 of 3: who is being enrolled?"))
        self.setSubTitle(tr("The name is shown on the kiosk when the door opens."))
        self.form = PersonForm(person)
        self.form.setEnabled(person is None)  # re-enrollment keeps the person's details
        QVBoxLayout(self).addWidget(self.form)
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.form.name.text().strip())


class FacesPage(QWizardPage):
    """Guided capture from the kiosk camera, or photo import; thumbnails of what is kept."""

    def __init__(self, session: EnrollmentSession, camera: bool) -> None:
        super().__init__()
        self.session = session
        self.setTitle(tr("Step 2 of 3: faces"))
        self.setSubTitle(
            tr(
                "Stand about an arm's length from the camera and follow the instructions, "
                "or import photos with one face each."
            )
        )
        self.video = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.video.setMinimumSize(320, 240)
        self.video.setStyleSheet("background: #101418; color: #b0bec5;")
        self.video.setText(tr("Camera preview") if camera else tr("No camera: import photos"))
        self.feedback = QLabel(tr("Press Start capture"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet("font-size: 16px; padding: 6px;")
        self.count = QLabel()
        self.capture_btn = QPushButton(tr("Start capture"), enabled=camera, checkable=True)
        self.import_btn = QPushButton(tr("Import photos..."))
        self.remove_btn = QPushButton(tr("Remove selected"))
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(96, 96))
        self.thumbs.setFixedHeight(130)
        self.thumbs.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QHBoxLayout()
        for b in (self.capture_btn, self.import_btn, self.remove_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.addWidget(self.video, 1)
        lay.addWidget(self.feedback)
        lay.addLayout(buttons)
        lay.addWidget(self.thumbs)
        self.import_btn.clicked.connect(self._ask_photos)
        self.remove_btn.clicked.connect(self._remove_selected)
        self.capture_btn.toggled.connect(self._toggle_capture)
        self.refresh()

    @property
    def capturing(self) -> bool:
        return self.capture_btn.isChecked()

    def _toggle_capture(self, on: bool) -> None:
        self.capture_btn.setText(tr("Stop capture") if on else tr("Start capture"))
        if on:
            self._say(said(self.session.next_instruction()), True)

    def _say(self, text: str, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(
            "font-size: 16px; padding: 6px; " + (OK_STYLE if ok else BAD_STYLE)
        )

    def on_frame(self, frame: np.ndarray, report: FrameReport | None) -> None:
        """A camera frame from the kiosk's worker (capture-only mode while enrolling)."""
        if not self.isVisible():
            return
        self.video.setPixmap(
            to_pixmap(frame).scaled(
                self.video.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        if not self.capturing or report is None:
            return
        fb = self.session.add_frame(report.result)
        self._say(said(fb.message), fb.accepted)
        if fb.accepted:
            self.refresh()
        if self.session.done:
            self.capture_btn.setChecked(False)
            self._say(tr("Done - check the faces and press Next"), True)

    def _ask_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Photos of this person"), "", tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)")
        )
        if files:
            self.add_photos(files)

    def add_photos(self, files: list[str]) -> None:
        before = len(self.session.rejected)
        for f in files:
            self.session.add_photo(f)
        bad = list(self.session.rejected.items())[before:]
        if bad:
            self._say(
                "; ".join(f"{name.rsplit('/', 1)[-1]}: {said(why)}" for name, why in bad), False
            )
        else:
            self._say(tr("{n} photo(s) added").format(n=len(files)), True)
        self.refresh()

    def _remove_selected(self) -> None:
        for row in sorted((self.thumbs.row(i) for i in self.thumbs.selectedItems()), reverse=True):
            self.session.remove(row)
        self.refresh()

    def refresh(self) -> None:
        self.thumbs.clear()
        for c in self.session.captures:
            item = QListWidgetItem(QIcon(to_pixmap(c.crop, 96)), c.source)
            item.setToolTip(
                tr("quality {q:.2f}, turned {yaw:+.0f}°, tilted {pitch:+.0f}°").format(
                    q=c.quality, yaw=c.yaw, pitch=c.pitch
                )
            )
            self.thumbs.addItem(item)
        n = len(self.session.captures)
        self.count.setText(tr("{n} of {t} faces").format(n=n, t=self.session.target))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.session.captures)


def _caption(source: str) -> str:
    """A capture's caption: the photo's file name, or which camera pose it was."""
    if source == "camera":
        return tr("camera")
    name = Path(source).name
    return name if len(name) <= 18 else f"{name[:8]}…{name[-9:]}"


class ReviewPage(QWizardPage):
    """The aligned crops as they will be stored, and the duplicate check."""

    def __init__(self, session: EnrollmentSession) -> None:
        super().__init__()
        self.session = session
        self.setTitle(tr("Step 3 of 3: check and save"))
        self.setSubTitle(tr("These aligned faces will be stored (encrypted) for this person."))
        self.crops = QListWidget()
        self.crops.setViewMode(QListWidget.ViewMode.IconMode)
        self.crops.setIconSize(QSize(112, 112))
        self.crops.setSpacing(8)
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet(BAD_STYLE)
        self.allow = QCheckBox(tr("Enroll anyway (a different person who looks alike)"))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(BAD_STYLE)
        lay = QVBoxLayout(self)
        lay.addWidget(self.crops, 1)
        lay.addWidget(self.warning)
        lay.addWidget(self.allow)
        lay.addWidget(self.error)
        self.allow.toggled.connect(self.completeChanged)
        self.duplicates: list[tuple[Person, float]] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        name = self.wizard().who.form.name.text().strip() if self.wizard() else ""
        self.setSubTitle(tr("These faces will be stored (encrypted) for {name}.").format(name=name))
        self.crops.clear()
        for c in self.session.captures:
            item = QListWidgetItem(QIcon(to_pixmap(c.crop)), _caption(c.source))
            item.setToolTip(c.source)
            self.crops.addItem(item)
        self.duplicates = self.session.duplicates()
        self.warning.setVisible(bool(self.duplicates))
        self.allow.setVisible(bool(self.duplicates))
        self.allow.setChecked(False)
        self.error.clear()
        if self.duplicates:
            who = ", ".join(f"{p.name} (score {s:.2f})" for p, s in self.duplicates)
            self.warning.setText(tr("This face already matches: {who}").format(who=who))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.duplicates or self.allow.isChecked()


class EnrollWizard(QWizard):
    """New person (``person=None``) or re-enrollment of ``person`` (templates replaced)."""

    def __init__(
        self,
        admin: AdminService,
        person: Person | None = None,
        camera: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Re-enroll {name}").format(name=person.name) if person else tr("Enroll a person")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(760, 620)
        self.person = person
        self.admin = admin
        self.session = admin.new_session(person)
        self.who = WhoPage(person)
        self.faces = FacesPage(self.session, camera)
        self.review = ReviewPage(self.session)
        for page in (self.who, self.faces, self.review):
            self.addPage(page)
        guard_wheel(self)
        self.saved_id: int | None = None

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        if self.currentPage() is not self.review:
            return super().validateCurrentPage()
        return self.save()

    def save(self) -> bool:
        """Write the person; on failure the wizard stays open with the reason shown."""
        details = self.who.form.details(self.person.enabled if self.person else True)
        try:
            self.saved_id = self.admin.save_enrollment(
                self.session,
                details,
                allow_duplicate=self.review.allow.isChecked(),
                replace=self.person is not None,
            )
        except DuplicateFaceError as e:
            who = ", ".join(p.name for p, _ in e.matches)
            self.review.error.setText(
                tr("This face already matches {who}. Tick the box to enroll anyway.").format(
                    who=who
                )
            )
            return False
        except FaceAppError as e:
            self.review.error.setText(error_text(e))
            return False
        return True
