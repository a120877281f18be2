"""Tones for granted and denied decisions, played without blocking the kiosk.

PySide6-Essentials has no multimedia module, so the platform's own player is used: winsound on
Windows, afplay on macOS, PipeWire/PulseAudio/ALSA players on Linux. A kiosk without any of
them (or without a sound card) stays silent and logs that once.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from faceapp.paths import assets_dir

log = logging.getLogger(__name__)

PLAYERS = ["pw-play", "paplay", "aplay", "afplay"]


class SoundPlayer:
    """``play("granted")`` / ``play("denied")``; a no-op when disabled or no player exists."""

    def __init__(self, enabled: bool = True, folder: Path | None = None) -> None:
        self.enabled = enabled
        self.folder = folder or assets_dir() / "sounds"
        self.player = next((p for p in PLAYERS if shutil.which(p)), None)
        self._warned = False

    def play(self, name: str) -> bool:
        path = self.folder / f"{name}.wav"
        if not self.enabled or not path.exists():
            return False
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        if self.player is None:
            if not self._warned:
                log.info("no sound player found (%s); the kiosk stays silent", ", ".join(PLAYERS))
                self._warned = True
            return False
        try:
            subprocess.Popen(
                [self.player, str(path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as e:
            log.warning("cannot play %s: %s", path.name, e)
            return False
        return True
