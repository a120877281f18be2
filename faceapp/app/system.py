"""The running system built from settings: gallery, model, detector, security level, door and
live decision loop, wired once here for the CLI, the GUI, the benchmarks and any future API.

:class:`Kiosk` also applies changed settings to a running system, so that the settings page and
a scripted change take the same path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from faceapp.app.admin import AdminService
from faceapp.app.models import resolve_model
from faceapp.config import Config
from faceapp.core.decision import DecisionPolicy
from faceapp.core.detection import FaceDetector
from faceapp.core.door import DoorController, build_output
from faceapp.core.embedding import Embedder, default_threads
from faceapp.core.errors import ConfigError, FaceAppError, Reason
from faceapp.core.gallery import Gallery
from faceapp.core.live import LiveLoop
from faceapp.core.mqtt import MqttLink
from faceapp.core.pipeline import FacePipeline
from faceapp.core.recognizer import Recognizer
from faceapp.core.threshold import SecurityLevel
from faceapp.paths import default_db, key_dir

log = logging.getLogger(__name__)

StatusFn = Callable[[str, bool], None]


def gallery_path(cfg: Config) -> Path:
    return Path(cfg.db) if cfg.db else default_db()


def open_gallery(cfg: Config, readonly: bool = False) -> Gallery:
    return Gallery(gallery_path(cfg), key_dir=key_dir(), readonly=readonly)


def open_embedder(cfg: Config, model: str | Path | None = None) -> Embedder:
    threads = cfg.recognition.threads or default_threads()
    return Embedder(resolve_model(str(model) if model else cfg.recognition.model), threads=threads)


def security_level(cfg: Config) -> SecurityLevel:
    """The configured security level: strangers let in per identification, or a manual
    threshold."""
    r = cfg.recognition
    if not 0 < r.target_fpir < 1:
        raise ConfigError(
            Reason(
                "recognition.target_fpir must be a fraction between 0 and 1, not {value}",
                value=repr(r.target_fpir),
            )
        )
    return SecurityLevel(fpir=float(r.target_fpir), manual=r.threshold)


def build_recognizer(
    cfg: Config,
    gallery: Gallery | None = None,
    detector_range: str | None = None,
    video: bool = False,
) -> Recognizer:
    """``video``: the detector follows faces from frame to frame (a camera's live loop)."""
    embedder = open_embedder(cfg)
    detector = FaceDetector(detector_range or cfg.recognition.detector_range, video=video)
    pipeline = FacePipeline(embedder, detector)
    return Recognizer(gallery or open_gallery(cfg), pipeline, security_level(cfg))


def build_door(cfg: Config, on_status: StatusFn | None = None) -> DoorController:
    """The configured door output behind a controller (dry run unless configured)."""
    d = cfg.door
    out = build_output(d.output, d.url, d.secret, d.command, d.serial_port, d.baud)
    return DoorController(out, d.pulse_s, on_status)


def build_mqtt(
    cfg: Config,
    on_remote_open: Callable[[str, str], None] | None = None,
    on_status: StatusFn | None = None,
) -> MqttLink | None:
    """The MQTT link the config asks for (None when MQTT is off, the default)."""
    if not cfg.mqtt.enabled:
        return None
    from faceapp import __version__

    link = MqttLink(cfg.mqtt, on_remote_open, on_status, version=__version__)
    link.pulse_s = cfg.door.pulse_s
    return link


def _policy(cfg: Config) -> DecisionPolicy:
    r = cfg.recognition
    return DecisionPolicy(r.window, r.agree, r.cooldown_s)


class Kiosk:
    """A recognizer with its door and live loop, configured by one :class:`Config`.

    ``config_path`` is where changed settings are saved (None: the platform's config file).
    """

    def __init__(
        self,
        recognizer: Recognizer,
        cfg: Config,
        source: str,
        config_path: str | Path | None = None,
        on_status: StatusFn | None = None,
    ) -> None:
        self.cfg = cfg
        self.source = source
        self.config_path = config_path
        self.recognizer = recognizer
        self.source_online: bool | None = None  # unknown until the source first answers
        self.door = build_door(cfg, on_status)
        self.loop = LiveLoop(
            recognizer,
            _policy(cfg),
            source,
            door=self.door,
            liveness=cfg.recognition.liveness,
            snapshots=cfg.events.snapshots,
            retention_days=cfg.events.retention_days,
        )
        self.mqtt = build_mqtt(cfg, self.remote_open, on_status)
        self.loop.publisher = self.mqtt

    @classmethod
    def from_config(
        cls,
        cfg: Config,
        source: str | None = None,
        detector_range: str | None = None,
        video: bool = True,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> Kiosk:
        """``video``: faces are followed from frame to frame (off for a photos-only API).
        ``progress(done, total)`` follows the gallery update at start, when one is needed
        (default: a log line every tenth)."""
        rec = build_recognizer(cfg, detector_range=detector_range, video=video)
        kiosk = cls(rec, cfg, source or cfg.camera.source)
        if cfg.recognition.update_gallery_on_start and rec.stale_templates:
            try:
                kiosk.update_gallery("startup", progress or _logged_progress())
            except FaceAppError as e:  # the door screen keeps saying the gallery needs updating
                log.error("the gallery could not be updated for %s: %s", rec.model_name, e)
        return kiosk

    def update_gallery(
        self, via: str, progress: Callable[[int, int], bool | None] | None = None
    ) -> int:
        """Re-embed the templates that another model (or another release of the running one)
        made, from their stored crops, for the running model; audited as a model switch by
        ``via``. Returns how many templates were re-embedded (0: none was stale)."""
        rec = self.recognizer
        if not rec.stale_templates:
            return 0
        log.warning(
            "updating the gallery: %d template(s) of another model or release, re-embedded for %s",
            rec.stale_templates,
            rec.template_key,
        )
        return self.admin(via).switch_model(rec.pipeline.embedder, progress=progress)

    @property
    def gallery(self) -> Gallery:
        return self.recognizer.gallery

    def admin(self, via: str) -> AdminService:
        """Admin actions on this kiosk's gallery; the recognizer reloads after each."""
        return AdminService(self.gallery, via, self.recognizer)

    def test_door(self, cfg: Config, via: str) -> tuple[bool, str]:
        """Fire the door output that ``cfg`` describes once, now, with a ``test`` event, and
        say how it went (an installer's check before saving). Audited."""
        from faceapp.core.door import DoorEvent

        d = cfg.door
        out = build_output(d.output, d.url, d.secret, d.command, d.serial_port, d.baud)
        try:
            out.fire(DoorEvent("test", "door test", None, None), d.pulse_s)
            ok, text = True, Reason("Door test: {output} fired", output=out.name)
        except FaceAppError as e:
            ok, text = False, Reason("Door test failed: {why}", why=e.text)
        self.admin(via).door_tested(out.name, ok, text)
        return ok, text

    def test_mqtt(self, cfg: Config) -> tuple[bool, str]:
        """Connect to the broker that ``cfg`` describes once, now, and say how it went."""
        from faceapp.core.mqtt import probe_broker

        return probe_broker(cfg.mqtt)

    def remote_open(self, via: str, by: str) -> None:
        """Open the door on a remote command (MQTT ``door/set`` with ``remote_open`` on): the
        door output fires as for a grant, and the command is an audited admin action of
        front end ``via`` naming where it came from (``by``: the broker)."""
        from faceapp.core.door import DoorEvent

        log.warning("door opened remotely through %s (%s)", via, by)
        self.door.trigger(DoorEvent("remote", "remote open", None, None))
        if self.mqtt is not None:
            self.mqtt.door_opened()
        try:
            self.admin(via).remote_open(by)
        except FaceAppError as e:  # the log is full or locked: the door still opened
            log.error("remote open not logged: %s", e)

    def close(self) -> None:
        """Shut the kiosk's connections down cleanly (MQTT says ``offline``)."""
        self.door.wait(2.0)
        if self.mqtt is not None:
            self.mqtt.close()
            self.mqtt = self.loop.publisher = None

    def restore_gallery(self, backup_file: str | Path, via: str) -> Path:
        """Put a backup in place of the running gallery: frames wait, the connection is closed
        and reopened on the restored file, the templates reloaded. Returns the saved copy of
        the replaced gallery. Admin objects made before hold the old connection: make new ones.
        """
        g = self.gallery
        with self.recognizer.paused():
            g.close()
            try:
                safety = AdminService.restore(g.path, backup_file, via, g.key_dir)
            finally:
                self.recognizer.gallery = Gallery(g.path, key_dir=g.key_dir)
        self.recognizer.reload()
        return safety

    def record_source(self, online: bool, text: str, retry_s: float | None = None) -> bool:
        """Log the camera going offline or coming back (once per change, not per retry), as
        ``system`` events; a file that ends (``retry_s`` None) is no outage. Returns whether
        the state changed."""
        if online == self.source_online:
            return False
        if not online and retry_s is None:
            self.source_online = False
            return True
        first = self.source_online is None
        self.source_online = online
        if self.mqtt is not None:
            self.mqtt.camera(online)
        if first and online:
            return True  # the normal start is not an outage
        try:
            self.gallery.log_event(
                "system",
                "source_online" if online else "source_offline",
                source=self.source,
                details={"reason": text} if not online else {"source": text},
            )
        except FaceAppError as e:  # the log is full or locked: the door goes on
            log.error("source state not logged: %s", e)
        return True

    def set_status_handler(self, on_status: StatusFn | None) -> None:
        """Where door outcomes and loop warnings go (the GUI's status line, a log)."""
        self.door.on_status = on_status
        self.loop.on_status = on_status
        if self.mqtt is not None:
            self.mqtt.on_status = on_status or (lambda text, ok: None)

    def apply_config(
        self,
        new: Config,
        via: str,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> list[str]:
        """Apply changed settings to the running kiosk, then save them (audited). Returns what
        was re-built (door output, model, detector, camera); raises :class:`FaceAppError` with
        nothing saved when a setting cannot be applied. A model change re-embeds the gallery
        (``progress`` as in :meth:`AdminService.switch_model`). The caller restarts the camera
        when ``"camera"`` is in the answer."""
        old, rec = self.cfg, self.recognizer
        level = security_level(new)  # raises on a bad level: nothing changed yet
        c = new.camera
        if c != old.camera and c.source != self.source:  # a new camera must give a frame
            from faceapp.app.frameloop import probe_source

            probe_source(c.source, c.width, c.height)  # (the running one is busy: not reopened)
        admin = self.admin(via)
        done = []
        if new.door != old.door:
            door = build_door(new, self.door.on_status)  # raises on a bad output
            self.door = self.loop.door = door
            done.append("door output")
        path = resolve_model(new.recognition.model)
        if path.resolve() != rec.pipeline.embedder.path.resolve():
            admin.switch_model(open_embedder(new, path), level, progress)
            done.append(f"model {rec.model_name}")
        rec.set_level(level)
        r = new.recognition
        if r.detector_range != old.recognition.detector_range:
            rec.set_detector(FaceDetector(r.detector_range, video=rec.pipeline.detector.video))
            done.append("detector")
        self.loop.set_policy(_policy(new))
        self.loop.liveness = new.recognition.liveness
        self.loop.snapshots = new.events.snapshots
        self.loop.retention_days = new.events.retention_days
        if new.camera != old.camera:
            self.source = new.camera.source
            done.append("camera")
        if new.mqtt != old.mqtt:
            if self.mqtt is not None:
                self.mqtt.close()
            self.mqtt = self.loop.publisher = build_mqtt(new, self.remote_open, self.door.on_status)
            done.append("MQTT")
        elif self.mqtt is not None:  # the door's pulse is all the link takes from the rest
            self.mqtt.pulse_s = new.door.pulse_s
        admin.save_settings(old, new, self.config_path)
        self.cfg = new
        return done


def _logged_progress() -> Callable[[int, int], None]:
    """A ``progress(done, total)`` that logs each tenth done, for work without a screen."""
    said = [-1]

    def progress(done: int, total: int) -> None:
        tenth = 10 * done // max(1, total)
        if tenth > said[0]:
            said[0] = tenth
            log.info("updating the gallery: %d of %d face templates re-embedded", done, total)

    return progress
