from machine import Pin, I2C
from ssd1306 import SSD1306_I2C
import framebuf

i2c = I2C(0, sda=Pin(4), scl=Pin(5), freq=400000)
print("scan", [hex(a) for a in i2c.scan()])
oled = SSD1306_I2C(128, 64, i2c)
oled.fill(0)
oled.text("Hello, Pico!", 0, 0)
oled.text("MicroPython", 0, 10, 1)
oled.rect(0, 24, 40, 20, 1)
oled.fill_rect(50, 24, 20, 20, 1)
oled.line(80, 24, 127, 63, 1)
oled.hline(0, 50, 60, 1)
oled.ellipse(30, 56, 10, 5, 1)
icon = framebuf.FrameBuffer(bytearray([0x18, 0x3c, 0x7e, 0xff, 0xff, 0x7e, 0x3c, 0x18]), 8, 8, framebuf.MONO_HLSB)
oled.blit(icon, 100, 0)
oled.show()
print("drawn")
oled.invert(1)
oled.contrast(50)
oled.invert(0)
print("done")
