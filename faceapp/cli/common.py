"""What every ``faceapp`` command shares: the common options, the config they produce, output
as text or JSON, and the application objects commands act through."""

from __future__ import annotations

import argparse
import json
import logging
from typing import TYPE_CHECKING

from faceapp.config import Config, load_config

if TYPE_CHECKING:  # imported when a command runs: `faceapp --help` stays quick
    from faceapp.app.admin import AdminService

log = logging.getLogger("faceapp")

EXIT_OK, EXIT_NO_MATCH = 0, 1
#: The front end's name in the audit log.
VIA = "cli"


def add_common(p: argparse.ArgumentParser, top: bool = False) -> None:
    """Options accepted before and after the command. Below the top level they default to
    SUPPRESS, so that ``faceapp --db x enroll`` is not reset by the subcommand's defaults."""
    kw = {} if top else {"default": argparse.SUPPRESS}
    flag = {"action": "store_true", **({"default": False} if top else kw)}
    p.add_argument("--db", help="gallery file (default: the platform data folder)", **kw)
    p.add_argument("--model", help="ONNX model path or installed model name", **kw)
    p.add_argument("--config", help="config YAML (default: the platform config folder)", **kw)
    p.add_argument("--threshold", type=float, help="cosine threshold (overrides --fpir)", **kw)
    p.add_argument(
        "--fpir",
        type=float,
        help="security level: at most this fraction of strangers let in, e.g. 1e-3 (the "
        "threshold that keeps it follows the gallery's size)",
        **kw,
    )
    p.add_argument("--json", help="machine-readable JSON output", **flag)
    p.add_argument("-v", "--verbose", help="log more", **flag)


def command(sub, name: str, help: str, description: str) -> argparse.ArgumentParser:
    """A subcommand parser with the common options."""
    p = sub.add_parser(name, help=help, description=description)
    add_common(p)
    return p


def config_from_args(args: argparse.Namespace, base: Config | None = None) -> Config:
    """The config file (or ``base``) with the command line's overrides."""
    cfg = base if base is not None else load_config(args.config)
    if args.db:
        cfg.db = args.db
    if args.model:
        cfg.recognition.model = args.model
    if args.threshold is not None:
        cfg.recognition.threshold = args.threshold
    if args.fpir is not None:
        cfg.recognition.target_fpir = args.fpir
    return cfg


def kiosk_config(args: argparse.Namespace) -> tuple[Config, str | None]:
    """The kiosk's config and, when the file is broken, what is wrong with it. A door must not
    stay dark over a typo: the kiosk then starts on safe defaults, says so on its screen and in
    Settings, and the file is left as it is until the admin saves."""
    from faceapp.core.errors import ConfigError

    try:
        return config_from_args(args), None
    except ConfigError as e:
        log.error("%s - starting with safe defaults", e)
        return config_from_args(args, Config()), e.text


def emit(args: argparse.Namespace, data: object, text: str) -> None:
    """``data`` as JSON with ``--json``, else ``text``."""
    print(json.dumps(data, indent=None if isinstance(data, dict) else 1) if args.json else text)


def admin_for(cfg: Config, with_model: bool = False) -> AdminService:
    """Admin actions on the configured gallery (with the face model for enrollment)."""
    from faceapp.app.admin import AdminService
    from faceapp.app.system import build_recognizer, open_gallery

    gallery = open_gallery(cfg)
    rec = build_recognizer(cfg, gallery, detector_range="auto") if with_model else None
    return AdminService(gallery, VIA, rec)
