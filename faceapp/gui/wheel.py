"""Scrolling a page must not change a setting on the way.

Qt lets the mouse wheel edit any spin box, combo box or slider under the pointer, focused or
not, so scrolling through the settings could turn "keep events for 90 days" into 81. Here a
field only takes the wheel once the admin has clicked or tabbed into it; otherwise the wheel
goes on to scroll the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QWidget

EDITABLE_BY_WHEEL = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class _WheelGuard(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()  # passed on to the parent: the page scrolls
            return True
        return False


_guard = _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Apply to every wheel-editable field below ``root`` (call after building it)."""
    for cls in EDITABLE_BY_WHEEL:
        for w in root.findChildren(cls):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus by the wheel itself
            w.installEventFilter(_guard)
