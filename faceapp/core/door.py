"""Door outputs: what happens when access is granted.

Pluggable, configured in the ``door`` section of the config:

- ``dryrun``  - only logs (the default: nothing leaves the machine unless configured);
- ``webhook`` - HTTP POST of a small JSON event to a URL, signed with HMAC-SHA256 when a secret
  is set (header ``X-Faceapp-Signature``); the secret is never logged;
- ``command`` - runs a program (no shell) with the event in environment variables;
- ``serial``  - a USB/serial relay (pyserial): ``on`` bytes, pulse, ``off`` bytes; the defaults
  are those of the common LCUS-1 USB relay boards.

A :class:`DoorController` runs outputs off the recognition thread, so a slow webhook never
stalls the video, and reports failures through a callback; nothing it does can raise into the
kiosk loop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import shlex
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from faceapp.core.errors import FaceAppError, Reason

log = logging.getLogger(__name__)


class DoorError(FaceAppError):
    exit_code = 8


@dataclass
class DoorEvent:
    decision: str
    person: str | None
    person_id: int | None
    score: float | None
    ts: str = ""

    def to_dict(self) -> dict:
        return {
            "decision": self.decision,
            "person": self.person,
            "person_id": self.person_id,
            "score": self.score,
            "ts": self.ts or dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }


class DryRunOutput:
    name = "dry run"

    def __init__(self) -> None:
        self.fired: list[DoorEvent] = []

    def fire(self, event: DoorEvent, pulse_s: float) -> None:
        self.fired.append(event)
        log.info("door (dry run): would open for %s", event.person)


class WebhookOutput:
    name = "webhook"

    def __init__(self, url: str, secret: str = "", timeout: float = 3.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise DoorError(
                Reason("webhook URL must start with http:// or https:// (got {url})", url=repr(url))
            )
        self.url, self._secret, self.timeout = url, secret, timeout

    def __repr__(self) -> str:  # never show the secret
        return f"WebhookOutput({self.url!r}, secret={'***' if self._secret else 'none'})"

    def fire(self, event: DoorEvent, pulse_s: float) -> None:
        body = json.dumps({**event.to_dict(), "pulse_s": pulse_s}).encode()
        req = urllib.request.Request(
            self.url, data=body, method="POST", headers={"Content-Type": "application/json"}
        )
        if self._secret:
            sig = hmac.new(self._secret.encode(), body, hashlib.sha256).hexdigest()
            req.add_header("X-Faceapp-Signature", f"sha256={sig}")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:  # noqa: S310
                if r.status >= 300:
                    raise DoorError(Reason("webhook answered HTTP {code}", code=r.status), self.url)
        except urllib.error.HTTPError as e:
            raise DoorError(Reason("webhook answered HTTP {code}", code=e.code), self.url) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise DoorError(Reason("webhook unreachable ({why})", why=reason), self.url) from None


class CommandOutput:
    name = "command"

    def __init__(self, command: str, timeout: float = 10.0) -> None:
        self.argv = shlex.split(command)
        if not self.argv:
            raise DoorError(Reason("door command is empty"))
        self.timeout = timeout

    def fire(self, event: DoorEvent, pulse_s: float) -> None:
        env = {
            **os.environ,
            "FACEAPP_DECISION": event.decision,
            "FACEAPP_PERSON": event.person or "",
            "FACEAPP_PERSON_ID": str(event.person_id or ""),
            "FACEAPP_SCORE": "" if event.score is None else f"{event.score:.4f}",
            "FACEAPP_PULSE_S": str(pulse_s),
        }
        try:
            r = subprocess.run(
                self.argv, env=env, timeout=self.timeout, capture_output=True, text=True
            )
        except FileNotFoundError:
            raise DoorError(Reason("door command not found"), self.argv[0]) from None
        except subprocess.TimeoutExpired:
            raise DoorError(
                Reason("door command took longer than {s} s", s=self.timeout), self.argv[0]
            ) from None
        if r.returncode != 0:
            last = (r.stderr.strip().splitlines() or [""])[-1][:200]
            raise DoorError(
                Reason(
                    "door command failed with exit code {code} {last}", code=r.returncode, last=last
                )
                if last
                else Reason("door command failed with exit code {code}", code=r.returncode),
                self.argv[0],
            )


class SerialRelayOutput:
    name = "serial relay"

    def __init__(
        self, port: str, baud: int = 9600, on: str = "A00101A2", off: str = "A00100A1"
    ) -> None:
        self.port, self.baud = port, baud
        self.on, self.off = bytes.fromhex(on), bytes.fromhex(off)

    def open_port(self):
        import serial

        return serial.serial_for_url(self.port, self.baud, timeout=1)

    def fire(self, event: DoorEvent, pulse_s: float) -> None:
        import serial

        try:
            s = self.open_port()
            try:
                s.write(self.on)
                s.flush()
                time.sleep(pulse_s)
                s.write(self.off)
                s.flush()
            finally:
                s.close()
        except (serial.SerialException, OSError) as e:
            raise DoorError(Reason("relay not reachable ({why})", why=str(e)), self.port) from None


def build_output(
    kind: str,
    url: str = "",
    secret: str = "",
    command: str = "",
    serial_port: str = "",
    baud: int = 9600,
):
    if kind in ("", "dryrun", "none"):
        return DryRunOutput()
    if kind == "webhook":
        return WebhookOutput(url, secret)
    if kind == "command":
        return CommandOutput(command)
    if kind == "serial":
        if not serial_port:
            raise DoorError(Reason("serial relay needs a port (e.g. /dev/ttyUSB0)"))
        return SerialRelayOutput(serial_port, baud)
    raise DoorError(
        Reason("unknown door output {kind} (dryrun, webhook, command, serial)", kind=repr(kind))
    )


class DoorController:
    """Fires the output for granted decisions on its own thread; reports how it went."""

    def __init__(
        self, output, pulse_s: float = 1.0, on_status: Callable[[str, bool], None] | None = None
    ) -> None:
        self.output, self.pulse_s = output, pulse_s
        self.on_status = on_status or (lambda text, ok: None)
        self.failures = 0
        self._threads: list[threading.Thread] = []

    def trigger(self, event: DoorEvent) -> threading.Thread:
        t = threading.Thread(target=self._fire, args=(event,), name="door", daemon=True)
        self._threads = [x for x in self._threads if x.is_alive()] + [t]
        t.start()
        return t

    def _fire(self, event: DoorEvent) -> None:
        try:
            self.output.fire(event, self.pulse_s)
        except DoorError as e:
            self.failures += 1
            log.error("door output failed: %s", e)
            self.on_status(f"Door output failed: {e}", False)
        except Exception as e:  # noqa: BLE001 - an output must never take the kiosk down
            self.failures += 1
            log.exception("door output crashed")
            self.on_status(f"Door output failed: {e}", False)
        else:
            self.on_status(f"Door opened ({self.output.name})", True)

    def wait(self, timeout: float = 5.0) -> None:
        for t in list(self._threads):
            t.join(timeout)
