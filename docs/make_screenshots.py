"""Screenshots of the kiosk for the README, made from the project's own assets only.

The face is assets/selftest/face.png (an average of thousands of faces made by the project's
tool, not a real person), enrolled as "Ada Demo" in a temporary gallery with the embedded
default model; frames of it play through the real kiosk controller. Liveness is off here
because a still picture cannot blink - which is exactly what liveness is for.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py --out shot.png   # offscreen
    python docs/make_screenshots.py --x-sizes 800x480,1280x800,1920x1080
        # a real X server (Xvfb) per size, the kiosk full screen, the whole X screen grabbed
        # (ImageMagick's import): docs/kiosk-800x480.png ..., then the admin window's People,
        # Events and Settings pages on the same screen: docs/admin-people-800x480.png ...
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import cv2

HERE = Path(__file__).resolve().parent


def shoot(out: Path, full_screen: bool) -> None:
    """Run the kiosk on the demo face until it says Welcome, then save the screen."""
    if not full_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="faceapp-shots-"))
    os.environ["FACEAPP_DATA_DIR"] = str(tmp / "data")
    os.environ["FACEAPP_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtWidgets import QApplication

    from faceapp.app.system import Kiosk
    from faceapp.bench.demo import demo_face, moving_frames
    from faceapp.config import Config
    from faceapp.core.gallery import PersonDetails
    from faceapp.gui.app import KioskController, _qt_plugins_first

    _qt_plugins_first()
    app = QApplication.instance() or QApplication([])
    face = demo_face()
    face_path = tmp / "face.png"
    cv2.imwrite(str(face_path), face)
    cfg = Config(db=str(tmp / "gallery.db"))
    cfg.recognition.liveness = False
    cfg.kiosk.sounds = False
    kiosk = Kiosk.from_config(
        cfg, str(moving_frames(tmp / "frames", face, 12)), detector_range="auto"
    )
    kiosk.admin("demo").enroll_photos(PersonDetails("Ada Demo"), [face_path])
    ctl = KioskController(kiosk, fps=6)
    ctl.screen.banner_seconds = 60
    if full_screen:
        ctl.show_full_screen()
    else:
        ctl.screen.resize(1024, 720)
        ctl.screen.show()
    ctl.start()
    deadline = 600
    while "Welcome" not in ctl.screen.last_banner and deadline:
        app.processEvents()
        ctl.worker._stop.wait(0.05)
        deadline -= 1
    for _ in range(20):  # let the window manager-less X server settle the full-screen size
        app.processEvents()
        ctl.worker._stop.wait(0.05)
    if full_screen:  # what the X server shows, not what Qt thinks it drew
        subprocess.run(["import", "-window", "root", str(out)], check=True)
    else:
        ctl.screen.grab().save(str(out))
    print("wrote", out, "-", ctl.screen.last_banner, "-", ctl.screen.width(), "px wide")
    if full_screen:
        admin_pages(ctl, app, out)
    ctl.exit_kiosk()


def admin_pages(ctl, app, kiosk_shot: Path) -> None:
    """The admin window on the same X screen, filling it as on a kiosk panel: People,
    Events and Settings (docs/admin-<page>-<size>.png beside the kiosk's shot)."""
    admin = ctl.open_admin(None)  # no PIN set in the demo gallery
    admin.setGeometry(app.primaryScreen().geometry())
    admin.show()
    for page in ("people", "events", "settings"):
        admin.tabs.setCurrentWidget(getattr(admin, page))
        for _ in range(20):
            app.processEvents()
            ctl.worker._stop.wait(0.05)
        out = kiosk_shot.with_name(kiosk_shot.name.replace("kiosk-", f"admin-{page}-"))
        subprocess.run(["import", "-window", "root", str(out)], check=True)
        print("wrote", out, "-", admin.width(), "x", admin.height())
    admin.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--x-sizes", help="e.g. 800x480,1280x800: one Xvfb screen each")
    p.add_argument("--out", type=Path, default=HERE / "kiosk.png")
    p.add_argument("--full-screen", action="store_true", help="(used under Xvfb)")
    args = p.parse_args()
    if not args.x_sizes:
        shoot(args.out, args.full_screen)
        return
    for size in args.x_sizes.split(","):
        out = HERE / f"kiosk-{size}.png"
        subprocess.run(
            [
                "xvfb-run",
                "-a",
                "-s",
                f"-screen 0 {size}x24",
                sys.executable,
                __file__,
                "--full-screen",
                "--out",
                str(out),
            ],
            check=True,
            env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        )


if __name__ == "__main__":
    main()
