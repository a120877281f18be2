"""The door screen's answer per tracked face (issue 15 #1), with a fake clock."""

from __future__ import annotations

import numpy as np

from faceapp.app.door_screen import DoorScreenState
from faceapp.core.decision import DENIED, GRANTED, UNKNOWN, Decision

FACE = np.array([100, 100, 200, 220], float)
MOVED = FACE + 6  # the same person, a little later
OTHER = np.array([400, 90, 500, 210], float)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _state():
    clock = Clock()
    return DoorScreenState(hold_s=4.0, leave_s=1.0, clock=clock), clock


def test_a_grant_is_not_overwritten_by_a_weaker_answer_for_the_same_face():
    s, clock = _state()
    s.on_frame([FACE])
    assert s.on_decision(Decision(GRANTED, 1, 0.7, 5), "Laura")
    clock.t = 0.35
    s.on_frame([MOVED])
    assert not s.on_decision(Decision(UNKNOWN, None, 0.2, 5), None)  # a blurred frame
    assert s.shown().decision == GRANTED and s.shown().name == "Laura"
    assert s.box_decision() == GRANTED  # box and banner agree


def test_a_stronger_answer_replaces_a_weaker_one():
    s, clock = _state()
    s.on_frame([FACE])
    assert s.on_decision(Decision(UNKNOWN, None, 0.2, 5), None)
    clock.t = 1.0
    s.on_frame([MOVED])
    assert s.on_decision(Decision(GRANTED, 1, 0.7, 5), "Laura")
    assert s.shown().decision == GRANTED


def test_a_new_face_starts_afresh_once_the_first_has_left():
    s, clock = _state()
    s.on_frame([FACE])
    s.on_decision(Decision(GRANTED, 1, 0.7, 5), "Laura")
    clock.t = 0.5
    s.on_frame([])  # Laura walks through the door
    clock.t = 2.0
    s.on_frame([OTHER])  # a stranger steps up
    assert s.shown() is None and s.box_decision() is None
    assert s.on_decision(Decision(UNKNOWN, None, 0.1, 5), None)
    assert s.shown().decision == UNKNOWN


def test_the_answer_ends_after_the_hold_even_if_the_face_stays():
    s, clock = _state()
    s.on_frame([FACE])
    s.on_decision(Decision(DENIED, 2, 0.6, 5, "person is disabled"), "Bob")
    for t in np.arange(0.5, 4.5, 0.5):
        clock.t = float(t)
        s.on_frame([FACE])
    assert s.shown() is None  # idle again: the next decision for Bob shows
    assert s.on_decision(Decision(UNKNOWN, None, 0.2, 5), None)


def test_someone_passing_behind_does_not_take_over_the_answer():
    s, clock = _state()
    s.on_frame([FACE])
    s.on_decision(Decision(GRANTED, 1, 0.7, 5), "Laura")
    clock.t = 0.3
    s.on_frame([OTHER])  # another face, first in the list, while Laura's answer holds
    assert s.shown().decision == GRANTED and s.box_decision() == GRANTED
    assert not s.on_decision(Decision(UNKNOWN, None, 0.1, 5), None)
