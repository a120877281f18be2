"""Training with a margin loss on labelled aligned faces, on one CPU or many GPUs.

The same command scales: ``faceapp-train train --config C`` runs on one process (CPU or one
GPU); ``torchrun --nproc_per_node=8 -m trainer.cli train --config C`` runs DistributedDataParallel
with each process taking its shard of every epoch. Optimiser AdamW or SGD, warm-up and
polynomial decay with restarts, bf16 autocast on GPU, checkpoint every epoch and resume.
"""

from __future__ import annotations

import logging
import math
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
from tqdm import tqdm

from faceapp.core.errors import ConfigError, DataError
from trainer.data.aligned_cache import AlignedSet
from trainer.data.augment import AugmentConfig, augment, to_input
from trainer.engine.run import RunDir, config_from_dict, machine_description
from trainer.engine.schedule import poly_lr
from trainer.losses.margin import MarginHead

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    model: str = "edgeface_xs_gamma_06"
    model_args: dict = field(default_factory=dict)
    data: list[str] = field(default_factory=list)  # aligned caches with identities
    loss: str = "cosface"
    scale: float = 64.0
    margin: float | None = None
    sample_rate: float = 1.0  # PartialFC
    min_images_per_class: int = 2
    optimizer: str = "adamw"
    lr: float = 1e-3
    weight_decay: float = 0.05
    momentum: float = 0.9
    warmup_epochs: float = 1.0
    lr_power: float = 2.0
    lr_restarts: int = 0
    epochs: int = 20
    batch_size: int = 128
    max_steps_per_epoch: int = 0
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    out: str = "runs/train"
    seed: int = 0
    threads: int = 0
    amp: bool = True

    @classmethod
    def from_dict(cls, d: dict) -> TrainConfig:
        return config_from_dict(cls, d, "train")


def _dist() -> tuple[int, int, int]:
    """(rank, world size, local rank); initialises the process group under torchrun."""
    if "WORLD_SIZE" in os.environ and int(os.environ["WORLD_SIZE"]) > 1:
        if not dist.is_initialized():
            backend = "nccl" if torch.cuda.is_available() else "gloo"
            dist.init_process_group(backend)
        return dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", 0))
    return 0, 1, 0


def labelled(cfg: TrainConfig) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Crops and integer labels of identities with enough images."""
    sets = [AlignedSet.load(d, mmap=False) for d in cfg.data]
    crops = np.concatenate([s.crops for s in sets])
    ids = sum((s.identities for s in sets), [])
    names, counts = np.unique([i for i in ids if i], return_counts=True)
    keep = set(names[counts >= cfg.min_images_per_class])
    rows = [k for k, i in enumerate(ids) if i in keep]
    classes = sorted(keep)
    index = {n: c for c, n in enumerate(classes)}
    return crops[rows], np.array([index[ids[k]] for k in rows], np.int64), classes


def train(cfg: TrainConfig) -> Path:
    from trainer.registry import create_model

    if cfg.augment.mixup:
        raise ConfigError(
            "augment.mixup blends two people, which one class label cannot say "
            "(it is for distillation with an online teacher)"
        )
    rank, world, local = _dist()
    torch.manual_seed(cfg.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    device = torch.device(f"cuda:{local}" if torch.cuda.is_available() else "cpu")
    crops, labels, classes = labelled(cfg)
    if not len(classes):
        raise DataError("no identity has enough images; check data and min_images_per_class")
    model = create_model(cfg.model, **cfg.model_args).to(device)
    emb_size = model(torch.zeros(2, 3, 112, 112, device=device)).shape[1]
    head = MarginHead(
        cfg.loss, emb_size, len(classes), cfg.scale, cfg.margin, sample_rate=cfg.sample_rate
    ).to(device)
    net = model
    if world > 1:
        net = torch.nn.parallel.DistributedDataParallel(
            model, device_ids=[local] if device.type == "cuda" else None
        )
    params = list(model.parameters()) + list(head.parameters())
    if cfg.optimizer == "sgd":
        opt = torch.optim.SGD(
            params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=cfg.weight_decay
        )
    else:
        opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    per_rank = math.ceil(len(labels) / world)
    steps = math.ceil(per_rank / cfg.batch_size)
    if cfg.max_steps_per_epoch:
        steps = min(steps, cfg.max_steps_per_epoch)
    total, warmup = steps * cfg.epochs, int(cfg.warmup_epochs * steps)
    use_amp = cfg.amp and device.type == "cuda"
    run = RunDir(cfg.out)
    start = 0
    state = run.resume()
    if state is not None:
        model.load_state_dict(state["model"])
        head.load_state_dict(state["head"])
        opt.load_state_dict(state["optimizer"])
        start = state["epoch"] + 1
    gen = torch.Generator().manual_seed(cfg.seed)
    x_all, y_all = torch.from_numpy(crops), torch.from_numpy(labels)
    for epoch in range(start, cfg.epochs):
        gen.manual_seed(cfg.seed * 1000 + epoch)  # same permutation on every rank
        order = torch.randperm(len(labels), generator=gen)[rank::world]
        model.train()
        head.train()
        t0, total_loss, correct, seen = time.time(), 0.0, 0, 0
        bar = tqdm(range(steps), desc=f"epoch {epoch + 1}/{cfg.epochs}", disable=rank != 0)
        for k in bar:
            for g in opt.param_groups:
                g["lr"] = poly_lr(
                    epoch * steps + k, total, cfg.lr, warmup, cfg.lr_power, cfg.lr_restarts
                )
            idx = order[k * cfg.batch_size : (k + 1) * cfg.batch_size]
            x, _ = augment(to_input(x_all[idx]).to(device), cfg.augment, gen)
            y = y_all[idx].to(device)
            with torch.autocast(device.type, enabled=use_amp, dtype=torch.bfloat16):
                emb = net(x).float()
            logits, lab = head.logits(emb, y)
            loss = torch.nn.functional.cross_entropy(logits, lab)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            total_loss += loss.item()
            correct += int((logits.argmax(1) == lab).sum())
            seen += len(lab)
            bar.set_postfix(
                loss=f"{total_loss / (k + 1):.3f}",
                acc=f"{correct / seen:.3f}",
                img_s=f"{seen * world / (time.time() - t0):.0f}",
            )
        if rank == 0:
            row = {
                "epoch": epoch + 1,
                "loss": total_loss / steps,
                "train_acc": correct / seen,
                "lr": opt.param_groups[0]["lr"],
                "seconds": round(time.time() - t0, 1),
            }
            run.log_metrics(row)
            run.save(
                {
                    "model": model.state_dict(),
                    "head": head.state_dict(),
                    "optimizer": opt.state_dict(),
                    "epoch": epoch,
                    "arch": cfg.model,
                    "config": asdict(cfg),
                    "classes": len(classes),
                    "machine": machine_description(),
                }
            )
    if world > 1:
        dist.barrier()
    return run.path
