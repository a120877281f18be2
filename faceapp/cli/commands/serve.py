"""``faceapp serve``: the local REST API without the kiosk screen."""

from __future__ import annotations

import logging
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
        "--host or api.host says otherwise. Stop with Ctrl+C.",
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
    server = ApiServer(kiosk, settings).start()
    print(f"REST API on {server.url} (docs: {server.url}/docs); Ctrl+C stops it", flush=True)
    try:
        # Short waits in a loop, not one endless wait: the kernel may hand Ctrl+C to any of
        # the server's threads, and Python raises KeyboardInterrupt only when the main thread
        # next runs; blocked in one endless wait it would never run again.
        idle = threading.Event()
        while not idle.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        kiosk.close()
    return EXIT_OK
