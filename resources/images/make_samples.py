#!/usr/bin/env python3
"""Writes the convolution page's sample images (PNG, 8-bit RGB) with the standard library only.

    python3 resources/images/make_samples.py [output-dir]

Every image is drawn here from simple geometry, so the output is the same on every run and the
images belong to the project (released as CC0, see README.md).
"""
import math
import os
import struct
import sys
import zlib


def png(path, width, height, pixel):
    """pixel(x, y) -> (r, g, b) bytes 0..255; writes an 8-bit RGB PNG (no interlace, filter 0)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", header))
        f.write(chunk(b"IDAT", zlib.compress(bytes(raw), 9)))
        f.write(chunk(b"IEND", b""))


def shapes(x, y):
    """256×256: a light rectangle, a white disc and a mid-gray triangle on dark gray; hard edges."""
    if 24 <= x < 112 and 32 <= y < 128:
        return (200, 200, 200)
    if (x - 180) ** 2 + (y - 80) ** 2 <= 48 ** 2:
        return (255, 255, 255)
    # Triangle with apex (128, 150) and base y = 232 from x = 40 to 216.
    if 150 <= y < 232:
        half = (y - 150) * 88 / 82
        if abs(x - 128) <= half:
            return (130, 130, 130)
    return (40, 40, 40)


def checkerboard(x, y):
    """128×128: 16-pixel squares, black and white."""
    return (255, 255, 255) if ((x // 16) + (y // 16)) % 2 == 0 else (0, 0, 0)


def gradient_circle(x, y):
    """256×192: a left-to-right colour ramp with a dark disc in the middle (smooth and sharp changes)."""
    if (x - 128) ** 2 + (y - 96) ** 2 <= 56 ** 2:
        return (20, 30, 60)
    t = x / 255.0
    return (int(round(60 + 180 * t)), int(round(120 + 100 * math.sin(math.pi * t))), int(round(220 - 160 * t)))


SAMPLES = [
    ("shapes.png", 256, 256, shapes),
    ("checkerboard.png", 128, 128, checkerboard),
    ("gradient-circle.png", 256, 192, gradient_circle),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name, w, h, fn in SAMPLES:
        png(os.path.join(out, name), w, h, fn)
        print(name, w, "x", h)


if __name__ == "__main__":
    main()
