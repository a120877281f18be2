"""``faceapp serve``: the local REST API without the kiosk screen."""

from __future__ import annotations

import logging
import signal
import threading

from faceapp.cli.common import EXIT_OK, command

log = logging.getLogger(__name__)


def register(sub) -> None:
    p = command(
        sub,
        "serve",
        "run the local REST API (no screen)",
        "Serve the REST API (OpenAPI docs at /docs) on the gallery and model of the config. "
        "Requests need a token from `faceapp api-token create`. Binds to 127.0.0.1 unless "
        "--host or api.host says otherwise. Stop with Ctrl+C (or SIGTERM).",
    )
    p.add_argument("--host", help="address to listen on (default: api.host, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: api.port, 8321)")
    p.set_defaults(run=run)


def run(args, cfg) -> int:
    from dataclasses import replace

    from faceapp.api.server import ApiServer
    from faceapp.app.system import Kiosk

    settings = replace(cfg.api, host=args.host or cfg.api.host, port=args.port or cfg.api.port)
    kiosk = Kiosk.from_config(cfg, detector_range="auto", video=False)  # photos, no video
    if not kiosk.gallery.tokens():
        log.warning("no API token yet: make one with `faceapp api-token create NAME`")
    # Ctrl+C (SIGINT) and a service manager's stop (SIGTERM) both end the server cleanly. The
    # handlers are set here because a shell that starts a command in the background without
    # job control leaves SIGINT ignored, and Python then never raises KeyboardInterrupt; the
    # wait is in short steps, so the main thread runs the handler whichever thread the
    # kernel gave the signal to.
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    server = ApiServer(kiosk, settings).start()
    print(f"REST API on {server.url} (docs: {server.url}/docs); Ctrl+C stops it", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        kiosk.close()
    return EXIT_OK
