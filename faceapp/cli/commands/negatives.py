"""``faceapp negatives``: faces marked "not this person" (a wrong grant corrected)."""

from __future__ import annotations

from faceapp.cli.common import EXIT_OK, VIA, add_common, command, emit


def register(sub) -> None:
    p = command(
        sub,
        "negatives",
        'mark a wrong grant "not this person", list or remove such marks',
        "When the door let someone in as another person, mark that access event: its face "
        "becomes a negative example of the person, and the same look-alike is refused from "
        "then on while the person still gets in. Event ids: `faceapp events`.",
    )
    nsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help: str):
        q = nsub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        add_common(q)
        return q

    q = action("add", "mark an access event's face as not the person it matched")
    q.add_argument("event", type=int, help="the event's id (a grant or a near miss)")
    q = action("list", "list a person's negatives")
    q.add_argument("person", help="id, external id or name")
    q = action("remove", "take a mark back")
    q.add_argument("negative", type=int, help="the negative's id (from `list`)")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.admin import AdminService
    from faceapp.app.system import build_recognizer, open_gallery

    if args.action == "add":
        rec = build_recognizer(cfg)
        with rec.gallery:
            admin = AdminService(rec.gallery, VIA, rec)
            person = admin.event_person(args.event)
            nid = admin.mark_not_person(args.event)
        emit(
            args,
            {"negative": nid, "person": person.name, "person_id": person.id, "event": args.event},
            f"event {args.event} marked as not {person.name} (negative {nid})",
        )
        return EXIT_OK
    with open_gallery(cfg) as g:
        if args.action == "list":
            person = g.person(args.person)
            rows = g.negative_list(person.id)
            emit(
                args,
                rows,
                "\n".join(
                    f"{r['id']:>5}  from event {r['event_id'] or '-':<8} {r['created']}  "
                    f"{r['model']}"
                    for r in rows
                )
                or f"(no negatives for {person.name})",
            )
        else:
            AdminService(g, VIA).remove_negative(args.negative)
            emit(args, {"removed": args.negative}, f"negative {args.negative} removed")
    return EXIT_OK
