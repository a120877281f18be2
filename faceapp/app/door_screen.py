"""What the door screen says, decided per tracked face: one person, one answer.

Decisions arrive every few frames, and a person standing at the door can get "granted" and
then, a moment later, a weaker "unknown" from a blurred frame. A door screen that simply shows
the latest decision contradicts itself. Here a face is tracked from frame to frame by the
overlap of its box; the answer shown for it holds for ``hold_s`` (the decision cooldown) or
until the face leaves, and a weaker answer never replaces a stronger one for the same face.
A new face starts afresh. The banner, the colour of the face's box and the status line all
come from the same state, so they always agree. Qt-free, so it is tested with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from faceapp.core.decision import DENIED, GRANTED, SPOOF, UNKNOWN, Decision
from faceapp.core.detection import iou as _iou

#: How strong an answer is: a stronger one may replace a weaker one for the same face.
STRENGTH = {UNKNOWN: 1, SPOOF: 2, DENIED: 3, GRANTED: 4}


@dataclass
class Shown:
    """The answer on screen: ``decision`` (granted/denied/spoof/unknown), who, why."""

    decision: str
    name: str | None
    reason: str
    until: float


class DoorScreenState:
    """Feed it every frame's face boxes (dominant face first) and every decision; ask
    :meth:`shown` what to display and :meth:`box_decision` how to colour the face."""

    def __init__(
        self,
        hold_s: float = 4.0,
        leave_s: float = 1.0,
        min_iou: float = 0.3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.hold_s, self.leave_s, self.min_iou = hold_s, leave_s, min_iou
        self.clock = clock
        self.track: np.ndarray | None = None  # the tracked face's last box
        self.seen_at = -np.inf
        self.current: Shown | None = None

    def on_frame(self, boxes: list[np.ndarray]) -> None:
        """Follow the tracked face; a face that does not overlap it is someone new."""
        now = self.clock()
        if self.track is not None and now - self.seen_at > self.leave_s:
            self._new_face()
        if not boxes:
            return
        if self.track is not None:
            best = max(boxes, key=lambda b: _iou(b, self.track))
            if _iou(best, self.track) >= self.min_iou:
                self.track, self.seen_at = np.asarray(best, float), now
                return
            if now - self.seen_at <= self.leave_s and self._showing(now):
                return  # someone else passing while the answer holds: keep following ours
            self._new_face()
        self.track, self.seen_at = np.asarray(boxes[0], float), now

    def _new_face(self) -> None:
        self.track = None
        self.current = None

    def _showing(self, now: float) -> bool:
        return self.current is not None and now < self.current.until

    def on_decision(self, decision: Decision, name: str | None) -> bool:
        """Take a decision for the tracked face; False when it is ignored (weaker than the
        answer that still holds for this face)."""
        now = self.clock()
        if decision.decision not in STRENGTH:
            return False
        if self._showing(now) and STRENGTH[decision.decision] < STRENGTH[self.current.decision]:
            return False
        self.current = Shown(decision.decision, name, decision.reason, now + self.hold_s)
        return True

    def shown(self) -> Shown | None:
        """The answer to display now, or None (idle)."""
        return self.current if self._showing(self.clock()) else None

    def box_decision(self) -> str | None:
        """The tracked face's box colour follows the answer shown for it."""
        s = self.shown()
        return s.decision if s is not None else None
