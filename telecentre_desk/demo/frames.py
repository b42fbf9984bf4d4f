"""Synthetic webcam frames: a badge held in front of a desk, as a 1280x720 camera would see it.

There is no camera on the developers' machines nor in CI, so the webcam decoder is tested and
benchmarked on these. They follow the shared limits' ``badge.py``: a textured background (gradient,
noise, a few shapes), a credit-card badge covering about a quarter of the frame, rotated, blurred.
Deterministic for a seed. Qt-free (PIL): the UI tests turn them into QImages themselves.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from telecentre_desk.badges.render import qr_matrix

FRAME_SIZE = (1280, 720)
CARD_MM = (85.6, 54.0)


def qr_image(payload: str, *, module_px: int) -> Image.Image:
    """The badge's QR code (quiet zone included), ``module_px`` pixels per module, gray."""
    matrix = qr_matrix(payload)
    size = len(matrix)
    small = Image.new("L", (size, size), 255)
    small.putdata([0 if dark else 255 for row in matrix for dark in row])
    return small.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)


def card_image(payload: str, width: int, *, name: str = "Marie Martin") -> Image.Image:
    """A printed badge ``width`` pixels wide (RGBA, transparent corners): the code, a name, a number."""
    height = round(width * CARD_MM[1] / CARD_MM[0])
    card = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(card)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=width // 30, fill=(246, 244, 238, 255),
                           outline=(120, 120, 120, 255))
    draw.text((width * 0.05, height * 0.10), "Télécentre de Florac",
              font=ImageFont.load_default(size=max(8, width // 22)), fill=(20, 40, 80, 255))
    draw.text((width * 0.05, height * 0.30), name, font=ImageFont.load_default(size=max(8, width // 30)),
              fill=(30, 30, 30, 255))
    side = round(height * 40 / 54)
    modules = len(qr_matrix(payload))
    code = qr_image(payload, module_px=max(1, side // modules)).resize((side, side), Image.Resampling.NEAREST)
    card.paste(code.convert("RGBA"), (width - side - round(width * 0.04), (height - side) // 2))
    return card


def background(rng: random.Random, size: tuple[int, int] = FRAME_SIZE) -> Image.Image:
    """A desk-like textured frame: a rotated gradient blended with noise, and a few flat shapes."""
    width, height = size
    gradient = Image.linear_gradient("L").resize(size).rotate(rng.randint(0, 359))
    noise = Image.effect_noise(size, 25)
    mixed = Image.blend(gradient, noise, 0.5)
    base = Image.merge("RGB", [mixed.point(lambda v, a=a: int(v * a + 40)) for a in (0.55, 0.5, 0.45)])
    draw = ImageDraw.Draw(base)
    for _ in range(6):
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.rectangle((x, y, x + rng.randint(40, 300), y + rng.randint(20, 120)),
                       fill=tuple(rng.randint(30, 200) for _ in range(3)))
    return base


def webcam_frame(payload: str | None, *, seed: int, angle: float = 10.0, blur: float = 1.0,
                 card_share: float = 0.25, size: tuple[int, int] = FRAME_SIZE) -> Image.Image:
    """One RGB frame; with ``payload``, a badge covering ``card_share`` of it, turned by ``angle`` degrees."""
    rng = random.Random(seed)
    image = background(rng, size)
    if payload is not None:
        area = size[0] * size[1] * card_share
        card_width = round((area * CARD_MM[0] / CARD_MM[1]) ** 0.5)
        card = card_image(payload, card_width).rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
        x = rng.randint(0, max(0, size[0] - card.width))
        y = rng.randint(0, max(0, size[1] - card.height))
        image.paste(card, (x, y), card)
    return image.filter(ImageFilter.GaussianBlur(blur)) if blur > 0 else image
