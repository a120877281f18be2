"""``faceapp events``: the access and audit log."""

from __future__ import annotations

import sys

from faceapp.cli.common import EXIT_OK, command, emit


def register(sub) -> None:
    p = command(sub, "events", "the access log", "Show or export events (newest first).")
    p.add_argument("--since", help="ISO date/time (UTC), inclusive")
    p.add_argument("--until", help="ISO date/time (UTC), exclusive")
    p.add_argument("--decision", help="granted, denied, unknown, spoof, or an admin action")
    p.add_argument("--kind", help="access or admin")
    p.add_argument("--person", help="name contains")
    p.add_argument("--limit", type=int)
    p.add_argument("--csv", action="store_true", help="CSV to stdout")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.system import open_gallery

    with open_gallery(cfg) as g:
        rows = g.events(
            args.since, args.until, args.decision, args.person, args.limit, kind=args.kind
        )
    if args.csv:
        from faceapp.core.events_export import write_events_csv

        write_events_csv(rows, sys.stdout)
        return EXIT_OK
    emit(
        args,
        rows,
        "\n".join(
            f"{r['ts']}  {r['kind']:<7} {r['decision'] or '':<15} {r['person_name'] or '':<25} "
            f"{'' if r['score'] is None else format(r['score'], '.3f')}"
            for r in rows
        )
        or "(no events)",
    )
    return EXIT_OK
