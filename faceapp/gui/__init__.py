"""The Qt kiosk application (PySide6). It drives :mod:`faceapp.core` and adds only display."""

from __future__ import annotations

import sys

from faceapp.config import Config


def launch(cfg: Config, source: str | None = None) -> int:
    """Start the kiosk window. Not built yet: says so instead of failing obscurely."""
    print(
        "faceapp: the kiosk window is not available yet; use the commands "
        "(faceapp --help), e.g. `faceapp run --headless --source 0`",
        file=sys.stderr,
    )
    return 2
