"""The admin PIN keypad: big digit buttons for a touch screen, the entry masked, full screen
over a full-screen kiosk (a door panel has no keyboard). Keys typed on a keyboard work too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from faceapp.gui.text import tr

MAX_DIGITS = 12


class PinPad(QDialog):
    """``exec()`` then ``pin()``; Cancel or Esc returns Rejected."""

    def __init__(self, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Admin"))
        self.setStyleSheet(
            "QDialog { background: #263238; } QLabel { color: white; font-size: 22px; }"
            "QPushButton { font-size: 30px; min-height: 64px; min-width: 96px; }"
        )
        self.title = QLabel(message or tr("Enter the admin PIN"), alignment=Qt.AlignCenter)
        self.title.setWordWrap(True)
        self.entry = QLineEdit(echoMode=QLineEdit.EchoMode.Password, alignment=Qt.AlignCenter)
        self.entry.setMaxLength(MAX_DIGITS)
        self.entry.setReadOnly(True)  # the pad and the number keys fill it
        self.entry.setStyleSheet("font-size: 34px; padding: 8px;")
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, label in enumerate(labels):
            b = QPushButton(tr(label) if label == "OK" else label)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.addWidget(b, i // 3, i % 3)
            self.keys[label] = b
            if label.isdigit():
                b.clicked.connect(lambda _=False, d=label: self.press(d))
        self.keys["⌫"].clicked.connect(self.backspace)
        self.keys["OK"].clicked.connect(self.accept)
        cancel = QPushButton(tr("Cancel"))
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.entry)
        lay.addLayout(grid, 1)
        lay.addWidget(cancel)

    def press(self, digit: str) -> None:
        if len(self.entry.text()) < MAX_DIGITS:
            self.entry.setText(self.entry.text() + digit)

    def backspace(self) -> None:
        self.entry.setText(self.entry.text()[:-1])

    def pin(self) -> str:
        return self.entry.text()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text.isdigit():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        else:
            super().keyPressEvent(event)
