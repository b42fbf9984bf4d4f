"""Write the two desk sounds into resources/sounds/ (they are committed; rerun to change them).

accepted.wav: two short rising notes (E5 then A5), a friendly "ding-ding".
refused.wav: two low falling notes (A3 then E3) with a few harmonics, heard as "no" without being harsh.
Mono, 16-bit, 22,050 Hz, under half a second each, with short fades so that they never click.

Run:  .venv/bin/python tools/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def note(freq: float, seconds: float, *, harmonics: tuple[float, ...] = (1.0,), volume: float = 0.5) -> list[float]:
    n = int(RATE * seconds)
    attack, release = int(RATE * 0.008), int(RATE * 0.06)
    total = sum(harmonics)
    samples = []
    for i in range(n):
        envelope = min(1.0, i / attack, (n - i) / release) * math.exp(-3.0 * i / n)
        wave_value = sum(a * math.sin(2 * math.pi * freq * (k + 1) * i / RATE) for k, a in enumerate(harmonics))
        samples.append(volume * envelope * wave_value / total)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def main() -> None:
    write(OUT / "accepted.wav", note(659.25, 0.12) + silence(0.02) + note(880.0, 0.22))
    buzz = (1.0, 0.5, 0.3, 0.15)
    write(OUT / "refused.wav", note(220.0, 0.16, harmonics=buzz) + silence(0.03) + note(164.81, 0.26, harmonics=buzz))


if __name__ == "__main__":
    main()
