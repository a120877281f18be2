"""Faults injected on purpose: processes killed mid-write, sources that fail and come back,
a gallery that cannot be written, backups and restore."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import numpy as np
import pytest
from conftest import KEYS, enroll

from faceapp.core.backup import backup, list_backups, restore
from faceapp.core.errors import GalleryError, SourceError
from faceapp.core.frames import CaptureThread, FrameSource
from faceapp.core.gallery import Gallery

WRITER = textwrap.dedent("""
    import os, sys, numpy as np
    from faceapp.core.gallery import Gallery, NewTemplate, PersonDetails
    g = Gallery(sys.argv[1], key_dir=os.environ["FACEAPP_KEY_DIR"])
    rng = np.random.default_rng(int(sys.argv[2]))
    row = g.conn.execute("SELECT model FROM templates LIMIT 1").fetchone()
    model = row[0] if row else "m1"
    n = 0
    while True:
        n += 1
        tpl = [NewTemplate(rng.normal(size=512).astype(np.float32),
                           rng.integers(0, 255, (112, 112, 3), np.uint8), 0.9, "x.jpg")
               for _ in range(3)]
        pid = g.enroll(PersonDetails(f"P{sys.argv[2]}-{n}"), tpl, model)
        print("P", pid, flush=True)
        eid = g.log_event("access", "granted", pid, "x", 0.7)
        print("E", eid, flush=True)
        if n % 3 == 0:  # a model switch: re-embed every template in one transaction
            ids = [r[0] for r in g.conn.execute("SELECT id FROM templates")]
            model = "m2" if model == "m1" else "m1"
            g.replace_embeddings(model, {i: rng.normal(size=512).astype(np.float32)
                                         for i in ids})
            print("S", model, flush=True)
""")


def test_sigkill_mid_write_loses_nothing_committed(tmp_path):
    db = tmp_path / "g.db"
    Gallery(db, key_dir=KEYS).close()
    rng = random.Random(0)
    acked_people, acked_events = set(), set()
    kills = 10
    for k in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(k)], stdout=subprocess.PIPE, text=True
        )
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(proc.stdout,), daemon=True)
        reader.start()
        time.sleep(1.2 + rng.random() * 1.5)  # start-up, then a random point of the work
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(5)
        for line in lines:
            if not line.endswith("\n"):  # cut by the kill while printing: not acknowledged
                continue
            kind, value = line.split()
            if kind == "P":
                acked_people.add(int(value))
            elif kind == "E":
                acked_events.add(int(value))
        with Gallery(db, key_dir=KEYS) as g:
            assert g.integrity_check() == "ok"
            people = {p.id: p.templates for p in g.people()}
            assert acked_people <= set(people), "an acknowledged enrollment was lost"
            assert all(n == 3 for n in people.values()), "a half-enrolled person exists"
            events = {e["id"] for e in g.events()}
            assert acked_events <= events, "an acknowledged event was lost"
            models = {r[0] for r in g.conn.execute("SELECT DISTINCT model FROM templates")}
            assert len(models) <= 1, f"a model switch was left half done: {models}"
    assert len(acked_people) >= kills  # the writer really got work done between kills


class FlakySource(FrameSource):
    """A live source that is unplugged for the first attempts, then delivers frames."""

    live = True
    description = "flaky camera"
    attempts = 0

    def __init__(self) -> None:
        FlakySource.attempts += 1
        if FlakySource.attempts <= 2:
            raise SourceError("camera unplugged", "flaky")

    def frames(self, wanted=None):
        for _ in range(5):
            yield np.zeros((48, 64, 3), np.uint8)
            time.sleep(0.01)
        raise SourceError("stopped delivering frames", "flaky")


def test_capture_reconnects_with_backoff():
    FlakySource.attempts = 0
    statuses: list[tuple[str, bool]] = []
    cap = CaptureThread(
        FlakySource, on_status=lambda t, ok: statuses.append((t, ok)), backoff=0.05, max_backoff=0.2
    ).start()
    try:
        frame, seq = cap.latest(0, timeout=5)
        assert frame is not None and seq >= 1
        deadline = time.time() + 5
        while cap.reconnects < 4 and time.time() < deadline:
            time.sleep(0.05)
    finally:
        cap.stop()
    texts = [t for t, _ in statuses]
    assert any("unplugged" in t and "retrying" in t for t in texts)
    assert any(ok for _, ok in statuses)  # came back by itself
    assert cap.reconnects >= 4  # and keeps coming back after each loss


def test_backup_rotation_and_restore(tmp_path):
    db = tmp_path / "gallery.db"
    with Gallery(db, key_dir=KEYS) as g:
        g.log_event("system", "start")
    made = [backup(db, keep=3) for _ in range(5)]
    assert len(list_backups(db)) == 3 and list_backups(db)[0] == made[-1]
    with Gallery(db, key_dir=KEYS) as g:
        g.log_event("system", "after-backup")
        assert len(g.events()) == 2
    safety = restore(db, made[-1])
    with Gallery(db, key_dir=KEYS) as g:
        assert [e["decision"] for e in g.events()] == ["start"]
        assert g.integrity_check() == "ok"
    assert safety.exists()  # the replaced state was kept
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(GalleryError):
        restore(db, bad)
    with Gallery(db, key_dir=KEYS) as g:
        assert [e["decision"] for e in g.events()] == ["start"]


def test_backup_while_another_process_writes(tmp_path):
    db = tmp_path / "g.db"
    Gallery(db, key_dir=KEYS).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "99"], stdout=subprocess.DEVNULL
    )
    try:
        time.sleep(1.5)
        copies = [backup(db, keep=10) for _ in range(3)]
    finally:
        proc.kill()
        proc.wait()
    for c in copies:
        con = sqlite3.connect(c)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()


def test_kiosk_keeps_deciding_when_the_log_cannot_be_written(tmp_path, pipeline):
    """A read-only gallery (full disk, permissions): decisions continue from memory."""
    import cv2
    from conftest import lfw

    from faceapp.core.decision import DecisionPolicy
    from faceapp.core.live import LiveLoop
    from faceapp.core.recognizer import Recognizer

    db = tmp_path / "g.db"
    with Gallery(db, key_dir=KEYS) as g:
        enroll(Recognizer(g, pipeline, 0.3), "Tony", [lfw("Tony_Blair", 3)])
    ro = Gallery(db, readonly=True, key_dir=KEYS)
    loop = LiveLoop(Recognizer(ro, pipeline, 0.3), DecisionPolicy(3, 2, 0))
    for i in (5, 6, 7):
        canvas = np.full((480, 640, 3), 50, np.uint8)
        canvas[115:365, 195:445] = cv2.imread(str(lfw("Tony_Blair", i)))
        loop.process(canvas)
    assert [d.decision for d in loop.decisions] == ["granted"]
    ro.close()


def test_disk_full_keeps_recognising_and_corrupts_nothing(tmp_path, pipeline):
    """SQLite reports a full disk (its page cap, the same SQLITE_FULL a full filesystem
    gives): events and enrollments fail with a clear error, the kiosk keeps deciding from
    memory and says so, and the gallery is intact and writable once space is back."""
    import cv2
    from conftest import lfw

    from faceapp.core.decision import DecisionPolicy
    from faceapp.core.live import LiveLoop
    from faceapp.core.recognizer import Recognizer

    g = Gallery(tmp_path / "g.db", key_dir=KEYS)
    rec = Recognizer(g, pipeline, 0.3)
    enroll(rec, "Tony", [lfw("Tony_Blair", 3)])
    before = (len(g.people()), len(g.events()), g.integrity_check())
    pages = g.conn.execute("PRAGMA page_count").fetchone()[0]
    g.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    for pad in (2000, 200, 20, 0):  # fill what is left of the last pages, to the last byte
        with pytest.raises(GalleryError, match="disk full"):
            for _ in range(500):
                g.log_event("access", "granted", 1, "x", 0.5, details={"pad": "x" * pad})
    with pytest.raises(GalleryError, match="disk full"):
        enroll(rec, "Colin", [lfw("Colin_Powell", 1)])
    said = []
    loop = LiveLoop(rec, DecisionPolicy(3, 2, 0), liveness=False)
    loop.on_status = lambda text, ok: said.append((text, ok))
    for i in (5, 6, 7):
        canvas = np.full((480, 640, 3), 50, np.uint8)
        canvas[115:365, 195:445] = cv2.imread(str(lfw("Tony_Blair", i)))
        loop.process(canvas)
    assert [d.decision for d in loop.decisions] == ["granted"]
    assert loop.log_failures == 1 and said and "disk full" in said[0][0] and not said[0][1]
    assert [p.name for p in g.people()] == ["Tony"] and g.integrity_check() == "ok"
    g.conn.execute("PRAGMA max_page_count = 1073741823")  # space is back
    enroll(rec, "Colin", [lfw("Colin_Powell", 1)])
    assert len(g.people()) == before[0] + 1 and g.integrity_check() == "ok"
    g.close()
