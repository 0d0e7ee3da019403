# framebuf: blit() between every pair of formats, with a transparent key and a palette,
# from FrameBuffers and from (buffer, w, h, format[, stride]) tuples and lists, clipped at
# every edge; bad sources.
import framebuf

MAXCOL = [1, 0xFFFF, 15, 1, 1, 3, 255]
NAMES = ["MONO_VLSB", "RGB565", "GS4_HMSB", "MONO_HLSB", "MONO_HMSB", "GS2_HMSB", "GS8"]


def nbytes(fmt, w, h):
    return {0: (h + 7) // 8 * w, 1: 2 * w * h, 2: (w + 1) // 2 * h, 3: (w + 7) // 8 * h,
            4: (w + 7) // 8 * h, 5: (w + 3) // 4 * h, 6: w * h}[fmt]


def new_fb(fmt, w, h):
    return framebuf.FrameBuffer(bytearray(nbytes(fmt, w, h)), w, h, fmt)


def show(fb, w, h):
    for y in range(h):
        print(" ".join("%x" % fb.pixel(x, y) for x in range(w)))
    print()


def model_blit(dst, dw, dh, dmax, src, sw, sh, x, y, key=-1, pal=None):
    # the grid dst after the blit, as lists: source pixel -> palette -> skip if key -> store
    out = [[dst.pixel(i, j) for i in range(dw)] for j in range(dh)]
    for sy in range(sh):
        for sx in range(sw):
            dx, dy = x + sx, y + sy
            if 0 <= dx < dw and 0 <= dy < dh:
                c = src.pixel(sx, sy)
                if pal is not None:
                    c = pal.pixel(c, 0)
                if c != key & 0xFFFFFFFF:
                    out[dy][dx] = (1 if c else 0) if dmax == 1 else c & dmax
    return out


def grid(fb, w, h):
    return [[fb.pixel(i, j) for i in range(w)] for j in range(h)]


# A small sprite blitted at every position around a grid (all edges and corners).
dst = new_fb(framebuf.GS8, 6, 4)
spr = new_fb(framebuf.GS8, 3, 2)
for i, c in enumerate((1, 2, 3, 4, 5, 6)):
    spr.pixel(i % 3, i // 3, c)
for x, y in ((-2, -1), (4, -1), (-2, 3), (5, 3), (1, 1), (-3, 0), (6, 0), (0, -2), (0, 4)):
    dst.fill(0)
    dst.blit(spr, x, y)
    print("at", (x, y))
    show(dst, 6, 4)

# Key: pixels of that colour are not drawn; with a palette the key applies to the palette's
# colour. -1 (the default) matches nothing.
dst.fill(9)
spr.fill(0)
spr.pixel(1, 0, 7)
spr.pixel(2, 1, 8)
dst.blit(spr, 1, 1, 0)
show(dst, 6, 4)
dst.fill(9)
dst.blit(spr, 1, 1, 7)
show(dst, 6, 4)
dst.fill(9)
dst.blit(spr, 1, 1, -1)
show(dst, 6, 4)

# Mono icon to a colour grid through a 2-entry palette (background, foreground).
icon = new_fb(framebuf.MONO_HLSB, 8, 8)
icon.text("k", 0, 0)
pal = new_fb(framebuf.RGB565, 2, 1)
pal.pixel(0, 0, 0x001F)
pal.pixel(1, 0, 0xF800)
colour = new_fb(framebuf.RGB565, 8, 8)
colour.blit(icon, 0, 0, -1, pal)
print(set(colour.pixel(x, y) for y in range(8) for x in range(8)) == {0x001F, 0xF800})
colour.fill(0x1234)
colour.blit(icon, 0, 0, 0x001F, pal)    # background transparent
for y in range(8):
    print("".join("#" if colour.pixel(x, y) == 0xF800 else "-" if colour.pixel(x, y) == 0x1234 else "?" for x in range(8)))

# Every source format to every destination format, with and without palette and key,
# against the model.
seed = 99


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


bad = 0
count = 0
for sf in range(7):
    src = new_fb(sf, 5, 4)
    for j in range(4):
        for i in range(5):
            src.pixel(i, j, rnd(MAXCOL[sf] + 1))
    for df in range(7):
        for mode in range(3):
            dst = new_fb(df, 7, 6)
            for j in range(6):
                for i in range(7):
                    dst.pixel(i, j, rnd(MAXCOL[df] + 1))
            x, y = rnd(11) - 4, rnd(10) - 4
            key, pal = -1, None
            if mode >= 1:
                # a palette as wide as the source's colours, in the destination's format
                n = MAXCOL[sf] + 1 if sf != 1 else 16
                pal = new_fb(df, n, 1)
                for i in range(n):
                    pal.pixel(i, 0, rnd(MAXCOL[df] + 1))
                if sf == 1:
                    # RGB565 colours index the palette: keep them within its width
                    for j in range(4):
                        for i in range(5):
                            src.pixel(i, j, src.pixel(i, j) & 15)
            if mode == 2:
                key = pal.pixel(rnd(2), 0)
            expect = model_blit(dst, 7, 6, MAXCOL[df], src, 5, 4, x, y, key, pal)
            if pal is None:
                dst.blit(src, x, y, key)
            else:
                dst.blit(src, x, y, key, pal)
            count += 1
            if grid(dst, 7, 6) != expect:
                bad += 1
                print("mismatch", NAMES[sf], "->", NAMES[df], mode)
print(count, "blits, model mismatches:", bad)

# Sources given as tuples or lists, read-only buffers, a stride, and a palette tuple.
dst = new_fb(framebuf.GS8, 5, 3)
dst.blit((b"\x01\x02\x03\x04", 2, 2, framebuf.GS8), 1, 0)
show(dst, 5, 3)
dst.fill(0)
dst.blit([b"\x05\x06\xee\x07\x08\xee", 2, 2, framebuf.GS8, 3], 0, 1)
show(dst, 5, 3)
dst.fill(0)
dst.blit((b"\x80\x40", 2, 2, framebuf.MONO_HLSB), 0, 0, -1, (b"\x11\x22", 2, 1, framebuf.GS8))
show(dst, 5, 3)
dst.fill(0)
dst.blit((memoryview(b"\xa5"), 8, 1, framebuf.MONO_HMSB), -2, 2)
show(dst, 5, 3)

# A palette narrower than the source's colours reads on along its memory, as MicroPython's
# does (here into a second row), and past the memory the colour is 0.
pal = framebuf.FrameBuffer(bytearray(b"\x10\x20\x30\x40"), 2, 2, framebuf.GS8)
src = framebuf.FrameBuffer(bytearray(b"\x00\x01\x02\x03\x04\x05"), 6, 1, framebuf.GS8)
dst = new_fb(framebuf.GS8, 6, 1)
dst.fill(0xEE)
dst.blit(src, 0, 0, -1, pal)
print([hex(dst.pixel(x, 0)) for x in range(6)])

# Blitting onto itself and huge positions.
fb = new_fb(framebuf.GS8, 4, 4)
for i in range(16):
    fb.pixel(i % 4, i // 4, i)
fb.blit(fb, 1, 1)
show(fb, 4, 4)
for x, y in ((10**12, 0), (0, -(10**12)), (2**63 - 1, 2**63 - 1), (-(2**63), -(2**63)), (4, 0), (-4, 0)):
    fb.blit(fb, x, y)
show(fb, 4, 4)

# Bad sources.
for bad_src in (None, 5, "abc", object(), (b"\x00", 1, 1), (b"\x00", 1, 1, 6, 1, 0), [],
                (b"", 1, 1, framebuf.GS8), (b"\x00" * 8, 0, 1, framebuf.GS8), (b"\x00" * 8, 2, 2, 99),
                (b"\x00" * 8, 4, 2, framebuf.GS8, 3), (12, 1, 1, framebuf.GS8), ("x", 1, 1, 1.5)):
    try:
        fb.blit(bad_src, 0, 0)
        print("accepted", repr(bad_src))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for bad_pal in (5, "x", (b"", 1, 1, framebuf.GS8)):
    try:
        fb.blit(fb, 0, 0, -1, bad_pal)
        print("accepted palette", bad_pal)
    except (TypeError, ValueError) as e:
        print("palette", type(e).__name__)
fb.blit(fb, 0, 0, -1, None)   # None: no palette
try:
    fb.blit(fb, 0, 0, 1.5)
except TypeError:
    print("TypeError key")
try:
    fb.blit(fb, 0)
except TypeError:
    print("TypeError arguments")
