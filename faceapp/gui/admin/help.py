"""Help page: what an installer or office admin needs at the door, in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from faceapp.gui.text import tr

HELP = """
<h2>{title}</h2>
<h3>{enroll_h}</h3>
<p>{enroll}</p>
<h3>{colours_h}</h3>
<ul>
<li><b style="color:#1b873f">{green}</b>: {green_t}</li>
<li><b style="color:#c62828">{red}</b>: {red_t}</li>
<li><b style="color:#e0a100">{amber}</b>: {amber_t}</li>
<li><b style="color:#4e342e">{brown}</b>: {brown_t}</li>
</ul>
<h3>{offline_h}</h3>
<p>{offline}</p>
<h3>{update_h}</h3>
<p>{update}</p>
<h3>{safe_h}</h3>
<p>{safe}</p>
"""


class HelpPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(
            HELP.format(
                title=tr("Using the kiosk"),
                enroll_h=tr("Enrolling someone"),
                enroll=tr(
                    "People → Enroll new person. Type the name, then either let the camera "
                    "take five pictures while the person follows the prompts, or add two or "
                    "three sharp, well-lit photos with one face each. If the face already "
                    "matches someone, you are warned before anything is saved."
                ),
                colours_h=tr("What the colours on the door screen mean"),
                green=tr("Green"),
                green_t=tr("recognised and allowed in: the door opens."),
                red=tr("Red"),
                red_t=tr(
                    "not recognised, or recognised but not allowed (disabled or outside the "
                    "dates set); the reason is shown and logged."
                ),
                amber=tr("Amber"),
                amber_t=tr(
                    "a face is seen but not usable yet (too far, turned, blurred), or the "
                    "kiosk needs the administrator (e.g. the gallery needs updating)."
                ),
                brown=tr("Brown"),
                brown_t=tr("the camera is offline; the kiosk retries by itself."),
                offline_h=tr("When the camera is offline"),
                offline=tr(
                    "Check the cable or the network, and that no other program uses the "
                    "camera. The kiosk reconnects on its own and logs every outage (Events). "
                    "For another camera, change Settings → Camera → Source."
                ),
                update_h=tr("When the gallery needs updating"),
                update=tr(
                    "After a model change, faces enrolled before must be updated once: press "
                    "Update gallery now at the top of this window. No one has to enroll again."
                ),
                safe_h=tr("Keeping it safe"),
                safe=tr(
                    "Set an admin PIN (Settings). Faces are encrypted on this machine and never "
                    "sent anywhere unless you set a door output. Back up regularly (Backups); "
                    "deleting a person deletes all their pictures."
                ),
            )
        )
        QVBoxLayout(self).addWidget(self.text)
