"""Model registry: architectures by name, built from config (in the spirit of timm).

``create_model("edgeface_xs_gamma_06")`` builds a fresh model; every builder takes keyword
overrides (``embedding_size``, ``gamma``, ...) so YAML configs can set them.
"""

from __future__ import annotations

from collections.abc import Callable

from torch import nn

from faceapp.core.errors import ConfigError

_MODELS: dict[str, Callable[..., nn.Module]] = {}
_DESCRIPTIONS: dict[str, str] = {}


def register_model(name: str, description: str = "") -> Callable:
    """Decorator: register a builder ``fn(**kwargs) -> nn.Module`` under ``name``."""

    def deco(fn: Callable[..., nn.Module]) -> Callable[..., nn.Module]:
        if name in _MODELS:
            raise ValueError(f"model {name!r} registered twice")  # a bug, not a user error
        _MODELS[name] = fn
        _DESCRIPTIONS[name] = description or (fn.__doc__ or "").strip().splitlines()[0]
        return fn

    return deco


def _load_builtin() -> None:
    # Importing the model modules registers them.
    from trainer import models  # noqa: F401


def create_model(name: str, **kwargs) -> nn.Module:
    """Build a registered model; unknown names list the known ones."""
    _load_builtin()
    if name not in _MODELS:
        raise ConfigError(f"unknown model {name!r}; known: {', '.join(sorted(_MODELS))}")
    model = _MODELS[name](**kwargs)
    model.arch_name = name  # recorded in checkpoints and model cards
    return model


def list_models() -> dict[str, str]:
    """Registered names and one-line descriptions."""
    _load_builtin()
    return dict(sorted(_DESCRIPTIONS.items()))
