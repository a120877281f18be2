"""Which face a photo is of, checked against the people in it.

The photo path (enrollment, identify, verify, the API) takes the largest face when the others
are clearly smaller, and among faces of similar size the one the photo is framed on
(:func:`faceapp.core.pipeline.dominant_face`). This goes through a folder of
``<Name>/<photo>.jpg`` (LFW layout) and, for every photo with faces of similar size, says
whether the rule took a face or refused the photo; a face taken is checked against the
person's other photos that have a single clear face (it should be nearer their mean than any
other face of similar size in the photo):

    python -m faceapp.bench.photo_subject --images ../shared/faces/dev/lfw/images

Not part of the test run (a test checks the rule on a few photos); the figures are quoted in
assets/models/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class SubjectReport:
    photos: int = 0
    similar_size: int = 0  # photos with two or more faces of similar size
    taken: int = 0  # of those, a face taken by framing
    refused: list[str] = field(default_factory=list)  # still ambiguous
    checked: int = 0  # taken faces whose person has other photos to check against
    own_face: int = 0  # of those, the person's own face (nearest their other photos)
    wrong: list[str] = field(default_factory=list)


def check(images: Path, model: str = "") -> SubjectReport:
    from faceapp.app.system import open_embedder
    from faceapp.config import Config
    from faceapp.core.images import read_image
    from faceapp.core.pipeline import FacePipeline, dominant_face, similar_sized

    pipe = FacePipeline(open_embedder(Config(), model or None), detector_range="auto")
    report = SubjectReport()
    for person in sorted(p for p in images.iterdir() if p.is_dir()):
        photos = sorted(person.glob("*.jpg"))
        faces = {}
        for photo in photos:
            img = read_image(photo)
            faces[photo] = (pipe.process(img).faces, (img.shape[1], img.shape[0]))
        report.photos += len(photos)
        clear = {p: fs[0].embedding for p, (fs, _) in faces.items() if len(similar_sized(fs)) == 1}
        for photo, (fs, size) in faces.items():
            if len(similar_sized(fs)) < 2:
                continue
            report.similar_size += 1
            chosen = dominant_face(fs, size)
            if chosen is None:
                report.refused.append(photo.name)
                continue
            report.taken += 1
            others = [e for p, e in clear.items() if p != photo]
            if not others:
                continue
            ref = np.mean(others, axis=0)
            rivals = [r for r in similar_sized(fs) if r is not chosen]
            report.checked += 1
            if float(chosen.embedding @ ref) > max(float(r.embedding @ ref) for r in rivals):
                report.own_face += 1
            else:
                report.wrong.append(photo.name)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m faceapp.bench.photo_subject",
        description="For every photo with faces of similar size, say whether the photo path "
        "took a face or refused the photo, and check a face taken against the person's "
        "other photos.",
    )
    ap.add_argument("--images", required=True, help="folder of <Name>/<photo>.jpg (LFW layout)")
    ap.add_argument("--model", default="", help="model name or path (default: the default model)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    images = Path(args.images)
    if not images.is_dir():
        print(f"photo_subject: {images}: not a folder", file=sys.stderr)
        return 2
    r = check(images, args.model)
    if args.json:
        print(json.dumps(asdict(r)))
        return 0
    print(f"photos                                 {r.photos}")
    print(f"with faces of similar size             {r.similar_size}")
    print(f"  a face taken (the one framed on)     {r.taken}")
    print(f"  refused as ambiguous                 {len(r.refused)}")
    print(f"faces taken checked against the person's other photos: {r.checked}")
    print(f"  the person's own face                {r.own_face}")
    print(f"  another face                         {len(r.wrong)} {' '.join(r.wrong)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
