# framebuf: every pixel format's memory layout, pixel get/set, fill, colour masking, strides
# and the buffer sizes the constructor demands.
import framebuf
from array import array

FORMATS = [
    ("MONO_VLSB", framebuf.MONO_VLSB),
    ("RGB565", framebuf.RGB565),
    ("GS4_HMSB", framebuf.GS4_HMSB),
    ("MONO_HLSB", framebuf.MONO_HLSB),
    ("MONO_HMSB", framebuf.MONO_HMSB),
    ("GS2_HMSB", framebuf.GS2_HMSB),
    ("GS8", framebuf.GS8),
]
# the largest colour each format stores
MAXCOL = {0: 1, 1: 0xFFFF, 2: 0xF, 3: 1, 4: 1, 5: 3, 6: 0xFF}


def nbytes(fmt, w, h, stride=None):
    # bytes needed, from the layout rules (stride rounded per format)
    s = w if stride is None else stride
    if fmt == framebuf.MONO_VLSB:
        return (h + 7) // 8 * s
    if fmt in (framebuf.MONO_HLSB, framebuf.MONO_HMSB):
        return (s + 7) // 8 * h
    if fmt == framebuf.GS2_HMSB:
        return (s + 3) // 4 * h
    if fmt == framebuf.GS4_HMSB:
        return (s + 1) // 2 * h
    if fmt == framebuf.GS8:
        return s * h
    return 2 * s * h


def grid(fb, w, h):
    for y in range(h):
        print(" ".join("%x" % fb.pixel(x, y) for x in range(w)))


print("constants", framebuf.MONO_VLSB, framebuf.MVLSB, framebuf.RGB565, framebuf.GS4_HMSB,
      framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.GS2_HMSB, framebuf.GS8)
print(type(framebuf.FrameBuffer).__name__, framebuf.FrameBuffer.__name__)

# One pixel at a time: where each lands in memory.
for name, fmt in FORMATS:
    w, h = 10, 9
    buf = bytearray(nbytes(fmt, w, h))
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    print(name, len(buf))
    for x, y in ((0, 0), (1, 0), (7, 0), (8, 0), (9, 0), (0, 1), (3, 7), (3, 8), (9, 8)):
        for i in range(len(buf)):
            buf[i] = 0
        fb.pixel(x, y, MAXCOL[fmt])
        print(" ", (x, y), [(i, hex(b)) for i, b in enumerate(buf) if b])
    # get reads back what set wrote, everywhere
    fb.fill(0)
    ok = True
    n = 0
    for y in range(h):
        for x in range(w):
            c = (x * 7 + y * 3 + 1) & MAXCOL[fmt]
            fb.pixel(x, y, c)
    for y in range(h):
        for x in range(w):
            c = (x * 7 + y * 3 + 1) & MAXCOL[fmt]
            if fb.pixel(x, y) != c:
                ok = False
            n += 1
    print("  roundtrip", n, ok)

# Colours are cut to the format: mono stores (c != 0), the others the low bits.
for name, fmt in FORMATS:
    fb = framebuf.FrameBuffer(bytearray(nbytes(fmt, 4, 1)), 4, 1, fmt)
    out = []
    for c in (0, 1, 2, 3, 0x12, 0x123, 0x12345, -1, 0x1FFFFFFFF, 0x100000000):
        fb.pixel(0, 0, c)
        out.append(fb.pixel(0, 0))
    print(name, "masked", out)

# fill touches every pixel of the grid and no other bit (widths not a multiple of the
# pixels per byte leave the padding alone; so does a stride wider than the width).
for name, fmt in FORMATS:
    w, h, stride = 5, 3, 13
    buf = bytearray(nbytes(fmt, w, h, stride))
    fb = framebuf.FrameBuffer(buf, w, h, fmt, stride)
    fb.fill(MAXCOL[fmt])
    print(name, "fill", buf.hex())
    fb.fill(0)
    print(name, "clear", buf.hex())
    for i in range(len(buf)):
        buf[i] = 0xFF
    fb.fill(0)
    print(name, "clear in 0xff", buf.hex())
    fb.fill(2)
    grid(fb, w, h)

# Height not a multiple of 8 in MONO_VLSB: the bits below the last row stay as they were.
buf = bytearray(4)
fb = framebuf.FrameBuffer(buf, 2, 11, framebuf.MONO_VLSB)
fb.fill(1)
print("vlsb h=11", buf.hex())

# Out-of-range pixels: get returns None, set is ignored.
for name, fmt in FORMATS:
    buf = bytearray(nbytes(fmt, 3, 2))
    fb = framebuf.FrameBuffer(buf, 3, 2, fmt)
    got = [fb.pixel(x, y) for x, y in ((-1, 0), (0, -1), (3, 0), (0, 2), (3, 2), (-100, -100), (10**12, 0), (0, -(10**15)))]
    for x, y in ((-1, 0), (0, -1), (3, 0), (0, 2), (-5, 1), (1, 99), (2**40, 2**40), (-(2**62), 0)):
        fb.pixel(x, y, 1)
    print(name, got, buf.hex())

# Stride rounding: MONO_H* to 8, GS2 to 4, GS4 to 2; the buffer must cover the rounded stride.
for name, fmt in FORMATS:
    for w, stride in ((3, 3), (3, 5), (9, 9), (1, 1), (6, 7)):
        need = nbytes(fmt, w, 3, stride)
        framebuf.FrameBuffer(bytearray(need), w, 3, fmt, stride)
        try:
            framebuf.FrameBuffer(bytearray(need - 1), w, 3, fmt, stride)
            res = "accepted"
        except ValueError as e:
            res = "ValueError" + repr(e.args)
        print(name, "w=%d stride=%d needs %d; one less: %s" % (w, stride, need, res))

# A stride wider than the width: rows are stride pixels apart.
buf = bytearray(3 * 6)
fb = framebuf.FrameBuffer(buf, 4, 3, framebuf.GS8, 6)
for y in range(3):
    for x in range(4):
        fb.pixel(x, y, 0x10 * y + x + 1)
print("GS8 stride 6", buf.hex())
buf = bytearray(2 * 3)
fb = framebuf.FrameBuffer(buf, 3, 2, framebuf.MONO_HLSB, 9)   # stride rounds to 16
fb.pixel(0, 1, 1)
fb.pixel(2, 1, 1)
print("HLSB stride 9", buf.hex())

# Other writable buffers: array, memoryview (of part of a buffer), another FrameBuffer.
a = array("H", [0, 0, 0, 0])
fb = framebuf.FrameBuffer(a, 2, 2, framebuf.RGB565)
fb.pixel(1, 1, 0xF800)
fb.pixel(0, 0, 0x1234)
print("array H", list(a), bytes(a).hex())
base = bytearray(8)
fb = framebuf.FrameBuffer(memoryview(base)[2:6], 4, 1, framebuf.GS8)
fb.fill(0xAB)
print("memoryview", base.hex())
outer = framebuf.FrameBuffer(bytearray(4), 4, 1, framebuf.GS8)
inner = framebuf.FrameBuffer(outer, 8, 1, framebuf.GS4_HMSB)
inner.pixel(0, 0, 0xC)
inner.pixel(7, 0, 0x5)
print("fb over fb", outer.pixel(0, 0), outer.pixel(3, 0), bytes(outer).hex())

# The FrameBuffer exports the memory it draws into.
buf = bytearray(3)
fb = framebuf.FrameBuffer(buf, 3, 1, framebuf.GS8)
fb.fill(7)
print(bytes(fb), bytearray(fb), len(memoryview(fb)), memoryview(fb)[1])
memoryview(fb)[1] = 9
print(buf, fb.pixel(1, 0))

# FrameBuffer1 is MONO_VLSB with an optional stride.
buf = bytearray(6)
fb = framebuf.FrameBuffer1(buf, 3, 8)
fb.pixel(1, 7, 1)
print("FrameBuffer1", buf.hex(), type(fb).__name__)
fb = framebuf.FrameBuffer1(buf, 3, 8, 6)
fb.fill(0)
fb.pixel(2, 1, 1)
print("FrameBuffer1 stride", buf.hex())

# The widest grid: a stride of 0xffff rounds up to 0x10000 pixels (8192 bytes a mono row).
buf = bytearray(8192 * 2)
fb = framebuf.FrameBuffer(buf, 0xFFFF, 2, framebuf.MONO_HLSB)
fb.pixel(0, 1, 1)
fb.pixel(0xFFFE, 1, 1)
fb.hline(0, 0, 0x10000, 1)
print("widest", buf[8192], buf[8192 + 8191], buf[8191], sum(buf[:8192]) == 255 * 8191 + 254)
try:
    framebuf.FrameBuffer(bytearray(8192 * 2 - 1), 0xFFFF, 2, framebuf.MONO_HLSB)
except ValueError:
    print("widest, one byte short: ValueError")
fb = framebuf.FrameBuffer(bytearray(0x8000), 0xFFFF, 2, framebuf.GS2_HMSB, 0xFFFF)
fb.fill(3)
print("widest GS2", fb.pixel(0xFFFE, 1), fb.pixel(0, 0))
