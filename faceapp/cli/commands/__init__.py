"""One module per ``faceapp`` command. Each defines ``register(sub)``, which adds its parser
and sets ``run`` as the handler; adding a command is adding a module here."""

from __future__ import annotations

import importlib
import pkgutil


def register_all(sub) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}").register(sub)
