# framebuf: MicroPython's documented SSD1306 logo demo (docs/esp8266/tutorial/ssd1306.rst)
# drawn into a 128x64 MONO_VLSB buffer, the SSD1306's GDDRAM layout: the simulated board's
# golden display image. Prints checksums of the 1024 bytes, the page bytes under the logo,
# and the picture.
import framebuf

buf = bytearray(128 * 64 // 8)
fb = framebuf.FrameBuffer(buf, 128, 64, framebuf.MONO_VLSB)
fb.fill(0)
fb.fill_rect(0, 0, 32, 32, 1)
fb.fill_rect(2, 2, 28, 28, 0)
fb.vline(9, 8, 22, 1)
fb.vline(16, 2, 22, 1)
fb.vline(23, 8, 22, 1)
fb.fill_rect(26, 24, 2, 4, 1)
fb.text("MicroPython", 40, 0, 1)
fb.text("SSD1306", 40, 12, 1)
fb.text("OLED 128x64", 40, 24, 1)

# FNV-1a (32 bit) and a plain sum, so a single changed bit shows.
h = 2166136261
for b in buf:
    h = ((h ^ b) * 16777619) & 0xFFFFFFFF
print("fnv1a", hex(h), "sum", sum(buf), "lit pixels", sum(bin(b).count("1") for b in buf))

# GDDRAM page p, columns c0..c1: the bytes an SSD1306 receives for them.
for page in range(4):
    print("page", page, buf[page * 128:page * 128 + 32].hex())
    print("      ", buf[page * 128 + 40:page * 128 + 128].hex())
print("pages 4-7 empty:", not any(buf[512:]))

for y in range(32):
    print("".join("#" if fb.pixel(x, y) else "." for x in range(128)).rstrip("."))
