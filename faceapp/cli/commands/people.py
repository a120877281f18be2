"""``faceapp people``: list, show, edit or delete enrolled people."""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

from faceapp.cli.common import EXIT_OK, VIA, add_common, command, emit


def register(sub) -> None:
    p = command(sub, "people", "list, show, edit or delete enrolled people", "Manage people.")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help: str, description: str):
        q = psub.add_parser(name, help=help, description=description)
        add_common(q)
        return q

    q = action("list", "list people", "List enrolled people.")
    q.add_argument("--search", default="", help="filter by name or external id")
    q = action("show", "one person's details", "Show one person.")
    q.add_argument("person", help="id, external id or name")
    q = action(
        "delete",
        "delete a person and all their data",
        "Delete a person with all templates, crops and snapshots.",
    )
    q.add_argument("person", help="id, external id or name")
    q = action("edit", "change a person's details", "Edit a person.")
    q.add_argument("person", help="id, external id or name")
    q.add_argument("--name")
    q.add_argument("--external-id")
    q.add_argument("--valid-from")
    q.add_argument("--valid-until")
    q.add_argument("--enable", action="store_true", help="allow them in again")
    q.add_argument("--disable", action="store_true", help="keep them out (data kept)")
    q.add_argument("--notes")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.admin import AdminService
    from faceapp.app.system import gallery_path, open_gallery

    readonly = args.action in ("list", "show") and Path(gallery_path(cfg)).exists()
    with open_gallery(cfg, readonly=readonly) as g:
        if args.action == "list":
            people = g.people(args.search)
            emit(
                args,
                [asdict(p) for p in people],
                "\n".join(
                    f"{p.id:>5}  {p.name:<30} {p.external_id or '':<12} {p.templates} template(s)"
                    f"{'' if p.enabled else '  [disabled]'}"
                    for p in people
                )
                or "(nobody enrolled)",
            )
            return EXIT_OK
        person = g.person(args.person)
        admin = AdminService(g, VIA)
        if args.action == "show":
            d = asdict(person)
            emit(args, d, "\n".join(f"{k}: {v}" for k, v in d.items()))
        elif args.action == "delete":
            admin.delete(person)
            emit(args, {"deleted": person.id}, f"deleted {person.name} (id {person.id})")
        elif args.action == "edit":
            given = {
                "name": args.name,
                "external_id": args.external_id,
                "valid_from": args.valid_from,
                "valid_until": args.valid_until,
                "notes": args.notes,
            }
            details = replace(person.details, **{k: v for k, v in given.items() if v is not None})
            if args.enable or args.disable:
                details = replace(details, enabled=bool(args.enable))
            changes = admin.edit(person, details)
            emit(
                args,
                {"updated": person.id, **changes},
                f"updated {person.name}" if changes else f"{person.name}: nothing to change",
            )
    return EXIT_OK
