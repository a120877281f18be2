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

from faceapp.core.decision import GRANTED, Decision, DecisionEngine, DecisionPolicy
from faceapp.core.errors import FaceAppError
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
    ) -> None:
        """``door``: a :class:`faceapp.core.door.DoorController` fired on granted decisions."""
        self.recognizer = recognizer
        self.door = door
        self.engine = DecisionEngine(policy, recognizer.is_allowed)
        self.source_name = source_name
        self.on_decision = on_decision
        self.frames = 0
        self.decisions: list[Decision] = []

    def process(self, frame: np.ndarray) -> FrameReport:
        t0 = time.perf_counter()
        self.frames += 1
        result, vote, ident = self.recognizer.frame_vote(frame)
        decision = self.engine.feed(vote)
        if decision is not None:
            self._record(decision)
        return FrameReport(result, ident, decision, (time.perf_counter() - t0) * 1e3)

    def _record(self, d: Decision) -> None:
        name = self.recognizer.person(d.person_id).name if d.person_id is not None else None
        self.decisions.append(d)
        try:
            self.recognizer.gallery.log_event(
                "access",
                d.decision,
                d.person_id,
                name,
                d.score,
                None,
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
