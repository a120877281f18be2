"""``faceapp set-pin``: set or change the admin PIN."""

from __future__ import annotations

import sys

from faceapp.cli.common import EXIT_OK, admin_for, command, emit
from faceapp.core.errors import ConfigError


def register(sub) -> None:
    p = command(
        sub,
        "set-pin",
        "set or change the admin PIN",
        "Set the admin PIN (4 to 12 digits) that guards leaving the kiosk and the "
        "admin functions. Asked twice on a terminal; read from standard input otherwise.",
    )
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    import getpass

    if sys.stdin.isatty():
        pin = getpass.getpass("New admin PIN: ")
        if getpass.getpass("Again: ") != pin:
            raise ConfigError("the two PINs differ; nothing changed")
    else:
        pin = sys.stdin.readline().strip()
    admin = admin_for(cfg)
    with admin.gallery:
        admin.set_pin(pin)
    emit(args, {"pin_set": True}, "admin PIN set")
    return EXIT_OK
