# MAX7219 matrices as Wokwi lays them out: mx1 is a chain of 4 FC-16 units written from a
# framebuf (MONO_HLSB: bit 7 of each byte is the unit's left column), mx2 a single unit in
# Wokwi's default "parola" layout (columns mirrored) fed from mx1's DOUT, so every frame for it
# goes first and passes through mx1's four units. parts_max7219.yaml checks both screens with
# expect-display after each step: the whole chain, no-op frames leaving units alone, code-B
# decode, scan limit, display test and shutdown.
# cmdline: --board boards/max7219.json --scenario parts_max7219.yaml -q --timeout 5000
from machine import Pin, SPI
import framebuf
import sys

spi = SPI(2, baudrate=10000000, polarity=0, phase=0, sck=Pin(18), mosi=Pin(23))
cs = Pin(5, Pin.OUT, value=1)
NOOP = (0, 0)


def frames(pairs):
    # pairs from the farthest unit (mx2) to the nearest (mx1's rightmost unit)
    cs(0)
    for reg, data in pairs:
        spi.write(bytes((reg, data)))
    cs(1)


def to_mx1(reg, data):
    frames([NOOP] + [(reg, data)] * 4)


def to_mx2(reg, data):
    frames([(reg, data)] + [NOOP] * 4)


for reg, data in ((0x0c, 0), (0x0f, 0), (0x0b, 7), (0x09, 0), (0x0a, 3), (0x0c, 1)):
    frames([(reg, data)] * 5)
buf = bytearray(32)
fb = framebuf.FrameBuffer(buf, 32, 8, framebuf.MONO_HLSB)
fb.fill_rect(0, 0, 3, 2, 1)
fb.pixel(31, 0, 1)
fb.vline(20, 2, 4, 1)
fb.hline(8, 7, 8, 1)
for y in range(8):
    frames([(y + 1, 0)] + [(y + 1, buf[y * 4 + k]) for k in range(4)])
to_mx2(1, 0x01)         # data bit 0: the left column in the parola layout
to_mx2(9, 0x02)         # decode digit 2 only
to_mx2(2, 0x01)         # code-B "1": segments B and C (D5, D4)
print('ready')


sys.stdin.readline()
to_mx1(0x0b, 6)         # scan limit: digits 1..7, the bottom row goes dark
to_mx2(0x0f, 1)         # display test lights everything
print('A')
sys.stdin.readline()
to_mx2(0x0f, 0)
frames([(0x0c, 0)] * 5)  # shutdown
print('done')
