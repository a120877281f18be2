"""Admin actions, the same for every front end (CLI, GUI, API).

Each action changes the gallery and writes its audit event in one transaction, so the log never
claims a change that did not happen nor misses one that did. Backup and restore work on whole
files; their events are written right after the file operation succeeded. The recognizer, when
there is one (a running kiosk), is reloaded after each change so that the door acts on it at
the next frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from faceapp.app.audit import KIND, Action
from faceapp.core.enrollment import EnrollmentSession
from faceapp.core.errors import (
    ConfigError,
    DuplicateFaceError,
    FaceAppError,
    NoFaceError,
    Reason,
)
from faceapp.core.gallery import Gallery, Person, PersonDetails
from faceapp.core.images import Photo
from faceapp.core.recognizer import Recognizer
from faceapp.core.security import PinGuard


@dataclass
class EnrollReport:
    """What enrolling from photo files did: the person, the photos used and those refused."""

    person_id: int
    accepted: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # file -> reason


class AdminService:
    """Admin actions on one gallery. ``via`` names the front end in the audit log."""

    def __init__(self, gallery: Gallery, via: str, recognizer: Recognizer | None = None) -> None:
        self.gallery = gallery
        self.via = via
        self.recognizer = recognizer
        self.pins = PinGuard(gallery)

    # -- audit ----------------------------------------------------------------------------
    def _audit(self, action: Action, person: Person | None = None, **details: object) -> None:
        self.gallery.log_event(
            KIND,
            str(action),
            person.id if person else None,
            person.name if person else None,
            source=self.via,
            details=details or None,
        )

    @contextmanager
    def _change(self) -> Iterator[None]:
        """One transaction for a change and its audit event; the kiosk reloads afterwards."""
        with self.gallery.transaction():
            yield
        if self.recognizer is not None:
            self.recognizer.reload()

    def _need_recognizer(self) -> Recognizer:
        if self.recognizer is None:
            raise FaceAppError("this action needs the face model (internal: no recognizer)")
        return self.recognizer

    # -- people ---------------------------------------------------------------------------
    def new_session(self, person: Person | None = None) -> EnrollmentSession:
        """A capture session for a new person or for re-enrolling ``person``."""
        return EnrollmentSession(self._need_recognizer(), person_id=person.id if person else None)

    def save_enrollment(
        self,
        session: EnrollmentSession,
        details: PersonDetails,
        allow_duplicate: bool = False,
        replace: bool = False,
    ) -> int:
        """Write the session's person and templates (``replace``: re-enrollment drops the old
        ones). :class:`DuplicateFaceError` when the face matches someone else, unless
        ``allow_duplicate``."""
        templates = session.templates()
        dups = session.duplicates()
        if dups and not allow_duplicate:
            raise DuplicateFaceError(dups)
        rec = self._need_recognizer()
        existing = session.person_id
        with self._change():
            pid = self.gallery.enroll(
                details, templates, rec.template_key, person_id=existing, replace=replace
            )
            action = Action.REENROLL if existing is not None and replace else Action.ENROLL
            self._audit(
                action,
                self.gallery.person(pid),
                templates=len(templates),
                model=rec.model_name,
                duplicates=[p.name for p, _ in dups],
            )
        session.person_id = pid
        return pid

    def enroll_photos(
        self,
        details: PersonDetails,
        photos: list[Photo],
        allow_duplicate: bool = False,
        person: Person | None = None,
    ) -> EnrollReport:
        """Enroll from photo files, each with one good face; nothing is written unless at least
        one photo is usable. With ``person``: re-enroll them from these photos."""
        session = self.new_session(person)
        for photo in photos:
            session.add_photo(photo)
        if not session.captures:
            why = session.why_rejected()
            raise NoFaceError(
                Reason("no usable face in the photos ({why})", why=why)
                if why
                else Reason("no photos")
            )
        pid = self.save_enrollment(session, details, allow_duplicate, replace=person is not None)
        return EnrollReport(pid, [c.source for c in session.captures], session.rejected)

    def edit(self, person: Person, details: PersonDetails) -> dict[str, object]:
        """New details for a person; audited as ``enable``/``disable`` when only that changed,
        else as ``edit`` with the changed fields. Returns the changes."""
        with self._change():
            changes = self.gallery.update_person(person.id, details)
            if not changes:
                return {}
            if set(changes) == {"enabled"}:
                action = Action.ENABLE if changes["enabled"] else Action.DISABLE
                self._audit(action, self.gallery.person(person.id))
            else:
                self._audit(Action.EDIT, self.gallery.person(person.id), changes=changes)
        return changes

    def set_enabled(self, person: Person, enabled: bool) -> None:
        self.edit(person, replace(person.details, enabled=enabled))

    def delete(self, person: Person) -> None:
        """The person with every template, crop and snapshot; the log keeps the rows."""
        with self._change():
            self.gallery.delete_person(person.id)
            self._audit(Action.DELETE, person)

    # -- "not this person" ----------------------------------------------------------------
    def event_person(self, event_id: int) -> Person:
        """Whom an access event let in or nearly let in (the person a correction is about)."""
        import json

        ev = self.gallery.event(event_id)
        pid = ev["person_id"]
        if pid is None:
            pid = json.loads(ev["details"] or "{}").get("candidate_id")
        if ev["kind"] != "access" or pid is None:
            raise FaceAppError(
                Reason("this event names nobody to correct (only grants and near misses)")
            )
        return self.gallery.person(int(pid))

    def mark_not_person(self, event_id: int) -> int:
        """ "This was not Ada": the event's face becomes one of Ada's negatives, so the same
        look-alike is refused from now on while Ada still gets in. Returns the negative's id."""
        rec = self._need_recognizer()
        person = self.event_person(event_id)
        crop = self.gallery.event_probe(event_id)
        if crop is None:
            raise FaceAppError(Reason("no face was kept with this event, so it cannot be marked"))
        embedding = rec.pipeline.embedder.embed(crop[None])[0]
        with self._change():
            nid = self.gallery.add_negative(
                person.id, embedding, crop, rec.template_key, event_id=event_id
            )
            self._audit(Action.NOT_PERSON, person, event_id=event_id, negative_id=nid)
        return nid

    def remove_negative(self, negative_id: int) -> None:
        """Take a "not this person" mark back."""
        with self._change():
            pid = self.gallery.delete_negative(negative_id)
            self._audit(Action.NEGATIVE_REMOVED, self.gallery.person(pid), negative_id=negative_id)

    # -- REST API tokens ------------------------------------------------------------------
    def create_token(self, name: str) -> str:
        """A new API token (shown once; the gallery keeps its hash)."""
        with self.gallery.transaction():
            tid, token = self.gallery.create_token(name)
            self._audit(Action.TOKEN_CREATE, token_id=tid, name=name.strip())
        return token

    def revoke_token(self, key: int | str) -> dict:
        with self.gallery.transaction():
            row = self.gallery.revoke_token(key)
            self._audit(Action.TOKEN_REVOKE, token_id=row["id"], name=row["name"])
        return row

    def api_used(self, token: str, method: str, path: str, status: int) -> None:
        """Every REST API request, as an ``api`` event naming its token (who did what)."""
        self.gallery.log_event("api", f"{method} {path}", source=token, details={"status": status})

    # -- model ----------------------------------------------------------------------------
    def switch_model(
        self,
        embedder,
        level=None,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> int:
        """Re-embed the gallery from its crops for another model and use it. Frames wait;
        a cancel through ``progress`` leaves everything on the old model."""
        from faceapp.core.reembed import compute_embeddings, store_embeddings

        rec = self._need_recognizer()
        old = rec.model_name
        with rec.paused():
            new = compute_embeddings(self.gallery, embedder, progress=progress)
            with self.gallery.transaction():
                # the keys say what changed where the names do not (a new release of a model)
                replaced = sorted(k for k in self.gallery.models_in_use() if k != new.key)
                store_embeddings(self.gallery, new)
                self._audit(
                    Action.REEMBED,
                    old_model=old,
                    model=embedder.card.name,
                    replaced=replaced,
                    key=new.key,
                    templates=len(new),
                    negatives=len(new.negatives),
                )
        rec.use_embedder(embedder, level)
        return len(new)

    # -- admin PIN and sessions -----------------------------------------------------------
    def set_pin(self, pin: str) -> None:
        """4 to 12 digits, stored as a salted scrypt hash."""
        with self.gallery.transaction():
            try:
                self.pins.set_pin(pin)
            except ValueError as e:  # the rule lives in faceapp.core.security
                raise ConfigError(e.args[0]) from None
            self._audit(Action.PIN_SET)

    def unlock(self, pin: str | None) -> bool:
        """Open an admin session: with the right PIN, or with none while no PIN is set.
        Failures are audited and count towards the lock-out."""
        if self.pins.is_set and (pin is None or not self.pins.check(pin)):
            self._audit(Action.PIN_FAILED, locked_s=round(self.pins.locked_for()))
            return False
        self._audit(Action.SESSION_START)
        return True

    def end_session(self, timed_out: bool = False) -> None:
        self._audit(Action.SESSION_TIMEOUT if timed_out else Action.SESSION_END)

    # -- settings -------------------------------------------------------------------------
    def save_settings(self, old, new, path: str | Path | None = None) -> Path:
        """Save changed kiosk settings; the audit event names the changed keys (never their
        values: the door secret is one of them). Not audited if the file cannot be written."""
        from faceapp.config import changed_keys, save_config

        with self.gallery.transaction():
            self._audit(Action.SETTINGS, changed=changed_keys(old, new))
            return save_config(new, path)

    def door_tested(self, output: str, ok: bool, result: str) -> None:
        """Record a hand-fired door test (it opens a real door, so it is audited)."""
        self._audit(Action.DOOR_TEST, output=output, ok=ok, result=result)

    def remote_open(self, by: str) -> None:
        """Record a door opened by a remote command (``by``: where it came from)."""
        self._audit(Action.REMOTE_OPEN, by=by)

    # -- event log ------------------------------------------------------------------------
    def prune_events(self, days: int) -> int:
        """Delete events older than ``days`` now (the kiosk also does it hourly)."""
        with self.gallery.transaction():
            n = self.gallery.apply_retention(days)
            self._audit(Action.PRUNE_EVENTS, days=days, deleted=n)
        return n

    # -- files ----------------------------------------------------------------------------
    def backup(self, keep: int = 7) -> Path:
        from faceapp.core.backup import backup

        dest = backup(self.gallery.path, keep=keep)
        self._audit(Action.BACKUP, file=str(dest))
        return dest

    @staticmethod
    def restore(gallery_path: Path, backup_file: str | Path, via: str, key_dir: Path) -> Path:
        """Replace the gallery file by a backup (the current one is saved first); audited in
        the restored gallery. Returns the saved copy of the replaced gallery."""
        from faceapp.core.backup import restore

        safety = restore(gallery_path, backup_file)
        with Gallery(gallery_path, key_dir=key_dir) as g:
            AdminService(g, via)._audit(Action.RESTORE, file=str(backup_file), previous=str(safety))
        return safety
