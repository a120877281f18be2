"""Render the kiosk icon (edgeface-kiosk.svg, drawn for the project) to PNG and ICO.

QT_QPA_PLATFORM=offscreen python assets/icons/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def render(svg: Path, size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    QSvgRenderer(str(svg)).render(p)
    p.end()
    return img


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    here = Path(__file__).resolve().parent
    svg = here / "edgeface-kiosk.svg"
    render(svg, 256).save(str(here / "edgeface-kiosk.png"))
    render(svg, 64).save(str(here / "edgeface-kiosk-64.png"))
    if not render(svg, 256).save(str(here / "edgeface-kiosk.ico")):
        raise SystemExit("this Qt has no ICO writer (imageformats/qico)")


if __name__ == "__main__":
    main()
