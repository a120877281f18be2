"""Kiosk settings: a YAML file in the platform's config folder, with defaults for everything.

Unknown keys and wrong types are reported with the key's name rather than ignored, because a
typo in a door kiosk's config should not silently fall back to a default.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from faceapp.core.errors import ConfigError
from faceapp.paths import config_file

log = logging.getLogger(__name__)


@dataclass
class CameraConfig:
    source: str = "0"  # camera index, RTSP/HTTP URL, video file or folder of images
    width: int = 640
    height: int = 480


@dataclass
class RecognitionConfig:
    model: str = ""  # model name or path; "" = the embedded default model
    # security level: at most this fraction of strangers let in (false-positive identification
    # rate); the threshold that keeps it tightens as people are enrolled
    target_fpir: float = 1e-3
    threshold: float | None = None  # manual cosine threshold; overrides target_fpir
    detector_range: str = "short"  # short (kiosk, < 2 m), full, auto
    threads: int = 0  # onnxruntime threads (0 = half the cores)
    window: int = 5  # decision frames considered
    agree: int = 3  # of which must agree
    cooldown_s: float = 5.0
    liveness: int = 1  # 1 = require a blink or head movement before opening (anti-photo)


@dataclass
class DoorConfig:
    output: str = "dryrun"  # dryrun, webhook, command, serial
    pulse_s: float = 1.0
    url: str = ""  # webhook
    secret: str = ""  # webhook HMAC secret (never logged)
    command: str = ""  # program and arguments, no shell
    serial_port: str = ""  # e.g. /dev/ttyUSB0
    baud: int = 9600


@dataclass
class EventsConfig:
    snapshots: int = 0  # 1 = keep an encrypted face snapshot with each access event
    retention_days: int = 90  # events older than this are deleted (0 = keep for ever)


@dataclass
class KioskConfig:
    admin_timeout_s: float = 120.0  # an idle admin session closes after this long
    sounds: int = 1  # 1 = play a tone on granted / denied
    language: str = ""  # UI language ("" = the system's)


@dataclass
class Config:
    db: str = ""  # gallery path; "" = platform data folder
    camera: CameraConfig = field(default_factory=CameraConfig)
    recognition: RecognitionConfig = field(default_factory=RecognitionConfig)
    door: DoorConfig = field(default_factory=DoorConfig)
    events: EventsConfig = field(default_factory=EventsConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)

    def to_yaml(self) -> str:
        return yaml.safe_dump(asdict(self), sort_keys=False)


# Settings of earlier versions, skipped with a warning so that an upgrade keeps the kiosk running.
RETIRED = {
    "recognition.target_far": "the security level is now recognition.target_fpir, strangers let "
    "in per identification at the gallery's size (default 1e-3)",
}


def _build(cls: type, data: Any, where: str) -> Any:
    if data is None:
        return cls()
    if not isinstance(data, dict):
        raise ConfigError(f"{where or 'config'} must be a mapping")
    kwargs = {}
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in data.items():
        name = f"{where}.{key}" if where else key
        if name in RETIRED:
            log.warning("config: %r is no longer used: %s", name, RETIRED[name])
            continue
        if key not in fields:
            raise ConfigError(f"unknown setting {name!r}")
        f = fields[key]
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if dataclasses.is_dataclass(default):
            kwargs[key] = _build(type(default), value, name)
            continue
        ftype = str(f.type)
        try:
            if value is None and "None" in ftype:
                kwargs[key] = None
            elif "float" in ftype:
                kwargs[key] = float(value)
            elif "int" in ftype:
                if isinstance(value, bool) or float(value) != int(value):
                    raise ValueError
                kwargs[key] = int(value)
            else:
                kwargs[key] = str(value)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {name!r}: {value!r} is not a valid {ftype}") from None
    return cls(**kwargs)


def load_config(path: str | Path | None = None) -> Config:
    """Read the config file (``FACEAPP_CONFIG`` or the platform path); defaults if absent."""
    p = Path(path or os.environ.get("FACEAPP_CONFIG") or config_file())
    if not p.exists():
        return Config()
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read config ({str(e).splitlines()[0]})", p) from None
    try:
        return _build(Config, data or {}, "")
    except ConfigError as e:
        raise ConfigError(e.reason, p) from None


def save_config(cfg: Config, path: str | Path | None = None) -> Path:
    """Write atomically (temp file + rename) so a crash never leaves half a config."""
    p = Path(path or os.environ.get("FACEAPP_CONFIG") or config_file())
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(cfg.to_yaml(), encoding="utf-8")
    os.replace(tmp, p)
    return p
