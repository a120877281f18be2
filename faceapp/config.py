"""Kiosk settings: a YAML file in the platform's config folder, with defaults for everything.

Unknown keys and wrong types are reported with the key's name rather than ignored, because a
typo in a door kiosk's config should not silently fall back to a default.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from faceapp.core.errors import ConfigError, Reason
from faceapp.core.mqtt import MqttSettings
from faceapp.core.typed import from_mapping
from faceapp.paths import config_file

log = logging.getLogger(__name__)


@dataclass
class CameraConfig:
    source: str = "0"  # camera index, RTSP/HTTP URL, video file or folder of images
    width: int = 640
    height: int = 480
    # frames examined per second while nobody has been in view for a few seconds (0: every
    # frame): an empty doorway then costs a fraction of the CPU, and the first face seen
    # brings back every frame
    idle_fps: float = 5.0


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
    liveness: bool = True  # require a blink or head movement before opening (anti-photo)
    # at start, re-embed templates of another model (or of an earlier release of this one)
    # from their stored crops, so that an update does not lock everybody out
    update_gallery_on_start: bool = True


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
    snapshots: bool = False  # keep an encrypted face snapshot with each access event
    retention_days: int = 90  # events older than this are deleted (0 = keep for ever)


@dataclass
class KioskConfig:
    admin_timeout_s: float = 120.0  # an idle admin session closes after this long
    sounds: bool = True  # play a tone on granted / denied
    language: str = ""  # UI language: en, de, fr, es ("" = the system's, English if none)


@dataclass
class ApiConfig:
    enabled: bool = False  # run the local REST API beside the kiosk screen (`faceapp serve`: alone)
    host: str = "127.0.0.1"  # loopback only unless set otherwise
    port: int = 8321
    max_upload_mb: float = 10.0  # larger uploads are refused (413)


@dataclass
class Config:
    db: str = ""  # gallery path; "" = platform data folder
    camera: CameraConfig = field(default_factory=CameraConfig)
    recognition: RecognitionConfig = field(default_factory=RecognitionConfig)
    door: DoorConfig = field(default_factory=DoorConfig)
    events: EventsConfig = field(default_factory=EventsConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    mqtt: MqttSettings = field(default_factory=MqttSettings)
    api: ApiConfig = field(default_factory=ApiConfig)

    def to_yaml(self) -> str:
        return yaml.safe_dump(asdict(self), sort_keys=False)


# Settings of earlier versions, skipped with a warning so that an upgrade keeps the kiosk running.
RETIRED = {
    "recognition.target_far": "the security level is now recognition.target_fpir, strangers let "
    "in per identification at the gallery's size (default 1e-3)",
}


def _retired(name: str) -> None:
    log.warning("config: %r is no longer used: %s", name, RETIRED[name])


def config_from_dict(data: Any) -> Config:
    """A :class:`Config` from YAML data (on/off settings of older files as 0/1 are read)."""
    return from_mapping(Config, data or {}, retired=dict.fromkeys(RETIRED, _retired))


def changed_keys(old: Config, new: Config) -> list[str]:
    """Dotted names of the settings that differ (what a settings change audits)."""

    def flat(d: dict, prefix: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in d.items():
            if isinstance(v, dict):
                out.update(flat(v, f"{prefix}{k}."))
            else:
                out[f"{prefix}{k}"] = v
        return out

    a, b = flat(asdict(old)), flat(asdict(new))
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def config_path(path: str | Path | None = None) -> Path:
    """``path``, else ``FACEAPP_CONFIG``, else the platform's config file."""
    return Path(path or os.environ.get("FACEAPP_CONFIG") or config_file())


def load_config(path: str | Path | None = None) -> Config:
    """Read the config file (see :func:`config_path`); defaults if absent."""
    p = config_path(path)
    if not p.exists():
        return Config()
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        why = str(e).splitlines()[0]
        raise ConfigError(Reason("cannot read config ({why})", why=why), p) from None
    try:
        return config_from_dict(data)
    except ConfigError as e:
        raise ConfigError(e.reason, p) from None


def save_config(cfg: Config, path: str | Path | None = None) -> Path:
    """Write atomically (temp file + rename) so a crash never leaves half a config."""
    p = config_path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(cfg.to_yaml(), encoding="utf-8")
    os.replace(tmp, p)
    return p
