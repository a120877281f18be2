"""Languages: every visible string goes through Qt's translator; German, French and Spanish
are complete and compiled; the language switches without a restart."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from conftest import KEYS  # noqa: E402

from faceapp.gui.i18n import LANGUAGES, qm_path, ts_path  # noqa: E402
from faceapp.gui.i18n.update import lrelease, problems  # noqa: E402

GUI = Path(__file__).resolve().parent.parent / "faceapp" / "gui"
# Qt calls that put text on screen, and their argument that holds it
SHOWN = {
    "QPushButton": 0, "QLabel": 0, "QCheckBox": 0, "QGroupBox": 0, "QRadioButton": 0,
    "setText": 0, "setToolTip": 0, "setWindowTitle": 0, "setPlaceholderText": 0,
    "setTitle": 0, "setSubTitle": 0, "addTab": 1, "addItem": 0, "setSpecialValueText": 0,
    "setSuffix": 0, "showMessage": 0, "drawText": 2, "getSaveFileName": 1,
    "getOpenFileName": 1, "getOpenFileNames": 1, "getExistingDirectory": 1,
}  # fmt: skip


def test_no_visible_text_bypasses_the_translator():
    """A literal with letters handed to a widget must come through tr()."""
    bad = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            i = SHOWN.get(name)
            if i is None or len(node.args) <= i:
                continue
            arg = node.args[i]
            parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
            if any(
                isinstance(x, ast.Constant)
                and isinstance(x.value, str)
                and any(c.isalpha() for c in x.value)
                for x in parts
            ):
                bad.append(f"{path.relative_to(GUI)}:{node.lineno} {name}")
    assert bad == [], bad


def test_translations_are_complete_and_compiled(tmp_path):
    """Every string is translated in each .ts, and each committed .qm is what lrelease
    makes of its .ts today (`python -m faceapp.gui.i18n.update` fixes both)."""
    assert problems() == []
    for code in LANGUAGES:
        if code == "en":
            continue
        fresh = tmp_path / f"{code}.qm"
        subprocess.run([lrelease(), "-silent", str(ts_path(code)), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == qm_path(code).read_bytes(), code


def test_the_language_switches_without_a_restart(qtbot, tmp_path, pipeline, output_dir):
    from faceapp.app.system import Kiosk
    from faceapp.config import Config
    from faceapp.core.gallery import Gallery
    from faceapp.core.recognizer import Recognizer
    from faceapp.gui.app import KioskController
    from faceapp.gui.text import set_language, tr

    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    kiosk = Kiosk(Recognizer(gallery, pipeline, 0.3), Config(), str(tmp_path / "frames"),
                  config_path=tmp_path / "k.yaml")  # fmt: skip
    ctl = KioskController(kiosk, fps=3)
    try:
        set_language("en")
        ctl.screen.set_idle()
        assert ctl.screen.banner.text() == "Please look at the camera"
        admin = ctl.open_admin(None)
        admin.tabs.setCurrentWidget(admin.settings)
        page = admin.settings
        page.language.setCurrentIndex(page.language.findData("de"))
        assert page.save(), page.status.text()
        qtbot.waitUntil(lambda: ctl.admin is not None and ctl.admin is not admin, timeout=5000)
        german = ctl.admin
        assert [german.tabs.tabText(i) for i in range(3)] == [
            "Personen", "Ereignisse", "Einstellungen"]  # fmt: skip
        assert german.tabs.currentWidget() is german.settings  # the same page as before
        assert german.settings.save_btn.text() == "Speichern und anwenden"
        assert ctl.screen.banner.text() == "Bitte in die Kamera schauen"
        assert kiosk.cfg.kiosk.language == "de"
        assert not gallery.events(kind="admin", decision="session_end")  # same session
        german.resize(1100, 760)
        german.show()
        qtbot.wait(100)
        german.grab().save(str(output_dir / "admin_settings_de.png"))
        from PySide6.QtWidgets import QScrollArea

        german.resize(800, 480)  # the smallest kiosk panel, in the longest words
        qtbot.wait(100)
        scroll = german.settings.findChild(QScrollArea)
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()

        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"  # Qt's own words
        for code, word in (("fr", "Paramètres"), ("es", "Ajustes")):
            set_language(code)
            assert tr("Settings") == word
        page = german.settings
        page.language.setCurrentIndex(page.language.findData("en"))
        assert page.save()
        qtbot.waitUntil(lambda: ctl.admin is not german, timeout=5000)
        assert ctl.admin.tabs.tabText(2) == "Settings"
        assert ctl.screen.banner.text() == "Please look at the camera"
    finally:
        set_language("en")
        ctl.exit_kiosk()
        gallery.close()


def test_the_admin_window_fits_a_small_panel_in_every_language(qtbot, tmp_path, pipeline):
    """800x480 is a common kiosk panel: the admin window's smallest size fits it, whatever the
    language's word lengths."""
    from faceapp.app.system import Kiosk
    from faceapp.config import Config
    from faceapp.core.gallery import Gallery
    from faceapp.core.recognizer import Recognizer
    from faceapp.gui.app import KioskController
    from faceapp.gui.text import set_language

    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    ctl = KioskController(Kiosk(Recognizer(gallery, pipeline, 0.3), Config(), "x"), fps=3)
    try:
        for code in LANGUAGES:
            set_language(code)
            admin = ctl.open_admin(None)
            size = admin.minimumSizeHint()
            assert size.width() <= 800 and size.height() <= 480, (code, size)
            admin.closed.disconnect()
            admin.close()
            ctl.admin = None
    finally:
        set_language("en")
        ctl.exit_kiosk()
        gallery.close()


def test_the_quality_gates_hints_are_translated():
    """The door screen shows the quality gate's hints and the decisions' reasons through tr():
    each one the core can give is in a marked list, and so in every translation."""
    from faceapp.core import quality
    from faceapp.gui.text import set_language, tr
    from faceapp.gui.words import QUALITY_HINTS

    tree = ast.parse(Path(quality.__file__).read_text(encoding="utf-8"))
    given = {
        n.args[0].value
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and getattr(n.func, "attr", "") == "append"
        and getattr(n.func.value, "id", "") == "reasons"
    }
    assert given and given == set(QUALITY_HINTS)
    from faceapp.core import live, recognizer
    from faceapp.gui.words import DECISION_REASONS

    sources = Path(recognizer.__file__).read_text() + Path(live.__file__).read_text()
    assert all(f'"{reason}"' in sources for reason in DECISION_REASONS)
    try:
        set_language("de")
        assert tr("too dark") == "zu dunkel"
        assert tr("person is disabled") == "Person ist gesperrt"
    finally:
        set_language("en")


def test_the_cores_reasons_reach_the_screen_in_the_chosen_language(
    qtbot, tmp_path, pipeline, output_dir, default_onnx
):
    """A corrupt photo and a photo without a face refused at enrollment, a camera that cannot
    be opened, a truncated model file: the core's reasons, values and nested reasons
    included, are said in the chosen language on screen, while the error itself (the CLI, the
    logs, the event log) stays English."""
    import cv2
    import numpy as np

    from faceapp.app.admin import AdminService
    from faceapp.core.embedding import Embedder
    from faceapp.core.errors import ModelError, NoFaceError, SourceError
    from faceapp.core.frames import VideoSource
    from faceapp.core.gallery import Gallery, PersonDetails
    from faceapp.core.recognizer import Recognizer
    from faceapp.gui.kiosk import KioskScreen
    from faceapp.gui.text import error_text, set_language

    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"this is no picture at all " * 20)
    wall = tmp_path / "wall.png"
    cv2.imwrite(str(wall), np.full((300, 300, 3), 120, np.uint8))
    gallery = Gallery(tmp_path / "g.db", key_dir=KEYS)
    admin = AdminService(gallery, "test", Recognizer(gallery, pipeline, 0.3))
    with pytest.raises(NoFaceError) as refused:
        admin.enroll_photos(PersonDetails("Ada"), [corrupt, wall])
    with pytest.raises(SourceError) as camera:
        VideoSource(97).open()
    half = tmp_path / "half.onnx"
    half.write_bytes(Path(default_onnx).read_bytes()[:100_000])
    with pytest.raises(ModelError) as model:
        Embedder(half)
    screen = KioskScreen()
    qtbot.addWidget(screen)
    try:
        assert str(refused.value) == (
            "no usable face in the photos (corrupt.jpg: not an image, or a corrupt one (cannot "
            "decode); wall.png: no face found)"
        )
        set_language("de")
        assert error_text(refused.value) == (
            "kein brauchbares Gesicht auf den Fotos (corrupt.jpg: kein Bild oder ein "
            "beschädigtes (nicht lesbar); wall.png: kein Gesicht gefunden)"
        )
        screen.show_source(False, camera.value.text, 2.0)
        assert screen.video.text() == (
            "camera 97: Kamera lässt sich nicht öffnen (nicht angeschlossen, falsche Nummer oder "
            "kein Zugriff)"
        )
        screen.resize(800, 480)
        screen.show()
        qtbot.wait(100)
        screen.grab().save(str(output_dir / "kiosk_camera_offline_de.png"))
        assert str(model.value).startswith(f"{half}: not a loadable ONNX model (")
        assert error_text(model.value).startswith(f"{half}: kein ladbares ONNX-Modell (")
        set_language("fr")
        assert error_text(refused.value).startswith("aucun visage exploitable sur les photos")
        assert str(camera.value) == (
            "camera 97: cannot open camera (unplugged, wrong index or no access)"
        )
        assert not gallery.people()  # nothing was enrolled
    finally:
        set_language("en")
        gallery.close()


def test_a_broken_config_file_is_explained_in_the_chosen_language(qtbot, tmp_path, pipeline):
    """A misspelt setting: the log and the CLI keep the English line, the door screen and
    Settings say what is wrong in German, naming the setting as written in the file."""
    import argparse

    from faceapp.app.system import Kiosk
    from faceapp.cli.common import kiosk_config
    from faceapp.core.gallery import Gallery
    from faceapp.core.recognizer import Recognizer
    from faceapp.gui.app import KioskController
    from faceapp.gui.text import set_language

    bad = tmp_path / "config.yaml"
    bad.write_text("recognition:\n  windw: 5\n")
    args = argparse.Namespace(
        config=str(bad), db=str(tmp_path / "g.db"), model=None, threshold=None, fpir=None
    )
    cfg, problem = kiosk_config(args)
    assert problem == f"{bad}: unknown setting 'recognition.windw'"
    gallery = Gallery(cfg.db, key_dir=KEYS)
    rec = Recognizer(gallery, pipeline, pipeline.embedder.card.threshold())
    try:
        set_language("de")
        ctl = KioskController(
            Kiosk(rec, cfg, str(tmp_path / "f"), config_path=bad), config_problem=problem
        )
        try:
            said = (
                f"Einstellungsdatei nicht verwendet ({bad}: unbekannte Einstellung "
                "'recognition.windw'): sichere Voreinstellungen bis zum Speichern"
            )
            assert ctl.screen.status.text() == said
            admin = ctl.open_admin(None)
            qtbot.addWidget(admin)
            assert admin.settings.problem.text() == said
        finally:
            ctl.exit_kiosk()
    finally:
        set_language("en")
        gallery.close()
