"""Run folders: config copy, CSV metrics log, checkpoints with resume."""

from __future__ import annotations

import csv
import json
import logging
import os
import platform
from pathlib import Path
from typing import Any

import torch

from trainer.models.teachers import read_checkpoint

log = logging.getLogger(__name__)


def machine_description() -> dict[str, Any]:
    """Where a run happened (recorded in checkpoints and model cards)."""
    d = {
        "host": platform.node(),
        "cpu": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "torch": torch.__version__,
    }
    if torch.cuda.is_available():
        d["gpu"] = torch.cuda.get_device_name(0)
    return d


def config_from_dict(cls: type, d: dict, what: str):
    """A training config dataclass from YAML data, checked against its type hints: unknown
    keys refused by name (a typo must not silently train with a default), ``data`` may be one
    folder or a list, numbers that YAML read as text ("1e-9") are converted."""
    from faceapp.core.typed import from_mapping

    return from_mapping(cls, d, source=f"{what} config")


def load_yaml_config(path: str | Path, overrides: list[str] | None = None) -> dict:
    """A YAML config with ``KEY=VALUE`` overrides (values parsed as YAML)."""
    import yaml

    from faceapp.core.errors import ConfigError

    try:
        cfg = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the config ({str(e).splitlines()[0]})", path) from None
    if not isinstance(cfg, dict):
        raise ConfigError("a training config must be a mapping of settings", path)
    for item in overrides or []:
        key, _, value = item.partition("=")
        cfg[key] = yaml.safe_load(value)
    return cfg


def _on_cpu(obj: Any) -> Any:
    """``obj`` with every tensor in its dicts, lists and tuples moved to the CPU."""
    if isinstance(obj, torch.Tensor):
        return obj.cpu()
    if isinstance(obj, dict):
        return {k: _on_cpu(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(_on_cpu(v) for v in obj)
    return obj


class RunDir:
    """A training run's folder: ``config.yaml``, ``metrics.csv``, ``last.pt``, ``best.pt``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)

    @property
    def last(self) -> Path:
        return self.path / "last.pt"

    def log_metrics(self, row: dict[str, Any]) -> None:
        f = self.path / "metrics.csv"
        new = not f.exists()
        with f.open("a", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(row))
            if new:
                w.writeheader()
            w.writerow(row)

    def save(self, state: dict[str, Any], best: bool = False) -> None:
        """Atomic save (write then rename), so a kill mid-save leaves the old checkpoint.
        Tensors are stored as CPU tensors: a checkpoint written on a GPU machine (optimizer
        state, weights) opens with a plain ``torch.load`` on a machine without one."""
        state = _on_cpu(state)
        tmp = self.last.with_suffix(".tmp")
        torch.save(state, tmp)
        os.replace(tmp, self.last)
        if best:
            torch.save(state, self.path / "best.tmp")
            os.replace(self.path / "best.tmp", self.path / "best.pt")

    def resume(self) -> dict[str, Any] | None:
        if self.last.exists():
            log.info("resuming from %s", self.last)
            return read_checkpoint(self.last)
        return None

    def write_json(self, name: str, data: Any) -> None:
        (self.path / name).write_text(json.dumps(data, indent=2))
