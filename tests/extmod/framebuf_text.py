# framebuf: text() with the 8x8 PetMe128 font: glyph bits, clipping per pixel at every edge,
# characters outside 32..127, default colour, every format, huge positions.
import framebuf


def new_fb(fmt, w, h):
    n = {0: (h + 7) // 8 * w, 1: 2 * w * h, 2: (w + 1) // 2 * h, 3: (w + 7) // 8 * h,
         4: (w + 7) // 8 * h, 5: (w + 3) // 4 * h, 6: w * h}[fmt]
    return framebuf.FrameBuffer(bytearray(n), w, h, fmt)


def show(fb, w, h):
    for y in range(h):
        print("".join("%x" % (fb.pixel(x, y) & 15) if fb.pixel(x, y) else "." for x in range(w)))
    print()


# A glyph in MONO_VLSB memory is its 8 column bytes (bit 0 = top row).
buf = bytearray(8 * 6)
fb = framebuf.FrameBuffer(buf, 48, 8, framebuf.MONO_VLSB)
fb.text("hello!", 0, 0)
for i in range(6):
    print("hello!"[i], buf[8 * i:8 * i + 8].hex())
fb.fill(0)
fb.text(" ~\x7f09", 0, 0)
for i in range(5):
    print(repr(" ~\x7f09"[i]), buf[8 * i:8 * i + 8].hex())

# Every printable character, drawn and read back as 96 glyph tables' worth of bytes.
buf = bytearray(8 * 96)
fb = framebuf.FrameBuffer(buf, 8 * 96, 8, framebuf.MONO_VLSB)
fb.text("".join(chr(c) for c in range(32, 128)), 0, 0)
h = 2166136261
for b in buf:
    h = ((h ^ b) * 16777619) & 0xFFFFFFFF
print("font fnv1a", hex(h), sum(buf))
for c in "AgQ@{":
    i = ord(c) - 32
    print(c, buf[8 * i:8 * i + 8].hex())

# Characters outside 32..127 (control characters, bytes of UTF-8 sequences) are glyph 127;
# text stops at a NUL, as MicroPython's C string does.
buf = bytearray(8 * 6)
fb = framebuf.FrameBuffer(buf, 48, 8, framebuf.MONO_VLSB)
fb.text("\x1f\x80", 0, 0)
print("controls", buf.hex())
fb.fill(0)
fb.text("é", 0, 0)      # two UTF-8 bytes: two checkerboards
print("utf-8", buf.hex())
fb.fill(0)
fb.text("ab\x00cd", 0, 0)
print("nul", buf.hex())
fb.fill(0)
fb.text(b"Hi", 0, 0)
print("bytes", buf.hex())
fb.fill(0)
fb.text("", 0, 0)
print("empty", buf.hex())

# Colour: default 1, or given; only the set bits of a glyph are drawn (transparent ground).
W, H = 20, 10
fb = new_fb(framebuf.GS4_HMSB, W, H)
fb.fill(2)
fb.text("Ab", 1, 1)
fb.text("|", 12, 1, 0xB)
show(fb, W, H)

# Clipping at every edge, pixel by pixel.
fb = new_fb(framebuf.GS8, 22, 12)
fb.text("XY", -5, -3, 1)
fb.text("Z", 18, -6, 2)
fb.text("W", 17, 7, 3)
fb.text("M", -6, 8, 4)
fb.text("o", 8, 4, 5)
show(fb, 22, 12)

# The same text in every format reads back the same pixels.
ref = None
for fmt in range(7):
    fb = new_fb(fmt, 30, 11)
    fb.text("Fb{", -3, 2, 1)
    pix = [fb.pixel(x, y) for y in range(11) for x in range(30)]
    if ref is None:
        ref = pix
    print("format", fmt, pix == ref, sum(pix))

# Far away and huge positions draw nothing (and take no time); long strings clip.
fb = new_fb(framebuf.GS8, 16, 8)
for x, y in ((16, 0), (-40, 0), (0, 8), (0, -8), (10**15, 0), (-(10**15), 0), (0, 2**63 - 1),
             (-(2**63), -(2**63)), (2**63 - 1, 2**63 - 1)):
    fb.text("Hello", x, y)
print("off grid", sum(bytes(fb)))
fb.text("Hello", -8, 0)     # 'H' is off the left edge, "el" shows
show(fb, 16, 8)
fb.fill(0)
fb.text("x" * 100000, -(8 * 99999) - 3, 0)   # only the last character's columns 3..7 show
show(fb, 16, 8)
fb.fill(0)
fb.text("ABCDEFGHIJKLMNOP" * 50, 4, 0)
show(fb, 16, 8)
