"""The live decision loop: frames in, decisions and events out. No display code here.

The headless ``faceapp run`` and the Qt kiosk both drive :class:`LiveLoop`; the GUI only
subscribes to its callbacks to draw boxes and banners.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from faceapp.core.decision import (
    DENIED,
    GRANTED,
    SPOOF,
    UNKNOWN,
    Decision,
    DecisionEngine,
    DecisionPolicy,
)
from faceapp.core.errors import FaceAppError, Reason
from faceapp.core.liveness import LivenessPolicy, LivenessTracker
from faceapp.core.pipeline import FrameResult
from faceapp.core.recognizer import Identification, Recognizer

log = logging.getLogger(__name__)

# An unknown decision whose best candidate scored within this of the threshold is a near miss:
# its probe is kept, so the admin can mark it "not <candidate>" before a better-lit try gets in.
NEAR_MISS = 0.1
# After this long without any face in view the doorway counts as empty (:meth:`LiveLoop.idle`).
IDLE_AFTER_S = 3.0


@dataclass
class FrameReport:
    """What the loop saw in one frame (for overlays)."""

    result: FrameResult
    identification: Identification | None
    decision: Decision | None
    ms: float


class LiveLoop:
    """Runs recognition on frames and turns votes into logged decisions.

    ``on_decision(decision, person_name)`` is where a door output is triggered; its failures
    are logged and reported, never allowed to stop the loop.
    """

    def __init__(
        self,
        recognizer: Recognizer,
        policy: DecisionPolicy | None = None,
        source_name: str = "",
        on_decision: Callable[[Decision, str | None], None] | None = None,
        door=None,
        liveness: bool = True,
        liveness_policy: LivenessPolicy | None = None,
        snapshots: bool = False,
        retention_days: int = 0,
    ) -> None:
        """``door``: a :class:`faceapp.core.door.DoorController` fired on granted decisions.
        ``snapshots``: keep a small encrypted face image with each access event.
        ``retention_days``: delete older events (checked at start, then hourly)."""
        self.recognizer = recognizer
        self.door = door
        self.liveness = liveness
        self.tracker = LivenessTracker(liveness_policy or LivenessPolicy())
        self._pending: Decision | None = None  # recognised, waiting for a sign of life
        self._waited = 0
        self._empty = 0
        self._face_seen = time.monotonic()  # when a face (any, good or not) was last in view
        self.engine = DecisionEngine(policy, recognizer.is_allowed)
        self.source_name = source_name
        self.on_decision = on_decision
        #: Where each decision is also published (an :class:`faceapp.core.mqtt.MqttLink`).
        self.publisher = None
        self.frames = 0
        #: The latest decisions (bounded: a kiosk runs for months); ``decided`` counts all.
        self.decisions: deque[Decision] = deque(maxlen=1000)
        self.decided = 0
        #: ``on_status(text, ok)``: problems the person at the screen should see (log full).
        self.on_status: Callable[[str, bool], None] | None = None
        self.log_failures = 0
        self.snapshots = snapshots
        self.retention_days = retention_days
        self._pruned_at = -math.inf
        self._last: tuple[np.ndarray, FrameResult] | None = None
        #: The latest good face's aligned crop and identification: what an access event keeps
        #: so that an admin can mark it "not this person".
        self._probe: tuple[np.ndarray, Identification | None] | None = None

    def process(self, frame: np.ndarray) -> FrameReport:
        t0 = time.perf_counter()
        self.frames += 1
        self.apply_retention()
        result, vote, ident = self.recognizer.frame_vote(frame)
        if result.faces:
            self._face_seen = time.monotonic()
        voter = result.voter
        if voter is not None and self.snapshots:
            self._last = (frame, result)
        if voter is not None:
            self._empty = 0
            self.tracker.add(voter.face)
            self._probe = (voter.crop, ident)
        else:
            self._empty += 1
            if self._empty > 15:  # the person left: their evidence and pending decision go
                self.tracker.reset()
                self._pending = None
        decision = self.engine.feed(vote)
        if decision is not None and self.liveness and decision.decision in (GRANTED, DENIED):
            same = self._pending is not None and self._pending.person_id == decision.person_id
            if not same:  # a repeat of the pending decision keeps its waiting time
                self._pending, self._waited = decision, 0
            decision = None
        if self._pending is not None:
            decision = self._check_pending()
        if decision is not None:
            self._record(decision)
        return FrameReport(result, ident, decision, (time.perf_counter() - t0) * 1e3)

    def idle(self, after_s: float = IDLE_AFTER_S) -> bool:
        """Nobody has been in view for ``after_s`` seconds (a face turned away counts as
        somebody): the frame loop may then look less often."""
        return time.monotonic() - self._face_seen >= after_s

    def _check_pending(self) -> Decision | None:
        """Release a recognised decision once the face shows a sign of life; after
        ``max_wait`` frames without one, it is a spoof."""
        ev = self.tracker.evidence()
        d = self._pending
        if ev["live"]:
            self._pending = None
            d.extra["liveness"] = ev
            return d
        self._waited += 1
        if self._waited >= self.tracker.policy.max_wait:
            self._pending = None
            self.tracker.reset()
            return Decision(
                SPOOF,
                d.person_id,
                d.score,
                d.frames,
                "no sign of life (blink or head movement): photo or screen?",
                {"liveness": ev, "would_have_been": d.decision},
            )
        return None

    def set_policy(self, policy: DecisionPolicy) -> None:
        """New decision settings; votes gathered so far are dropped."""
        self.engine = DecisionEngine(policy, self.recognizer.is_allowed)

    def apply_retention(self, every_s: float = 3600.0) -> int:
        """Delete events older than the retention period, at most once per ``every_s``."""
        now = time.monotonic()
        if self.retention_days <= 0 or now - self._pruned_at < every_s:
            return 0
        self._pruned_at = now
        try:
            n = self.recognizer.gallery.apply_retention(self.retention_days)
        except FaceAppError as e:
            log.error("old events not deleted: %s", e)
            return 0
        if n:
            log.info("deleted %d events older than %d days", n, self.retention_days)
        return n

    def _snapshot(self) -> bytes | None:
        """The last good face of the decision, cropped with a margin, as a small JPEG."""
        if self._last is None:
            return None
        frame, result = self._last
        x1, y1, x2, y2 = (float(v) for v in result.faces[0].face.box)
        m = 0.3 * max(x2 - x1, y2 - y1)
        h, w = frame.shape[:2]
        crop = frame[
            max(0, int(y1 - m)) : min(h, int(y2 + m)), max(0, int(x1 - m)) : min(w, int(x2 + m))
        ]
        if crop.size == 0:
            return None
        scale = 160 / max(crop.shape[:2])
        if scale < 1:
            crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        ok, buf = cv2.imencode(".jpg", crop, [cv2.IMWRITE_JPEG_QUALITY, 85])
        return buf.tobytes() if ok else None

    def _probe_for(self, d: Decision, details: dict) -> np.ndarray | None:
        """The aligned crop to keep with a decision's event: for a grant or a refusal of a
        recognised person, and for a near miss (unknown, but within ``NEAR_MISS`` of the
        threshold), whose candidate goes into ``details``. Other strangers leave nothing."""
        if self._probe is None:
            return None
        crop, ident = self._probe
        if d.decision in (GRANTED, DENIED) and d.person_id is not None:
            return crop
        if d.decision == UNKNOWN and ident is not None and ident.candidates:
            person, score = ident.candidates[0]
            if score >= self.recognizer.threshold - NEAR_MISS:
                details.update(candidate_id=person.id, candidate=person.name)
                return crop
        return None

    def _record(self, d: Decision) -> None:
        name = self.recognizer.person(d.person_id).name if d.person_id is not None else None
        details = {
            "frames": d.frames,
            "reason": d.reason,
            "model": self.recognizer.model_name,
            "threshold": self.recognizer.threshold,
        }
        probe = self._probe_for(d, details)
        self.decisions.append(d)
        self.decided += 1
        live = d.extra.get("liveness")
        try:
            self.recognizer.gallery.log_event(
                "access",
                d.decision,
                d.person_id,
                name,
                d.score,
                None if live is None else ("live" if live["live"] else "spoof"),
                self.source_name,
                details,
                self._snapshot() if self.snapshots else None,
                probe,
            )
        except FaceAppError as e:  # a full disk must not stop the door from working
            self.log_failures += 1
            log.error("event not logged: %s", e)
            if self.on_status is not None:
                self.on_status(
                    Reason("Event log not written ({why}) - recognition goes on", why=e.reason),
                    False,
                )
        if self.door is not None and d.decision == GRANTED:
            from faceapp.core.door import DoorEvent

            self.door.trigger(DoorEvent(d.decision, name, d.person_id, d.score))
        if self.publisher is not None:
            self.publisher.decision(
                {
                    "decision": d.decision,
                    "person": name,
                    "person_id": d.person_id,
                    "score": None if d.score is None else round(float(d.score), 4),
                    "liveness": None if live is None else ("live" if live["live"] else "spoof"),
                    "reason": d.reason,
                    "source": self.source_name,
                }
            )
        if self.on_decision is not None:
            try:
                self.on_decision(d, name)
            except Exception:  # noqa: BLE001 - an output's failure never stops recognition
                log.exception("decision handler failed")
