"""Liveness: is the face in front of the camera a live person or a photo / a phone screen?

An active check that a person passes without thinking while the decision frames are being
collected: over the window, a live face either **blinks** (the eye aspect ratio from the face
mesh dips and recovers) or **moves its head in 3-D** (yaw or pitch from the mesh changes by a
few degrees). A printed photo or a screen that is moved, scaled or rotated in front of the
camera changes the face's position, size and in-plane angle, but not its 3-D pose relative to
the camera and not its eyelids, so it shows neither sign.

Not a certified presentation-attack detector: a replayed *video* of the enrolled person shows
both signs. See the README's security section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from faceapp.core.detection import MESH_EAR_L, MESH_EAR_R, Face
from faceapp.core.quality import head_pose


def eye_aspect_ratio(mesh: np.ndarray) -> float:
    """Mean over both eyes of (vertical lid gaps) / (2 x eye width), from mesh points."""
    out = []
    for idx in (MESH_EAR_L, MESH_EAR_R):
        p = mesh[list(idx), :2]
        v = np.linalg.norm(p[1] - p[5]) + np.linalg.norm(p[2] - p[4])
        h = 2 * np.linalg.norm(p[0] - p[3])
        out.append(v / h if h > 0 else 0.0)
    return float(np.mean(out))


@dataclass
class LivenessPolicy:
    blink_drop: float = 0.65  # a blink: EAR below this fraction of the window's open-eye level
    min_pose_range: float = 4.0  # degrees of yaw or pitch change across the window
    min_frames: int = 3
    history: int = 45  # frames of evidence kept (about 3 s at 15 fps)
    max_wait: int = 30  # frames a recognised face may take to show a sign of life


@dataclass
class LivenessTracker:
    policy: LivenessPolicy = field(default_factory=LivenessPolicy)
    ears: list[float] = field(default_factory=list)
    yaws: list[float] = field(default_factory=list)
    pitches: list[float] = field(default_factory=list)

    def reset(self) -> None:
        self.ears.clear()
        self.yaws.clear()
        self.pitches.clear()

    def add(self, face: Face) -> None:
        if face.mesh is None:
            return
        self.ears.append(eye_aspect_ratio(face.mesh))
        yaw, pitch, _ = head_pose(face)
        self.yaws.append(yaw)
        self.pitches.append(pitch)
        for series in (self.ears, self.yaws, self.pitches):
            del series[: -self.policy.history]

    def evidence(self) -> dict:
        n = len(self.ears)
        if n < self.policy.min_frames:
            return {"frames": n, "blink": False, "pose_range": 0.0, "live": False}
        ears = np.array(self.ears)
        open_level = float(np.percentile(ears, 80))
        blink = bool(
            open_level > 0
            and ears.min() < self.policy.blink_drop * open_level
            and ears[-1] > ears.min()
        )
        pose = float(max(np.ptp(self.yaws), np.ptp(self.pitches)))
        return {
            "frames": n,
            "blink": blink,
            "pose_range": round(pose, 2),
            "live": blink or pose >= self.policy.min_pose_range,
        }

    @property
    def live(self) -> bool:
        return bool(self.evidence()["live"])
