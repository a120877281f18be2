"""The admin area driven offscreen by pytest-qt: real widgets over a real gallery and model.

Enrollment through the wizard (photo import and live capture), the people page (edit, disable,
delete), events (filters, snapshots, CSV), settings (threshold, model switch with re-embedding,
PIN change, saved YAML) and the admin session timeout. Screenshots of each page go to
test-output/ to be looked at.
"""

from __future__ import annotations

import csv

import pytest

pytest.importorskip("pytestqt")

from conftest import KEYS, LFW_DEV, enroll, install_copy, lfw, need  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from faceapp.config import Config, load_config  # noqa: E402
from faceapp.core.gallery import Gallery  # noqa: E402
from faceapp.core.recognizer import Recognizer  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def kiosk(qtbot, tmp_path, pipeline):
    """A kiosk controller over a fresh gallery, not started; the shared pipeline's model is
    put back afterwards (a test may switch it)."""
    from faceapp.app.system import Kiosk
    from faceapp.gui.app import KioskController

    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, pipeline.embedder.card.threshold())
    old = pipeline.embedder
    kiosk = Kiosk(rec, Config(), str(tmp_path / "frames"), config_path=str(tmp_path / "k.yaml"))
    ctl = KioskController(kiosk, fps=3)
    ctl.screen.resize(900, 700)
    yield ctl  # not handed to qtbot: its teardown close would ask for the admin PIN
    ctl.exit_kiosk()  # no PIN prompt when pytest-qt closes the window
    pipeline.embedder = old
    gallery.close()


def _enroll(qtbot, admin, name, photos, external_id=""):
    from PySide6.QtWidgets import QWizard

    wiz = admin.open_enroll()
    qtbot.addWidget(wiz)
    form = wiz.who.form
    qtbot.keyClicks(form.name, name)
    qtbot.keyClicks(form.external_id, external_id)
    wiz.next()
    assert wiz.currentPage() is wiz.faces
    wiz.faces.add_photos([str(p) for p in photos])
    return wiz, QWizard.WizardButton.FinishButton


def test_wizard_enrolls_people_and_warns_of_duplicates(qtbot, kiosk, output_dir):
    need(LFW_DEV)
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    assert admin.warning.isVisible()  # no PIN yet: the admin is told to set one

    wiz, finish = _enroll(
        qtbot, admin, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)], "E-100"
    )
    assert wiz.faces.thumbs.count() == 2 and "2 of 5" in wiz.faces.count.text()
    wiz.grab().save(str(output_dir / "admin_wizard_faces.png"))
    wiz.next()
    assert wiz.currentPage() is wiz.review and wiz.review.crops.count() == 2
    assert not wiz.review.warning.isVisible()
    wiz.grab().save(str(output_dir / "admin_wizard_review.png"))
    qtbot.mouseClick(wiz.button(finish), LEFT)
    qtbot.waitUntil(lambda: admin.wizard is None)

    not_a_photo = output_dir / "not-a-photo.jpg"
    not_a_photo.write_bytes(b"this is not an image")
    wiz, finish = _enroll(
        qtbot, admin, "Colin Powell", [lfw("Colin_Powell", 1), lfw("Colin_Powell", 2), not_a_photo]
    )
    assert wiz.faces.thumbs.count() == 2
    assert "not-a-photo.jpg" in wiz.faces.feedback.text()  # the bad file is named, not fatal
    wiz.next()
    qtbot.mouseClick(wiz.button(finish), LEFT)
    qtbot.waitUntil(lambda: admin.wizard is None)

    gallery = kiosk.loop.recognizer.gallery
    people = {p.name: p for p in gallery.people()}
    assert people["Tony Blair"].templates == 2 and people["Tony Blair"].external_id == "E-100"
    assert people["Colin Powell"].templates == 2
    assert kiosk.loop.recognizer.identify_photo(lfw("Colin_Powell", 5)).person.name == (
        "Colin Powell"
    )

    # Tony again under another name: the review page warns and Finish waits for a decision.
    wiz, finish = _enroll(qtbot, admin, "Not Tony", [lfw("Tony_Blair", 8)])
    wiz.next()
    assert wiz.review.warning.isVisible() and "Tony Blair" in wiz.review.warning.text()
    assert not wiz.button(finish).isEnabled()
    wiz.grab().save(str(output_dir / "admin_wizard_duplicate.png"))
    wiz.reject()
    assert {p.name for p in gallery.people()} == {"Tony Blair", "Colin Powell"}

    admin.tabs.setCurrentWidget(admin.people)
    assert admin.people.table.rowCount() == 2
    assert not admin.people.table.item(0, 0).icon().isNull()  # thumbnail from the stored crop
    admin.grab().save(str(output_dir / "admin_people.png"))


def test_wizard_takes_the_face_a_photo_is_framed_on_and_says_why_in_german(
    qtbot, kiosk, tmp_path, output_dir
):
    """Photo import in German: a photo of Megawati beside a colleague of her size is taken
    (her face, the one it is framed on; the thumbnail shows it), a photo of two people side
    by side is refused with the reason in German, and the guided capture that follows speaks
    German too (its next pose, and what the camera sees)."""
    import cv2
    import numpy as np

    from faceapp.gui.text import set_language

    need(LFW_DEV)
    two = tmp_path / "zwei.jpg"
    cv2.imwrite(
        str(two),
        np.hstack(
            [cv2.imread(str(lfw("Hugo_Chavez", 1))), cv2.imread(str(lfw("Jennifer_Capriati", 1)))]
        ),
    )
    frames = tmp_path / "frames"  # the kiosk's camera: an empty doorway
    frames.mkdir()
    for k in range(30):
        cv2.imwrite(str(frames / f"{k:03d}.jpg"), np.full((480, 640, 3), 45, np.uint8))
    kiosk.start()
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    try:
        set_language("de")
        wiz, finish = _enroll(
            qtbot, admin, "Megawati Sukarnoputri", [lfw("Megawati_Sukarnoputri", 3), two]
        )
        assert wiz.faces.thumbs.count() == 1
        assert wiz.faces.feedback.text() == (
            "zwei.jpg: 2 Gesichter ähnlicher Größe; bitte ein Foto mit nur einer Person verwenden"
        )
        wiz.resize(900, 700)
        wiz.grab().save(str(output_dir / "admin_wizard_framed_photo_de.png"))
        qtbot.mouseClick(wiz.faces.capture_btn, LEFT)  # then the camera, for more poses
        assert wiz.faces.feedback.text() in (
            "drehen Sie den Kopf etwas nach rechts",
            "kein Gesicht im Bild",
        )
        qtbot.waitUntil(lambda: wiz.faces.feedback.text() == "kein Gesicht im Bild")
        qtbot.mouseClick(wiz.faces.capture_btn, LEFT)
        wiz.next()
        qtbot.mouseClick(wiz.button(finish), LEFT)
        qtbot.waitUntil(lambda: admin.wizard is None)
    finally:
        set_language("en")
    ident = kiosk.loop.recognizer.identify_photo(lfw("Megawati_Sukarnoputri", 1))
    assert ident.decision == "granted" and ident.person.name == "Megawati Sukarnoputri"


def test_wizard_guided_capture_from_the_camera(qtbot, kiosk, tmp_path, output_dir):
    """Live frames from the kiosk's worker: frames are taken only when they pass the quality
    gate and differ in pose; the kiosk decides nothing meanwhile."""
    import cv2
    import numpy as np

    need(LFW_DEV)
    folder = tmp_path / "frames"
    folder.mkdir()
    for k, i in enumerate([1, 2, 3, 5, 6, 7, 9, 10, 11, 12]):
        canvas = np.full((480, 640, 3), 45, np.uint8)
        canvas[115:365, 195:445] = cv2.imread(str(lfw("Hugo_Chavez", i)))
        cv2.imwrite(str(folder / f"{k:03d}.jpg"), canvas)
    cv2.imwrite(str(folder / "999.jpg"), np.full((480, 640, 3), 45, np.uint8))  # nobody
    kiosk.start()
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    wiz = admin.open_enroll()
    qtbot.keyClicks(wiz.who.form.name, "Hugo Chavez")
    wiz.next()
    assert wiz.faces.capture_btn.isEnabled()
    qtbot.mouseClick(wiz.faces.capture_btn, LEFT)
    assert kiosk.worker.capture_only
    qtbot.waitUntil(lambda: len(wiz.session.captures) >= 3, timeout=60_000)
    wiz.grab().save(str(output_dir / "admin_wizard_capture.png"))
    poses = [(c.yaw, c.pitch) for c in wiz.session.captures]
    assert all(
        abs(a[0] - b[0]) + abs(a[1] - b[1]) >= 4.0
        for i, a in enumerate(poses)
        for b in poses[i + 1 :]
    )
    wiz.next()
    qtbot.mouseClick(wiz.button(wiz.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: admin.wizard is None)
    assert not kiosk.worker.capture_only
    person = kiosk.loop.recognizer.gallery.person("Hugo Chavez")
    assert person.templates == len(poses)
    assert not kiosk.loop.decisions  # no access decision while enrolling


def test_people_page_edit_disable_delete(qtbot, kiosk, output_dir, monkeypatch):
    from PySide6.QtCore import QTimer

    need(LFW_DEV)
    rec = kiosk.loop.recognizer
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    enroll(rec, "Colin Powell", [lfw("Colin_Powell", 1), lfw("Colin_Powell", 2)])
    tony = rec.gallery.person("Tony Blair")
    rec.gallery.log_event("access", "granted", tony.id, "Tony Blair", 0.8, snapshot=b"jpeg")
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.people

    page.select("Tony Blair")
    qtbot.mouseClick(page.toggle_btn, LEFT)
    assert not rec.gallery.person("Tony Blair").enabled
    shut = rec.identify_photo(lfw("Tony_Blair", 8))  # recognised, and told why not (#5)
    assert shut.decision == "denied" and shut.reason == "person is disabled"
    assert page.toggle_btn.text() == "Enable"
    qtbot.mouseClick(page.toggle_btn, LEFT)
    assert rec.identify_photo(lfw("Tony_Blair", 8)).decision == "granted"

    def fill():  # the modal edit dialog, filled like a user would
        dlg = page.dialog
        dlg.form.external_id.clear()
        qtbot.keyClicks(dlg.form.external_id, "E-7")
        dlg.form.valid_until.check.setChecked(True)
        dlg.form.valid_until.edit.setDateTime(dlg.form.valid_until.edit.dateTime().addDays(-1))
        dlg.accept()

    page.select("Tony Blair")
    QTimer.singleShot(200, fill)
    assert page.edit_selected()
    tony = rec.gallery.person("Tony Blair")
    assert tony.external_id == "E-7" and tony.valid_until and not tony.valid_at()
    assert rec.identify_photo(lfw("Tony_Blair", 8)).decision == "denied"  # expired
    row = next(
        r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == "Tony Blair"
    )
    assert page.table.item(row, 5).text() == "outside validity"
    admin.grab().save(str(output_dir / "admin_people_edit.png"))

    page.select("Tony Blair")
    monkeypatch.setattr(page, "confirm", lambda text: "cannot be undone" in text)
    assert page.delete_selected()
    assert [p.name for p in rec.gallery.people()] == ["Colin Powell"]
    assert all(pid != tony.id for _, pid, _ in rec.gallery.template_crops())
    assert rec.gallery.snapshot(rec.gallery.events(decision="granted")[0]["id"]) is None
    assert rec.identify_photo(lfw("Tony_Blair", 8)).decision == "unknown"
    assert page.table.rowCount() == 1


def test_settings_switch_model_threshold_pin_and_save(qtbot, kiosk, default_onnx, output_dir):
    """Settings apply to the running kiosk and persist: a model switch re-embeds the gallery
    from its crops, the manual threshold takes effect, the PIN changes, the YAML is written."""
    from faceapp.core.security import PinGuard
    from faceapp.paths import data_dir

    need(LFW_DEV)
    install_copy(default_onnx, data_dir() / "models", "other")
    rec = kiosk.loop.recognizer
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.settings
    admin.tabs.setCurrentWidget(page)
    assert page.model.count() >= 2  # the shipped default and the user's model
    assert page.preset.count() >= 2
    admin.grab().save(str(output_dir / "admin_settings.png"))

    page.model.setCurrentIndex(page.model.findText("other", flags=Qt.MatchFlag.MatchContains))
    page.manual.setChecked(True)
    page.slider.setValue(42)
    page.window.setValue(4)
    page.agree.setValue(2)
    page.door.setCurrentIndex(page.door.findData("webhook"))
    page.url.setText("http://127.0.0.1:9/open")
    page.secret.setText("s3cret")
    assert page.save(), page.status.text()
    assert rec.model_name == "other"
    assert rec.gallery.models_in_use() == {rec.template_key: 2}
    assert rec.threshold == pytest.approx(0.42)
    assert kiosk.loop.engine.policy.window == 4 and kiosk.loop.engine.policy.agree == 2
    saved = load_config(kiosk.kiosk.config_path)
    assert saved.recognition.model == "other" and saved.recognition.threshold == 0.42
    assert saved.door.output == "webhook" and saved.door.secret == "s3cret"
    assert rec.identify_photo(lfw("Tony_Blair", 9)).decision == "granted"

    page.door.setCurrentIndex(page.door.findData("serial"))  # no port: refused, nothing saved
    page.serial_port.clear()
    assert not page.save() and "port" in page.status.text()
    assert load_config(kiosk.kiosk.config_path).door.output == "webhook"

    page.pin1.setText("1357")
    page.pin2.setText("1358")
    assert not page.change_pin() and "differ" in page.status.text()
    page.pin2.setText("1357")
    assert page.change_pin()
    assert PinGuard(rec.gallery).check("1357")


def test_events_page_filters_snapshots_and_csv(qtbot, kiosk, tmp_path, output_dir):
    import cv2
    import numpy as np

    need(LFW_DEV)
    rec = kiosk.loop.recognizer
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    tony = rec.gallery.person("Tony Blair")
    face = cv2.imread(str(lfw("Tony_Blair", 9)))
    ok, jpg = cv2.imencode(".jpg", face)
    rec.gallery.log_event(
        "access", "granted", tony.id, tony.name, 0.71, "live", snapshot=jpg.tobytes()
    )
    rec.gallery.log_event("access", "unknown", None, None, 0.12, "live")
    rec.gallery.log_event("access", "spoof", tony.id, tony.name, 0.69, "spoof")
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.events
    admin.tabs.setCurrentWidget(page)
    # three accesses, the enrollment and this admin session's start
    assert page.table.rowCount() == 5
    granted = next(r for r in range(5) if page.table.item(r, 2).text() == "Access granted")
    assert page.table.item(granted, 2).data(Qt.ItemDataRole.UserRole) == "granted"
    assert not page.table.item(granted, 6).icon().isNull()
    admin.grab().save(str(output_dir / "admin_events.png"))
    page.decision.setCurrentIndex(page.decision.findData("spoof"))
    assert page.table.rowCount() == 1 and page.table.item(0, 5).text() == "spoof"
    page.decision.setCurrentIndex(0)
    page.person.setText("Tony")
    assert page.table.rowCount() == 3
    out = page.export_csv(str(tmp_path / "ev.csv"))
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3 and {r["decision"] for r in rows} == {"granted", "spoof", "enroll"}
    assert np.isfinite([float(r["score"]) for r in rows if r["score"]]).all()


def test_admin_session_times_out_and_pin_guards_it(qtbot, kiosk):
    from faceapp.core.security import PinGuard

    rec = kiosk.loop.recognizer
    PinGuard(rec.gallery).set_pin("2468")
    assert kiosk.open_admin(None) is None and kiosk.open_admin("1111") is None
    assert "Wrong PIN" in kiosk.screen.status.text()
    admin = kiosk.open_admin("2468")
    assert admin is not None and not admin.warning.isVisible()
    closed = []
    admin.closed.connect(closed.append)
    admin.set_timeout(0.3)
    qtbot.waitUntil(lambda: closed == ["timeout"], timeout=5000)
    assert kiosk.admin is None
    assert rec.gallery.events(decision="session_timeout")


def test_settings_security_level_in_plain_words(qtbot, kiosk, output_dir):
    """The security level is chosen as strangers let in per identification; the page says
    which threshold that needs for the gallery as it is, and saving applies the level to the
    running kiosk, whose threshold then follows the gallery's size."""
    from faceapp.app.system import security_level

    rec = kiosk.loop.recognizer
    rec.set_level(security_level(kiosk.cfg))  # the configured level, as the kiosk starts
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.settings
    admin.tabs.setCurrentWidget(page)
    assert page.preset.currentData() == pytest.approx(1e-3)  # the recommended default
    assert "1 stranger in 1,000" in page.preset.currentText()
    words = page.preset_help.text()
    # the shipped model scores people by their mean template: one comparison per person
    assert "With 1 person enrolled" in words and f"{rec.threshold:.3f}" in words
    admin.grab().save(str(output_dir / "admin_settings_security.png"))
    before = rec.threshold
    page.preset.setCurrentIndex(page.preset.findData(1e-4))
    assert page.preset_help.text() != words  # the explanation follows the choice
    assert page.save(), page.status.text()
    assert rec.level.fpir == pytest.approx(1e-4) and rec.threshold > before
    assert load_config(kiosk.kiosk.config_path).recognition.target_fpir == pytest.approx(1e-4)
    strict = rec.threshold
    enroll(rec, "Colin Powell", [lfw("Colin_Powell", 1), lfw("Colin_Powell", 2)])
    assert rec.current.comparisons == 2 and rec.current.per_person and rec.threshold > strict


def test_the_wheel_does_not_change_unfocused_settings(qtbot, kiosk):
    """Issue 15 #6: scrolling over a field leaves it alone until the admin clicks into it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.settings
    admin.tabs.setCurrentWidget(page)

    def wheel(widget) -> None:
        pos = QPointF(widget.rect().center())
        event = QWheelEvent(
            pos,
            QPointF(widget.mapToGlobal(pos.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),  # one notch down
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    days, level = page.retention.value(), page.preset.currentIndex()
    wheel(page.retention)
    wheel(page.preset)
    assert page.retention.value() == days and page.preset.currentIndex() == level
    page.retention.setFocus()
    qtbot.waitUntil(page.retention.hasFocus)
    wheel(page.retention)
    assert page.retention.value() == days - 1  # a focused field still takes the wheel


def test_header_and_pin_warning_follow_changes_at_once(qtbot, kiosk):
    """Issue 15 #8: no stale labels - the no-PIN warning goes when a PIN is set, and the
    header's threshold follows a saved security level without changing tabs."""
    need(LFW_DEV)
    enroll(kiosk.recognizer, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    admin.show()
    page = admin.settings
    admin.tabs.setCurrentWidget(page)
    assert admin.warning.isVisible()
    page.pin1.setText("1357")
    page.pin2.setText("1357")
    assert page.change_pin()
    assert not admin.warning.isVisible()
    before = admin.info.text()
    page.manual.setChecked(True)
    page.slider.setValue(61)
    assert page.save(), page.status.text()
    assert admin.info.text() != before and "0.610" in admin.info.text()  # manual: number shown


def test_a_broken_config_file_still_opens_the_kiosk(qtbot, tmp_path, pipeline):
    """Issue 15 #9: a bad config.yaml starts the kiosk on safe defaults, says so on the screen
    and in Settings, and the file is only replaced when the admin saves."""
    import argparse

    from faceapp.app.system import Kiosk
    from faceapp.cli.common import kiosk_config
    from faceapp.gui.app import KioskController

    bad = tmp_path / "config.yaml"
    bad.write_text("recognition:\n  windw: 5\n")
    args = argparse.Namespace(
        config=str(bad), db=str(tmp_path / "g.db"), model=None, threshold=None, fpir=None
    )
    cfg, problem = kiosk_config(args)
    assert "windw" in problem and cfg.recognition.window == 5 and cfg.db.endswith("g.db")
    gallery = Gallery(cfg.db, key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, pipeline.embedder.card.threshold())
    ctl = KioskController(
        Kiosk(rec, cfg, str(tmp_path / "f"), config_path=bad), config_problem=problem
    )
    old = pipeline.embedder  # saving the defaults switches to the default model
    try:
        assert "windw" in ctl.screen.status.text() and "safe defaults" in ctl.screen.status.text()
        admin = ctl.open_admin(None)
        qtbot.addWidget(admin)
        page = admin.settings
        assert not page.problem.isHidden() and "windw" in page.problem.text()
        assert "windw" in bad.read_text()  # untouched until saved
        assert page.save(), page.status.text()
        assert page.problem.isHidden() and "windw" not in bad.read_text()
        assert load_config(bad).recognition.window == 5
    finally:
        ctl.exit_kiosk()
        pipeline.embedder = old
        gallery.close()


def test_a_gallery_of_another_model_is_announced_and_fixed_in_one_click(qtbot, kiosk):
    """Issue 15 #3: templates made by another model match no one. The door screen says the
    gallery needs updating, the admin area offers the fix, and afterwards people get in."""
    need(LFW_DEV)
    rec = kiosk.recognizer
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    rec.gallery.conn.execute("UPDATE templates SET model = 'an-older-model'")
    rec.reload()
    kiosk.update_notice()
    assert rec.stale_templates == 2
    assert kiosk.screen.last_banner == "Gallery needs updating - ask the administrator"
    assert rec.identify_photo(lfw("Tony_Blair", 3)).decision == "unknown"
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    admin.show()
    assert admin.stale_bar.isVisible() and "2 face template(s)" in admin.stale.text()
    qtbot.mouseClick(admin.update_btn, LEFT)
    assert not admin.stale_bar.isVisible() and rec.stale_templates == 0
    ident = rec.identify_photo(lfw("Tony_Blair", 8))
    assert ident.decision == "granted", (ident, rec.model_name, rec.gallery.models_in_use())
    admin.close()
    assert kiosk.screen.last_banner == "Please look at the camera"
    assert rec.gallery.events(decision="reembed")  # audited


def test_loosening_security_is_confirmed_and_the_threshold_in_force_shown(
    qtbot, kiosk, monkeypatch
):
    """Issue 15 #7: the manual slider shows the threshold actually in force, and a change that
    lets more strangers in is saved only after the admin confirms it."""
    from faceapp.app.system import security_level

    rec = kiosk.recognizer
    rec.set_level(security_level(kiosk.cfg))
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.settings
    assert page.slider_value.text() == f"{rec.threshold:.3f} in force"
    asked = []
    monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or False)
    page.preset.setCurrentIndex(page.preset.findData(1e-2))
    assert not page.save() and "1 stranger in 100 instead of 1 in 1,000" in asked[0]
    assert rec.level.fpir == pytest.approx(1e-3)  # nothing applied
    monkeypatch.setattr(page, "confirm", lambda text: True)
    assert page.save() and rec.level.fpir == pytest.approx(1e-2)
    asked.clear()
    monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or True)
    page.preset.setCurrentIndex(page.preset.findData(1e-4))
    assert page.save() and not asked  # stricter: no question


def test_no_stale_door_error_and_the_running_source_is_shown(qtbot, tmp_path, pipeline):
    """Issue 15 #8 (rest): switching the door output clears the old output's error from the
    kiosk screen, and Settings says which source runs now when --source overrode the config."""
    from faceapp.app.system import Kiosk
    from faceapp.gui.app import KioskController

    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, 0.3)
    cfg = Config()
    cfg.recognition.model = str(pipeline.embedder.path)
    kiosk = Kiosk(rec, cfg, str(tmp_path / "frames"), config_path=tmp_path / "k.yaml")
    ctl = KioskController(kiosk)
    old = pipeline.embedder  # Settings saves the model it lists: put the shared one back
    try:
        ctl.screen.show_status("Door not opened: webhook unreachable", False)
        admin = ctl.open_admin(None)
        qtbot.addWidget(admin)
        page = admin.settings
        assert page.source.text() == "0" and str(tmp_path / "frames") in page.source_note.text()
        page.door.setCurrentIndex(page.door.findData("webhook"))
        page.url.setText("http://127.0.0.1:9/open")
        assert page.save(), page.status.text()
        ctl.screen.show_status("Door not opened: webhook unreachable", False)
        page.door.setCurrentIndex(page.door.findData("dryrun"))
        assert page.save(), page.status.text()
        assert ctl.screen.status.text() == "Door output: dry run"
    finally:
        ctl.exit_kiosk()
        pipeline.embedder = old
        gallery.close()


def test_events_page_refreshes_by_itself(qtbot, kiosk):
    """Issue 15: new events appear while the page is open, without pressing Refresh."""
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    admin.show()
    admin.tabs.setCurrentWidget(admin.events)
    page = admin.events
    page.auto.setInterval(100)
    page.auto.start()
    before = page.table.rowCount()
    kiosk.recognizer.gallery.log_event("access", "unknown", None, None, 0.1, "live")
    qtbot.waitUntil(lambda: page.table.rowCount() == before + 1, timeout=3000)
    admin.tabs.setCurrentWidget(admin.people)
    assert not page.auto.isActive()  # nothing polls while the page is hidden


def test_test_door_fires_the_output_as_entered(qtbot, kiosk, http_server):
    """Issue 15: a Test door button fires the output the fields describe, shows the result
    and audits it; a broken output says why."""
    from faceapp.gui.text import set_language

    url, got, handler = http_server
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.settings
    page.door.setCurrentIndex(page.door.findData("webhook"))
    page.url.setText(url)
    assert page.test_door() and page.status.text() == "Door test: webhook fired"
    assert got[0][0]["decision"] == "test"
    handler.status = 500
    assert not page.test_door() and "HTTP 500" in page.status.text()
    page.door.setCurrentIndex(page.door.findData("serial"))
    page.serial_port.clear()
    try:  # the reason in the installer's language
        set_language("de")
        assert not page.test_door()
        assert "serielles Relais braucht einen Anschluss (z. B. /dev/ttyUSB0)" in (
            page.status.text()
        )
    finally:
        set_language("en")
    tests = kiosk.recognizer.gallery.events(decision="door_test")
    assert len(tests) == 2 and '"ok": true' in tests[1]["details"]


def test_backup_and_restore_from_the_admin_area(qtbot, kiosk, monkeypatch):
    """Issue 15: backups made and put back from the admin area while the kiosk runs; the
    running recognizer follows the restored gallery, and the restore is audited in it."""
    need(LFW_DEV)
    rec = kiosk.recognizer
    enroll(rec, "Tony Blair", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.backups
    assert page.back_up() is not None and page.list.count() == 1
    enroll(rec, "Colin Powell", [lfw("Colin_Powell", 1), lfw("Colin_Powell", 2)])
    assert rec.identify_photo(lfw("Colin_Powell", 1)).decision == "granted"
    page.list.setCurrentRow(0)
    monkeypatch.setattr(page, "confirm", lambda text: "cannot" not in text)
    assert page.restore_selected()
    assert kiosk.admin is None and "Gallery restored" in kiosk.screen.status.text()
    assert [p.name for p in rec.gallery.people()] == ["Tony Blair"]
    assert rec.identify_photo(lfw("Colin_Powell", 1)).decision == "unknown"
    assert rec.identify_photo(lfw("Tony_Blair", 3)).decision == "granted"
    assert rec.gallery.events(decision="restore") and rec.gallery.integrity_check() == "ok"
    again = kiosk.open_admin(None)  # a new session on the restored gallery
    qtbot.addWidget(again)
    assert [p.name for p in again.people.people] == ["Tony Blair"]
    assert again.backups.list.count() == 2  # the replaced gallery was saved first


def test_help_page_explains_the_door(qtbot, kiosk, output_dir):
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    admin.tabs.setCurrentWidget(admin.help)
    text = admin.help.text.toPlainText()
    for words in ("Enrolling someone", "Green", "camera is offline", "Update gallery now"):
        assert words in text
    admin.grab().save(str(output_dir / "admin_help.png"))


def test_camera_is_tested_before_it_is_taken(qtbot, kiosk, tmp_path):
    """Issue 15: Settings shows a frame of the camera typed in, and a source that gives no
    frame is refused with the reason (nothing saved), as a bad door output is."""
    import cv2
    import numpy as np

    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    page = admin.settings
    page.source.setText(str(tmp_path / "no-such-folder"))
    assert not page.test_camera() and "no such file or folder" in page.status.text()
    assert not page.save() and "no such file or folder" in page.status.text()
    assert not (tmp_path / "k.yaml").exists()  # nothing saved
    frames = tmp_path / "cam"
    frames.mkdir()
    cv2.imwrite(str(frames / "0.jpg"), np.full((240, 320, 3), 120, np.uint8))
    page.source.setText(str(frames))
    assert page.test_camera() and page.status.text() == "Camera works: 320x240"
    assert not page.preview.isHidden() and not page.preview.pixmap().isNull()


def test_plain_words_for_installers(qtbot, kiosk, monkeypatch):
    """Issue 15 #11: no jargon where an installer reads (codes and numbers in tooltips), the
    wizard counts its steps and names the person on the review page, captions say where a
    face came from, Delete waits for a selection, and every question defaults to No."""
    from PySide6.QtWidgets import QMessageBox

    from faceapp.gui import ask as ask_module
    from faceapp.gui.admin.bench_panel import COLUMNS

    need(LFW_DEV)
    admin = kiosk.open_admin(None)
    qtbot.addWidget(admin)
    events = admin.events
    events.refresh()
    row = next(r for r, e in enumerate(events.rows) if e["decision"] == "session_start")
    item = events.table.item(row, 2)
    assert item.text() == "Admin area opened" and item.toolTip() == "session_start"

    page = admin.settings
    model_words = page.model.currentText()
    assert "compact (8-bit)" in model_words and "QDQ" not in model_words
    tip = page.model.itemData(page.model.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "w7a8" in tip  # the technical name stays at hand for support
    heads = [admin.bench.table.horizontalHeaderItem(c) for c in range(len(COLUMNS))]
    assert heads[5].text() == "Time per face (ms)" and "median" in heads[5].toolTip()
    assert not any("p95" in h.text() or "RSS" in h.text() for h in heads)

    assert not admin.people.delete_btn.isEnabled()  # nothing selected yet

    wiz, _ = _enroll(qtbot, admin, "Tony Blair", [lfw("Tony_Blair", 3)])
    assert wiz.faces.title().startswith("Step 2 of 3")
    wiz.next()
    assert wiz.review.title().startswith("Step 3 of 3") and "Tony Blair" in wiz.review.subTitle()
    caption = wiz.review.crops.item(0).text()
    assert caption.startswith("Tony") and caption.endswith("0003.jpg")  # the file, shortened
    assert wiz.review.crops.item(0).toolTip().endswith("Tony_Blair_0003.jpg")
    wiz.reject()

    asked = {}

    def question(parent, title, text, buttons, default):
        asked["default"] = default
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert ask_module.ask(admin, "Delete everything?") is False
    assert asked["default"] == QMessageBox.StandardButton.No
