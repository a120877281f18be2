"""The REST API against a real uvicorn on loopback, driven by httpx, on real photos, the shipped
model and a real gallery file."""

from __future__ import annotations

import io
import socket
import sqlite3
import threading

import cv2
import numpy as np
import pytest
from conftest import KEYS, lfw

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from faceapp.config import ApiConfig, Config  # noqa: E402
from faceapp.core.gallery import Gallery  # noqa: E402
from faceapp.core.recognizer import Recognizer  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def api(tmp_path, pipeline):
    """A kiosk's API on 127.0.0.1 with one token; yields (client with the token, kiosk)."""
    from faceapp.api.server import ApiServer
    from faceapp.app.admin import AdminService
    from faceapp.app.system import Kiosk

    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        token = AdminService(g, "cli").create_token("test-script")
        kiosk = Kiosk(Recognizer(g, pipeline, 0.3), Config(), "api")
        server = ApiServer(kiosk, ApiConfig(port=free_port(), max_upload_mb=1.0)).start()
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
            yield client, kiosk
        server.stop()
        kiosk.close()


def upload(*photos, field="photos"):
    return [(field, (p.name, p.read_bytes(), "image/jpeg")) for p in photos]


def counts(kiosk) -> tuple:
    c = sqlite3.connect(kiosk.gallery.path)
    try:
        return tuple(
            c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("people", "templates", "negatives")
        )
    finally:
        c.close()


def test_tokens_are_required_and_repeated_failures_are_rate_limited(api):
    client, kiosk = api
    assert client.get("/api/health").status_code == 200
    bare = httpx.Client(base_url=str(client.base_url))
    r = bare.get("/api/people")
    assert r.status_code == 401 and "token" in r.json()["error"]
    for _ in range(4):
        r = bare.get("/api/people", headers={"Authorization": "Bearer efk_wrong"})
        assert r.status_code == 401
    r = bare.get("/api/people", headers={"Authorization": "Bearer efk_wrong"})
    assert r.status_code in (401, 429)
    r = client.get("/api/people")  # even the right token waits: the address is locked out
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    bare.close()
    assert kiosk.gallery.tokens()[0]["last_used"]  # the good token's uses are recorded


def test_people_lifecycle_through_the_api_is_audited(api):
    client, kiosk = api
    r = client.post(
        "/api/people",
        data={"name": "Tony Blair", "external_id": "T-1"},
        files=upload(lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)),
    )
    assert r.status_code == 201, r.text
    tony = r.json()["person"]
    assert tony["templates"] == 2 and sorted(r.json()["enrolled"]) == [
        "Tony_Blair_0003.jpg",
        "Tony_Blair_0004.jpg",
    ]
    assert [p["name"] for p in client.get("/api/people").json()] == ["Tony Blair"]
    assert client.get("/api/people/T-1").json()["id"] == tony["id"]

    r = client.post("/api/identify", files=upload(lfw("Tony_Blair", 9), field="photo"))
    assert r.status_code == 200 and r.json()["decision"] == "granted"
    assert r.json()["person"] == "Tony Blair"
    r = client.patch(f"/api/people/{tony['id']}", json={"notes": "front desk"})
    assert r.json()["changed"] == ["notes"] and r.json()["person"]["notes"] == "front desk"
    assert client.post(f"/api/people/{tony['id']}/disable").json()["enabled"] is False
    r = client.post("/api/identify", files=upload(lfw("Tony_Blair", 9), field="photo"))
    assert r.json()["decision"] == "denied" and r.json()["reason"] == "person is disabled"
    assert client.post(f"/api/people/{tony['id']}/enable").json()["enabled"] is True
    pair = upload(lfw("Tony_Blair", 3), field="photo_a") + upload(
        lfw("Tony_Blair", 9), field="photo_b"
    )
    r = client.post("/api/verify", files=pair)
    assert r.json()["same"] is True and r.json()["score"] > r.json()["threshold"]
    assert client.delete(f"/api/people/{tony['id']}").json()["deleted"] == tony["id"]
    assert client.get(f"/api/people/{tony['id']}").status_code == 404
    assert counts(kiosk) == (0, 0, 0)

    audit = kiosk.gallery.events(kind="admin")
    assert [e["decision"] for e in audit][:5] == ["delete", "enable", "disable", "edit", "enroll"]
    assert {e["source"] for e in audit[:5]} == {"api"}
    used = kiosk.gallery.events(kind="api")
    assert {e["source"] for e in used} == {"test-script"}
    assert used[-1]["decision"] == "POST /api/people"
    assert any(e["decision"] == "DELETE /api/people/{key}" for e in used)

    ev = client.get("/api/events", params={"kind": "admin", "limit": 3}).json()
    assert [e["decision"] for e in ev] == ["delete", "enable", "disable"]
    csv = client.get("/api/events.csv", params={"kind": "admin"})
    assert csv.headers["content-type"].startswith("text/csv") and "enroll" in csv.text
    models = client.get("/api/models").json()
    assert any(m["running"] for m in models)
    running = client.get("/api/models/running").json()
    assert running["name"] == kiosk.recognizer.model_name
    health = client.get("/api/health").json()
    assert health["ok"] and health["people"] == 0
    assert client.post("/api/self-test").json()["ok"] is True
    assert "/api/identify" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200


def test_bad_input_gets_4xx_and_changes_nothing(api, tmp_path):
    client, kiosk = api
    r = client.post("/api/people", data={"name": "Ada"}, files=upload(lfw("Laura_Bush", 1)))
    assert r.status_code == 201
    before = counts(kiosk)

    big = tmp_path / "big.png"  # about 2 MB of noise: over the 1 MB limit
    cv2.imwrite(str(big), np.random.default_rng(0).integers(0, 255, (900, 900, 3), np.uint8))
    r = client.post("/api/identify", files=upload(big, field="photo"))
    assert r.status_code == 413 and "too large" in r.json()["error"]
    text = tmp_path / "notes.jpg"
    text.write_text("this is not a photo")
    r = client.post("/api/people", data={"name": "Bob"}, files=upload(text))
    assert r.status_code == 415 and "notes.jpg" in r.json()["error"]
    wall = tmp_path / "wall.jpg"
    cv2.imwrite(str(wall), np.full((480, 640, 3), 200, np.uint8))
    r = client.post("/api/people", data={"name": "Wall"}, files=upload(wall))
    assert r.status_code == 422 and "wall.jpg" in r.json()["error"]
    r = client.post("/api/identify", files=upload(wall, field="photo"))
    assert r.status_code == 422 and "no face" in r.json()["error"]
    assert client.get("/api/people/Nobody").status_code == 404
    assert client.patch("/api/people/Nobody", json={"notes": "x"}).status_code == 404
    assert client.delete("/api/people/999").status_code == 404
    r = client.post("/api/people", data={"name": "Laura again"}, files=upload(lfw("Laura_Bush", 1)))
    assert r.status_code == 409 and "Ada" in r.json()["error"]  # the same face: a duplicate
    r = client.post("/api/people", files=upload(lfw("Laura_Bush", 1)))  # no name
    assert r.status_code == 422 and "name" in r.json()["error"]
    r = client.patch("/api/people/Ada", json={"enabled": "maybe"})
    assert r.status_code == 422
    assert counts(kiosk) == before
    assert client.get("/api/people/Ada").json()["notes"] == ""


def test_concurrent_clients_lose_nothing(api):
    """20 clients x 50 requests (reads, identifications and edits, interleaved): no error,
    every request in the event log, every edit applied and audited."""
    client, kiosk = api
    r = client.post("/api/people", data={"name": "Colin"}, files=upload(lfw("Colin_Powell", 1)))
    assert r.status_code == 201
    probe = lfw("Colin_Powell", 2).read_bytes()
    api_before = len(kiosk.gallery.events(kind="api"))
    errors: list[str] = []

    def worker(n: int) -> None:
        with httpx.Client(
            base_url=str(client.base_url), headers=dict(client.headers), timeout=120
        ) as c:
            for k in range(50):
                if k % 10 == 0:
                    r = c.post("/api/identify", files=[("photo", ("p.jpg", io.BytesIO(probe)))])
                    ok = r.status_code == 200 and r.json()["decision"] == "granted"
                elif k % 10 == 5:
                    r = c.patch("/api/people/Colin", json={"notes": f"client {n} edit {k}"})
                    ok = r.status_code == 200
                else:
                    r = c.get("/api/people" if k % 2 else "/api/health")
                    ok = r.status_code == 200
                if not ok:
                    errors.append(f"{r.status_code} {r.text[:100]}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert errors == []
    assert len(kiosk.gallery.events(kind="api")) - api_before == 20 * 50
    edits = kiosk.gallery.events(kind="admin", decision="edit")
    assert len(edits) == 20 * 5
    assert counts(kiosk)[:2] == (1, 1)
    assert kiosk.gallery.integrity_check() == "ok"


def test_serve_and_token_commands(tmp_path, default_onnx):
    """`faceapp api-token create` then `faceapp serve` in its own process: the token works
    until `faceapp api-token revoke`; Ctrl+C stops the server cleanly, also where it was
    started with SIGINT ignored (a background command of a script)."""
    import json
    import os
    import signal
    import subprocess
    import sys

    db = tmp_path / "g.db"
    common = ["--db", str(db), "--model", str(default_onnx)]
    env = {**os.environ, "FACEAPP_KEY_DIR": str(KEYS)}

    def cli(*args):
        out = subprocess.run(
            [sys.executable, "-m", "faceapp.cli.main", *args, *common, "--json"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    token = cli("api-token", "create", "door-script")["token"]
    assert token.startswith("efk_")
    port = free_port()
    # started as a shell without job control starts a background command: SIGINT ignored
    proc = subprocess.Popen(
        [sys.executable, "-m", "faceapp.cli.main", "serve", "--port", str(port), *common],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )  # fmt: skip
    try:
        line = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in line, (line, proc.stderr.read() if proc.poll() else "")
        url = f"http://127.0.0.1:{port}/api/health"
        r = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and r.json()["people"] == 0
        (listed,) = cli("api-token", "list")
        assert listed["name"] == "door-script" and listed["last_used"] and "hash" not in listed
        cli("api-token", "revoke", "door-script")
        r = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
    finally:
        proc.kill()
        proc.wait()
    with Gallery(db, key_dir=KEYS) as g:
        actions = [e["decision"] for e in g.events(kind="admin")]
    assert actions[:2] == ["token_revoke", "token_create"]
    assert token not in (db.read_bytes() + b"").decode("latin-1")  # only its hash is stored
