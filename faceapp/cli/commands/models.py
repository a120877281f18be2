"""``faceapp models``: the installed face models and their cards."""

from __future__ import annotations

from faceapp.cli.common import EXIT_OK, command, emit


def register(sub) -> None:
    p = command(sub, "models", "list installed models", "List installed face models and cards.")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.models import installed_models

    models = installed_models()
    emit(
        args,
        [
            {
                "name": c.name,
                "path": str(p),
                "architecture": c.architecture,
                "quantization": c.quantization,
                "metrics": c.metrics,
            }
            for p, c in models
        ],
        "\n".join(f"{c.name:<28} {c.architecture:<24} {c.quantization:<14} {p}" for p, c in models)
        or "(no models installed)",
    )
    return EXIT_OK
