"""A door simulation on people no model was trained on, through the kiosk's own path.

``--people`` people with at least three photos are enrolled from two photos each, exactly as
``faceapp enroll`` does (detection, quality gate, duplicate check, encrypted SQLite gallery);
each is then probed with a third photo, and ``--strangers`` other people are probed once, as
``faceapp identify`` does, at the configured security level (default: at most 1 stranger in
1 000 let in, at the gallery's size). It reports what a door would have done.

With 40 people one draw is noisy (which 40, which third photo: one model let in 36 of 39 with
one draw and 28 of 40 with the next), so ``--rounds`` draws (seeds ``--seed`` onwards, default
5) are simulated, each with its own gallery, and the counts are given per draw and pooled:

    python -m faceapp.bench.door_sim --images ../shared/faces/dev/lfw/images [--rounds 5]

Not part of the test run (a test checks it on a few people); its figures are the model's.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class DoorReport:
    """What the door did with enrolled people and strangers."""

    model: str
    threshold: str
    enrolled: int = 0
    enrolled_granted: int = 0
    wrong_person_granted: int = 0
    not_enrolled_as_duplicate: list[str] = field(default_factory=list)
    not_enrolled_no_face: list[str] = field(default_factory=list)
    strangers: int = 0
    strangers_granted: int = 0
    # probe photos the kiosk found no usable single face in (at a door the person would be
    # asked to look at the camera; a photo cannot): of enrolled people, of strangers
    enrolled_without_face: int = 0
    strangers_without_face: int = 0
    # the top score of each enrolled person's probe that had a face but was not let in (with
    # anyone in the gallery): how far below the threshold the model's own refusals are
    refused_scores: list[float] = field(default_factory=list)

    def pooled(self, other: DoorReport) -> DoorReport:
        """This draw's counts and another's together (the thresholds side by side)."""
        out = DoorReport(self.model, f"{self.threshold}; {other.threshold}")
        for k, v in asdict(self).items():
            if k not in ("model", "threshold"):
                setattr(out, k, v + getattr(other, k))
        return out

    def summary(self) -> str:
        """One line: enrolled people and strangers let in."""
        return (
            f"{_pct(self.enrolled_granted, self.enrolled)} let in, "
            f"{_pct(self.strangers_granted, self.strangers)} strangers let in"
        )

    def lines(self) -> list[str]:
        pct = _pct  # the table's lines stay short
        return [
            f"model {self.model}; {self.threshold}",
            f"enrolled people let in        {pct(self.enrolled_granted, self.enrolled)}",
            f"let in as somebody else       {self.wrong_person_granted}",
            f"strangers let in              {pct(self.strangers_granted, self.strangers)}",
            f"refused at enrollment as a duplicate of someone: "
            f"{len(self.not_enrolled_as_duplicate)}",
            f"refused at enrollment, no usable face: {len(self.not_enrolled_no_face)}",
            f"probe photos without a usable face (counted as not let in): "
            f"{self.enrolled_without_face} of enrolled people, "
            f"{self.strangers_without_face} of strangers",
            f"enrolled people refused on their score: {len(self.refused_scores)}"
            + (
                f", top scores {min(self.refused_scores):.3f} to {max(self.refused_scores):.3f}"
                if self.refused_scores
                else ""
            ),
        ]


def _pct(a: int, b: int) -> str:
    return f"{a} / {b}  ({100 * a / b:.1f} %)" if b else "0 / 0"


def choose_people(
    images: Path, people: int, strangers: int, seed: int = 0
) -> tuple[list[tuple[str, list[Path]]], list[Path]]:
    """(enrolled: name and three photos, strangers: one photo each of other people)."""
    folders = sorted(p for p in images.iterdir() if p.is_dir())
    rng = np.random.default_rng(seed)
    rng.shuffle(folders)
    enrolled = []
    rest = []
    for f in folders:
        photos = sorted(f.glob("*.jpg"))
        if len(enrolled) < people and len(photos) >= 3:
            enrolled.append((f.name, photos[:3]))
        elif photos:
            rest.append(photos[0])
    if len(enrolled) < people or len(rest) < strangers:
        raise ValueError(f"{images}: not enough people with photos for this simulation")
    return enrolled, rest[:strangers]


def simulate(
    images: Path,
    people: int = 40,
    strangers: int = 80,
    model: str = "",
    fpir: float | None = None,
    seed: int = 0,
    db: Path | None = None,
) -> DoorReport:
    """Enroll, probe and count through a fresh gallery (a temporary file unless ``db``)."""
    from faceapp.app.admin import AdminService
    from faceapp.app.system import build_recognizer
    from faceapp.config import Config
    from faceapp.core.decision import GRANTED, NO_FACE
    from faceapp.core.errors import DuplicateFaceError, NoFaceError
    from faceapp.core.gallery import PersonDetails

    enrolled, others = choose_people(images, people, strangers, seed)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config()
        cfg.db = str(db or Path(tmp) / "gallery.db")
        cfg.recognition.model = model
        if fpir is not None:
            cfg.recognition.target_fpir = fpir
        rec = build_recognizer(cfg, detector_range="auto")
        admin = AdminService(rec.gallery, "door_sim", rec)
        report = DoorReport(rec.model_name, "")
        names = {}
        for name, photos in enrolled:
            try:
                r = admin.enroll_photos(PersonDetails(name), photos[:2])
            except DuplicateFaceError as e:  # the face already matches someone enrolled
                report.not_enrolled_as_duplicate.append(f"{name}: {e.reason}")
                continue
            except NoFaceError as e:
                report.not_enrolled_no_face.append(f"{name}: {e.reason}")
                continue
            names[r.person_id] = name
        report.threshold = rec.current.describe()
        for pid, name in names.items():
            photo = next(p for n, ps in enrolled if n == name for p in ps[2:])
            ident = rec.identify_photo(photo)
            report.enrolled += 1
            report.enrolled_without_face += ident.decision == NO_FACE
            if ident.decision == GRANTED:
                if ident.person.id == pid:
                    report.enrolled_granted += 1
                else:
                    report.wrong_person_granted += 1
            elif ident.decision != NO_FACE and ident.score is not None:
                report.refused_scores.append(round(float(ident.score), 4))
        for photo in others:
            ident = rec.identify_photo(photo)
            report.strangers += 1
            report.strangers_without_face += ident.decision == NO_FACE
            report.strangers_granted += ident.decision == GRANTED
        rec.gallery.close()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m faceapp.bench.door_sim",
        description="Enroll people from two photos each, probe each with a third photo and "
        "strangers with one, through the kiosk's own enrollment and identification, and say "
        "what the door did.",
    )
    ap.add_argument("--images", required=True, help="folder of <Name>/<photo>.jpg (LFW layout)")
    ap.add_argument("--people", type=int, default=40)
    ap.add_argument("--strangers", type=int, default=80)
    ap.add_argument("--model", default="", help="model name or path (default: the default model)")
    ap.add_argument("--fpir", type=float, help="security level (default: the config default)")
    ap.add_argument("--seed", type=int, default=0, help="the first draw's seed")
    ap.add_argument("--rounds", type=int, default=5, help="draws of people, pooled")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    reports = []
    try:
        for seed in range(args.seed, args.seed + max(1, args.rounds)):
            reports.append(
                simulate(
                    Path(args.images), args.people, args.strangers, args.model, args.fpir, seed
                )
            )
    except (ValueError, OSError) as e:
        print(f"door_sim: {e}", file=sys.stderr)
        return 2
    total = functools.reduce(DoorReport.pooled, reports)
    if args.json:
        print(json.dumps({"rounds": [asdict(r) for r in reports], "pooled": asdict(total)}))
        return 0
    print(f"model {total.model}")
    for seed, r in enumerate(reports, args.seed):
        print(f"seed {seed}: {r.summary()}; {r.threshold}")
    print(f"\npooled over {len(reports)} draws of {args.people} people:")
    print("\n".join(total.lines()[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
