# ports/sim/modules/neopixel.py: the `neopixel` module of the simulated board, written to
# MicroPython's documented API (NeoPixel(pin, n, bpp=3, timing=1), pixel indexing, fill,
# write, the n/bpp/buf attributes and the ORDER class attribute).
#
# Layout: buf holds n pixels of bpp bytes in wire order. ORDER maps a colour's index in the
# user's tuple (r, g, b[, w]) to its byte within the pixel: WS2812/SK6812 chips take green
# first, so (1, 0, 2, 3). A subclass sets ORDER = (0, 1, 2, 3) for an RGB-ordered strip, as
# on the boards. write() sends buf with machine.bitstream (the parts on the pin's net decode
# it); timing 1 is 800 kHz, 0 is 400 kHz, or a (T0H, T0L, T1H, T1L) tuple in ns.
from machine import bitstream


class NeoPixel:
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        pin.init(pin.OUT)
        if isinstance(timing, int):
            timing = (400, 850, 800, 450) if timing else (800, 1700, 1600, 900)
        self.timing = timing

    def __len__(self):
        return self.n

    def __setitem__(self, index, colour):
        base = index * self.bpp
        order = self.ORDER
        buf = self.buf
        for k in range(self.bpp):
            buf[base + order[k]] = colour[k]

    def __getitem__(self, index):
        base = index * self.bpp
        order = self.ORDER
        return tuple(self.buf[base + order[k]] for k in range(self.bpp))

    def fill(self, colour):
        bpp = self.bpp
        for k in range(bpp):
            value = colour[k]
            pos = self.ORDER[k]
            buf = self.buf
            for i in range(pos, len(buf), bpp):
                buf[i] = value

    def write(self):
        bitstream(self.pin, 0, self.timing, self.buf)
