"""The live decision loop: frames in, decisions and events out. No display code here.

The headless ``faceapp run`` and the Qt kiosk both drive :class:`LiveLoop`; the GUI only
subscribes to its callbacks to draw boxes and banners.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from faceapp.core.decision import (
    DENIED,
    GRANTED,
    SPOOF,
    Decision,
    DecisionEngine,
    DecisionPolicy,
)
from faceapp.core.errors import FaceAppError
from faceapp.core.liveness import LivenessPolicy, LivenessTracker
from faceapp.core.pipeline import FrameResult
from faceapp.core.recognizer import Identification, Recognizer

log = logging.getLogger(__name__)


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
    ) -> None:
        """``door``: a :class:`faceapp.core.door.DoorController` fired on granted decisions."""
        self.recognizer = recognizer
        self.door = door
        self.liveness = liveness
        self.tracker = LivenessTracker(liveness_policy or LivenessPolicy())
        self._pending: Decision | None = None  # recognised, waiting for a sign of life
        self._waited = 0
        self._empty = 0
        self.engine = DecisionEngine(policy, recognizer.is_allowed)
        self.source_name = source_name
        self.on_decision = on_decision
        self.frames = 0
        self.decisions: list[Decision] = []

    def process(self, frame: np.ndarray) -> FrameReport:
        t0 = time.perf_counter()
        self.frames += 1
        result, vote, ident = self.recognizer.frame_vote(frame)
        good = [f for f in result.faces if f.quality.ok]
        if good:
            self._empty = 0
            self.tracker.add(good[0].face)
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

    def _record(self, d: Decision) -> None:
        name = self.recognizer.person(d.person_id).name if d.person_id is not None else None
        self.decisions.append(d)
        try:
            live = d.extra.get("liveness")
            self.recognizer.gallery.log_event(
                "access",
                d.decision,
                d.person_id,
                name,
                d.score,
                None if live is None else ("live" if live["live"] else "spoof"),
                self.source_name,
                {
                    "frames": d.frames,
                    "reason": d.reason,
                    "model": self.recognizer.model_name,
                    "threshold": self.recognizer.threshold,
                },
            )
        except FaceAppError as e:  # a full disk must not stop the door from working
            log.error("event not logged: %s", e)
        if self.door is not None and d.decision == GRANTED:
            from faceapp.core.door import DoorEvent

            self.door.trigger(DoorEvent(d.decision, name, d.person_id, d.score))
        if self.on_decision is not None:
            try:
                self.on_decision(d, name)
            except Exception:  # noqa: BLE001 - an output's failure never stops recognition
                log.exception("decision handler failed")
