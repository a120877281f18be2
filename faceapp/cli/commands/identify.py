"""``faceapp identify``: who is in a photo."""

from __future__ import annotations

from faceapp.cli.common import EXIT_NO_MATCH, EXIT_OK, command, emit


def register(sub) -> None:
    p = command(
        sub,
        "identify",
        "who is in a photo",
        "Identify the face in a photo against the gallery.",
    )
    p.add_argument("--top", type=int, default=5, help="candidates to show")
    p.add_argument("photo")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.system import build_recognizer
    from faceapp.core.decision import GRANTED, NO_FACE
    from faceapp.core.images import read_image

    read_image(args.photo)  # a bad file is an error (exit 4), a face-less one a result
    rec = build_recognizer(cfg, detector_range="auto")
    ident = rec.identify_photo(args.photo, args.top)
    if ident.person:
        text = f"{ident.decision}: {ident.person.name} (score {ident.score:.3f})"
    elif ident.decision == NO_FACE:
        text = f"no_face: {ident.reason}"
    else:
        score = "n/a" if ident.score is None else f"{ident.score:.3f}"
        text = f"{ident.decision}: best score {score} < threshold {ident.threshold:.3f}"
    if ident.reason and ident.person:
        text += f" - {ident.reason}"
    emit(args, ident.to_dict(), text)
    if ident.decision == NO_FACE:
        return 3
    return EXIT_OK if ident.decision == GRANTED else EXIT_NO_MATCH
