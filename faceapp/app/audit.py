"""The audit vocabulary: one name per admin action, whichever front end performs it.

Every admin action is an event of kind ``admin`` whose ``decision`` column holds the action, whose
``source`` says which front end did it (``cli``, ``gui``, ``api``) and whose ``details`` hold what
changed (field names and new values, never a PIN or a template).
"""

from __future__ import annotations

from enum import StrEnum

KIND = "admin"


class Action(StrEnum):
    ENROLL = "enroll"  # a new person with their templates
    REENROLL = "reenroll"  # a person's templates replaced
    EDIT = "edit"  # details changed (name, external id, validity, notes)
    ENABLE = "enable"
    DISABLE = "disable"
    DELETE = "delete"  # a person with all their templates, crops and snapshots
    NOT_PERSON = "not_person"  # an access event's face marked as not the person it matched
    NEGATIVE_REMOVED = "negative_removed"  # such a mark taken back
    REEMBED = "reembed"  # the gallery re-embedded for another model
    SETTINGS = "settings"  # kiosk settings changed and saved
    PIN_SET = "pin_set"
    PIN_FAILED = "pin_failed"
    SESSION_START = "session_start"
    SESSION_END = "session_end"
    SESSION_TIMEOUT = "session_timeout"
    PRUNE_EVENTS = "prune_events"  # events older than the retention period deleted by hand
    DOOR_TEST = "door_test"  # the door output fired by hand from Settings
    REMOTE_OPEN = "remote_open"  # the door opened by a remote command (MQTT, API)
    TOKEN_CREATE = "token_create"  # a REST API token made (its name; never the token)
    TOKEN_REVOKE = "token_revoke"
    BACKUP = "backup"
    RESTORE = "restore"
