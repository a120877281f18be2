"""``faceapp enroll``: a person from photo files."""

from __future__ import annotations

from faceapp.cli.common import EXIT_OK, admin_for, command, emit


def register(sub) -> None:
    p = command(
        sub, "enroll", "enroll a person from photos", "Enroll a person from photos of them."
    )
    p.add_argument("--name", required=True, help="the person's name")
    p.add_argument("--external-id", help="badge or employee number (unique)")
    p.add_argument("--valid-from", help="ISO date/time from which access is allowed")
    p.add_argument("--valid-until", help="ISO date/time until which access is allowed")
    p.add_argument("--notes", default="")
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="enroll even if the face matches someone already enrolled",
    )
    p.add_argument("photos", nargs="+", help="photo files, each with one face")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.core.errors import DuplicateFaceError, GalleryError
    from faceapp.core.gallery import PersonDetails

    details = PersonDetails(
        args.name, args.external_id, args.valid_from, args.valid_until, args.notes
    )
    admin = admin_for(cfg, with_model=True)
    with admin.gallery:
        try:
            rep = admin.enroll_photos(details, args.photos, args.allow_duplicate)
        except DuplicateFaceError as e:
            raise GalleryError(f"{e} (use --allow-duplicate to enroll anyway)") from None
    data = {
        "person_id": rep.person_id,
        "name": args.name,
        "templates": len(rep.accepted),
        "rejected": rep.rejected,
    }
    lines = [f"enrolled {args.name} (id {rep.person_id}) with {len(rep.accepted)} template(s)"]
    lines += [f"  skipped {p}: {why}" for p, why in rep.rejected.items()]
    emit(args, data, "\n".join(lines))
    return EXIT_OK
