"""Margin losses against hand-computed logits; every architecture family trains a few steps;
RecordIO and .bin readers on files written here."""

from __future__ import annotations

import csv
import math
import pickle

import cv2
import numpy as np
import pytest

torch = pytest.importorskip("torch")

from trainer.losses.margin import MarginHead  # noqa: E402


def _head(kind, **kw):
    h = MarginHead(kind, 2, 3, scale=10.0, **kw)
    with torch.no_grad():  # class centres along known directions
        h.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0]]))
    return h


# an embedding at 60 degrees from class 0 and 30 degrees from class 1
EMB = torch.tensor([[math.cos(math.pi / 3), math.sin(math.pi / 3)]]) * 5
COS0, COS1 = 0.5, math.cos(math.pi / 6)


@pytest.mark.parametrize(
    "kind,margin,expected",
    [
        ("softmax", None, COS0),
        ("cosface", 0.35, COS0 - 0.35),
        ("arcface", 0.5, math.cos(math.pi / 3 + 0.5)),
    ],
)
def test_target_logit_by_hand(kind, margin, expected):
    h = _head(kind, margin=margin)
    logits, lab = h.logits(EMB, torch.tensor([0]))
    assert logits[0, 0].item() == pytest.approx(10 * expected, abs=1e-4)
    assert logits[0, 1].item() == pytest.approx(10 * COS1, abs=1e-4)  # non-targets untouched
    loss = h(EMB, torch.tensor([0]))
    ref = -torch.log_softmax(logits, 1)[0, 0]
    assert loss.item() == pytest.approx(ref.item(), abs=1e-5)


def test_adaface_margin_follows_quality():
    h = _head("adaface", margin=0.4)
    h.eval()
    h.norm_mean.fill_(5.0)
    h.norm_std.fill_(1.0)
    theta = math.pi / 3
    # norm = mean -> z = 0: g_ang = 0, g_add = m -> cos(theta) - 0.4 (CosFace-like)
    t = h.target_logit(torch.tensor([COS0]), torch.tensor([5.0]))
    assert t.item() == pytest.approx(COS0 - 0.4, abs=1e-5)
    # high quality (z = +1 after h scaling, clipped): cos(theta - m) - 2m
    t = h.target_logit(torch.tensor([COS0]), torch.tensor([5.0 + 10.0]))
    assert t.item() == pytest.approx(math.cos(theta - 0.4) - 0.8, abs=1e-5)
    # low quality (z = -1): cos(theta + m) - 0
    t = h.target_logit(torch.tensor([COS0]), torch.tensor([5.0 - 10.0]))
    assert t.item() == pytest.approx(math.cos(theta + 0.4), abs=1e-5)


def test_elasticface_margin_is_random_around_m():
    torch.manual_seed(0)
    h = _head("elasticface_cos", margin=0.35, sigma=0.05)
    t = h.target_logit(torch.full((20000,), COS0), torch.ones(20000))
    m = COS0 - t
    assert m.mean().item() == pytest.approx(0.35, abs=0.005)
    assert m.std().item() == pytest.approx(0.05, abs=0.005)


def test_partial_fc_keeps_positives():
    torch.manual_seed(0)
    h = MarginHead("cosface", 8, 1000, sample_rate=0.1)
    labels = torch.tensor([3, 500, 999, 3])
    logits, lab = h.logits(torch.randn(4, 8), labels)
    assert logits.shape == (4, 100)
    index, lab2 = h._sample(labels)
    assert set(labels.tolist()) <= set(index.tolist())
    assert (index[lab2] == labels).all()


@pytest.fixture(scope="module")
def labelled_cache(tmp_path_factory):
    """A tiny labelled set: 4 identities x 3 crops, synthetic but distinct per identity."""
    out = tmp_path_factory.mktemp("labelled")
    rng = np.random.default_rng(0)
    crops, ids = [], []
    for p in range(4):
        base = rng.integers(0, 255, (112, 112, 3), np.uint8)
        for _ in range(3):
            crops.append(np.clip(base + rng.normal(0, 8, base.shape), 0, 255).astype(np.uint8))
            ids.append(f"set/person{p}")
    np.save(out / "crops.npy", np.stack(crops))
    import json

    (out / "meta.json").write_text(
        json.dumps({"paths": [f"{i}.jpg" for i in range(12)], "identities": ids})
    )
    return out


@pytest.mark.parametrize(
    "model,loss",
    [
        ("mobilefacenet", "cosface"),
        ("mobilefacenet", "arcface"),
        ("mobilefacenet", "adaface"),
        ("mobilefacenet", "elasticface_arc"),
        ("mobilefacenet", "softmax"),
    ],
)
def test_each_loss_trains_end_to_end(labelled_cache, tmp_path, model, loss):
    """Every margin loss through the classification engine, checkpoint and reload (every
    architecture takes its own step in test_trainer_models)."""
    from trainer.engine.classify import TrainConfig, train

    small = {"width": 16} if model.startswith("iresnet") else {}  # a CPU-sized variant
    cfg = TrainConfig(
        model=model,
        model_args=small,
        data=[str(labelled_cache)],
        loss=loss,
        epochs=2,
        batch_size=6,
        max_steps_per_epoch=1,
        out=str(tmp_path / "run"),
        warmup_epochs=0,
        lr=1e-3,
        threads=2,
    )
    train(cfg)
    rows = list(csv.DictReader((tmp_path / "run" / "metrics.csv").read_text().splitlines()))
    assert len(rows) == 2 and all(np.isfinite(float(r["loss"])) for r in rows)
    from trainer.models.teachers import load_checkpoint

    m = load_checkpoint(tmp_path / "run" / "last.pt")
    with torch.no_grad():
        assert m(torch.zeros(2, 3, 112, 112)).shape[0] == 2


def test_recordio_roundtrip(tmp_path):
    from trainer.data.recordio import RecordIOReader, pack_record

    imgs = [np.full((112, 112, 3), 40 * i, np.uint8) for i in range(3)]
    rec, idx = tmp_path / "train.rec", tmp_path / "train.idx"
    header = b"\x00" * 0
    with open(rec, "wb") as f, open(idx, "w") as fi:
        # InsightFace-style header record 0 (flag 2, labels = [1, 4)), then images 1..3
        import struct

        from trainer.data.recordio import MAGIC

        payload = struct.pack("<IfQQ", 2, 0.0, 0, 0) + struct.pack("<ff", 1.0, 4.0) + header
        fi.write(f"0\t{f.tell()}\n")
        f.write(struct.pack("<II", MAGIC, len(payload)) + payload + b"\x00" * (-len(payload) % 4))
        for i, img in enumerate(imgs, start=1):
            fi.write(f"{i}\t{f.tell()}\n")
            f.write(pack_record(i * 10, cv2.imencode(".png", img)[1].tobytes(), i))
    r = RecordIOReader(rec)
    assert len(r) == 3
    crop, label = r.sample(2)
    assert label == 30 and crop.shape == (112, 112, 3) and int(crop.mean()) == 80
    r.close()


def test_bin_verification_set(tmp_path):
    from trainer.data.recordio import load_bin

    rng = np.random.default_rng(0)
    bins = [
        cv2.imencode(".jpg", rng.integers(0, 255, (112, 112, 3), np.uint8))[1].tobytes()
        for _ in range(4)
    ]
    with open(tmp_path / "lfw.bin", "wb") as f:
        pickle.dump((bins, [True, False]), f)
    crops, same = load_bin(tmp_path / "lfw.bin")
    assert crops.shape == (4, 112, 112, 3) and same.tolist() == [True, False]


def test_torchrun_two_processes(labelled_cache, tmp_path):
    """The same training command under torchrun: DistributedDataParallel on two CPU
    processes (gloo), each taking its shard; rank 0 writes the run folder."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    exe = shutil.which("torchrun") or str(Path(sys.executable).parent / "torchrun")
    if not Path(exe).exists():
        pytest.skip("torchrun not installed")
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(
        f"model: edgeface_xxs\ndata: [{labelled_cache}]\nloss: cosface\nepochs: 1\n"
        f"batch_size: 3\nmax_steps_per_epoch: 2\nwarmup_epochs: 0\nthreads: 1\n"
        f"out: {tmp_path / 'run'}\n"
    )
    r = subprocess.run(
        [
            exe,
            "--standalone",
            "--nproc_per_node=2",
            "-m",
            "trainer.cli",
            "train",
            "--config",
            str(cfg),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    assert r.returncode == 0, r.stderr[-3000:]
    rows = list(csv.DictReader((tmp_path / "run" / "metrics.csv").read_text().splitlines()))
    assert len(rows) == 1


def test_prealigned_and_recordio_import(tmp_path):
    import struct

    from trainer.data.aligned_cache import build_cache
    from trainer.data.recordio import MAGIC, pack_record

    folder = tmp_path / "crops" / "alice"
    folder.mkdir(parents=True)
    for i in range(3):
        cv2.imwrite(str(folder / f"{i}.png"), np.full((112, 112, 3), 50 * i, np.uint8))
    data = build_cache([tmp_path / "crops"], tmp_path / "c1", prealigned=True)
    assert len(data) == 3 and set(data.identities) == {"crops/alice"}
    rec, idx = tmp_path / "t.rec", tmp_path / "t.idx"
    with open(rec, "wb") as f, open(idx, "w") as fi:
        payload = struct.pack("<IfQQ", 2, 0.0, 0, 0) + struct.pack("<ff", 1.0, 3.0)
        fi.write(f"0\t{f.tell()}\n")
        f.write(struct.pack("<II", MAGIC, len(payload)) + payload)
        for i, label in ((1, 8), (2, -1)):
            fi.write(f"{i}\t{f.tell()}\n")
            img = cv2.imencode(".jpg", np.full((112, 112, 3), 90, np.uint8))[1].tobytes()
            f.write(pack_record(label, img, i))
    data = build_cache([rec], tmp_path / "c2")
    # label -1 is "no identity": unlabelled, not one class of all such photos
    assert len(data) == 2 and data.identities == ["t/8", ""]
    assert data.labels()[0].tolist() == [0, -1]
