"""``faceapp``: the kiosk (no subcommand) and the headless admin commands.

Exit codes (for scripts): 0 success / access granted; 1 identify or verify found no match or
access denied; 2 bad arguments or config; 3 no face in a photo; 4 unreadable image; 5 gallery
problem; 6 model problem; 7 camera or stream problem; 130 interrupted.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path

from faceapp import __version__
from faceapp.config import Config, load_config
from faceapp.core.errors import ConfigError, FaceAppError
from faceapp.paths import config_file, default_db

log = logging.getLogger("faceapp")

EXIT_OK, EXIT_NO_MATCH = 0, 1


def _common(p: argparse.ArgumentParser, top: bool = False) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faceapp",
        description="EdgeFace door kiosk. Without a command it starts the kiosk window.",
        epilog="Exit codes: 0 ok/granted, 1 no match/denied, 2 usage, 3 no face, 4 bad image, "
        f"5 gallery, 6 model, 7 camera/stream. Config: {config_file()} (FACEAPP_CONFIG); "
        f"gallery: {default_db()}.",
    )
    parser.add_argument("--version", action="version", version=f"faceapp {__version__}")
    _common(parser, top=True)
    parser.add_argument("--source", help="kiosk: camera index, RTSP URL, video file or folder")
    parser.add_argument("--windowed", action="store_true", help="kiosk in a window")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (model, detection, gallery) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "enroll",
        help="enroll a person from photos",
        description="Enroll a person from one or more photos of them.",
    )
    _common(p)
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

    p = sub.add_parser(
        "identify",
        help="who is in a photo",
        description="Identify the face in a photo against the gallery.",
    )
    _common(p)
    p.add_argument("--top", type=int, default=5, help="candidates to show")
    p.add_argument("photo")

    p = sub.add_parser(
        "verify",
        help="are two photos the same person",
        description="Compare the faces of two photos.",
    )
    _common(p)
    p.add_argument("photo_a")
    p.add_argument("photo_b")

    p = sub.add_parser(
        "people", help="list, show or delete enrolled people", description="Manage enrolled people."
    )
    _common(p)
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("list", help="list people", description="List enrolled people.")
    _common(q)
    q.add_argument("--search", default="", help="filter by name or external id")
    q = psub.add_parser("show", help="one person's details", description="Show one person.")
    _common(q)
    q.add_argument("person", help="id, external id or name")
    q = psub.add_parser(
        "delete",
        help="delete a person and all their data",
        description="Delete a person with all templates, crops and snapshots.",
    )
    _common(q)
    q.add_argument("person", help="id, external id or name")
    q = psub.add_parser("edit", help="change a person's details", description="Edit a person.")
    _common(q)
    q.add_argument("person", help="id, external id or name")
    q.add_argument("--name")
    q.add_argument("--external-id")
    q.add_argument("--valid-from")
    q.add_argument("--valid-until")
    q.add_argument("--enable", action="store_true")
    q.add_argument("--disable", action="store_true")
    q.add_argument("--notes")

    p = sub.add_parser("events", help="the access log", description="Show or export events.")
    _common(p)
    p.add_argument("--since", help="ISO date/time (UTC), inclusive")
    p.add_argument("--until", help="ISO date/time (UTC), exclusive")
    p.add_argument("--decision", help="granted, denied, unknown, spoof, ...")
    p.add_argument("--person", help="name contains")
    p.add_argument("--limit", type=int)
    p.add_argument("--csv", action="store_true", help="CSV to stdout")

    p = sub.add_parser(
        "run",
        help="the live decision loop",
        description="Recognise faces from a camera, stream, video or folder "
        "and decide access (without a window with --headless).",
    )
    _common(p)
    p.add_argument(
        "--source", help="camera index, RTSP URL, video file or folder", default=argparse.SUPPRESS
    )
    p.add_argument("--headless", action="store_true", help="no window (required for now)")
    p.add_argument("--max-frames", type=int, help="stop after this many frames")

    p = sub.add_parser(
        "bench",
        help="benchmark installed models on this machine",
        description="Latency (batch 1, interleaved between models), throughput, memory, "
        "per-frame pipeline, accuracy and gallery score separation of the installed models, "
        "measured here. Results are kept with date and machine in the data folder.",
    )
    _common(p)
    p.add_argument(
        "--models", default="all", help="'all', or comma-separated installed names or ONNX paths"
    )
    p.add_argument("--runs", type=int, default=200, help="batch-1 timings per model")
    p.add_argument("--threads", default="1,2,0", help="thread counts (0 = all cores)")
    p.add_argument("--images", help="photos for the per-frame pipeline stages")
    p.add_argument("--pairs", help="pairs.txt for verification accuracy")
    p.add_argument("--pair-images", help="photos of the pairs file")
    p.add_argument("--pair-limit", type=int, default=600)
    p.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    p.add_argument("--csv", help="also write the table as CSV here")

    p = sub.add_parser(
        "set-pin",
        help="set or change the admin PIN",
        description="Set the admin PIN (4 to 12 digits) that guards leaving the kiosk and the "
        "admin functions. Asked twice on a terminal; read from standard input otherwise.",
    )
    _common(p)

    p = sub.add_parser(
        "backup",
        help="back up the gallery (rotating)",
        description="Copy the gallery with SQLite's online backup into its backups folder, "
        "keeping the newest --keep copies. Safe while the kiosk runs.",
    )
    _common(p)
    p.add_argument("--keep", type=int, default=7, help="backups to keep")
    p.add_argument("--list", action="store_true", help="list the backups instead")

    p = sub.add_parser(
        "restore",
        help="restore the gallery from a backup",
        description="Replace the gallery by a backup after checking its integrity; the "
        "current gallery is backed up first.",
    )
    _common(p)
    p.add_argument("backup_file", help="a file from `faceapp backup --list`")

    p = sub.add_parser(
        "models",
        help="list installed models",
        description="List installed face models and their cards.",
    )
    _common(p)
    return parser


def _config(args: argparse.Namespace) -> Config:
    cfg = load_config(args.config)
    if args.db:
        cfg.db = args.db
    if args.model:
        cfg.recognition.model = args.model
    if args.threshold is not None:
        cfg.recognition.threshold = args.threshold
    if args.fpir is not None:
        cfg.recognition.target_fpir = args.fpir
    return cfg


def _print(args: argparse.Namespace, data: object, text: str) -> None:
    print(json.dumps(data, indent=None if isinstance(data, dict) else 1) if args.json else text)


def cmd_enroll(args, cfg) -> int:
    from faceapp.core.service import build_recognizer

    rec = build_recognizer(cfg, detector_range="auto")
    rep = rec.enroll_photos(
        args.name,
        args.photos,
        args.external_id,
        args.valid_from,
        args.valid_until,
        args.notes,
        allow_duplicate=args.allow_duplicate,
    )
    data = {
        "person_id": rep.person_id,
        "name": args.name,
        "templates": len(rep.accepted),
        "rejected": rep.rejected,
    }
    lines = [f"enrolled {args.name} (id {rep.person_id}) with {len(rep.accepted)} template(s)"]
    lines += [f"  skipped {p}: {why}" for p, why in rep.rejected.items()]
    _print(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_identify(args, cfg) -> int:
    from faceapp.core.decision import GRANTED, NO_FACE
    from faceapp.core.images import read_image
    from faceapp.core.service import build_recognizer

    read_image(args.photo)  # a bad file is an error (exit 4), a face-less one a result
    rec = build_recognizer(cfg, detector_range="auto")
    ident = rec.identify_photo(args.photo, args.top)
    d = ident.to_dict()
    if ident.person:
        text = f"{ident.decision}: {ident.person.name} (score {ident.score:.3f})"
    elif ident.decision == NO_FACE:
        text = f"no_face: {ident.reason}"
    else:
        score = "n/a" if ident.score is None else f"{ident.score:.3f}"
        text = f"{ident.decision}: best score {score} < threshold {ident.threshold:.3f}"
    if ident.reason and ident.person:
        text += f" - {ident.reason}"
    _print(args, d, text)
    if ident.decision == NO_FACE:
        return 3
    return EXIT_OK if ident.decision == GRANTED else EXIT_NO_MATCH


def cmd_verify(args, cfg) -> int:
    from faceapp.core.service import build_recognizer

    rec = build_recognizer(cfg, detector_range="auto")
    score, same = rec.verify_photos(args.photo_a, args.photo_b)
    _print(
        args,
        {"score": round(score, 4), "same": same, "threshold": rec.threshold},
        f"{'same person' if same else 'different people'} (score {score:.3f}, "
        f"threshold {rec.threshold:.3f})",
    )
    return EXIT_OK if same else EXIT_NO_MATCH


def cmd_people(args, cfg) -> int:
    from dataclasses import asdict

    from faceapp.core.service import open_gallery

    readonly = args.action in ("list", "show")
    with open_gallery(cfg, readonly=readonly and Path(cfg.db or "").exists()) as g:
        if args.action == "list":
            people = g.people(args.search)
            _print(
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
        if args.action == "show":
            d = asdict(person)
            _print(args, d, "\n".join(f"{k}: {v}" for k, v in d.items()))
        elif args.action == "delete":
            g.delete_person(person.id)
            g.log_event("delete", person_id=person.id, person_name=person.name)
            _print(args, {"deleted": person.id}, f"deleted {person.name} (id {person.id})")
        elif args.action == "edit":
            fields = {
                k: v
                for k, v in {
                    "name": args.name,
                    "external_id": args.external_id,
                    "valid_from": args.valid_from,
                    "valid_until": args.valid_until,
                    "notes": args.notes,
                }.items()
                if v is not None
            }
            if args.enable or args.disable:
                fields["enabled"] = 1 if args.enable else 0
            g.update_person(person.id, **fields)
            _print(args, {"updated": person.id, **fields}, f"updated {person.name}")
    return EXIT_OK


def cmd_events(args, cfg) -> int:
    from faceapp.core.service import open_gallery

    with open_gallery(cfg) as g:
        rows = g.events(args.since, args.until, args.decision, args.person, args.limit)
    if args.csv:
        from faceapp.core.events_export import write_events_csv

        write_events_csv(rows, sys.stdout)
        return EXIT_OK
    _print(
        args,
        rows,
        "\n".join(
            f"{r['ts']}  {r['kind']:<7} {r['decision'] or '':<8} {r['person_name'] or '':<25} "
            f"{'' if r['score'] is None else format(r['score'], '.3f')}"
            for r in rows
        )
        or "(no events)",
    )
    return EXIT_OK


def cmd_run(args, cfg) -> int:
    from faceapp.core.frames import CaptureThread, open_source
    from faceapp.core.service import build_door, build_live_loop, build_recognizer

    spec = args.source or cfg.camera.source
    rec = build_recognizer(cfg)
    source = open_source(spec, cfg.camera.width, cfg.camera.height)

    def announce(d, name) -> None:
        data = {"decision": d.decision, "person": name, "score": d.score, "reason": d.reason}
        _print(
            args,
            data,
            f"{d.decision}: {name or 'unknown'}"
            + (f" (score {d.score:.3f})" if d.score is not None else "")
            + (f" - {d.reason}" if d.reason else ""),
        )
        sys.stdout.flush()

    door = build_door(cfg, on_status=lambda text, ok: (log.info if ok else log.error)("%s", text))
    loop = build_live_loop(cfg, rec, str(spec), door, announce)
    try:
        if not source.live:
            for frame in source.frames():
                loop.process(frame)
                if args.max_frames and loop.frames >= args.max_frames:
                    break
        else:
            cap = CaptureThread(
                lambda: open_source(spec, cfg.camera.width, cfg.camera.height),
                on_status=lambda text, ok: log.warning("%s", text),
            ).start()
            seq = 0
            try:
                while not (args.max_frames and loop.frames >= args.max_frames):
                    frame, seq = cap.latest(seq, timeout=1.0)
                    if frame is not None:
                        loop.process(frame)
            finally:
                cap.stop()
    finally:
        source.close()
    door.wait()
    log.info("%d frames, %d decisions", loop.frames, loop.decided)
    return EXIT_OK


def _db_path(cfg) -> Path:
    from faceapp.paths import default_db

    return Path(cfg.db) if cfg.db else default_db()


def cmd_bench(args, cfg) -> int:
    from faceapp.bench.engine import BenchSettings, run_benchmark, save_results, to_csv_rows
    from faceapp.core.models import installed_models, resolve_model
    from faceapp.paths import data_dir

    if args.models == "all":
        models = [str(p) for p, _ in installed_models()]
    else:
        models = [str(resolve_model(m.strip())) for m in args.models.split(",") if m.strip()]
    if not models:
        raise ConfigError("no models to benchmark (none installed; see `faceapp models`)")
    db = _db_path(cfg)
    settings = BenchSettings(
        runs=args.runs,
        threads=tuple(int(t) for t in args.threads.split(",")),
        images=args.images,
        pairs=args.pairs,
        pair_images=args.pair_images,
        pair_limit=args.pair_limit,
        gallery=str(db) if db.exists() else None,
        memory=not args.no_memory,
    )
    try:
        current = str(resolve_model(cfg.recognition.model))
    except FaceAppError:
        current = None

    def progress(fraction: float, text: str) -> None:
        if not args.json:
            print(f"\r{100 * fraction:5.1f} %  {text:<40}", end="", file=sys.stderr, flush=True)

    result = run_benchmark(models, settings, current, progress)
    saved = save_results(result, data_dir() / "benchmarks")
    rows = to_csv_rows(result)
    if args.csv:
        with open(args.csv, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=sorted({k for r in rows for k in r}))
            w.writeheader()
            w.writerows(rows)
    if args.json:
        print(json.dumps(result))
        return EXIT_OK
    print(file=sys.stderr)
    key = next(iter(result["models"][0]["latency"]))
    print(
        f"{'model':<28}{'quant':<8}{'MB':>7}{'load ms':>9}{'RSS MB':>8}"
        f"{'median ms':>11}{'p95 ms':>8}{'ratio':>7}  ({key})"
    )
    for m in result["models"]:
        lat = m["latency"][key]
        print(
            f"{m['name']:<28}{m['quantization'][:7]:<8}{m['file_mb']:>7.2f}{m['load_ms']:>9.1f}"
            f"{m['peak_rss_mb'] or 0:>8.1f}{lat['median_ms']:>11.2f}{lat['p95_ms']:>8.2f}"
            f"{m['ratio_to_current'] or 0:>7.2f}"
        )
    print(f"saved {saved}")
    return EXIT_OK


def cmd_set_pin(args, cfg) -> int:
    import getpass

    from faceapp.core.security import PinGuard
    from faceapp.core.service import open_gallery

    if sys.stdin.isatty():
        pin = getpass.getpass("New admin PIN: ")
        if getpass.getpass("Again: ") != pin:
            raise ConfigError("the two PINs differ; nothing changed")
    else:
        pin = sys.stdin.readline().strip()
    with open_gallery(cfg) as g:
        try:
            PinGuard(g).set_pin(pin)
        except ValueError as e:
            raise ConfigError(str(e)) from None
        g.log_event("admin", "pin_set")
    _print(args, {"pin_set": True}, "admin PIN set")
    return EXIT_OK


def cmd_backup(args, cfg) -> int:
    from faceapp.core.backup import backup, list_backups

    if args.list:
        files = list_backups(_db_path(cfg))
        _print(args, [str(f) for f in files], "\n".join(map(str, files)) or "(no backups)")
        return EXIT_OK
    dest = backup(_db_path(cfg), keep=args.keep)
    _print(args, {"backup": str(dest)}, f"backed up to {dest}")
    return EXIT_OK


def cmd_restore(args, cfg) -> int:
    from faceapp.core.backup import restore

    safety = restore(_db_path(cfg), args.backup_file)
    _print(
        args,
        {"restored": args.backup_file, "previous": str(safety)},
        f"restored from {args.backup_file}; the previous gallery is saved as {safety}",
    )
    return EXIT_OK


def cmd_models(args, cfg) -> int:
    from faceapp.core.models import installed_models

    models = installed_models()
    _print(
        args,
        [
            {
                "name": c.name,
                "path": str(p),
                "architecture": c.architecture,
                "quantization": c.quantization,
                "metrics": c.metrics,
            }
            for p, c in models
        ],
        "\n".join(f"{c.name:<28} {c.architecture:<24} {c.quantization:<14} {p}" for p, c in models)
        or "(no models installed)",
    )
    return EXIT_OK


COMMANDS = {
    "enroll": cmd_enroll,
    "identify": cmd_identify,
    "verify": cmd_verify,
    "people": cmd_people,
    "events": cmd_events,
    "run": cmd_run,
    "models": cmd_models,
    "backup": cmd_backup,
    "bench": cmd_bench,
    "set-pin": cmd_set_pin,
    "restore": cmd_restore,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        cfg = _config(args)
        if args.self_test:
            from faceapp.selftest import self_test

            return self_test(cfg.recognition.model or None, as_json=args.json)
        if args.command is None:
            from faceapp.gui import launch  # the Qt kiosk (issue: kiosk application)

            return launch(cfg, args.source, args.windowed)
        return COMMANDS[args.command](args, cfg)
    except FaceAppError as e:
        if getattr(args, "json", False):
            print(json.dumps({"error": str(e), "exit_code": e.exit_code}))
        print(f"faceapp: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
