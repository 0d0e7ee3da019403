# framebuf: hline, vline, rect, fill_rect and line in every format, clipped at every edge,
# against a pure-Python model of MicroPython's rasterisation.
import framebuf

FORMATS = [
    ("MONO_VLSB", framebuf.MONO_VLSB, 1),
    ("RGB565", framebuf.RGB565, 0xFFFF),
    ("GS4_HMSB", framebuf.GS4_HMSB, 0xF),
    ("MONO_HLSB", framebuf.MONO_HLSB, 1),
    ("MONO_HMSB", framebuf.MONO_HMSB, 1),
    ("GS2_HMSB", framebuf.GS2_HMSB, 3),
    ("GS8", framebuf.GS8, 0xFF),
]


def new_fb(fmt, w, h):
    n = {0: (h + 7) // 8 * w, 1: 2 * w * h, 2: (w + 1) // 2 * h, 3: (w + 7) // 8 * h,
         4: (w + 7) // 8 * h, 5: (w + 3) // 4 * h, 6: w * h}[fmt]
    return framebuf.FrameBuffer(bytearray(n), w, h, fmt)


class Model:
    # a plain grid with MicroPython's rules written out in Python
    def __init__(self, w, h, maxcol):
        self.w, self.h, self.maxcol = w, h, maxcol
        self.px = [[0] * w for _ in range(h)]

    def col(self, c):
        c &= 0xFFFFFFFF
        return (1 if c else 0) if self.maxcol == 1 else c & self.maxcol

    def set(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y][x] = self.col(c)

    def fill_rect(self, x, y, w, h, c):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.set(xx, yy, c)

    def rect(self, x, y, w, h, c, f=False):
        if f:
            self.fill_rect(x, y, w, h, c)
        else:
            # no size check: a zero or negative size still draws the two vertical edges
            self.fill_rect(x, y, w, 1, c)
            self.fill_rect(x, y + h - 1, w, 1, c)
            self.fill_rect(x, y, 1, h, c)
            self.fill_rect(x + w - 1, y, 1, h, c)

    def line(self, x1, y1, x2, y2, c):
        # Bresenham along the major axis (y only when strictly steeper), then the end point
        dx, sx = (x2 - x1, 1) if x2 - x1 > 0 else (x1 - x2, -1)
        dy, sy = (y2 - y1, 1) if y2 - y1 > 0 else (y1 - y2, -1)
        steep = dy > dx
        if steep:
            x1, y1, dx, dy, sx, sy = y1, x1, dy, dx, sy, sx
        e = 2 * dy - dx
        for i in range(dx):
            if steep:
                self.set(y1, x1, c)
            else:
                self.set(x1, y1, c)
            while e >= 0:
                y1 += sy
                e -= 2 * dx
            x1 += sx
            e += 2 * dy
        self.set(x2, y2, c)


def same(fb, m):
    return all(fb.pixel(x, y) == m.px[y][x] for y in range(m.h) for x in range(m.w))


def show(fb, w, h):
    for y in range(h):
        print("".join(".123456789abcdef"[fb.pixel(x, y) & 15] if fb.pixel(x, y) else "." for x in range(w)))
    print()


seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


# Pictures (GS8, 12x8): each primitive, and each clipped at the four edges and corners.
W, H = 12, 8
fb = new_fb(framebuf.GS8, W, H)
print("hline/vline")
fb.hline(1, 1, 5, 1)
fb.hline(-3, 3, 6, 2)
fb.hline(9, 5, 10, 3)
fb.vline(7, -2, 5, 4)
fb.vline(10, 6, 9, 5)
fb.hline(0, 7, 0, 6)      # zero width: nothing
fb.vline(0, 0, -3, 6)     # negative height: nothing
show(fb, W, H)
fb.fill(0)
print("rect")
fb.rect(1, 1, 4, 3, 1)
fb.rect(-2, 5, 5, 5, 2)
fb.rect(8, -1, 6, 4, 3)
fb.rect(6, 4, 3, 3, 4, True)
fb.rect(10, 6, 1, 1, 5)
fb.rect(0, 0, 0, 5, 6)
show(fb, W, H)
fb.fill(0)
print("fill_rect")
fb.fill_rect(-5, -5, 7, 7, 1)
fb.fill_rect(10, 6, 50, 50, 2)
fb.fill_rect(4, 3, 3, 2, 3)
fb.fill_rect(12, 0, 5, 5, 4)   # just off the right edge
fb.fill_rect(0, 8, 5, 5, 4)    # just off the bottom
fb.fill_rect(-3, 0, 3, 5, 4)   # ends just left of the grid
fb.fill_rect(0, -3, 5, 3, 4)   # ends just above
show(fb, W, H)
fb.fill(0)
print("lines, all octants from (5,4)")
for i, (x, y) in enumerate(((11, 5), (11, 7), (7, 7), (2, 7), (0, 6), (0, 2), (3, 0), (8, 0))):
    fb.line(5, 4, x, y, i + 1)
show(fb, W, H)
fb.fill(0)
print("lines through the edges")
fb.line(-4, -3, 15, 9, 1)
fb.line(13, -2, -2, 10, 2)
fb.line(3, -20, 4, 30, 3)
fb.line(-7, 6, 30, 4, 4)
fb.line(6, 6, 6, 6, 5)     # a point
show(fb, W, H)
fb.fill(0)

# Every format against the model: random shapes, all edges crossed.
for name, fmt, maxcol in FORMATS:
    w, h = 13, 11
    fb = new_fb(fmt, w, h)
    m = Model(w, h, maxcol)
    bad = 0
    for n in range(300):
        kind = rnd(5)
        c = rnd(maxcol + 1) if n % 7 else rnd(0x20000)
        x, y = rnd(w + 10) - 5, rnd(h + 10) - 5
        if kind == 0:
            a = rnd(w + 6) - 2
            fb.hline(x, y, a, c)
            m.fill_rect(x, y, a, 1, c)
        elif kind == 1:
            a = rnd(h + 6) - 2
            fb.vline(x, y, a, c)
            m.fill_rect(x, y, 1, a, c)
        elif kind == 2:
            a, b = rnd(w + 4) - 1, rnd(h + 4) - 1
            f = rnd(2) == 1
            fb.rect(x, y, a, b, c, f)
            m.rect(x, y, a, b, c, f)
        elif kind == 3:
            a, b = rnd(w + 4) - 1, rnd(h + 4) - 1
            fb.fill_rect(x, y, a, b, c)
            m.fill_rect(x, y, a, b, c)
        else:
            x2, y2 = rnd(w + 30) - 15, rnd(h + 30) - 15
            fb.line(x, y, x2, y2, c)
            m.line(x, y, x2, y2, c)
        if not same(fb, m):
            bad += 1
            m = Model(w, h, maxcol)
            for yy in range(h):
                for xx in range(w):
                    m.px[yy][xx] = fb.pixel(xx, yy)
    print(name, "model mismatches:", bad)

# Long lines that start and end far outside: same pixels as the model walking every step.
fb = new_fb(framebuf.GS8, 16, 12)
bad = 0
for n in range(60):
    x1, y1 = rnd(4001) - 2000, rnd(4001) - 2000
    x2, y2 = rnd(4001) - 2000, rnd(4001) - 2000
    if n % 3 == 0:
        x1, y1 = rnd(16), rnd(12)
    fb.fill(0)
    fb.line(x1, y1, x2, y2, 9)
    m = Model(16, 12, 0xFF)
    m.line(x1, y1, x2, y2, 9)
    if not same(fb, m):
        bad += 1
print("far lines mismatches:", bad)


# Huge coordinates: no overflow, no long walk; the visible part is what the exact walk gives.
def line_closed_form(m, x1, y1, x2, y2, c):
    # the same walk, solved: at step i the minor offset is (2*dminor*i + dmajor) // (2*dmajor)
    dx, sx = (x2 - x1, 1) if x2 - x1 > 0 else (x1 - x2, -1)
    dy, sy = (y2 - y1, 1) if y2 - y1 > 0 else (y1 - y2, -1)
    steep = dy > dx
    a1, sa, da, b1, sb, db = (y1, sy, dy, x1, sx, dx) if steep else (x1, sx, dx, y1, sy, dy)
    amax = m.h if steep else m.w
    for a in range(amax):
        i = (a - a1) * sa
        if 0 <= i < da:
            b = b1 + sb * ((2 * db * i + da) // (2 * da))
            if steep:
                m.set(b, a, c)
            else:
                m.set(a, b, c)
    m.set(x2, y2, c)


m = Model(16, 12, 0xFF)
line_closed_form(m, 0, 0, 37, 11, 1)
m2 = Model(16, 12, 0xFF)
m2.line(0, 0, 37, 11, 1)
print("closed form agrees with the walk:", m.px == m2.px)
for x1, y1, x2, y2 in (
    (-(10**9), -(10**9), 10**9, 10**9),
    (-(10**12), 5, 10**12, 6),
    (3, -(2**40), 4, 2**40),
    (-(2**39), 3 * 2**38, 2**39 + 7, -(2**38)),
    (10**15, 10**15, 10**15 + 5, 10**15),
    (-(2**60), 0, 2**60, 11),
):
    fb.fill(0)
    fb.line(x1, y1, x2, y2, 1)
    m = Model(16, 12, 0xFF)
    line_closed_form(m, x1, y1, x2, y2, 1)
    print("huge line", same(fb, m), sum(fb.pixel(x, y) for y in range(12) for x in range(16)))
fb.fill(0)
fb.hline(-(10**15), 3, 2 * 10**15, 1)
fb.hline(-(2**63), 5, 2**63 - 1, 1)      # ends at x = -2
fb.hline(-1, 6, 2**63 - 1, 1)             # x + w overflows 64 bits: no harm
fb.vline(4, -(2**62), 2**62 + 5, 2)
fb.vline(6, 2**63 - 1, 2**63 - 1, 2)
fb.rect(-(2**61), -(2**61), 2**62, 2**62, 3)
fb.rect(-(2**62), -(2**62), 2**62 + 14, 2**62 + 10, 5)   # right edge x=13, bottom y=9
fb.fill_rect(2**62, 0, 2**62, 5, 6)
fb.fill_rect(-(2**62), -(2**62), 2**62 + 2, 2**62 + 1, 7)
fb.rect(2**63 - 1, 2**63 - 1, 2**63 - 1, 2**63 - 1, 8)
fb.rect(-(2**63), 11, -(2**63), 1, 9)
show(fb, 16, 12)
fb.rect(-(2**61), -(2**61), 2**62, 2**62, 4, True)
print("filled", all(fb.pixel(x, y) == 4 for y in range(12) for x in range(16)))
try:
    fb.hline(0, 0, 2**64, 1)
except OverflowError:
    print("OverflowError")
