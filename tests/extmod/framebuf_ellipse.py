# framebuf: ellipse outline and fill, quadrant masks, clipping, degenerate and huge radii,
# against a pure-Python model of the two-region midpoint walk MicroPython uses.
import framebuf


def new_fb(fmt, w, h):
    n = {0: (h + 7) // 8 * w, 1: 2 * w * h, 2: (w + 1) // 2 * h, 3: (w + 7) // 8 * h,
         4: (w + 7) // 8 * h, 5: (w + 3) // 4 * h, 6: w * h}[fmt]
    return framebuf.FrameBuffer(bytearray(n), w, h, fmt)


def show(fb, w, h):
    for y in range(h):
        print("".join("%x" % (fb.pixel(x, y) & 15) if fb.pixel(x, y) else "." for x in range(w)))
    print()


class Model:
    def __init__(self, w, h, maxcol):
        self.w, self.h, self.maxcol = w, h, maxcol
        self.px = [[0] * w for _ in range(h)]

    def set(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y][x] = (1 if c else 0) if self.maxcol == 1 else c & self.maxcol

    def span(self, x, y, n, c):
        for i in range(n):
            self.set(x + i, y, c)

    def points(self, cx, cy, x, y, c, mask, fill):
        # quadrants: 1 top right, 2 top left, 3 bottom left, 4 bottom right
        if fill:
            if mask & 1:
                self.span(cx, cy - y, x + 1, c)
            if mask & 2:
                self.span(cx - x, cy - y, x + 1, c)
            if mask & 4:
                self.span(cx - x, cy + y, x + 1, c)
            if mask & 8:
                self.span(cx, cy + y, x + 1, c)
        else:
            if mask & 1:
                self.set(cx + x, cy - y, c)
            if mask & 2:
                self.set(cx - x, cy - y, c)
            if mask & 4:
                self.set(cx - x, cy + y, c)
            if mask & 8:
                self.set(cx + x, cy + y, c)

    def ellipse(self, cx, cy, a, b, c, fill=False, mask=15):
        if a == 0 and b == 0:
            if mask & 15:
                self.set(cx, cy, c)
            return
        # region 1: from (a, 0) while the slope is steep, y steps every time
        x, y = a, 0
        dx, dy = b * b * (1 - 2 * a), a * a
        err = 0
        sx, sy = 2 * b * b * a, 0
        while sx >= sy:
            self.points(cx, cy, x, y, c, mask, fill)
            y += 1
            sy += 2 * a * a
            err += dy
            dy += 2 * a * a
            if 2 * err + dx > 0:
                x -= 1
                sx -= 2 * b * b
                err += dx
                dx += 2 * b * b
        # region 2: from (0, b), x steps every time
        x, y = 0, b
        dx, dy = b * b, a * a * (1 - 2 * b)
        err = 0
        sx, sy = 0, 2 * a * a * b
        while sx <= sy:
            self.points(cx, cy, x, y, c, mask, fill)
            x += 1
            sx += 2 * b * b
            err += dx
            dx += 2 * b * b
            if 2 * err + dy > 0:
                y -= 1
                sy -= 2 * a * a
                err += dy
                dy += 2 * a * a


def same(fb, m):
    return all(fb.pixel(x, y) == m.px[y][x] for y in range(m.h) for x in range(m.w))


# Pictures on a 25x15 GS8 grid.
W, H = 25, 15
fb = new_fb(framebuf.GS8, W, H)
print("outline 10x5 and 3x3")
fb.ellipse(12, 7, 10, 5, 1)
fb.ellipse(12, 7, 3, 3, 2)
show(fb, W, H)
fb.fill(0)
print("filled 5x7, outline over it")
fb.ellipse(12, 7, 5, 7, 3, True)
fb.ellipse(12, 7, 5, 7, 4)
show(fb, W, H)
for m in (0, 1, 2, 4, 8, 5, 10, 15, 0x1F, -1):
    fb.fill(0)
    fb.ellipse(12, 7, 9, 6, 1, False, m)
    fb.ellipse(12, 7, 5, 4, 2, True, m)
    print("mask", m)
    show(fb, W, H)
fb.fill(0)
print("clipped at every edge")
fb.ellipse(0, 0, 6, 4, 1)
fb.ellipse(24, 0, 6, 4, 2, True)
fb.ellipse(0, 14, 4, 6, 3, True)
fb.ellipse(24, 14, 4, 6, 4)
fb.ellipse(12, -3, 5, 5, 5)
fb.ellipse(12, 17, 5, 5, 6, True)
show(fb, W, H)
fb.fill(0)
print("degenerate radii")
fb.ellipse(2, 2, 0, 0, 1)
fb.ellipse(5, 2, 0, 0, 2, True, 0)     # mask 0: nothing, not even the centre
fb.ellipse(8, 7, 0, 5, 3)
fb.ellipse(16, 3, 6, 0, 4)
fb.ellipse(16, 10, 6, 1, 5, True)
fb.ellipse(4, 11, 1, 2, 6)
fb.ellipse(20, 7, -3, 3, 7)            # negative radii: drawn as MicroPython walks them
fb.ellipse(20, 7, -3, -3, 8, True)
show(fb, W, H)

# Every format against the model, random ellipses (a quarter of them filled, random masks).
seed = 777


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


for name, fmt, maxcol in (("MONO_VLSB", 0, 1), ("RGB565", 1, 0xFFFF), ("GS4_HMSB", 2, 15),
                          ("MONO_HLSB", 3, 1), ("MONO_HMSB", 4, 1), ("GS2_HMSB", 5, 3), ("GS8", 6, 255)):
    w, h = 23, 17
    fb = new_fb(fmt, w, h)
    bad = 0
    for n in range(40):
        fb.fill(0)
        m = Model(w, h, maxcol)
        cx, cy = rnd(w + 16) - 8, rnd(h + 16) - 8
        a, b = rnd(20), rnd(20)
        c = rnd(maxcol + 1) | 1
        fill = rnd(4) == 0
        mask = rnd(16) if n % 3 == 0 else 15
        fb.ellipse(cx, cy, a, b, c, fill, mask)
        m.ellipse(cx, cy, a, b, c, fill, mask)
        if not same(fb, m):
            bad += 1
    print(name, "model mismatches:", bad)

# Large radii: still exact (the model walks every step), and far-away ones cost nothing.
fb = new_fb(framebuf.GS8, 20, 12)
for cx, cy, a, b, fill in ((10, 6, 300, 7, False), (10, 300, 40, 295, True), (-150, 6, 160, 160, False),
                           (10, 6, 1000, 1000, True), (25, -40, 30, 45, False)):
    fb.fill(0)
    fb.ellipse(cx, cy, a, b, 1, fill)
    m = Model(20, 12, 255)
    m.ellipse(cx, cy, a, b, 1, fill)
    print("large", (cx, cy, a, b, fill), same(fb, m), sum(fb.pixel(x, y) for y in range(12) for x in range(20)))
for args in ((10**15, 5, 10, 10), (5, -(10**15), 10, 10), (2**62, 2**62, 2**40, 2**40),
             (10, 6, 10**12, 10**12), (10, 6, 10**12, 3), (-(2**63), 2**63 - 1, -(2**63), 2**63 - 1)):
    fb.fill(0)
    fb.ellipse(*args, 1, True)
    fb.ellipse(*args, 2)
    print("huge", sum(fb.pixel(x, y) for y in range(12) for x in range(20)))
