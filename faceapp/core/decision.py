"""Access decisions from several consecutive frames.

A single frame can be a lucky or unlucky match; a door opens only when ``k`` of the last ``n``
frames agree on the same enrolled, currently valid person above the threshold. A clear
rejection likewise needs ``k`` frames of a face that matches nobody. After a decision, the
same person is not decided again within the cooldown, so a person standing at the door does
not flood the log.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field

GRANTED, DENIED, UNKNOWN, NO_FACE, SPOOF = "granted", "denied", "unknown", "no_face", "spoof"


@dataclass
class FrameVote:
    """What one frame said: a person id above threshold, a face below it, or nothing usable."""

    person_id: int | None  # best match above threshold, else None
    score: float | None
    face: bool  # a face of usable quality was present


@dataclass
class Decision:
    decision: str  # granted / denied / unknown / spoof
    person_id: int | None
    score: float | None
    frames: int
    reason: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class DecisionPolicy:
    window: int = 5  # n: frames considered
    agree: int = 3  # k: frames that must agree
    cooldown_s: float = 5.0  # no second decision for the same person (or stranger) sooner


class DecisionEngine:
    """Feeds on :class:`FrameVote`s and returns a :class:`Decision` when one is reached.

    ``is_allowed(person_id) -> (ok, reason)`` says whether a recognised person may enter now
    (enabled, inside their validity window); a recognised but not allowed person is *denied*,
    while a face that matches nobody is *unknown*.
    """

    def __init__(
        self,
        policy: DecisionPolicy | None = None,
        is_allowed: Callable[[int], tuple[bool, str]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or DecisionPolicy()
        self.is_allowed = is_allowed or (lambda pid: (True, ""))
        self.clock = clock
        self.votes: deque[FrameVote] = deque(maxlen=self.policy.window)
        self._last: dict[object, float] = {}

    def reset(self) -> None:
        self.votes.clear()

    def _cooling(self, key: object) -> bool:
        t = self._last.get(key)
        return t is not None and self.clock() - t < self.policy.cooldown_s

    def feed(self, vote: FrameVote) -> Decision | None:
        if not vote.face:
            # An empty frame breaks a streak only after a whole window of nothing.
            self.votes.append(vote)
            if not any(v.face for v in self.votes):
                self.votes.clear()
            return None
        self.votes.append(vote)
        people = Counter(v.person_id for v in self.votes if v.face and v.person_id is not None)
        strangers = sum(1 for v in self.votes if v.face and v.person_id is None)
        k = self.policy.agree
        if people:
            pid, n = people.most_common(1)[0]
            if n >= k:
                scores = [v.score for v in self.votes if v.person_id == pid and v.score is not None]
                score = max(scores) if scores else None
                self.votes.clear()
                if self._cooling(pid):
                    return None
                self._last[pid] = self.clock()
                ok, reason = self.is_allowed(pid)
                return Decision(GRANTED if ok else DENIED, pid, score, n, reason)
        if strangers >= k:
            scores = [v.score for v in self.votes if v.person_id is None and v.score is not None]
            self.votes.clear()
            if self._cooling(None):
                return None
            self._last[None] = self.clock()
            return Decision(
                UNKNOWN,
                None,
                max(scores) if scores else None,
                strangers,
                "face does not match anyone enrolled",
            )
        return None
