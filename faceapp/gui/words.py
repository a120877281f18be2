"""Event codes in plain words for the admin screens. The codes stay in the database, the CSV
export and the CLI's JSON (scripts rely on them); people read these, with the code in the
tooltip for support calls."""

from __future__ import annotations

from faceapp.gui.text import tr

KINDS = {"access": "Door", "admin": "Admin", "system": "System", "api": "API"}

EVENTS = {
    "granted": "Access granted",
    "denied": "Access denied",
    "unknown": "Not recognised",
    "spoof": "Photo or screen refused",
    "enroll": "Person enrolled",
    "reenroll": "Faces taken again",
    "edit": "Details changed",
    "enable": "Allowed in again",
    "disable": "Kept out (disabled)",
    "delete": "Person deleted",
    "reembed": "Gallery updated for the model",
    "settings": "Settings changed",
    "pin_set": "Admin PIN set",
    "pin_failed": "Wrong admin PIN",
    "session_start": "Admin area opened",
    "session_end": "Admin area closed",
    "session_timeout": "Admin area closed (idle)",
    "token_create": "API token created",
    "token_revoke": "API token revoked",
    "backup": "Backup made",
    "restore": "Backup restored",
    "prune_events": "Old events deleted",
    "door_test": "Door tested",
    "remote_open": "Door opened remotely",
    "not_person": "Marked: not this person",
    "negative_removed": "Mark removed",
    "source_offline": "Camera offline",
    "source_online": "Camera back",
}


def kind_words(code: str | None) -> str:
    return tr(KINDS.get(code or "", code or ""))


def event_words(code: str | None) -> str:
    return tr(EVENTS.get(code or "", code or ""))
