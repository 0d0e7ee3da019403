# The MicroPython logo demo on the default board's SSD1306 (I2C0, SDA 21, SCL 22, 0x3C):
# the controller's RAM must hold exactly what framebuf drew.
# cmdline: --until 2s
from machine import Pin, I2C
import ssd1306, sim_util

i2c = I2C(0, scl=Pin(22), sda=Pin(21))
print(i2c.scan())
d = ssd1306.SSD1306_I2C(128, 64, i2c)
sim_util.logo(d)
d.show()
sim_util.dump(d)
