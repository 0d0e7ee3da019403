# framebuf: subclassing FrameBuffer from Python, as display drivers do (ssd1306: the
# subclass's __init__ takes its own arguments and calls super().__init__(buffer, ...)).
import framebuf


class Display(framebuf.FrameBuffer):
    def __init__(self, width, height, bus, addr=0x3C):
        self.width = width
        self.height = height
        self.bus = bus
        self.addr = addr
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, self.width, self.height, framebuf.MONO_VLSB)
        self.shown = 0

    def show(self):
        self.shown += 1
        return self.bus, self.addr, len(self.buffer)

    def hline(self, x, y, w, c):
        # an override that still reaches the built-in method
        super().hline(x, y, w, c)
        return "hline overridden"


d = Display(32, 16, "i2c")
print(isinstance(d, framebuf.FrameBuffer), type(d).__name__, d.width, d.height, d.pages)
d.fill(0)
d.pixel(0, 0, 1)
d.text("Hi", 2, 4)
d.rect(20, 2, 10, 10, 1, True)
d.line(0, 15, 31, 8, 1)
print(d.hline(0, 14, 32, 1))
print(d.pixel(0, 0), d.pixel(1, 0), d.pixel(31, 8), d.pixel(40, 0))
print(d.show(), d.shown)
print(d.buffer.hex())
print(bytes(d) == bytes(d.buffer), len(memoryview(d)))
for y in range(16):
    print("".join("#" if d.pixel(x, y) else "." for x in range(32)))

# Drawing through the class's methods, blitting to and from a subclass instance.
framebuf.FrameBuffer.fill(d, 0)
framebuf.FrameBuffer.pixel(d, 3, 3, 1)
print(d.pixel(3, 3), sum(d.buffer))
plain = framebuf.FrameBuffer(bytearray(64), 32, 16, framebuf.MONO_VLSB)
plain.blit(d, 0, 0)
print(plain.pixel(3, 3), sum(bytes(plain)))
d.fill(0)
d.blit(plain, 1, 1)
print(d.pixel(4, 4), d.pixel(3, 3))
d.blit((b"\xff", 8, 1, framebuf.MONO_HLSB), 0, 15)
print([d.pixel(x, 15) for x in range(10)])

# A subclass instance used as the memory of another FrameBuffer.
inner = framebuf.FrameBuffer(d, 32, 8, framebuf.GS2_HMSB)
inner.fill(3)
print(d.pixel(0, 0), all(b == 0xFF for b in d.buffer))


# Constructor arguments that suit FrameBuffer itself also work with an __init__ of the same shape.
class Plain(framebuf.FrameBuffer):
    def __init__(self, buf, w, h, fmt):
        super().__init__(buf, w, h, fmt)
        self.extra = fmt


p = Plain(bytearray(4), 4, 1, framebuf.GS8)
p.fill(5)
print(p.extra, bytes(p))


# No __init__ at all: the arguments go to FrameBuffer.
class NoInit(framebuf.FrameBuffer):
    def double(self, x, y):
        self.pixel(x, y, 2 * self.pixel(x, y))


n = NoInit(bytearray(2), 2, 1, framebuf.GS8)
n.pixel(1, 0, 21)
n.double(1, 0)
print(n.pixel(1, 0))


# super().__init__() never called: the constructor's arguments are what FrameBuffer gets,
# and here they do not suit it.
class Forgot(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w = w


try:
    Forgot(8, 8)
except TypeError as e:
    print("TypeError", "Forgot")


# A method called before super().__init__(): an error, not a crash.
class TooEarly(framebuf.FrameBuffer):
    def __init__(self):
        try:
            self.fill(1)
        except TypeError:
            print("TypeError before super().__init__")
        super().__init__(bytearray(1), 1, 1, framebuf.GS8)
        self.fill(1)


t = TooEarly()
print(t.pixel(0, 0))


# Bad arguments to super().__init__ raise as the constructor does.
class BadSuper(framebuf.FrameBuffer):
    def __init__(self, n):
        super().__init__(bytearray(n), 8, 8, framebuf.GS8)


try:
    BadSuper(10)
except ValueError:
    print("ValueError from super().__init__")
print(BadSuper(64).pixel(7, 7))

try:
    framebuf.FrameBuffer.fill(5, 0)
except TypeError:
    print("TypeError for a non-FrameBuffer self")
