"""The benchmark engine behind `faceapp bench` and the settings panel, on real models."""

from __future__ import annotations

import json
import shutil

from conftest import LFW_DEV, lfw, need

from faceapp.cli.main import main


def test_bench_engine_measures_interleaved(teacher_onnx, tmp_path, capsys):
    need(LFW_DEV)
    from faceapp.core.gallery import Gallery
    from faceapp.core.pipeline import FacePipeline
    from faceapp.core.recognizer import Recognizer

    # two installed models: the teacher and a copy under another name
    models = tmp_path / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(teacher_onnx, models / "a.onnx")
    card = json.loads(teacher_onnx.with_suffix(".json").read_text())
    (models / "a.json").write_text(json.dumps({**card, "name": "model-a", "file": "a.onnx"}))
    shutil.copy(teacher_onnx, models / "b.onnx")
    (models / "b.json").write_text(json.dumps({**card, "name": "model-b", "file": "b.onnx"}))
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in (1, 2, 3):
        shutil.copy(lfw("Colin_Powell", i), photos / f"{i}.jpg")
    db = tmp_path / "g.db"
    from faceapp.core.embedding import Embedder

    emb = Embedder(models / "a.onnx")
    with Gallery(db) as g:
        rec = Recognizer(g, FacePipeline(emb, detector_range="auto"), 0.3)
        rec.enroll_photos("Colin", [lfw("Colin_Powell", 4), lfw("Colin_Powell", 6)])
        rec.enroll_photos("Tony", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
    rc = main(
        [
            "bench",
            "--db",
            str(db),
            "--models",
            "all",
            "--runs",
            "40",
            "--threads",
            "1,2",
            "--images",
            str(photos),
            "--no-memory",
            "--json",
            "--csv",
            str(tmp_path / "b.csv"),
        ]
    )
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rc == 0 and {m["name"] for m in out["models"]} == {"model-a", "model-b"}
    for m in out["models"]:
        lat = m["latency"]["threads=1"]
        assert 0.2 < lat["median_ms"] < 500 and lat["p95_ms"] >= lat["median_ms"]
        assert lat["n"] == 40 and m["file_mb"] > 1 and m["load_ms"] > 0
        assert m["throughput"]["batch=32,threads=2"] > 0
        stages = m["pipeline"]
        assert stages["detect"]["n"] == 3 and stages["match_100000"]["median_ms"] > 0
        sep = m["separation"]
        assert sep["people"] == 2 and sep["genuine_mean"] > sep["impostor_mean"]
    ratios = sorted(m["ratio_to_current"] for m in out["models"])
    assert ratios[0] <= 1.0 <= ratios[1] or ratios == [1.0, 1.0]
    medians = [m["latency"]["threads=1"]["median_ms"] for m in out["models"]]
    assert len(set(medians)) == 2  # measured, not copied
    assert (tmp_path / "b.csv").read_text().count("\n") == 3
    assert list((tmp_path / "data" / "benchmarks").glob("bench-*.json"))


def test_bench_needs_models(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FACEAPP_ASSETS", str(tmp_path / "no-assets"))
    rc = main(["bench", "--models", "all"])
    assert rc == 2 and "no models" in capsys.readouterr().err
