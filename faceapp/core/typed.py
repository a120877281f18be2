"""Dataclasses from YAML or JSON mappings, checked against their type hints.

One validator serves the kiosk config, the training configs and the model cards, so that all
three refuse a misspelt key by name, read ``1e-3`` whether YAML made it a number or a string,
accept the ``0``/``1`` that older files used for on/off settings, and say which setting is wrong.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from faceapp.core.errors import ConfigError, FaceAppError, Reason

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _convert(tp: Any, value: Any, name: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return _convert(arg, value, name)
            except (TypeError, ValueError) as e:
                errors.append(e)
        raise ValueError(errors[0] if errors else "no type")
    if dataclasses.is_dataclass(tp):
        return _build(tp, value, name)
    if tp is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise ValueError("expected true or false")
    if tp is int:
        if isinstance(value, bool) or float(value) != int(float(value)):
            raise ValueError("expected a whole number")
        return int(float(value))
    if tp is float:
        if isinstance(value, bool):
            raise ValueError("expected a number")
        return float(value)
    if tp is str:
        if isinstance(value, dict | list):
            raise ValueError("expected text")
        return "" if value is None else str(value)  # YAML's `key:` is empty text, not "None"
    if origin in (list, tuple):
        items = [value] if isinstance(value, str | int | float) else list(value)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(items) != len(args):
                raise ValueError(f"expected {len(args)} values")
            return tuple(_convert(a, v, name) for a, v in zip(args, items, strict=True))
        inner = args[0] if args else Any
        out = [_convert(inner, v, name) for v in items]
        return tuple(out) if origin is tuple else out
    if origin is dict:
        if not isinstance(value, dict):
            raise ValueError("expected a mapping")
        kt, vt = args or (Any, Any)
        return {_convert(kt, k, name): _convert(vt, v, name) for k, v in value.items()}
    return value


def _build(cls: type, data: Any, where: str, *, strict: bool = True, retired=None) -> Any:
    if data is None:
        return cls()
    if isinstance(data, cls):
        return data
    if not isinstance(data, dict):
        raise ConfigError(
            Reason("{where} must be a mapping", where=where)
            if where
            else Reason("the file must be a mapping")
        )
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls) if f.init}
    kwargs = {}
    for key, value in data.items():
        name = f"{where}.{key}" if where else str(key)
        if retired and name in retired:
            retired[name](name)
            continue
        if key not in fields:
            if strict:
                raise ConfigError(Reason("unknown setting {name}", name=repr(name)))
            continue
        tp = hints[key]
        if dataclasses.is_dataclass(tp):
            kwargs[key] = _build(tp, value, name, strict=strict, retired=retired)
            continue
        try:
            kwargs[key] = _convert(tp, value, name)
        except (TypeError, ValueError):
            shown = getattr(tp, "__name__", None) or str(tp).replace("typing.", "")
            raise ConfigError(
                Reason(
                    "setting {name}: {value} is not a valid {type}",
                    name=repr(name),
                    value=repr(value),
                    type=shown,
                )
            ) from None
    try:
        return cls(**kwargs)
    except TypeError as e:  # a required field is missing
        raise ConfigError(f"{where or cls.__name__}: {e}") from None


def from_mapping(
    cls: type,
    data: Any,
    where: str = "",
    *,
    strict: bool = True,
    retired: dict[str, typing.Callable[[str], None]] | None = None,
    error: type[FaceAppError] = ConfigError,
    source: object | None = None,
) -> Any:
    """``cls`` built from ``data``. ``strict``: unknown keys are errors (configs) rather than
    skipped (cards written by newer versions). ``retired``: dotted keys of older versions and
    what to do on meeting one (warn). Errors are raised as ``error`` naming ``source``."""
    try:
        return _build(cls, data, where, strict=strict, retired=retired)
    except ConfigError as e:
        raise error(e.reason, source) from None
