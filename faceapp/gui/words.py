"""Event codes in plain words for the admin screens. The codes stay in the database, the CSV
export and the CLI's JSON (scripts rely on them); people read these, with the code in the
tooltip for support calls."""

from __future__ import annotations

from faceapp.gui.text import N_, tr

KINDS = {"access": N_("Door"), "admin": N_("Admin"), "system": N_("System"), "api": N_("API")}

EVENTS = {
    "granted": N_("Access granted"),
    "denied": N_("Access denied"),
    "unknown": N_("Not recognised"),
    "spoof": N_("Photo or screen refused"),
    "enroll": N_("Person enrolled"),
    "reenroll": N_("Faces taken again"),
    "edit": N_("Details changed"),
    "enable": N_("Allowed in again"),
    "disable": N_("Kept out (disabled)"),
    "delete": N_("Person deleted"),
    "reembed": N_("Gallery updated for the model"),
    "settings": N_("Settings changed"),
    "pin_set": N_("Admin PIN set"),
    "pin_failed": N_("Wrong admin PIN"),
    "session_start": N_("Admin area opened"),
    "session_end": N_("Admin area closed"),
    "session_timeout": N_("Admin area closed (idle)"),
    "token_create": N_("API token created"),
    "token_revoke": N_("API token revoked"),
    "backup": N_("Backup made"),
    "restore": N_("Backup restored"),
    "prune_events": N_("Old events deleted"),
    "door_test": N_("Door tested"),
    "remote_open": N_("Door opened remotely"),
    "not_person": N_("Marked: not this person"),
    "negative_removed": N_("Mark removed"),
    "source_offline": N_("Camera offline"),
    "source_online": N_("Camera back"),
}


# The quality gate's hints (faceapp/core/quality.py), shown on the door screen through tr():
# marked here so that they are in the translations (a test keeps this list and the gate's in step).
QUALITY_HINTS = [
    N_("face not clear: look at the camera"),
    N_("face too small: come closer"),
    N_("image blurred: hold still"),
    N_("head turned: look at the camera"),
    N_("head tilted up or down: look at the camera"),
    N_("head tilted sideways"),
    N_("too dark"),
    N_("too bright"),
]


# The reasons the core gives with a decision, shown on the door screen through tr().
DECISION_REASONS = [
    N_("person is disabled"),
    N_("outside the person's validity window"),
    N_("face does not match anyone enrolled"),
    N_("no sign of life (blink or head movement): photo or screen?"),
]


def kind_words(code: str | None) -> str:
    return tr(KINDS.get(code or "", code or ""))


def event_words(code: str | None) -> str:
    return tr(EVENTS.get(code or "", code or ""))
