# framebuf: bad arguments raise TypeError/ValueError (never crash); a buffer that shrinks
# after the FrameBuffer was made is detected.
import framebuf
from array import array


def check(label, f, *args):
    try:
        f(*args)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__)


FB = framebuf.FrameBuffer
GS8 = framebuf.GS8

# constructor
check("no args", FB)
check("3 args", FB, bytearray(4), 2, 2)
check("6 args", FB, bytearray(4), 2, 2, GS8, 2, 0)
check("keyword", lambda: FB(bytearray(4), 2, 2, format=GS8))
check("int buffer", FB, 5, 2, 2, GS8)
check("str buffer", FB, "abcd", 2, 2, GS8)
check("bytes buffer (read-only)", FB, b"abcd", 2, 2, GS8)
check("None buffer", FB, None, 2, 2, GS8)
check("float width", FB, bytearray(4), 2.0, 2, GS8)
check("str height", FB, bytearray(4), 2, "2", GS8)
check("None format", FB, bytearray(4), 2, 2, None)
check("huge width", FB, bytearray(4), 2**70, 2, GS8)
for w, h in ((0, 1), (1, 0), (-1, 1), (1, -5), (0x10000, 1), (1, 0x10000), (0xFFFF, 1)):
    check("size %d x %d" % (w, h), FB, bytearray(0xFFFF), w, h, GS8)
for fmt in (-1, 7, 8, 100):
    try:
        FB(bytearray(16), 2, 2, fmt)
    except ValueError as e:
        print("format", fmt, "ValueError", e.args)
check("stride < width", FB, bytearray(16), 4, 2, GS8, 3)
check("stride = width", FB, bytearray(16), 4, 2, GS8, 4)
check("stride > 0xffff", FB, bytearray(0x20000), 1, 1, GS8, 0x10000)
check("stride negative", FB, bytearray(16), 4, 2, GS8, -4)
check("too small", FB, bytearray(3), 2, 2, GS8)
check("too small for stride", FB, bytearray(4), 2, 2, GS8, 3)
check("empty bytearray", FB, bytearray(0), 1, 1, framebuf.MONO_VLSB)
check("array too small", FB, array("H", [0, 0, 0]), 2, 2, framebuf.RGB565)
check("FrameBuffer1 2 args", framebuf.FrameBuffer1, bytearray(8), 8)
check("FrameBuffer1 5 args", framebuf.FrameBuffer1, bytearray(8), 8, 8, 8, 8)
check("FrameBuffer1 too small", framebuf.FrameBuffer1, bytearray(7), 8, 8)
check("FrameBuffer1 ok", framebuf.FrameBuffer1, bytearray(8), 8, 8)

# methods: argument counts and types
fb = FB(bytearray(16), 4, 4, GS8)
check("fill()", fb.fill)
check("fill(1, 2)", fb.fill, 1, 2)
check("fill(None)", fb.fill, None)
check("fill(1.5)", fb.fill, 1.5)
check("fill(2**64)", fb.fill, 2**64)
check("pixel(0)", fb.pixel, 0)
check("pixel(0, 0, 1, 2)", fb.pixel, 0, 0, 1, 2)
check("pixel('a', 0)", fb.pixel, "a", 0)
check("pixel(0, 2**64)", fb.pixel, 0, 2**64)
check("pixel(0, 0, None)", fb.pixel, 0, 0, None)
check("pixel(True, False, True)", fb.pixel, True, False, True)
check("hline 3 args", fb.hline, 0, 0, 1)
check("hline 5 args", fb.hline, 0, 0, 1, 1, 1)
check("hline float", fb.hline, 0, 0, 1.0, 1)
check("vline 3 args", fb.vline, 0, 0, 1)
check("vline str", fb.vline, 0, "0", 1, 1)
check("rect 4 args", fb.rect, 0, 0, 1, 1)
check("rect 7 args", fb.rect, 0, 0, 1, 1, 1, True, 0)
check("rect fill 'yes'", fb.rect, 0, 0, 1, 1, 1, "yes")
check("fill_rect 4 args", fb.fill_rect, 0, 0, 1, 1)
check("fill_rect 6 args", fb.fill_rect, 0, 0, 1, 1, 1, True)
check("line 4 args", fb.line, 0, 0, 1, 1)
check("line None", fb.line, 0, 0, 1, None, 1)
check("line keyword", lambda: fb.line(0, 0, 1, 1, c=1))
check("ellipse 4 args", fb.ellipse, 0, 0, 1, 1)
check("ellipse 8 args", fb.ellipse, 0, 0, 1, 1, 1, True, 15, 0)
check("ellipse mask float", fb.ellipse, 0, 0, 1, 1, 1, True, 1.0)
check("ellipse radius str", fb.ellipse, 0, 0, "1", 1, 1)
check("poly 3 args", fb.poly, 0, 0, array("h"))
check("poly 7 args", fb.poly, 0, 0, array("h"), 1, True, 0)
check("poly int coords", fb.poly, 0, 0, 5, 1)
check("poly None coords", fb.poly, 0, 0, None, 1)
check("poly tuple coords", fb.poly, 0, 0, (0, 0, 1, 1), 1)
check("poly double coords", fb.poly, 0, 0, array("d", [0, 0, 1, 1]), 1)
check("poly empty float coords", fb.poly, 0, 0, array("f"), 1)
check("text 2 args", fb.text, "a", 0)
check("text 6 args", fb.text, "a", 0, 0, 1, 0)
check("text int", fb.text, 5, 0, 0)
check("text None", fb.text, None, 0, 0)
check("text bytearray", fb.text, bytearray(b"a"), 0, 0)
check("text float x", fb.text, "a", 0.5, 0)
check("scroll 1 arg", fb.scroll, 1)
check("scroll float", fb.scroll, 1.0, 0)
check("scroll 2**64", fb.scroll, 2**64, 0)
check("blit 2 args", fb.blit, fb, 0)
check("blit 7 args", fb.blit, fb, 0, 0, -1, None, 0)
check("unknown method", lambda: fb.circle(0, 0, 1, 1))
check("set attribute", lambda: setattr(fb, "width", 5))

# Integer-like arguments are accepted (bool is an int).
fb.fill(0)
fb.pixel(True, True, True)
fb.hline(False, 0, True + True, 7)
print(bytes(fb).hex())

# The memory shrinks under the FrameBuffer: every method refuses instead of writing past it.
buf = bytearray(16)
fb = FB(buf, 4, 4, GS8)
fb.fill(1)
del buf[8:]
for name, f, args in (("fill", fb.fill, (1,)), ("pixel get", fb.pixel, (0, 0)), ("pixel set", fb.pixel, (3, 3, 1)),
                      ("hline", fb.hline, (0, 3, 4, 1)), ("rect", fb.rect, (0, 0, 4, 4, 1)),
                      ("line", fb.line, (0, 0, 3, 3, 1)), ("ellipse", fb.ellipse, (2, 2, 2, 2, 1)),
                      ("poly", fb.poly, (0, 0, array("h", [0, 0, 3, 3]), 1)), ("text", fb.text, ("a", 0, 0)),
                      ("scroll", fb.scroll, (1, 1)), ("blit", fb.blit, (fb, 0, 0))):
    check("shrunk " + name, f, *args)
other = FB(bytearray(16), 4, 4, GS8)
check("shrunk source", other.blit, fb, 0, 0)
check("shrunk palette", other.blit, other, 0, 0, -1, fb)
print("bytes of shrunk", bytes(fb))
buf.extend(bytes(8))
fb.fill(2)
print("grown back", buf.hex())
mv = memoryview(bytearray(4))
fb = FB(mv, 2, 2, GS8)
fb.fill(3)
print(bytes(mv))

# Argument conversions that run Python code (__index__, __bool__) and shrink the memory
# first: the method sees the shrunk buffer and refuses, instead of drawing into freed memory.
buf = bytearray(64)
fb = FB(buf, 8, 8, GS8)


class Shrinker:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        del buf[:]
        return self.v

    def __bool__(self):
        del buf[:]
        return True


def refill():
    buf.extend(bytes(64 - len(buf)))


for name, call in (("fill", lambda: fb.fill(Shrinker(1))),
                   ("pixel", lambda: fb.pixel(0, 0, Shrinker(1))),
                   ("hline", lambda: fb.hline(0, 0, 8, Shrinker(1))),
                   ("vline", lambda: fb.vline(0, 0, Shrinker(8), 1)),
                   ("fill_rect", lambda: fb.fill_rect(0, 0, 8, 8, Shrinker(1))),
                   ("rect", lambda: fb.rect(0, 0, 8, 8, 1, Shrinker(0))),
                   ("line", lambda: fb.line(0, 0, 7, Shrinker(7), 1)),
                   ("ellipse", lambda: fb.ellipse(4, 4, 3, 3, 1, Shrinker(0))),
                   ("poly", lambda: fb.poly(0, 0, array("h", [0, 0, 7, 7, 0, 7]), 1, Shrinker(0))),
                   ("text", lambda: fb.text("A", 0, 0, Shrinker(1))),
                   ("scroll", lambda: fb.scroll(Shrinker(1), 0)),
                   ("blit key", lambda: fb.blit((bytes(4), 2, 2, GS8), 0, 0, Shrinker(5))),
                   ("blit source", lambda: fb.blit((buf, Shrinker(2), 2, GS8), 0, 0))):
    refill()
    check("shrunk by argument " + name, call)
print(len(buf))
