"""``faceapp``: the kiosk (no subcommand) and the headless admin commands.

Exit codes (for scripts): 0 success / access granted; 1 identify or verify found no match or
access denied; 2 bad arguments or config; 3 no face in a photo; 4 unreadable image; 5 gallery
problem; 6 model problem; 7 camera or stream problem; 130 interrupted.

Each command lives in its own module under :mod:`faceapp.cli.commands`; this module only builds
the parser from them and turns every :class:`FaceAppError` into one line and its exit code.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from faceapp import __version__
from faceapp.cli.commands import register_all
from faceapp.cli.common import add_common, config_from_args, kiosk_config
from faceapp.core.errors import FaceAppError
from faceapp.paths import config_file, default_db

log = logging.getLogger("faceapp")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faceapp",
        description="EdgeFace door kiosk. Without a command it starts the kiosk window.",
        epilog="Exit codes: 0 ok/granted, 1 no match/denied, 2 usage, 3 no face, 4 bad image, "
        f"5 gallery, 6 model, 7 camera/stream. Config: {config_file()} (FACEAPP_CONFIG); "
        f"gallery: {default_db()}.",
    )
    parser.add_argument("--version", action="version", version=f"faceapp {__version__}")
    add_common(parser, top=True)
    parser.add_argument("--source", help="kiosk: camera index, RTSP URL, video file or folder")
    parser.add_argument("--windowed", action="store_true", help="kiosk in a window")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (model, detection, gallery) and exit",
    )
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command is None and not args.self_test:
            from faceapp.gui import launch  # the Qt kiosk

            cfg, problem = kiosk_config(args)
            return launch(cfg, args.source, args.windowed, problem)
        cfg = config_from_args(args)
        if args.self_test:
            from faceapp.selftest import self_test

            return self_test(cfg.recognition.model or None, as_json=args.json)
        return args.run(args, cfg)
    except FaceAppError as e:
        if getattr(args, "json", False):
            print(json.dumps({"error": str(e), "exit_code": e.exit_code}))
        print(f"faceapp: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
