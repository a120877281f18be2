"""``faceapp --self-test``: prove that an installation works, in a few seconds.

Loads the model, detects, aligns and embeds the shipped self-test face (the project's own mean
face, assets/selftest/face.png), enrolls it in a temporary encrypted gallery, matches it back
and prints the timings. Installers run it after installing; CI runs it on the built bundle.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from faceapp.core.errors import FaceAppError
from faceapp.paths import assets_dir


def run_self_test(model: str | None = None, image: str | None = None) -> dict:
    """Run the checks; ``{"ok": True, "timings_ms": ..., "steps": [...]}`` or
    :class:`FaceAppError` saying which step failed."""
    t: dict[str, float] = {}
    steps: list[str] = []
    t0 = time.perf_counter()
    from faceapp.app.models import resolve_model
    from faceapp.core.alignment import align_face
    from faceapp.core.detection import FaceDetector
    from faceapp.core.embedding import Embedder
    from faceapp.core.gallery import Gallery, NewTemplate, PersonDetails
    from faceapp.core.images import read_image
    from faceapp.core.matching import Matcher

    t["import_ms"] = (time.perf_counter() - t0) * 1e3
    t0 = time.perf_counter()
    path = resolve_model(model)
    emb = Embedder(path, threads=1)
    t["model_load_ms"] = (time.perf_counter() - t0) * 1e3
    steps.append(f"model {emb.card.name} ({emb.card.quantization}) from {path}")
    frame = read_image(image or assets_dir() / "selftest" / "face.png")
    with FaceDetector("short") as det:
        det.detect(frame)  # warm-up
        t0 = time.perf_counter()
        faces = det.detect(frame)
        t["detect_ms"] = (time.perf_counter() - t0) * 1e3
    if len(faces) != 1:
        raise FaceAppError(f"expected one face in the self-test image, found {len(faces)}")
    t0 = time.perf_counter()
    crop = align_face(frame, faces[0].landmarks, emb.card.input_size[0])
    t["align_ms"] = (time.perf_counter() - t0) * 1e3
    emb.embed(crop[None])
    t0 = time.perf_counter()
    e = emb.embed(crop[None])[0]
    t["embed_ms"] = (time.perf_counter() - t0) * 1e3
    with (
        tempfile.TemporaryDirectory(prefix="faceapp-selftest-") as tmp,
        Gallery(Path(tmp) / "gallery.db", key_dir=Path(tmp) / "keys") as g,
    ):
        g.enroll(
            PersonDetails("Self Test"),
            [NewTemplate(e, crop, 1.0, "selftest")],
            emb.card.template_key,
        )
        t0 = time.perf_counter()
        res = Matcher(g.templates(emb.card.template_key), 0.5).search_one(e)
        t["match_ms"] = (time.perf_counter() - t0) * 1e3
        ok_db = g.integrity_check() == "ok"
    if not (res.accepted and res.best.score > 0.99 and ok_db):
        raise FaceAppError("the enrolled self-test face did not match itself")
    steps.append(
        f"face found (score {faces[0].score:.2f}), matched itself "
        f"(cosine {res.best.score:.4f}), encrypted gallery ok"
    )
    return {"ok": True, "timings_ms": {k: round(v, 2) for k, v in t.items()}, "steps": steps}


def self_test(model: str | None = None, image: str | None = None, as_json: bool = False) -> int:
    """``faceapp --self-test``: print the result; 0 when the install works."""
    try:
        result = run_self_test(model, image)
    except FaceAppError as e:
        print(f"self-test FAILED: {e}")
        return 1
    if as_json:
        print(json.dumps(result))
    else:
        print("self-test passed")
        for s in result["steps"]:
            print(f"  {s}")
        for k, v in result["timings_ms"].items():
            print(f"  {k:<14}{v:8.2f}")
    return 0
