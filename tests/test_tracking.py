"""Following faces from frame to frame (the live loop's detector, which runs the face detector
on one frame of three while one face is in view) changes no decision: a recorded sequence of
people at the door gives the same decisions, for the same people, as detecting every frame as
a photo. Real detector, shipped model, real photos."""

from __future__ import annotations

import cv2
import numpy as np
from conftest import KEYS, enroll, lfw

from faceapp.core.decision import DecisionPolicy
from faceapp.core.detection import FaceDetector
from faceapp.core.gallery import Gallery
from faceapp.core.live import LiveLoop
from faceapp.core.pipeline import FacePipeline
from faceapp.core.recognizer import Recognizer

PEOPLE = {"Colin_Powell": (1, 2), "Hugo_Chavez": (1, 2), "Jacques_Chirac": (1, 2)}
AT_THE_DOOR = [("Colin_Powell", 6), ("Hugo_Chavez", 5), ("Tony_Blair", 1), ("Jacques_Chirac", 4)]


def recorded_sequence(hold: int = 14) -> list[np.ndarray]:
    """Each visitor stands in a 640x480 frame for ``hold`` frames, moving a little; an empty
    scene between visitors."""
    frames = []
    for name, i in AT_THE_DOOR:
        photo = cv2.imread(str(lfw(name, i)))
        canvas = np.full((480, 640, 3), 70, np.uint8)
        canvas[115:365, 195:445] = photo
        for k in range(hold):
            move = np.float32([[1, 0, 3 * np.sin(k)], [0, 1, 2 * np.cos(k)]])
            frames.append(cv2.warpAffine(canvas, move, (640, 480), borderMode=1))
        frames += [np.full((480, 640, 3), 70, np.uint8)] * 20
    return frames


def decisions(embedder, detector, tmp_path, name: str) -> list[tuple[str, str | None]]:
    with Gallery(tmp_path / f"{name}.db", key_dir=KEYS) as g:
        rec = Recognizer(g, FacePipeline(embedder, detector), 0.3)
        for person, idx in PEOPLE.items():
            enroll(rec, person.replace("_", " "), [lfw(person, i) for i in idx])
        loop = LiveLoop(rec, DecisionPolicy(5, 3, 5.0), "recorded", liveness=False)
        out = []
        for frame in recorded_sequence():
            d = loop.process(frame).decision
            if d is not None:
                out.append((d.decision, rec.person(d.person_id).name if d.person_id else None))
        return out


def test_following_faces_gives_the_same_decisions(tmp_path, embedder):
    with FaceDetector("short") as photo, FaceDetector("short", video=True) as video:
        each_frame = decisions(embedder, photo, tmp_path, "photo")
        followed = decisions(embedder, video, tmp_path, "video")
    assert followed == each_frame, (followed, each_frame)
    # most frames with a visitor were followed by the mesh alone, without the detector
    assert video.followed_frames >= len(AT_THE_DOOR) * 14 // 2, video.followed_frames
    assert ("granted", "Colin Powell") in followed and ("unknown", None) in followed


def test_someone_who_joins_is_seen_within_a_detector_round():
    """While one face is followed by the mesh alone, a second person stepping into view is
    found by the next detector run (within ``DETECT_EVERY`` frames), and the face count comes
    back down when they leave."""
    from faceapp.core.detection import DETECT_EVERY

    a = cv2.imread(str(lfw("Colin_Powell", 1)))[40:210, 40:210]
    b = cv2.imread(str(lfw("Hugo_Chavez", 1)))[40:210, 40:210]
    alone = np.full((480, 640, 3), 70, np.uint8)
    alone[150:320, 60:230] = a
    both = alone.copy()
    both[150:320, 400:570] = b
    with FaceDetector("short", video=True) as video:
        counts = [len(video.detect(alone)) for _ in range(7)]
        assert counts == [1] * 7 and video.followed_frames >= 3, counts
        joined = [len(video.detect(both)) for _ in range(DETECT_EVERY + 2)]
        assert 2 in joined[:DETECT_EVERY], joined
        assert joined[-1] == 2, joined
        left = [len(video.detect(alone)) for _ in range(DETECT_EVERY + 2)]
        assert left[-1] == 1, left


def test_only_the_face_in_front_votes(tmp_path, embedder):
    """A bystander behind (less than half the face area, sharp, enrolled) does not vote while
    the person in front is refused by the quality gate (blurred): nobody is recognised from
    that frame. (Two faces of about one size are both at the door: the one facing the camera
    votes, as in the recorded sequence's Tony Blair photo.)"""
    with Gallery(tmp_path / "front.db", key_dir=KEYS) as g, FaceDetector("short", True) as det:
        rec = Recognizer(g, FacePipeline(embedder, det), 0.3)
        enroll(rec, "Colin Powell", [lfw("Colin_Powell", i) for i in (1, 2)])
        frame = np.full((480, 640, 3), 70, np.uint8)
        front = cv2.resize(cv2.imread(str(lfw("Hugo_Chavez", 1))), (420, 420))
        frame[115:365, 390:640] = cv2.imread(str(lfw("Colin_Powell", 6)))
        frame[20:440, 0:420] = cv2.GaussianBlur(front, (0, 0), 3)
        res, vote, ident = rec.frame_vote(frame)
        assert len(res.faces) == 2 and res.faces[0].face.box[0] < 200  # the front face first
        assert not res.faces[0].quality.ok and res.faces[1].quality.ok
        assert res.voter is None and not vote.face and ident is None
        assert all(f.embedding is None for f in res.faces)  # nobody embedded for nothing
        # the bystander alone in view does vote
        alone = np.full((480, 640, 3), 70, np.uint8)
        alone[115:365, 390:640] = frame[115:365, 390:640]
        res, vote, ident = rec.frame_vote(alone)
        assert vote.face and ident.person is not None and ident.person.name == "Colin Powell"
