"""Trainer models: LoRaLin's rank rule and the EdgeFace paper's parameter and FLOP counts,
and loading the reference teacher checkpoints."""

from __future__ import annotations

import pytest

from faceapp.core.errors import ConfigError

torch = pytest.importorskip("torch")

from conftest import TEACHER_XS, need  # noqa: E402

from trainer.export.onnx import count_mflops, count_params  # noqa: E402
from trainer.models.loralin import LoRaLin, apply_loralin, loralin_rank  # noqa: E402
from trainer.registry import create_model, list_models  # noqa: E402


@pytest.mark.parametrize(
    "i,o,g,r",
    [
        (192, 768, 0.6, 115),
        (768, 192, 0.6, 115),
        (10, 10, 0.1, 2),
        (3, 512, 0.5, 2),
        (192, 512, 1.0, 192),
        (88, 352, 0.5, 44),
    ],
)
def test_rank_rule(i, o, g, r):
    assert loralin_rank(i, o, g) == r
    layer = LoRaLin(i, o, g)
    assert layer.linear1.weight.shape == (r, i) and layer.linear2.weight.shape == (o, r)
    assert sum(p.numel() for p in layer.parameters()) == r * (i + o) + o


def test_svd_conversion_is_exact_at_full_rank():
    lin = torch.nn.Linear(64, 32)
    lo = LoRaLin.from_linear(lin, gamma=1.0)
    x = torch.randn(5, 64)
    assert torch.allclose(lin(x), lo(x), atol=1e-5)
    net = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.ReLU(), torch.nn.Linear(8, 4))
    assert apply_loralin(net, 0.5) == 2 and isinstance(net[2], LoRaLin)


# (registry name, paper MPARAMS, paper MFLOPs): EdgeFace paper tables 1-4.
PAPER = [
    ("edgeface_xxs", 1.24, 94.7),
    ("edgeface_xs", 2.24, 196.9),
    ("edgeface_xs_gamma_06", 1.77, 154.0),
    ("edgeface_s_gamma_05", 3.65, 306.11),
]


@pytest.mark.parametrize("name,mparams,mflops", PAPER)
def test_paper_counts_within_2_percent(name, mparams, mflops):
    m = create_model(name)
    p = count_params(m) / 1e6
    f = count_mflops(m)
    assert abs(p - mparams) / mparams < 0.02, p
    assert abs(f - mflops) / mflops < 0.02, f
    assert m(torch.zeros(2, 3, 112, 112)).shape == (2, 512)


def test_registry_lists_and_refuses_unknown():
    assert "edgeface_xs_gamma_06" in list_models()
    with pytest.raises(ConfigError, match="known"):
        create_model("resnet_9000")


def test_reference_teacher_loads():
    from trainer.models.teachers import load_edgeface

    m = load_edgeface(need(TEACHER_XS))
    assert count_params(m) == pytest.approx(2.24e6, rel=0.01)
    with torch.no_grad():
        e = m(torch.zeros(1, 3, 112, 112))
    assert e.shape == (1, 512) and torch.isfinite(e).all()


def test_official_loralin_checkpoint_layout_loads(tmp_path):
    """Official EdgeFace releases save the wrapper's state dict with LoRaLin layers named
    linear1/linear2; the loader recovers variant and gamma from the file and the shapes."""
    from trainer.models.edgeface import EdgeFace
    from trainer.models.teachers import load_edgeface

    torch.manual_seed(0)
    ref = EdgeFace("xs", gamma=0.6).eval()
    path = tmp_path / "edgeface_xs_gamma_06.pt"
    torch.save(ref.state_dict(), path)
    m = load_edgeface(path)
    assert m.gamma == 0.6 and m.variant == "xs"
    x = torch.randn(2, 3, 112, 112)
    with torch.no_grad():
        assert torch.allclose(m(x), ref(x), atol=1e-6)


@pytest.mark.parametrize("name", sorted(list_models()))
def test_every_registered_model_trains_a_step_and_exports(name, tmp_path):
    """Each name in the registry builds, takes a gradient step and exports to an ONNX file that
    onnxruntime runs to the same embeddings (IResNets at a CPU-sized width)."""
    from trainer.export.onnx import export_onnx

    torch.manual_seed(0)
    model = create_model(name, **({"width": 16} if name.startswith("iresnet") else {}))
    x = torch.randn(2, 3, 112, 112)
    before = [p.detach().clone() for p in model.parameters()]
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    emb = model.train()(x)
    loss = (1 - torch.nn.functional.cosine_similarity(emb, torch.ones_like(emb))).mean()
    loss.backward()
    opt.step()
    assert torch.isfinite(loss) and emb.shape[0] == 2
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True))
    card = export_onnx(model, tmp_path / f"{name}.onnx", name=name, architecture=name)
    # export_onnx runs the file in onnxruntime beside the torch model and records the gap
    assert card.provenance["onnx_vs_torch_max_abs_diff"] < 1e-3
    assert card.embedding_size == emb.shape[1] and card.params > 0 and card.mflops > 0
