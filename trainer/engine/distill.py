"""Distillation of a student from a frozen teacher on aligned crops, without class labels.

Teacher embeddings of each crop and of its mirror image are computed once and cached in the
run folder (the teacher is the expensive part and never changes); the student sees the crop
with the paper's augmentations and is pulled towards the teacher's embedding of the clean crop
(feature loss), towards the teacher's pairwise geometry inside the batch (relation loss) and,
optionally, towards the teacher's decisions at several operating points (EKD).
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from trainer.data.aligned_cache import AlignedSet
from trainer.data.augment import AugmentConfig, augment, to_input
from trainer.engine.run import RunDir, config_from_dict, machine_description
from trainer.engine.schedule import poly_lr
from trainer.losses.distill import ekd_loss, feature_loss, relation_loss

log = logging.getLogger(__name__)


@dataclass
class DistillConfig:
    student: str = "edgeface_xs_gamma_06"
    teacher: str = ""  # checkpoint path (reference _q.pt, official or own)
    data: list[str] = field(default_factory=list)  # aligned-cache folders
    eval_data: str = ""  # aligned cache of the pairs' images (optional)
    eval_pairs: str = ""  # pairs.txt for per-epoch verification accuracy (optional)
    out: str = "runs/distill"
    epochs: int = 10
    batch_size: int = 64
    lr: float = 2e-3
    weight_decay: float = 0.05
    warmup_epochs: float = 0.5
    lr_power: float = 2.0
    lr_restarts: int = 0
    w_feature: float = 1.0
    w_relation: float = 1.0
    w_ekd: float = 0.0
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    max_steps_per_epoch: int = 0  # 0 = whole epoch (small values for tests)
    seed: int = 0
    threads: int = 0  # torch CPU threads (0 = torch's default)
    amp: bool = True  # mixed precision where a GPU is used
    init: str = ""  # starting checkpoint for the student (run checkpoint or EdgeFace file)
    # compression of the (trained) student before fine-tuning, in this order:
    loralin_gamma: float = 0.0  # factorise every full-rank linear by SVD at this gamma
    prune_ratio: float = 0.0  # structured channel pruning (torch-pruning) of block internals
    qat: str = ""  # quantization-aware training: "w8a8", "w6a6", ...
    qat_float_layers: list[str] = field(default_factory=list)  # module paths/patterns left float
    qat_calib_batches: int = 8  # batches of training crops that set the activation ranges

    @classmethod
    def from_dict(cls, d: dict) -> DistillConfig:
        return config_from_dict(cls, d, "distill")


def load_student(cfg: DistillConfig) -> tuple[torch.nn.Module, dict]:
    """The student before training: a fresh registry model, or ``init`` (any checkpoint the
    trainer reads) converted by LoRaLin SVD and/or pruned as configured. Returns the model and
    what was done to it (kept in checkpoints and model cards)."""
    from trainer.models.loralin import apply_loralin
    from trainer.models.teachers import load_checkpoint
    from trainer.registry import create_model

    if not cfg.init:
        if cfg.loralin_gamma or cfg.prune_ratio or cfg.qat:
            raise ValueError(
                "loralin_gamma, prune_ratio and qat compress a trained model: set init"
            )
        return create_model(cfg.student), {}
    model = load_checkpoint(cfg.init).train()
    base = getattr(model, "arch_name", None) or f"edgeface_{getattr(model, 'variant', 'model')}"
    done: dict = {"init": cfg.init}
    if cfg.loralin_gamma:
        done["loralin"] = {
            "gamma": cfg.loralin_gamma,
            "layers": apply_loralin(model, cfg.loralin_gamma, from_trained=True),
        }
    if cfg.prune_ratio:
        from trainer.compression.prune import prune_channels

        done["pruning"] = prune_channels(model, cfg.prune_ratio)
    suffix = (f"+loralin{cfg.loralin_gamma:g}" if cfg.loralin_gamma else "") + (
        f"+pruned{cfg.prune_ratio:g}" if cfg.prune_ratio else ""
    )
    model.arch_name = base + suffix
    return model, done


def student_structure(model: torch.nn.Module) -> torch.nn.Module:
    """A weightless copy of a student whose layers no registry builder reproduces (SVD
    conversion, pruning): stored in its checkpoints so that export and resume rebuild it."""
    import copy

    # shapes only (meta tensors): load_state_dict(..., assign=True) fills them in
    return copy.deepcopy(model).to("meta")


@torch.no_grad()
def _calibration_batches(data: AlignedSet, cfg: DistillConfig, device) -> list[torch.Tensor]:
    gen = torch.Generator().manual_seed(cfg.seed + 7)
    n = min(len(data), cfg.qat_calib_batches * cfg.batch_size)
    idx = torch.randperm(len(data), generator=gen)[:n].sort().values.numpy()
    crops = torch.from_numpy(np.ascontiguousarray(data.crops[idx]))
    return [to_input(crops[i : i + cfg.batch_size]).to(device) for i in range(0, n, cfg.batch_size)]


@torch.no_grad()
def embed_crops(
    model: torch.nn.Module,
    crops: np.ndarray,
    device: torch.device,
    batch: int = 256,
    flip: bool = False,
    desc: str | None = None,
) -> np.ndarray:
    """Float32 (N, D) embeddings of uint8 BGR crops (optionally of their mirror images)."""
    model.eval()
    out = []
    rng = range(0, len(crops), batch)
    for i in tqdm(rng, desc=desc, disable=desc is None, unit="batch"):
        x = to_input(torch.from_numpy(np.ascontiguousarray(crops[i : i + batch]))).to(device)
        if flip:
            x = x.flip(-1)
        out.append(model(x).float().cpu().numpy())
    return np.concatenate(out) if out else np.zeros((0, 512), np.float32)


def teacher_cache(cfg: DistillConfig, data: AlignedSet, run: RunDir, device) -> np.ndarray:
    """(N, 2, D) teacher embeddings of each crop and its mirror, computed once.

    Kept in the run folder and, for a single data folder, beside the crops, so that every
    later run on the same data and teacher (compression fine-tunes) starts at once.
    """
    from faceapp.core.modelcard import sha256_file
    from trainer.models.teachers import load_edgeface

    name = f"teacher-{sha256_file(cfg.teacher)[:12]}-{len(data)}.npy"
    places = [run.path / name] + ([Path(cfg.data[0]) / name] if len(cfg.data) == 1 else [])
    for f in places:
        if f.exists():
            return np.load(f)
    teacher = load_edgeface(cfg.teacher).to(device)
    plain = embed_crops(teacher, data.crops, device, desc="teacher")
    mirror = embed_crops(teacher, data.crops, device, flip=True, desc="teacher (mirror)")
    emb = np.stack([plain, mirror], axis=1).astype(np.float32)
    for f in places:
        try:
            np.save(f, emb)
        except OSError as e:  # a read-only data folder: the run folder's copy is enough
            log.info("teacher cache not written to %s: %s", f, e)
    return emb


def pair_accuracy(model, cfg: DistillConfig, device) -> float | None:
    """Mean k-fold verification accuracy on the configured eval pairs (cached crops)."""
    if not (cfg.eval_data and cfg.eval_pairs):
        return None
    from faceapp.evaluation.pairs import read_pairs
    from faceapp.evaluation.verification import evaluate_scores

    data = AlignedSet.load(cfg.eval_data)
    root = Path(data.paths[0]).parents[1] if data.paths else Path()
    index = {str(Path(p).relative_to(root)): i for i, p in enumerate(data.paths)}
    pairs = [p for p in read_pairs(cfg.eval_pairs) if p.a in index and p.b in index]
    emb = embed_crops(model, data.crops, device)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    scores = np.array([emb[index[p.a]] @ emb[index[p.b]] for p in pairs])
    same = np.array([p.same for p in pairs])
    return evaluate_scores(scores, same, np.array([p.fold for p in pairs])).accuracy_mean


def distill(cfg: DistillConfig) -> Path:
    """Run (or resume) a distillation; returns the run folder."""
    import yaml

    torch.manual_seed(cfg.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    run = RunDir(cfg.out)
    (run.path / "config.yaml").write_text(yaml.safe_dump(asdict(cfg), sort_keys=False))
    sets = [AlignedSet.load(d, mmap=False) for d in cfg.data]
    data = AlignedSet(
        np.concatenate([s.crops for s in sets]),
        sum((s.paths for s in sets), []),
        sum((s.identities for s in sets), []),
    )
    targets = torch.from_numpy(teacher_cache(cfg, data, run, device))
    state = run.resume()
    if state is not None and state.get("structure") is not None:
        student, compressed = state["structure"], state.get("compressed", {})
    else:
        student, compressed = load_student(cfg)
    structure = student_structure(student) if compressed else None
    if state is not None:
        student.load_state_dict(state["model"], assign=True)
    student = student.to(device)
    qat = None
    if cfg.qat:
        from trainer.compression.qat import QATModel, QATSpec

        qat = QATModel(student, QATSpec.parse(cfg.qat, cfg.qat_float_layers))
        if state is not None and state.get("qat"):
            qat.load_ranges(state["qat"]["ranges"])
        else:
            qat.calibrate(_calibration_batches(data, cfg, device))
    opt = torch.optim.AdamW(student.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    steps_per_epoch = math.ceil(len(data) / cfg.batch_size)
    if cfg.max_steps_per_epoch:
        steps_per_epoch = min(steps_per_epoch, cfg.max_steps_per_epoch)
    total = steps_per_epoch * cfg.epochs
    warmup = int(cfg.warmup_epochs * steps_per_epoch)
    use_amp = cfg.amp and device.type == "cuda"
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp)
    start_epoch, best = 0, -1.0
    if state is not None:
        opt.load_state_dict(state["optimizer"])
        start_epoch, best = state["epoch"] + 1, state.get("best", -1.0)
    gen = torch.Generator().manual_seed(cfg.seed)
    crops_all = torch.from_numpy(data.crops)
    for epoch in range(start_epoch, cfg.epochs):
        gen.manual_seed(cfg.seed * 1000 + epoch)  # the same order after a resume
        order = torch.randperm(len(data), generator=gen)
        student.train()
        sums = {"loss": 0.0, "feature": 0.0, "relation": 0.0, "ekd": 0.0}
        t0 = time.time()
        bar = tqdm(range(steps_per_epoch), desc=f"epoch {epoch + 1}/{cfg.epochs}", unit="step")
        for k in bar:
            step = epoch * steps_per_epoch + k
            for g in opt.param_groups:
                g["lr"] = poly_lr(step, total, cfg.lr, warmup, cfg.lr_power, cfg.lr_restarts)
            idx = order[k * cfg.batch_size : (k + 1) * cfg.batch_size]
            x = to_input(crops_all[idx]).to(device)
            x, flipped = augment(x, cfg.augment, gen)
            tgt = targets[idx, flipped.long().cpu()].to(device)
            with torch.autocast(device.type, enabled=use_amp, dtype=torch.bfloat16):
                emb = student(x).float()
            parts = {
                "feature": feature_loss(emb, tgt) if cfg.w_feature else emb.new_zeros(()),
                "relation": relation_loss(emb, tgt) if cfg.w_relation else emb.new_zeros(()),
                "ekd": emb.new_zeros(()),
            }
            if cfg.w_ekd:
                same = torch.zeros(len(idx), len(idx), dtype=torch.bool, device=device)
                parts["ekd"] = ekd_loss(emb, tgt, same)
            loss = (
                cfg.w_feature * parts["feature"]
                + cfg.w_relation * parts["relation"]
                + cfg.w_ekd * parts["ekd"]
            )
            opt.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
            sums["loss"] += loss.item()
            for n, v in parts.items():
                sums[n] += v.item()
            bar.set_postfix(
                loss=f"{sums['loss'] / (k + 1):.4f}",
                img_s=f"{(k + 1) * cfg.batch_size / (time.time() - t0):.0f}",
            )
        row = {
            "epoch": epoch + 1,
            **{n: v / steps_per_epoch for n, v in sums.items()},
            "lr": opt.param_groups[0]["lr"],
            "seconds": round(time.time() - t0, 1),
        }
        acc = pair_accuracy(student, cfg, device)
        row["pair_accuracy"] = acc if acc is not None else ""
        run.log_metrics(row)
        log.info("epoch %d: %s", epoch + 1, row)
        score = acc if acc is not None else -row["loss"]
        is_best = score > best
        best = max(best, score)
        run.save(
            {
                "model": qat.float_state_dict() if qat else student.state_dict(),
                "structure": structure,
                "compressed": compressed,
                "qat": qat.info() if qat else None,
                "optimizer": opt.state_dict(),
                "epoch": epoch,
                "best": best,
                "arch": getattr(student, "arch_name", cfg.student),
                "config": asdict(cfg),
                "machine": machine_description(),
            },
            best=is_best,
        )
    return run.path
