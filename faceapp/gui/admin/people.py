"""People page: search, thumbnails, edit, validity, enable/disable, re-enroll, delete.

Every change goes through the :class:`~faceapp.app.admin.AdminService` (audited, and the kiosk
acts on it at the next frame). Deleting removes every template, crop and snapshot of the person.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from faceapp.app.admin import AdminService
from faceapp.core.errors import FaceAppError
from faceapp.core.gallery import Person, PersonDetails
from faceapp.gui.admin.enroll import PersonForm
from faceapp.gui.ask import ask
from faceapp.gui.qtimage import to_pixmap
from faceapp.gui.text import N_, error_text, local_time, tr
from faceapp.gui.wheel import guard_wheel

COLUMNS = [
    "",
    N_("Name"),
    N_("External id"),
    N_("Valid from"),
    N_("Valid until"),
    N_("Status"),
    N_("Faces"),
]


class NegativesBox(QGroupBox):
    """The faces marked "not this person" for one person (from the Events page), each
    removable at once (audited); hidden while there are none."""

    def __init__(self, admin: AdminService, person: Person) -> None:
        super().__init__(tr("Faces marked as not {name}").format(name=person.name))
        self.admin, self.person = admin, person
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setMaximumHeight(110)
        self.remove_btn = QPushButton(tr("Remove mark"))
        self.remove_btn.setToolTip(tr("Let this face be matched with {name} again").format(
            name=person.name))  # fmt: skip
        self.remove_btn.clicked.connect(self.remove_selected)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(self.remove_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        g = self.admin.gallery
        self.list.clear()
        for row in g.negative_list(self.person.id):
            item = QListWidgetItem(QIcon(to_pixmap(g.negative_crop(row["id"]), 56)), "")
            item.setToolTip(tr("Marked {when}").format(when=local_time(row["created"])))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        self.setVisible(self.list.count() > 0)

    def remove_selected(self) -> bool:
        items = self.list.selectedItems()
        if not items:
            return False
        self.admin.remove_negative(int(items[0].data(Qt.ItemDataRole.UserRole)))
        self.refresh()
        return True


class PersonDialog(QDialog):
    """Edit a person's details (not their faces: that is re-enrollment), and see the faces
    marked as not them."""

    def __init__(
        self, person: Person, parent: QWidget | None = None, admin: AdminService | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit {name}").format(name=person.name))
        self.form = PersonForm(person)
        self.enabled = QCheckBox(tr("Allowed to enter (enabled)"), checked=person.enabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(self.enabled)
        self.negatives = NegativesBox(admin, person) if admin is not None else None
        if self.negatives is not None:
            lay.addWidget(self.negatives)
        lay.addWidget(buttons)
        guard_wheel(self)

    def details(self) -> PersonDetails:
        return self.form.details(self.enabled.isChecked())


class PeoplePage(QWidget):
    """``enroll_requested(person or None)`` asks the admin window to open the wizard."""

    enroll_requested = Signal(object)

    def __init__(self, admin: AdminService) -> None:
        super().__init__()
        self.admin = admin
        self.people: list[Person] = []
        self.search = QLineEdit(placeholderText=tr("Search name or external id"))
        self.search.setClearButtonEnabled(True)
        self.add_btn = QPushButton(tr("Enroll new person..."))
        self.edit_btn = QPushButton(tr("Edit..."))
        self.toggle_btn = QPushButton(tr("Disable"))
        self.reenroll_btn = QPushButton(tr("Re-enroll..."))
        self.delete_btn = QPushButton(tr("Delete..."))
        self.delete_btn.setStyleSheet("color: #b71c1c;")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setIconSize(QSize(56, 56))
        self.table.verticalHeader().setDefaultSectionSize(62)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_btn)
        actions = QHBoxLayout()
        for b in (self.edit_btn, self.toggle_btn, self.reenroll_btn, self.delete_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        self.search.textChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add_btn.clicked.connect(lambda: self.enroll_requested.emit(None))
        self.edit_btn.clicked.connect(self.edit_selected)
        self.toggle_btn.clicked.connect(self.toggle_selected)
        self.reenroll_btn.clicked.connect(
            lambda: self.selected() and self.enroll_requested.emit(self.selected())
        )
        self.delete_btn.clicked.connect(self.delete_selected)
        self.refresh()

    # -- display --------------------------------------------------------------------------
    def refresh(self) -> None:
        g = self.admin.gallery
        self.people = g.people(self.search.text().strip())
        thumbs: dict[int, object] = {}
        for _tid, pid, crop in g.template_crops():
            thumbs.setdefault(pid, crop)
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            icon = QTableWidgetItem()
            if p.id in thumbs:
                icon.setIcon(QIcon(to_pixmap(thumbs[p.id], 56)))
            cells = [
                icon,
                QTableWidgetItem(p.name),
                QTableWidgetItem(p.external_id or ""),
                QTableWidgetItem(local_time(p.valid_from)),
                QTableWidgetItem(local_time(p.valid_until)),
                QTableWidgetItem(_status(p)),
                QTableWidgetItem(str(p.templates)),
            ]
            if not p.valid_at():
                cells[5].setForeground(Qt.GlobalColor.darkRed)
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.status.setText(tr("{n} people").format(n=len(self.people)))
        self._selection_changed()

    def _selection_changed(self) -> None:
        p = self.selected()
        for b in (self.edit_btn, self.toggle_btn, self.reenroll_btn, self.delete_btn):
            b.setEnabled(p is not None)
        self.toggle_btn.setText(tr("Enable") if p is not None and not p.enabled else tr("Disable"))

    def selected(self) -> Person | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.people[rows.pop()] if len(rows) == 1 else None

    def select(self, name: str) -> None:
        for row, p in enumerate(self.people):
            if p.name == name:
                self.table.selectRow(row)
                return
        raise KeyError(name)

    # -- actions --------------------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self.refresh()
        self.status.setStyleSheet("")
        self.status.setText(message)

    def _fail(self, e: FaceAppError) -> None:
        self.status.setText(error_text(e))
        self.status.setStyleSheet("color: #b71c1c;")

    def edit_selected(self) -> bool:
        p = self.selected()
        if p is None:
            return False
        self.dialog = PersonDialog(p, self, self.admin)
        if self.dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.apply_edit(p, self.dialog.details())

    def apply_edit(self, p: Person, details: PersonDetails) -> bool:
        try:
            self.admin.edit(p, details)
        except FaceAppError as e:
            self._fail(e)
            return False
        self._changed(tr("Saved {name}").format(name=details.name or p.name))
        return True

    def toggle_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            self.admin.set_enabled(p, not p.enabled)
        except FaceAppError as e:
            self._fail(e)
            return
        self._changed(
            (tr("{name} disabled") if p.enabled else tr("{name} enabled")).format(name=p.name)
        )
        self.select(p.name)

    def confirm(self, text: str) -> bool:
        """Ask before destroying data (a separate method so scripted use can answer)."""
        return ask(self, text)

    def delete_selected(self) -> bool:
        p = self.selected()
        if p is None or not self.confirm(
            tr(
                "Delete {name} with all their face templates, crops and snapshots? "
                "This cannot be undone."
            ).format(name=p.name)
        ):
            return False
        try:
            self.admin.delete(p)
        except FaceAppError as e:
            self._fail(e)
            return False
        self._changed(tr("Deleted {name}").format(name=p.name))
        return True


def _status(p: Person) -> str:
    if not p.enabled:
        return tr("disabled")
    if not p.valid_at():
        return tr("outside validity")
    return tr("active")
