"""Distillation of a student from a frozen teacher on aligned crops, without class labels.

Teacher embeddings of each crop and of its mirror image are computed once and cached in the
run folder (the teacher is the expensive part and never changes); the student sees the crop
with the paper's augmentations and is pulled towards the teacher's embedding of the clean crop
(feature loss), towards the teacher's pairwise geometry inside the batch (relation loss) and,
optionally, towards the teacher's decisions at several operating points (EKD).

A long CPU campaign (many sessions of a few hours) needs a schedule that does not depend on
where it ends: ``lr_schedule: constant`` with an exponential moving average of the weights
(``ema_decay``) gives a usable model at every checkpoint without a decay phase, and the run
resumes exactly mid-epoch from ``last.pt`` (saved every ``checkpoint_minutes``) or, on a fresh
machine, from ``resume_from`` (the committed float master). Each epoch logs a learning-curve row:
samples seen, CPU-hours, dev accuracy and the dev cosine to the teacher.
"""

from __future__ import annotations

import contextlib
import logging
import math
import signal
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from faceapp.core.errors import ConfigError
from trainer.data.aligned_cache import AlignedSet
from trainer.data.augment import AugmentConfig, augment, to_input
from trainer.engine.run import RunDir, config_from_dict, machine_description
from trainer.engine.schedule import poly_lr
from trainer.losses.distill import ekd_loss, feature_loss, relation_loss
from trainer.models.teachers import read_checkpoint

log = logging.getLogger(__name__)


_LOSS_PARTS = ("loss", "feature", "relation", "ekd")


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
    # "poly" (decays to 0 at the last epoch), "constant", or "wsd": constant, then a linear
    # decay to 0 over the last ``decay_epochs`` (a release branch of a constant-rate campaign)
    lr_schedule: str = "poly"
    decay_epochs: float = 0.0
    # A release branch of a constant-rate campaign: this many epochs on from ``resume_from``
    # (the one under way counts), the rate decayed linearly to 0 over them ("wsd"); ``epochs``
    # and ``decay_epochs`` are set from it. A constant rate never lets the weights settle; the
    # campaign itself goes on at that rate from its own checkpoint, the branch is for release.
    branch_epochs: int = 0
    ema_decay: float = 0.0  # EMA of the weights, evaluated and saved as "model" (0 = off)
    checkpoint_minutes: float = 10.0  # mid-epoch last.pt for exact resume (0 = epoch ends only)
    resume_from: str = ""  # when the run folder has no last.pt: a checkpoint to continue
    channels_last: bool = False  # NHWC activations (a few % faster on CPU)
    time_limit_minutes: float = 0.0  # stop cleanly (checkpoint, exact resume) after this long
    w_feature: float = 1.0
    w_relation: float = 1.0
    w_ekd: float = 0.0
    # the teacher embeds each augmented batch itself, so the targets are for exactly what the
    # student sees (a blurred grey crop's own embedding), instead of the cached embeddings of
    # the clean crop and its mirror; a teacher forward each step (about a third more on a CPU)
    online_teacher: bool = False
    # what runs the online teacher: "auto" (onnxruntime on a CPU, where it is faster than
    # torch; torch on a GPU), "torch" or "onnx"
    teacher_runtime: str = "auto"
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
            raise ConfigError(
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
        x = to_input(torch.from_numpy(np.array(crops[i : i + batch]))).to(device)
        if flip:
            x = x.flip(-1)
        out.append(model(x).float().cpu().numpy())
    return np.concatenate(out) if out else np.zeros((0, 512), np.float32)


def _teacher(cfg: DistillConfig, device) -> torch.nn.Module:
    """The frozen teacher on ``device`` (channels-last when the student is)."""
    from trainer.models.teachers import load_edgeface

    teacher = load_edgeface(cfg.teacher).to(device).eval()
    return teacher.to(memory_format=torch.channels_last) if cfg.channels_last else teacher


def _online_teacher(
    cfg: DistillConfig, run: RunDir, device
) -> Callable[[torch.Tensor], torch.Tensor]:
    """The teacher's forward for the online targets: torch's module, or on a CPU (``auto``)
    the same weights exported into the run folder and run by onnxruntime
    (:class:`~trainer.export.onnx.OnnxForward`)."""
    runtime = cfg.teacher_runtime
    if runtime not in ("auto", "torch", "onnx"):
        raise ConfigError(f"teacher_runtime must be auto, torch or onnx, not {runtime!r}")
    if runtime == "torch" or (runtime == "auto" and device.type != "cpu"):
        return _teacher(cfg, device)
    from trainer.export.onnx import OnnxForward
    from trainer.models.teachers import load_edgeface

    log.info("online teacher through onnxruntime")
    threads = cfg.threads or torch.get_num_threads()
    return OnnxForward(load_edgeface(cfg.teacher), run.path / "teacher.onnx", threads)


Targets = Callable[[torch.Tensor, np.ndarray, torch.Tensor], torch.Tensor]


def _targets(cfg: DistillConfig, data: AlignedSet, run: RunDir, device) -> Targets:
    """``targets(x, rows, flipped)``: the teacher embeddings a training batch is pulled towards.

    Online, the teacher embeds the augmented batch ``x`` itself (targets for exactly what the
    student sees); otherwise they are the cached embeddings of the clean crops ``rows`` (or of
    their mirrors where ``flipped``), kept on the training device."""
    if cfg.online_teacher:
        teacher = _online_teacher(cfg, run, device)

        @torch.no_grad()
        def online(x: torch.Tensor, rows: np.ndarray, flipped: torch.Tensor) -> torch.Tensor:
            return teacher(x).float()

        return online
    cached = torch.from_numpy(teacher_cache(cfg, data, run, device)).to(device)

    def from_cache(x: torch.Tensor, rows: np.ndarray, flipped: torch.Tensor) -> torch.Tensor:
        return cached[torch.from_numpy(rows).to(device), flipped.long().to(device)]

    return from_cache


def teacher_cache(
    cfg: DistillConfig, data: AlignedSet, run: RunDir, device, flip: bool = True
) -> np.ndarray:
    """(N, 2, D) teacher embeddings of each crop and its mirror ((N, 1, D) without ``flip``),
    computed once.

    Kept in the run folder and, for a single data folder, beside the crops, so that every
    later run on the same data and teacher (compression fine-tunes) starts at once.
    """
    from faceapp.core.modelcard import sha256_file

    views = "" if flip else "-plain"
    name = f"teacher-{sha256_file(cfg.teacher)[:12]}-{len(data)}{views}.npy"
    places = [run.path / name] + ([Path(cfg.data[0]) / name] if len(cfg.data) == 1 else [])
    for f in places:
        if f.exists():
            return np.load(f)
    teacher = _teacher(cfg, device)
    parts = [embed_crops(teacher, data.crops, device, desc="teacher")]
    if flip:
        parts.append(embed_crops(teacher, data.crops, device, flip=True, desc="teacher (mirror)"))
    emb = np.stack(parts, axis=1).astype(np.float32)
    for f in places:
        try:
            np.save(f, emb)
        except OSError as e:  # a read-only data folder: the run folder's copy is enough
            log.info("teacher cache not written to %s: %s", f, e)
    return emb


class DevSet:
    """The held-out pairs for the learning curve: verification accuracy (mean over the k folds)
    and the mean cosine between student and teacher embeddings of the same dev crops."""

    def __init__(self, cfg: DistillConfig, run: RunDir, device) -> None:
        from trainer.compression.report import cached_pairs

        self.data = AlignedSet.load(cfg.eval_data)
        pairs, index = cached_pairs(self.data, cfg.eval_pairs)
        self.a = np.array([index[p.a] for p in pairs])
        self.b = np.array([index[p.b] for p in pairs])
        self.same = np.array([p.same for p in pairs])
        self.folds = np.array([p.fold for p in pairs])
        dev_cfg = DistillConfig(teacher=cfg.teacher, data=[cfg.eval_data])
        t = teacher_cache(dev_cfg, self.data, run, device, flip=False)[:, 0]
        self.teacher = t / np.linalg.norm(t, axis=1, keepdims=True)

    def measure(self, model, device) -> dict[str, float]:
        from faceapp.evaluation.verification import evaluate_scores

        emb = embed_crops(model, self.data.crops, device)
        emb /= np.linalg.norm(emb, axis=1, keepdims=True)
        scores = np.einsum("ij,ij->i", emb[self.a], emb[self.b])
        res = evaluate_scores(scores, self.same, self.folds)
        cos = float(np.einsum("ij,ij->i", emb, self.teacher).mean())
        return {"pair_accuracy": res.accuracy_mean, "dev_teacher_cos": cos}


def _training_set(folders: list[str]) -> AlignedSet:
    """The training crops. One folder stays memory-mapped: the page cache holds it once for
    every process that trains on it (two runs side by side would otherwise each keep a private
    3.8 GB copy of the 100 000 crops); several folders are joined in memory."""
    if len(folders) == 1:
        return AlignedSet.load(folders[0])
    sets = [AlignedSet.load(d, mmap=False) for d in folders]
    return AlignedSet(
        np.concatenate([s.crops for s in sets]),
        sum((s.paths for s in sets), []),
        sum((s.identities for s in sets), []),
    )


@contextlib.contextmanager
def _stop_on_signals():
    """While training, SIGTERM and SIGINT (a session's end, Ctrl+C) ask the loop to finish the
    current step, checkpoint and return, instead of losing the minutes since the last
    checkpoint. Yields the one-element flag the loop reads."""
    asked = [False]

    def handler(signum, frame) -> None:
        log.warning("signal %d: stopping after this step with a checkpoint", signum)
        asked[0] = True

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            previous[sig] = signal.signal(sig, handler)
        except ValueError:  # not the main thread: no handlers, the periodic checkpoints stay
            break
    try:
        yield asked
    finally:
        for sig, h in previous.items():
            signal.signal(sig, h)


def _lr(cfg: DistillConfig, step: int, total: int, warmup: int, per_epoch: int) -> float:
    if cfg.lr_schedule in ("constant", "wsd"):
        lr = cfg.lr * min(1.0, (step + 1) / warmup) if warmup else cfg.lr
        decay = int(cfg.decay_epochs * per_epoch) if cfg.lr_schedule == "wsd" else 0
        if decay and step >= total - decay:
            lr *= max(0.0, (total - step) / decay)
        return lr
    if cfg.lr_schedule != "poly":
        raise ConfigError(
            f"lr_schedule must be 'poly', 'constant' or 'wsd', not {cfg.lr_schedule!r}"
        )
    return poly_lr(step, total, cfg.lr, warmup, cfg.lr_power, cfg.lr_restarts)


def _resume_position(state: dict, batch_size: int, steps_per_epoch: int) -> tuple[int, int]:
    """(epoch, step in it) to go on from. A checkpoint says how many steps of its epoch were
    done at its own batch size, that is how many crops of the epoch's fixed order were seen
    (0: the epoch is complete). At another batch size (a CPU run resumed on a GPU at 512) the
    run goes on from the step that holds the first unseen crop, so no crop of the epoch is
    skipped and fewer than a batch are seen twice; an epoch that the new ``steps_per_epoch``
    (``max_steps_per_epoch``) ends before that crop is over."""
    done = state.get("step_in_epoch", 0)
    if done:
        step = done * int(state["config"]["batch_size"]) // batch_size
        if step < steps_per_epoch:
            return state["epoch"], step
    return state["epoch"] + 1, 0


def _branch_start(cfg: DistillConfig, state: dict | None) -> tuple[dict, int]:
    """Where a release branch starts: its own last checkpoint when it grew from this very
    ``resume_from`` (the campaign's samples at the start identify it), else ``resume_from``
    (a branch left from an earlier release is started afresh). Returns the state and that
    origin."""
    if not cfg.resume_from:
        raise ConfigError("branch_epochs needs resume_from: the checkpoint the branch grows from")
    source = read_checkpoint(cfg.resume_from)
    origin = int(source.get("progress", {}).get("samples", 0))
    if state is not None and state.get("branch_origin") == origin:
        return state, origin
    log.info("release branch of %d epochs from %s", cfg.branch_epochs, cfg.resume_from)
    return source, origin


def distill(cfg: DistillConfig) -> Path:
    """Run (or resume) a distillation; returns the run folder."""
    import yaml
    from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

    if cfg.augment.mixup and not cfg.online_teacher:
        raise ConfigError(
            "augment.mixup blends two faces, whose embedding only an online teacher can give: "
            "set online_teacher: true"
        )

    torch.manual_seed(cfg.seed)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    run = RunDir(cfg.out)
    (run.path / "config.yaml").write_text(yaml.safe_dump(asdict(cfg), sort_keys=False))
    data = _training_set(cfg.data)
    targets_of = _targets(cfg, data, run, device)
    # on a GPU the crops (uint8, 3.8 GB for train-rec) live on the device, so a step reads no
    # host memory; on a CPU they stay memory-mapped
    crops_dev = None
    if device.type == "cuda":
        crops_dev = torch.from_numpy(np.asarray(data.crops)).to(device)
    dev = DevSet(cfg, run, device) if cfg.eval_data and cfg.eval_pairs else None
    state = run.resume()
    origin = None
    if cfg.branch_epochs:
        state, origin = _branch_start(cfg, state)
    elif state is None and cfg.resume_from:
        log.info("no checkpoint in %s: continuing from %s", run.path, cfg.resume_from)
        state = read_checkpoint(cfg.resume_from)
    if state is not None and state.get("structure") is not None:
        student, compressed = state["structure"], state.get("compressed", {})
    else:
        student, compressed = load_student(cfg)
    structure = student_structure(student) if compressed else None
    if state is not None:
        student.load_state_dict(state.get("train_model") or state["model"], assign=True)
    student = student.to(device)
    if cfg.channels_last:
        student = student.to(memory_format=torch.channels_last)
    ema = None
    if cfg.ema_decay:
        ema = AveragedModel(
            student, multi_avg_fn=get_ema_multi_avg_fn(cfg.ema_decay), use_buffers=True
        )
        if state is not None:
            ema.module.load_state_dict(state["model"])
            ema.n_averaged.fill_(state.get("ema_updates", 1))
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
    warmup = int(cfg.warmup_epochs * steps_per_epoch)
    # bf16 autocast on a GPU: bf16 keeps fp32's exponent range, so no loss scaling (a
    # GradScaler would read its inf check back from the GPU on every step)
    use_amp = cfg.amp and device.type == "cuda"
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True  # fixed input shape: pick the fastest kernels
    start_epoch, start_k, best = 0, 0, -1.0
    # the run's history across resumptions and machines, for the learning curve and the card
    progress = {"samples": 0, "cpu_seconds": 0.0, "wall_seconds": 0.0, "resumptions": 0}
    if state is not None:
        opt.load_state_dict(state["optimizer"])
        start_epoch, start_k = _resume_position(state, cfg.batch_size, steps_per_epoch)
        best = state.get("best", -1.0)
        progress = dict(state.get("progress", progress))
        progress["resumptions"] += 1
    if origin is not None:
        # the branch's end: fixed when it starts, kept when the branch itself resumes
        own = state.get("branch_origin") == origin
        cfg.epochs = state["config"]["epochs"] if own else start_epoch + cfg.branch_epochs
        cfg.lr_schedule, cfg.decay_epochs = "wsd", cfg.branch_epochs
    total = steps_per_epoch * cfg.epochs
    gen = torch.Generator().manual_seed(cfg.seed)
    if state is not None and state.get("rng") is not None:
        gen.set_state(state["rng"])
    cpu0, wall0 = time.process_time(), time.time()
    base_progress = dict(progress)

    def tally() -> dict:
        return {
            **base_progress,
            "samples": progress["samples"],
            "cpu_seconds": base_progress["cpu_seconds"] + time.process_time() - cpu0,
            "wall_seconds": base_progress["wall_seconds"] + time.time() - wall0,
        }

    def checkpoint(epoch: int, step_in_epoch: int, is_best: bool = False) -> None:
        evaluated = ema.module if ema is not None else student
        run.save(
            {
                "model": qat.float_state_dict() if qat else evaluated.state_dict(),
                "train_model": student.state_dict() if ema is not None else None,
                "ema_updates": int(ema.n_averaged) if ema is not None else 0,
                "structure": structure,
                "compressed": compressed,
                "qat": qat.info() if qat else None,
                "optimizer": opt.state_dict(),
                "epoch": epoch,
                "step_in_epoch": step_in_epoch,  # 0 = the epoch is complete
                "rng": gen.get_state(),
                "best": best,
                "progress": tally(),
                "arch": getattr(student, "arch_name", cfg.student),
                "config": asdict(cfg),
                "machine": machine_description(),
                "branch_origin": origin,
            },
            best=is_best,
        )

    with _stop_on_signals() as stop_asked:
        for epoch in range(start_epoch, cfg.epochs):
            # the same order after a resume: a function of seed and epoch alone
            order = torch.randperm(
                len(data), generator=torch.Generator().manual_seed(cfg.seed * 1000 + epoch)
            )
            first = start_k if epoch == start_epoch else 0
            if not first:
                gen.manual_seed(cfg.seed * 1000 + epoch)
            student.train()
            # the loss sums stay on the device and are read every ``shown`` steps (a read each
            # step would wait for the GPU to finish it before the next could be queued)
            sums = {n: torch.zeros((), device=device) for n in _LOSS_PARTS}
            shown = 1 if device.type == "cpu" else 25
            t0, saved, out_of_time = time.time(), time.time(), False
            bar = tqdm(
                range(first, steps_per_epoch),
                desc=f"epoch {epoch + 1}/{cfg.epochs}",
                unit="step",
                initial=first,
                total=steps_per_epoch,
            )
            for k in bar:
                step = epoch * steps_per_epoch + k
                for g in opt.param_groups:
                    g["lr"] = _lr(cfg, step, total, warmup, steps_per_epoch)
                # sorted: rows read from the memory-mapped crops in file order
                idx = order[k * cfg.batch_size : (k + 1) * cfg.batch_size].sort().values.numpy()
                if crops_dev is not None:
                    x = to_input(crops_dev[torch.from_numpy(idx).to(device)])
                else:
                    x = to_input(torch.from_numpy(data.crops[idx]))
                x, flipped = augment(x, cfg.augment, gen)
                if cfg.channels_last:
                    x = x.contiguous(memory_format=torch.channels_last)
                with torch.autocast(device.type, enabled=use_amp, dtype=torch.bfloat16):
                    tgt = targets_of(x, idx, flipped)
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
                loss.backward()
                opt.step()
                if ema is not None:
                    ema.update_parameters(student)
                progress["samples"] += len(idx)
                sums["loss"] += loss.detach()
                for n, v in parts.items():
                    sums[n] += v.detach()
                done = k + 1 - first
                if done % shown == 0 or k + 1 == steps_per_epoch:
                    bar.set_postfix(
                        loss=f"{float(sums['loss']) / done:.4f}",
                        img_s=f"{done * cfg.batch_size / (time.time() - t0):.0f}",
                    )
                out_of_time = stop_asked[0] or (
                    bool(cfg.time_limit_minutes)
                    and time.time() - wall0 > 60 * cfg.time_limit_minutes
                )
                minutes = cfg.checkpoint_minutes
                due = out_of_time or (minutes and time.time() - saved > 60 * minutes)
                if due and k + 1 < steps_per_epoch:
                    checkpoint(epoch, k + 1)
                    saved = time.time()
                if out_of_time:
                    break
            if out_of_time and k + 1 < steps_per_epoch:
                log.info("stopped at epoch %d step %d", epoch + 1, k + 1)
                print(f"stopped (time limit or signal); resumes at epoch {epoch + 1} step {k + 1}")
                break
            done = max(1, steps_per_epoch - first)
            sums = {n: float(v) for n, v in sums.items()}
            t = tally()
            row = {
                "epoch": epoch + 1,
                **{n: v / done for n, v in sums.items()},
                "train_teacher_cos": 1 - sums["feature"] / done if cfg.w_feature else "",
                "lr": opt.param_groups[0]["lr"],
                "seconds": round(time.time() - t0, 1),
                "samples_seen": t["samples"],
                "cpu_hours": round(t["cpu_seconds"] / 3600, 3),
                "wall_hours": round(t["wall_seconds"] / 3600, 3),
            }
            measured = (
                dev.measure(ema.module if ema is not None else student, device) if dev else {}
            )
            row["pair_accuracy"] = measured.get("pair_accuracy", "")
            row["dev_teacher_cos"] = measured.get("dev_teacher_cos", "")
            run.log_metrics(row)
            log.info("epoch %d: %s", epoch + 1, row)
            print(
                f"learning curve: epoch {epoch + 1}  samples {t['samples']:,}  "
                f"CPU-hours {row['cpu_hours']:.2f}  dev accuracy {row['pair_accuracy'] or '-'}  "
                f"dev cosine to teacher {row['dev_teacher_cos'] or '-'}",
                flush=True,
            )
            score = measured.get("pair_accuracy", -row["loss"])
            is_best = score > best
            best = max(best, score)
            checkpoint(epoch, 0, is_best)
            if out_of_time:
                break
    return run.path
