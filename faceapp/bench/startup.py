"""Start-up: how long from launch to a working kiosk, measured in fresh processes.

- ``self-test``: ``faceapp --self-test`` from launch to exit;
- ``first decision``: ``faceapp run --headless`` on a folder of frames of the enrolled demo
  face (the project's own mean face, assets/selftest/face.png; liveness off, as a still
  picture cannot blink), from launch to the first decision printed;
- ``window`` and ``window decision``: the kiosk window itself (``faceapp --windowed``, Qt's
  offscreen platform) on the same frames, from launch to the window shown and to the first
  decision on screen (from its log; only today's code logs them, so no baseline).

With ``--baseline DIR`` (another checkout of the project, e.g. ``git worktree add /tmp/base
<commit>``) each measurement also runs that code, alternating run by run in the same
interpreter, and the ratio is printed: today's code against the baseline side by side.

    python -m faceapp.bench.startup [--runs 5] [--baseline /tmp/base] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2

from faceapp.bench.demo import demo_face, moving_frames
from faceapp.bench.pipeline import machine, stats

HERE = Path(__file__).resolve().parents[2]  # the checkout this module belongs to


def _demo(folder: Path) -> tuple[Path, Path]:
    """A config with the demo face enrolled in its gallery, and a folder of its frames."""
    face = demo_face()
    cv2.imwrite(str(folder / "face.png"), face)
    frames = moving_frames(folder / "frames", face, 30)
    config = folder / "config.yaml"
    config.write_text(
        f"db: {folder / 'gallery.db'}\nrecognition:\n  liveness: false\nkiosk:\n  sounds: false\n"
    )
    return config, frames


def _env(code: Path, folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(code),
        "FACEAPP_DATA_DIR": str(folder / "data"),
        "FACEAPP_CONFIG_DIR": str(folder / "config"),
    }


# `faceapp` from the checkout in the working folder (each run's cwd is its checkout)
FACEAPP = [sys.executable, "-c", "import sys; from faceapp.cli.main import main; sys.exit(main())"]


def self_test_s(code: Path, folder: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [*FACEAPP, "--self-test"], env=_env(code, folder), cwd=code,
        check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - t0


def first_decision_s(code: Path, folder: Path, config: Path, frames: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*FACEAPP, "run", "--headless", "--config", str(config), "--source", str(frames)],
        env=_env(code, folder), cwd=code, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        for line in proc.stdout:
            if line.startswith(("granted", "denied", "unknown", "spoof")):
                return time.perf_counter() - t0
        raise SystemExit(f"no decision from {code} (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def window_s(code: Path, folder: Path, config: Path, frames: Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    env = {**_env(code, folder), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [*FACEAPP, "-v", "--windowed", "--config", str(config), "--source", str(frames)],
        env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    shown = None
    try:
        for line in proc.stderr:
            if "kiosk window shown" in line:
                shown = time.perf_counter() - t0
            elif "first decision on screen" in line and shown is not None:
                return shown, time.perf_counter() - t0
        raise SystemExit(f"the kiosk window gave no decision (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m faceapp.bench.startup",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--baseline", type=Path, help="another checkout to compare with")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    codes = {"current": HERE}
    if args.baseline:
        codes["baseline"] = args.baseline.resolve()
    folder = Path(tempfile.mkdtemp(prefix="faceapp-startup-"))
    config, frames = _demo(folder)
    enroll = subprocess.run(
        [*FACEAPP, "enroll", "--config", str(config), "--name", "Ada Demo",
         str(folder / "face.png")],
        env=_env(HERE, folder), cwd=HERE, capture_output=True, text=True,
    )  # fmt: skip
    if enroll.returncode:
        raise SystemExit(f"could not enroll the demo face: {enroll.stderr.strip()}")
    times: dict[str, dict[str, list[float]]] = {
        c: {"self_test": [], "first_decision": []} for c in codes
    }
    times["current"].update(window=[], window_decision=[])
    for _ in range(args.runs):  # alternate: both codes see the same machine load
        for name, code in codes.items():
            times[name]["self_test"].append(self_test_s(code, folder))
            times[name]["first_decision"].append(first_decision_s(code, folder, config, frames))
        shown, decided = window_s(HERE, folder, config, frames)
        times["current"]["window"].append(shown)
        times["current"]["window_decision"].append(decided)
    result = {
        "machine": machine(),
        "runs": args.runs,
        **{
            name: {k: stats([1e3 * x for x in v]) for k, v in t.items()}
            for name, t in times.items()
        },
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"start-up, median of {args.runs} fresh processes each, {result['machine']['cpu']}")
    for what in ("self_test", "first_decision", "window", "window_decision"):
        now = result["current"][what]["median_ms"] / 1e3
        line = f"{what.replace('_', ' '):<16}{now:8.2f} s"
        if "baseline" in result and what in result["baseline"]:
            base = result["baseline"][what]["median_ms"] / 1e3
            line += f"   baseline {base:6.2f} s   {base / now:5.2f}x faster"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
