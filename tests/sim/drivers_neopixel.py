# The neopixel module as firmware uses it: GRB wire order, indexing (negative too), fill,
# len/n/bpp/buf, RGBW (bpp=4), 400 kHz and custom (T0H, T0L, T1H, T1L) timings, and a
# subclass with ORDER = (0, 1, 2, 3) for an RGB-ordered strip. host_sweep.py checks the
# colours the parts show.
# cmdline: --board boards/neopixel.json --until 5s
import neopixel, time
from machine import Pin

np = neopixel.NeoPixel(Pin(13), 4)
print(len(np), np.n, np.bpp, neopixel.NeoPixel.ORDER)
np[0] = (255, 0, 0)
np[1] = (0, 255, 0)
np[-1] = (1, 2, 3)
print(np[0], np[1], np[-1], bytes(np.buf))
np.fill((0, 0, 9))
print(bytes(np.buf))
np[2] = (10, 20, 30)
t = time.ticks_us()
np.write()
# 12 bytes of 1.25 us bits
print('write took >= 120 us', time.ticks_diff(time.ticks_us(), t) >= 120)
try:
    np[4] = (1, 1, 1)
except IndexError:
    print('IndexError')
try:
    np[0] = (1, 1)
except IndexError:
    print('IndexError short colour')

w = neopixel.NeoPixel(Pin(12), 1, bpp=4, timing=0)
w[0] = (1, 2, 3, 4)
print(w[0], bytes(w.buf), w.timing)
w.fill((5, 6, 7, 8))
print(bytes(w.buf))
custom = neopixel.NeoPixel(Pin(12), 1, timing=(350, 800, 700, 600))
print(custom.timing)


class RGBStrip(neopixel.NeoPixel):
    ORDER = (0, 1, 2, 3)


rgb = RGBStrip(Pin(12), 1)
rgb[0] = (1, 2, 3)
print(rgb[0], bytes(rgb.buf))
rgb.write()     # a GRB chip shows the RGB-ordered bytes as (2, 1, 3)
try:
    neopixel.NeoPixel(13, 1)
except AttributeError:
    print('AttributeError: pin must be a Pin')
np.write()
