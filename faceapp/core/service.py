"""Building a ready :class:`Recognizer` from settings: the one place that wires model, gallery,
security level and detector together for the CLI, the GUI and the benchmark."""

from __future__ import annotations

from pathlib import Path

from faceapp.config import Config
from faceapp.core.detection import FaceDetector
from faceapp.core.embedding import Embedder, default_threads
from faceapp.core.errors import ConfigError
from faceapp.core.gallery import Gallery
from faceapp.core.models import resolve_model
from faceapp.core.pipeline import FacePipeline
from faceapp.core.recognizer import Recognizer
from faceapp.core.threshold import SecurityLevel
from faceapp.paths import default_db


def open_embedder(cfg: Config) -> Embedder:
    threads = cfg.recognition.threads or default_threads()
    return Embedder(resolve_model(cfg.recognition.model), threads=threads)


def security_level(cfg: Config) -> SecurityLevel:
    """The configured security level: strangers let in per identification, or a manual
    threshold."""
    r = cfg.recognition
    if not 0 < r.target_fpir < 1:
        raise ConfigError(
            f"recognition.target_fpir must be a fraction between 0 and 1, not {r.target_fpir!r}"
        )
    return SecurityLevel(fpir=float(r.target_fpir), manual=r.threshold)


def open_gallery(cfg: Config, readonly: bool = False) -> Gallery:
    return Gallery(Path(cfg.db) if cfg.db else default_db(), readonly=readonly)


def build_recognizer(
    cfg: Config, gallery: Gallery | None = None, detector_range: str | None = None
) -> Recognizer:
    embedder = open_embedder(cfg)
    detector = FaceDetector(detector_range or cfg.recognition.detector_range)
    pipeline = FacePipeline(embedder, detector)
    return Recognizer(gallery or open_gallery(cfg), pipeline, security_level(cfg))


def build_door(cfg: Config, on_status=None):
    """The configured door output behind a controller (dry run unless configured)."""
    from faceapp.core.door import DoorController, build_output

    d = cfg.door
    out = build_output(d.output, d.url, d.secret, d.command, d.serial_port, d.baud)
    return DoorController(out, d.pulse_s, on_status)


def build_live_loop(
    cfg: Config, recognizer: Recognizer, source_name: str, door=None, on_decision=None
):
    """The live decision loop with the configured policy, liveness, snapshots and retention
    (one wiring for ``faceapp run`` and the kiosk window)."""
    from faceapp.core.decision import DecisionPolicy
    from faceapp.core.live import LiveLoop

    r = cfg.recognition
    return LiveLoop(
        recognizer,
        DecisionPolicy(r.window, r.agree, r.cooldown_s),
        source_name,
        on_decision,
        door,
        liveness=bool(r.liveness),
        snapshots=bool(cfg.events.snapshots),
        retention_days=cfg.events.retention_days,
    )
