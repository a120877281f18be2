"""The headless CLI end to end: real detector, real ONNX model, real SQLite, real photos.

Five people from the LFW development set are enrolled from two photos each; other photos of
them must be granted under the right name, photos of strangers must be rejected, and every
bad input must fail with a clear message, a distinct exit code and an unchanged gallery.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from conftest import LFW_DEV, lfw, need

from faceapp.cli.main import main

ENROLL = {
    "Colin_Powell": [1, 2],
    "Tony_Blair": [3, 4],
    "Hugo_Chavez": [1, 2],
    "Jacques_Chirac": [1, 2],
    "Laura_Bush": [1, 3],
}
PROBES = {name: [5, 9, 14] for name in ENROLL}


def strangers(n: int = 10) -> list:
    """Photos of people who appear once in the dev set (none of them enrolled)."""
    need(LFW_DEV)
    out = []
    for d in sorted(LFW_DEV.iterdir()):
        files = sorted(d.glob("*.jpg"))
        if len(files) == 1 and d.name not in ENROLL:
            out.append(files[0])
        if len(out) == n:
            break
    return out


def run(capsys, *args):
    rc = main([str(a) for a in args])
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


@pytest.fixture(scope="module")
def enrolled_db(tmp_path_factory, default_onnx):
    db = tmp_path_factory.mktemp("gallery") / "gallery.db"
    for name, idx in ENROLL.items():
        rc = main(
            [
                "enroll",
                "--db",
                str(db),
                "--model",
                str(default_onnx),
                "--name",
                name.replace("_", " "),
                *[str(lfw(name, i)) for i in idx],
            ]
        )
        assert rc == 0, name
    return db


def snapshot(db) -> tuple:
    c = sqlite3.connect(db)
    try:
        return tuple(
            c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("people", "templates", "events")
        )
    finally:
        c.close()


def test_enrolled_people_are_listed(enrolled_db, default_onnx, capsys):
    rc, out, _ = run(capsys, "people", "list", "--db", enrolled_db, "--json")
    people = json.loads(out)
    assert rc == 0 and sorted(p["name"] for p in people) == sorted(
        n.replace("_", " ") for n in ENROLL
    )
    assert all(p["templates"] == 2 for p in people)


def test_identify_enrolled_people(enrolled_db, default_onnx, capsys):
    """Other photos of enrolled people are let in under their own name, never another's. The
    shipped model does not yet let in every such photo at the default security level (its rate
    is measured by ``faceapp.bench.door_sim``), so most, not all, must get in; a refusal must
    be an honest "unknown" with its score below the threshold, and exit non-zero."""
    granted = 0
    for name, idx in PROBES.items():
        for i in idx:
            rc, out, err = run(
                capsys,
                "identify",
                "--db",
                enrolled_db,
                "--model",
                default_onnx,
                "--json",
                lfw(name, i),
            )
            d = json.loads(out)
            if d["decision"] == "granted":
                assert d["person"] == name.replace("_", " ") and rc == 0, (name, i, d, err)
                assert d["score"] >= d["threshold"]
                granted += 1
            else:
                assert d["decision"] == "unknown" and d["person"] is None and rc != 0, (name, i, d)
                assert d["score"] < d["threshold"]
    assert granted >= 2 * sum(map(len, PROBES.values())) // 3, granted


def test_strangers_are_rejected(enrolled_db, default_onnx, capsys):
    decisions = []
    for photo in strangers(10):
        rc, out, _ = run(
            capsys, "identify", "--db", enrolled_db, "--model", default_onnx, "--json", photo
        )
        d = json.loads(out)
        decisions.append(d["decision"])
        assert d["decision"] in ("unknown", "no_face"), (photo, d)
        assert d["person"] is None and rc != 0
    assert decisions.count("unknown") >= 8  # these are real faces: most must be detected


def test_verify(default_onnx, capsys):
    rc, out, _ = run(
        capsys,
        "verify",
        "--model",
        default_onnx,
        "--json",
        lfw("Tony_Blair", 3),
        lfw("Tony_Blair", 7),
    )
    assert rc == 0 and json.loads(out)["same"] is True
    rc, out, _ = run(
        capsys,
        "verify",
        "--model",
        default_onnx,
        "--json",
        lfw("Tony_Blair", 3),
        lfw("Laura_Bush", 1),
    )
    assert rc == 1 and json.loads(out)["same"] is False


def test_no_face_photo(enrolled_db, default_onnx, capsys, tmp_path):
    p = tmp_path / "wall.jpg"
    cv2.imwrite(str(p), np.full((480, 640, 3), 200, np.uint8))
    before = snapshot(enrolled_db)
    rc, out, _ = run(capsys, "identify", "--db", enrolled_db, "--model", default_onnx, "--json", p)
    assert rc == 3 and json.loads(out) == {
        **json.loads(out),
        "decision": "no_face",
        "person": None,
        "score": None,
    }
    rc, _, err = run(
        capsys, "enroll", "--db", enrolled_db, "--model", default_onnx, "--name", "Wall", p
    )
    assert rc == 3 and "wall.jpg" in err and "no face" in err
    assert snapshot(enrolled_db) == before


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "tiny", "not_image"])
def test_bad_photos_leave_gallery_unchanged(enrolled_db, default_onnx, capsys, tmp_path, kind):
    src = lfw("Colin_Powell", 20).read_bytes()
    p = tmp_path / f"{kind}.jpg"
    if kind == "corrupt":
        p.write_bytes(
            b"\xff\xd8" + bytes(np.random.default_rng(0).integers(0, 255, 3000, np.uint8))
        )
    elif kind == "truncated":
        p.write_bytes(src[: len(src) // 3])
    elif kind == "tiny":
        cv2.imwrite(str(p), np.zeros((1, 1, 3), np.uint8))
    else:
        p.write_text("name,score\nAda,1\n")
    before = snapshot(enrolled_db)
    for cmd in (["identify"], ["enroll", "--name", "Bad"]):
        rc, _, err = run(capsys, *cmd, "--db", enrolled_db, "--model", default_onnx, p)
        assert rc in (3, 4), (cmd, rc, err)
        line = err.strip().splitlines()[-1]
        assert p.name in line and line.startswith("faceapp: error:"), err
    assert snapshot(enrolled_db) == before


def test_wrong_and_truncated_model(enrolled_db, default_onnx, capsys, tmp_path):
    before = snapshot(enrolled_db)
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"not a model" * 100)
    rc, _, err = run(
        capsys, "identify", "--db", enrolled_db, "--model", junk, lfw("Colin_Powell", 5)
    )
    assert rc == 6 and "junk.onnx" in err and "ONNX" in err
    cut = tmp_path / "cut.onnx"
    cut.write_bytes(default_onnx.read_bytes()[:300_000])
    shutil.copy(default_onnx.with_suffix(".json"), cut.with_suffix(".json"))
    rc, _, err = run(
        capsys, "identify", "--db", enrolled_db, "--model", cut, lfw("Colin_Powell", 5)
    )
    assert rc == 6 and "sha256" in err
    rc, _, err = run(
        capsys,
        "identify",
        "--db",
        enrolled_db,
        "--model",
        tmp_path / "no.onnx",
        lfw("Colin_Powell", 5),
    )
    assert rc == 6 and "not found" in err
    assert snapshot(enrolled_db) == before


def test_gallery_problems(enrolled_db, default_onnx, capsys, tmp_path):
    notdb = tmp_path / "notes.db"
    notdb.write_text("shopping list: milk, eggs\n" * 50)
    rc, _, err = run(
        capsys, "identify", "--db", notdb, "--model", default_onnx, lfw("Colin_Powell", 5)
    )
    assert rc == 5 and "notes.db" in err
    assert notdb.read_text() == "shopping list: milk, eggs\n" * 50
    before = snapshot(enrolled_db)
    lock = sqlite3.connect(enrolled_db, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        rc, _, err = run(
            capsys,
            "enroll",
            "--db",
            enrolled_db,
            "--model",
            default_onnx,
            "--name",
            "Late",
            lfw("Andre_Agassi", 1),
        )
        assert rc == 5 and "locked" in err
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert snapshot(enrolled_db) == before


def test_duplicate_enrollment_is_refused(enrolled_db, default_onnx, capsys):
    before = snapshot(enrolled_db)
    rc, _, err = run(
        capsys,
        "enroll",
        "--db",
        enrolled_db,
        "--model",
        default_onnx,
        "--name",
        "Colin again",
        lfw("Colin_Powell", 30),
    )
    assert rc == 5 and "already matches Colin Powell" in err
    assert snapshot(enrolled_db) == before


def test_run_headless_on_a_folder_of_frames(enrolled_db, default_onnx, capsys, tmp_path):
    frames = tmp_path / "frames"
    frames.mkdir()
    # Tony stays in front of the camera for four frames (two photos the shipped model knows
    # him by, two frames each, moved a little), then strangers pass
    seq = [lfw("Tony_Blair", i) for i in (9, 9, 12, 12)] + strangers(4)
    for k, src in enumerate(seq):  # a 640x480 "camera" frame with the photo in it
        canvas = np.full((480, 640, 3), 60, np.uint8)
        canvas[115 + k % 2 * 3 : 365 + k % 2 * 3, 195:445] = cv2.imread(str(src))
        cv2.imwrite(str(frames / f"{k:03d}.jpg"), canvas)
    before = snapshot(enrolled_db)[2]
    rc, out, err = run(
        capsys,
        "run",
        "--headless",
        "--db",
        enrolled_db,
        "--model",
        default_onnx,
        "--source",
        frames,
        "--json",
    )
    assert rc == 0, err
    decisions = [json.loads(line) for line in out.splitlines()]
    assert decisions[0]["decision"] == "granted" and decisions[0]["person"] == "Tony Blair"
    assert any(d["decision"] == "unknown" for d in decisions[1:])
    rc, out, _ = run(capsys, "events", "--db", enrolled_db, "--csv", "--decision", "granted")
    assert "Tony Blair" in out
    assert snapshot(enrolled_db)[2] == before + len(decisions)


def test_delete_person(default_onnx, capsys, tmp_path):
    db = tmp_path / "g.db"
    assert (
        main(
            [
                "enroll",
                "--db",
                str(db),
                "--model",
                str(default_onnx),
                "--name",
                "Laura",
                "--external-id",
                "E7",
                str(lfw("Laura_Bush", 3)),
            ]
        )
        == 0
    )
    rc, out, _ = run(capsys, "people", "delete", "E7", "--db", db)
    assert rc == 0 and "deleted Laura" in out
    rc, out, _ = run(
        capsys, "identify", "--db", db, "--model", default_onnx, "--json", lfw("Laura_Bush", 3)
    )
    assert json.loads(out)["decision"] == "unknown"
    c = sqlite3.connect(db)
    assert c.execute("SELECT COUNT(*) FROM templates").fetchone()[0] == 0
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_console_script_help_everywhere():
    beside = Path(sys.executable).parent / "faceapp"  # the venv's scripts, also off PATH
    exe = str(beside) if beside.exists() else shutil.which("faceapp")
    if exe is None:
        pytest.skip("faceapp console script not installed")
    for args in (
        [],
        ["enroll"],
        ["identify"],
        ["verify"],
        ["people"],
        ["people", "list"],
        ["events"],
        ["run"],
        ["models"],
    ):
        r = subprocess.run([exe, *args, "--help"], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and "usage: faceapp" in r.stdout, (args, r.stderr)
    r = subprocess.run(
        [sys.executable, "-m", "faceapp.cli.main", "identify"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2 and "required" in r.stderr


def test_self_test(default_onnx, capsys):
    rc, out, _ = run(capsys, "--self-test", "--json", "--model", default_onnx)
    d = json.loads(out.strip().splitlines()[-1])
    assert rc == 0 and d["ok"] and d["timings_ms"]["embed_ms"] > 0
    assert "matched itself" in d["steps"][1]


def test_self_test_fails_clearly_on_a_broken_model(tmp_path, capsys):
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x00" * 1000)
    rc, out, _ = run(capsys, "--self-test", "--model", bad)
    assert rc == 1 and out.startswith("self-test FAILED:") and "bad.onnx" in out


def test_the_embedded_default_model_works(capsys):
    """The shipped model: its card matches the file, and the install's self-test passes."""
    from faceapp.app.models import resolve_model
    from faceapp.paths import DEFAULT_MODEL

    path = resolve_model(None)
    assert path.stem == DEFAULT_MODEL and path.stat().st_size < 3_000_000
    rc, out, _ = run(capsys, "--self-test", "--json")
    d = json.loads(out.strip().splitlines()[-1])
    assert rc == 0 and DEFAULT_MODEL in d["steps"][0]


def test_bench_with_a_bad_pairs_file_says_so(tmp_path, capsys):
    bad = tmp_path / "pairs.txt"
    bad.write_text("1\t1\nA\tx\t2\nB\t1\n")
    rc, _, err = run(capsys, "bench", "--pairs", bad, "--pair-images", tmp_path, "--runs", 1)
    assert rc == 2 and "pairs.txt: line 2" in err and "Traceback" not in err
    rc, _, err = run(capsys, "bench", "--pairs", tmp_path / "none.txt", "--pair-images", tmp_path)
    assert rc == 2 and "cannot read the pairs file" in err


def test_old_config_files_with_numbers_for_switches_still_load(tmp_path):
    from faceapp.config import load_config

    p = tmp_path / "config.yaml"
    p.write_text("recognition:\n  liveness: 0\nevents:\n  snapshots: 1\nkiosk:\n  sounds: 0\n")
    cfg = load_config(p)
    assert cfg.recognition.liveness is False and cfg.events.snapshots is True
    assert cfg.kiosk.sounds is False
    assert "liveness: false" in cfg.to_yaml()  # written back as booleans
    p.write_text("recognition:\n  liveness: 2\n")
    with pytest.raises(Exception, match="recognition.liveness"):
        load_config(p)


def test_an_empty_text_setting_is_empty_not_the_word_none(tmp_path):
    """YAML reads ``model:`` with nothing after it as null: for a text setting that is empty
    text (the default model), as ``faceapp-train --set eval_data=`` is no dev set, never the
    string "None" (which named a model and a folder called None)."""
    from faceapp.config import load_config
    from trainer.engine.distill import DistillConfig
    from trainer.engine.run import load_yaml_config

    p = tmp_path / "config.yaml"
    p.write_text("recognition:\n  model:\n")
    assert load_config(p).recognition.model == ""
    cfg = tmp_path / "distill.yaml"
    cfg.write_text("eval_data: somewhere\n")
    d = DistillConfig.from_dict(load_yaml_config(cfg, ["eval_data=", "resume_from="]))
    assert d.eval_data == "" and d.resume_from == ""


def test_native_library_noise_stays_off_the_console(capfd, caplog):
    """mediapipe/TF Lite start-up lines and OpenCV's camera-open errors go to the debug log:
    the console shows only the kiosk's own words."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("GLOG_minloglevel",)}
    r = subprocess.run(
        [sys.executable, "-m", "faceapp.cli.main", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert r.returncode == 0 and "self-test passed" in r.stdout
    noise = ("W0000", "INFO: Created TensorFlow", "absl::InitializeLog", "[ WARN", "[ERROR")
    assert not [line for line in r.stderr.splitlines() if line.startswith(noise)], r.stderr
    import logging

    from faceapp.core.errors import SourceError
    from faceapp.core.frames import VideoSource

    capfd.readouterr()
    with caplog.at_level(logging.DEBUG, logger="faceapp.core.frames"), pytest.raises(SourceError):
        VideoSource(97).open()  # no such camera: OpenCV complains natively
    assert "[ WARN" not in capfd.readouterr().err
    assert any("native:" in r.message for r in caplog.records)  # kept, at debug level
