"""Settings page: camera, model and threshold, decision, liveness, door, events, kiosk, PIN.

The page edits a copy of :class:`faceapp.config.Config`; "Save and apply" hands it to the kiosk
controller, which applies what can change live (model switch with re-embedding, threshold,
policy, door, camera) and writes the YAML file.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from faceapp.app.admin import AdminService
from faceapp.app.models import installed_models
from faceapp.config import Config
from faceapp.core.errors import FaceAppError
from faceapp.core.modelcard import ModelCard
from faceapp.gui.i18n import LANGUAGES
from faceapp.gui.text import N_, error_text, number, said, tr

DOOR_OUTPUTS = [
    ("dryrun", N_("Dry run (log only)")),
    ("webhook", N_("HTTP webhook")),
    ("serial", N_("Serial relay")),
    ("command", N_("Shell command")),
]


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox()
    for value, label in items:
        box.addItem(tr(label), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


# The security levels offered: strangers let in per identification (FPIR).
SECURITY_LEVELS = [
    (1e-2, N_("Convenient: at most 1 stranger in 100 let in")),
    (1e-3, N_("Recommended: at most 1 stranger in 1,000 let in")),
    (1e-4, N_("Strict: at most 1 stranger in 10,000 let in")),
    (1e-5, N_("Very strict: at most 1 stranger in 100,000 let in")),
]


class SettingsPage(QWidget):
    """``apply(cfg) -> message`` is the controller's; errors come back as FaceAppError.
    ``changed`` is emitted after settings were applied or the PIN was set, so the window's
    header and warnings follow at once."""

    changed = Signal()

    def __init__(
        self,
        cfg: Config,
        apply: Callable[[Config], str],
        admin: AdminService,
        running_model: str | None = None,
        templates: int = 0,
        people: int = 0,
        problem: str | None = None,
        in_force: float | None = None,
        running_source: str | None = None,
        test_door: Callable[[Config], tuple[bool, str]] | None = None,
        test_mqtt: Callable[[Config], tuple[bool, str]] | None = None,
    ) -> None:
        """``running_model``: the card name of the model the kiosk runs now (preselected);
        ``templates``, ``people``: how many face templates and people the gallery holds (for
        the security level's threshold in plain words); ``problem``: why the config file is
        not in use; ``in_force``: the cosine threshold the kiosk applies now (shown, and the
        reference for warning before a change lets more strangers in); ``running_source``:
        the source the kiosk reads now, when it differs from the config's (started with
        ``--source``);
        ``test_door(cfg) -> (ok, text)`` fires the door output as the fields describe it;
        ``test_mqtt(cfg) -> (ok, text)`` connects to the broker they describe."""
        super().__init__()
        self.templates, self.people = templates, people
        self.in_force = in_force
        self.cfg = copy.deepcopy(cfg)
        self.apply_fn = apply
        self.admin = admin
        self.models: list[tuple[str, ModelCard]] = [(str(p), c) for p, c in installed_models()]
        c, r, d = self.cfg.camera, self.cfg.recognition, self.cfg.door

        # camera
        self.source = QLineEdit(c.source)
        self.source.setPlaceholderText(tr("0 = first camera, rtsp://..., a video file or folder"))
        self.running_source = running_source
        self.test_camera_btn = QPushButton(tr("Test camera"))
        self.test_camera_btn.clicked.connect(self.test_camera)
        self.preview = QLabel()
        self.preview.setVisible(False)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.test_camera_btn)
        if running_source is not None and running_source != c.source:
            self.source.setToolTip(
                tr("Running now from {now} (given at start); saved setting: {saved}").format(
                    now=running_source, saved=c.source
                )
            )
            self.source_note = QLabel(
                tr("Running now: {now} (given at start, not saved)").format(now=running_source)
            )
        else:
            self.source_note = QLabel()
        self.source_note.setWordWrap(True)  # a long path must not widen the page
        self.source_note.setVisible(bool(self.source_note.text()))
        self.width_ = QSpinBox(minimum=160, maximum=3840, value=c.width, singleStep=160)
        self.height_ = QSpinBox(minimum=120, maximum=2160, value=c.height, singleStep=120)
        size = QHBoxLayout()
        size.addWidget(self.width_)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height_)
        size.addStretch(1)
        self.detector = _combo(
            [
                ("short", N_("Near (< 2 m)")),
                ("full", N_("Far (up to 5 m)")),
                ("auto", N_("Both (slower)")),
            ],
            r.detector_range,
        )

        # model and threshold
        self.model = QComboBox()
        for path, card in self.models:
            kind = tr("full precision") if card.quantization == "fp32" else tr("compact (8-bit)")
            self.model.addItem(f"{card.name}  ({kind})", path)
            self.model.setItemData(
                self.model.count() - 1,
                f"{card.architecture}, {card.quantization}",
                Qt.ItemDataRole.ToolTipRole,
            )
        from faceapp.paths import DEFAULT_MODEL

        for want in (running_model, r.model, DEFAULT_MODEL):
            i = next((i for i, (p, cd) in enumerate(self.models) if want in (cd.name, p)), None)
            if want and i is not None:
                self.model.setCurrentIndex(i)
                break
        self.preset = QComboBox()
        for fpir, words in SECURITY_LEVELS:
            self.preset.addItem(tr(words), fpir)
        self.preset_help = QLabel(wordWrap=True)
        # room for three lines: a wrapped label inside the scrolled form is not re-measured
        self.preset_help.setMinimumHeight(3 * self.preset_help.fontMetrics().lineSpacing() + 4)
        level = QWidget()
        level_box = QVBoxLayout(level)
        level_box.setContentsMargins(0, 0, 0, 0)
        level_box.addWidget(self.preset)
        level_box.addWidget(self.preset_help)
        self.manual = QCheckBox(tr("Manual threshold"), checked=r.threshold is not None)
        self.slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100)
        start = r.threshold if r.threshold is not None else in_force
        self.slider.setValue(int(round(100 * (start if start is not None else 0.3))))
        self.slider_value = QLabel()
        manual = QHBoxLayout()
        manual.addWidget(self.manual)
        manual.addWidget(self.slider, 1)
        manual.addWidget(self.slider_value)

        # decision and liveness
        self.window = QSpinBox(minimum=1, maximum=30, value=r.window)
        self.agree = QSpinBox(minimum=1, maximum=30, value=r.agree)
        self.cooldown = QDoubleSpinBox(minimum=0, maximum=600, value=r.cooldown_s, suffix=tr(" s"))
        self.liveness = QCheckBox(
            tr("Require a blink or a small head movement (stops printed photos and screens)"),
            checked=r.liveness,
        )

        # door
        self.door = _combo(DOOR_OUTPUTS, d.output)
        self.pulse = QDoubleSpinBox(minimum=0.1, maximum=30, value=d.pulse_s, suffix=tr(" s"))
        self.test_door_fn = test_door
        self.test_door_btn = QPushButton(tr("Test door"))
        self.test_door_btn.setToolTip(tr("Fire this output once now (a real door opens)"))
        self.test_door_btn.setVisible(test_door is not None)
        self.test_door_btn.clicked.connect(self.test_door)
        self.url = QLineEdit(d.url, placeholderText="https://door-controller/open")
        self.secret = QLineEdit(d.secret, echoMode=QLineEdit.EchoMode.Password)
        self.command = QLineEdit(d.command, placeholderText="/usr/local/bin/open-door --pulse")
        self.serial_port = QLineEdit(d.serial_port, placeholderText="/dev/ttyUSB0 or COM3")
        self.baud = QSpinBox(minimum=300, maximum=921600, value=d.baud)

        # MQTT
        m = self.cfg.mqtt
        self.mqtt_on = QCheckBox(tr("Publish decisions to an MQTT broker"), checked=m.enabled)
        self.mqtt_host = QLineEdit(m.host, placeholderText="broker.local")
        self.mqtt_port = QSpinBox(minimum=1, maximum=65535, value=m.port)
        self.mqtt_user = QLineEdit(m.username)
        self.mqtt_password = QLineEdit(m.password, echoMode=QLineEdit.EchoMode.Password)
        self.mqtt_tls = QCheckBox(tr("Encrypted (TLS)"), checked=m.tls)
        self.mqtt_id = QLineEdit(m.kiosk_id, placeholderText=m.node_id)
        self.mqtt_discovery = QCheckBox(
            tr("Appear in Home Assistant by itself (MQTT discovery)"), checked=m.discovery
        )
        self.mqtt_remote = QCheckBox(
            tr("Allow opening the door from MQTT / Home Assistant"), checked=m.remote_open
        )
        self.test_mqtt_fn = test_mqtt
        self.test_mqtt_btn = QPushButton(tr("Test connection"))
        self.test_mqtt_btn.setVisible(test_mqtt is not None)
        self.test_mqtt_btn.clicked.connect(self.test_mqtt)

        # events and kiosk
        self.snapshots = QCheckBox(
            tr("Keep a small face snapshot with each access event (encrypted)"),
            checked=self.cfg.events.snapshots,
        )
        self.retention = QSpinBox(minimum=0, maximum=3650, value=self.cfg.events.retention_days)
        self.retention.setSuffix(tr(" days"))
        self.retention.setSpecialValueText(tr("keep for ever"))
        self.sounds = QCheckBox(tr("Play a tone on decisions"), checked=self.cfg.kiosk.sounds)
        self.timeout = QSpinBox(minimum=15, maximum=3600, value=int(self.cfg.kiosk.admin_timeout_s))
        self.timeout.setSuffix(tr(" s"))
        self.language = _combo(
            [("", N_("System language")), *LANGUAGES.items()], self.cfg.kiosk.language
        )

        # PIN
        self.pin1 = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=tr("New PIN"))
        self.pin2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=tr("Repeat"))
        self.pin_btn = QPushButton(tr("Change PIN"))
        pin = QHBoxLayout()
        pin.addWidget(self.pin1)
        pin.addWidget(self.pin2)
        pin.addWidget(self.pin_btn)

        self.save_btn = QPushButton(tr("Save and apply"))
        self.save_btn.setDefault(True)
        self.status = QLabel(wordWrap=True)

        def group(title: str, rows: list[tuple[str, object]]) -> QGroupBox:
            box = QGroupBox(tr(title))
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            form = QFormLayout(box)
            for label, w in rows:
                form.addRow(tr(label), w)
            return box

        self.door_group = group(
            N_("Door output"),
            [
                (N_("Output"), self.door),
                (N_("Pulse"), self.pulse),
                (N_("Webhook URL"), self.url),
                (N_("Webhook secret"), self.secret),
                (N_("Command"), self.command),
                (N_("Serial port"), self.serial_port),
                (N_("Baud"), self.baud),
                ("", self.test_door_btn),
            ],
        )
        body = QWidget()
        col = QVBoxLayout(body)
        col.addWidget(
            group(
                N_("Camera"),
                [
                    (N_("Source"), source_row),
                    ("", self.preview),
                    ("", self.source_note),
                    (N_("Resolution"), size),
                    (N_("Distance"), self.detector),
                ],
            )
        )
        col.addWidget(
            group(
                N_("Recognition"),
                [(N_("Model"), self.model), (N_("Security level"), level), ("", manual)],
            )
        )
        col.addWidget(
            group(
                N_("Decision"),
                [
                    (N_("Frames considered"), self.window),
                    (N_("Frames that must agree"), self.agree),
                    (N_("Same person again after"), self.cooldown),
                    (N_("Liveness"), self.liveness),
                ],
            )
        )
        col.addWidget(self.door_group)
        self.mqtt_group = group(
            N_("MQTT and Home Assistant"),
            [
                ("", self.mqtt_on),
                (N_("Broker"), self.mqtt_host),
                (N_("Port"), self.mqtt_port),
                (N_("User name"), self.mqtt_user),
                (N_("Password"), self.mqtt_password),
                ("", self.mqtt_tls),
                (N_("Kiosk name in topics"), self.mqtt_id),
                ("", self.mqtt_discovery),
                ("", self.mqtt_remote),
                ("", self.test_mqtt_btn),
            ],
        )
        col.addWidget(self.mqtt_group)
        col.addWidget(
            group(
                N_("Events and kiosk"),
                [
                    (N_("Snapshots"), self.snapshots),
                    (N_("Keep events for"), self.retention),
                    (N_("Sounds"), self.sounds),
                    (N_("Admin session ends after"), self.timeout),
                    (N_("Language"), self.language),
                ],
            )
        )
        col.addWidget(group(N_("Admin PIN"), [("", pin)]))
        col.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        # the form is narrower than any kiosk screen (about 700 px): the page scrolls down only
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_btn)
        self.problem = QLabel(problem or "", wordWrap=True, visible=bool(problem))
        self.problem.setStyleSheet("background: #ffebee; color: #b71c1c; padding: 8px;")
        lay = QVBoxLayout(self)
        lay.addWidget(self.problem)
        lay.addWidget(scroll, 1)
        lay.addLayout(bar)

        self.model.currentIndexChanged.connect(self._explain_level)
        self.preset.currentIndexChanged.connect(self._explain_level)
        self.manual.toggled.connect(self._manual_toggled)
        self.slider.valueChanged.connect(self._show_slider)
        self.door.currentIndexChanged.connect(self._door_fields)
        self.mqtt_on.toggled.connect(self._mqtt_fields)
        self.save_btn.clicked.connect(self.save)
        self.pin_btn.clicked.connect(self.change_pin)
        self._fill_presets()
        self._manual_toggled(self.manual.isChecked())
        self._show_slider()
        self._door_fields()
        self._mqtt_fields()

    # -- dynamic parts --------------------------------------------------------------------
    def card(self) -> ModelCard | None:
        i = self.model.currentIndex()
        return self.models[i][1] if 0 <= i < len(self.models) else None

    def _fill_presets(self) -> None:
        """Select the configured level and say what it means for this model and gallery."""
        want = self.cfg.recognition.target_fpir
        if self.preset.findData(want) < 0:  # a level set in the config file by hand
            self.preset.addItem(
                tr("At most 1 stranger in {n} let in").format(n=number(round(1 / want))), want
            )
        self.preset.setCurrentIndex(self.preset.findData(want))
        self._explain_level()

    def _threshold(self, card: ModelCard, fpir: float):
        """The threshold a level means for this model at the gallery's size: counted per
        person when the model's card scores people by their mean templates."""
        from faceapp.core.threshold import SecurityLevel

        return SecurityLevel(fpir=fpir).threshold(card, self.people, self.templates)

    def _explain_level(self) -> None:
        from faceapp.core.errors import FaceAppError

        card, fpir = self.card(), self.preset.currentData()
        if card is None or fpir is None:
            self.preset_help.setText("")
            return
        try:
            t = self._threshold(card, float(fpir))
        except FaceAppError as e:
            self.preset_help.setText(error_text(e))
            return
        if t.per_person:
            needs = (
                tr(
                    "With 1 person enrolled this needs a score of {th:.3f}; it rises as "
                    "people are enrolled, so the rate stays the same."
                )
                if t.comparisons == 1
                else tr(
                    "With {n} people enrolled this needs a score of {th:.3f}; it rises as "
                    "people are enrolled, so the rate stays the same."
                )
            )
        else:
            needs = (
                tr(
                    "With 1 face template enrolled this needs a score of {th:.3f}; it rises "
                    "as people are enrolled, so the rate stays the same."
                )
                if t.comparisons == 1
                else tr(
                    "With {n} face templates enrolled this needs a score of {th:.3f}; it rises "
                    "as people are enrolled, so the rate stays the same."
                )
            )
        self.preset_help.setText(
            needs.format(n=number(t.comparisons), th=t.value)
            + (
                tr(" Beyond what this model was measured on: set stricter to be safe.")
                if t.extrapolated
                else ""
            )
        )

    def _manual_toggled(self, on: bool) -> None:
        self.slider.setEnabled(on)
        self.preset.setEnabled(not on)
        self._show_slider()

    def _show_slider(self) -> None:
        if not self.manual.isChecked() and self.in_force is not None:
            self.slider_value.setText(tr("{th:.3f} in force").format(th=self.in_force))
        else:
            self.slider_value.setText(f"{self.slider.value() / 100:.2f}")

    def _door_fields(self) -> None:
        kind = self.door.currentData()
        shown = {
            self.url: kind == "webhook",
            self.secret: kind == "webhook",
            self.command: kind == "command",
            self.serial_port: kind == "serial",
            self.baud: kind == "serial",
            self.pulse: kind != "dryrun",
        }
        form = self.door_group.layout()
        for w, on in shown.items():
            form.setRowVisible(w, on)

    def _mqtt_fields(self) -> None:
        form = self.mqtt_group.layout()
        for row in range(1, form.rowCount()):
            form.setRowVisible(row, self.mqtt_on.isChecked())

    # -- actions --------------------------------------------------------------------------
    def collect(self) -> Config:
        """The config as the widgets say."""
        cfg = copy.deepcopy(self.cfg)
        c, r, d = cfg.camera, cfg.recognition, cfg.door
        c.source = self.source.text().strip() or "0"
        c.width, c.height = self.width_.value(), self.height_.value()
        r.detector_range = self.detector.currentData()
        card = self.card()
        if card is not None:
            r.model = card.name
        r.target_fpir = float(self.preset.currentData() or r.target_fpir)
        r.threshold = self.slider.value() / 100 if self.manual.isChecked() else None
        r.window, r.agree = self.window.value(), min(self.agree.value(), self.window.value())
        r.cooldown_s = self.cooldown.value()
        r.liveness = self.liveness.isChecked()
        d.output, d.pulse_s = self.door.currentData(), self.pulse.value()
        d.url, d.secret, d.command = (
            self.url.text().strip(),
            self.secret.text(),
            self.command.text(),
        )
        d.serial_port, d.baud = self.serial_port.text().strip(), self.baud.value()
        cfg.events.snapshots = self.snapshots.isChecked()
        cfg.events.retention_days = self.retention.value()
        cfg.kiosk.sounds = self.sounds.isChecked()
        cfg.kiosk.admin_timeout_s = float(self.timeout.value())
        cfg.kiosk.language = self.language.currentData()
        cfg.mqtt = dataclasses.replace(
            cfg.mqtt,
            enabled=self.mqtt_on.isChecked(),
            host=self.mqtt_host.text().strip() or "localhost",
            port=self.mqtt_port.value(),
            username=self.mqtt_user.text().strip(),
            password=self.mqtt_password.text(),
            tls=self.mqtt_tls.isChecked(),
            kiosk_id=self.mqtt_id.text().strip(),
            discovery=self.mqtt_discovery.isChecked(),
            remote_open=self.mqtt_remote.isChecked(),
        )
        return cfg

    def test_camera(self) -> bool:
        """One frame from the source as typed, shown small, or the reason there is none. The
        camera the kiosk runs on is busy: its newest frame is what the kiosk already shows."""
        from faceapp.app.frameloop import probe_source
        from faceapp.gui.qtimage import to_pixmap

        spec = self.source.text().strip() or "0"
        if spec == self.running_source:
            self._say(tr("This is the camera the kiosk is using now"), True)
            return True
        try:
            frame = probe_source(spec, self.width_.value(), self.height_.value())
        except FaceAppError as e:
            self.preview.setVisible(False)
            self._say(tr("Camera test failed: {why}").format(why=e), False)
            return False
        self.preview.setPixmap(to_pixmap(frame, 160))
        self.preview.setVisible(True)
        h, w = frame.shape[:2]
        self._say(tr("Camera works: {w}x{h}").format(w=w, h=h), True)
        return True

    def test_door(self) -> bool:
        """Fire the output as the fields say (saved or not) and show how it went."""
        try:
            ok, text = self.test_door_fn(self.collect())
        except FaceAppError as e:  # the fields do not describe a usable output
            ok, text = False, tr("Door test failed: {why}").format(why=error_text(e))
        self._say(said(text), ok)
        return ok

    def test_mqtt(self) -> bool:
        """Connect to the broker as the fields say (saved or not) and show how it went."""
        ok, text = self.test_mqtt_fn(self.collect())
        self._say(said(text), ok)
        return ok

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b71c1c;")

    def looser(self, cfg: Config) -> str | None:
        """Why ``cfg`` would let more strangers in than the settings in force, if it would."""
        if (
            cfg.mqtt.enabled
            and cfg.mqtt.remote_open
            and not (self.cfg.mqtt.enabled and self.cfg.mqtt.remote_open)
        ):
            return tr("Anyone who can publish to the MQTT broker could open the door.")
        old, new = self.cfg.recognition, cfg.recognition
        if new.threshold is not None:
            ref = old.threshold if old.threshold is not None else self.in_force
            if ref is not None and new.threshold < ref - 1e-9:
                return tr("The threshold drops from {a:.3f} to {b:.3f}.").format(
                    a=ref, b=new.threshold
                )
            return None
        if old.threshold is None and new.target_fpir > old.target_fpir * (1 + 1e-9):
            return tr("At most 1 stranger in {b} instead of 1 in {a} would be let in.").format(
                a=number(round(1 / old.target_fpir)), b=number(round(1 / new.target_fpir))
            )
        if old.threshold is not None:  # manual -> level: compare thresholds for this model
            card = self.card()
            if card is not None:
                t = self._threshold(card, new.target_fpir).value
                if t < old.threshold - 1e-9:
                    return tr("The threshold drops from {a:.3f} to {b:.3f}.").format(
                        a=old.threshold, b=t
                    )
        return None

    def confirm(self, text: str) -> bool:
        """Ask before loosening security (a separate method so scripted use can answer)."""
        from faceapp.gui.ask import ask

        return ask(self, text, tr("Less secure"))

    def save(self) -> bool:
        cfg = self.collect()
        why = self.looser(cfg)
        if why and not self.confirm(why + " " + tr("More strangers could get in. Save anyway?")):
            self._say(tr("Not saved"), False)
            return False
        try:
            message = self.apply_fn(cfg)
        except FaceAppError as e:
            self._say(tr("Not saved: {why}").format(why=e), False)
            return False
        self.cfg = cfg
        self._say(message, True)
        self.problem.hide()  # the file now holds these valid settings
        self.changed.emit()
        return True

    def change_pin(self) -> bool:
        a, b = self.pin1.text(), self.pin2.text()
        if a != b:
            self._say(tr("The two PINs differ"), False)
            return False
        try:
            self.admin.set_pin(a)
        except FaceAppError as e:  # the rule (4 to 12 digits) lives in faceapp.core.security
            self._say(error_text(e), False)
            return False
        self.pin1.clear()
        self.pin2.clear()
        self._say(tr("Admin PIN changed"), True)
        self.changed.emit()
        return True
