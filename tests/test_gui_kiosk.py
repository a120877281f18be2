"""The kiosk window driven offscreen by pytest-qt: real widgets, real recognition.

A folder of 640x480 frames (a person enrolled, then strangers) plays through the kiosk; the
green welcome banner and then the red rejection must appear, with the events logged, and a
screenshot of each state is saved under test-output/ to be looked at.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

pytest.importorskip("pytestqt")

from conftest import KEYS, LFW_DEV, enroll, lfw, need  # noqa: E402

from faceapp.config import Config  # noqa: E402
from faceapp.core.gallery import Gallery  # noqa: E402
from faceapp.core.recognizer import Recognizer  # noqa: E402


def _frames(folder, photos):
    """640x480 frames of the photos; ``None`` is an empty doorway (someone has left)."""
    folder.mkdir()
    for k, src in enumerate(photos):
        canvas = np.full((480, 640, 3), 45, np.uint8)
        if src is not None:
            canvas[115:365, 195:445] = cv2.imread(str(src))
        cv2.imwrite(str(folder / f"{k:03d}.jpg"), canvas)
    return folder


def test_kiosk_grants_then_rejects(qtbot, tmp_path, pipeline, output_dir):
    from faceapp.app.system import Kiosk
    from faceapp.gui.app import KioskController
    from faceapp.gui.kiosk import GREEN, RED

    need(LFW_DEV)
    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, pipeline.embedder.card.threshold())
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    strangers = [
        p
        for d in sorted(LFW_DEV.iterdir())
        if len(list(d.glob("*.jpg"))) == 1
        for p in d.glob("*.jpg")
    ][:5]
    tony = [lfw("Tony_Blair", i) for i in (30, 31, 32, 33)]
    frames = _frames(tmp_path / "frames", tony + [None] * 6 + strangers)
    cfg = Config()
    cfg.recognition.cooldown_s = 0
    cfg.events.snapshots = 1
    ctl = KioskController(Kiosk(rec, cfg, str(frames)), fps=4)
    ctl.screen.banner_seconds = 30  # the grant holds while Tony is there...
    ctl.screen.resize(900, 700)
    qtbot.addWidget(ctl.screen)
    ctl.screen.show()
    seen = []
    ctl.worker.decided.connect(lambda d, name: seen.append((d.decision, name)))
    ctl.start()
    try:
        qtbot.waitUntil(lambda: ("granted", "Tony Blair") in seen, timeout=60_000)
        qtbot.wait(300)
        assert ctl.screen.last_banner == "Welcome, Tony Blair"
        assert GREEN in ctl.screen.banner.styleSheet()
        ctl.screen.grab().save(str(output_dir / "kiosk_granted.png"))
        # ...and a stranger who steps up after he has left gets an answer of their own
        qtbot.waitUntil(lambda: any(d == "unknown" for d, _ in seen), timeout=60_000)
        qtbot.wait(300)
        assert ctl.screen.last_banner == "Not recognised" and RED in ctl.screen.banner.styleSheet()
        assert "Door opened" not in ctl.screen.status.text()  # banner and status agree
        ctl.screen.grab().save(str(output_dir / "kiosk_denied.png"))
    finally:
        ctl.stop()
    events = gallery.events(decision="granted")
    assert events and events[0]["person_name"] == "Tony Blair"
    assert events[0]["has_snapshot"] and gallery.snapshot(events[0]["id"])[:2] == b"\xff\xd8"
    assert gallery.events(decision="unknown")
    admin = ctl.open_admin(None)  # the same decisions on the admin's events page
    qtbot.addWidget(admin)
    admin.tabs.setCurrentWidget(admin.events)
    shown = {admin.events.table.item(r, 2).text() for r in range(admin.events.table.rowCount())}
    assert {"Access granted", "Not recognised"} <= shown
    admin.grab().save(str(output_dir / "admin_events_after_run.png"))
    ctl.exit_kiosk()
    gallery.close()


def test_kiosk_switches_model_with_progress(qtbot, tmp_path, pipeline, default_onnx):
    """The "use this model" path: the running kiosk re-embeds its gallery and carries on."""
    from conftest import install_copy

    from faceapp.app.system import Kiosk
    from faceapp.gui.app import KioskController

    model = install_copy(default_onnx, tmp_path, "other")
    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, 0.3)
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    old = pipeline.embedder
    try:
        ctl = KioskController(Kiosk(rec, Config(), str(tmp_path / "frames")))
        qtbot.addWidget(ctl.screen)
        assert ctl.switch_model(str(model)) == 2
        assert rec.model_name == "other"
        assert gallery.models_in_use() == {rec.template_key: 2}
        assert rec.identify_photo(lfw("Tony_Blair", 8)).decision == "granted"
    finally:
        pipeline.embedder = old
        gallery.close()


def test_leaving_kiosk_mode_needs_the_admin_pin(qtbot, tmp_path, pipeline, monkeypatch):
    import io

    from faceapp.app.system import Kiosk
    from faceapp.cli.main import main
    from faceapp.gui.app import KioskController

    db = tmp_path / "g.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["set-pin", "--db", str(db)]) == 0
    gallery = Gallery(db, key_dir=KEYS)
    stored = gallery.get_setting("admin_pin")
    assert stored.startswith("scrypt$") and "2468" not in stored
    rec = Recognizer(gallery, pipeline, 0.3)
    ctl = KioskController(Kiosk(rec, Config(), str(tmp_path / "no-frames")))
    qtbot.addWidget(ctl.screen)
    ctl.screen.show()
    assert not ctl.try_exit(None) and not ctl.try_exit("1111")
    assert ctl.screen.isVisible() and "Wrong PIN" in ctl.screen.status.text()
    assert ctl.try_exit("2468") and not ctl.screen.isVisible()
    gallery.close()


def test_a_refused_person_is_told_why(qtbot):
    """Issue 15 #5: someone recognised but not allowed in sees "Access denied" and the reason
    the event log records, not "Not recognised"."""
    from faceapp.core.decision import DENIED, Decision
    from faceapp.gui.kiosk import RED, KioskScreen

    screen = KioskScreen()
    qtbot.addWidget(screen)
    screen.show_decision(Decision(DENIED, 7, 0.71, 5, "person is disabled"), "Tony Blair")
    assert screen.last_banner == "Access denied — Tony Blair\nperson is disabled"
    assert RED in screen.banner.styleSheet()


def test_pin_keypad_and_lock_out_message(qtbot, tmp_path, pipeline, monkeypatch):
    """Issue 15 #10: a touch keypad for the PIN; during a lock-out the screen says the admin
    area is locked and for how long, even when the right PIN is typed."""
    from PySide6.QtCore import Qt, QTimer

    from faceapp.app.system import Kiosk
    from faceapp.core.security import MAX_FAILURES
    from faceapp.gui.app import KioskController
    from faceapp.gui.pinpad import PinPad

    pad = PinPad()
    qtbot.addWidget(pad)
    for d in "13579":
        qtbot.mouseClick(pad.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.keys["⌫"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(pad, "2")
    assert pad.pin() == "13572" and pad.entry.echoMode() == pad.entry.EchoMode.Password

    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, 0.3)
    ctl = KioskController(Kiosk(rec, Config(), str(tmp_path / "frames")))
    try:
        ctl.admin_service().set_pin("2468")

        def type_pin(pin: str) -> None:
            for d in pin:
                qtbot.mouseClick(ctl.pinpad.keys[d], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(ctl.pinpad.keys["OK"], Qt.MouseButton.LeftButton)

        QTimer.singleShot(100, lambda: type_pin("2468"))
        ctl.ask_admin()  # the keypad, as at the door
        assert ctl.admin is not None
        ctl.admin.close()
        for _ in range(MAX_FAILURES):
            assert ctl.open_admin("0000") is None
        assert "locked for" in ctl.screen.status.text()
        assert ctl.open_admin("2468") is None  # right PIN, but locked out
        assert "try again in" in ctl.screen.status.text()
        assert "Wrong" not in ctl.screen.status.text()
    finally:
        ctl.exit_kiosk()
        gallery.close()


def test_camera_offline_and_source_ended_are_shown_and_logged(qtbot, tmp_path, pipeline):
    """Issue 15 #2: a camera that is not there puts the screen in a distinct "Camera offline -
    retrying" state (not "Please look at the camera") and the outage goes into the event log;
    a folder or video that ends says so instead of freezing on its last frame."""
    import cv2

    from faceapp.app.system import Kiosk
    from faceapp.gui.app import KioskController

    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, 0.3)
    ctl = KioskController(Kiosk(rec, Config(), "97"), fps=5)  # no camera 97
    try:
        ctl.start()
        qtbot.waitUntil(lambda: ctl.screen.last_banner.startswith("Camera offline"), timeout=8000)
        assert "retrying in" in ctl.screen.last_banner
        assert "cannot open camera" in ctl.screen.video.text()
        qtbot.waitUntil(lambda: bool(gallery.events(decision="source_offline")), timeout=3000)
        assert len(gallery.events(decision="source_offline")) == 1  # once, not per retry
    finally:
        ctl.exit_kiosk()
    frames = tmp_path / "frames"
    frames.mkdir()
    for i in range(2):
        cv2.imwrite(str(frames / f"{i}.jpg"), np.full((240, 320, 3), 90, np.uint8))
    ctl = KioskController(Kiosk(rec, Config(), str(frames)), fps=10)
    try:
        ctl.start()
        qtbot.waitUntil(lambda: ctl.screen.last_banner == "Source ended", timeout=8000)
    finally:
        ctl.exit_kiosk()
        gallery.close()


def test_the_kiosk_fits_small_panels(qtbot):
    """Issue 15 #4: long texts wrap inside an 800x480 panel; the window never grows past the
    screen and the gear stays on it."""
    from faceapp.core.decision import DENIED, Decision
    from faceapp.gui.kiosk import KioskScreen

    screen = KioskScreen()
    qtbot.addWidget(screen)
    screen.resize(800, 480)
    screen.show()
    screen.show_hint("Head turned too far: look straight at the camera, please, for a moment")
    screen.show_status("camera 0: cannot open camera (unplugged, wrong index/URL) " * 3, False)
    screen.show_decision(
        Decision(DENIED, 3, 0.6, 5, "outside the person's validity window"),
        "Maximilian Alexander von Habsburg-Lothringen",
    )
    qtbot.wait(50)
    assert screen.width() <= 800
    gear = screen.gear.geometry()
    assert gear.right() <= screen.width() and gear.bottom() <= screen.height()


@pytest.mark.parametrize("cancel", [False, True])
def test_start_up_brings_an_old_gallery_forward_behind_a_progress_dialog(
    qtbot, tmp_path, output_dir, cancel
):
    """A kiosk started on a gallery of an earlier model re-embeds it first, with a progress
    dialog that says what it is doing and closes when done; the admin's Cancel leaves the
    gallery as it was, and the door screen then says it needs updating."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from faceapp.app.system import Kiosk
    from faceapp.cli.main import main
    from faceapp.gui.app import KioskController, reembed_progress

    need(LFW_DEV)
    db = tmp_path / "g.db"
    photos = [str(lfw("Tony_Blair", i)) for i in (3, 4)]
    assert main(["enroll", "--db", str(db), "--name", "Tony", *photos]) == 0
    with Gallery(db, key_dir=KEYS) as g:  # as an earlier release filed them
        g.conn.execute("UPDATE templates SET model = 'edgeface-xxs-int8'")
    cfg = Config()
    cfg.db = str(db)
    shown = []

    def dialogs() -> list:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]

    with reembed_progress() as progress:

        def watched(done: int, total: int) -> bool:
            going = progress(done, total)
            visible = [d for d in dialogs() if d.isVisible()]
            shown.append((done, [(d.labelText(), d.value(), d.maximum()) for d in visible]))
            if visible and not done:
                visible[0].grab().save(str(output_dir / "startup_reembed_progress.png"))
                if cancel:  # the admin presses Cancel before the work is done
                    qtbot.mouseClick(visible[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
                    going = progress(done, total)
            return going

        kiosk = Kiosk.from_config(cfg, "none", progress=watched)
    ctl = KioskController(kiosk)
    qtbot.addWidget(ctl.screen)
    ctl.screen.show()
    try:
        # shown from the start, with what it is doing and how much there is to do...
        assert shown[0] == (0, [("Re-embedding the gallery for the new model...", 0, 2)])
        # ...then, all done (or cancelled there and then), gone
        assert len(shown) == 1 if cancel else shown[-1] == (2, [])
        assert not [d for d in dialogs() if d.isVisible()]
        rec = kiosk.recognizer
        assert rec.stale_templates == (2 if cancel else 0)
        if cancel:
            assert kiosk.gallery.models_in_use() == {"edgeface-xxs-int8": 2}
            assert ctl.screen.last_banner == "Gallery needs updating - ask the administrator"
        else:
            assert kiosk.gallery.models_in_use() == {rec.template_key: 2}
            assert rec.identify_photo(lfw("Tony_Blair", 7)).decision == "granted"
            assert ctl.screen.last_banner == "Please look at the camera"
    finally:
        ctl.exit_kiosk()
        kiosk.gallery.close()
