# framebuf: scroll() in every direction and format; the pixels nothing moves onto keep their
# colour (the trail); steps as large as the grid or larger change nothing.
import framebuf


def new_fb(fmt, w, h):
    n = {0: (h + 7) // 8 * w, 1: 2 * w * h, 2: (w + 1) // 2 * h, 3: (w + 7) // 8 * h,
         4: (w + 7) // 8 * h, 5: (w + 3) // 4 * h, 6: w * h}[fmt]
    return framebuf.FrameBuffer(bytearray(n), w, h, fmt)


def pattern(fb, w, h, maxcol):
    for y in range(h):
        for x in range(w):
            fb.pixel(x, y, (x + 3 * y) % (maxcol + 1) if maxcol > 1 else (x * y + x) & 1)


def grid(fb, w, h):
    return [[fb.pixel(x, y) for x in range(w)] for y in range(h)]


def model_scroll(g, w, h, dx, dy):
    # each destination pixel takes the pixel (x - dx, y - dy) from before, where that exists
    out = [row[:] for row in g]
    for y in range(h):
        for x in range(w):
            sx, sy = x - dx, y - dy
            if 0 <= sx < w and 0 <= sy < h:
                out[y][x] = g[sy][sx]
    return out


W, H = 7, 5
fb = new_fb(framebuf.GS8, W, H)
for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (2, 1), (-2, -3), (3, -1), (-1, 2)):
    pattern(fb, W, H, 9)
    fb.scroll(dx, dy)
    print("scroll", (dx, dy))
    for row in grid(fb, W, H):
        print(" ", "".join(str(v) for v in row))

for name, fmt, maxcol in (("MONO_VLSB", 0, 1), ("RGB565", 1, 0xFFFF), ("GS4_HMSB", 2, 15),
                          ("MONO_HLSB", 3, 1), ("MONO_HMSB", 4, 1), ("GS2_HMSB", 5, 3), ("GS8", 6, 255)):
    w, h = 11, 10
    fb = new_fb(fmt, w, h)
    bad = 0
    n = 0
    for dx in range(-w - 1, w + 2, 3):
        for dy in range(-h - 1, h + 2, 2):
            pattern(fb, w, h, maxcol)
            before = grid(fb, w, h)
            fb.scroll(dx, dy)
            if grid(fb, w, h) != model_scroll(before, w, h, dx, dy):
                bad += 1
            n += 1
    print(name, n, "scrolls, model mismatches:", bad)

# Repeated scrolling and huge steps.
fb = new_fb(framebuf.MONO_VLSB, 16, 8)
fb.text("A", 0, 0)
for i in range(4):
    fb.scroll(2, 1)
for row in grid(fb, 16, 8):
    print("".join("#" if v else "." for v in row))
before = bytes(fb)
for dx, dy in ((16, 0), (-16, 0), (0, 8), (0, -8), (10**12, 0), (0, -(10**12)), (2**63 - 1, 0), (-(2**63), -(2**63))):
    fb.scroll(dx, dy)
print("huge steps change nothing:", bytes(fb) == before)
fb.scroll(0, 0)
print("zero step changes nothing:", bytes(fb) == before)
