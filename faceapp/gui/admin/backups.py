"""Backups page: copies of the gallery made with SQLite's online backup (safe while the door
runs), and putting one back. Restoring keeps a copy of the gallery it replaces, so it can be
undone the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faceapp.app.admin import AdminService
from faceapp.core.backup import list_backups
from faceapp.core.errors import FaceAppError
from faceapp.gui.ask import ask
from faceapp.gui.text import error_text, tr


class BackupsPage(QWidget):
    """``restored(message)`` is emitted after a restore (the admin window then closes: its
    pages hold the replaced gallery)."""

    restored = Signal(str)

    def __init__(self, admin: AdminService, restore: Callable[[Path], Path]) -> None:
        super().__init__()
        self.admin = admin
        self.restore_fn = restore
        self.list = QListWidget()
        self.backup_btn = QPushButton(tr("Back up now"))
        self.restore_btn = QPushButton(tr("Restore selected..."))
        self.status = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_btn)
        buttons.addWidget(self.restore_btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                tr(
                    "Copies of the gallery (people, face templates, events), newest first. "
                    "The newest 7 are kept."
                ),
                wordWrap=True,
            )
        )
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        self.backup_btn.clicked.connect(self.back_up)
        self.restore_btn.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for path in list_backups(self.admin.gallery.path):
            when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
            size = path.stat().st_size / 1e6
            item = QListWidgetItem(f"{when}    {size:.1f} MB    {path.name}")
            item.setData(256, str(path))  # Qt.UserRole
            self.list.addItem(item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_btn.setEnabled(bool(self.list.selectedItems()))

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b71c1c;")

    def back_up(self) -> Path | None:
        try:
            dest = self.admin.backup()
        except FaceAppError as e:
            self._say(error_text(e), False)
            return None
        self.refresh()
        self._say(tr("Backed up to {path}").format(path=dest), True)
        return dest

    def confirm(self, text: str) -> bool:
        """Ask before replacing the gallery (a separate method so scripted use can answer)."""
        return ask(self, text)

    def restore_selected(self) -> bool:
        items = self.list.selectedItems()
        if not items:
            return False
        path = Path(items[0].data(256))
        if not self.confirm(
            tr(
                "Replace the gallery by the backup {name}? People enrolled and events logged "
                "since then are removed (the current gallery is saved first)."
            ).format(name=path.name)
        ):
            return False
        try:
            safety = self.restore_fn(path)
        except FaceAppError as e:
            self._say(error_text(e), False)
            return False
        self.restored.emit(
            tr("Gallery restored from {name}; the previous one is saved as {safety}").format(
                name=path.name, safety=safety.name
            )
        )
        return True
