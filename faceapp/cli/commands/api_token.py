"""``faceapp api-token``: the REST API's bearer tokens (create, list, revoke)."""

from __future__ import annotations

from faceapp.cli.common import EXIT_OK, add_common, admin_for, command, emit


def register(sub) -> None:
    p = command(
        sub,
        "api-token",
        "create, list or revoke REST API tokens",
        "Tokens let scripts use the local REST API (`faceapp serve`). A new token is shown "
        "once; the gallery keeps only its hash. Creating and revoking are audited.",
    )
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = tsub.add_parser("create", help="make a token", description="Make a token.")
    add_common(q)
    q.add_argument("name", help="who or what uses it (e.g. 'door-script')")
    q = tsub.add_parser("list", help="list tokens", description="List tokens (never secrets).")
    add_common(q)
    q = tsub.add_parser("revoke", help="revoke a token", description="Revoke a token.")
    add_common(q)
    q.add_argument("token", help="its id or name")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    admin = admin_for(cfg)
    with admin.gallery as g:
        if args.action == "create":
            token = admin.create_token(args.name)
            emit(
                args,
                {"name": args.name, "token": token},
                f"{token}\n(shown once: keep it where the script that uses it can read it)",
            )
        elif args.action == "list":
            rows = g.tokens()
            emit(
                args,
                rows,
                "\n".join(
                    f"{t['id']:>4}  {t['name']:<24} created {t['created']}  "
                    + (f"revoked {t['revoked']}" if t["revoked"] else "last used ")
                    + ("" if t["revoked"] else t["last_used"] or "never")
                    for t in rows
                )
                or "(no tokens)",
            )
        else:
            row = admin.revoke_token(args.token)
            emit(args, {"revoked": row["id"]}, f"token {row['name']} revoked")
    return EXIT_OK
