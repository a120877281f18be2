"""Compression recipes end to end on tiny data: QAT (w8a8, w7a8, w6a6) exported to int8 ONNX,
LoRaLin SVD conversion and structured pruning, each fine-tuned by distillation, then one
compress-report table over all of them."""

from __future__ import annotations

import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from conftest import CELEBA, TEACHER_XS, need  # noqa: E402

from trainer.cli import main as train_main  # noqa: E402


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    out = tmp_path_factory.mktemp("ccache")
    args = ["align", str(need(CELEBA)), "--out", str(out), "--workers", "1"]
    assert train_main([*args, "--limit-per-root", "48"]) == 0
    return out


@pytest.fixture(scope="module")
def trained(cache, tmp_path_factory):
    """A briefly distilled EdgeFace-XXS: the 'trained model' every recipe starts from."""
    need(TEACHER_XS)
    tmp = tmp_path_factory.mktemp("trained")
    cfg = tmp / "cfg.yaml"
    cfg.write_text(
        f"student: edgeface_xxs\nteacher: {TEACHER_XS}\ndata: [{cache}]\nout: {tmp / 'run'}\n"
        "epochs: 1\nbatch_size: 16\nmax_steps_per_epoch: 3\nlr: 0.001\nthreads: 2\n"
    )
    assert train_main(["distill", "--config", str(cfg)]) == 0
    return tmp / "run" / "last.pt"


def _finetune(trained, cache, tmp, **keys) -> tuple:
    cfg = tmp / "cfg.yaml"
    extra = "".join(f"{k}: {v}\n" for k, v in keys.items())
    cfg.write_text(
        f"student: edgeface_xxs\nteacher: {TEACHER_XS}\ndata: [{cache}]\nout: {tmp / 'run'}\n"
        f"init: {trained}\nepochs: 1\nbatch_size: 16\nmax_steps_per_epoch: 2\nlr: 0.0002\n"
        f"w_ekd: 1.0\nthreads: 2\nqat_calib_batches: 2\n{extra}"
    )
    assert train_main(["distill", "--config", str(cfg)]) == 0
    ckpt = tmp / "run" / "last.pt"
    onnx = tmp / "float.onnx"
    assert train_main(["export", "--checkpoint", str(ckpt), "--out", str(onnx)]) == 0
    return ckpt, onnx


@pytest.mark.parametrize("bits", ["w8a8", "w7a8", "w6a6"])
def test_qat_exports_the_model_it_trained(trained, cache, tmp_path, bits, capsys):
    """The int8 file computes what the fake-quantized torch model computed (same ranges, same
    weight grid, residual paths float in both), so QAT accuracy carries over to the kiosk."""
    from faceapp.core.embedding import Embedder
    from trainer.compression.qat import QATModel, QATSpec
    from trainer.data.aligned_cache import AlignedSet
    from trainer.data.augment import to_input
    from trainer.models.teachers import load_checkpoint

    # w7a8 (the default model's recipe) on a LoRaLin student, as the default model is
    keys = {"loralin_gamma": 0.5} if bits == "w7a8" else {}
    ckpt, onnx = _finetune(trained, cache, tmp_path, qat=bits, **keys)
    raw = torch.load(ckpt, weights_only=False)
    ranges = raw["qat"]["ranges"]
    assert raw["qat"]["w_bits"] == int(bits[1]) and len(ranges) > 20
    # a linear feeding a float op keeps a float output (MatMulIntegerToFloat in onnxruntime);
    # the first half of a LoRaLin feeds the second, so its output is quantized
    assert any(r["out"] is None for r in ranges.values())
    lora_first = [r for p, r in ranges.items() if p.endswith("linear1")]
    assert bool(lora_first) == (bits == "w7a8")
    assert all(r["out"] is not None for r in lora_first)
    out = tmp_path / f"{bits}.onnx"
    capsys.readouterr()
    args = ["quantize", "--model", str(onnx), "--qat", str(ckpt), "--calib", str(cache)]
    args += ["--heldout", str(cache), "--calib-count", "16", "--out", str(out)]
    assert train_main(args) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["quantized_nodes"] == len(raw["qat"]["ranges"])
    assert summary["float_side_paths"] > 0  # residual Adds kept off the rounded copies
    assert summary["size_ratio"] < 0.35

    crops = np.asarray(AlignedSet.load(cache).crops)
    model = load_checkpoint(ckpt)
    qat = QATModel(model, QATSpec.parse(bits))
    qat.load_ranges(raw["qat"]["ranges"])
    with torch.no_grad():
        fq = torch.nn.functional.normalize(model(to_input(torch.from_numpy(crops))), dim=1)
    q = Embedder(out, verify_hash=False).embed(crops)
    agree = (q * fq.numpy()).sum(1)
    assert agree.mean() > 0.995 and agree.min() > 0.98, (agree.mean(), agree.min())
    f = Embedder(onnx, verify_hash=False).embed(crops)
    assert (q * f).sum(1).mean() > (0.8 if bits == "w6a6" else 0.97)


def test_loralin_conversion_and_pruning_shrink_and_keep_working(trained, cache, tmp_path):
    from faceapp.core.embedding import Embedder
    from trainer.export.onnx import count_params
    from trainer.models.teachers import load_checkpoint

    base = count_params(load_checkpoint(trained))
    results = {}
    for name, keys in {"loralin": {"loralin_gamma": 0.4}, "pruned": {"prune_ratio": 0.3}}.items():
        tmp = tmp_path / name
        tmp.mkdir()
        ckpt, onnx = _finetune(trained, cache, tmp, **keys)
        model = load_checkpoint(ckpt)
        assert count_params(model) < 0.9 * base, name
        card = Embedder(onnx, verify_hash=False).card
        assert (
            card.params == count_params(model)
            and card.provenance["onnx_vs_torch_max_abs_diff"] < 1e-3
        )
        assert name[:6] in card.architecture  # "edgeface_xxs+loralin0.4", "+pruned0.3"
        results[name] = onnx
        # resuming a compressed run rebuilds its structure from the checkpoint
        assert train_main(["distill", "--config", str(tmp / "cfg.yaml"), "--set", "epochs=2"]) == 0
    assert set(results) == {"loralin", "pruned"}


def test_compress_report_over_the_family(trained, cache, tmp_path, capsys):
    """fp32, PTQ int8, QAT w8a8 and a pruned variant in one table, measured in one run."""
    from trainer.compression.report import compress_report, format_table

    qat_ckpt, fp32 = _finetune(trained, cache, tmp_path, qat="w8a8")
    args = ["quantize", "--model", str(fp32), "--qat", str(qat_ckpt), "--calib", str(cache)]
    qat = tmp_path / "qat.onnx"
    assert (
        train_main([*args, "--heldout", str(cache), "--calib-count", "16", "--out", str(qat)]) == 0
    )
    ptq = tmp_path / "ptq.onnx"
    args = ["quantize", "--model", str(fp32), "--calib", str(cache), "--heldout", str(cache)]
    assert (
        train_main([*args, "--calib-count", "16", "--target-cosine", "0.95", "--out", str(ptq)])
        == 0
    )
    prune_dir = tmp_path / "p"
    prune_dir.mkdir()
    _, pruned = _finetune(trained, cache, prune_dir, prune_ratio=0.3)
    models = [str(fp32), str(ptq), str(qat), str(pruned)]
    rows = compress_report(models, str(fp32), str(cache), None, runs=15, dense_impostors=3000)
    table = format_table(rows)
    print(table)
    assert len(rows) == 4 and rows[0]["cosine_to_float_mean"] > 0.9999
    # the dense columns: every same-person pair of the CelebA crops plus 3 000 impostor pairs
    assert all(r["dense_pairs"] == rows[0]["dense_pairs"] for r in rows)
    assert rows[0]["dense_pairs"][1] == 3000 and rows[0]["dense_pairs"][0] > 100
    assert all(0.5 < r["dense_auc"] <= 1 and r["dense_balanced_accuracy"] > 0.5 for r in rows)
    assert "dense AUC" in table
    assert rows[2]["quantization"].startswith("w8a8") and rows[2]["file_mb"] < rows[0]["file_mb"]
    assert rows[3]["params_m"] < rows[0]["params_m"] and rows[3]["mflops"] < rows[0]["mflops"]
    assert all(r["latency_b1_ms"] > 0 and r["throughput_b32"] > 0 for r in rows)


def test_all_pairs_scores_checkpoints_and_onnx_files_alike(trained, cache, tmp_path, capsys):
    """``all-pairs`` scores every pair of the held-out crops, each crop alone and with the
    flip average; a checkpoint goes through the same export as ``eval``, so it and its ONNX
    file give the same figures."""
    import json

    from trainer.data.aligned_cache import AlignedSet

    onnx = tmp_path / "trained.onnx"
    assert train_main(["export", "--checkpoint", str(trained), "--out", str(onnx)]) == 0
    capsys.readouterr()
    args = ["all-pairs", str(trained), str(onnx), "--heldout", str(cache), "--json"]
    args += ["--fars", "1e-2", "1e-5"]  # a few hundred different-person pairs resolve 1e-2
    assert train_main(args) == 0
    rows = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    ids = [i for i in AlignedSet.load(cache).identities if i]
    counts = np.unique(ids, return_counts=True)[1]
    same = int(sum(c * (c - 1) // 2 for c in counts))
    assert rows[0]["pairs"] == rows[1]["pairs"] == [same, len(ids) * (len(ids) - 1) // 2 - same]
    assert same > 0 and set(rows[0]["plain"]) == set(rows[0]["flip"]) == {"1e-2"}
    for how in ("plain", "flip"):
        assert rows[0][how] == pytest.approx(rows[1][how], abs=1e-9)
        assert all(0 <= t <= 1 for t in rows[0][how].values())
    assert train_main(["all-pairs", str(onnx), "--heldout", str(cache)]) == 0
    assert "flip average" in capsys.readouterr().out


def test_dense_pairs_are_every_genuine_pair_and_only_cross_identity_impostors():
    from trainer.compression.report import dense_metrics, dense_pairs

    paths = ["x/ann/1.jpg", "x/bob/1.jpg", "x/ann/2.jpg", "x/ann/3.jpg", "x/bob/2.jpg"]
    a, b, same = dense_pairs(paths, impostors=50)
    ids = np.array([p.split("/")[1] for p in paths])
    assert same.sum() == 4  # ann: 3 pairs, bob: 1
    assert {tuple(sorted(p)) for p in zip(a[same], b[same], strict=True)} == {
        (0, 2),
        (0, 3),
        (2, 3),
        (1, 4),
    }
    assert (~same).sum() == 50 and (ids[a[~same]] != ids[b[~same]]).all()
    assert (ids[a[same]] == ids[b[same]]).all()
    # embeddings that separate the two people perfectly: AUC 1, balanced accuracy 1
    emb = np.array([[1.0, 0], [0, 1], [1, 0], [1, 0], [0, 1]])
    m = dense_metrics(emb, a, b, same)
    assert m["dense_auc"] == 1.0 and m["dense_balanced_accuracy"] == 1.0
    # and embeddings that cannot: all alike
    m = dense_metrics(np.ones((5, 2)) / np.sqrt(2), a, b, same)
    assert m["dense_auc"] == 0.5
