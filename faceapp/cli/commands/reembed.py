"""``faceapp reembed``: update the gallery for the configured model."""

from __future__ import annotations

import sys

from faceapp.cli.common import EXIT_OK, admin_for, command, emit


def register(sub) -> None:
    p = command(
        sub,
        "reembed",
        "update the gallery for the configured model",
        "Re-embed every stored face crop with the configured model (--model), in one "
        "transaction, so that people enrolled under another model are recognised again.",
    )
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    admin = admin_for(cfg, with_model=True)
    rec = admin.recognizer

    def progress(done: int, total: int) -> None:
        if not args.json:
            print(f"\r{done}/{total} templates", end="", file=sys.stderr, flush=True)

    with admin.gallery:
        n = admin.switch_model(rec.pipeline.embedder, None, progress)
    if not args.json:
        print(file=sys.stderr)
    emit(args, {"templates": n, "model": rec.model_name}, f"{n} templates now use {rec.model_name}")
    return EXIT_OK
