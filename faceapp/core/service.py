"""Building a ready :class:`Recognizer` from settings: the one place that wires model, gallery,
threshold and detector together for the CLI, the GUI and the benchmark."""

from __future__ import annotations

from pathlib import Path

from faceapp.config import Config
from faceapp.core.detection import FaceDetector
from faceapp.core.embedding import Embedder, default_threads
from faceapp.core.gallery import Gallery
from faceapp.core.models import resolve_model
from faceapp.core.pipeline import FacePipeline
from faceapp.core.recognizer import Recognizer
from faceapp.paths import default_db


def open_embedder(cfg: Config) -> Embedder:
    threads = cfg.recognition.threads or default_threads()
    return Embedder(resolve_model(cfg.recognition.model), threads=threads)


def threshold_for(embedder: Embedder, cfg: Config) -> float:
    if cfg.recognition.threshold is not None:
        return float(cfg.recognition.threshold)
    return embedder.card.threshold(cfg.recognition.target_far)


def open_gallery(cfg: Config, readonly: bool = False) -> Gallery:
    return Gallery(Path(cfg.db) if cfg.db else default_db(), readonly=readonly)


def build_recognizer(
    cfg: Config, gallery: Gallery | None = None, detector_range: str | None = None
) -> Recognizer:
    embedder = open_embedder(cfg)
    detector = FaceDetector(detector_range or cfg.recognition.detector_range)
    pipeline = FacePipeline(embedder, detector)
    return Recognizer(gallery or open_gallery(cfg), pipeline, threshold_for(embedder, cfg))


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
