"""Shared test fixtures.

Real parts only: the mediapipe detector, the shipped ONNX model, the reference EdgeFace teacher
exported by the trainer, real SQLite files and real photos. The data and teachers are found
through one setting, ``FACEAPP_SHARED`` (default: ``../shared`` beside the checkout); tests that
need them skip with the reason when they are absent.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Gallery keys of the whole session in one private folder (galleries outlive single tests):
# passed to galleries opened here, and found by the app (FACEAPP_KEY_DIR) in CLI and GUI tests.
KEYS = Path(tempfile.mkdtemp(prefix="faceapp-keys-"))
os.environ["FACEAPP_KEY_DIR"] = str(KEYS)
os.environ.setdefault("GLOG_minloglevel", "2")

# Fuzz tests explore new random inputs on developers' machines; under CI they replay a fixed
# derandomized set, so a landing never depends on luck (run `pytest tests/test_fuzz.py` often).
try:
    from hypothesis import settings as _hyp

    _hyp.register_profile("ci", derandomize=True, database=None)
    if os.environ.get("CI"):
        _hyp.load_profile("ci")
except ImportError:  # hypothesis is a dev dependency
    pass

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACEAPP_SHARED", ROOT.parent / "shared")).resolve()
OUTPUT = ROOT / "test-output"
LFW_DEV = SHARED / "faces" / "dev" / "lfw" / "images"
TEACHER_XS = SHARED / "teachers" / "edgeface_xs_q.pt"
CELEBA = SHARED / "faces" / "train" / "celeba"


def enroll(recognizer, name: str, photos, **kw):
    """Enroll through the application layer, as the front ends do (audited)."""
    from faceapp.app.admin import AdminService
    from faceapp.core.gallery import PersonDetails

    admin = AdminService(recognizer.gallery, "test", recognizer)
    return admin.enroll_photos(PersonDetails(name), photos, **kw)


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not found (set FACEAPP_SHARED to the shared data folder)")
    return path


def lfw(name: str, i: int) -> Path:
    return need(LFW_DEV / name / f"{name}_{i:04d}.jpg")


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Never touch the real user's gallery, config or models."""
    monkeypatch.setenv("FACEAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FACEAPP_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _qt_collects_on_its_own_thread(request):
    """Qt tests run with garbage collection on the GUI thread, as the kiosk does
    (``faceapp/gui/gc_thread.py``): the application's QApplication is pytest-qt's here."""
    if "qtbot" in request.fixturenames:
        from faceapp.gui.gc_thread import MainThreadCollector

        MainThreadCollector.install(request.getfixturevalue("qapp"))


@pytest.fixture(scope="session")
def teacher_onnx(tmp_path_factory) -> Path:
    """The reference EdgeFace-XS teacher exported to ONNX by the trainer, with thresholds
    calibrated on CelebA training identities (never on the LFW dev people tested here)."""
    pytest.importorskip("torch")
    need(TEACHER_XS)
    need(CELEBA)
    cache = ROOT / ".pytest_cache" / "teacher-xs"
    onnx = cache / "teacher-xs.onnx"
    if not (onnx.exists() and onnx.with_suffix(".json").exists()):
        from trainer.cli import main as train_main

        tmp = tmp_path_factory.mktemp("teacher")
        out = tmp / "teacher-xs.onnx"
        rc = train_main(
            [
                "export",
                "--checkpoint",
                str(TEACHER_XS),
                "--out",
                str(out),
                "--name",
                "teacher-xs",
                "--calibrate",
                str(CELEBA),
                "--calibrate-limit",
                "400",
            ]
        )
        assert rc == 0
        cache.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, onnx)
        shutil.copy(out.with_suffix(".json"), onnx.with_suffix(".json"))
    return onnx


@pytest.fixture(scope="session")
def default_onnx() -> Path:
    """The shipped default model, as the kiosk runs it (no torch needed)."""
    from faceapp.app.models import resolve_model

    return resolve_model("")


def install_copy(model: Path, folder: Path, name: str, stem: str | None = None) -> Path:
    """A copy of ``model`` installed in ``folder`` under another card name (a second model to
    switch to, without exporting one), as ``<stem or name>.onnx``."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{stem or name}.onnx"
    shutil.copy(model, dest)
    card = json.loads(model.with_suffix(".json").read_text())
    dest.with_suffix(".json").write_text(json.dumps({**card, "name": name, "file": dest.name}))
    return dest


@pytest.fixture(scope="session")
def embedder(default_onnx):
    """The shipped default model: the kiosk's tests run what a door runs, without torch."""
    from faceapp.core.embedding import Embedder

    return Embedder(default_onnx, threads=2)


@pytest.fixture(scope="session")
def shipped_pipeline(default_onnx, detector):
    """The kiosk as shipped: the default model, no torch anywhere."""
    from faceapp.core.embedding import Embedder
    from faceapp.core.pipeline import FacePipeline

    return FacePipeline(Embedder(default_onnx, threads=2), detector)


@pytest.fixture(scope="session")
def detector():
    from faceapp.core.detection import FaceDetector

    d = FaceDetector("auto")
    yield d
    d.close()


@pytest.fixture(scope="session")
def pipeline(embedder, detector):
    from faceapp.core.pipeline import FacePipeline

    return FacePipeline(embedder, detector)


@pytest.fixture
def http_server():
    """A real local HTTP server that records the webhooks it receives: (json, signature,
    raw body) each; the handler's ``status`` is the answer it gives."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    got: list[tuple[dict, str]] = []

    class Handler(BaseHTTPRequestHandler):
        status = 200

        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            got.append((json.loads(body), self.headers.get("X-Faceapp-Signature", ""), body))
            self.send_response(Handler.status)
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = HTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}/door", got, Handler
    srv.shutdown()
