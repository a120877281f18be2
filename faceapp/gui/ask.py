"""The one yes/no question the admin screens ask before something cannot be undone or makes
the door less safe: No is the default, so Enter never deletes or loosens anything."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from faceapp.gui.text import tr


def ask(parent: QWidget, text: str, title: str = "") -> bool:
    answer = QMessageBox.question(
        parent,
        title or tr("Please confirm"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
