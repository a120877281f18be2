"""``faceapp verify``: are two photos the same person."""

from __future__ import annotations

from faceapp.cli.common import EXIT_NO_MATCH, EXIT_OK, command, emit


def register(sub) -> None:
    p = command(sub, "verify", "are two photos the same person", "Compare the faces of two photos.")
    p.add_argument("photo_a")
    p.add_argument("photo_b")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.system import build_recognizer

    rec = build_recognizer(cfg, detector_range="auto")
    score, same = rec.verify_photos(args.photo_a, args.photo_b)
    emit(
        args,
        {"score": round(score, 4), "same": same, "threshold": rec.threshold},
        f"{'same person' if same else 'different people'} (score {score:.3f}, "
        f"threshold {rec.threshold:.3f})",
    )
    return EXIT_OK if same else EXIT_NO_MATCH
