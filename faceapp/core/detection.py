"""Face detection and landmarks with mediapipe (models load from the installed wheel).

mediapipe's BlazeFace detector gives boxes and scores but only six coarse keypoints (no mouth
corners), while the ArcFace alignment that EdgeFace was trained with needs five points: both
eye centres, the nose tip and both mouth corners. So each detection is refined by the face mesh
(468 points) run on a crop around it; the mesh also gives head pose for the quality gate and
eyelid points for liveness. Where the mesh fails on a crop, the detector's keypoints are used
and the mouth corners are estimated from the mouth centre.

On video (``video=True``, the kiosk's live loop) the mesh follows the face from frame to frame
instead (mediapipe's tracking mode, on the whole frame): the static mesh runs a face detector
of its own on every crop, the tracking one only when it loses the face. The tracked face is
used only where it is the detector's face (their boxes overlap); any other face is refined as
on a photo. A face alone in view is followed by the mesh alone on two frames of three
(``DETECT_EVERY``), the detector running on the third to find anyone who joins; the landmarks,
and so the decisions, are the mesh's either way. On a 2-core CPU this takes the detection stage
from about 10 ms (as on photos) to about 3-4 ms a frame (``faceapp.bench.pipeline``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import dataclass, field
from typing import Literal

import cv2
import numpy as np

from faceapp.core.images import check_frame
from faceapp.core.native_log import native_stderr_to_log

log = logging.getLogger(__name__)

# Face-mesh indices (image-left = the subject's right side).
MESH_EYE_L = (33, 133)  # image-left eye: outer and inner corner
MESH_EYE_R = (362, 263)  # image-right eye: inner and outer corner
MESH_NOSE = 1
MESH_MOUTH_L = 61
MESH_MOUTH_R = 291
MESH_FOREHEAD = 10
MESH_CHIN = 152
# Upper/lower lid and corners, used for the eye aspect ratio (blink).
MESH_EAR_L = (33, 160, 158, 133, 153, 144)
MESH_EAR_R = (362, 385, 387, 263, 373, 380)

DetectorRange = Literal["short", "full", "auto"]


@dataclass
class Face:
    """One detected face in frame pixel coordinates."""

    box: np.ndarray  # (4,) x1, y1, x2, y2
    score: float
    landmarks: np.ndarray  # (5, 2) eye L, eye R, nose, mouth L, mouth R (image left/right)
    mesh: np.ndarray | None = field(default=None, repr=False)  # (468, 3) x, y px; z ~ px

    @property
    def width(self) -> float:
        return float(self.box[2] - self.box[0])

    @property
    def height(self) -> float:
        return float(self.box[3] - self.box[1])

    @property
    def eye_distance(self) -> float:
        return float(np.linalg.norm(self.landmarks[1] - self.landmarks[0]))


def _quiet_mediapipe() -> None:
    # mediapipe's C++ logging (glog/absl) floods stderr at start-up; keep errors only.
    os.environ.setdefault("GLOG_minloglevel", "2")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def import_mediapipe():
    """``import mediapipe``, without matplotlib.

    mediapipe's ``solutions`` package imports ``matplotlib.pyplot`` for drawing helpers that the
    kiosk never calls, and that import is most of mediapipe's (about 0.8 of 1.1 s at every
    start, and 35 MB in the bundle, which leaves matplotlib out). So while mediapipe is
    imported, an empty stand-in answers for pyplot; it is removed again afterwards, so any
    later ``import matplotlib.pyplot`` gets the real one (only mediapipe's drawing helpers
    keep the stand-in)."""
    import sys
    import types

    if "mediapipe" in sys.modules:
        return sys.modules["mediapipe"]
    stand_in = {}
    if "matplotlib.pyplot" not in sys.modules:
        pyplot = types.ModuleType("matplotlib.pyplot")
        stand_in["matplotlib.pyplot"] = pyplot
        if "matplotlib" not in sys.modules:
            stand_in["matplotlib"] = types.ModuleType("matplotlib")
            stand_in["matplotlib"].pyplot = pyplot
    sys.modules.update(stand_in)
    try:
        import mediapipe
    finally:
        for name, module in stand_in.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return mediapipe


# On video, a face alone in view is followed by the tracking mesh alone for this many frames
# out of each run, the detector running on the others (it finds newcomers; the mesh holds one
# face). At 15 fps a person who joins is seen within 0.2 s.
DETECT_EVERY = 3


@dataclass
class _Followed:
    """The face followed without the detector: its last detector box and score, and the mesh's
    box in the same frame, which the next frame's mesh is compared with."""

    box: np.ndarray
    score: float
    mesh_box: np.ndarray
    frames: int = 0  # frames since the detector last ran


def iou(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two x1,y1,x2,y2 boxes."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return float(inter / union) if union > 0 else 0.0


class FaceDetector:
    """mediapipe face detection + face mesh refinement.

    ``detector_range``: ``"short"`` (BlazeFace short-range, faces within about 2 m: the kiosk),
    ``"full"`` (full-range, small faces further away) or ``"auto"`` (short first, full-range if
    nothing was found: for photo files). Instances are not shared between threads; a lock makes
    accidental sharing safe rather than fast.
    """

    def __init__(
        self,
        detector_range: DetectorRange = "short",
        min_score: float = 0.5,
        max_faces: int = 5,
        video: bool = False,
    ) -> None:
        _quiet_mediapipe()
        self.video = video
        self.detector_range = detector_range
        self.min_score = min_score
        self.max_faces = max_faces
        self._lock = threading.Lock()
        # mediapipe and TF Lite print their start-up lines while building the graphs and on the
        # first frames that reach the mesh: those go to the log (debug), not the console
        self._quiet = True
        with native_stderr_to_log(log):
            mp = import_mediapipe()

            fd = mp.solutions.face_detection
            self._short = fd.FaceDetection(model_selection=0, min_detection_confidence=min_score)
            self._full = None
            if detector_range in ("full", "auto"):
                self._full = fd.FaceDetection(model_selection=1, min_detection_confidence=min_score)
            self._mesh = mp.solutions.face_mesh.FaceMesh(
                static_image_mode=True,
                max_num_faces=1,
                refine_landmarks=False,
                min_detection_confidence=0.3,
            )
            self._track = None
            self._follow: _Followed | None = None
            #: Frames whose one face came from the tracking mesh alone (no detector run).
            self.followed_frames = 0
            if video:
                self._track = mp.solutions.face_mesh.FaceMesh(
                    static_image_mode=False,
                    max_num_faces=1,
                    refine_landmarks=False,
                    min_detection_confidence=0.5,
                    min_tracking_confidence=0.5,
                )
            blank = np.zeros((128, 128, 3), np.uint8)  # the graphs start on their first frame
            for graph in (self._short, self._full, self._mesh, self._track):
                if graph is not None:
                    graph.process(blank)

    def close(self) -> None:
        for g in (self._short, self._full, self._mesh, self._track):
            if g is not None:
                g.close()

    def __enter__(self) -> FaceDetector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def detect(self, bgr: np.ndarray) -> list[Face]:
        """All faces in a BGR frame, best score first."""
        bgr = check_frame(bgr)
        rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
        with self._lock:
            quiet = native_stderr_to_log(log) if self._quiet else contextlib.nullcontext()
            with quiet:
                faces, tracked = self._followed(rgb) if self._follow is not None else (None, None)
                if faces is None:
                    faces = self._detected(rgb, tracked)
            self._quiet = self._quiet and not faces  # until the mesh has run once
        faces.sort(key=lambda f: -f.score)
        return faces[: self.max_faces]

    def _detected(self, rgb: np.ndarray, tracked: tuple[np.ndarray | None] | None) -> list[Face]:
        """Every face the detector finds, refined by the mesh (the tracking one where it holds
        the same face). ``tracked``: the tracking mesh's result on this frame in a 1-tuple,
        where it already ran (it must not see one frame twice)."""
        if self.detector_range == "full":
            dets = self._run_detector(self._full, rgb)
        else:
            dets = self._run_detector(self._short, rgb)
            if not dets and self.detector_range == "auto":
                dets = self._run_detector(self._full, rgb)
        if tracked is not None:
            tracked = tracked[0]
        elif self._track is not None and dets:
            tracked = self._tracked(rgb)
        faces = []
        self._follow = None
        for box, score, kps in dets:
            if tracked is not None and iou(box, _mesh_box(tracked)) > 0.4:
                faces.append(Face(box, score, five_points_from_mesh(tracked), tracked))
                if len(dets) == 1:  # alone in view: followed without the detector for a while
                    self._follow = _Followed(box, score, _mesh_box(tracked))
                tracked = None  # one face only
            else:
                faces.append(self._refine(rgb, box, score, kps))
        return faces

    def _followed(
        self, rgb: np.ndarray
    ) -> tuple[list[Face] | None, tuple[np.ndarray | None] | None]:
        """The one face in view, from the tracking mesh alone, and the mesh's result (in a
        1-tuple where the mesh ran). No faces (None) when the detector must run: every
        ``DETECT_EVERY`` frames (someone may have joined), or when the tracker lost the face
        or jumped away from it."""
        follow = self._follow
        follow.frames += 1
        if follow.frames >= DETECT_EVERY:
            return None, None
        tracked = self._tracked(rgb)
        if tracked is None:
            return None, (None,)
        now = _mesh_box(tracked)
        if iou(now, follow.mesh_box) < 0.5:
            return None, (tracked,)
        # the detector's box, moved and scaled as the mesh's box moved (for overlays and
        # snapshots; decisions use the mesh's landmarks, the same as with the detector)
        box = move_box(follow.box, follow.mesh_box, now)
        follow.box, follow.mesh_box = box, now
        self.followed_frames += 1
        return [Face(box, follow.score, five_points_from_mesh(tracked), tracked)], (tracked,)

    def _run_detector(self, graph, rgb: np.ndarray) -> list[tuple[np.ndarray, float, np.ndarray]]:
        h, w = rgb.shape[:2]
        res = graph.process(rgb)
        out: list[tuple[np.ndarray, float, np.ndarray]] = []
        for d in res.detections or []:
            rb = d.location_data.relative_bounding_box
            box = np.array(
                [rb.xmin * w, rb.ymin * h, (rb.xmin + rb.width) * w, (rb.ymin + rb.height) * h],
                dtype=np.float32,
            )
            kps = np.array(
                [[k.x * w, k.y * h] for k in d.location_data.relative_keypoints], dtype=np.float32
            )
            if any(iou(box, o[0]) > 0.5 for o in out):
                continue
            out.append((box, float(d.score[0]), kps))
        return out

    def _tracked(self, rgb: np.ndarray) -> np.ndarray | None:
        """The tracking mesh's face in this frame, (468, 3) pixels, or None."""
        res = self._track.process(rgb)
        if not res.multi_face_landmarks:
            return None
        h, w = rgb.shape[:2]
        return landmark_array(res.multi_face_landmarks[0]) * np.float32([w, h, w])

    def _refine(self, rgb: np.ndarray, box: np.ndarray, score: float, kps: np.ndarray) -> Face:
        h, w = rgb.shape[:2]
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        side = 1.6 * max(box[2] - box[0], box[3] - box[1])
        x1, y1 = int(max(0, cx - side / 2)), int(max(0, cy - side / 2))
        x2, y2 = int(min(w, cx + side / 2)), int(min(h, cy + side / 2))
        crop = np.ascontiguousarray(rgb[y1:y2, x1:x2])
        mesh = None
        if crop.shape[0] >= 16 and crop.shape[1] >= 16:
            # The mesh model works on a 192x192 input; upscaling tiny crops helps it find them.
            scale = max(1.0, 192.0 / min(crop.shape[:2]))
            if scale > 1.0:
                crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR)
            res = self._mesh.process(crop)
            if res.multi_face_landmarks:
                ch, cw = crop.shape[:2]
                pts = landmark_array(res.multi_face_landmarks[0]) * np.float32([cw, ch, cw])
                pts /= scale
                pts[:, 0] += x1
                pts[:, 1] += y1
                mesh = pts
        lm5 = five_points_from_mesh(mesh) if mesh is not None else five_points_from_keypoints(kps)
        return Face(box=box, score=score, landmarks=lm5, mesh=mesh)


# One NormalizedLandmark as mediapipe serialises it: field 1 of the list (0x0a), 15 bytes long,
# then x (0x0d), y (0x15) and z (0x1d) as little-endian float32, each behind its tag byte.
_LANDMARK = np.dtype(
    [("head", "u1", 2), ("tx", "u1"), ("x", "<f4"), ("ty", "u1"), ("y", "<f4"), ("tz", "u1"),
     ("z", "<f4")]
)  # fmt: skip
_LANDMARK_TAGS = (0x0A, 0x0F, 0x0D, 0x15, 0x1D)


def landmark_array(landmarks) -> np.ndarray:
    """(n, 3) float32 x, y, z of a mediapipe ``NormalizedLandmarkList``.

    Reading 468 landmarks attribute by attribute through the protobuf objects costs about
    0.4 ms a frame, more than the rest of the conversion; the list's serialised bytes have a
    fixed layout when each landmark holds exactly x, y and z, which numpy reads in a few
    microseconds. Any other layout (visibility set, a field missing) is read the slow way."""
    data = landmarks.SerializeToString()
    n = len(landmarks.landmark)
    if len(data) == n * _LANDMARK.itemsize:
        rec = np.frombuffer(data, _LANDMARK)
        tags = (rec["head"][:, 0], rec["head"][:, 1], rec["tx"], rec["ty"], rec["tz"])
        if all((t == want).all() for t, want in zip(tags, _LANDMARK_TAGS, strict=True)):
            return np.stack([rec["x"], rec["y"], rec["z"]], axis=1).astype(np.float32)
    return np.array([[p.x, p.y, p.z] for p in landmarks.landmark], dtype=np.float32)


def move_box(box: np.ndarray, before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """``box`` moved and scaled as a reference box moved from ``before`` to ``after`` (all
    x1, y1, x2, y2): the detector's box follows the mesh's without rerunning the detector."""
    scale = (after[2:] - after[:2]) / np.maximum(before[2:] - before[:2], 1e-6)
    offset = (box[:2] + box[2:]) / 2 - (before[:2] + before[2:]) / 2
    half = (box[2:] - box[:2]) * scale / 2
    mid = (after[:2] + after[2:]) / 2 + offset * scale
    return np.concatenate([mid - half, mid + half]).astype(np.float32)


def _mesh_box(mesh: np.ndarray) -> np.ndarray:
    """The box around a mesh's points (x1, y1, x2, y2)."""
    xy = mesh[:, :2]
    return np.array([*xy.min(axis=0), *xy.max(axis=0)], dtype=np.float32)


def five_points_from_mesh(mesh: np.ndarray) -> np.ndarray:
    """ArcFace five points from the 468-point mesh."""
    xy = mesh[:, :2]
    return np.stack(
        [
            xy[list(MESH_EYE_L)].mean(axis=0),
            xy[list(MESH_EYE_R)].mean(axis=0),
            xy[MESH_NOSE],
            xy[MESH_MOUTH_L],
            xy[MESH_MOUTH_R],
        ]
    ).astype(np.float32)


def five_points_from_keypoints(kps: np.ndarray) -> np.ndarray:
    """Five points from BlazeFace's six keypoints (subject-right eye, subject-left eye, nose tip,
    mouth centre, ears): the mouth corners are placed on the eye line's direction around the
    mouth centre, at the proportions of the ArcFace template."""
    eye_a, eye_b, nose, mouth = kps[0], kps[1], kps[2], kps[3]
    left, right = (eye_a, eye_b) if eye_a[0] <= eye_b[0] else (eye_b, eye_a)
    half = (right - left) * (29.18 / 35.24) / 2  # template mouth width / eye distance
    return np.stack([left, right, nose, mouth - half, mouth + half]).astype(np.float32)
