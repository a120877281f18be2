"""The Qt kiosk application (PySide6). It drives :mod:`faceapp.core` and adds only display."""

from __future__ import annotations

from faceapp.config import Config


def launch(
    cfg: Config,
    source: str | None = None,
    windowed: bool = False,
    config_problem: str | None = None,
) -> int:
    """Start the kiosk window; imported lazily so the headless commands never load Qt.
    ``config_problem``: why the config file was not used (the kiosk says so on screen)."""
    from faceapp.gui.app import run_app

    return run_app(cfg, source, windowed, config_problem)
