"""MQTT against a real Mosquitto broker on loopback, checked by a real paho subscriber.

The kiosk's decisions come from the real detector and model on LFW photos; the broker is
started, stopped and restarted by the tests (Debian package ``mosquitto``; ``.ci/run``
installs it, and these tests skip with the reason where it cannot be had).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from getpass import getuser
from pathlib import Path

import cv2
import pytest
from conftest import KEYS, enroll, lfw

from faceapp.config import Config
from faceapp.core.gallery import Gallery
from faceapp.core.mqtt import MqttLink, MqttSettings, probe_broker
from faceapp.core.recognizer import Recognizer

mqtt = pytest.importorskip("paho.mqtt.client")
MOSQUITTO = shutil.which("mosquitto") or shutil.which("mosquitto", path="/usr/sbin:/sbin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Broker:
    """A Mosquitto on 127.0.0.1 that a test can stop and start again on the same port."""

    def __init__(
        self, folder: Path, users: dict[str, str] | None = None, tls: dict | None = None
    ) -> None:
        self.port = free_port()
        # as root, mosquitto would become user "mosquitto", who cannot read pytest's folders
        lines = [f"listener {self.port} 127.0.0.1", "persistence false", f"user {getuser()}"]
        lines += [f"{k} {v}" for k, v in (tls or {}).items()]
        if users:
            pw = folder / "passwords"
            for i, (user, password) in enumerate(users.items()):
                flags = ["-c"] if i == 0 else []
                subprocess.run(
                    ["mosquitto_passwd", "-b", *flags, str(pw), user, password], check=True
                )
            lines += ["allow_anonymous false", f"password_file {pw}"]
        else:
            lines.append("allow_anonymous true")
        self.conf = folder / "mosquitto.conf"
        self.conf.write_text("\n".join(lines) + "\n")
        self.proc: subprocess.Popen | None = None

    def start(self) -> Broker:
        self.proc = subprocess.Popen(
            [MOSQUITTO, "-c", str(self.conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        end = time.monotonic() + 10
        while time.monotonic() < end:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"mosquitto did not start: {self.proc.stderr.read()!r}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(5)
            self.proc = None


@pytest.fixture
def broker(tmp_path):
    if MOSQUITTO is None:
        pytest.skip("mosquitto not installed (Debian package 'mosquitto'; .ci/run installs it)")
    b = Broker(tmp_path).start()
    yield b
    b.stop()


class Listener:
    """A paho subscriber to everything, recording (topic, payload, retained)."""

    def __init__(self, port: int, **connect) -> None:
        self.messages: list[tuple[str, str, bool]] = []
        self._lock = threading.Lock()
        self.c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        self.c.on_message = self._on_message
        self.c.on_connect = lambda c, *a: c.subscribe("#", qos=1)
        self.c.connect("127.0.0.1", port, keepalive=30)
        self.c.loop_start()

    def _on_message(self, client, userdata, msg) -> None:
        with self._lock:
            self.messages.append((msg.topic, msg.payload.decode(), bool(msg.retain)))

    def wait(self, pred, timeout: float = 10.0) -> list[tuple[str, str, bool]]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                found = [m for m in self.messages if pred(m)]
            if found:
                return found
            time.sleep(0.05)
        raise AssertionError(f"no such message; got {[m[:2] for m in self.messages][-20:]}")

    def payloads(self, topic: str) -> list[str]:
        with self._lock:
            return [p for t, p, _ in self.messages if t == topic]

    def close(self) -> None:
        self.c.disconnect()
        self.c.loop_stop()


def settings(broker: Broker, **kw) -> MqttSettings:
    return MqttSettings(
        enabled=True, host="127.0.0.1", port=broker.port, kiosk_id="Front Door", **kw
    )


def test_discovery_payloads_and_availability_are_retained(broker):
    """A Home Assistant that connects later finds the device: four retained configs on one
    device, and the kiosk online."""
    link = MqttLink(settings(broker, remote_open=True), version="9.9")
    try:
        assert link.wait_connected(10), link.status()
        time.sleep(0.3)
        sub = Listener(broker.port)  # connects after the kiosk: retained messages only
        sub.wait(lambda m: m[0] == "edgeface/front_door/availability" and m[1] == "online")
        sub.wait(lambda m: m[0] == "homeassistant/event/front_door/access/config")  # the last
        configs = {
            t: json.loads(p) for t, p, r in sub.messages if t.startswith("homeassistant/") and r
        }
        assert set(configs) == {
            "homeassistant/lock/front_door/door/config",
            "homeassistant/sensor/front_door/last_person/config",
            "homeassistant/binary_sensor/front_door/camera/config",
            "homeassistant/event/front_door/access/config",
        }
        lock = configs["homeassistant/lock/front_door/door/config"]
        assert lock["command_topic"] == "edgeface/front_door/door/set"
        assert lock["state_topic"] == "edgeface/front_door/door"
        assert {c["device"]["identifiers"][0] for c in configs.values()} == {"edgeface_front_door"}
        assert all(c["availability_topic"].endswith("/availability") for c in configs.values())
        assert len({c["unique_id"] for c in configs.values()}) == 4
        event = configs["homeassistant/event/front_door/access/config"]
        assert set(event["event_types"]) == {"granted", "denied", "unknown", "spoof"}
        sub.close()
    finally:
        link.close()
    # a clean shutdown says offline itself
    sub = Listener(broker.port)
    sub.wait(lambda m: m[0] == "edgeface/front_door/availability" and m[1] == "offline")
    sub.close()


def test_without_remote_open_commands_do_nothing(broker, pipeline, tmp_path):
    from faceapp.app.system import Kiosk

    cfg = Config()
    cfg.mqtt = settings(broker)
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        kiosk = Kiosk(Recognizer(g, pipeline, 0.3), cfg, "test")
        try:
            assert kiosk.mqtt.wait_connected(10)
            sub = Listener(broker.port)
            found = sub.wait(lambda m: m[0].endswith("/door/config"))
            assert found[0][0].startswith("homeassistant/binary_sensor/")
            assert "command_topic" not in json.loads(found[0][1])
            sub.c.publish("edgeface/front_door/door/set", "UNLOCK", qos=1).wait_for_publish(5)
            time.sleep(1.0)
            assert not g.events(kind="admin") and "UNLOCKED" not in sub.payloads(
                "edgeface/front_door/door"
            )
            sub.close()
        finally:
            kiosk.close()


def _decide(kiosk, photo: Path, frames: int = 8) -> str | None:
    frame = cv2.imread(str(photo))
    for _ in range(frames):
        d = kiosk.loop.process(frame).decision
        if d is not None:
            return d.decision
    return None


def test_kiosk_publishes_decisions_door_person_and_camera(broker, pipeline, tmp_path):
    """Real photos through the kiosk's live loop: a grant and a stranger each arrive as an
    event, the grant also as the last person and a door that unlocks for its pulse, then
    locks; a camera that goes away is published as offline."""
    from faceapp.app.system import Kiosk

    cfg = Config()
    cfg.recognition.liveness = False  # still photos cannot blink
    cfg.door.pulse_s = 0.5
    cfg.mqtt = settings(broker)
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        rec = Recognizer(g, pipeline, 0.3)
        enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
        kiosk = Kiosk(rec, cfg, "test")
        sub = Listener(broker.port)
        try:
            assert kiosk.mqtt.wait_connected(10)
            kiosk.record_source(True, "camera 0")
            assert _decide(kiosk, lfw("Tony_Blair", 9)) == "granted"
            kiosk.loop.set_policy(kiosk.loop.engine.policy)  # the next person, a stranger
            assert _decide(kiosk, lfw("Colin_Powell", 1)) == "unknown"
            sub.wait(lambda m: m[0].endswith("/event") and '"unknown"' in m[1])
            events = [json.loads(p) for p in sub.payloads("edgeface/front_door/event")]
            granted = next(e for e in events if e["event_type"] == "granted")
            assert granted["person"] == "Tony Blair" and granted["score"] >= 0.3
            assert granted["decision"] == "granted" and granted["source"] == "test"
            assert granted["ts"]
            assert any(e["event_type"] == "unknown" and e["person"] is None for e in events)
            sub.wait(lambda m: m[0] == "edgeface/front_door/person" and m[1] == "Tony Blair")
            sub.wait(lambda m: m[0].endswith("/door") and m[1] == "LOCKED", timeout=5)
            assert sub.payloads("edgeface/front_door/door")[-2:] == ["UNLOCKED", "LOCKED"]
            sub.wait(lambda m: m[0].endswith("/camera") and m[1] == "online")
            kiosk.record_source(False, "camera unplugged", retry_s=5)
            sub.wait(lambda m: m[0].endswith("/camera") and m[1] == "offline")
        finally:
            sub.close()
            kiosk.close()


def test_remote_open_is_off_by_default_and_audited_when_on(broker, pipeline, tmp_path):
    from faceapp.app.system import Kiosk

    assert MqttSettings().remote_open is False and MqttSettings().enabled is False
    cfg = Config()
    cfg.mqtt = settings(broker, remote_open=True)
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        kiosk = Kiosk(Recognizer(g, pipeline, 0.3), cfg, "test")
        fired = []
        kiosk.door.on_status = lambda text, ok: fired.append((text, ok))
        sub = Listener(broker.port)
        try:
            assert kiosk.mqtt.wait_connected(10)
            time.sleep(0.3)  # the kiosk's subscription is in place
            sub.c.publish("edgeface/front_door/door/set", "UNLOCK", qos=1).wait_for_publish(5)
            sub.wait(lambda m: m[0] == "edgeface/front_door/door" and m[1] == "UNLOCKED")
            end = time.monotonic() + 5
            while not g.events(kind="admin") and time.monotonic() < end:
                time.sleep(0.05)
            (audit,) = g.events(kind="admin")
            assert audit["decision"] == "remote_open" and audit["source"] == "mqtt"
            assert fired and fired[0][1]  # the door output fired
        finally:
            sub.close()
            kiosk.close()


def test_broker_down_queues_bounded_then_reconnects(broker):
    """With the broker gone, publishing returns at once and keeps the newest messages up to
    the bound, counting the rest as lost; after the broker comes back they are delivered."""
    said: list[tuple[str, bool]] = []
    link = MqttLink(
        settings(broker, queue=3, discovery=False), on_status=lambda t, ok: said.append((t, ok))
    )
    try:
        assert link.wait_connected(10)
        broker.stop()
        end = time.monotonic() + 10
        while link.connected and time.monotonic() < end:
            time.sleep(0.05)
        assert not link.connected and "not reachable" in link.status()
        t0 = time.perf_counter()
        for k in range(5):
            link.decision({"decision": "unknown", "person": None, "score": 0.1 * k})
        assert time.perf_counter() - t0 < 0.5  # recognition is never held up
        assert "3 message(s) waiting" in link.status() and "2 lost" in link.status()
        assert any("1 lost" in t and not ok for t, ok in said)  # the status line was told
        broker.start()
        sub = Listener(broker.port)
        assert link.wait_connected(40), link.status()
        got = sub.wait(lambda m: m[0].endswith("/event") and '"score": 0.4' in m[1], timeout=10)
        scores = [json.loads(p)["score"] for p in sub.payloads("edgeface/front_door/event")]
        assert got and scores == pytest.approx([0.2, 0.3, 0.4])
        assert "waiting" not in link.status() and "2 lost" in link.status()
        sub.close()
    finally:
        link.close()


def test_last_will_says_offline_when_the_kiosk_is_killed(broker, tmp_path):
    script = (
        "import sys, time\n"
        "from faceapp.core.mqtt import MqttLink, MqttSettings, probe_broker\n"
        f"link = MqttLink(MqttSettings(enabled=True, host='127.0.0.1', port={broker.port},"
        " kiosk_id='front door', discovery=False))\n"
        "assert link.wait_connected(10)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        sub = Listener(broker.port)
        sub.wait(lambda m: m[0] == "edgeface/front_door/availability" and m[1] == "online")
        proc.kill()  # SIGKILL: no goodbye, the broker's last will speaks
        sub.wait(lambda m: m[0] == "edgeface/front_door/availability" and m[1] == "offline")
        sub.close()
    finally:
        proc.kill()
        proc.wait()


def test_username_and_password(tmp_path):
    if MOSQUITTO is None or shutil.which("mosquitto_passwd") is None:
        pytest.skip("mosquitto not installed (Debian package 'mosquitto'; .ci/run installs it)")
    b = Broker(tmp_path, users={"kiosk": "s3cret"}).start()
    try:
        bad = MqttLink(settings(b, username="kiosk", password="wrong", discovery=False))
        end = time.monotonic() + 10
        while "refused" not in bad.status() and time.monotonic() < end:
            time.sleep(0.05)
        assert not bad.connected and "refused" in bad.status(), bad.status()
        assert "wrong" not in repr(bad.settings)
        bad.close()
        good = MqttLink(settings(b, username="kiosk", password="s3cret", discovery=False))
        assert good.wait_connected(10), good.status()
        good.close()
    finally:
        b.stop()


def test_settings_page_tests_and_applies_mqtt(qtbot, broker, pipeline, tmp_path, output_dir):
    """An installer fills in the MQTT section: Test connection says it works, allowing remote
    opening is confirmed first, and saving connects the running kiosk (Home Assistant's
    discovery appears on the broker)."""
    pytest.importorskip("pytestqt")
    from faceapp.app.system import Kiosk
    from faceapp.gui.app import KioskController

    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        rec = Recognizer(g, pipeline, 0.3)
        kiosk = Kiosk(rec, Config(), str(tmp_path / "frames"), config_path=tmp_path / "k.yaml")
        ctl = KioskController(kiosk, fps=3)
        try:
            admin = ctl.open_admin(None)
            qtbot.addWidget(admin)
            page = admin.settings
            admin.tabs.setCurrentWidget(page)
            assert not page.mqtt_host.isVisibleTo(page)  # off: only the switch shows
            page.mqtt_on.setChecked(True)
            page.mqtt_host.setText("127.0.0.1")
            page.mqtt_port.setValue(broker.port)
            page.mqtt_id.setText("Front Door")
            assert page.test_mqtt() and "MQTT works" in page.status.text()
            page.mqtt_port.setValue(free_port())  # nobody there
            assert not page.test_mqtt() and "not reachable" in page.status.text()
            page.mqtt_port.setValue(broker.port)
            page.mqtt_remote.setChecked(True)
            asked: list[str] = []
            page.confirm = lambda text: asked.append(text) or True
            sub = Listener(broker.port)
            assert page.save(), page.status.text()
            assert asked and "open the door" in asked[0]
            assert kiosk.mqtt is not None and kiosk.mqtt.wait_connected(10)
            sub.wait(lambda m: m[0] == "homeassistant/lock/front_door/door/config")
            (audit,) = [e for e in g.events(kind="admin") if e["decision"] == "settings"]
            assert "mqtt.enabled" in json.dumps(audit["details"])
            page.mqtt_group.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(
                page.mqtt_group
            )
            admin.grab().save(str(output_dir / "admin_settings_mqtt.png"))
            sub.close()
        finally:
            ctl.exit_kiosk()
    assert kiosk.mqtt is None  # closed with the kiosk


def test_tls_with_the_installers_ca(tmp_path):
    """A broker with a certificate from a private CA: the kiosk connects with that CA file,
    and refuses the broker without it (the certificate cannot be verified)."""
    if MOSQUITTO is None or shutil.which("openssl") is None:
        pytest.skip("mosquitto or openssl not installed (.ci/run installs mosquitto)")

    def ssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=tmp_path)

    ssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "1",
        "-subj",
        "/CN=kiosk test CA",
    )
    ssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    )
    (tmp_path / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    ssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "san.ext")  # fmt: skip
    files = {"cafile": "ca.pem", "certfile": "server.pem", "keyfile": "server.key"}
    tls = {k: tmp_path / f for k, f in files.items()}
    b = Broker(tmp_path, tls=tls).start()
    try:
        ok, text = probe_broker(settings(b, tls=True, ca_file=str(tmp_path / "ca.pem")))
        assert ok and "with TLS" in text, text
        link = MqttLink(settings(b, tls=True, ca_file=str(tmp_path / "ca.pem"), discovery=False))
        assert link.wait_connected(10), link.status()
        link.close()
        ok, text = probe_broker(settings(b, tls=True))  # the system's CAs do not know it
        assert not ok and "certificate" in text.lower(), text
        ok, text = probe_broker(settings(b))  # plain MQTT to a TLS port
        assert not ok, text
    finally:
        b.stop()
