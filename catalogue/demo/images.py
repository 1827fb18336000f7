"""Generated illustrations for the demo content: no downloads, Pillow only.

``make_image`` paints a product or place "photo": a soft gradient in one of eight
warm palettes, a simple geometric drawing of a motif (a woven basket, a bottle,
a bowl of rice...) with a soft shadow, and a light seeded texture. ``make_logo``
paints a round badge with a producer's initials.

Both are deterministic: the same arguments always give the same bytes.
"""

from __future__ import annotations

import io
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from showcase.text import without_marks

SUPERSAMPLE = 2

# Each palette: gradient top, gradient bottom, main colour, detail colour, dark ink, light.
PALETTES = [
    # 0 lotus pink
    {
        "top": (250, 229, 226),
        "bottom": (226, 160, 168),
        "main": (201, 84, 107),
        "detail": (120, 150, 88),
        "ink": (96, 38, 52),
        "light": (255, 246, 240),
    },
    # 1 rice-field green
    {
        "top": (236, 242, 208),
        "bottom": (150, 186, 98),
        "main": (78, 120, 44),
        "detail": (222, 183, 78),
        "ink": (44, 70, 26),
        "light": (250, 248, 228),
    },
    # 2 clay
    {
        "top": (245, 226, 206),
        "bottom": (205, 142, 98),
        "main": (156, 80, 45),
        "detail": (236, 196, 140),
        "ink": (84, 42, 24),
        "light": (253, 242, 228),
    },
    # 3 indigo
    {
        "top": (222, 227, 243),
        "bottom": (86, 102, 156),
        "main": (39, 51, 107),
        "detail": (233, 214, 172),
        "ink": (22, 28, 64),
        "light": (246, 244, 236),
    },
    # 4 turmeric
    {
        "top": (252, 239, 196),
        "bottom": (228, 166, 48),
        "main": (184, 98, 28),
        "detail": (96, 62, 28),
        "ink": (90, 50, 16),
        "light": (255, 250, 232),
    },
    # 5 lacquer red
    {
        "top": (246, 216, 202),
        "bottom": (172, 56, 44),
        "main": (122, 29, 24),
        "detail": (232, 176, 75),
        "ink": (70, 16, 12),
        "light": (255, 240, 226),
    },
    # 6 river teal
    {
        "top": (214, 238, 234),
        "bottom": (70, 146, 140),
        "main": (31, 94, 91),
        "detail": (242, 212, 155),
        "ink": (16, 56, 54),
        "light": (240, 250, 246),
    },
    # 7 bamboo
    {
        "top": (242, 243, 214),
        "bottom": (170, 180, 108),
        "main": (93, 107, 47),
        "detail": (200, 162, 90),
        "ink": (56, 64, 26),
        "light": (252, 250, 232),
    },
]

HONEY = (226, 158, 36)

MOTIFS = (
    "basket",
    "bottle",
    "rice",
    "honey",
    "leaf",
    "fish",
    "flower",
    "lamp",
    "jar",
    "mushroom",
    "noodle",
    "meat",
)


def _palette(index: int) -> dict:
    return PALETTES[index % len(PALETTES)]


def _mix(a, b, t: float):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _alpha(colour, a: int):
    return (*colour[:3], a)


def _shade(colour, factor: float):
    """Darken (factor < 1) or lighten (factor > 1) a colour."""
    if factor < 1:
        return tuple(round(c * factor) for c in colour[:3])
    return _mix(colour, (255, 255, 255), min(1.0, factor - 1))


def _rng(*parts) -> random.Random:
    key = "|".join(str(p) for p in parts).encode("utf-8")
    return random.Random(zlib.crc32(key))


# --------------------------------------------------------------------------- shapes


def _lens(cx, cy, length, width, angle, steps=40):
    """A pointed petal or leaf: two parabolic arcs, rotated by angle (radians)."""
    pts = []
    for i in range(steps + 1):
        t = -1 + 2 * i / steps
        pts.append((width * (1 - t * t), t * length / 2))
    for i in range(steps, -1, -1):
        t = -1 + 2 * i / steps
        pts.append((-width * (1 - t * t), t * length / 2))
    return _transform(pts, cx, cy, angle)


def _transform(pts, cx, cy, angle):
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def _ellipse_pts(cx, cy, rx, ry, start=0.0, end=2 * math.pi, steps=90):
    return [
        (cx + rx * math.cos(start + (end - start) * i / steps), cy + ry * math.sin(start + (end - start) * i / steps))
        for i in range(steps + 1)
    ]


def _hexagon(cx, cy, r):
    return [
        (cx + r * math.cos(math.pi / 6 + k * math.pi / 3), cy + r * math.sin(math.pi / 6 + k * math.pi / 3))
        for k in range(6)
    ]


def _bowl(d: ImageDraw.ImageDraw, cx, cy, rx, depth, p, colour=None):
    """A round bowl whose rim is centred on (cx, cy)."""
    colour = colour or p["main"]
    body = _ellipse_pts(cx, cy, rx, depth, 0, math.pi)
    d.polygon(body, fill=colour)
    # foot
    d.rounded_rectangle(
        (cx - rx * 0.35, cy + depth - rx * 0.04, cx + rx * 0.35, cy + depth + rx * 0.1),
        radius=rx * 0.05,
        fill=_shade(colour, 0.8),
    )
    # a band of decoration
    band = _ellipse_pts(cx, cy + depth * 0.25, rx * 0.93, depth * 0.6, 0.15, math.pi - 0.15)
    d.line(band, fill=p["light"], width=max(2, int(rx * 0.03)))
    # rim
    d.ellipse((cx - rx, cy - rx * 0.16, cx + rx, cy + rx * 0.16), fill=_shade(colour, 1.25))


# --------------------------------------------------------------------------- motifs
# Each motif draws on an RGBA layer of size (w, h) centred on the picture.


def _draw_basket(d, w, h, p, rng):
    cx, cy = w / 2, h * 0.56
    top_w, bot_w, height = w * 0.36, w * 0.25, h * 0.34
    top, bottom = cy - height / 2, cy + height / 2
    # handle
    hw = top_w * 0.75
    d.arc(
        (cx - hw, top - height * 0.85, cx + hw, top + height * 0.75),
        180,
        360,
        fill=_shade(p["main"], 0.75),
        width=int(w * 0.022),
    )
    body = [(cx - top_w, top), (cx + top_w, top), (cx + bot_w, bottom), (cx - bot_w, bottom)]
    d.polygon(body, fill=p["main"])
    rows, cols = 7, 14
    for r in range(rows):
        y0 = top + height * r / rows
        y1 = top + height * (r + 1) / rows
        t0 = r / rows
        t1 = (r + 1) / rows
        half0 = top_w + (bot_w - top_w) * t0
        half1 = top_w + (bot_w - top_w) * t1
        for c in range(cols):
            if (r + c) % 2:
                continue
            a0, a1 = c / cols, (c + 1) / cols
            quad = [
                (cx - half0 + 2 * half0 * a0, y0),
                (cx - half0 + 2 * half0 * a1, y0),
                (cx - half1 + 2 * half1 * a1, y1),
                (cx - half1 + 2 * half1 * a0, y1),
            ]
            d.polygon(quad, fill=p["detail"])
        d.line([(cx - half0, y0), (cx + half0, y0)], fill=_shade(p["main"], 0.7), width=max(2, int(w * 0.003)))
    # rim
    d.rounded_rectangle(
        (cx - top_w - w * 0.015, top - h * 0.03, cx + top_w + w * 0.015, top + h * 0.01),
        radius=h * 0.02,
        fill=_shade(p["main"], 0.8),
    )
    # a few fruits peeking out
    for i in range(3):
        fx = cx - top_w * 0.45 + i * top_w * 0.45
        fr = w * 0.05
        d.ellipse((fx - fr, top - fr * 1.4, fx + fr, top + fr * 0.6), fill=_shade(p["detail"], 1.15))


def _draw_bottle(d, w, h, p, rng):
    cx, base = w * 0.47, h * 0.84
    bw, bh = w * 0.13, h * 0.42
    neck_w, neck_h = w * 0.045, h * 0.15
    body_top = base - bh
    glass = _alpha(_mix(p["main"], p["light"], 0.15), 235)
    d.rounded_rectangle((cx - bw, body_top, cx + bw, base), radius=bw * 0.35, fill=glass)
    # shoulders
    d.ellipse((cx - bw, body_top - bw * 0.55, cx + bw, body_top + bw * 0.6), fill=glass)
    d.rectangle((cx - neck_w, body_top - bw * 0.3 - neck_h, cx + neck_w, body_top), fill=glass)
    # cap
    d.rounded_rectangle(
        (
            cx - neck_w * 1.2,
            body_top - bw * 0.3 - neck_h - h * 0.05,
            cx + neck_w * 1.2,
            body_top - bw * 0.3 - neck_h + h * 0.01,
        ),
        radius=neck_w * 0.3,
        fill=p["detail"],
    )
    # label
    ly0, ly1 = body_top + bh * 0.3, body_top + bh * 0.75
    d.rectangle((cx - bw, ly0, cx + bw, ly1), fill=p["light"])
    d.rectangle((cx - bw, ly0 + (ly1 - ly0) * 0.08, cx + bw, ly0 + (ly1 - ly0) * 0.14), fill=p["detail"])
    d.rectangle((cx - bw, ly1 - (ly1 - ly0) * 0.14, cx + bw, ly1 - (ly1 - ly0) * 0.08), fill=p["detail"])
    er = (ly1 - ly0) * 0.22
    ecy = (ly0 + ly1) / 2
    d.ellipse((cx - er, ecy - er, cx + er, ecy + er), outline=p["main"], width=max(3, int(w * 0.004)))
    for k in range(5):
        a = -math.pi / 2 + k * 2 * math.pi / 5
        d.ellipse(
            (
                cx + er * 0.5 * math.cos(a) - er * 0.12,
                ecy + er * 0.5 * math.sin(a) - er * 0.12,
                cx + er * 0.5 * math.cos(a) + er * 0.12,
                ecy + er * 0.5 * math.sin(a) + er * 0.12,
            ),
            fill=p["detail"],
        )
    # highlight
    d.rounded_rectangle(
        (cx - bw * 0.72, body_top + bh * 0.05, cx - bw * 0.55, body_top + bh * 0.26),
        radius=bw * 0.08,
        fill=(255, 255, 255, 110),
    )
    d.rounded_rectangle(
        (cx - bw * 0.72, ly1 + bh * 0.04, cx - bw * 0.55, base - bh * 0.06), radius=bw * 0.08, fill=(255, 255, 255, 90)
    )
    # a small cup beside the bottle
    ux, uy = cx + bw * 2.0, base
    cw, ch = w * 0.05, h * 0.09
    d.polygon(
        [(ux - cw, uy - ch), (ux + cw, uy - ch), (ux + cw * 0.75, uy), (ux - cw * 0.75, uy)],
        fill=_alpha(p["light"], 235),
    )
    d.ellipse((ux - cw, uy - ch - cw * 0.2, ux + cw, uy - ch + cw * 0.2), fill=_alpha(p["detail"], 220))


def _draw_rice(d, w, h, p, rng):
    cx, cy = w / 2, h * 0.52
    rx, depth = w * 0.3, h * 0.28
    # heap of grains, drawn before the bowl front so the rim covers its base
    heap_h = h * 0.17
    d.ellipse((cx - rx * 0.95, cy - heap_h, cx + rx * 0.95, cy + heap_h * 0.5), fill=p["light"])
    for _ in range(260):
        gx = rng.uniform(-0.9, 0.9)
        lim = heap_h * (1 - gx * gx) ** 0.5
        gy = rng.uniform(-lim, heap_h * 0.15)
        ang = rng.uniform(0, math.pi)
        d.polygon(
            _lens(cx + gx * rx, cy + gy, w * 0.022, w * 0.006, ang, steps=6),
            fill=_mix(p["light"], p["detail"], rng.uniform(0.0, 0.25)),
        )
    body = _ellipse_pts(cx, cy, rx, depth, 0, math.pi)
    d.polygon(body, fill=p["main"])
    d.rounded_rectangle(
        (cx - rx * 0.35, cy + depth - rx * 0.04, cx + rx * 0.35, cy + depth + rx * 0.1),
        radius=rx * 0.05,
        fill=_shade(p["main"], 0.8),
    )
    for k in range(9):
        a = math.pi * (k + 0.5) / 9
        x = cx + rx * 0.8 * math.cos(a)
        y = cy + depth * 0.55 * math.sin(a)
        r = rx * 0.045
        d.ellipse((x - r, y - r, x + r, y + r), outline=p["light"], width=max(2, int(w * 0.003)))
    # rice stalk on the side
    sx, sy = cx + rx * 1.05, cy + depth
    d.line([(sx, sy), (sx + w * 0.06, sy - h * 0.45)], fill=p["detail"], width=int(w * 0.006))
    for k in range(8):
        t = 0.45 + k * 0.07
        px, py = sx + w * 0.06 * t, sy - h * 0.45 * t
        side = -1 if k % 2 else 1
        d.polygon(_lens(px + side * w * 0.012, py, w * 0.035, w * 0.009, side * 0.6, steps=8), fill=p["detail"])
    d.line([(cx - rx * 1.1, cy + depth * 0.2), (cx - rx * 0.2, cy - depth * 0.9)], fill=p["ink"], width=int(w * 0.008))


def _draw_honey(d, w, h, p, rng):
    r = w * 0.055
    dx, dy = r * math.sqrt(3), r * 1.5
    cx0, cy0 = w * 0.5, h * 0.5
    for row in range(-4, 5):
        for col in range(-5, 6):
            x = cx0 + col * dx + (dx / 2 if row % 2 else 0)
            y = cy0 + row * dy
            dist = math.hypot((x - cx0) / (w * 0.42), (y - cy0) / (h * 0.42))
            if dist > 1:
                continue
            filled = rng.random() < 0.62
            colour = _mix(HONEY, p["detail"], 0.25) if filled else _shade(p["main"], 1.2)
            d.polygon(
                _hexagon(x, y, r * 0.92), fill=_alpha(colour, 240), outline=p["main"], width=max(3, int(w * 0.004))
            )
            if filled:
                d.ellipse((x - r * 0.35, y - r * 0.45, x - r * 0.1, y - r * 0.2), fill=(255, 255, 255, 90))
    # a honey drop
    x, y = w * 0.76, h * 0.77
    dr = w * 0.05
    d.polygon([(x, y - dr * 2.0), (x - dr * 0.95, y - dr * 0.1), (x + dr * 0.95, y - dr * 0.1)], fill=HONEY)
    d.ellipse((x - dr, y - dr, x + dr, y + dr), fill=HONEY)
    d.ellipse((x - dr * 0.5, y - dr * 0.5, x - dr * 0.15, y - dr * 0.1), fill=(255, 255, 255, 130))


def _leaf(d, cx, cy, length, width, angle, fill, vein):
    d.polygon(_lens(cx, cy, length, width, angle), fill=fill)
    ca, sa = math.cos(angle), math.sin(angle)
    tip1 = (cx - sa * length / 2 * -1, cy + ca * length / 2 * -1)
    tip2 = (cx + sa * length / 2 * -1, cy - ca * length / 2 * -1)
    d.line([tip1, tip2], fill=vein, width=max(2, int(width * 0.06)))
    for k in range(1, 6):
        t = -0.8 + k * 0.3
        bx, by = cx - sa * t * length / 2, cy + ca * t * length / 2
        for side in (-1, 1):
            ex = bx + (ca * side * width * 0.7) - sa * length * 0.08
            ey = by + (sa * side * width * 0.7) + ca * length * 0.08
            d.line([(bx, by), (ex, ey)], fill=vein, width=max(2, int(width * 0.035)))


def _draw_leaf(d, w, h, p, rng):
    _leaf(d, w * 0.38, h * 0.55, h * 0.62, w * 0.1, -0.55, _shade(p["main"], 0.85), p["light"])
    _leaf(d, w * 0.6, h * 0.5, h * 0.7, w * 0.11, 0.45, p["main"], p["light"])
    _leaf(d, w * 0.5, h * 0.6, h * 0.5, w * 0.08, 0.05, _mix(p["main"], p["detail"], 0.45), p["light"])
    d.line([(w * 0.5, h * 0.84), (w * 0.5, h * 0.93)], fill=p["ink"], width=int(w * 0.01))
    # dew drops
    for _ in range(4):
        x, y = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.7)
        r = w * rng.uniform(0.008, 0.015)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, 150))


def _draw_fish(d, w, h, p, rng):
    # water lines
    for k in range(4):
        y = h * (0.76 + k * 0.05)
        pts = [(x, y + math.sin(x / w * 12 + k) * h * 0.01) for x in range(0, int(w) + 1, max(1, int(w / 60)))]
        d.line(pts, fill=_alpha(p["light"], 170 - k * 30), width=max(2, int(w * 0.004)))
    cx, cy = w * 0.48, h * 0.46
    length, height = w * 0.52, h * 0.3
    body = _lens(cx, cy, length, height / 2 * 1.0, math.pi / 2, steps=50)
    tail = [
        (cx + length * 0.42, cy),
        (cx + length * 0.68, cy - height * 0.42),
        (cx + length * 0.62, cy),
        (cx + length * 0.68, cy + height * 0.42),
    ]
    d.polygon(tail, fill=_shade(p["main"], 0.8))
    d.polygon(body, fill=p["main"])
    # fin
    d.polygon(
        [
            (cx - length * 0.05, cy - height * 0.4),
            (cx + length * 0.18, cy - height * 0.62),
            (cx + length * 0.2, cy - height * 0.3),
        ],
        fill=_shade(p["main"], 0.8),
    )
    # scales
    r = height * 0.12
    for i in range(5):
        for j in range(-2, 3):
            x = cx - length * 0.12 + i * r * 1.3
            y = cy + j * r * 1.1 + (r * 0.55 if i % 2 else 0)
            if abs(y - cy) > height * 0.3 * (1 - ((x - cx) / (length / 2)) ** 2):
                continue
            d.arc(
                (x - r, y - r, x + r, y + r),
                20,
                160,
                fill=_alpha(p["detail"], 200),
                width=max(2, int(w * 0.003)),
            )
    # gill and eye
    d.arc(
        (cx - length * 0.3, cy - height * 0.3, cx - length * 0.12, cy + height * 0.3),
        300,
        60,
        fill=p["light"],
        width=max(3, int(w * 0.005)),
    )
    er = height * 0.07
    ex, ey = cx - length * 0.34, cy - height * 0.08
    d.ellipse((ex - er, ey - er, ex + er, ey + er), fill=p["light"])
    d.ellipse((ex - er * 0.5, ey - er * 0.5, ex + er * 0.5, ey + er * 0.5), fill=p["ink"])


def _draw_flower(d, w, h, p, rng):
    cx, cy = w / 2, h * 0.5
    # lotus pad
    d.ellipse((cx - w * 0.36, cy + h * 0.12, cx + w * 0.36, cy + h * 0.36), fill=_alpha(p["detail"], 235))
    d.arc(
        (cx - w * 0.3, cy + h * 0.15, cx + w * 0.3, cy + h * 0.33),
        20,
        160,
        fill=_shade(p["detail"], 0.85),
        width=max(2, int(w * 0.004)),
    )
    petal_colour = p["main"]
    back = _shade(petal_colour, 0.82)
    front = _shade(petal_colour, 1.35)
    # back row, middle row, front row
    for ang in (-1.15, -0.6, 0.6, 1.15):
        d.polygon(
            _lens(cx + math.sin(ang) * w * 0.13, cy - math.cos(ang) * h * 0.1, h * 0.42, w * 0.07, ang), fill=back
        )
    for ang in (-0.35, 0.35):
        d.polygon(
            _lens(cx + math.sin(ang) * w * 0.08, cy - math.cos(ang) * h * 0.14, h * 0.46, w * 0.075, ang),
            fill=petal_colour,
        )
    d.polygon(_lens(cx, cy - h * 0.15, h * 0.46, w * 0.07, 0), fill=_shade(petal_colour, 1.15))
    for ang in (-0.9, 0.9):
        d.polygon(
            _lens(cx + math.sin(ang) * w * 0.1, cy + h * 0.06 - math.cos(ang) * h * 0.05, h * 0.3, w * 0.06, ang),
            fill=front,
        )
    d.polygon(_lens(cx, cy + h * 0.03, h * 0.26, w * 0.055, 0), fill=_shade(petal_colour, 1.5))
    # a bud on a stem
    bx, by = w * 0.8, h * 0.36
    d.line([(bx, by + h * 0.05), (bx - w * 0.05, h * 0.74)], fill=p["detail"], width=int(w * 0.008))
    d.polygon(_lens(bx, by, h * 0.16, w * 0.03, 0.15), fill=petal_colour)


def _draw_lamp(d, w, h, p, rng):
    cx, cy = w / 2, h * 0.55
    d.line([(cx, 0), (cx, cy - h * 0.3)], fill=p["ink"], width=int(w * 0.006))
    rx, ry = w * 0.22, h * 0.3
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=p["main"])
    # woven ribs
    for k in range(1, 8):
        t = k / 8
        x = rx * math.cos(math.pi * t)
        d.arc(
            (cx - abs(x), cy - ry, cx + abs(x), cy + ry),
            90 if x > 0 else 270,
            270 if x > 0 else 90,
            fill=p["detail"],
            width=max(2, int(w * 0.005)),
        )
    for k in range(1, 7):
        y = cy - ry + 2 * ry * k / 7
        half = rx * math.sqrt(max(0.0, 1 - ((y - cy) / ry) ** 2))
        d.line([(cx - half, y), (cx + half, y)], fill=p["detail"], width=max(2, int(w * 0.004)))
    # caps top and bottom
    d.rounded_rectangle(
        (cx - w * 0.04, cy - ry - h * 0.02, cx + w * 0.04, cy - ry + h * 0.02), radius=h * 0.01, fill=p["ink"]
    )
    d.rounded_rectangle(
        (cx - w * 0.05, cy + ry - h * 0.015, cx + w * 0.05, cy + ry + h * 0.025), radius=h * 0.01, fill=p["ink"]
    )
    # tassel
    d.line([(cx, cy + ry + h * 0.025), (cx, cy + ry + h * 0.09)], fill=p["detail"], width=int(w * 0.01))


def _draw_jar(d, w, h, p, rng):
    cx, base = w / 2, h * 0.86
    rx, ry = w * 0.22, h * 0.27
    cy = base - ry
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=p["main"])
    d.rectangle((cx - rx * 0.5, cy - ry * 1.25, cx + rx * 0.5, cy - ry * 0.7), fill=p["main"])
    d.ellipse((cx - rx * 0.56, cy - ry * 1.38, cx + rx * 0.56, cy - ry * 1.12), fill=_shade(p["main"], 1.2))
    # lid of cloth tied with string
    d.pieslice((cx - rx * 0.62, cy - ry * 1.62, cx + rx * 0.62, cy - ry * 1.05), 180, 360, fill=p["detail"])
    d.line(
        [(cx - rx * 0.6, cy - ry * 1.33), (cx + rx * 0.6, cy - ry * 1.33)], fill=p["ink"], width=max(3, int(w * 0.005))
    )
    # bands
    for t, colour in ((-0.35, p["detail"]), (-0.2, p["light"]), (0.45, p["detail"])):
        y = cy + ry * t
        half = rx * math.sqrt(max(0.0, 1 - t * t))
        d.line([(cx - half, y), (cx + half, y)], fill=colour, width=max(3, int(h * 0.012)))
    # wave pattern between bands
    y = cy + ry * 0.12
    half = rx * 0.97
    pts = [(cx - half + i * 2 * half / 48, y + math.sin(i / 48 * math.pi * 8) * ry * 0.06) for i in range(49)]
    d.line(pts, fill=p["light"], width=max(3, int(w * 0.004)))
    d.ellipse((cx - rx * 0.72, cy - ry * 0.55, cx - rx * 0.52, cy - ry * 0.05), fill=(255, 255, 255, 70))


def _draw_mushroom(d, w, h, p, rng):
    """Cordyceps: slender club-shaped stalks rising from a small mound."""
    cx, base = w / 2, h * 0.8
    d.ellipse((cx - w * 0.3, base - h * 0.08, cx + w * 0.3, base + h * 0.08), fill=_shade(p["light"], 0.92))
    d.pieslice((cx - w * 0.3, base - h * 0.08, cx + w * 0.3, base + h * 0.08), 0, 180, fill=_shade(p["light"], 0.8))
    stalk = p["detail"] if sum(p["detail"]) > sum(p["main"]) else p["main"]
    stalk = _mix(stalk, (232, 128, 40), 0.55)
    for _ in range(17):
        x0 = cx + rng.uniform(-w * 0.24, w * 0.24)
        height = h * rng.uniform(0.3, 0.6)
        bend = rng.uniform(-w * 0.08, w * 0.08)
        pts = []
        for k in range(21):
            t = k / 20
            pts.append((x0 + bend * t * t, base - height * t))
        width = int(w * rng.uniform(0.011, 0.016))
        colour = _mix(stalk, (255, 255, 255), rng.uniform(0.0, 0.2))
        d.line(pts, fill=colour, width=width, joint="curve")
        tx, ty = pts[-1]
        club = width * 1.3
        d.polygon(
            _lens(tx, ty - club, club * 4, club * 0.55, math.atan2(bend * 2, height) * 0.5, steps=10),
            fill=_shade(colour, 0.88),
        )
        d.ellipse((tx - club * 0.5, ty - club * 0.5, tx + club * 0.5, ty + club * 0.5), fill=_shade(colour, 0.88))
    d.ellipse(
        (cx - w * 0.3, base - h * 0.08, cx + w * 0.3, base - h * 0.02),
        outline=_shade(p["light"], 0.7),
        width=max(2, int(w * 0.003)),
    )


def _draw_noodle(d, w, h, p, rng):
    cx, cy = w / 2, h * 0.55
    rx, depth = w * 0.3, h * 0.26
    d.ellipse((cx - rx, cy - rx * 0.16, cx + rx, cy + rx * 0.16), fill=_shade(p["main"], 0.7))
    # noodles lifted by chopsticks
    top = h * 0.12
    for k in range(9):
        x = cx - w * 0.05 + k * w * 0.011
        pts = [(x + math.sin(t / 6) * w * 0.012, top + h * 0.06 + t * (cy - top - h * 0.06) / 40) for t in range(41)]
        d.line(pts, fill=p["light"], width=max(3, int(w * 0.005)))
    for k in range(14):
        y = cy - rx * 0.08 + k * rx * 0.012
        pts = [(cx - rx * 0.85 + t * rx * 1.7 / 60, y + math.sin(t / 3 + k) * h * 0.01) for t in range(61)]
        d.line(pts, fill=_shade(p["light"], 0.95), width=max(3, int(w * 0.004)))
    body = _ellipse_pts(cx, cy, rx, depth, 0, math.pi)
    d.polygon(body, fill=p["main"])
    d.rounded_rectangle(
        (cx - rx * 0.35, cy + depth - rx * 0.04, cx + rx * 0.35, cy + depth + rx * 0.1),
        radius=rx * 0.05,
        fill=_shade(p["main"], 0.8),
    )
    band = _ellipse_pts(cx, cy + depth * 0.25, rx * 0.93, depth * 0.6, 0.15, math.pi - 0.15)
    d.line(band, fill=p["detail"], width=max(3, int(rx * 0.035)))
    d.line([(cx - w * 0.15, top - h * 0.02), (cx + w * 0.09, top + h * 0.09)], fill=p["ink"], width=int(w * 0.008))
    d.line([(cx - w * 0.13, top - h * 0.06), (cx + w * 0.1, top + h * 0.07)], fill=p["ink"], width=int(w * 0.008))
    # garnish
    for _ in range(6):
        gx = cx + rng.uniform(-rx * 0.6, rx * 0.6)
        gy = cy + rng.uniform(-rx * 0.06, rx * 0.06)
        d.polygon(_lens(gx, gy, w * 0.03, w * 0.008, rng.uniform(0, math.pi), steps=6), fill=p["detail"])


def _draw_meat(d, w, h, p, rng):
    # cutting board
    bx0, by0, bx1, by1 = w * 0.14, h * 0.36, w * 0.86, h * 0.86
    d.rounded_rectangle((bx0, by0, bx1, by1), radius=h * 0.06, fill=_mix(p["detail"], (190, 140, 90), 0.5))
    for k in range(6):
        y = by0 + (by1 - by0) * (k + 1) / 7
        d.line(
            [(bx0 + w * 0.03, y), (bx1 - w * 0.03, y)],
            fill=_alpha(_shade(p["detail"], 0.8), 120),
            width=max(2, int(w * 0.003)),
        )
    d.ellipse((bx1 - w * 0.07, by0 + h * 0.04, bx1 - w * 0.035, by0 + h * 0.085), fill=_shade(p["detail"], 0.6))
    meat = _mix((170, 58, 48), p["main"], 0.2)
    # a whole sausage / roll
    d.rounded_rectangle((w * 0.2, h * 0.43, w * 0.55, h * 0.53), radius=h * 0.05, fill=meat)
    d.line([(w * 0.24, h * 0.46), (w * 0.5, h * 0.46)], fill=(255, 255, 255, 80), width=max(3, int(w * 0.005)))
    # slices with marbling
    for i in range(5):
        sx = w * 0.3 + i * w * 0.09
        sy = h * 0.67 + (i % 2) * h * 0.03
        r = w * 0.045
        d.ellipse(
            (sx - r, sy - r * 0.8, sx + r, sy + r * 0.8),
            fill=meat,
            outline=_shade(meat, 0.7),
            width=max(2, int(w * 0.003)),
        )
        for _ in range(5):
            fx = sx + rng.uniform(-r * 0.6, r * 0.6)
            fy = sy + rng.uniform(-r * 0.45, r * 0.45)
            fr = r * rng.uniform(0.08, 0.16)
            d.ellipse((fx - fr, fy - fr, fx + fr, fy + fr), fill=_mix(p["light"], (255, 220, 200), 0.5))
    # chilli and herb
    d.polygon(_lens(w * 0.72, h * 0.47, w * 0.12, w * 0.018, 1.2, steps=10), fill=(196, 40, 30))
    d.polygon(_lens(w * 0.66, h * 0.5, w * 0.09, w * 0.02, 0.5, steps=10), fill=(70, 120, 50))


_DRAWERS = {
    "basket": _draw_basket,
    "bottle": _draw_bottle,
    "rice": _draw_rice,
    "honey": _draw_honey,
    "leaf": _draw_leaf,
    "fish": _draw_fish,
    "flower": _draw_flower,
    "lamp": _draw_lamp,
    "jar": _draw_jar,
    "mushroom": _draw_mushroom,
    "noodle": _draw_noodle,
    "meat": _draw_meat,
}


# --------------------------------------------------------------------------- background


def _soft(img, radius, factor=4):
    """A Gaussian blur computed at a quarter of the size: the same look for soft shapes, much faster."""
    w, h = img.size
    small = img.resize((max(1, w // factor), max(1, h // factor)), Image.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(radius / factor))
    return small.resize((w, h), Image.BILINEAR)


def _background(w, h, p, rng):
    img = Image.new("RGB", (w, h))
    # vertical gradient, slightly curved
    grad = Image.linear_gradient("L").resize((w, h))
    top = Image.new("RGB", (w, h), p["top"])
    bottom = Image.new("RGB", (w, h), p["bottom"])
    img = Image.composite(bottom, top, grad)
    # soft glow behind the motif
    glow = Image.new("L", (w, h), 0)
    gd = ImageDraw.Draw(glow)
    gx = w * (0.5 + rng.uniform(-0.08, 0.08))
    gy = h * (0.42 + rng.uniform(-0.06, 0.06))
    gd.ellipse((gx - w * 0.38, gy - h * 0.42, gx + w * 0.38, gy + h * 0.42), fill=170)
    glow = _soft(glow, w * 0.08)
    img = Image.composite(Image.new("RGB", (w, h), p["light"]), img, glow)
    # a table surface
    table = Image.new("L", (w, h), 0)
    ImageDraw.Draw(table).rectangle((0, h * 0.8, w, h), fill=90)
    table = _soft(table, h * 0.02)
    img = Image.composite(Image.new("RGB", (w, h), _shade(p["bottom"], 0.82)), img, table)
    # large faint shapes for depth
    deco = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dd = ImageDraw.Draw(deco)
    for _ in range(5):
        r = w * rng.uniform(0.08, 0.22)
        x = rng.uniform(-0.05, 1.05) * w
        y = rng.uniform(-0.05, 0.7) * h
        dd.ellipse((x - r, y - r, x + r, y + r), fill=_alpha(p["light"], rng.randint(18, 40)))
    deco = _soft(deco, w * 0.01)
    img.paste(deco, (0, 0), deco)
    return img


def _texture(img, p, rng):
    w, h = img.size
    tex = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    td = ImageDraw.Draw(tex)
    for _ in range(int(w * h / 450)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(0.4, 1.2)
        tone = p["ink"] if rng.random() < 0.5 else (255, 255, 255)
        td.ellipse((x - r, y - r, x + r, y + r), fill=_alpha(tone, rng.randint(6, 22)))
    # faint woven paper lines
    step = int(w / 70)
    for x in range(0, w, step):
        td.line([(x, 0), (x + h * 0.3, h)], fill=_alpha(p["light"], 8), width=1)
    img.paste(tex, (0, 0), tex)
    # vignette
    vig = Image.new("L", (w, h), 0)
    ImageDraw.Draw(vig).rectangle((0, 0, w, h), outline=120, width=int(min(w, h) * 0.08))
    vig = _soft(vig, min(w, h) * 0.08)
    img.paste(Image.new("RGB", (w, h), p["ink"]), (0, 0), vig.point(lambda v: v * 0.45))
    return img


# --------------------------------------------------------------------------- public API


def make_image(motif: str, palette: int, *, width=1200, height=900, seed: int = 0) -> bytes:
    """JPEG bytes of a distinctive illustration: a soft gradient in one of 8 palettes (warm earthy
    Vietnamese colours: lotus pink, rice-field green, clay, indigo, turmeric, lacquer red, river
    teal, bamboo), a simple geometric drawing of the motif (basket weave, bottle, bowl of rice
    grains, honeycomb, leaf, fish, flower/lotus, lamp, jar, mushroom/cordyceps, noodles, sliced
    meat), and some seeded texture."""
    if motif not in _DRAWERS:
        raise ValueError(f"unknown motif {motif!r}; choose one of {', '.join(MOTIFS)}")
    p = _palette(palette)
    rng = _rng(motif, palette, width, height, seed)
    w, h = width, height
    img = _background(w, h, p, rng)

    # The motif is drawn supersampled on a 4:3 stage so it keeps its proportions in any
    # frame and its edges stay smooth; soft parts (background, shadow) need no supersampling.
    stage = min(w, int(h * 4 / 3))
    stage_h = int(stage * 3 / 4)
    big = Image.new("RGBA", (stage * SUPERSAMPLE, stage_h * SUPERSAMPLE), (0, 0, 0, 0))
    _DRAWERS[motif](ImageDraw.Draw(big), stage * SUPERSAMPLE, stage_h * SUPERSAMPLE, p, rng)
    layer = big.reduce(SUPERSAMPLE)
    ox, oy = (w - stage) // 2, (h - stage_h) // 2

    shadow = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    alpha = layer.getchannel("A").point(lambda v: v * 0.38)
    shadow_colour = Image.new("RGBA", (stage, stage_h), _alpha(p["ink"], 255))
    shadow_colour.putalpha(alpha)
    shadow.paste(shadow_colour, (ox + int(stage * 0.018), oy + int(stage_h * 0.03)))
    shadow = _soft(shadow, stage * 0.014)
    img.paste(shadow, (0, 0), shadow)
    img.paste(layer, (ox, oy), layer)

    img = _texture(img, p, rng)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88, optimize=True, progressive=True)
    return out.getvalue()


def _ascii(text: str) -> str:
    """Pillow's built-in font has no Vietnamese letters: fold them."""
    return without_marks(text or "")


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1: bitmap font, fixed size
        return ImageFont.load_default()


def make_logo(initials: str, palette: int) -> bytes:
    """PNG bytes of a 400x400 round badge with up to three initials, transparent outside the circle."""
    p = _palette(palette)
    size = 400 * SUPERSAMPLE
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m = size * 0.02
    d.ellipse((m, m, size - m, size - m), fill=p["main"])
    inner = size * 0.075
    d.ellipse((inner, inner, size - inner, size - inner), outline=p["detail"], width=int(size * 0.018))
    inner2 = size * 0.11
    d.ellipse((inner2, inner2, size - inner2, size - inner2), outline=_alpha(p["light"], 120), width=int(size * 0.006))
    # small dots around the ring, like a stamped seal
    for k in range(24):
        a = k * 2 * math.pi / 24
        r = size * 0.5 - size * 0.047
        x, y = size / 2 + r * math.cos(a), size / 2 + r * math.sin(a)
        dr = size * 0.008
        d.ellipse((x - dr, y - dr, x + dr, y + dr), fill=p["light"])
    text = _ascii(initials).strip().upper()[:3] or "OCOP"
    font_size = int(size * (0.36 if len(text) <= 2 else 0.27))
    font = _font(font_size)
    box = d.textbbox((0, 0), text, font=font)
    tw, th = box[2] - box[0], box[3] - box[1]
    d.text(((size - tw) / 2 - box[0], (size - th) / 2 - box[1] - size * 0.02), text, font=font, fill=p["light"])
    # a rule with a diamond under the initials
    y = size * 0.74
    d.line([(size * 0.36, y), (size * 0.64, y)], fill=p["detail"], width=int(size * 0.008))
    k = size * 0.022
    d.polygon([(size / 2, y - k), (size / 2 + k, y), (size / 2, y + k), (size / 2 - k, y)], fill=p["detail"])
    img = img.resize((400, 400), Image.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()
