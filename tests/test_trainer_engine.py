"""The trainer end to end on tiny data: align, distil (with resume), export, evaluate."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import numpy as np
import pytest

from faceapp.core.errors import ConfigError  # noqa: E402

torch = pytest.importorskip("torch")

from conftest import CELEBA, LFW_DEV, TEACHER_XS, need  # noqa: E402

from trainer.cli import main as train_main  # noqa: E402


@pytest.fixture(scope="module")
def tiny_cache(tmp_path_factory):
    from trainer.data.aligned_cache import AlignedSet

    out = tmp_path_factory.mktemp("cache")
    assert (
        train_main(
            [
                "align",
                str(need(CELEBA)),
                "--out",
                str(out),
                "--workers",
                "1",
                "--limit-per-root",
                "40",
            ]
        )
        == 0
    )
    data = AlignedSet.load(out)
    assert len(data) >= 35 and data.crops.shape[1:] == (112, 112, 3)
    assert all(i.startswith("celeba/") for i in data.identities)
    return out


def test_distill_runs_and_resumes(tiny_cache, tmp_path):
    need(TEACHER_XS)
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(
        f"student: edgeface_xxs\nteacher: {TEACHER_XS}\ndata: [{tiny_cache}]\n"
        f"out: {tmp_path / 'run'}\nepochs: 2\nbatch_size: 8\nmax_steps_per_epoch: 3\n"
        "lr: 0.001\nw_ekd: 0.5\nthreads: 2\n"
    )
    assert train_main(["distill", "--config", str(cfg)]) == 0
    rows = list(csv.DictReader((tmp_path / "run" / "metrics.csv").read_text().splitlines()))
    assert [r["epoch"] for r in rows] == ["1", "2"]
    assert all(np.isfinite(float(r["loss"])) and float(r["loss"]) > 0 for r in rows)
    # resume: asking for 3 epochs continues after epoch 2 instead of starting over
    assert train_main(["distill", "--config", str(cfg), "--set", "epochs=3"]) == 0
    rows = list(csv.DictReader((tmp_path / "run" / "metrics.csv").read_text().splitlines()))
    assert [r["epoch"] for r in rows] == ["1", "2", "3"]
    ckpt = torch.load(tmp_path / "run" / "last.pt", weights_only=False)
    assert ckpt["epoch"] == 2 and ckpt["arch"] == "edgeface_xxs"
    # the run's checkpoint exports to an ONNX model the kiosk can load
    out = tmp_path / "student.onnx"
    assert (
        train_main(["export", "--checkpoint", str(tmp_path / "run" / "last.pt"), "--out", str(out)])
        == 0
    )
    from faceapp.core.embedding import Embedder

    e = Embedder(out)
    assert e.card.architecture == "edgeface_xxs" and e.card.params == pytest.approx(1.24e6, 0.02)
    assert e.card.provenance["onnx_vs_torch_max_abs_diff"] < 1e-3
    assert e.embed(np.zeros((3, 112, 112, 3), np.uint8)).shape == (3, 512)


def test_eval_separates_people_with_the_teacher(teacher_onnx, tmp_path):
    pairs = need(LFW_DEV.parent / "pairs.txt")
    roc = tmp_path / "roc.png"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer.cli",
            "eval",
            "--model",
            str(teacher_onnx),
            "--pairs",
            str(pairs),
            "--images",
            str(LFW_DEV),
            "--limit-pairs",
            "300",
            "--json",
            "--roc",
            str(roc),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    d = json.loads(r.stdout.strip().splitlines()[-1])
    assert d["pairs"] == 300 and len(d["fold_accuracies"]) == 5
    assert d["accuracy_mean"] > 0.97 and "1e-2" in d["tar_at_far"]
    assert roc.stat().st_size > 1000


def test_help_everywhere():
    for sub in ([], ["models"], ["align"], ["distill"], ["export"], ["eval"]):
        r = subprocess.run(
            [sys.executable, "-m", "trainer.cli", *sub, "--help"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0 and "usage: faceapp-train" in r.stdout, (sub, r.stderr)


def test_step_speed_times_variants_side_by_side(capsys):
    """The throughput bench runs each variant's real training step and prints the ratio to the
    first; a misspelt variant is a usage error, not a silent skip."""
    from trainer.tools import step_speed

    res = step_speed.measure("edgeface_xxs", ("eager", "channels_last"), batch=2, rounds=2)
    assert set(res) == {"eager", "channels_last"}
    assert all(r["crops_per_s"] > 0 and r["warmup_s"] > 0 for r in res.values())
    assert step_speed.main(["--batch", "2", "--rounds", "1", "--variants", "eager"]) == 0
    assert "eager" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        step_speed.main(["--variants", "eager,jit"])


@pytest.fixture(scope="module")
def tiny_int8(tiny_cache, tmp_path_factory):
    """A random-init EdgeFace-XXS exported to ONNX and quantized by the PTQ recipe (shared by
    the quantization and the compress-report tests, which both need one)."""
    from trainer.compression.ptq import quantize_int8
    from trainer.data.aligned_cache import AlignedSet
    from trainer.export.onnx import export_onnx
    from trainer.registry import create_model

    tmp = tmp_path_factory.mktemp("tiny")
    torch.manual_seed(0)
    fp32 = tmp / "tiny.onnx"
    card = export_onnx(create_model("edgeface_xxs"), fp32)
    crops = np.asarray(AlignedSet.load(tiny_cache).crops)
    res = quantize_int8(
        fp32,
        tmp / "tiny-int8.onnx",
        crops[:24],
        crops[24:],
        target_cosine=0.98,
        op_types=("Conv", "Gemm"),
        card=card,
        progress=False,
    )
    return fp32, card, crops, res


def test_int8_quantization_keeps_embeddings(tiny_int8):
    """The sensitivity-guided PTQ reaches its cosine target on a small model and the result
    loads in the kiosk's embedder, smaller than the float file."""
    from faceapp.core.embedding import Embedder

    fp32, card, crops, res = tiny_int8
    assert len(res.sensitivity) > 10 and all(0 < c <= 1.0001 for _, c in res.sensitivity)
    assert res.cosine_mean >= 0.975 and res.quantized_nodes > 0
    q = Embedder(res.path, card=card, verify_hash=False)
    f = Embedder(fp32, card=card, verify_hash=False)
    cos = (q.embed(crops[24:]) * f.embed(crops[24:])).sum(1)
    assert abs(float(cos.mean()) - res.cosine_mean) < 1e-3
    assert res.path.stat().st_size < fp32.stat().st_size


def test_eval_on_a_bin_set(teacher_onnx, pipeline, tmp_path):
    """A .bin set built here from dev pairs (aligned by the kiosk's pipeline) evaluates
    through `faceapp-train eval --bin` with the teacher separating the pairs."""
    import pickle

    import cv2

    from faceapp.evaluation.pairs import read_pairs

    pairs = read_pairs(need(LFW_DEV.parent / "pairs.txt"))
    chosen = [p for p in pairs if p.same][:20] + [p for p in pairs if not p.same][:20]
    bins, same = [], []
    for p in chosen:
        a = pipeline.single_face(LFW_DEV / p.a, choose="center").crop
        b = pipeline.single_face(LFW_DEV / p.b, choose="center").crop
        bins += [cv2.imencode(".jpg", a)[1].tobytes(), cv2.imencode(".jpg", b)[1].tobytes()]
        same.append(p.same)
    with open(tmp_path / "dev.bin", "wb") as f:
        pickle.dump((bins, same), f)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer.cli",
            "eval",
            "--model",
            str(teacher_onnx),
            "--bin",
            str(tmp_path / "dev.bin"),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    d = json.loads(r.stdout.strip().splitlines()[-1])
    assert d["pairs"] == 40 and len(d["fold_accuracies"]) == 10 and d["accuracy_mean"] > 0.9


def test_compress_report_table(tiny_cache, tiny_int8):
    import dataclasses

    from faceapp.core.modelcard import sha256_file
    from trainer.compression.report import compress_report, format_table

    fp32, card, _, res = tiny_int8
    q = res.path
    dataclasses.replace(
        card, name="tiny-int8", file=q.name, quantization="int8", sha256=sha256_file(q)
    ).save(q.with_suffix(".json"))
    rows = compress_report([str(fp32), str(q)], str(fp32), str(tiny_cache), None, runs=20)
    assert [r["model"] for r in rows] == ["tiny", "tiny-int8"]
    assert rows[0]["cosine_to_float_mean"] > 0.9999 and rows[1]["cosine_to_float_mean"] < 1.0
    assert rows[1]["file_mb"] < rows[0]["file_mb"] and rows[0]["params_m"] > 1.0
    assert all(r["latency_b1_ms"] > 0 and r["throughput_b32"] > 0 for r in rows)
    assert "tiny-int8" in format_table(rows)


def _campaign_cfg(tiny_cache, tmp_path, name: str, **extra) -> object:
    """A tiny run of the campaign's recipe: constant LR, EMA, checkpoints after every step."""
    cfg = tmp_path / f"{name}.yaml"
    lines = {
        "student": "edgeface_xxs",
        "teacher": str(TEACHER_XS),
        "data": f"[{tiny_cache}]",
        "out": str(tmp_path / name),
        "epochs": 2,
        "batch_size": 4,
        "max_steps_per_epoch": 12,
        "lr": 0.001,
        "lr_schedule": "constant",
        "ema_decay": 0.9,
        "checkpoint_minutes": 1e-9,
        "channels_last": "true",
        "threads": 1,
        **extra,
    }
    cfg.write_text("".join(f"{k}: {v}\n" for k, v in lines.items()))
    return cfg


@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_distill_resumes_exactly_after_a_kill(tiny_cache, tmp_path, sig):
    """A training process killed mid-epoch (SIGKILL: from its last periodic checkpoint;
    SIGTERM, as at a session's end: it checkpoints the step it reached and exits cleanly)
    resumes and ends with the same weights, EMA and learning curve as a run that was never
    interrupted."""
    import os
    import signal
    import time

    need(TEACHER_XS)
    straight = _campaign_cfg(tiny_cache, tmp_path, "straight")
    assert train_main(["distill", "--config", str(straight)]) == 0
    cut = _campaign_cfg(tiny_cache, tmp_path, "cut")
    # the teacher cache is beside the data already, so the run starts training at once
    cmd = [sys.executable, "-m", "trainer.cli", "distill", "--config", str(cut)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    last, deadline = tmp_path / "cut" / "last.pt", time.time() + 300
    killed_at = None
    while proc.poll() is None and time.time() < deadline:
        if last.exists():
            try:
                state = torch.load(last, weights_only=False)
            except (EOFError, RuntimeError):
                continue
            if state["epoch"] == 0 and state["step_in_epoch"] >= 3:
                os.kill(proc.pid, getattr(signal, sig))
                killed_at = state["step_in_epoch"]
                break
        time.sleep(0.01)
    rc = proc.wait(timeout=60)
    assert killed_at is not None, "the run ended before it could be interrupted"
    if sig == "SIGTERM":  # a clean stop with a checkpoint at the step reached
        assert rc == 0
        assert torch.load(last, weights_only=False)["step_in_epoch"] >= killed_at
    assert not (tmp_path / "cut" / "metrics.csv").exists()
    assert train_main(["distill", "--config", str(cut)]) == 0
    a = torch.load(tmp_path / "straight" / "last.pt", weights_only=False)
    b = torch.load(last, weights_only=False)
    assert b["progress"]["resumptions"] == 1
    assert b["progress"]["samples"] == a["progress"]["samples"] > 0
    for key in ("model", "train_model"):
        for name, tensor in a[key].items():
            assert torch.equal(tensor, b[key][name]), (key, name)
    # the EMA is what is evaluated and exported, and it differs from the raw weights
    assert any(not torch.equal(a["model"][n], a["train_model"][n]) for n in a["model"])
    rows = list(csv.DictReader((tmp_path / "cut" / "metrics.csv").read_text().splitlines()))
    whole = list(csv.DictReader((tmp_path / "straight" / "metrics.csv").read_text().splitlines()))
    assert [r["samples_seen"] for r in rows] == [r["samples_seen"] for r in whole]
    assert float(rows[-1]["cpu_hours"]) > 0


def test_distill_continues_from_a_master_on_a_fresh_machine(tiny_cache, tmp_path):
    """With no run folder, ``resume_from`` (the committed float master) continues the
    campaign where the master stopped instead of starting from random weights."""
    need(TEACHER_XS)
    first = _campaign_cfg(tiny_cache, tmp_path, "first", epochs=1)
    assert train_main(["distill", "--config", str(first)]) == 0
    master = tmp_path / "master.pt"
    (tmp_path / "first" / "last.pt").rename(master)
    fresh = _campaign_cfg(tiny_cache, tmp_path, "fresh", resume_from=master)
    assert train_main(["distill", "--config", str(fresh)]) == 0
    rows = list(csv.DictReader((tmp_path / "fresh" / "metrics.csv").read_text().splitlines()))
    done = torch.load(master, weights_only=False)["progress"]["samples"]
    assert [r["epoch"] for r in rows] == ["2"] and int(rows[0]["samples_seen"]) == 2 * done


@pytest.mark.parametrize(
    ("step", "batch", "cap"),
    [
        (9, 16, 12),  # 36 crops seen at batch 4: at 16 the epoch goes on from its step 2
        (6, 4, 5),  # 24 crops seen, but an epoch is now 5 steps of 4: it is over
    ],
)
def test_a_campaign_resumes_at_another_batch_where_its_crops_left_off(
    tiny_cache, tmp_path, step, batch, cap
):
    """A checkpoint taken mid-epoch at batch 4 and resumed at another batch or epoch length
    (the GPU leg of the default model's campaign, at 512) goes on from the step of the new
    batch size that holds the first crop of the epoch's order it had not seen; an epoch that
    now ends before that crop is over, with no empty learning-curve row."""
    need(TEACHER_XS)
    cpu = _campaign_cfg(tiny_cache, tmp_path, "camp", epochs=1)
    assert train_main(["distill", "--config", str(cpu)]) == 0
    last = tmp_path / "camp" / "last.pt"
    state = torch.load(last, weights_only=False)
    state["epoch"], state["step_in_epoch"] = 1, step  # as if stopped mid-way through epoch 2
    torch.save(state, last)
    gpu = _campaign_cfg(
        tiny_cache, tmp_path, "camp", epochs=3, batch_size=batch, max_steps_per_epoch=cap
    )
    assert train_main(["distill", "--config", str(gpu)]) == 0
    rows = list(csv.DictReader((tmp_path / "camp" / "metrics.csv").read_text().splitlines()))
    crops = len(np.load(tiny_cache / "crops.npy", mmap_mode="r"))
    epoch = min(crops, cap * batch)  # crops in a whole epoch
    resumed_at = step * 4 // batch * batch  # the first crop of the step it goes on from
    over = resumed_at >= epoch
    assert [r["epoch"] for r in rows] == (["1", "3"] if over else ["1", "2", "3"])
    assert float(rows[-1]["loss"]) > 0 and float(rows[-1]["seconds"]) > 0
    again = 0 if over else epoch - resumed_at
    assert int(rows[-1]["samples_seen"]) == state["progress"]["samples"] + again + epoch


@pytest.mark.parametrize("online", ["auto", "torch", ""])
def test_an_online_teacher_gives_targets_for_the_augmented_crop(tiny_cache, tmp_path, online):
    """A student that is a copy of its teacher, not trained (lr 0), under augmentations that
    change every crop: with ``online_teacher`` the teacher embeds the augmented crop itself
    and the student matches it exactly, blends of two faces included, whether onnxruntime
    (``auto`` on a CPU) or torch runs the teacher; with the cached targets (the clean crop's
    embedding) it does not."""
    need(TEACHER_XS)
    name = f"online-{online or 'off'}"
    cfg = _campaign_cfg(
        tiny_cache,
        tmp_path,
        name,
        epochs=1,
        max_steps_per_epoch=3,
        lr=0.0,
        ema_decay=0.0,
        init=TEACHER_XS,
        online_teacher="true" if online else "false",
        teacher_runtime=online or "auto",
        augment="{flip: 0.5, grayscale: 1.0, resize: 1.0, min_scale: 0.25, blur: 1.0, "
        f"jitter: 0.5, erase: 0.5, mixup: {0.5 if online else 0}}}",
    )
    assert train_main(["distill", "--config", str(cfg)]) == 0
    # on this CPU "auto" runs the teacher by onnxruntime, from an export in the run folder
    assert (tmp_path / name / "teacher.onnx").exists() == (online == "auto")
    (row,) = list(csv.DictReader((tmp_path / name / "metrics.csv").read_text().splitlines()))
    feature = float(row["feature"])  # 1 - cosine to the target, averaged over the steps
    assert feature < 1e-4 if online else feature > 1e-2, feature


def test_a_release_branch_decays_to_zero_and_knows_where_it_grew_from(tiny_cache, tmp_path):
    """A release branch runs ``branch_epochs`` on from the campaign's checkpoint with the rate
    decayed to 0 at its end, does nothing more when run again, and is started afresh from a
    newer campaign checkpoint instead of resuming a stale branch."""
    need(TEACHER_XS)

    def branch_state():
        return torch.load(tmp_path / "branch" / "last.pt", weights_only=False)

    camp = _campaign_cfg(tiny_cache, tmp_path, "camp", epochs=1)
    assert train_main(["distill", "--config", str(camp)]) == 0
    master = tmp_path / "master.pt"
    master.write_bytes((tmp_path / "camp" / "last.pt").read_bytes())
    done = torch.load(master, weights_only=False)["progress"]["samples"]
    branch = _campaign_cfg(
        tiny_cache, tmp_path, "branch", resume_from=master, branch_epochs=1, epochs=400
    )
    assert train_main(["distill", "--config", str(branch)]) == 0
    s = branch_state()
    assert s["branch_origin"] == done and s["config"]["epochs"] == 2
    assert s["progress"]["samples"] == 2 * done
    assert 0 < s["optimizer"]["param_groups"][0]["lr"] <= 0.001 / 10 + 1e-12  # 10 steps
    assert train_main(["distill", "--config", str(branch)]) == 0  # complete: nothing more
    assert branch_state()["progress"]["samples"] == 2 * done
    # the campaign goes on at its constant rate; the next release's branch starts from there
    camp2 = _campaign_cfg(tiny_cache, tmp_path, "camp", epochs=2)
    assert train_main(["distill", "--config", str(camp2)]) == 0
    master.write_bytes((tmp_path / "camp" / "last.pt").read_bytes())
    assert train_main(["distill", "--config", str(branch)]) == 0
    s = branch_state()
    assert s["branch_origin"] == 2 * done and s["config"]["epochs"] == 3
    assert s["progress"]["samples"] == 3 * done


def test_every_shipped_config_parses():
    """The recipes' configs name only known keys with values of the right type."""
    from pathlib import Path

    from trainer.engine.classify import TrainConfig
    from trainer.engine.distill import DistillConfig
    from trainer.engine.run import load_yaml_config

    configs = sorted(Path(__file__).parent.parent.glob("trainer/configs/*.yaml"))
    assert len(configs) >= 6
    for f in configs:
        cls = TrainConfig if f.name.startswith("train_") else DistillConfig
        cfg = cls.from_dict(load_yaml_config(f))
        assert cfg.data and cfg.out, f


def test_learning_rate_schedules():
    """constant: warm-up then flat; wsd: flat, then linear to 0 over the last decay_epochs;
    poly: the paper's decay; anything else is refused by name."""
    from trainer.engine.distill import DistillConfig, _lr

    const = DistillConfig(lr=0.002, lr_schedule="constant")
    assert _lr(const, 0, 1000, 100, 100) == pytest.approx(2e-5)
    assert _lr(const, 999, 1000, 100, 100) == pytest.approx(0.002)
    wsd = DistillConfig(lr=0.002, lr_schedule="wsd", decay_epochs=2)
    assert _lr(wsd, 799, 1000, 100, 100) == pytest.approx(0.002)
    assert _lr(wsd, 900, 1000, 100, 100) == pytest.approx(0.001)
    assert _lr(wsd, 999, 1000, 100, 100) == pytest.approx(0.002 / 200)
    poly = DistillConfig(lr=0.002, lr_schedule="poly", lr_power=2.0)
    assert _lr(poly, 999, 1000, 0, 100) < 1e-5
    with pytest.raises(ConfigError, match="lr_schedule"):
        _lr(DistillConfig(lr_schedule="cosine"), 0, 10, 0, 10)


def test_mixup_needs_an_online_teacher(tiny_cache, tmp_path):
    """A blend of two faces has no cached teacher embedding and no class label: distillation
    with cached targets and margin training refuse ``augment.mixup`` with the reason."""
    from trainer.engine.classify import TrainConfig, train
    from trainer.engine.distill import DistillConfig, distill

    cfg = DistillConfig.from_dict({"data": [str(tiny_cache)], "augment": {"mixup": 0.2}})
    with pytest.raises(ConfigError, match="online_teacher"):
        distill(cfg)
    with pytest.raises(ConfigError, match="class label"):
        train(TrainConfig.from_dict({"data": [str(tiny_cache)], "augment": {"mixup": 0.2}}))


def test_an_unknown_teacher_runtime_is_refused_by_name(tiny_cache, tmp_path):
    from trainer.engine.distill import DistillConfig, distill

    need(TEACHER_XS)
    cfg = DistillConfig.from_dict(
        {
            "data": [str(tiny_cache)],
            "teacher": str(TEACHER_XS),
            "out": str(tmp_path / "run"),
            "online_teacher": True,
            "teacher_runtime": "tensorrt",
        }
    )
    with pytest.raises(ConfigError, match="teacher_runtime must be auto, torch or onnx"):
        distill(cfg)
