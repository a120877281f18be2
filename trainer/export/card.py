"""Model cards as the trainer writes them: what a model is, how it was made (command,
checkpoint, training config and progress, the model it was compressed from) and how it scores.

The kiosk reads cards (:mod:`faceapp.core.modelcard`); everything that assembles one lives here
so that export, quantization and evaluation describe models the same way.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from faceapp.core.modelcard import ModelCard, card_path_for, sha256_file


def command_line() -> str:
    """The command that is making the card, as a person would retype it."""
    return " ".join(["faceapp-train", *sys.argv[1:]])


def checkpoint_training(raw) -> dict:
    """What a run checkpoint (already read) says about its training (config, where it ran),
    for the card."""
    if not (isinstance(raw, dict) and "config" in raw):
        return {}
    cfg = raw["config"]
    keep = ("student", "teacher", "model", "data", "loss", "epochs", "batch_size", "lr")
    keep += ("lr_schedule", "ema_decay", "augment")
    # a compression fine-tune: what it did, and the training of the model it started from
    extra = ("init", "max_steps_per_epoch", "qat", "qat_float_layers", "loralin_gamma")
    extra += ("prune_ratio", "w_feature", "w_relation", "w_ekd")
    out = {
        "training_config": {k: cfg[k] for k in keep if k in cfg}
        | {k: cfg[k] for k in extra if cfg.get(k)},
        "epochs_done": raw.get("epoch", -1) + 1,
        "trained_on": raw.get("machine"),
    }
    if raw.get("progress"):  # samples, CPU and wall seconds, resumptions across sessions
        out["training_progress"] = raw["progress"]
    if cfg.get("init") and Path(cfg["init"]).is_file():
        from trainer.models.teachers import read_checkpoint

        out["init_training"] = checkpoint_training(read_checkpoint(cfg["init"]))
    return out


def export_provenance(checkpoint: str | Path, raw) -> dict:
    """Provenance of a float export: the checkpoint (with its hash) and its training."""
    return {
        "checkpoint": str(checkpoint),
        "checkpoint_sha256": sha256_file(checkpoint),
        "command": command_line(),
        **checkpoint_training(raw),
    }


def quantized_card(
    card: ModelCard, src: Path, out: Path, name: str, label: str, summary: dict
) -> ModelCard:
    """The card of ``out``, quantized from ``src`` (whose ``card`` it extends): metrics are
    cleared (they must be measured on the new file), the float model's are kept as provenance."""
    q = dataclasses.replace(
        card, name=name, file=out.name, quantization=label, sha256=sha256_file(out), metrics={}
    )
    q.provenance = {
        **card.provenance,
        "float_model": src.name,
        "float_sha256": card.sha256,
        "float_model_metrics": card.metrics,
        "float_model_command": card.provenance.get("command"),
        "quantization": summary,
        "command": command_line(),
    }
    return q


def add_eval_metrics(card: ModelCard, onnx: Path, pairs: str, images: str) -> None:
    """Put a pairs evaluation of the exported file into its card."""
    from trainer.evaluation.pairs_eval import evaluate_pairs

    res, info = evaluate_pairs(onnx, pairs, images)
    card.metrics[Path(pairs).parent.name or "pairs"] = {
        **{k: v for k, v in res.to_dict().items() if k != "thresholds"},
        "pairs_file": str(pairs),
        "images_without_face": len(info["missing"]),
    }
    card.save(card_path_for(onnx))
