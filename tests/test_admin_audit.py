"""Admin actions through the application layer: the CLI and the GUI perform the same actions
and leave the same audit trail, and a change never lands without its audit event.

Runs on the shipped model (no torch): enrollment and the admin pages need no accuracy beyond
finding and embedding a face.
"""

from __future__ import annotations

import io
import sqlite3

import numpy as np
import pytest
from conftest import KEYS, LFW_DEV, lfw, need

from faceapp.app.admin import AdminService
from faceapp.cli.main import main
from faceapp.core.errors import GalleryError
from faceapp.core.gallery import Gallery, NewTemplate, PersonDetails

SESSION = {"session_start", "session_end", "session_timeout"}


def _trail(db) -> list[tuple[str, str | None, str]]:
    """(action, person, front end) of every admin event, oldest first, sessions left out."""
    with Gallery(db, key_dir=KEYS) as g:
        rows = g.events(kind="admin")
    return [
        (r["decision"], r["person_name"], r["source"])
        for r in reversed(rows)
        if r["decision"] not in SESSION
    ]


def _cli_actions(db, monkeypatch) -> None:
    tony = [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)]
    steps = [
        ["enroll", "--name", "Tony Blair", *tony],
        ["people", "edit", "Tony Blair", "--name", "Tony B"],
        ["people", "edit", "Tony B", "--disable"],
        ["people", "edit", "Tony B", "--enable"],
        ["set-pin"],
        ["people", "delete", "Tony B"],
    ]
    for argv in steps:
        monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
        assert main([*map(str, argv), "--db", str(db)]) == 0, argv


def _gui_actions(qtbot, db, tmp_path, pipeline, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from faceapp.app.system import Kiosk
    from faceapp.config import Config
    from faceapp.core.recognizer import Recognizer
    from faceapp.gui.app import KioskController

    gallery = Gallery(db, key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, pipeline.embedder.card.threshold())
    kiosk = Kiosk(rec, Config(), str(tmp_path / "frames"), config_path=tmp_path / "k.yaml")
    ctl = KioskController(kiosk)
    try:
        admin = ctl.open_admin(None)
        qtbot.addWidget(admin)
        wiz = admin.open_enroll()
        qtbot.keyClicks(wiz.who.form.name, "Tony Blair")
        wiz.next()
        wiz.faces.add_photos([str(lfw("Tony_Blair", 3)), str(lfw("Tony_Blair", 4))])
        wiz.next()
        qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: admin.wizard is None)
        page = admin.people
        page.refresh()
        page.select("Tony Blair")
        person = page.selected()
        assert page.apply_edit(person, PersonDetails("Tony B", enabled=True))
        page.select("Tony B")
        page.toggle_selected()  # disable
        page.select("Tony B")
        page.toggle_selected()  # enable
        settings = admin.settings
        settings.pin1.setText("2468")
        settings.pin2.setText("2468")
        assert settings.change_pin(), settings.status.text()
        page.select("Tony B")
        monkeypatch.setattr(page, "confirm", lambda text: True)
        assert page.delete_selected()
        admin.close()
    finally:
        ctl.exit_kiosk()
        gallery.close()


def test_cli_and_gui_leave_the_same_audit_trail(qtbot, tmp_path, shipped_pipeline, monkeypatch):
    need(LFW_DEV)
    cli_db, gui_db = tmp_path / "cli.db", tmp_path / "gui.db"
    _cli_actions(cli_db, monkeypatch)
    _gui_actions(qtbot, gui_db, tmp_path, shipped_pipeline, monkeypatch)
    cli, gui = _trail(cli_db), _trail(gui_db)
    expected = [
        ("enroll", "Tony Blair"),
        ("edit", "Tony B"),
        ("disable", "Tony B"),
        ("enable", "Tony B"),
        ("pin_set", None),
        ("delete", "Tony B"),
    ]
    assert [e[:2] for e in cli] == expected
    assert [e[:2] for e in gui] == expected
    assert {e[2] for e in cli} == {"cli"} and {e[2] for e in gui} == {"gui"}
    with Gallery(gui_db, key_dir=KEYS) as g:  # the GUI session is audited too
        sessions = [r["decision"] for r in reversed(g.events(kind="admin"))]
        assert sessions[0] == "session_start" and sessions[-1] == "session_end"
        edit = g.events(decision="edit")[0]
        assert '"name": "Tony B"' in edit["details"]  # what changed, in the event
        assert "2468" not in str(g.events())  # never a PIN


def _person(g: Gallery) -> int:
    rng = np.random.default_rng(0)
    e = rng.normal(size=512).astype(np.float32)
    crop = rng.integers(0, 255, (112, 112, 3), np.uint8)
    return g.enroll(PersonDetails("Ada"), [NewTemplate(e / np.linalg.norm(e), crop, 0.9, "x")], "m")


def test_no_change_lands_without_its_audit_event(tmp_path):
    """When the audit event cannot be written, the change it records is rolled back."""
    db = tmp_path / "g.db"
    with Gallery(db, key_dir=KEYS) as g:
        pid = _person(g)
        g.conn.execute(
            "CREATE TRIGGER no_audit BEFORE INSERT ON events WHEN NEW.kind = 'admin' "
            "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"
        )
        admin = AdminService(g, "test")
        ada = g.person(pid)
        with pytest.raises(GalleryError, match="audit refused"):
            admin.delete(ada)
        with pytest.raises(GalleryError, match="audit refused"):
            admin.edit(ada, PersonDetails("Ada L"))
        with pytest.raises(GalleryError, match="audit refused"):
            admin.set_pin("1357")
        assert g.person(pid).name == "Ada" and g.person(pid).templates == 1
        assert g.get_setting("admin_pin") is None
        g.conn.execute("DROP TRIGGER no_audit")
        admin.edit(ada, PersonDetails("Ada L"))
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT decision FROM events").fetchall() == [("edit",)]
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failed_pins_are_audited_and_lock_out(tmp_path):
    from faceapp.core.security import MAX_FAILURES

    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        admin = AdminService(g, "test")
        assert admin.unlock(None)  # no PIN yet: open, and said so in the log
        admin.set_pin("4321")
        for _ in range(MAX_FAILURES):
            assert not admin.unlock("0000")
        assert not admin.unlock("4321")  # locked out, even with the right PIN
        actions = [r["decision"] for r in reversed(g.events(kind="admin"))]
        assert actions == ["session_start", "pin_set"] + ["pin_failed"] * (MAX_FAILURES + 1)


def test_reembed_from_the_cli_is_audited(tmp_path, capsys):
    need(LFW_DEV)
    db = tmp_path / "g.db"
    assert main(["enroll", "--db", str(db), "--name", "Tony", str(lfw("Tony_Blair", 3))]) == 0
    with Gallery(db, key_dir=KEYS) as g:
        g.conn.execute("UPDATE templates SET model = 'an-older-model'")
    assert main(["reembed", "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert '"templates": 1' in out
    assert _trail(db)[-1][0] == "reembed" and _trail(db)[-1][2] == "cli"
    with Gallery(db, key_dir=KEYS) as g:
        assert "an-older-model" not in g.models_in_use()


def test_a_kiosk_started_after_a_model_update_brings_the_gallery_forward(tmp_path, caplog):
    """Templates filed under the model's plain name (galleries of earlier releases) or under
    another release are re-embedded from their crops when the kiosk starts, audited with the
    keys replaced (the names alone read the same) and logged as it goes; with
    ``update_gallery_on_start`` off they stay stale and the kiosk says so."""
    import json
    import logging

    from faceapp.app.system import Kiosk
    from faceapp.config import Config

    need(LFW_DEV)
    db = tmp_path / "g.db"
    assert main(["enroll", "--db", str(db), "--name", "Tony", str(lfw("Tony_Blair", 3))]) == 0
    with Gallery(db, key_dir=KEYS) as g:
        g.conn.execute("UPDATE templates SET model = 'edgeface-xxs-int8'")
    cfg = Config()
    cfg.db = str(db)
    cfg.recognition.update_gallery_on_start = False
    kiosk = Kiosk.from_config(cfg, "none")
    assert kiosk.recognizer.stale_templates == 1
    kiosk.gallery.close()
    cfg.recognition.update_gallery_on_start = True
    with caplog.at_level(logging.INFO, logger="faceapp.app.system"):
        kiosk = Kiosk.from_config(cfg, "none")
    rec = kiosk.recognizer
    try:
        assert rec.stale_templates == 0
        assert kiosk.gallery.models_in_use() == {rec.template_key: 1}
        assert _trail(db)[-1][0] == "reembed" and _trail(db)[-1][2] == "startup"
        details = json.loads(kiosk.gallery.events(kind="admin")[0]["details"])
        assert details["replaced"] == ["edgeface-xxs-int8"] and details["key"] == rec.template_key
        assert "1 of 1 face templates re-embedded" in caplog.text
        assert rec.identify_photo(lfw("Tony_Blair", 7)).decision == "granted"
        assert kiosk.update_gallery("test") == 0  # nothing stale: nothing done, nothing logged
        assert _trail(db)[-1][2] == "startup"
    finally:
        kiosk.close()
        kiosk.gallery.close()


def test_every_audited_action_has_plain_words():
    """The Events page shows words, not codes, for every action the audit vocabulary has."""
    from faceapp.app.audit import Action
    from faceapp.gui.words import EVENTS

    assert [a.value for a in Action if a.value not in EVENTS] == []
