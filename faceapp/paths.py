"""Where things live: platform-standard folders (platformdirs) and the bundled assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "edgeface-kiosk"
#: The embedded default model's card name (assets/models/<name>.onnx + .json).
DEFAULT_MODEL = "edgeface-xxs-int8"


def data_dir() -> Path:
    """Gallery, backups, user-installed models (``FACEAPP_DATA_DIR`` overrides)."""
    return Path(os.environ.get("FACEAPP_DATA_DIR") or platformdirs.user_data_dir(APP, False))


def config_dir() -> Path:
    return Path(os.environ.get("FACEAPP_CONFIG_DIR") or platformdirs.user_config_dir(APP, False))


def key_dir() -> Path:
    """Gallery encryption keys, outside the gallery file (``FACEAPP_KEY_DIR`` overrides)."""
    return Path(os.environ.get("FACEAPP_KEY_DIR") or config_dir() / "keys")


def config_file() -> Path:
    return config_dir() / "config.yaml"


def default_db() -> Path:
    return data_dir() / "gallery.db"


def assets_dir() -> Path:
    """The shipped assets: in a PyInstaller bundle, beside a source checkout, or overridden."""
    env = os.environ.get("FACEAPP_ASSETS")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def model_dirs() -> list[Path]:
    """Folders searched for models: the user's own first, then the shipped ones."""
    return [data_dir() / "models", assets_dir() / "models"]
