"""Make the kiosk's two tones (granted: rising chime, denied: low double buzz) as WAV files.

The project makes its own sounds so that nothing with an unclear licence is shipped:
``python assets/sounds/make_sounds.py`` rewrites granted.wav and denied.wav beside this file.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 22050


def tone(freq: float, seconds: float, volume: float = 0.5) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)  # 10 ms in/out: no clicks
    return volume * fade * np.sin(2 * np.pi * freq * t)


def write(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def main() -> None:
    here = Path(__file__).resolve().parent
    gap = np.zeros(int(RATE * 0.03))
    write(here / "granted.wav", np.concatenate([tone(880, 0.12), gap, tone(1320, 0.18)]))
    write(here / "denied.wav", np.concatenate([tone(330, 0.16), gap, tone(330, 0.16)]))


if __name__ == "__main__":
    main()
