# framebuf: poly outline and scanline fill (concave, self-intersecting, degenerate, clipped,
# huge), coordinate arrays of every integer type, against a pure-Python model.
import framebuf
from array import array


def new_fb(fmt, w, h):
    n = {0: (h + 7) // 8 * w, 1: 2 * w * h, 2: (w + 1) // 2 * h, 3: (w + 7) // 8 * h,
         4: (w + 7) // 8 * h, 5: (w + 3) // 4 * h, 6: w * h}[fmt]
    return framebuf.FrameBuffer(bytearray(n), w, h, fmt)


def show(fb, w, h):
    for y in range(h):
        print("".join("%x" % (fb.pixel(x, y) & 15) if fb.pixel(x, y) else "." for x in range(w)))
    print()


def tdiv(a, b):
    # C's integer division (truncates toward zero)
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class Model:
    def __init__(self, w, h, maxcol):
        self.w, self.h, self.maxcol = w, h, maxcol
        self.px = [[0] * w for _ in range(h)]

    def set(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y][x] = (1 if c else 0) if self.maxcol == 1 else c & self.maxcol

    def line(self, x1, y1, x2, y2, c):
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

    def poly(self, x, y, coords, c, fill=False):
        n = len(coords) // 2
        if n == 0:
            return
        v = [(coords[2 * i], coords[2 * i + 1]) for i in range(n)]
        # edges walked v0 -> v[n-1] -> ... -> v1 -> v0
        edges = []
        p1 = v[0]
        for i in range(n - 1, -1, -1):
            edges.append((p1, v[i]))
            p1 = v[i]
        if not fill:
            for (ax, ay), (bx, by) in edges:
                self.line(x + ax, y + ay, x + bx, y + by, c)
            return
        ys = [p[1] for p in v]
        # (rows off the grid would only draw off the grid: skip them)
        for row in range(max(min(ys), -y), min(max(ys), self.h - 1 - y) + 1):
            nodes = []
            for (px1, py1), (px2, py2) in edges:
                if py1 != py2 and ((py1 > row and py2 <= row) or (py1 <= row and py2 > row)):
                    nodes.append(tdiv(32 * px1 + tdiv(32 * (px2 - px1) * (row - py1), py2 - py1) + 16, 32))
                elif row == max(py1, py2):
                    # the bottom vertex of an edge the crossing rule skipped
                    if py1 < py2:
                        self.set(x + px2, y + py2, c)
                    elif py2 < py1:
                        self.set(x + px1, y + py1, c)
                    else:
                        self.line(x + px1, y + py1, x + px2, y + py2, c)
            nodes.sort()
            for i in range(0, len(nodes) - 1, 2):
                for xx in range(nodes[i], nodes[i + 1] + 1):
                    self.set(x + xx, y + row, c)


def same(fb, m):
    return all(fb.pixel(x, y) == m.px[y][x] for y in range(m.h) for x in range(m.w))


W, H = 30, 22
fb = new_fb(framebuf.GS8, W, H)
arrow = array("h", [0, 4, 8, 4, 8, 0, 14, 7, 8, 14, 8, 10, 0, 10])
zigzag = array("h", [0, 0, 4, 8, 8, 0, 12, 8, 12, 12, 0, 12])
print("arrow and zigzag outlines")
fb.poly(1, 1, arrow, 1)
fb.poly(16, 6, zigzag, 2)
show(fb, W, H)
fb.fill(0)
print("filled, then outlined in another colour")
fb.poly(1, 1, arrow, 3, True)
fb.poly(1, 1, arrow, 1)
fb.poly(16, 6, zigzag, 4, True)
fb.poly(16, 6, zigzag, 2)
show(fb, W, H)
fb.fill(0)
print("winding does not matter: reversed vertices, fill only")
rev = array("h")
for i in range(len(arrow) // 2 - 1, -1, -1):
    rev.append(arrow[2 * i])
    rev.append(arrow[2 * i + 1])
fb.poly(1, 1, arrow, 5, True)
fb2 = new_fb(framebuf.GS8, W, H)
fb2.poly(1, 1, rev, 5, True)
print(bytes(fb) == bytes(fb2))
show(fb, W, H)
fb.fill(0)
print("self-intersecting: bow tie and pentagram, fill then outline")
fb.poly(0, 1, array("h", [0, 0, 10, 12, 10, 0, 0, 12]), 6, True)
fb.poly(0, 1, array("h", [0, 0, 10, 12, 10, 0, 0, 12]), 1)
fb.poly(12, 0, array("h", [8, 0, 3, 20, 16, 6, 0, 6, 13, 20]), 7, True)
fb.poly(12, 0, array("h", [8, 0, 3, 20, 16, 6, 0, 6, 13, 20]), 2)
show(fb, W, H)
fb.fill(0)
print("degenerate: empty, one point, two points, odd length, flat")
fb.poly(0, 0, array("h"), 1)
fb.poly(0, 0, array("h"), 1, True)
fb.poly(2, 2, array("h", [0, 0]), 2)
fb.poly(4, 2, array("h", [0, 0]), 3, True)
fb.poly(0, 0, array("h", [8, 1, 14, 6]), 4)
fb.poly(0, 0, array("h", [16, 1, 22, 6]), 5, True)
fb.poly(0, 0, array("h", [25, 3, 28]), 6)            # the dangling 28 is ignored
fb.poly(0, 0, array("h", [1, 9, 12, 9, 20, 9]), 7, True)   # all on one row
fb.poly(0, 0, array("h", [1, 12, 1, 20, 1, 15]), 8, True)  # all on one column
show(fb, W, H)
fb.fill(0)
print("clipped at every edge (fill), offsets negative and past the grid")
fb.poly(-6, -5, arrow, 1, True)
fb.poly(22, -3, zigzag, 2, True)
fb.poly(-8, 15, zigzag, 3, True)
fb.poly(24, 12, arrow, 4, True)
fb.poly(40, 40, arrow, 5, True)
fb.poly(-40, 5, arrow, 5, True)
show(fb, W, H)
fb.fill(0)

print("coordinate types")
tri = [0, 0, 9, 2, 3, 7]
results = []
for tc in "bBhHiIlLqQ":
    fb.fill(0)
    fb.poly(1, 1, array(tc, tri), 1, True)
    results.append(bytes(fb))
fb.fill(0)
fb.poly(1, 1, bytes(tri), 1, True)
results.append(bytes(fb))
fb.fill(0)
fb.poly(1, 1, bytearray(tri), 1, True)
results.append(bytes(fb))
print(all(r == results[0] for r in results), len(results))
fb.fill(0)
fb.poly(3, 3, array("b", [-3, -3, 4, -3, 4, 4]), 1, True)
print("signed bytes", [x for x in range(8) if fb.pixel(x, 0)], [x for x in range(8) if fb.pixel(x, 6)])
try:
    fb.poly(0, 0, array("f", [0, 0, 1, 1]), 1)
except TypeError:
    print("TypeError for float coordinates")
try:
    fb.poly(0, 0, [0, 0, 5, 5], 1)
except TypeError:
    print("TypeError for a list")

# Every format against the model: random polygons of 1..9 vertices, half of them filled.
seed = 4242


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


for name, fmt, maxcol in (("MONO_VLSB", 0, 1), ("RGB565", 1, 0xFFFF), ("GS4_HMSB", 2, 15),
                          ("MONO_HLSB", 3, 1), ("MONO_HMSB", 4, 1), ("GS2_HMSB", 5, 3), ("GS8", 6, 255)):
    w, h = 21, 15
    fb = new_fb(fmt, w, h)
    bad = 0
    for n in range(40):
        fb.fill(0)
        m = Model(w, h, maxcol)
        coords = array("h", [rnd(34) - 8 if i % 2 == 0 else rnd(26) - 6 for i in range(2 * (1 + rnd(9)))])
        x, y = rnd(9) - 4, rnd(9) - 4
        c = rnd(maxcol + 1) | 1
        fill = n % 2 == 0
        fb.poly(x, y, coords, c, fill)
        m.poly(x, y, coords, c, fill)
        if not same(fb, m):
            bad += 1
    print(name, "model mismatches:", bad)

# Huge coordinates: no overflow, no walk over rows off the grid.
fb = new_fb(framebuf.GS8, 16, 10)
big = array("q", [-(10**12), -(10**12), 10**12, -(10**12) + 5, 10**12 + 3, 10**12, -(10**12), 10**12])
fb.poly(0, 0, big, 1, True)
print("huge fill", sum(fb.pixel(x, y) for y in range(10) for x in range(16)))
fb.fill(0)
fb.poly(0, 0, array("q", [-(2**62), 3, 2**62, 4, 2**62, 5]), 1)
fb.poly(2**62, 2**62, array("q", [-(2**62), -(2**62), 5, 5, 0, 9]), 2, True)
fb.poly(-(2**63), 2**63 - 1, array("q", [2**63 - 1, -(2**63), 0, 0]), 3, True)
print("huge outline", sum(fb.pixel(x, y) for y in range(10) for x in range(16)))
tall = array("h", [0, -32768, 5, 32767, 10, -32768])
fb.fill(0)
fb.poly(3, 0, tall, 1, True)
m = Model(16, 10, 255)
m.poly(3, 0, list(tall), 1, True)
print("tall triangle", same(fb, m))
show(fb, 16, 10)
