"""Door outputs against real endpoints on this machine: an HTTP server on 127.0.0.1, a
program, pyserial's loopback port; failures are reported, never raised into the kiosk."""

from __future__ import annotations

import hashlib
import hmac
import logging
import sys

import pytest

from faceapp.core.door import (
    CommandOutput,
    DoorController,
    DoorError,
    DoorEvent,
    SerialRelayOutput,
    WebhookOutput,
    build_output,
)

EVENT = DoorEvent("granted", "Ada", 7, 0.83)


def test_webhook_signed_and_secret_never_logged(http_server, caplog):
    url, got, _ = http_server
    out = WebhookOutput(url, secret="s3cret-value")
    caplog.set_level(logging.DEBUG)
    ctl = DoorController(out, pulse_s=0.5)
    ctl.trigger(EVENT).join(5)
    body, sig, raw = got[0]
    assert body["person"] == "Ada" and body["decision"] == "granted" and body["pulse_s"] == 0.5
    assert sig == "sha256=" + hmac.new(b"s3cret-value", raw, hashlib.sha256).hexdigest()
    assert "s3cret-value" not in caplog.text and "s3cret-value" not in repr(out)
    assert ctl.failures == 0


def test_webhook_failures_are_reported_not_raised(http_server):
    url, _, handler = http_server
    handler.status = 500
    seen = []
    ctl = DoorController(WebhookOutput(url), on_status=lambda t, ok: seen.append((t, ok)))
    ctl.trigger(EVENT).join(5)
    ctl2 = DoorController(
        WebhookOutput("http://127.0.0.1:9/none", timeout=1),
        on_status=lambda t, ok: seen.append((t, ok)),
    )
    ctl2.trigger(EVENT).join(5)
    assert ctl.failures == 1 and ctl2.failures == 1
    assert "HTTP 500" in seen[0][0] and not seen[0][1]
    assert "unreachable" in seen[1][0]


def test_command_output(tmp_path):
    log = tmp_path / "door.log"
    script = tmp_path / "open_door.py"
    script.write_text(
        "import os,sys\nopen(sys.argv[1],'a').write(os.environ['FACEAPP_PERSON']"
        " + ' ' + os.environ['FACEAPP_SCORE'] + '\\n')\n"
    )
    CommandOutput(f"{sys.executable} {script} {log}").fire(EVENT, 0.1)
    assert log.read_text() == "Ada 0.8300\n"
    with pytest.raises(DoorError, match="exit code 3"):
        CommandOutput(f"{sys.executable} -c 'raise SystemExit(3)'").fire(EVENT, 0.1)
    with pytest.raises(DoorError, match="not found"):
        CommandOutput("/no/such/program").fire(EVENT, 0.1)


def test_serial_relay_on_loopback():
    import serial

    written = bytearray()

    class LoopPort:  # pyserial's loop:// port, recording what the relay would receive
        def __init__(self):
            self.port = serial.serial_for_url("loop://", timeout=0.2)

        def write(self, data):
            written.extend(data)
            return self.port.write(data)

        def flush(self):
            self.port.flush()

        def close(self):
            self.port.close()

    out = SerialRelayOutput("loop://", on="A00101A2", off="A00100A1")
    out.open_port = LoopPort
    out.fire(EVENT, 0.01)
    assert bytes(written) == bytes.fromhex("A00101A2A00100A1")
    with pytest.raises(DoorError, match="relay not reachable"):
        SerialRelayOutput("/dev/does-not-exist").fire(EVENT, 0.01)


def test_config_builds_outputs():
    assert build_output("dryrun").name == "dry run"
    with pytest.raises(DoorError, match="unknown"):
        build_output("carrier-pigeon")
    with pytest.raises(DoorError, match="http"):
        build_output("webhook", url="ftp://x")
