"""``faceapp backup``: rotating copies of the gallery."""

from __future__ import annotations

from faceapp.cli.common import EXIT_OK, admin_for, command, emit


def register(sub) -> None:
    p = command(
        sub,
        "backup",
        "back up the gallery (rotating)",
        "Copy the gallery with SQLite's online backup into its backups folder, "
        "keeping the newest --keep copies. Safe while the kiosk runs.",
    )
    p.add_argument("--keep", type=int, default=7, help="backups to keep")
    p.add_argument("--list", action="store_true", help="list the backups instead")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.system import gallery_path
    from faceapp.core.backup import list_backups

    if args.list:
        files = list_backups(gallery_path(cfg))
        emit(args, [str(f) for f in files], "\n".join(map(str, files)) or "(no backups)")
        return EXIT_OK
    if not gallery_path(cfg).exists():
        from faceapp.core.errors import GalleryError

        raise GalleryError("gallery not found", gallery_path(cfg))
    admin = admin_for(cfg)
    with admin.gallery:
        dest = admin.backup(keep=args.keep)
    emit(args, {"backup": str(dest)}, f"backed up to {dest}")
    return EXIT_OK
