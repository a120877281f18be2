"""MQTT: the kiosk's decisions, door and camera on a broker, and Home Assistant discovery.

Installers wire doors and cameras through MQTT (Frigate and Double Take publish this way), so
the kiosk publishes, under ``<prefix>/<kiosk id>/``:

- ``event``        every decision as JSON (``event_type`` is the decision: granted, denied,
  unknown, spoof; with person, score, liveness, time), not retained;
- ``person``       the last person let in (retained);
- ``door``         ``UNLOCKED`` for the door output's pulse after a grant, then ``LOCKED``
  (retained): a relay or an automation may act on it;
- ``camera``       ``online`` / ``offline`` (retained);
- ``availability`` ``online`` while connected, ``offline`` by the broker's last will when the
  kiosk dies, or on a clean shutdown (retained);
- ``door/set``     where ``UNLOCK`` opens the door remotely, only with ``remote_open`` on
  (off by default; every remote open is an audited admin action).

With discovery on, retained configs under ``<discovery prefix>/<component>/<kiosk id>/...``
make the kiosk appear in Home Assistant as one device: a lock for the door (a lock sensor when
remote opening is off), a sensor for the last person, a connectivity sensor for the camera and
an event entity for decisions.

paho's network thread reconnects with back-off. A broker that is down never stops
recognition: messages wait in a bounded queue and are sent on reconnection; past the bound
the oldest are dropped and counted as lost, which :meth:`MqttLink.status` says in words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from faceapp.core.errors import FaceAppError, Reason

log = logging.getLogger(__name__)

StatusFn = Callable[[str, bool], None]


class MqttError(FaceAppError):
    exit_code = 8


@dataclass(frozen=True)
class MqttSettings:
    """Where the broker is and what to publish (the config's ``mqtt`` section; off unless
    ``enabled``: nothing leaves the kiosk until the admin configures it)."""

    enabled: bool = False
    host: str = "localhost"
    port: int = 1883
    username: str = ""
    password: str = ""
    tls: bool = False
    ca_file: str = ""
    prefix: str = "edgeface"
    kiosk_id: str = ""
    discovery: bool = True
    discovery_prefix: str = "homeassistant"
    remote_open: bool = False
    queue: int = 1000

    def __repr__(self) -> str:  # never show the password
        return f"MqttSettings({self.host}:{self.port}, id={self.node_id!r})"

    @property
    def node_id(self) -> str:
        """The kiosk's id in topics: the configured one or this machine's name, in the
        characters topics and Home Assistant ids accept."""
        raw = self.kiosk_id or socket.gethostname() or "kiosk"
        return re.sub(r"[^A-Za-z0-9_-]+", "_", raw).strip("_").lower() or "kiosk"

    def topic(self, leaf: str) -> str:
        return f"{self.prefix}/{self.node_id}/{leaf}"


def discovery_configs(s: MqttSettings, version: str) -> dict[str, dict]:
    """Home Assistant MQTT discovery payloads by config topic: one device, four entities."""
    node = s.node_id
    device = {
        "identifiers": [f"edgeface_{node}"],
        "name": f"EdgeFace kiosk {node}",
        "manufacturer": "EdgeFace kiosk",
        "model": "face-recognition door kiosk",
        "sw_version": version,
    }
    common = {"availability_topic": s.topic("availability"), "device": device}

    def cfg(component: str, obj: str, **body: object) -> tuple[str, dict]:
        topic = f"{s.discovery_prefix}/{component}/{node}/{obj}/config"
        return topic, {**common, "unique_id": f"edgeface_{node}_{obj}", **body}

    if s.remote_open:
        door = cfg(
            "lock",
            "door",
            name="Door",
            state_topic=s.topic("door"),
            command_topic=s.topic("door/set"),
            payload_unlock="UNLOCK",
            payload_lock="LOCK",
            state_locked="LOCKED",
            state_unlocked="UNLOCKED",
        )
    else:  # no command topic: Home Assistant shows the door's state only
        door = cfg(
            "binary_sensor",
            "door",
            name="Door",
            device_class="lock",  # on = unlocked
            state_topic=s.topic("door"),
            payload_on="UNLOCKED",
            payload_off="LOCKED",
        )
    return dict(
        [
            door,
            cfg("sensor", "last_person", name="Last person", state_topic=s.topic("person"),
                icon="mdi:account-check"),
            cfg("binary_sensor", "camera", name="Camera", device_class="connectivity",
                state_topic=s.topic("camera"), payload_on="online", payload_off="offline"),
            cfg("event", "access", name="Access", state_topic=s.topic("event"),
                event_types=["granted", "denied", "unknown", "spoof"]),
        ]
    )  # fmt: skip


def _client(s: MqttSettings, client_id: str):
    """A paho client with the settings' login and TLS (not yet connected)."""
    import paho.mqtt.client as mqtt  # imported late: only kiosks that use MQTT load it

    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=True)
    if s.username:
        c.username_pw_set(s.username, s.password or None)
    if s.tls:
        try:
            c.tls_set(ca_certs=s.ca_file or None)
        except (OSError, ValueError) as e:
            raise MqttError(f"TLS set-up failed ({e})", s.ca_file) from None
    return c


def probe_broker(s: MqttSettings, timeout: float = 5.0) -> tuple[bool, str]:
    """Connect once with these settings and say in words how it went (Settings' Test button).
    Uses its own client id, so the kiosk's running connection is not displaced."""
    where = f"{s.host}:{s.port}"
    answer: list = []
    try:
        c = _client(s, f"edgeface-{s.node_id}-test")
        c.on_connect = lambda client, userdata, flags, rc, props: answer.append(rc)
        c.connect(s.host, s.port, keepalive=10)
    except (OSError, ValueError, MqttError) as e:
        why = str(e)
        return False, Reason(
            "MQTT test failed: broker {at} not reachable ({why})", at=where, why=why
        )
    c.loop_start()
    end = time.monotonic() + timeout
    while not answer and time.monotonic() < end:
        time.sleep(0.05)
    c.disconnect()
    c.loop_stop()
    if not answer:
        return False, Reason(
            "MQTT test failed: no answer from {at} within {s:.0f} s", at=where, s=timeout
        )
    if answer[0].is_failure:
        return False, Reason(
            "MQTT test failed: {at} refused the connection ({why})", at=where, why=str(answer[0])
        )
    if s.tls:
        return True, Reason("MQTT works: connected to {at} with TLS", at=where)
    return True, Reason("MQTT works: connected to {at}", at=where)


class MqttLink:
    """One connection to the broker for the kiosk's lifetime; every method is thread-safe and
    returns at once (paho's own thread does the network work)."""

    def __init__(
        self,
        settings: MqttSettings,
        on_remote_open: Callable[[str, str], None] | None = None,
        on_status: StatusFn | None = None,
        version: str = "",
    ) -> None:
        self.settings = s = settings
        self.on_remote_open = on_remote_open
        self.on_status = on_status or (lambda text, ok: None)
        self.version = version
        self.pulse_s = 1.0  # how long the door output holds the door open (the door config)
        self.connected = False
        self.refused = False  # the broker answered no (login, authorisation)
        self.lost = 0
        self.last_error = ""
        self._lock = threading.Lock()
        self._waiting: deque[tuple[str, str, bool]] = deque()
        c = _client(s, f"edgeface-{s.node_id}")
        c.will_set(s.topic("availability"), "offline", qos=1, retain=True)
        c.reconnect_delay_set(min_delay=1, max_delay=30)
        c.on_connect = self._on_connect
        c.on_disconnect = self._on_disconnect
        c.on_connect_fail = self._on_connect_fail
        c.on_message = self._on_message
        self._client = c
        c.connect_async(s.host, s.port, keepalive=30)
        c.loop_start()

    # -- what the kiosk publishes ---------------------------------------------------------
    def decision(self, event: dict) -> None:
        """One decision (``decision``, ``person``, ``score``, ``liveness``, ...)."""
        ts = event.get("ts") or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        payload = {"event_type": event["decision"], **event, "ts": ts}
        self._send(self.settings.topic("event"), json.dumps(payload), retain=False)
        if event["decision"] == "granted":
            if event.get("person"):
                self._send(self.settings.topic("person"), str(event["person"]), retain=True)
            self.door_opened()

    def door_opened(self) -> None:
        """The door is unlocked for the door output's pulse, then locked again."""
        self.door(True)
        t = threading.Timer(self.pulse_s, self.door, args=(False,))
        t.daemon = True
        t.start()

    def door(self, unlocked: bool) -> None:
        self._send(self.settings.topic("door"), "UNLOCKED" if unlocked else "LOCKED", True)

    def camera(self, online: bool) -> None:
        self._send(self.settings.topic("camera"), "online" if online else "offline", True)

    def status(self) -> str:
        """The link's state in plain words (the kiosk's status line, Settings)."""
        s = self.settings
        with self._lock:
            waiting, lost = len(self._waiting), self.lost
        if self.connected:
            text = f"MQTT connected to {s.host}:{s.port}"
        elif self.refused:
            text = f"MQTT broker {s.host}:{s.port} refused the connection ({self.last_error})"
        else:
            why = f" ({self.last_error})" if self.last_error else ""
            text = f"MQTT broker {s.host}:{s.port} not reachable{why}, retrying"
        if waiting:
            text += f"; {waiting} message(s) waiting"
        if lost:
            text += f"; {lost} lost (queue full)"
        return text

    def wait_connected(self, timeout: float) -> bool:
        """Block until connected (tests, the Settings page's Test button)."""
        end = time.monotonic() + timeout
        while not self.connected and time.monotonic() < end:
            time.sleep(0.05)
        return self.connected

    def close(self) -> None:
        """Say ``offline`` and disconnect (a clean shutdown; a crash leaves it to the will)."""
        c = self._client
        if self.connected:
            info = c.publish(self.settings.topic("availability"), "offline", qos=1, retain=True)
            with contextlib.suppress(RuntimeError, ValueError):  # not sent in time: the will
                info.wait_for_publish(2.0)
        c.disconnect()
        c.loop_stop()

    # -- internals ------------------------------------------------------------------------
    def _send(self, topic: str, payload: str, retain: bool) -> None:
        with self._lock:
            if self.connected:
                self._client.publish(topic, payload, qos=1, retain=retain)
                return
            dropped = len(self._waiting) >= max(1, self.settings.queue)
            if dropped:
                self._waiting.popleft()
                self.lost += 1
            self._waiting.append((topic, payload, retain))
        if dropped and (self.lost == 1 or self.lost % 100 == 0):  # said, not on every frame
            log.warning("MQTT queue full: %d message(s) lost", self.lost)
            self.on_status(self.status(), False)

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            self.last_error, self.refused = str(reason_code), True
            log.error("MQTT broker refused the connection: %s", reason_code)
            self.on_status(f"MQTT: broker refused the connection ({reason_code})", False)
            return
        s = self.settings
        client.publish(s.topic("availability"), "online", qos=1, retain=True)
        if s.discovery:
            for topic, body in discovery_configs(s, self.version).items():
                client.publish(topic, json.dumps(body), qos=1, retain=True)
        if s.remote_open:
            client.subscribe(s.topic("door/set"), qos=1)
        with self._lock:
            self.connected, self.last_error, self.refused = True, "", False
            while self._waiting:
                topic, payload, retain = self._waiting.popleft()
                client.publish(topic, payload, qos=1, retain=retain)
        log.info("MQTT connected to %s:%d", s.host, s.port)
        self.on_status(self.status(), True)

    def _on_connect_fail(self, client, userdata) -> None:
        self.last_error = "no answer"

    def _on_disconnect(self, client, userdata, flags, reason_code, properties) -> None:
        with self._lock:
            was, self.connected = self.connected, False
        if was:
            self.last_error = str(reason_code)
            log.warning("MQTT connection lost (%s); reconnecting", reason_code)
            self.on_status(self.status(), False)

    def _on_message(self, client, userdata, msg) -> None:
        if msg.topic != self.settings.topic("door/set") or not self.settings.remote_open:
            return
        payload = msg.payload.decode("utf-8", "replace").strip().upper()
        if payload in ("UNLOCK", "OPEN") and self.on_remote_open is not None:
            try:
                self.on_remote_open("mqtt", self.settings.host)
            except Exception:  # noqa: BLE001 - a failing door must not kill paho's thread
                log.exception("remote open failed")
        elif payload == "LOCK":
            self.door(False)  # the door locks by itself after its pulse; just say so
