"""``faceapp restore``: put a backup back in place of the gallery."""

from __future__ import annotations

from faceapp.cli.common import EXIT_OK, VIA, command, emit


def register(sub) -> None:
    p = command(
        sub,
        "restore",
        "restore the gallery from a backup",
        "Replace the gallery by a backup after checking its integrity; the "
        "current gallery is backed up first.",
    )
    p.add_argument("backup_file", help="a file from `faceapp backup --list`")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.admin import AdminService
    from faceapp.app.system import gallery_path
    from faceapp.paths import key_dir

    safety = AdminService.restore(gallery_path(cfg), args.backup_file, VIA, key_dir())
    emit(
        args,
        {"restored": args.backup_file, "previous": str(safety)},
        f"restored from {args.backup_file}; the previous gallery is saved as {safety}",
    )
    return EXIT_OK
