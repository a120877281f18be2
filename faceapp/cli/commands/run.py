"""``faceapp run``: the live decision loop without a window."""

from __future__ import annotations

import argparse
import logging
import sys
import threading

from faceapp.cli.common import EXIT_OK, command, emit

log = logging.getLogger("faceapp")


def register(sub) -> None:
    p = command(
        sub,
        "run",
        "the live decision loop",
        "Recognise faces from a camera, stream, video or folder "
        "and decide access (without a window with --headless).",
    )
    p.add_argument(
        "--source", help="camera index, RTSP URL, video file or folder", default=argparse.SUPPRESS
    )
    p.add_argument("--headless", action="store_true", help="no window (required for now)")
    p.add_argument("--max-frames", type=int, help="stop after this many frames")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from faceapp.app.frameloop import run_frames
    from faceapp.app.system import Kiosk
    from faceapp.core.frames import open_source

    spec = args.source or cfg.camera.source
    kiosk = Kiosk.from_config(cfg, str(spec))
    kiosk.set_status_handler(lambda text, ok: (log.info if ok else log.warning)("%s", text))

    def announce(d, name) -> None:
        data = {"decision": d.decision, "person": name, "score": d.score, "reason": d.reason}
        emit(
            args,
            data,
            f"{d.decision}: {name or 'unknown'}"
            + (f" (score {d.score:.3f})" if d.score is not None else "")
            + (f" - {d.reason}" if d.reason else ""),
        )
        sys.stdout.flush()

    kiosk.loop.on_decision = announce
    stop = threading.Event()

    def handle(frame) -> None:
        kiosk.loop.process(frame)
        if args.max_frames and kiosk.loop.frames >= args.max_frames:
            stop.set()

    api = None
    if cfg.api.enabled:  # the REST API beside the door loop
        from faceapp.api.server import ApiServer

        api = ApiServer(kiosk, cfg.api).start()
        log.info("REST API on %s", api.url)
    try:
        run_frames(
            lambda: open_source(spec, cfg.camera.width, cfg.camera.height),
            handle,
            stop,
            # the capture thread logs lost and regained sources itself; say only what goes well
            on_status=lambda text, ok: log.info("%s", text) if ok else None,
            must_open=True,
            on_source=kiosk.record_source,
            idle=kiosk.loop.idle,
            idle_fps=cfg.camera.idle_fps,
        )
        kiosk.door.wait()
    finally:
        if api is not None:
            api.stop()
        kiosk.close()
    log.info("%d frames, %d decisions", kiosk.loop.frames, kiosk.loop.decided)
    return EXIT_OK
